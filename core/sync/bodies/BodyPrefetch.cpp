#include "sync/bodies/BodyPrefetch.h"

#include "cache/PartStore.h"
#include "imap/session/ImapSession.h"
#include "sync/bodies/MessageParts.h"
#include "sync/bodies/PartDownload.h"

#include <QTimer>

#include <memory>

namespace Kestrel::Sync {

BodyPrefetch::BodyPrefetch(Imap::ImapSession &session, Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_lease(session)
{
}

BodyPrefetch::BodyPrefetch(AccountSettings account, QString password, Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_lease(std::move(account), std::move(password))
{
}

BodyPrefetch::~BodyPrefetch() = default;

void BodyPrefetch::start(const FolderInfo &folder, const PrefetchPolicy &policy)
{
    m_folder = folder;
    m_policy = policy;
    m_messagesFetched = m_partsFetched = 0;
    m_stopping = false;
    m_finished = false;
    const auto error = plan();
    if (error || m_pending.isEmpty())
        return QTimer::singleShot(0, this, [this, error] { finish(error); });
    withSession();
}

void BodyPrefetch::stop()
{
    m_stopping = true;
}

// What each recent message lacks, from the cache alone.
std::optional<Error> BodyPrefetch::plan()
{
    m_pending.clear();
    if (m_policy.mode == PrefetchPolicy::Mode::None || m_policy.days <= 0)
        return std::nullopt;
    QList<MessageCoverage> messages;
    const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-m_policy.days);
    if (auto error = PartStore(m_database).coverageSince(m_folder.id, since, messages))
        return error;
    for (const MessageCoverage &message : std::as_const(messages)) {
        const auto parts = MessageParts::fromStored(message.bodyStructure);
        if (!parts)
            continue;
        PartRequest request{message.messageId, message.uid, {}};
        const QList<PartInfo> wanted = m_policy.mode == PrefetchPolicy::Mode::Everything ? parts->all() : parts->forDisplay();
        for (const PartInfo &part : wanted) {
            if (!message.cachedSections.contains(part.section))
                request.parts.append(part);
        }
        if (!request.parts.isEmpty())
            m_pending.append(request);
    }
    m_total = int(m_pending.size());
    return std::nullopt;
}

void BodyPrefetch::withSession()
{
    m_lease.acquire(this, [this](Imap::ImapSession *session, std::optional<Error> error) {
        if (error)
            return finish(error);
        m_session = session;
        nextBatch();
    });
}

void BodyPrefetch::nextBatch()
{
    if (m_pending.isEmpty() || m_stopping)
        return finish(std::nullopt);
    const QList<PartRequest> batch = m_pending.mid(0, m_policy.messagesPerBatch);
    m_pending.remove(0, batch.size());
    auto *download = new PartDownload(*m_session, m_database, this);
    connect(download, &PartDownload::finished, this, [this, download](const std::optional<Error> &error) {
        download->deleteLater();
        m_messagesFetched += int(download->uidsAnswered().size());
        m_partsFetched += download->partsStored();
        if (error)
            return finish(error);
        emit progress(m_total - int(m_pending.size()), m_total);
        nextBatch();
    });
    download->start(m_folder, batch);
}

void BodyPrefetch::finish(const std::optional<Error> &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_pending.clear();
    m_session = nullptr;
    m_lease.release();
    emit finished(error);
}

} // namespace Kestrel::Sync

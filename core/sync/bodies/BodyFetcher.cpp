#include "sync/bodies/BodyFetcher.h"

#include "cache/FolderStore.h"
#include "cache/MessageListReader.h"
#include "cache/MessageStore.h"
#include "cache/PartStore.h"
#include "imap/commands/FetchCommand.h"
#include "imap/session/ImapSession.h"
#include "sync/SummaryFromFetch.h"
#include "sync/bodies/FolderExamine.h"
#include "sync/bodies/MessageParts.h"
#include "sync/bodies/PartDownload.h"

#include <QSet>
#include <QTimer>

#include <memory>

namespace Kestrel::Sync {

BodyFetcher::BodyFetcher(Imap::ImapSession &session, Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_lease(session)
{
}

BodyFetcher::BodyFetcher(AccountSettings account, QString password, Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_lease(std::move(account), std::move(password))
{
}

BodyFetcher::~BodyFetcher() = default;

void BodyFetcher::fetchForDisplay(qint64 messageId)
{
    start(messageId, Want::Display, 0);
}

void BodyFetcher::fetchAttachment(qint64 messageId, int index)
{
    start(messageId, Want::Attachment, index);
}

std::optional<Error> BodyFetcher::missingParts(Database &database, qint64 messageId, const QList<PartInfo> &wanted,
                                               QList<PartInfo> &missing)
{
    missing.clear();
    QList<PartInfo> cached;
    if (auto error = PartStore(database).cachedParts(messageId, cached))
        return error;
    QSet<QString> have;
    for (const PartInfo &part : std::as_const(cached))
        have.insert(part.section);
    for (const PartInfo &part : wanted) {
        if (!have.contains(part.section))
            missing.append(part);
    }
    return std::nullopt;
}

void BodyFetcher::start(qint64 messageId, Want want, int index)
{
    m_finished = false;
    m_want = want;
    m_index = index;
    std::optional<MessageSummary> message;
    std::optional<FolderInfo> folder;
    auto error = MessageListReader(m_database).messageById(messageId, message);
    if (!error && message)
        error = FolderStore(m_database).folder(message->folderId, folder);
    if (!error && (!message || !folder))
        error = Error::make(Error::Code::Storage, tr("The message is no longer in the cache."));
    if (error)
        return QTimer::singleShot(0, this, [this, error] { finish(error); });
    m_message = *message;
    m_folder = *folder;
    if (const auto parts = MessageParts::fromStored(m_message.bodyStructure)) {
        QList<PartInfo> wanted, missing;
        error = wantedParts(*parts, wanted);
        if (!error)
            error = missingParts(m_database, m_message.id, wanted, missing);
        if (error || missing.isEmpty())
            return QTimer::singleShot(0, this, [this, error] { finish(error); });
    }
    withSession();
}

std::optional<Error> BodyFetcher::wantedParts(const MessageParts &parts, QList<PartInfo> &wanted) const
{
    if (m_want == Want::Display) {
        wanted = parts.forDisplay();
        return std::nullopt;
    }
    if (m_index < 0 || m_index >= parts.attachments.size()) {
        return Error::make(Error::Code::Storage, tr("The message has no attachment number %1 (it has %n).", nullptr,
                                                    int(parts.attachments.size()))
                                                     .arg(m_index + 1));
    }
    wanted = {parts.attachments.at(m_index)};
    return std::nullopt;
}

void BodyFetcher::withSession()
{
    m_lease.acquire(this, [this](Imap::ImapSession *session, std::optional<Error> error) {
        if (error)
            return finish(error);
        m_session = session;
        examineFolder(*m_session, m_folder, this, [this](const std::optional<Error> &failure) {
            failure ? finish(failure) : onExamined();
        });
    });
}

void BodyFetcher::onExamined()
{
    const auto parts = MessageParts::fromStored(m_message.bodyStructure);
    if (!parts)
        return fetchStructure();
    QList<PartInfo> wanted, missing;
    auto error = wantedParts(*parts, wanted);
    if (!error)
        error = missingParts(m_database, m_message.id, wanted, missing);
    if (error)
        return finish(error);
    download(missing);
}

// A message cached before BODYSTRUCTURE was kept: its summary is fetched again, structure included.
void BodyFetcher::fetchStructure()
{
    auto fetch = std::make_unique<Imap::FetchCommand>(Imap::SequenceSet::fromNumbers({m_message.uid}), summaryFetchItems());
    m_session->run(std::move(fetch), this, [this](const Imap::FetchResult &result) {
        if (!result.ok())
            return finish(result.error);
        MessageSummary summary;
        for (const Imap::FetchResponse &fetch : result.messages) {
            if (fetch.uid == m_message.uid && summaryFromFetch(fetch, summary))
                break;
        }
        if (summary.uid != m_message.uid)
            return finish(Error::make(Error::Code::Server, tr("The message is no longer on the server.")));
        if (summary.bodyStructure.isEmpty())
            return finish(Error::make(Error::Code::Protocol, tr("%1 did not describe the message's parts.").arg(m_session->serverName()),
                                      QStringLiteral("no BODYSTRUCTURE in the FETCH response")));
        if (auto error = MessageStore(m_database).upsertMessages(m_folder.id, {summary}))
            return finish(error);
        m_message.bodyStructure = summary.bodyStructure;
        onExamined();
    });
}

void BodyFetcher::download(const QList<PartInfo> &missing)
{
    if (missing.isEmpty())
        return finish(std::nullopt);
    auto *download = new PartDownload(*m_session, m_database, this);
    connect(download, &PartDownload::finished, this, [this, download](const std::optional<Error> &error) {
        download->deleteLater();
        if (!error && !download->uidsAnswered().contains(m_message.uid))
            return finish(Error::make(Error::Code::Server, tr("The message is no longer on the server.")));
        finish(error);
    });
    download->start(m_folder, {PartRequest{m_message.id, m_message.uid, missing}});
}

void BodyFetcher::finish(const std::optional<Error> &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_session = nullptr;
    m_lease.release();
    emit finished(error);
}

} // namespace Kestrel::Sync

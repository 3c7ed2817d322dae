#include "sync/reading/ReadingJob.h"

#include "cache/FolderStore.h"
#include "cache/MessageListReader.h"
#include "cache/PartStore.h"
#include "imap/session/ImapSession.h"
#include "sync/bodies/BodyFetcher.h"
#include "sync/bodies/FolderExamine.h"
#include "sync/bodies/MessageParts.h"
#include "sync/bodies/PartDownload.h"
#include "sync/reading/ReadingOutput.h"
#include "sync/reading/SectionFetch.h"

#include <QTimer>

namespace Kestrel::Sync {

ReadingJob::ReadingJob(quint64 id, ReadingTask task, AccountSettings account, QString password,
                       std::optional<Error> passwordProblem, Database &database, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_task(std::move(task))
    , m_passwordProblem(std::move(passwordProblem))
    , m_database(database)
    , m_lease(std::move(account), std::move(password))
{
}

ReadingJob::~ReadingJob() = default;

void ReadingJob::start()
{
    m_finished = false;
    if (auto error = plan())
        return QTimer::singleShot(0, this, [this, error] { finish({}, error); });
    if (m_missing.isEmpty())
        return QTimer::singleShot(0, this, [this] { deliver(); });
    if (m_passwordProblem)
        return QTimer::singleShot(0, this, [this] { finish({}, m_passwordProblem); });
    fetchMissing();
}

void ReadingJob::cancel()
{
    if (m_fetch)
        m_fetch->cancel();
    finish({}, Error::make(Error::Code::Cancelled, tr("The download was cancelled.")));
}

std::optional<Error> ReadingJob::plan()
{
    std::optional<MessageSummary> message;
    std::optional<FolderInfo> folder;
    auto error = MessageListReader(m_database).messageById(m_task.messageId, message);
    if (!error && message)
        error = FolderStore(m_database).folder(message->folderId, folder);
    if (!error && (!message || !folder))
        error = Error::make(Error::Code::Storage, tr("The message is no longer in the cache."));
    if (error)
        return error;
    m_message = *message;
    m_folder = *folder;
    if (m_task.kind == ReadingTask::Kind::ViewSource) {
        PartInfo whole; // BODY[]: the message as the server holds it (RFC 9051 6.4.5)
        whole.section = QStringLiteral("");
        whole.mimeType = QStringLiteral("message/rfc822");
        whole.size = m_message.size;
        m_wanted = {whole};
    } else {
        const auto parts = MessageParts::fromStored(m_message.bodyStructure);
        if (!parts)
            return Error::make(Error::Code::Storage, tr("The message's parts are not known yet; open the message first."));
        if (m_task.kind == ReadingTask::Kind::SaveAllAttachments)
            m_wanted = parts->attachments;
        else if (m_task.attachment >= 0 && m_task.attachment < parts->attachments.size())
            m_wanted = {parts->attachments.at(m_task.attachment)};
        else
            return Error::make(Error::Code::Storage, tr("The message has no attachment number %1.").arg(m_task.attachment + 1));
    }
    if (auto failure = BodyFetcher::missingParts(m_database, m_message.id, m_wanted, m_missing))
        return failure;
    for (const PartInfo &part : std::as_const(m_missing))
        m_totalBytes += qint64(part.size);
    return std::nullopt;
}

void ReadingJob::fetchMissing()
{
    emit progress(m_id, 0, m_totalBytes);
    m_lease.acquire(this, [this](Imap::ImapSession *session, std::optional<Error> error) {
        if (error)
            return finish({}, error);
        m_session = session;
        examineFolder(*m_session, m_folder, this, [this](const std::optional<Error> &failure) {
            failure ? finish({}, failure) : fetchNext();
        });
    });
}

void ReadingJob::fetchNext()
{
    if (m_next == m_missing.size()) {
        m_lease.release();
        m_session = nullptr;
        return deliver();
    }
    const PartInfo part = m_missing.at(m_next);
    m_fetch = new SectionFetch(*m_session, this);
    if (m_pieceBytes > 0)
        m_fetch->setPieceBytes(m_pieceBytes);
    connect(m_fetch, &SectionFetch::progress, this, [this](qint64 received, qint64) {
        emit progress(m_id, m_doneBytes + received, qMax(m_totalBytes, m_doneBytes + received));
    });
    connect(m_fetch, &SectionFetch::finished, this, [this, part](const std::optional<Error> &error) {
        SectionFetch *fetch = std::exchange(m_fetch, nullptr);
        fetch->deleteLater();
        if (error)
            return finish({}, error);
        const QByteArray decoded = PartDownload::decodePart(part, fetch->data(), false);
        if (auto failure = PartStore(m_database).store(m_message.id, part, decoded))
            return finish({}, failure);
        m_doneBytes += qMax<qint64>(qint64(part.size), fetch->data().size());
        ++m_next;
        fetchNext();
    });
    m_fetch->start(m_message.uid, part.section, qint64(part.size));
}

void ReadingJob::deliver()
{
    ReadingResult result;
    const auto error = ReadingOutput::deliver(m_database, m_task, m_message.id, m_wanted, result);
    finish(result, error);
}

void ReadingJob::finish(const ReadingResult &result, const std::optional<Error> &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_session = nullptr;
    m_lease.release();
    emit finished(m_id, result, error);
}

} // namespace Kestrel::Sync

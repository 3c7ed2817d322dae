#include "send/SentFiler.h"

#include "cache/Transaction.h"
#include "imap/commands/AppendCommand.h"
#include "imap/commands/ListCommand.h"
#include "imap/commands/SearchCommand.h"
#include "imap/commands/SelectCommand.h"
#include "imap/session/ImapSession.h"
#include "send/OriginFlag.h"
#include "send/OutboxStore.h"
#include "send/SendErrors.h"
#include "sync/FolderFromList.h"
#include "sync/bodies/SessionLease.h"

namespace Kestrel::Send {

SentFiler::SentFiler(AccountSettings account, QString password, Database &db, QList<OutboxEntry> entries,
                     QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_db(db)
    , m_pending(std::move(entries))
    , m_lease(std::make_unique<Sync::SessionLease>(std::move(account), std::move(password)))
{
}

SentFiler::~SentFiler() = default;

void SentFiler::start()
{
    if (m_pending.isEmpty()) {
        QMetaObject::invokeMethod(this, [this] { finish(std::nullopt); }, Qt::QueuedConnection);
        return;
    }
    m_lease->acquire(this, [this](Imap::ImapSession *session, std::optional<Error> error) { onSession(session, error); });
}

void SentFiler::onSession(Imap::ImapSession *session, const std::optional<Error> &error)
{
    if (!session)
        return finish(error);
    m_session = session;
    // Gmail keeps a copy of what its SMTP server sends; appending one more would show it twice.
    if (m_session->capabilities().has("X-GM-EXT-1"))
        return settleAll(QString());
    findSentFolder();
}

void SentFiler::findSentFolder()
{
    auto list = std::make_unique<Imap::ListCommand>(QStringLiteral("*"));
    list->setSpecialUse(true);
    m_session->run(std::move(list), this, [this](const Imap::ListResult &result) {
        if (!result.ok())
            return finish(result.error);
        const QString sent = Sync::specialUseFolder(m_account.id, result.mailboxes, SpecialUse::Sent, QStringLiteral("Sent"),
                                                    m_account.sentFolder);
        if (!sent.isEmpty())
            return examine(sent);
        settleAll(SendErrors::noSentFolder(m_account.displayName).userMessage);
    });
}

// EXAMINE: SEARCH needs a selected mailbox, and nothing here changes the existing messages.
void SentFiler::examine(const QString &folder)
{
    m_sentFolder = folder;
    auto select = std::make_unique<Imap::SelectCommand>(folder, Imap::SelectCommand::Mode::Examine);
    m_session->run(std::move(select), this, [this](const Imap::SelectResult &result) {
        if (!result.ok())
            return finish(result.error);
        next();
    });
}

void SentFiler::next()
{
    if (m_pending.isEmpty())
        return finish(std::nullopt);
    const OutboxEntry entry = m_pending.first();
    auto search = std::make_unique<Imap::SearchCommand>(
        Imap::SearchCriteria::header("Message-ID", QString::fromLatin1(entry.messageId)));
    m_session->run(std::move(search), this, [this, entry](const Imap::SearchResult &result) {
        if (!result.ok())
            return finish(result.error);
        if (!result.numbers.isEmpty()) // already there: appended before a crash, or by the server
            return settle(entry);
        append(entry);
    });
}

void SentFiler::append(const OutboxEntry &entry)
{
    auto append = std::make_unique<Imap::AppendCommand>(m_sentFolder, entry.message, QList<QByteArray>{"\\Seen"},
                                                        QDateTime::currentDateTime());
    m_session->run(std::move(append), this, [this, entry](const Imap::AppendResult &result) {
        if (!result.ok()) {
            // Delivered but not filed: it stays so, and the next run tries again (after searching).
            m_pending.removeFirst();
            emit failed(entry.id, *result.error, SendErrors::nextAttempt(1));
            return next();
        }
        settle(entry);
    });
}

void SentFiler::settle(const OutboxEntry &entry)
{
    if (!m_pending.isEmpty() && m_pending.first().id == entry.id)
        m_pending.removeFirst();
    const bool refusedLeft = !entry.lastError.isEmpty();
    std::optional<Error> error = entry.filed ? std::nullopt : OriginFlag::queue(m_db, entry);
    if (!error) {
        OutboxStore store(m_db);
        Transaction transaction(m_db);
        error = transaction.begin();
        if (!error)
            error = store.setFiled(entry.id);
        // Refused recipients: stays for the user, Failed with the servers' reasons; else done.
        if (!error)
            error = refusedLeft ? store.setState(entry.id, OutboxState::Failed) : store.remove(entry.id);
        if (!error)
            error = transaction.commit();
    }
    if (error)
        emit failed(entry.id, *error, QDateTime());
    else if (refusedLeft)
        emit failed(entry.id, Error::make(Error::Code::Server, entry.lastError), QDateTime());
    else
        emit completed(entry.id);
    if (m_session && !m_sentFolder.isEmpty())
        next();
}

void SentFiler::settleAll(const QString &note)
{
    const QList<OutboxEntry> entries = m_pending;
    for (const OutboxEntry &entry : entries) {
        if (!note.isEmpty())
            emit noted(entry.id, note);
        settle(entry);
    }
    finish(std::nullopt);
}

void SentFiler::finish(const std::optional<Error> &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_lease->release();
    emit finished(error);
}

} // namespace Kestrel::Send

#include "compose/ServerDraftSave.h"

#include "imap/commands/AppendCommand.h"
#include "imap/commands/ExpungeCommand.h"
#include "imap/commands/ListCommand.h"
#include "imap/commands/SearchCommand.h"
#include "imap/commands/SelectCommand.h"
#include "imap/commands/StoreCommand.h"
#include "imap/session/ImapSession.h"
#include "mime/compose/OutgoingMessageBuilder.h"
#include "sync/FolderFromList.h"
#include "sync/bodies/SessionLease.h"

namespace Kestrel::Compose {

ServerDraftSave::ServerDraftSave(AccountSettings account, QString password, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_lease(std::make_unique<Sync::SessionLease>(std::move(account), std::move(password)))
{
}

ServerDraftSave::~ServerDraftSave() = default;

void ServerDraftSave::save(const Draft &draft)
{
    start(draft, true);
}

void ServerDraftSave::remove(const Draft &draft)
{
    start(draft, false);
}

void ServerDraftSave::start(const Draft &draft, bool keep)
{
    m_draft = draft;
    m_keep = keep;
    m_finished = false;
    if (keep) {
        Mime::OutgoingMessageBuilder::Options options;
        options.messageId = draft.messageId; // empty the first time: the builder makes one
        options.keepBcc = true;
        const Mime::BuiltMessage built = Mime::OutgoingMessageBuilder::build(draft.message, options);
        m_bytes = built.bytes;
        m_draft.messageId = built.messageId;
    } else if (draft.messageId.isEmpty()) { // never saved to the server: nothing to remove
        QMetaObject::invokeMethod(this, [this] { finish(std::nullopt); }, Qt::QueuedConnection);
        return;
    }
    m_lease->acquire(this, [this](Imap::ImapSession *session, std::optional<Error> error) { onSession(session, error); });
}

void ServerDraftSave::onSession(Imap::ImapSession *session, const std::optional<Error> &error)
{
    if (!session)
        return finish(error);
    m_session = session;
    if (!m_keep && !m_draft.serverFolder.isEmpty())
        return select();
    findFolder();
}

void ServerDraftSave::findFolder()
{
    auto list = std::make_unique<Imap::ListCommand>(QStringLiteral("*"));
    list->setSpecialUse(true);
    m_session->run(std::move(list), this, [this](const Imap::ListResult &result) {
        if (!result.ok())
            return finish(result.error);
        const QString drafts = Sync::specialUseFolder(m_account.id, result.mailboxes, SpecialUse::Drafts, QStringLiteral("Drafts"), m_account.draftsFolder);
        if (drafts.isEmpty()) {
            return finish(Error::make(Error::Code::Server,
                                      tr("%1 has no Drafts folder; the draft is kept on this computer only.").arg(m_account.displayName)));
        }
        m_draft.serverFolder = drafts;
        m_keep ? append() : select();
    });
}

void ServerDraftSave::append()
{
    auto append = std::make_unique<Imap::AppendCommand>(m_draft.serverFolder, m_bytes, QList<QByteArray>{"\\Draft", "\\Seen"},
                                                        QDateTime::currentDateTime());
    m_session->run(std::move(append), this, [this](const Imap::AppendResult &result) {
        if (!result.ok())
            return finish(result.error);
        m_draft.serverUid = result.uid; // 0 without UIDPLUS: found by the search below
        m_draft.serverUidValidity = result.uidValidity;
        select();
    });
}

void ServerDraftSave::select()
{
    auto select = std::make_unique<Imap::SelectCommand>(m_draft.serverFolder, Imap::SelectCommand::Mode::Select);
    m_session->run(std::move(select), this, [this](const Imap::SelectResult &result) {
        if (!result.ok())
            return finish(result.error);
        if (m_draft.serverUidValidity == 0)
            m_draft.serverUidValidity = result.mailbox.uidValidity;
        searchCopies();
    });
}

void ServerDraftSave::searchCopies()
{
    auto search = std::make_unique<Imap::SearchCommand>(
        Imap::SearchCriteria::header("Message-ID", QString::fromLatin1(m_draft.messageId)));
    m_session->run(std::move(search), this, [this](const Imap::SearchResult &result) {
        if (!result.ok())
            return finish(result.error);
        QList<quint32> stale = result.numbers;
        if (m_keep) {
            if (m_draft.serverUid == 0 && !stale.isEmpty())
                m_draft.serverUid = stale.constLast(); // the newest APPEND has the highest UID
            stale.removeAll(m_draft.serverUid);
        } else {
            m_draft.serverUid = 0;
        }
        if (stale.isEmpty())
            return finish(std::nullopt);
        deleteCopies(stale);
    });
}

void ServerDraftSave::deleteCopies(const QList<quint32> &uids)
{
    const Imap::SequenceSet set = Imap::SequenceSet::fromNumbers(uids);
    auto store = std::make_unique<Imap::StoreCommand>(set, Imap::StoreCommand::Mode::Add, QList<QByteArray>{"\\Deleted"}, true);
    m_session->run(std::move(store), this, [this, set](const Imap::StoreResult &result) {
        if (!result.ok())
            return finish(result.error);
        // Without UIDPLUS a plain EXPUNGE would also remove messages the user deleted elsewhere and
        // means to keep until they expunge: the old copy then stays marked \Deleted instead.
        if (!m_session->capabilities().has("UIDPLUS"))
            return finish(std::nullopt);
        m_session->run(std::make_unique<Imap::ExpungeCommand>(set), this, [this](const Imap::ExpungeResult &expunged) {
            finish(expunged.ok() ? std::nullopt : expunged.error);
        });
    });
}

void ServerDraftSave::finish(const std::optional<Error> &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_lease->release();
    m_session = nullptr;
    emit finished(m_draft, error);
}

} // namespace Kestrel::Compose

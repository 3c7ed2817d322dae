#include "compose/RawMessageFetch.h"

#include "imap/commands/FetchCommand.h"
#include "imap/commands/SelectCommand.h"
#include "imap/session/ImapSession.h"
#include "sync/bodies/SessionLease.h"

namespace Kestrel::Compose {

RawMessageFetch::RawMessageFetch(AccountSettings account, QString password, QObject *parent)
    : QObject(parent)
    , m_lease(std::make_unique<Sync::SessionLease>(std::move(account), std::move(password)))
{
}

RawMessageFetch::~RawMessageFetch() = default;

void RawMessageFetch::start(const QString &folder, quint32 uid)
{
    m_folder = folder;
    m_uid = uid;
    m_finished = false;
    m_lease->acquire(this, [this](Imap::ImapSession *session, std::optional<Error> error) { onSession(session, error); });
}

void RawMessageFetch::onSession(Imap::ImapSession *session, const std::optional<Error> &error)
{
    if (!session)
        return finish({}, error);
    m_session = session;
    auto examine = std::make_unique<Imap::SelectCommand>(m_folder, Imap::SelectCommand::Mode::Examine);
    m_session->run(std::move(examine), this, [this](const Imap::SelectResult &result) {
        if (!result.ok())
            return finish({}, result.error);
        fetch();
    });
}

void RawMessageFetch::fetch()
{
    auto command = std::make_unique<Imap::FetchCommand>(Imap::SequenceSet::fromNumbers({m_uid}), Imap::FetchItems().uid().bodyPeek());
    m_session->run(std::move(command), this, [this](const Imap::FetchResult &result) {
        if (!result.ok())
            return finish({}, result.error);
        for (const Imap::FetchResponse &message : result.messages) {
            const Imap::BodySection *whole = message.findSection("");
            if (message.uid == m_uid && whole && !whole->data.isNull())
                return finish(QByteArray(whole->data.constData(), whole->data.size()), std::nullopt); // a copy, not the frame's
        }
        finish({}, Error::make(Error::Code::Server,
                               tr("The message to forward is no longer in %1 on the server.").arg(m_folder),
                               QStringLiteral("UID %1 not returned by UID FETCH").arg(m_uid)));
    });
}

void RawMessageFetch::finish(const QByteArray &raw, const std::optional<Error> &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_lease->release();
    m_session = nullptr;
    emit finished(raw, error);
}

} // namespace Kestrel::Compose

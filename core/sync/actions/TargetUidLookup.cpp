#include "sync/actions/TargetUidLookup.h"

#include "imap/commands/SearchCommand.h"
#include "imap/commands/SelectCommand.h"
#include "imap/session/ImapSession.h"

namespace Kestrel::Sync {

TargetUidLookup::TargetUidLookup(Imap::ImapSession &session, QString target, QList<Wanted> wanted, QObject *parent)
    : QObject(parent)
    , m_session(&session)
    , m_target(std::move(target))
    , m_wanted(std::move(wanted))
{
}

void TargetUidLookup::start(std::function<void(const QHash<quint32, quint32> &)> done)
{
    m_done = std::move(done);
    // EXAMINE: looking only; the next action selects (read-write) whatever folder it needs.
    auto examine = std::make_unique<Imap::SelectCommand>(m_target, Imap::SelectCommand::Mode::Examine);
    m_session->run(std::move(examine), this, [this](const Imap::SelectResult &result) {
        if (!result.ok())
            return m_done(m_found);
        searchNext();
    });
}

void TargetUidLookup::searchNext()
{
    if (m_wanted.isEmpty() || !m_session)
        return m_done(m_found);
    const Wanted wanted = m_wanted.takeFirst();
    auto search = std::make_unique<Imap::SearchCommand>(
        Imap::SearchCriteria::header(QByteArrayLiteral("Message-ID"), wanted.messageId));
    m_session->run(std::move(search), this, [this, wanted](const Imap::SearchResult &result) {
        if (!result.ok())
            return m_done(m_found);
        if (result.numbers.size() == 1)
            m_found.insert(wanted.standIn, result.numbers.constFirst());
        searchNext();
    });
}

} // namespace Kestrel::Sync

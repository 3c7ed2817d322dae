#include "imap/session/IdleManager.h"

#include "imap/commands/IdleCommand.h"
#include "imap/commands/NoopCommand.h"
#include "imap/session/ImapSession.h"

namespace Kestrel::Imap {

IdleManager::IdleManager(ImapSession &session)
    : m_session(session)
{
    m_renewTimer.setSingleShot(true);
    m_renewTimer.setInterval(DefaultRenewMs);
    m_pollTimer.setSingleShot(true);
    m_pollTimer.setInterval(DefaultPollMs);
    connect(&m_renewTimer, &QTimer::timeout, this, [this] {
        if (m_command)
            m_command->stop(); // sessionIdle() starts the next one
    });
    connect(&m_pollTimer, &QTimer::timeout, this, &IdleManager::poll);
}

void IdleManager::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled) {
        m_pollTimer.stop();
        m_renewTimer.stop();
        if (m_command)
            m_command->stop();
    }
}

void IdleManager::commandWaiting(const ImapCommand *head)
{
    if (m_command && head != m_command)
        m_command->stop(); // DONE before any other command (RFC 2177 3)
}

void IdleManager::sessionIdle()
{
    if (!m_enabled || m_session.state() != SessionState::Selected || m_command)
        return;
    if (m_session.capabilities().has("IDLE") && !m_idleRefused)
        startIdle();
    else if (!m_pollTimer.isActive())
        m_pollTimer.start();
}

void IdleManager::sessionEnded()
{
    m_pollTimer.stop();
    m_renewTimer.stop();
    m_idleRefused = false;
}

void IdleManager::startIdle()
{
    auto command = std::make_unique<IdleCommand>();
    m_command = command.get();
    command->onDone(this, [this](const CommandResult &result) {
        m_command = nullptr;
        m_renewTimer.stop();
        // A server that advertises IDLE but answers NO / BAD to it gets polled instead.
        if (result.error && result.error->code == Error::Code::Server)
            m_idleRefused = true;
    });
    m_renewTimer.start();
    m_session.enqueue(std::move(command));
}

void IdleManager::poll()
{
    if (m_enabled && m_session.state() == SessionState::Selected)
        m_session.enqueue(std::make_unique<NoopCommand>());
}

} // namespace Kestrel::Imap

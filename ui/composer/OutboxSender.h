#pragma once

#include "composer/ComposerLauncher.h"

#include <QHash>
#include <QObject>

namespace Kestrel {
namespace Send {
class Outbox;
}
namespace Compose {
class ServerDrafts;
}

namespace Ui {

// Connects a ComposerLauncher to the outbox and to the server's Drafts: Send becomes Outbox::submit(),
// and the composer hears back (by the outbox's ticket) once the message is stored or why it is not;
// Save Draft goes to ServerDrafts, whose result goes back to the window that asked.
class OutboxSender : public QObject
{
    Q_OBJECT
public:
    OutboxSender(ComposerLauncher &launcher, Send::Outbox &outbox, Compose::ServerDrafts &drafts, QObject *parent = nullptr);

private:
    void send(const AccountSettings &account, const OutgoingMessage &message, ComposerLauncher::Stored stored);
    void draftFinished(const Compose::Draft &draft, const std::optional<Error> &error, bool removed);

    Send::Outbox &m_outbox;
    Compose::ServerDrafts &m_drafts;
    QHash<quint64, ComposerLauncher::Stored> m_waiting;        // by outbox ticket
    QHash<QString, QPointer<ComposerWindow>> m_draftWindows;   // by draft id
};

} // namespace Ui
} // namespace Kestrel

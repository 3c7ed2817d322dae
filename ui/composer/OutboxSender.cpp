#include "composer/OutboxSender.h"

#include "compose/ServerDrafts.h"
#include "composer/ComposerWindow.h"
#include "send/Outbox.h"

namespace Kestrel::Ui {

OutboxSender::OutboxSender(ComposerLauncher &launcher, Send::Outbox &outbox, Compose::ServerDrafts &drafts, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_drafts(drafts)
{
    launcher.setSender([this](const AccountSettings &account, const OutgoingMessage &message, ComposerLauncher::Stored stored) {
        send(account, message, std::move(stored));
    });
    launcher.setServerDrafts(
        [this](const AccountSettings &account, const Compose::Draft &draft, ComposerWindow *window) {
            m_draftWindows.insert(draft.id, window);
            m_drafts.save(account, draft);
        },
        [this](const AccountSettings &account, const Compose::Draft &draft, ComposerWindow *) { m_drafts.remove(account, draft); });
    connect(&m_outbox, &Send::Outbox::submitted, this, [this](quint64 ticket, qint64) {
        if (const ComposerLauncher::Stored stored = m_waiting.take(ticket))
            stored(std::nullopt);
    });
    connect(&m_outbox, &Send::Outbox::submitFailed, this, [this](quint64 ticket, const Error &error) {
        if (const ComposerLauncher::Stored stored = m_waiting.take(ticket))
            stored(error);
    });
    connect(&m_drafts, &Compose::ServerDrafts::finished, this, &OutboxSender::draftFinished);
}

void OutboxSender::send(const AccountSettings &account, const OutgoingMessage &message, ComposerLauncher::Stored stored)
{
    m_waiting.insert(m_outbox.submit(account, message), std::move(stored));
}

void OutboxSender::draftFinished(const Compose::Draft &draft, const std::optional<Error> &error, bool removed)
{
    if (removed)
        return; // the window is gone: the message was sent
    const QPointer<ComposerWindow> window = m_draftWindows.value(draft.id);
    if (!window)
        return;
    if (error)
        window->serverDraftFailed(*error);
    else
        window->serverDraftSaved(draft);
}

} // namespace Kestrel::Ui

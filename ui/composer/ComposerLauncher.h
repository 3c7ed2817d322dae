#pragma once

#include "account/AccountSettings.h"
#include "common/Error.h"
#include "common/OutgoingMessage.h"
#include "compose/AddressBookFromCache.h"
#include "compose/Draft.h"
#include "compose/ReplyTemplate.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace Kestrel::Ui {

class ComposerWindow;
class MainWindow;

// Opens composer windows from the main window's New Message, Reply, Reply All, Forward and Forward as
// Attachment actions
// (MainWindow::actions()), for the message open in the reader (MainWindow::currentMessage()). The
// original's text and the address book are read from the cache on pool threads, so the GUI never waits
// on the disk. Where a message goes when the user presses Send is the `sender`'s business (the outbox):
// it calls `stored` once with no error when the message is safely queued, or with the reason it is not.
class ComposerLauncher : public QObject
{
    Q_OBJECT
public:
    using Stored = std::function<void(std::optional<Kestrel::Error> error)>;
    using Sender = std::function<void(const AccountSettings &account, const OutgoingMessage &message, Stored stored)>;
    using DraftSaver = std::function<void(const AccountSettings &account, const Compose::Draft &draft, ComposerWindow *window)>;
    using RawDone = std::function<void(const QByteArray &raw, const std::optional<Kestrel::Error> &error)>;
    // Gets an original's raw bytes from the server off the GUI thread (Compose::RawMessageFetcher::fetch).
    using RawFetcher = std::function<void(const AccountSettings &account, const QString &folder, quint32 uid,
                                          QObject *context, RawDone done)>;

    ComposerLauncher(MainWindow &window, QString cachePath, QString draftsDirectory, QObject *parent = nullptr);

    void setSender(Sender sender) { m_sender = std::move(sender); }
    // Save Draft's copy to the server (and removing it once sent); without one, drafts stay local.
    void setServerDrafts(DraftSaver save, DraftSaver remove);
    // Forward as attachment of a message whose source is not cached; without one it is refused.
    void setRawFetcher(RawFetcher fetch) { m_fetchRaw = std::move(fetch); }

    ComposerWindow *newMessage();
    // Reply / reply all / forward the message open in the reader; the window opens once its text is read.
    void respond(Compose::ReplyTemplate::Kind kind);
    void openDraft(const Compose::Draft &draft);
    // Message > Edit Draft, or double-click / Enter on a message of a Drafts folder: the local draft with
    // its Message-ID, else the server copy (cached source or fetched); elsewhere activation does nothing.
    void editDraft(bool explicitly = true);
    // Reopens the drafts whose windows never closed (Kestrel crashed or was killed), read from the
    // profile on a pool thread; a damaged draft file is reported in the status bar and left alone.
    void reopenInterrupted();
    // The composer windows open now (for tests and for quitting cleanly).
    QList<ComposerWindow *> windows() const;

signals:
    void composerOpened(Kestrel::Ui::ComposerWindow *window);

private:
    ComposerWindow *open();
    AccountSettings accountFor(const QString &accountId) const;
    void startResponse(Compose::ReplyTemplate::Kind kind, const Compose::OriginalMessage &original,
                       const AccountSettings &account, bool complete);

    MainWindow &m_window;
    QString m_cachePath;
    QString m_draftsDirectory;
    Sender m_sender;
    DraftSaver m_saveDraft;
    DraftSaver m_removeDraft;
    RawFetcher m_fetchRaw;
    QList<Compose::AddressCandidate> m_addressBook;
    QList<QPointer<ComposerWindow>> m_windows;
};

} // namespace Kestrel::Ui

#include "composer/ComposerLauncher.h"

#include "settings/AppSettings.h"
#include "MainWindow.h"
#include "MainWindowActions.h"
#include "compose/DraftLocator.h"
#include "compose/DraftStore.h"
#include "compose/OriginalLoader.h"
#include "composer/ComposerWindow.h"
#include "composer/LocalDraftsDialog.h"
#include "outbox/OutboxPane.h"

#include <QAction>
#include <QCoreApplication>
#include <QThreadPool>
#include <QTreeView>
#include <QStatusBar>

namespace Kestrel::Ui {

ComposerLauncher::ComposerLauncher(MainWindow &window, QString cachePath, QString draftsDirectory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_cachePath(std::move(cachePath))
    , m_draftsDirectory(std::move(draftsDirectory))
{
    using Kind = Compose::ReplyTemplate::Kind;
    MainWindowActions *actions = window.actions();
    connect(actions->newMessage, &QAction::triggered, this, &ComposerLauncher::newMessage);
    connect(actions->reply, &QAction::triggered, this, [this] { respond(Kind::Reply); });
    connect(actions->replyAll, &QAction::triggered, this, [this] { respond(Kind::ReplyAll); });
    connect(actions->forward, &QAction::triggered, this, [this] { respond(Kind::ForwardInline); });
    connect(actions->forwardAsAttachment, &QAction::triggered, this, [this] { respond(Kind::ForwardAsAttachment); });
    connect(actions->editDraft, &QAction::triggered, this, [this] { editDraft(true); });
    connect(actions->localDrafts, &QAction::triggered, this, [this] {
        auto *dialog = new LocalDraftsDialog(m_draftsDirectory, &m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &LocalDraftsDialog::draftChosen, this, &ComposerLauncher::openDraft);
        dialog->open();
    });
    connect(window.messageView(), &QAbstractItemView::activated, this, [this] { editDraft(false); });
    // Outbox > Edit: the waiting message comes back as a new draft (it was never sent).
    connect(window.outboxPane(), &OutboxPane::editRequested, this, [this](const OutgoingMessage &message) {
        Compose::Draft draft;
        draft.id = Compose::DraftStore::newId();
        draft.message = message;
        openDraft(draft);
    });
}

void ComposerLauncher::setServerDrafts(DraftSaver save, DraftSaver remove)
{
    m_saveDraft = std::move(save);
    m_removeDraft = std::move(remove);
}

QList<ComposerWindow *> ComposerLauncher::windows() const
{
    QList<ComposerWindow *> open;
    for (const QPointer<ComposerWindow> &window : m_windows) {
        if (window)
            open.append(window);
    }
    return open;
}

AccountSettings ComposerLauncher::accountFor(const QString &accountId) const
{
    const QList<AccountSettings> &accounts = m_window.accounts();
    return findAccount(accounts, accountId).value_or(accounts.value(0));
}

ComposerWindow *ComposerLauncher::open()
{
    auto *composer = new ComposerWindow(m_window.accounts(), Compose::DraftStore(m_draftsDirectory));
    m_windows.append(composer);
    composer->setAddressBook(m_addressBook);
    // Read again for every window: addresses of mail that arrived since are offered too.
    QPointer<ComposerLauncher> self(this); // composers may outlive the launcher
    Compose::AddressBookFromCache::loadInBackground(m_cachePath, composer, [self, composer](QList<Compose::AddressCandidate> candidates, std::optional<Error> error) {
        if (error)
            return; // completion is a convenience: the composer works without it
        composer->setAddressBook(candidates);
        if (self)
            self->m_addressBook = candidates;
    });
    connect(composer, &ComposerWindow::sendRequested, this, [this, composer](const AccountSettings &account, const OutgoingMessage &message) {
        if (!m_sender) {
            composer->sendRefused(Error::make(Error::Code::Cancelled, tr("Sending is not available in this window.")));
            return;
        }
        QPointer<ComposerWindow> target(composer);
        m_sender(account, message, [target](std::optional<Error> error) {
            if (!target)
                return;
            if (error)
                target->sendRefused(*error);
            else
                target->sendAccepted();
        });
    });
    connect(composer, &ComposerWindow::serverDraftRequested, this, [this, composer](const AccountSettings &account, const Compose::Draft &draft) {
        if (m_saveDraft)
            m_saveDraft(account, draft, composer);
    });
    connect(composer, &ComposerWindow::serverDraftObsolete, this, [this, composer](const AccountSettings &account, const Compose::Draft &draft) {
        if (m_removeDraft && draft.serverUid != 0)
            m_removeDraft(account, draft, composer);
    });
    composer->show();
    emit composerOpened(composer);
    return composer;
}

ComposerWindow *ComposerLauncher::newMessage()
{
    if (m_window.accounts().isEmpty()) {
        m_window.showSyncStatus(tr("Add an account before writing a message."));
        return nullptr;
    }
    const std::optional<MessageSummary> current = m_window.currentMessage();
    ComposerWindow *composer = open();
    // The shown message's account, as in Thunderbird; else the one chosen in Settings.
    composer->start(Compose::ReplyTemplate::blank(current ? accountFor(current->accountId)
                                                          : AppSettings::defaultAccount(m_window.accounts())));
    return composer;
}

void ComposerLauncher::respond(Compose::ReplyTemplate::Kind kind)
{
    const std::optional<MessageSummary> current = m_window.currentMessage();
    if (!current) {
        m_window.showSyncStatus(tr("Select a message first."));
        return;
    }
    const AccountSettings account = accountFor(current->accountId);
    Compose::OriginalLoader::loadInBackground(m_cachePath, *current, this, [this, kind, account](Compose::OriginalMessage original, bool complete, std::optional<Error> error) {
        if (error) {
            m_window.showSyncStatus(error->userMessage);
            return;
        }
        if (!Compose::ReplyTemplate::needsRawMessage(kind) || !original.raw.isEmpty())
            return startResponse(kind, original, account, complete);
        if (!m_fetchRaw) {
            m_window.showSyncStatus(tr("The message to forward is not downloaded, and this window cannot fetch it."));
            return;
        }
        m_window.showSyncStatus(tr("Fetching the message to forward…"));
        m_fetchRaw(account, original.folderName, original.summary.uid, this,
                   [this, kind, original, account, complete](const QByteArray &raw, const std::optional<Error> &error) {
                       if (error || raw.isEmpty()) {
                           m_window.showSyncStatus(error ? error->userMessage : tr("The server sent an empty message to forward."));
                           return;
                       }
                       Compose::OriginalMessage withRaw = original;
                       withRaw.raw = raw;
                       m_window.showSyncStatus(QString());
                       startResponse(kind, withRaw, account, complete);
                   });
    });
}

void ComposerLauncher::startResponse(Compose::ReplyTemplate::Kind kind, const Compose::OriginalMessage &original,
                                     const AccountSettings &account, bool complete)
{
    ComposerWindow *composer = open();
    composer->start(Compose::ReplyTemplate::make(kind, original, account));
    // A forward as attachment carries the whole original, so a partly cached text does not matter.
    if (!complete && !Compose::ReplyTemplate::needsRawMessage(kind))
        composer->statusBar()->showMessage(tr("The original's text is not downloaded yet, so it is not quoted in full."));
}

void ComposerLauncher::reopenInterrupted()
{
    QPointer<ComposerLauncher> self(this);
    QThreadPool::globalInstance()->start([self, directory = m_draftsDirectory] {
        QList<Compose::Draft> drafts;
        QStringList problems;
        Compose::DraftStore(directory).list(drafts, &problems);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, drafts, problems] {
            if (!self)
                return;
            for (const Compose::Draft &draft : drafts) {
                if (draft.open)
                    self->openDraft(draft);
            }
            if (!problems.isEmpty())
                self->m_window.showSyncStatus(problems.join(QLatin1Char(' ')));
        });
    });
}

void ComposerLauncher::editDraft(bool explicitly)
{
    const std::optional<MessageSummary> current = m_window.currentMessage();
    if (!current) {
        if (explicitly)
            m_window.showSyncStatus(tr("Select a message first."));
        return;
    }
    const MessageSummary summary = *current;
    Compose::DraftLocator::locateInBackground(m_cachePath, m_draftsDirectory, summary, this,
                                              [this, summary, explicitly](Compose::DraftToOpen found, std::optional<Error> error) {
        if (error)
            return m_window.showSyncStatus(error->userMessage);
        if (!found.inDraftsFolder) {
            if (explicitly)
                m_window.showSyncStatus(tr("Only messages of a Drafts folder can be edited."));
            return;
        }
        if (found.local)
            return openDraft(*found.local);
        if (!found.raw.isEmpty())
            return openDraft(Compose::DraftLocator::fromServerCopy(found.raw, summary, found.folderName, found.uidValidity));
        if (!m_fetchRaw)
            return m_window.showSyncStatus(tr("The draft is not downloaded, and this window cannot fetch it."));
        m_fetchRaw(accountFor(summary.accountId), found.folderName, summary.uid, this,
                   [this, summary, found](const QByteArray &raw, const std::optional<Error> &fetchError) {
                       if (fetchError || raw.isEmpty())
                           return m_window.showSyncStatus(fetchError ? fetchError->userMessage : tr("The server sent an empty draft."));
                       openDraft(Compose::DraftLocator::fromServerCopy(raw, summary, found.folderName, found.uidValidity));
                   });
    });
}

void ComposerLauncher::openDraft(const Compose::Draft &draft)
{
    open()->openDraft(draft);
}

} // namespace Kestrel::Ui

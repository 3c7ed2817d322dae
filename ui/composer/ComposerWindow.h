#pragma once

#include "account/AccountSettings.h"
#include "common/Error.h"
#include "compose/AddressBookFromCache.h"
#include "compose/Draft.h"
#include "compose/DraftStore.h"
#include "compose/ReplyTemplate.h"

#include <QMainWindow>

class QComboBox;
class QTimer;
class QLineEdit;
class QPlainTextEdit;

namespace Kestrel::Compose {
class DraftAutosave;
}

namespace Kestrel::Ui {

class AttachmentList;
class RecipientCompleter;

// One message being written: From (every identity of every account), To / Cc / Bcc with completion,
// Subject, plain-text body with the identity's signature (swapped when From changes), attachments
// (Attach…, drag and drop). Autosaved to the profile every few seconds (DraftAutosave) and, while changed, to the server's Drafts
// every minute (serverDraftRequested). Send hands the
// message on (sendRequested) and the window closes only once the outbox has stored it (sendAccepted);
// closing with unsaved changes asks to save or discard, without blocking the event loop.
class ComposerWindow : public QMainWindow
{
    Q_OBJECT
public:
    // How often unsaved changes also go to the server's Drafts folder (replacing the previous copy):
    // a lost computer then loses at most this much typing; the local file is written every few seconds.
    static constexpr int ServerAutosaveIntervalMs = 60 * 1000;

    ComposerWindow(const QList<AccountSettings> &accounts, Compose::DraftStore drafts, QWidget *parent = nullptr);
    ~ComposerWindow() override;

    // For tests: a shorter server autosave interval.
    void setServerAutosaveInterval(int milliseconds);

    // Fills the window from a template (new message, reply, forward) and starts a new draft.
    void start(const Compose::ReplyTemplate::Result &start);
    void openDraft(const Compose::Draft &draft);
    void setAddressBook(const QList<Compose::AddressCandidate> &candidates);

    // What the fields say now (addresses that do not parse are left out; Send refuses them).
    OutgoingMessage message() const;
    Compose::Draft draft() const;
    bool isModified() const { return m_modified; }
    AccountSettings currentAccount() const;

    QComboBox *fromBox() const { return m_from; }
    QLineEdit *toEdit() const { return m_to; }
    QLineEdit *ccEdit() const { return m_cc; }
    QLineEdit *bccEdit() const { return m_bcc; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    AttachmentList *attachmentList() const { return m_attachments; }
    QAction *sendAction() const { return m_send; }
    QAction *saveAction() const { return m_save; }

    // The outbox stored the message: nothing can be lost any more; the draft goes and the window closes.
    void sendAccepted();
    // The outbox refused it (bad address, disk): the window stays open with everything as it was.
    void sendRefused(const Kestrel::Error &error);
    // The server now holds this copy of the draft (its UID replaces the previous copy's).
    void serverDraftSaved(const Kestrel::Compose::Draft &draft);
    void serverDraftFailed(const Kestrel::Error &error);

signals:
    void sendRequested(const Kestrel::AccountSettings &account, const Kestrel::OutgoingMessage &message);
    // Save Draft: the server's Drafts folder should get this copy (replacing draft.serverUid).
    void serverDraftRequested(const Kestrel::AccountSettings &account, const Kestrel::Compose::Draft &draft);
    // Sent or discarded: the copy on the server (draft.serverUid), if any, should go.
    void serverDraftObsolete(const Kestrel::AccountSettings &account, const Kestrel::Compose::Draft &draft);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct IdentityChoice {
        QString accountId;
        Identity identity;
    };

    void buildFields();
    void buildActions();
    void fillIdentities();
    void selectIdentity(const QString &accountId, const QString &email);
    void identityChanged(int index);
    void setFields(const OutgoingMessage &message);
    void changed();
    void send();
    void saveDraft();
    void autosaveToServer();
    void askToSave();
    void discard();
    void keepClosed(Compose::Draft kept);
    void showProblem(const QString &text);

    QList<AccountSettings> m_accounts;
    QList<IdentityChoice> m_identities;
    Compose::DraftStore m_drafts;
    Compose::DraftAutosave *m_autosave = nullptr;
    Compose::Draft m_draft;            // ids and server state; the message comes from the fields
    std::optional<Compose::Draft> m_savedByUser; // the last Save Draft, restored by Discard
    QComboBox *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLineEdit *m_cc = nullptr;
    QLineEdit *m_bcc = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    AttachmentList *m_attachments = nullptr;
    QList<RecipientCompleter *> m_completers;
    QAction *m_send = nullptr;
    QAction *m_save = nullptr;
    int m_identityIndex = -1;
    bool m_filling = false;   // fields being set by code, not typed
    bool m_modified = false;  // since the start or the last Save Draft
    bool m_serverStale = false; // changes typed since the last copy sent to the server
    bool m_serverHoldsAutosave = false; // the server's copy is newer than the last Save Draft
    QTimer *m_serverAutosave = nullptr;
    bool m_sending = false;
    bool m_closeApproved = false;
    bool m_sent = false;
};

} // namespace Kestrel::Ui

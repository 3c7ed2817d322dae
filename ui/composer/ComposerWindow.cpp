#include "composer/ComposerWindow.h"

#include "compose/AddressListText.h"
#include "compose/DraftAutosave.h"
#include "compose/Identities.h"
#include "compose/SignatureBlock.h"
#include "composer/AttachmentList.h"
#include "composer/RecipientCompleter.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace Kestrel::Ui {

ComposerWindow::ComposerWindow(const QList<AccountSettings> &accounts, Compose::DraftStore drafts, QWidget *parent)
    : QMainWindow(parent)
    , m_accounts(accounts)
    , m_drafts(std::move(drafts))
    , m_autosave(new Compose::DraftAutosave(m_drafts, Compose::DraftAutosave::DefaultIntervalMs, this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptDrops(true);
    setWindowTitle(tr("New Message"));
    buildFields();
    buildActions();
    fillIdentities();
    connect(m_autosave, &Compose::DraftAutosave::saveFailed, this, [this](const Error &error) { showProblem(error.userMessage); });
    connect(m_autosave, &Compose::DraftAutosave::saved, this, [this] { statusBar()->showMessage(tr("Draft saved on this computer."), 3000); });
    m_serverAutosave = new QTimer(this);
    m_serverAutosave->setInterval(ServerAutosaveIntervalMs);
    connect(m_serverAutosave, &QTimer::timeout, this, &ComposerWindow::autosaveToServer);
    m_serverAutosave->start();
    resize(720, 560);
}

void ComposerWindow::setServerAutosaveInterval(int milliseconds) { m_serverAutosave->start(milliseconds); }

void ComposerWindow::autosaveToServer()
{
    if (!m_serverStale || m_sending || m_sent)
        return;
    // ServerDrafts saves a draft one copy at a time, each replacing the last: Drafts keeps exactly one.
    // Save Draft's state (m_modified, what Discard goes back to) is the user's and stays as it is.
    m_serverStale = false;
    m_serverHoldsAutosave = true;
    emit serverDraftRequested(currentAccount(), draft());
}

ComposerWindow::~ComposerWindow() = default;

void ComposerWindow::buildFields()
{
    auto *central = new QWidget(this);
    auto *form = new QFormLayout;
    m_from = new QComboBox(central);
    m_to = new QLineEdit(central);
    m_cc = new QLineEdit(central);
    m_bcc = new QLineEdit(central);
    m_subject = new QLineEdit(central);
    m_body = new QPlainTextEdit(central);
    m_attachments = new AttachmentList(central);
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_body->setAcceptDrops(false); // dropped files become attachments, not text
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Cc:"), m_cc);
    form->addRow(tr("&Bcc:"), m_bcc);
    form->addRow(tr("&Subject:"), m_subject);
    for (QLineEdit *edit : {m_to, m_cc, m_bcc}) {
        edit->setPlaceholderText(tr("Name <address@example.org>, …"));
        m_completers.append(new RecipientCompleter(edit, this));
        connect(edit, &QLineEdit::textChanged, this, &ComposerWindow::changed);
    }
    connect(m_subject, &QLineEdit::textChanged, this, [this](const QString &text) {
        setWindowTitle(text.isEmpty() ? tr("New Message") : text);
        changed();
    });
    connect(m_body, &QPlainTextEdit::textChanged, this, &ComposerWindow::changed);
    connect(m_attachments, &AttachmentList::changed, this, &ComposerWindow::changed);
    connect(m_attachments, &AttachmentList::problem, this, &ComposerWindow::showProblem);
    connect(m_from, &QComboBox::currentIndexChanged, this, &ComposerWindow::identityChanged);
    auto *layout = new QVBoxLayout(central);
    layout->addLayout(form);
    layout->addWidget(m_attachments);
    layout->addWidget(m_body, 1);
    setCentralWidget(central);
}

void ComposerWindow::buildActions()
{
    QToolBar *bar = addToolBar(tr("Message"));
    bar->setMovable(false);
    m_send = bar->addAction(QIcon::fromTheme(QStringLiteral("mail-send")), tr("&Send"), this, &ComposerWindow::send);
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_save = bar->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("Save &Draft"), this, &ComposerWindow::saveDraft);
    m_save->setShortcut(QKeySequence::Save);
    bar->addAction(QIcon::fromTheme(QStringLiteral("mail-attachment")), tr("&Attach…"), m_attachments, &AttachmentList::chooseFiles);
}

void ComposerWindow::fillIdentities()
{
    for (const AccountSettings &account : m_accounts) {
        for (const Identity &identity : Compose::Identities::of(account)) {
            m_identities.append({account.id, identity});
            const QString label = Address{identity.name, identity.email}.toDisplayString();
            m_from->addItem(m_accounts.size() > 1 ? tr("%1 (%2)", "identity (account)").arg(label, account.displayName) : label);
        }
    }
    m_identityIndex = m_identities.isEmpty() ? -1 : 0;
}

void ComposerWindow::selectIdentity(const QString &accountId, const QString &email)
{
    for (qsizetype i = 0; i < m_identities.size(); ++i) {
        if (m_identities[i].accountId == accountId && m_identities[i].identity.email.compare(email, Qt::CaseInsensitive) == 0) {
            m_identityIndex = int(i); // set first: the body already carries this identity's signature
            m_from->setCurrentIndex(int(i));
            return;
        }
    }
}

void ComposerWindow::identityChanged(int index)
{
    if (index < 0 || index >= m_identities.size() || index == m_identityIndex)
        return;
    const QString oldSignature = m_identityIndex >= 0 ? m_identities[m_identityIndex].identity.signature : QString();
    m_identityIndex = index;
    const QString body = Compose::SignatureBlock::replace(m_body->toPlainText(), oldSignature, m_identities[index].identity.signature);
    if (body != m_body->toPlainText())
        m_body->setPlainText(body);
    changed();
}

void ComposerWindow::setFields(const OutgoingMessage &message)
{
    m_filling = true;
    selectIdentity(message.accountId, message.from.email);
    m_to->setText(Compose::AddressListText::format(message.to));
    m_cc->setText(Compose::AddressListText::format(message.cc));
    m_bcc->setText(Compose::AddressListText::format(message.bcc));
    m_subject->setText(message.subject);
    m_body->setPlainText(message.body);
    m_attachments->setAttachments(message.attachments);
    m_filling = false;
}

void ComposerWindow::start(const Compose::ReplyTemplate::Result &start)
{
    m_draft = {};
    m_draft.id = Compose::DraftStore::newId();
    m_draft.message = start.message; // keeps threading and origin, which have no fields
    setFields(start.message);
    QTextCursor cursor = m_body->textCursor();
    cursor.setPosition(int(qMin<qsizetype>(start.cursorPosition, m_body->toPlainText().size())));
    m_body->setTextCursor(cursor);
    (start.message.to.isEmpty() ? static_cast<QWidget *>(m_to) : m_body)->setFocus();
    m_modified = false;
    m_serverStale = false;
}

void ComposerWindow::openDraft(const Compose::Draft &draft)
{
    m_draft = draft;
    m_savedByUser = draft;
    setFields(draft.message);
    m_modified = false;
    m_serverStale = false;
}

void ComposerWindow::setAddressBook(const QList<Compose::AddressCandidate> &candidates)
{
    for (RecipientCompleter *completer : std::as_const(m_completers))
        completer->setCandidates(candidates);
}

AccountSettings ComposerWindow::currentAccount() const
{
    const QString id = m_identityIndex >= 0 ? m_identities[m_identityIndex].accountId : QString();
    return findAccount(m_accounts, id).value_or(AccountSettings{});
}

OutgoingMessage ComposerWindow::message() const
{
    OutgoingMessage message = m_draft.message;
    if (m_identityIndex >= 0) {
        message.accountId = m_identities[m_identityIndex].accountId;
        message.from = Compose::Identities::address(m_identities[m_identityIndex].identity);
    }
    message.to = Compose::AddressListText::parse(m_to->text());
    message.cc = Compose::AddressListText::parse(m_cc->text());
    message.bcc = Compose::AddressListText::parse(m_bcc->text());
    message.subject = m_subject->text();
    message.body = m_body->toPlainText();
    message.attachments = m_attachments->attachments();
    return message;
}

Compose::Draft ComposerWindow::draft() const
{
    Compose::Draft draft = m_draft;
    draft.message = message();
    draft.message.to = Compose::AddressListText::parseKeepingAll(m_to->text());
    draft.message.cc = Compose::AddressListText::parseKeepingAll(m_cc->text());
    draft.message.bcc = Compose::AddressListText::parseKeepingAll(m_bcc->text());
    draft.open = true;
    return draft;
}

void ComposerWindow::changed()
{
    if (m_filling)
        return;
    m_modified = true;
    m_serverStale = true;
    m_autosave->update(draft());
}

void ComposerWindow::send()
{
    if (m_sending)
        return;
    QStringList problems;
    for (QLineEdit *edit : {m_to, m_cc, m_bcc})
        Compose::AddressListText::parse(edit->text(), &problems);
    const OutgoingMessage outgoing = message();
    if (outgoing.to.isEmpty() && outgoing.cc.isEmpty() && outgoing.bcc.isEmpty())
        problems.append(tr("Add at least one recipient."));
    if (m_identityIndex < 0)
        problems.append(tr("There is no account to send from."));
    if (m_attachments->pendingReads() > 0)
        problems.append(tr("Attachments are still being read; try again in a moment."));
    if (!problems.isEmpty()) {
        showProblem(problems.join(QLatin1Char('\n')));
        return;
    }
    m_sending = true;
    m_send->setEnabled(false);
    m_autosave->saveNow(); // the text is on disk until the outbox has its own copy
    statusBar()->showMessage(tr("Sending…"));
    emit sendRequested(currentAccount(), outgoing);
}

void ComposerWindow::sendAccepted()
{
    const Compose::Draft sent = draft();
    emit serverDraftObsolete(currentAccount(), sent);
    m_autosave->discard(); // the outbox holds the message now
    m_sent = true;
    m_modified = false;
    m_closeApproved = true;
    close();
}

void ComposerWindow::sendRefused(const Error &error)
{
    m_sending = false;
    m_send->setEnabled(true);
    showProblem(tr("The message was not sent: %1").arg(error.userMessage));
}

void ComposerWindow::saveDraft()
{
    m_autosave->update(draft());
    m_autosave->saveNow();
    m_savedByUser = draft();
    m_modified = false;
    m_serverStale = false;
    m_serverHoldsAutosave = false;
    statusBar()->showMessage(tr("Saving the draft to the server…"));
    emit serverDraftRequested(currentAccount(), draft());
}

void ComposerWindow::serverDraftSaved(const Compose::Draft &saved)
{
    m_draft.messageId = saved.messageId;
    m_draft.serverFolder = saved.serverFolder;
    m_draft.serverUidValidity = saved.serverUidValidity;
    m_draft.serverUid = saved.serverUid;
    if (m_savedByUser) { // an autosave's copy replaced it: only the server's bookkeeping changes
        m_savedByUser->messageId = saved.messageId;
        m_savedByUser->serverFolder = saved.serverFolder;
        m_savedByUser->serverUidValidity = saved.serverUidValidity;
        m_savedByUser->serverUid = saved.serverUid;
    }
    m_autosave->update(draft()); // the local file remembers which server copy to replace next time
    statusBar()->showMessage(tr("Draft saved to the server's %1 folder.").arg(saved.serverFolder), 5000);
}

void ComposerWindow::serverDraftFailed(const Error &error)
{
    showProblem(tr("The draft is saved on this computer but not on the server: %1").arg(error.userMessage));
}

void ComposerWindow::closeEvent(QCloseEvent *event)
{
    if (m_sent) {
        event->accept();
        return;
    }
    if (m_modified && !m_closeApproved) {
        event->ignore();
        askToSave();
        return;
    }
    if (m_savedByUser) {
        keepClosed(*m_savedByUser); // what the user saved last (after Discard too)
        if (m_serverHoldsAutosave) // the server has newer, discarded text: it gets the kept draft back
            emit serverDraftRequested(currentAccount(), *m_savedByUser);
    } else {
        m_autosave->discard(); // never saved: nothing worth keeping, on the server neither
        if (m_serverHoldsAutosave)
            emit serverDraftObsolete(currentAccount(), draft());
    }
    event->accept();
}

void ComposerWindow::askToSave()
{
    // Window-modal and asynchronous: no nested event loop while the user decides.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Save Draft?"),
                                tr("This message has changes that are not saved as a draft."),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("saveOrDiscard"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box] {
        const auto choice = box->standardButton(box->clickedButton());
        if (choice == QMessageBox::Save)
            saveDraft();
        else if (choice == QMessageBox::Discard)
            discard();
        else
            return;
        m_closeApproved = true;
        close();
    });
    box->open();
}

void ComposerWindow::keepClosed(Compose::Draft kept)
{
    kept.open = false; // closed on purpose: not reopened at the next start
    m_autosave->update(kept);
    m_autosave->saveNow();
}

void ComposerWindow::discard()
{
    m_modified = false; // closeEvent goes back to the last saved draft, or drops the never saved one
}

void ComposerWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ComposerWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    m_attachments->addFiles(paths);
    event->acceptProposedAction();
}

void ComposerWindow::showProblem(const QString &text)
{
    statusBar()->showMessage(text);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Kestrel"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("composerProblem"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

} // namespace Kestrel::Ui

// Reopening drafts from the message list of a Drafts folder, with a real SQLite cache and real draft
// files: Enter on a message whose Message-ID a local draft has opens that draft (Bcc and attachment
// included, which the server copy would not give back as typed); Message > Edit Draft on another opens
// the server copy's cached source parsed with core/mime, keeping its UID so the next save replaces it.
#include "MainWindow.h"
#include "MainWindowActions.h"
#include "cache/AccountStore.h"
#include "cache/Database.h"
#include "cache/FolderStore.h"
#include "cache/MessageListReader.h"
#include "cache/MessageStore.h"
#include "cache/PartStore.h"
#include "compose/DraftStore.h"
#include "compose/ReplyTemplate.h"
#include "composer/ComposerLauncher.h"
#include "composer/ComposerWindow.h"
#include "composer/LocalDraftsDialog.h"
#include "models/MessageListModel.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>

using namespace Kestrel;
using Kestrel::Ui::ComposerLauncher;
using Kestrel::Ui::ComposerWindow;
using Kestrel::Ui::MainWindow;

namespace {

AccountSettings alice()
{
    AccountSettings account;
    account.id = QStringLiteral("alice");
    account.displayName = QStringLiteral("Alice");
    account.email = QStringLiteral("alice@example.org");
    account.identities = {{QStringLiteral("Alice"), QStringLiteral("alice@example.org"), QString()}};
    return account;
}

MessageSummary draftSummary(quint32 uid, const QString &subject, const QString &messageId)
{
    MessageSummary message;
    message.uid = uid;
    message.internalDate = QDateTime(QDate(2026, 3, 5), QTime(14, int(uid)), QTimeZone::utc());
    message.sentDate = message.internalDate;
    message.subject = subject;
    message.from = {{QStringLiteral("Alice"), QStringLiteral("alice@example.org")}};
    message.to = {{QStringLiteral("Bob"), QStringLiteral("bob@example.org")}};
    message.messageId = messageId;
    return message;
}

const QByteArray ServerCopy = "From: Alice <alice@example.org>\r\n"
                              "To: Dave <dave@example.org>\r\n"
                              "Subject: Started on the phone\r\n"
                              "Message-ID: <phone-1@example.org>\r\n"
                              "MIME-Version: 1.0\r\n"
                              "Content-Type: text/plain; charset=utf-8\r\n"
                              "\r\n"
                              "Dear Dave,\r\nthe plan is\r\n";

} // namespace

class TestEditDraft : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<ComposerWindow *>();
        m_path = m_dir.filePath(QStringLiteral("cache.sqlite"));
        Database writer;
        QVERIFY(!writer.open(m_path));
        QVERIFY(!AccountStore(writer).ensureAccount(QStringLiteral("alice"), QStringLiteral("Alice")));
        FolderInfo inbox;
        inbox.accountId = QStringLiteral("alice");
        inbox.name = QStringLiteral("INBOX");
        inbox.role = SpecialUse::Inbox;
        QVERIFY(!FolderStore(writer).upsertFolder(inbox));
        FolderInfo drafts;
        drafts.accountId = QStringLiteral("alice");
        drafts.name = QStringLiteral("Drafts");
        drafts.role = SpecialUse::Drafts;
        drafts.sync.uidValidity = 77;
        QVERIFY(!FolderStore(writer).upsertFolder(drafts));
        QVERIFY(!MessageStore(writer).upsertMessages(drafts.id, {draftSummary(5, QStringLiteral("Kept here"), QStringLiteral("<local-1@example.org>")),
                                                                 draftSummary(6, QStringLiteral("Started on the phone"), QStringLiteral("<phone-1@example.org>"))}));
        std::optional<MessageSummary> phone;
        QVERIFY(!MessageListReader(writer).message(drafts.id, 6, phone));
        QVERIFY(phone);
        PartInfo whole;
        whole.section = QStringLiteral("");
        whole.mimeType = QStringLiteral("message/rfc822");
        QVERIFY(!PartStore(writer).store(phone->id, whole, ServerCopy));
        writer.close();
        QVERIFY(!m_cache.open(m_path, Database::Access::ReadOnly));

        Compose::Draft local;
        local.id = Compose::DraftStore::newId();
        local.message = Compose::ReplyTemplate::blank(alice()).message;
        local.message.subject = QStringLiteral("Kept here");
        local.message.bcc = {{QString(), QStringLiteral("carol@example.org")}};
        local.message.attachments = {{QStringLiteral("plan.txt"), QStringLiteral("text/plain"), "step 1\n"}};
        local.messageId = "<local-1@example.org>";
        local.serverFolder = QStringLiteral("Drafts");
        local.serverUid = 5;
        QVERIFY(!Compose::DraftStore(m_dir.filePath(QStringLiteral("drafts"))).save(local));
    }

    void draftsOpenFromTheLocalFileOrTheServerCopy()
    {
        MainWindow window(m_cache);
        window.setAccounts({alice()});
        window.show();
        const QModelIndexList found = window.folderView()->model()->match(window.folderView()->model()->index(0, 0), Qt::DisplayRole,
                                                                          QStringLiteral("Drafts"), 1, Qt::MatchRecursive | Qt::MatchStartsWith);
        QCOMPARE(found.size(), 1);
        window.folderView()->setCurrentIndex(found.first());
        QTRY_COMPARE(window.messageModel()->rowCount(), 2);
        ComposerLauncher launcher(window, m_path, m_dir.filePath(QStringLiteral("drafts")));
        QSignalSpy opened(&launcher, &ComposerLauncher::composerOpened);

        // Enter on the draft a local file has: that file, Bcc and attachment included.
        select(window, 5);
        window.messageView()->setFocus();
        QTest::keyClick(window.messageView(), Qt::Key_Return);
        QVERIFY(opened.wait(5000));
        QPointer<ComposerWindow> local = opened.at(0).at(0).value<ComposerWindow *>();
        QCOMPARE(local->subjectEdit()->text(), QStringLiteral("Kept here"));
        QCOMPARE(local->bccEdit()->text(), QStringLiteral("carol@example.org"));
        QCOMPARE(local->message().attachments.size(), 1);
        QCOMPARE(local->draft().serverUid, 5u);

        // Edit Draft on one written elsewhere: the server copy's cached source, parsed.
        select(window, 6);
        window.actions()->editDraft->trigger();
        QVERIFY(opened.wait(5000));
        QPointer<ComposerWindow> server = opened.at(1).at(0).value<ComposerWindow *>();
        QCOMPARE(server->subjectEdit()->text(), QStringLiteral("Started on the phone"));
        QCOMPARE(server->toEdit()->text(), QStringLiteral("Dave <dave@example.org>"));
        const QString body = server->bodyEdit()->toPlainText();
        QVERIFY2(body.startsWith(QStringLiteral("Dear Dave,\nthe plan is")) && !body.contains(QLatin1Char('\r')), qPrintable(body));
        const Compose::Draft draft = server->draft();
        QCOMPARE(draft.messageId, QByteArray("<phone-1@example.org>"));
        QCOMPARE(draft.serverUid, 6u); // the next save replaces this copy
        QCOMPARE(draft.serverUidValidity, 77u);
        delete local.data();
        delete server.data();
    }

    void activationOutsideDraftsOpensNothing()
    {
        MainWindow window(m_cache);
        window.setAccounts({alice()});
        window.showFirstInbox();
        ComposerLauncher launcher(window, m_path, m_dir.filePath(QStringLiteral("drafts")));
        QSignalSpy opened(&launcher, &ComposerLauncher::composerOpened);
        window.actions()->editDraft->trigger(); // nothing selected
        QTest::qWait(300);
        QCOMPARE(opened.size(), 0);
        QVERIFY(!window.statusBar()->currentMessage().isEmpty());
    }

    void fileDraftsListsLocalDraftsToReopen()
    {
        MainWindow window(m_cache);
        window.setAccounts({alice()});
        window.show();
        ComposerLauncher launcher(window, m_path, m_dir.filePath(QStringLiteral("drafts")));
        QSignalSpy opened(&launcher, &ComposerLauncher::composerOpened);
        window.actions()->localDrafts->trigger();
        auto *dialog = window.findChild<Ui::LocalDraftsDialog *>(QStringLiteral("localDrafts"));
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->list()->count(), 1); // read off the GUI thread
        QVERIFY2(dialog->list()->item(0)->text().startsWith(QStringLiteral("Kept here")), qPrintable(dialog->list()->item(0)->text()));
        dialog->list()->setCurrentRow(0);
        dialog->openButton()->click();
        QCOMPARE(opened.size(), 1);
        QPointer<ComposerWindow> composer = opened.at(0).at(0).value<ComposerWindow *>();
        QCOMPARE(composer->subjectEdit()->text(), QStringLiteral("Kept here"));
        QCOMPARE(composer->message().attachments.size(), 1);
        delete composer.data();
    }

private:
    static void select(MainWindow &window, quint32 uid)
    {
        for (int row = 0; row < window.messageModel()->rowCount(); ++row) {
            window.messageView()->setCurrentIndex(window.messageModel()->index(row, 0));
            if (window.currentMessage() && window.currentMessage()->uid == uid)
                return;
        }
        QFAIL("message not in the list");
    }

    QTemporaryDir m_dir;
    QString m_path;
    Database m_cache;
};

QTEST_MAIN(TestEditDraft)
#include "tst_edit_draft.moc"

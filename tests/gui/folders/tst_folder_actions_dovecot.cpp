// Folder commands and drag-and-drop from the real (offscreen) window to the real Dovecot, wired as
// app/main.cpp wires them (messageActionRequested -> SyncCoordinator::apply): a new folder, messages
// copied into it by a drop with Ctrl, subscribed and unsubscribed, renamed, deleted after the
// confirmation, and "mark folder read" —
// each checked on the server over a second connection and in the window's tree and list.
#include "DovecotClient.h"
#include "MainWindow.h"
#include "MainWindowActions.h"
#include "ReadingTestBed.h"

#include "cache/Database.h"
#include "imap/commands/ListCommand.h"
#include "imap/commands/StatusCommand.h"
#include "models/FolderTreeModel.h"
#include "models/MessageListModel.h"
#include "sync/SyncCoordinator.h"

#include <QAbstractButton>
#include <QAction>
#include <QInputDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Kestrel;
using Kestrel::Test::DovecotClient;

class TestFolderActionsDovecot : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const QString problem = m_bed.start(QStringLiteral("folders-bob"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        Sync::SyncCoordinator sync(m_bed.cachePath(), m_bed.credentials);
        QSignalSpy finished(&sync, &Sync::SyncCoordinator::accountFinished);
        sync.sync(m_bed.bob);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(!finished.first().at(1).value<std::optional<Error>>());
    }

    void createCopyRenameDeleteAndMarkRead()
    {
        Database cache;
        QVERIFY(!cache.open(m_bed.cachePath(), Database::Access::ReadOnly));
        Sync::SyncCoordinator sync(m_bed.cachePath(), m_bed.credentials);
        Ui::MainWindow window(cache);
        window.setAccounts({m_bed.bob});
        QObject::connect(&sync, &Sync::SyncCoordinator::cacheChanged, &window, &Ui::MainWindow::cacheChanged);
        QObject::connect(&window, &Ui::MainWindow::messageActionRequested, &sync,
                         [this, &sync](const QString &, const Sync::UserAction &action) { sync.apply(m_bed.bob, action); });
        QSignalSpy finished(&sync, &Sync::SyncCoordinator::actionFinished);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // New folder at the top of the account.
        window.folderView()->setCurrentIndex(window.folderModel()->index(0, 0));
        window.actions()->newFolder->trigger();
        answerNameDialog(window, QStringLiteral("Kestrel Tests"));
        QVERIFY(waitForAction(finished, 1));
        QCOMPARE(serverStatus(QStringLiteral("Kestrel Tests")).first, QString());
        QTRY_VERIFY(folderIndex(window, QStringLiteral("Kestrel Tests")).isValid());

        // Two Inbox messages dropped on it with Ctrl: copied.
        window.showFirstInbox();
        const int inboxRows = window.messageModel()->rowCount();
        QVERIFY(inboxRows > 2);
        std::unique_ptr<QMimeData> data(window.messageModel()->mimeData({window.messageModel()->index(0, 0),
                                                                         window.messageModel()->index(1, 0)}));
        QVERIFY(window.folderModel()->dropMimeData(data.get(), Qt::CopyAction, -1, -1,
                                                   folderIndex(window, QStringLiteral("Kestrel Tests"))));
        QVERIFY(waitForAction(finished, 2));
        QCOMPARE(serverStatus(QStringLiteral("Kestrel Tests")).second, 2u);
        QCOMPARE(window.messageModel()->rowCount(), inboxRows); // a copy leaves the Inbox as it was

        // Mark the Inbox read: no unread message left, on the server or in the list.
        QVERIFY(serverUnseen(QStringLiteral("INBOX")) > 0);
        window.actions()->markFolderRead->trigger();
        QVERIFY(waitForAction(finished, 3));
        QCOMPARE(serverUnseen(QStringLiteral("INBOX")), 0u);
        QTRY_VERIFY_WITH_TIMEOUT(!anyUnread(window), 5000);

        // Unsubscribe and subscribe again: the server's subscription list follows.
        window.folderView()->setCurrentIndex(folderIndex(window, QStringLiteral("Kestrel Tests")));
        window.actions()->subscribeFolder->trigger();
        QVERIFY(waitForAction(finished, 4));
        QVERIFY(serverSubscriptions().contains(QStringLiteral("Kestrel Tests")));
        window.actions()->unsubscribeFolder->trigger();
        QVERIFY(waitForAction(finished, 5));
        QVERIFY(!serverSubscriptions().contains(QStringLiteral("Kestrel Tests")));

        // Rename, then delete after saying yes.
        window.folderView()->setCurrentIndex(folderIndex(window, QStringLiteral("Kestrel Tests")));
        window.actions()->renameFolder->trigger();
        answerNameDialog(window, QStringLiteral("Kestrel Renamed"));
        QVERIFY(waitForAction(finished, 6));
        QCOMPARE(serverStatus(QStringLiteral("Kestrel Renamed")).second, 2u);
        QVERIFY(!serverStatus(QStringLiteral("Kestrel Tests")).first.isEmpty());
        QTRY_VERIFY(folderIndex(window, QStringLiteral("Kestrel Renamed")).isValid());

        window.folderView()->setCurrentIndex(folderIndex(window, QStringLiteral("Kestrel Renamed")));
        window.actions()->deleteFolder->trigger();
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("deleteFolderConfirmation"));
        QVERIFY(box);
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
        QVERIFY(waitForAction(finished, 7));
        QVERIFY(!serverStatus(QStringLiteral("Kestrel Renamed")).first.isEmpty());
        QTRY_VERIFY(!folderIndex(window, QStringLiteral("Kestrel Renamed")).isValid());
    }

private:
    static void answerNameDialog(Ui::MainWindow &window, const QString &name)
    {
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QInputDialog *>(QStringLiteral("folderNameDialog"))) && dialog->isVisible());
        dialog->setTextValue(name);
        dialog->accept();
    }

    static bool waitForAction(QSignalSpy &finished, int count)
    {
        if (!QTest::qWaitFor([&] { return finished.size() >= count; }, 30000))
            return false;
        const auto error = finished.at(count - 1).at(1).value<std::optional<Error>>();
        if (error)
            qWarning("action %d failed: %s", count, qPrintable(error->toString()));
        return !error;
    }

    static QModelIndex folderIndex(Ui::MainWindow &window, const QString &fullName)
    {
        const QModelIndex account = window.folderModel()->index(0, 0);
        for (int row = 0; row < window.folderModel()->rowCount(account); ++row) {
            const QModelIndex folder = window.folderModel()->index(row, 0, account);
            if (folder.data(FolderTreeModel::FullNameRole).toString() == fullName)
                return folder;
        }
        return {};
    }

    static bool anyUnread(Ui::MainWindow &window)
    {
        for (int row = 0; row < window.messageModel()->rowCount(); ++row) {
            if (window.messageModel()->index(row, 0).data(MessageListModel::IsUnreadRole).toBool())
                return true;
        }
        return false;
    }

    // (error, messages) of a mailbox on the server, over a connection of the test's own.
    QPair<QString, quint32> serverStatus(const QString &mailbox)
    {
        DovecotClient client(m_bed.dovecot);
        if (const QString problem = client.connectAs(QStringLiteral("bob")); !problem.isEmpty())
            return {problem, 0};
        const auto result = client.run(std::make_unique<Imap::StatusCommand>(mailbox, Imap::StatusItem::Messages));
        if (!result.ok())
            return {result.error->toString(), 0};
        return {QString(), result.status.messages.value_or(0)};
    }

    QStringList serverSubscriptions()
    {
        DovecotClient client(m_bed.dovecot);
        if (!client.connectAs(QStringLiteral("bob")).isEmpty())
            return {QStringLiteral("(no connection)")};
        auto lsub = std::make_unique<Imap::ListCommand>();
        lsub->setSubscribedOnly(true);
        const auto result = client.run(std::move(lsub));
        QStringList names;
        for (const Imap::ListEntry &entry : result.mailboxes)
            names << entry.mailbox.name;
        return names;
    }

    quint32 serverUnseen(const QString &mailbox)
    {
        DovecotClient client(m_bed.dovecot);
        if (!client.connectAs(QStringLiteral("bob")).isEmpty())
            return 9999;
        const auto result = client.run(std::make_unique<Imap::StatusCommand>(mailbox, Imap::StatusItem::Unseen));
        return result.ok() ? result.status.unseen.value_or(9999) : 9999;
    }

    Test::ReadingTestBed m_bed;
};

QTEST_MAIN(TestFolderActionsDovecot)
#include "tst_folder_actions_dovecot.moc"

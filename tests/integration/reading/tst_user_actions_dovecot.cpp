// The window's message actions against the real Dovecot, wired as app/main.cpp wires them: M marks
// the selection read in the cache at once and on the server right after; Delete moves it to Trash;
// and a sync leaves recent Inbox text prefetched for offline reading.
#include "DovecotClient.h"
#include "MainWindow.h"
#include "ReadingTestBed.h"

#include "account/CredentialStore.h"
#include "cache/Database.h"
#include "cache/FolderStore.h"
#include "cache/PartStore.h"
#include "imap/commands/FetchCommand.h"
#include "imap/commands/SelectCommand.h"
#include "imap/commands/StatusCommand.h"
#include "models/MessageListModel.h"
#include "sync/SyncCoordinator.h"

#include <QAction>
#include <QMenuBar>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Kestrel;
using Kestrel::Test::DovecotClient;
using Kestrel::Test::DovecotServer;

namespace {

QAction *findAction(QWidget &window, const QString &text)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text().remove(QLatin1Char('&')) == text)
            return action;
    }
    return nullptr;
}

} // namespace

class TestUserActionsDovecot : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const QString problem = m_bed.start(QStringLiteral("actions-bob"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void syncPrefetchesRecentInboxText()
    {
        Sync::SyncCoordinator sync(cachePath(), m_credentials);
        QSignalSpy finished(&sync, &Sync::SyncCoordinator::accountFinished);
        QSignalSpy changed(&sync, &Sync::SyncCoordinator::cacheChanged);
        sync.sync(m_bob);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(!finished.first().at(1).value<std::optional<Error>>());
        Database cache;
        QVERIFY(!cache.open(cachePath(), Database::Access::ReadOnly));
        std::optional<FolderInfo> inbox;
        QVERIFY(!FolderStore(cache).findFolder(m_bob.id, QStringLiteral("INBOX"), inbox) && inbox);
        MessageListModel model(cache);
        model.setFolder(inbox->id, SpecialUse::Inbox);
        const qint64 newest = model.index(0, 0).data(MessageListModel::MessageRowIdRole).toLongLong();
        // The prefetch runs after the sync reported; the newest message (from today) gets its text.
        QTRY_VERIFY_WITH_TIMEOUT(hasCachedText(cache, newest), 30000);
    }

    void markReadAndDeleteFromTheWindow()
    {
        Database cache;
        QVERIFY(!cache.open(cachePath(), Database::Access::ReadOnly));
        Sync::SyncCoordinator sync(cachePath(), m_credentials);
        Ui::MainWindow window(cache);
        window.setAccounts({m_bob});
        QObject::connect(&sync, &Sync::SyncCoordinator::cacheChanged, &window, &Ui::MainWindow::cacheChanged);
        QObject::connect(&window, &Ui::MainWindow::messageActionRequested, &sync,
                         [this, &sync](const QString &, const Sync::UserAction &action) { sync.apply(m_bob, action); });
        QSignalSpy actions(&sync, &Sync::SyncCoordinator::actionFinished);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showFirstInbox();
        const int rows = window.messageModel()->rowCount();
        QVERIFY(rows > 2);

        // The first unread message: M marks it read.
        int row = 0;
        while (row < rows && !window.messageModel()->index(row, 0).data(MessageListModel::IsUnreadRole).toBool())
            ++row;
        QVERIFY(row < rows);
        const quint32 unreadUid = window.messageModel()->index(row, 0).data(MessageListModel::UidRole).toUInt();
        window.messageView()->setCurrentIndex(window.messageModel()->index(row, 0));
        QAction *markRead = findAction(window, QStringLiteral("Mark as Read/Unread"));
        QVERIFY(markRead);
        QCOMPARE(markRead->shortcut(), QKeySequence(Qt::Key_M));
        markRead->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(actions.size(), 1, 20000);
        QVERIFY(!actions.first().at(1).value<std::optional<Error>>());
        QTRY_VERIFY_WITH_TIMEOUT(!window.messageModel()->index(row, 0).data(MessageListModel::IsUnreadRole).toBool(), 5000);
        QVERIFY(serverFlags(unreadUid).contains("\\Seen"));

        // Delete moves the selection to Trash: gone from the list and from the server's INBOX.
        const quint32 doomedUid = window.messageModel()->index(0, 0).data(MessageListModel::UidRole).toUInt();
        window.messageView()->setCurrentIndex(window.messageModel()->index(0, 0));
        findAction(window, QStringLiteral("Delete"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(actions.size(), 2, 20000);
        QVERIFY(!actions.last().at(1).value<std::optional<Error>>());
        QTRY_COMPARE_WITH_TIMEOUT(window.messageModel()->rowCount(), rows - 1, 5000);
        QVERIFY(serverFlags(doomedUid).isEmpty());
        DovecotClient client(m_dovecot);
        QCOMPARE(client.connectAs(QStringLiteral("bob")), QString());
        const auto trash = client.run(std::make_unique<Imap::StatusCommand>(QStringLiteral("Trash"), Imap::StatusItem::Messages));
        QVERIFY(trash.ok() && *trash.status.messages >= 1);
    }

private:
    QString cachePath() const { return m_bed.cachePath(); }

    static bool hasCachedText(Database &cache, qint64 messageId)
    {
        QList<PartInfo> parts;
        if (PartStore(cache).cachedParts(messageId, parts))
            return false;
        return std::any_of(parts.begin(), parts.end(), [](const PartInfo &part) { return part.isBodyText(); });
    }

    // The message's flags on the server's INBOX, read over a second connection; empty when it is gone.
    QList<QByteArray> serverFlags(quint32 uid)
    {
        DovecotClient client(m_dovecot);
        if (!client.connectAs(QStringLiteral("bob")).isEmpty())
            return {};
        if (!client.run(std::make_unique<Imap::SelectCommand>(QStringLiteral("INBOX"), Imap::SelectCommand::Mode::Examine)).ok())
            return {};
        const auto fetched = client.run(std::make_unique<Imap::FetchCommand>(Imap::SequenceSet::fromNumbers({uid}),
                                                                              Imap::FetchItems().uid().flags()));
        if (fetched.messages.isEmpty() || !fetched.messages.first().flags)
            return {};
        QList<QByteArray> names;
        const auto &flags = *fetched.messages.first().flags;
        if (flags.system.testFlag(Imap::SystemFlag::Seen))
            names << "\\Seen";
        if (flags.system.testFlag(Imap::SystemFlag::Flagged))
            names << "\\Flagged";
        return names.isEmpty() ? QList<QByteArray>{"(none)"} : names;
    }

    Test::ReadingTestBed m_bed;
    DovecotServer &m_dovecot = m_bed.dovecot;
    CredentialStore &m_credentials = m_bed.credentials;
    AccountSettings &m_bob = m_bed.bob;
};

QTEST_MAIN(TestUserActionsDovecot)
#include "tst_user_actions_dovecot.moc"

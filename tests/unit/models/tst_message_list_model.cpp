// MessageListModel over a real SQLite cache: lazy blocks, sorting, roles, refresh keeping the
// selection, the quick filter (flags, attachment, full-text index) and lists over several folders, and
// QAbstractItemModelTester's consistency checks.
#include "cache/AccountStore.h"
#include "cache/Database.h"
#include "cache/FolderStore.h"
#include "cache/MessageStore.h"
#include "cache/SortIndexes.h"
#include "models/DisplayFormat.h"
#include "models/MessageListModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Kestrel;

namespace {

MessageSummary makeMessage(quint32 uid)
{
    MessageSummary m;
    m.uid = uid;
    m.internalDate = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).addSecs(qint64(uid) * 60);
    m.size = 1000 + uid;
    m.subject = QStringLiteral("Message %1").arg(uid, 5, 10, QLatin1Char('0'));
    m.from = {{QStringLiteral("Sender %1").arg(uid % 7), QStringLiteral("s%1@example.test").arg(uid % 7)}};
    m.to = {{QStringLiteral("Алиса"), QStringLiteral("alice@example.test")}};
    m.messageId = QStringLiteral("<m%1@example.test>").arg(uid);
    if (uid % 3 == 0)
        m.flags.system |= MessageFlag::Seen;
    if (uid % 10 == 0)
        m.flags.system |= MessageFlag::Flagged;
    m.hasAttachment = uid % 4 == 0;
    return m;
}

} // namespace

class TestMessageListModel : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_counter));
        QVERIFY(!m_writer.open(m_path));
        QVERIFY(!AccountStore(m_writer).ensureAccount(QStringLiteral("a"), QStringLiteral("A")));
        FolderInfo inbox;
        inbox.accountId = QStringLiteral("a");
        inbox.name = QStringLiteral("INBOX");
        inbox.role = SpecialUse::Inbox;
        QVERIFY(!FolderStore(m_writer).upsertFolder(inbox));
        m_folderId = inbox.id;
        QVERIFY(!m_reader.open(m_path, Database::Access::ReadOnly));
    }

    void cleanup()
    {
        m_reader.close();
        m_writer.close();
    }

    void readsLazilyNewestFirst()
    {
        insert(1, 2000);
        MessageListModel model(m_reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFolder(m_folderId, SpecialUse::Inbox);
        QCOMPARE(model.rowCount(), 2000);
        QCOMPARE(model.index(0, MessageListModel::SubjectColumn).data().toString(), QStringLiteral("Message 02000"));
        QCOMPARE(model.index(1999, MessageListModel::SubjectColumn).data().toString(), QStringLiteral("Message 00001"));
        QCOMPARE(model.index(0, MessageListModel::CorrespondentColumn).data().toString(), QStringLiteral("Sender 5"));
        QCOMPARE(model.index(0, 0).data(MessageListModel::UidRole).toUInt(), 2000u);
        QCOMPARE(model.index(0, 0).data(MessageListModel::IsUnreadRole).toBool(), true);   // 2000 % 3 != 0
        QCOMPARE(model.index(2, 0).data(MessageListModel::IsUnreadRole).toBool(), false);  // uid 1998 is \\Seen
        QCOMPARE(model.index(0, 0).data(MessageListModel::IsFlaggedRole).toBool(), true);
        QCOMPARE(model.index(0, 0).data(MessageListModel::HasAttachmentRole).toBool(), true);
    }

    void sentFolderShowsRecipients()
    {
        insert(1, 3);
        MessageListModel model(m_reader);
        model.setFolder(m_folderId, SpecialUse::Sent);
        QCOMPARE(model.headerData(MessageListModel::CorrespondentColumn, Qt::Horizontal).toString(), QStringLiteral("To"));
        QCOMPARE(model.index(0, MessageListModel::CorrespondentColumn).data().toString(), QStringLiteral("Алиса"));
    }

    void sortsBySubjectAndSize()
    {
        insert(1, 600);
        MessageListModel model(m_reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFolder(m_folderId);
        model.sort(MessageListModel::SubjectColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, MessageListModel::SubjectColumn).data().toString(), QStringLiteral("Message 00001"));
        QCOMPARE(model.index(599, MessageListModel::SubjectColumn).data().toString(), QStringLiteral("Message 00600"));
        model.sort(MessageListModel::SizeColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data(MessageListModel::SizeRole).toULongLong(), 1600ull);
        QVERIFY(!model.isSortPending()); // a short list sorts at once, before its index exists
        // ...and the indexes are made meanwhile, for the long lists sorted that way later
        QTRY_VERIFY(hasSortIndex(MessageSortColumn::Subject) && hasSortIndex(MessageSortColumn::Size));
        QVERIFY(!hasSortIndex(MessageSortColumn::From));
    }

    // A list too long to sort without the order's index keeps its old order, and says so, until the
    // index is made; then the order applies, and from then on at once.
    void longListWaitsForItsSortIndex()
    {
        const quint32 last = MessageListModel::SortWithoutIndexRows + 1;
        insert(1, last);
        MessageListModel model(m_reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFolder(m_folderId);
        QSignalSpy pending(&model, &MessageListModel::sortPendingChanged);
        model.sort(MessageListModel::SubjectColumn, Qt::AscendingOrder);
        QVERIFY(model.isSortPending());
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).at(0).toBool(), true);
        QCOMPARE(model.order().column, MessageSortColumn::Date);
        QCOMPARE(model.index(0, 0).data(MessageListModel::UidRole).toUInt(), last); // still newest first
        QTRY_VERIFY(!model.isSortPending());
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.at(1).at(0).toBool(), false);
        QCOMPARE(model.order().column, MessageSortColumn::Subject);
        QCOMPARE(model.index(0, MessageListModel::SubjectColumn).data().toString(), QStringLiteral("Message 00001"));
        QVERIFY(hasSortIndex(MessageSortColumn::Subject));

        model.sort(MessageListModel::DateColumn, Qt::DescendingOrder);
        model.sort(MessageListModel::SubjectColumn, Qt::DescendingOrder);
        QVERIFY(!model.isSortPending()); // the index is there now
        QCOMPARE(pending.size(), 2);
        QCOMPARE(model.index(0, MessageListModel::SubjectColumn).data().toString(), QStringLiteral("Message %1").arg(last));
    }

    // The user changes their mind while the index is made: the latest choice counts.
    void laterSortReplacesOneWaitingForItsIndex()
    {
        insert(1, MessageListModel::SortWithoutIndexRows + 1);
        MessageListModel model(m_reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFolder(m_folderId);
        QSignalSpy pending(&model, &MessageListModel::sortPendingChanged);
        model.sort(MessageListModel::SizeColumn, Qt::DescendingOrder);
        QVERIFY(model.isSortPending());
        model.sort(MessageListModel::DateColumn, Qt::AscendingOrder);
        QVERIFY(!model.isSortPending());
        QCOMPARE(pending.size(), 2);
        QCOMPARE(model.index(0, 0).data(MessageListModel::UidRole).toUInt(), 1u); // oldest first
        QTRY_VERIFY(hasSortIndex(MessageSortColumn::Size));
        QTest::qWait(100); // the builder's report arrives after the index is committed
        QCOMPARE(model.order().column, MessageSortColumn::Date);
        QCOMPARE(model.index(0, 0).data(MessageListModel::UidRole).toUInt(), 1u); // not by size (1000 + uid)
        QCOMPARE(pending.size(), 2);
    }

    void refreshKeepsTheSelectedMessage()
    {
        insert(1, 1000);
        MessageListModel model(m_reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFolder(m_folderId);
        QItemSelectionModel selection(&model);
        selection.setCurrentIndex(model.index(10, 0), QItemSelectionModel::SelectCurrent);
        QCOMPARE(selection.currentIndex().data(MessageListModel::UidRole).toUInt(), 990u);

        insert(1001, 1005); // five new messages arrive on top
        model.refresh();
        QCOMPARE(model.rowCount(), 1005);
        QCOMPARE(selection.currentIndex().row(), 15);
        QCOMPARE(selection.currentIndex().data(MessageListModel::UidRole).toUInt(), 990u);
    }

    void keepsOnlyAFewBlocksInMemory()
    {
        insert(1, 20000);
        MessageListModel model(m_reader);
        model.setFolder(m_folderId);
        for (int row = 0; row < model.rowCount(); row += 97)
            QVERIFY(model.index(row, 0).data(MessageListModel::UidRole).toUInt() > 0);
        QVERIFY(model.cachedRowOfUid(20000) < 0); // block 0 was evicted long ago
        QVERIFY(model.cachedRowOfUid(1) >= 0);    // the last block is cached
    }

    void quickFilterNarrowsTheListInSql()
    {
        insert(1, 3000);
        MessageListModel model(m_reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFolder(m_folderId);
        MessageFilter filter;
        filter.unreadOnly = true;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 2000); // every third message is \Seen
        QCOMPARE(model.index(0, 0).data(MessageListModel::UidRole).toUInt(), 3000u - 1); // 3000 is seen
        filter.flaggedOnly = true; // unread and flagged: uid % 10 == 0 and uid % 3 != 0
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 200);
        for (int row = 0; row < model.rowCount(); row += 37) {
            const quint32 uid = model.index(row, 0).data(MessageListModel::UidRole).toUInt();
            QVERIFY2(uid % 10 == 0 && uid % 3 != 0, qPrintable(QString::number(uid)));
        }
        filter = {};
        filter.withAttachment = true;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 750);
        QVERIFY(model.index(749, 0).data(MessageListModel::HasAttachmentRole).toBool());
        model.setFilter({});
        QCOMPARE(model.rowCount(), 3000);
    }

    void textFilterUsesTheFullTextIndex()
    {
        insert(1, 500);
        MessageListModel model(m_reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFolder(m_folderId);
        MessageFilter filter;
        filter.text = QStringLiteral("00042"); // a subject word
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(MessageListModel::UidRole).toUInt(), 42u);
        filter.text = QStringLiteral("sender 3"); // name words; the last one a prefix, as while typing
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 72); // uid % 7 == 3 among 1..500
        filter.text = QStringLiteral("s3@exam");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 72);
        filter.unreadOnly = true;
        model.setFilter(filter);
        QVERIFY(model.rowCount() > 0 && model.rowCount() < 72);
        filter = {};
        filter.text = QStringLiteral("\"(*) OR"); // operators are text, never an FTS syntax error
        QSignalSpy errors(&model, &MessageListModel::errorOccurred);
        model.setFilter(filter);
        QCOMPARE(errors.size(), 0);
        QCOMPARE(model.rowCount(), 0);
        filter.text = QStringLiteral("алиса"); // recipient names are indexed too, in any case
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 500);
    }

    void filterKeepsTheSelectedMessageWhenItStillMatches()
    {
        insert(1, 1000);
        MessageListModel model(m_reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFolder(m_folderId);
        QItemSelectionModel selection(&model);
        selection.setCurrentIndex(model.index(10, 0), QItemSelectionModel::SelectCurrent); // uid 990, flagged
        MessageFilter filter;
        filter.flaggedOnly = true;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(selection.currentIndex().data(MessageListModel::UidRole).toUInt(), 990u);
        QCOMPARE(selection.currentIndex().row(), 1);
        model.setFolder(m_folderId); // another folder (or the same again) starts unfiltered
        QCOMPARE(model.rowCount(), 1000);
        QVERIFY(model.filter().isEmpty());
    }

    void listsSeveralFoldersAsOne()
    {
        insert(1, 300);
        FolderInfo other;
        other.accountId = QStringLiteral("a");
        other.name = QStringLiteral("Other");
        QVERIFY(!FolderStore(m_writer).upsertFolder(other));
        QList<MessageSummary> batch;
        for (quint32 uid = 1; uid <= 100; ++uid) {
            MessageSummary m = makeMessage(uid);
            m.internalDate = m.internalDate.addSecs(30); // interleaved with the first folder's
            batch << m;
        }
        QVERIFY(!MessageStore(m_writer).upsertMessages(other.id, batch));
        MessageListModel model(m_reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFolders({m_folderId, other.id});
        QCOMPARE(model.rowCount(), 400);
        QCOMPARE(model.folderId(), 0);
        // Newest first across both folders: uid 300 of the first, ..., uid 100 of Other after uid 100.
        QCOMPARE(model.index(0, 0).data(MessageListModel::FolderIdRole).toLongLong(), m_folderId);
        const int row = 300 - 100; // 200 rows of the first folder are newer than Other's newest
        QCOMPARE(model.index(row, 0).data(MessageListModel::FolderIdRole).toLongLong(), other.id);
        QCOMPARE(model.index(row, 0).data(MessageListModel::UidRole).toUInt(), 100u);
        QCOMPARE(model.index(row, 0).data(MessageListModel::AccountIdRole).toString(), QStringLiteral("a"));
        QVERIFY(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsDragEnabled));
        MessageFilter filter;
        filter.flaggedOnly = true;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 40);
    }

    void listDateShowsTimeOnlyForToday()
    {
        // A fixed "now": with the clock's, the first minute after midnight made "a minute ago" yesterday.
        const QDateTime now(QDate(2026, 3, 10), QTime(14, 30));
        const QString today = DisplayFormat::listDate(now.addSecs(-60), now);
        const QString older = DisplayFormat::listDate(now.addDays(-3), now);
        QCOMPARE(today, QLocale().toString(now.addSecs(-60).time(), QLocale::ShortFormat));
        QVERIFY(older.size() > today.size());
    }

private:
    bool hasSortIndex(MessageSortColumn column)
    {
        bool present = false;
        return !SortIndexes::exists(m_reader, column, present) && present;
    }

    void insert(quint32 first, quint32 last)
    {
        QList<MessageSummary> batch;
        for (quint32 uid = first; uid <= last; ++uid)
            batch << makeMessage(uid);
        QVERIFY(!MessageStore(m_writer).upsertMessages(m_folderId, batch));
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    Database m_writer;
    Database m_reader;
    qint64 m_folderId = 0;
};

QTEST_GUILESS_MAIN(TestMessageListModel)
#include "tst_message_list_model.moc"

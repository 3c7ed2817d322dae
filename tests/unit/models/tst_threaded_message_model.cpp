// ThreadedMessageModel and MessageThreads over a real SQLite cache: replies under their nearest
// ancestor present (In-Reply-To, then References), loops ignored, threads ordered by their newest
// message, the quick filter, refresh keeping selected rows, QAbstractItemModelTester's checks, and the
// time to thread 100k messages (printed, not asserted).
#include "cache/AccountStore.h"
#include "cache/Database.h"
#include "cache/FolderStore.h"
#include "cache/MessageStore.h"
#include "models/MessageListModel.h"
#include "models/ThreadedMessageModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Kestrel;

namespace {

MessageSummary message(quint32 uid, const QString &id, const QString &inReplyTo = {}, const QStringList &refs = {})
{
    MessageSummary m;
    m.uid = uid;
    m.internalDate = QDateTime(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::utc()).addSecs(qint64(uid) * 60);
    m.subject = QStringLiteral("Subject %1").arg(uid);
    m.from = {{QStringLiteral("Sender"), QStringLiteral("sender@example.test")}};
    m.messageId = QStringLiteral("<%1@example.test>").arg(id);
    if (!inReplyTo.isEmpty())
        m.inReplyTo = QStringLiteral("<%1@example.test>").arg(inReplyTo);
    for (const QString &ref : refs)
        m.references << QStringLiteral("<%1@example.test>").arg(ref);
    m.flags.system |= MessageFlag::Seen;
    return m;
}

QList<quint32> uidsUnder(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QList<quint32> uids;
    for (int row = 0; row < model.rowCount(parent); ++row)
        uids << model.index(row, 0, parent).data(MessageListModel::UidRole).toUInt();
    return uids;
}

} // namespace

class TestThreadedMessageModel : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_counter));
        QVERIFY(!m_writer.open(path));
        QVERIFY(!AccountStore(m_writer).ensureAccount(QStringLiteral("a"), QStringLiteral("A")));
        FolderInfo inbox;
        inbox.accountId = QStringLiteral("a");
        inbox.name = QStringLiteral("INBOX");
        QVERIFY(!FolderStore(m_writer).upsertFolder(inbox));
        m_folderId = inbox.id;
        QVERIFY(!m_reader.open(path, Database::Access::ReadOnly));
    }

    void cleanup()
    {
        m_reader.close();
        m_writer.close();
    }

    void repliesHangUnderTheirNearestAncestor()
    {
        // Thread A: 1 <- 2 <- 4 (4 names 1 and 2; its In-Reply-To is missing), 1 <- 6 (References only)
        // Thread B: 3 <- 5, where 5's parent is a message not in the folder but its grandparent is.
        // Thread C: 7, a reply to a message we do not have: a thread of its own.
        store({message(1, QStringLiteral("a1")), message(2, QStringLiteral("a2"), QStringLiteral("a1"), {QStringLiteral("a1")}),
               message(3, QStringLiteral("b1")),
               message(4, QStringLiteral("a3"), {}, {QStringLiteral("a1"), QStringLiteral("a2")}),
               message(5, QStringLiteral("b3"), QStringLiteral("b2"), {QStringLiteral("b1"), QStringLiteral("b2")}),
               message(6, QStringLiteral("a4"), {}, {QStringLiteral("a1")}),
               message(7, QStringLiteral("c2"), QStringLiteral("c1"))});
        ThreadedMessageModel model(m_reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(built(model, [&] { model.setScope(MessageScope{{m_folderId}, {}}); }));
        QCOMPARE(model.messageCount(), 7);
        // Newest activity first: C (7), A (newest 6), B (newest 5).
        QCOMPARE(uidsUnder(model, {}), (QList<quint32>{7, 1, 3}));
        const QModelIndex a = model.index(1, 0);
        QCOMPARE(uidsUnder(model, a), (QList<quint32>{2, 6})); // replies in date order
        const QModelIndex a2 = model.index(0, 0, a);
        QCOMPARE(uidsUnder(model, a2), (QList<quint32>{4}));
        QCOMPARE(model.parent(model.index(0, MessageListModel::SubjectColumn, a2)), a2);
        QCOMPARE(uidsUnder(model, model.index(2, 0)), (QList<quint32>{5}));
        QCOMPARE(model.index(0, MessageListModel::SubjectColumn, a2).data().toString(), QStringLiteral("Subject 4"));
        QCOMPARE(model.summaryAt(model.index(0, 0, a2))->uid, 4u);
        QCOMPARE(a.data(MessageListModel::ThreadSizeRole).toInt(), 4); // 1, 2, 4 and 6
        QCOMPARE(a2.data(MessageListModel::ThreadSizeRole).toInt(), 2);
        QCOMPARE(model.index(0, 0).data(MessageListModel::ThreadSizeRole).toInt(), 1);

        QVERIFY(built(model, [&] { model.sort(MessageListModel::DateColumn, Qt::AscendingOrder); })); // oldest activity first
        QCOMPARE(uidsUnder(model, {}), (QList<quint32>{3, 1, 7}));
    }

    void loopsInBrokenHeadersAreIgnored()
    {
        // x names y as its parent and y names x: one of them must stay a thread's first message.
        store({message(1, QStringLiteral("x"), QStringLiteral("y")), message(2, QStringLiteral("y"), QStringLiteral("x")),
               message(3, QStringLiteral("self"), QStringLiteral("self"))});
        ThreadedMessageModel model(m_reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(built(model, [&] { model.setScope(MessageScope{{m_folderId}, {}}); }));
        QCOMPARE(model.rowCount(), 2);
        int total = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            total += 1 + model.rowCount(model.index(row, 0));
        QCOMPARE(total, 3);
    }

    void filterAndRefreshKeepTheSelectedMessage()
    {
        QList<MessageSummary> batch{message(1, QStringLiteral("r")), message(2, QStringLiteral("s"), QStringLiteral("r")),
                                    message(3, QStringLiteral("t"))};
        batch[1].flags.system = MessageFlag::Flagged; // unread and flagged
        store(batch);
        ThreadedMessageModel model(m_reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(built(model, [&] { model.setScope(MessageScope{{m_folderId}, {}}); }));
        QItemSelectionModel selection(&model);
        const QModelIndex reply = model.index(0, 0, model.index(1, 0));
        QCOMPARE(reply.data(MessageListModel::UidRole).toUInt(), 2u);
        selection.setCurrentIndex(reply, QItemSelectionModel::SelectCurrent);

        MessageSummary unreadReply = message(4, QStringLiteral("u"), QStringLiteral("s"));
        unreadReply.flags.system = {};
        store({unreadReply}); // a reply to the reply arrives
        QVERIFY(built(model, [&] { model.refresh(); }));
        QCOMPARE(model.messageCount(), 4);
        QCOMPARE(selection.currentIndex().data(MessageListModel::UidRole).toUInt(), 2u);
        QCOMPARE(uidsUnder(model, selection.currentIndex()), (QList<quint32>{4}));

        MessageFilter unread;
        unread.unreadOnly = true;
        QVERIFY(built(model, [&] { model.setFilter(unread); })); // 2 (unread) and 4 (unread): 4 still hangs under 2
        QCOMPARE(model.messageCount(), 2);
        QCOMPARE(uidsUnder(model, {}), (QList<quint32>{2}));
        QCOMPARE(selection.currentIndex().data(MessageListModel::UidRole).toUInt(), 2u);
        MessageFilter text;
        text.text = QStringLiteral("subject 3");
        QVERIFY(built(model, [&] { model.setFilter(text); }));
        QCOMPARE(uidsUnder(model, {}), (QList<quint32>{3}));
        QVERIFY(!selection.currentIndex().isValid()); // the selected message does not match
    }

    void threadsAHundredThousandMessages()
    {
        // 100k messages in 10k threads of 10 (each reply names the thread's first message and its parent).
        QList<MessageSummary> batch;
        batch.reserve(5000);
        QElapsedTimer fill;
        fill.start();
        for (quint32 uid = 1; uid <= 100000; ++uid) {
            const quint32 first = uid - (uid - 1) % 10;
            const QString id = QString::number(uid);
            batch << (first == uid ? message(uid, id)
                                   : message(uid, id, QString::number(uid - 1), {QString::number(first), QString::number(uid - 1)}));
            if (batch.size() == 5000) {
                store(batch);
                batch.clear();
            }
        }
        qInfo("filled 100k messages in %lld ms", fill.elapsed());
        ThreadedMessageModel model(m_reader);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(built(model, [&] { model.setScope(MessageScope{{m_folderId}, {}}); }));
        const qint64 build = timer.elapsed();
        QCOMPARE(model.messageCount(), 100000);
        QCOMPARE(model.rowCount(), 10000);
        QCOMPARE(model.rowCount(model.index(0, 0)), 1); // a chain: each reply under the one before
        timer.restart();
        int shown = 0;
        for (int row = 0; row < model.rowCount(); row += 53)
            shown += model.index(row, MessageListModel::SubjectColumn).data().toString().isEmpty() ? 0 : 1;
        QVERIFY(shown > 0);
        qInfo("threads of 100k messages: shown in %lld ms (built in %lld ms on a pool thread), %d threads, sampled rows read in %lld ms",
              build, model.lastBuildMs(), model.rowCount(), timer.elapsed());
    }

private:
    // Runs a change and waits for the tree it asks for (built on a pool thread).
    static bool built(ThreadedMessageModel &model, const std::function<void()> &change)
    {
        QSignalSpy ready(&model, &ThreadedMessageModel::threadsReady);
        change();
        return ready.wait(60000) && !model.isBuilding();
    }

    void store(const QList<MessageSummary> &messages)
    {
        QVERIFY(!MessageStore(m_writer).upsertMessages(m_folderId, messages));
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    Database m_writer;
    Database m_reader;
    qint64 m_folderId = 0;
};

QTEST_GUILESS_MAIN(TestThreadedMessageModel)
#include "tst_threaded_message_model.moc"

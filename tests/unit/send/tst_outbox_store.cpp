// OutboxStore on a real SQLite file: what is added survives closing the database, and each state of the
// sending state machine is stored as it is set.
#include "cache/Database.h"
#include "send/OutboxStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel;
using namespace Kestrel::Send;

#define STORE_OK(expr)                                                                                                 \
    do {                                                                                                               \
        const auto storeError = (expr);                                                                                \
        QVERIFY2(!storeError, storeError ? qPrintable(storeError->toString()) : "");                                  \
    } while (false)

namespace {

OutboxEntry sampleEntry()
{
    OutboxEntry entry;
    entry.accountId = QStringLiteral("acc-1");
    entry.messageId = "<abc@example.test>";
    entry.mailFrom = QStringLiteral("alice@example.test");
    entry.recipients = {QStringLiteral("bob@example.test"), QStringLiteral("carol@example.test")};
    entry.message = QByteArray("Subject: x\r\n\r\nbody \xff\x00 binary\r\n", 30);
    entry.subject = QStringLiteral("Отчёт");
    entry.origin = OutgoingMessage::Origin::Reply;
    entry.originFolder = QStringLiteral("INBOX");
    entry.originUid = 42;
    return entry;
}

} // namespace

class TestOutboxStore : public QObject
{
    Q_OBJECT
private slots:
    void entrySurvivesReopeningTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        OutboxEntry entry = sampleEntry();
        {
            Database db;
            STORE_OK(db.open(path));
            OutboxStore store(db);
            STORE_OK(store.add(entry));
            QVERIFY(entry.id > 0);
        }
        Database db;
        STORE_OK(db.open(path));
        OutboxStore store(db);
        std::optional<OutboxEntry> read;
        STORE_OK(store.get(entry.id, read));
        QVERIFY(read.has_value());
        QCOMPARE(read->message, entry.message);
        QCOMPARE(read->recipients, entry.recipients);
        QCOMPARE(read->messageId, entry.messageId);
        QCOMPARE(read->subject, entry.subject);
        QCOMPARE(read->state, OutboxState::Queued);
        QCOMPARE(read->origin, OutgoingMessage::Origin::Reply);
        QCOMPARE(read->originUid, 42u);
        QVERIFY(read->created.isValid());
        QVERIFY(!read->nextAttempt.isValid());
    }

    void statesFailuresRetryAndRemoval()
    {
        QTemporaryDir dir;
        Database db;
        STORE_OK(db.open(dir.filePath(QStringLiteral("cache.sqlite"))));
        OutboxStore store(db);
        OutboxEntry entry = sampleEntry();
        STORE_OK(store.add(entry));
        OutboxEntry other = sampleEntry();
        other.accountId = QStringLiteral("acc-2");
        STORE_OK(store.add(other));

        STORE_OK(store.setState(entry.id, OutboxState::DataCommitted));
        std::optional<OutboxEntry> read;
        STORE_OK(store.get(entry.id, read));
        QCOMPARE(read->state, OutboxState::DataCommitted);

        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(60);
        STORE_OK(store.fail(entry.id, QStringLiteral("421 try later"), later));
        STORE_OK(store.get(entry.id, read));
        QCOMPARE(read->state, OutboxState::Queued);
        QCOMPARE(read->attempts, 1);
        QCOMPARE(read->lastError, QStringLiteral("421 try later"));
        QCOMPARE(read->nextAttempt.toMSecsSinceEpoch(), later.toMSecsSinceEpoch());

        STORE_OK(store.fail(entry.id, QStringLiteral("550 no"), QDateTime()));
        STORE_OK(store.get(entry.id, read));
        QCOMPARE(read->state, OutboxState::Failed);
        QCOMPARE(read->attempts, 2);

        STORE_OK(store.keepRecipients(entry.id, {QStringLiteral("carol@example.test")}));
        STORE_OK(store.retry(entry.id));
        STORE_OK(store.setFiled(entry.id));
        STORE_OK(store.get(entry.id, read));
        QCOMPARE(read->state, OutboxState::Queued);
        QVERIFY(!read->nextAttempt.isValid());
        QCOMPARE(read->recipients, QStringList{QStringLiteral("carol@example.test")});
        QVERIFY(read->filed);

        // A delivered message is not turned back into a queued one: that would send it twice.
        STORE_OK(store.setState(other.id, OutboxState::Delivered));
        STORE_OK(store.retry(other.id));
        STORE_OK(store.get(other.id, read));
        QCOMPARE(read->state, OutboxState::Delivered);

        QList<OutboxEntry> entries;
        STORE_OK(store.list(QStringLiteral("acc-2"), entries));
        QCOMPARE(entries.size(), 1);
        STORE_OK(store.list(QString(), entries));
        QCOMPARE(entries.size(), 2);
        STORE_OK(store.remove(entry.id));
        int count = -1;
        STORE_OK(store.count(QString(), count));
        QCOMPARE(count, 1);
        STORE_OK(store.get(entry.id, read));
        QVERIFY(!read.has_value());
    }
};

QTEST_GUILESS_MAIN(TestOutboxStore)
#include "tst_outbox_store.moc"

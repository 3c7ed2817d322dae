#include "net/ProtocolLog.h"

#include <QTest>
#include <QThread>

using Kestrel::ProtocolLog;

class TestProtocolLog : public QObject
{
    Q_OBJECT
private slots:
    void dropsOldestBeyondTheBound()
    {
        ProtocolLog log(3);
        for (int i = 0; i < 5; ++i)
            log.append(QStringLiteral("c"), ProtocolLog::Direction::Sent, QByteArray::number(i));
        const auto entries = log.entries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.first().text, QByteArray("2"));
        QCOMPARE(entries.last().text, QByteArray("4"));
    }

    void truncatesHugeEntries()
    {
        ProtocolLog log(10, 8);
        log.append(QStringLiteral("c"), ProtocolLog::Direction::Received, QByteArray(100, 'x'));
        QCOMPARE(log.entries().first().text, QByteArray("xxxxxxxx... [92 more bytes]"));
    }

    void appendsFromManyThreads()
    {
        ProtocolLog log(100000);
        QList<QThread *> threads;
        for (int t = 0; t < 4; ++t) {
            threads << QThread::create([&log] {
                for (int i = 0; i < 1000; ++i)
                    log.append(QStringLiteral("c"), ProtocolLog::Direction::Event, "x");
            });
            threads.last()->start();
        }
        for (QThread *thread : std::as_const(threads)) {
            QVERIFY(thread->wait(10000));
            delete thread;
        }
        QCOMPARE(log.entries().size(), 4000);
    }
};

QTEST_GUILESS_MAIN(TestProtocolLog)
#include "tst_protocol_log.moc"

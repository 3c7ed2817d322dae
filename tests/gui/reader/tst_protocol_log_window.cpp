// The protocol log window on a log fed by hand: credentials that reach the log in a sent line are
// redacted whatever the protocol code did (IMAP LOGIN with quoted names, AUTH/AUTHENTICATE with an
// initial response), SCRAM's first message (no secret) stays readable, new lines appear while the
// window is open, and the window keeps a bounded number of lines.
#include "log/ProtocolLogWindow.h"

#include "net/ProtocolLog.h"

#include <QPlainTextEdit>
#include <QTest>

using namespace Kestrel;

class TestProtocolLogWindow : public QObject
{
    Q_OBJECT
private slots:
    void credentialsAreRedacted_data()
    {
        QTest::addColumn<QByteArray>("sent");
        QTest::addColumn<QByteArray>("shown");
        QTest::newRow("imap login") << QByteArray("a1 LOGIN bob hunter2") << QByteArray("a1 LOGIN bob [redacted]");
        QTest::newRow("quoted") << QByteArray("a1 login \"bob \\\"b\\\" smith\" \"hunter 2\"")
                                << QByteArray("a1 login \"bob \\\"b\\\" smith\" [redacted]");
        QTest::newRow("imap plain") << QByteArray("a2 AUTHENTICATE PLAIN AGJvYgBodW50ZXIy") << QByteArray("a2 AUTHENTICATE PLAIN [redacted]");
        QTest::newRow("smtp plain") << QByteArray("AUTH PLAIN AGJvYgBodW50ZXIy") << QByteArray("AUTH PLAIN [redacted]");
        QTest::newRow("oauth") << QByteArray("auth xoauth2 dXNlcj1ib2IBYXV0aD1CZWFyZXIgeHl6AQE=") << QByteArray("auth xoauth2 [redacted]");
        QTest::newRow("scram stays") << QByteArray("a3 AUTHENTICATE SCRAM-SHA-256 biwsbj1ib2Iscj1hYmM=")
                                     << QByteArray("a3 AUTHENTICATE SCRAM-SHA-256 biwsbj1ib2Iscj1hYmM=");
        QTest::newRow("already redacted") << QByteArray("AUTH PLAIN [redacted]") << QByteArray("AUTH PLAIN [redacted]");
        QTest::newRow("other commands") << QByteArray("a4 SELECT INBOX") << QByteArray("a4 SELECT INBOX");
    }

    void credentialsAreRedacted()
    {
        QFETCH(QByteArray, sent);
        QFETCH(QByteArray, shown);
        ProtocolLog log;
        log.append(QStringLiteral("test"), ProtocolLog::Direction::Sent, sent);
        Ui::ProtocolLogWindow window(&log);
        window.refresh();
        QVERIFY2(window.text()->toPlainText().endsWith(QString::fromUtf8(" C: " + shown)), qPrintable(window.text()->toPlainText()));
    }

    void newLinesAppearAndTheViewStaysBounded()
    {
        ProtocolLog log(100000);
        Ui::ProtocolLogWindow window(&log);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        log.append(QStringLiteral("imap 127.0.0.1:993"), ProtocolLog::Direction::Received, "* OK ready");
        QTRY_VERIFY(window.text()->toPlainText().contains(QStringLiteral("imap 127.0.0.1:993 S: * OK ready")));
        for (int i = 0; i < Ui::ProtocolLogWindow::MaxLines + 500; ++i)
            log.append(QStringLiteral("c"), ProtocolLog::Direction::Event, "line " + QByteArray::number(i));
        window.refresh();
        QCOMPARE(window.text()->blockCount(), Ui::ProtocolLogWindow::MaxLines);
        QVERIFY(window.text()->toPlainText().endsWith(QStringLiteral("line %1").arg(Ui::ProtocolLogWindow::MaxLines + 499)));
        QCOMPARE(log.entriesSince(log.entries().last().sequence).size(), 0);
    }
};

QTEST_MAIN(TestProtocolLogWindow)
#include "tst_protocol_log_window.moc"

// Which failed tries the outbox retries by itself (network, 4xx) and which wait for the user, and the
// back-off between tries.
#include "send/SendErrors.h"
#include "smtp/SmtpErrors.h"

#include <QTest>

using namespace Kestrel;
using namespace Kestrel::Send;
using Kestrel::Smtp::SmtpErrors;
using Kestrel::Smtp::SmtpReply;

namespace {

SmtpReply reply(int code, const QByteArray &text)
{
    SmtpReply r;
    r.code = code;
    r.lines = {text};
    return r;
}

} // namespace

class TestSendErrors : public QObject
{
    Q_OBJECT
private slots:
    void temporaryOrForTheUser()
    {
        const QString server = QStringLiteral("smtp.example.test:587");
        QVERIFY(SendErrors::isTemporary(SmtpErrors::connectionClosed(server, QStringLiteral("DATA"))));
        QVERIFY(SendErrors::isTemporary(SmtpErrors::rejected(server, QStringLiteral("MAIL FROM"), reply(451, "try later"))));
        // Every recipient refused: greylisting (4xx) comes back by itself, one 5xx does not.
        QVERIFY(SendErrors::isTemporary(SmtpErrors::allRecipientsRejected(
            server, {QStringLiteral("a@example.test (450 4.2.0 greylisted)"), QStringLiteral("b@example.test (451 later)")})));
        QVERIFY(!SendErrors::isTemporary(SmtpErrors::allRecipientsRejected(
            server, {QStringLiteral("a@example.test (450 4.2.0 greylisted)"), QStringLiteral("b@example.test (550 5.1.1 unknown)")})));
        QVERIFY(!SendErrors::isTemporary(SmtpErrors::rejected(server, QStringLiteral("RCPT TO"), reply(550, "no such user"))));
        QVERIFY(!SendErrors::isTemporary(SmtpErrors::authenticationFailed(server, "PLAIN", reply(535, "bad credentials"))));
        QVERIFY(!SendErrors::isTemporary(SmtpErrors::messageTooLarge(server, 5000, 2000)));
        QVERIFY(!SendErrors::isTemporary(SmtpErrors::untrustedCertificate(server, QStringLiteral("self-signed"))));
    }

    void backOffDoublesUpToAnHour()
    {
        const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        QCOMPARE(now.secsTo(SendErrors::nextAttempt(1, now)), 60);
        QCOMPARE(now.secsTo(SendErrors::nextAttempt(2, now)), 120);
        QCOMPARE(now.secsTo(SendErrors::nextAttempt(4, now)), 480);
        QCOMPARE(now.secsTo(SendErrors::nextAttempt(7, now)), 3600);
        QCOMPARE(now.secsTo(SendErrors::nextAttempt(50, now)), 3600);
    }
};

QTEST_GUILESS_MAIN(TestSendErrors)
#include "tst_send_errors.moc"

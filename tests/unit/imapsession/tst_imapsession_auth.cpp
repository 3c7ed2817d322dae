// Authentication transcripts (RFC 3501 6.2, RFC 4959 SASL-IR, RFC 4616 PLAIN, RFC 7677 SCRAM):
// mechanism choice and every fallback, capability refresh, errors quoting the server, redaction.
#include "SessionHarness.h"

#include "imap/commands/LoginCommand.h"
#include "imap/commands/NoopCommand.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QSignalSpy>

using namespace Kestrel;
using namespace Kestrel::Imap;
using Kestrel::Test::Harness;

using Lines = QList<QByteArray>;

namespace {

const QByteArray PlainAliceSecret = QByteArray("\0alice\0secret", 13).toBase64();

std::unique_ptr<LoginCommand> login(const QString &password = QStringLiteral("secret"))
{
    return std::make_unique<LoginCommand>(QStringLiteral("alice"), password);
}

QByteArray attribute(const QByteArray &message, char key)
{
    for (const QByteArray &part : message.split(',')) {
        if (part.size() >= 2 && part[0] == key && part[1] == '=')
            return part.mid(2);
    }
    return {};
}

// The server side of SCRAM-SHA-256 (RFC 5802 3), to answer the client in a transcript.
struct ScramServer {
    QByteArray password = "secret";
    QByteArray salt = "NaCl-salt-16byte";
    QByteArray clientFirstBare;
    QByteArray serverFirst;

    QByteArray first(const QByteArray &clientFirst)
    {
        clientFirstBare = clientFirst.mid(3); // after "n,,"
        serverFirst = "r=" + attribute(clientFirstBare, 'r') + "srvNonce,s=" + salt.toBase64() + ",i=4096";
        return serverFirst;
    }
    // Returns the server signature, or empty when the client's proof is wrong.
    QByteArray final(const QByteArray &clientFinal)
    {
        const auto hash = QCryptographicHash::Sha256;
        const QByteArray withoutProof = clientFinal.left(clientFinal.indexOf(",p="));
        const QByteArray authMessage = clientFirstBare + ',' + serverFirst + ',' + withoutProof;
        const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(hash, password, salt, 4096, 32);
        const QByteArray clientKey = QMessageAuthenticationCode::hash("Client Key", salted, hash);
        const QByteArray storedKey = QCryptographicHash::hash(clientKey, hash);
        const QByteArray signature = QMessageAuthenticationCode::hash(authMessage, storedKey, hash);
        const QByteArray proof = QByteArray::fromBase64(attribute(clientFinal, 'p'));
        QByteArray recovered(proof.size(), '\0');
        for (qsizetype i = 0; i < proof.size(); ++i)
            recovered[i] = char(proof[i] ^ signature[i]);
        if (QCryptographicHash::hash(recovered, hash) != storedKey)
            return {};
        const QByteArray serverKey = QMessageAuthenticationCode::hash("Server Key", salted, hash);
        return QMessageAuthenticationCode::hash(authMessage, serverKey, hash);
    }
};

} // namespace

class TestImapSessionAuth : public QObject
{
    Q_OBJECT
private slots:
    void plainWithSaslIr()
    {
        Harness h("IMAP4rev1 AUTH=PLAIN SASL-IR", false);
        auto result = h.run(login());
        QCOMPARE(h.C(), Lines{"a1 AUTHENTICATE PLAIN " + PlainAliceSecret});
        h.S("a1 OK [CAPABILITY IMAP4rev1 IDLE MOVE] Logged in");
        QCOMPARE(result->calls, 1);
        QVERIFY(result->result.ok());
        QCOMPARE(result->result.mechanism, QByteArray("PLAIN"));
        QCOMPARE(h.session->state(), SessionState::Authenticated);
        QVERIFY(h.session->capabilities().has("MOVE")); // refreshed from the OK's code
        QCOMPARE(h.C(), Lines()); // no CAPABILITY needed
        QVERIFY(h.logText().contains("a1 AUTHENTICATE PLAIN [redacted]"));
        QVERIFY(!h.logText().contains(PlainAliceSecret));
    }

    void plainWithoutSaslIrThenAsksForCapabilities()
    {
        Harness h("IMAP4rev1 AUTH=PLAIN", false);
        auto result = h.run(login());
        QCOMPARE(h.C(), Lines{"a1 AUTHENTICATE PLAIN"});
        h.S("+ ");
        QCOMPARE(h.C(), Lines{PlainAliceSecret});
        h.S("a1 OK Logged in");
        QCOMPARE(h.C(), Lines{"a2 CAPABILITY"}); // RFC 3501 6.2.2: capabilities may change
        QVERIFY(!result->done());
        h.S("* CAPABILITY IMAP4rev1 IDLE XAFTERLOGIN");
        h.S("a2 OK");
        QCOMPARE(result->calls, 1);
        QVERIFY(result->result.ok());
        QVERIFY(h.session->capabilities().has("XAFTERLOGIN"));
        QVERIFY(h.logText().contains("[redacted]"));
        QVERIFY(!h.logText().contains(PlainAliceSecret));
    }

    void untaggedCapabilityDuringLoginCounts()
    {
        Harness h("IMAP4rev1 AUTH=PLAIN SASL-IR", false);
        auto result = h.run(login());
        h.C();
        h.S("* CAPABILITY IMAP4rev1 QRESYNC");
        h.S("a1 OK Logged in");
        QCOMPARE(result->calls, 1);
        QCOMPARE(h.C(), Lines());
        QVERIFY(h.session->capabilities().has("QRESYNC"));
    }

    void loginWhenNoSaslMechanism()
    {
        Harness h("IMAP4rev1", false);
        auto result = h.run(login());
        QCOMPARE(h.C(), Lines{"a1 LOGIN alice secret"});
        h.S("a1 OK [CAPABILITY IMAP4rev1] Logged in");
        QCOMPARE(result->result.mechanism, QByteArray("LOGIN"));
        QVERIFY(h.logText().contains("a1 LOGIN alice [redacted]"));
        QVERIFY(!h.logText().contains("secret"));
    }

    void loginPasswordAsSynchronizingLiteral()
    {
        Harness h("IMAP4rev1", false);
        auto result = h.run(login(QStringLiteral("pässword")));
        QCOMPARE(h.C(), Lines{"a1 LOGIN alice {9}"});
        h.S("+ go");
        QCOMPARE(h.C(), Lines{QByteArray("p\xc3\xa4ssword")});
        h.S("a1 OK [CAPABILITY IMAP4rev1] Logged in");
        QVERIFY(result->result.ok());
        QVERIFY(!h.logText().contains("ssword"));
    }

    void loginDisabledIsHonoured()
    {
        Harness h("IMAP4rev1 STARTTLS LOGINDISABLED", false);
        auto result = h.run(login());
        h.settle();
        QCOMPARE(h.C(), Lines());
        QCOMPARE(result->calls, 1);
        QCOMPARE(result->result.error->code, Error::Code::Authentication);
        QVERIFY(result->result.error->userMessage.contains(QStringLiteral("imap.test:993")));
    }

    void loginDisabledWithUnknownMechanisms()
    {
        Harness h("IMAP4rev1 LOGINDISABLED AUTH=GSSAPI", false);
        auto result = h.run(login());
        h.settle();
        QCOMPARE(h.C(), Lines());
        QCOMPARE(result->result.error->code, Error::Code::Authentication);
        QVERIFY(result->result.error->detail.contains(QStringLiteral("AUTH=GSSAPI")));
    }

    void wrongPasswordQuotesTheServer()
    {
        Harness h("IMAP4rev1 AUTH=PLAIN SASL-IR", false);
        auto result = h.run(login(QStringLiteral("wrong")));
        h.C();
        h.S("a1 NO [AUTHENTICATIONFAILED] Authentication failed.");
        QCOMPARE(result->calls, 1);
        QCOMPARE(result->result.error->code, Error::Code::Authentication);
        QVERIFY(result->result.error->userMessage.contains(QStringLiteral("Authentication failed.")));
        QVERIFY(!result->result.error->detail.contains(QStringLiteral("wrong")));
        QCOMPARE(h.session->state(), SessionState::NotAuthenticated);
    }

    void scramSha256IsPreferredAndVerified()
    {
        Harness h("IMAP4rev1 AUTH=PLAIN AUTH=SCRAM-SHA-256 SASL-IR", false);
        auto result = h.run(login());
        const Lines first = h.C();
        QCOMPARE(first.size(), 1);
        QVERIFY(first[0].startsWith("a1 AUTHENTICATE SCRAM-SHA-256 "));
        const QByteArray clientFirst = QByteArray::fromBase64(first[0].mid(30));
        QVERIFY2(clientFirst.startsWith("n,,n=alice,r="), clientFirst.constData());
        ScramServer server;
        h.S("+ " + server.first(clientFirst).toBase64());
        const Lines final = h.C();
        QCOMPARE(final.size(), 1);
        const QByteArray signature = server.final(QByteArray::fromBase64(final[0]));
        QVERIFY2(!signature.isEmpty(), "the client proof must verify");
        h.S("+ " + QByteArray("v=" + signature.toBase64()).toBase64());
        QCOMPARE(h.C(), Lines{QByteArray()}); // the empty response after the server's proof
        h.S("a1 OK [CAPABILITY IMAP4rev1] Logged in");
        QVERIFY(result->result.ok());
        QCOMPARE(result->result.mechanism, QByteArray("SCRAM-SHA-256"));
        QVERIFY(!h.logText().contains(final[0]));
    }

    void scramWithWrongServerSignatureAborts()
    {
        Harness h("IMAP4rev1 AUTH=SCRAM-SHA-256", false);
        QSignalSpy failed(h.session.get(), &ImapSession::failed);
        auto result = h.run(login());
        QCOMPARE(h.C(), Lines{"a1 AUTHENTICATE SCRAM-SHA-256"});
        h.S("+ ");
        ScramServer server;
        const Lines first = h.C();
        h.S("+ " + server.first(QByteArray::fromBase64(first.value(0))).toBase64());
        h.C();
        h.S("+ " + QByteArray("v=" + QByteArray(32, 'x').toBase64()).toBase64());
        QCOMPARE(h.C(), Lines{"*"}); // RFC 3501 6.2.2: cancel the exchange
        QCOMPARE(result->calls, 1);
        QCOMPARE(result->result.error->code, Error::Code::Authentication);
        h.S("a1 BAD Authentication cancelled"); // swallowed, not an unknown tag
        QCOMPARE(failed.size(), 0);
        QCOMPARE(h.session->state(), SessionState::NotAuthenticated);
    }

    void scramOkWithoutServerProofFails()
    {
        Harness h("IMAP4rev1 AUTH=SCRAM-SHA-256 SASL-IR", false);
        auto result = h.run(login());
        const Lines first = h.C();
        ScramServer server;
        h.S("+ " + server.first(QByteArray::fromBase64(first[0].mid(30))).toBase64());
        h.C();
        h.S("a1 OK Logged in");
        QCOMPARE(result->calls, 1);
        QCOMPARE(result->result.error->code, Error::Code::Authentication);
    }

    void scramRefusesAHostileChallenge()
    {
        Harness h("IMAP4rev1 AUTH=SCRAM-SHA-256 SASL-IR", false);
        auto result = h.run(login());
        h.C();
        h.S("+ " + QByteArray("r=notOurNonce,s=c2FsdA==,i=4096").toBase64());
        QCOMPARE(h.C(), Lines{"*"});
        QCOMPARE(result->result.error->code, Error::Code::Protocol);
    }

    void loginAfterPreauthIsRefused()
    {
        Harness h; // PREAUTH
        auto result = h.run(login());
        h.settle();
        QCOMPARE(h.C(), Lines());
        QCOMPARE(result->result.error->code, Error::Code::Protocol);
    }
};

QTEST_GUILESS_MAIN(TestImapSessionAuth)
#include "tst_imapsession_auth.moc"

// SASL mechanisms for SMTP AUTH: SCRAM-SHA-256 against the RFC 7677 section 3 exchange, PLAIN
// (RFC 4616), LOGIN, OAUTHBEARER (RFC 7628) and XOAUTH2 encodings, SASLprep, and the choice of mechanism.
#include "smtp/sasl/SaslLogin.h"
#include "smtp/sasl/SaslOAuth.h"
#include "smtp/sasl/SaslPlain.h"
#include "net/SaslPrep.h"
#include "smtp/sasl/ScramSha256.h"

#include <QTest>

using namespace Kestrel;
using namespace Kestrel::Smtp;

namespace {

// RFC 7677 section 3 (user "user", password "pencil").
const QByteArray ClientNonce = "rOprNGfwEbeRWgbNEkqO";
const QByteArray ServerFirst = "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
const QByteArray ClientFinal = "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                               "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";
const QByteArray ServerFinal = "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=";

} // namespace

class TestSmtpSasl : public QObject
{
    Q_OBJECT
private slots:
    void scramRfc7677Vector()
    {
        ScramSha256 scram(QStringLiteral("user"), QStringLiteral("pencil"), ClientNonce);
        QCOMPARE(scram.name(), QByteArray("SCRAM-SHA-256"));
        QCOMPARE(scram.initialResponse().value_or(QByteArray()), QByteArray("n,,n=user,r=rOprNGfwEbeRWgbNEkqO"));
        const SaslMechanism::Response final = scram.respond(ServerFirst);
        QVERIFY(final.ok);
        QCOMPARE(final.data, ClientFinal);
        const SaslMechanism::Response empty = scram.respond(ServerFinal);
        QVERIFY2(empty.ok, qPrintable(empty.problem));
        QVERIFY(empty.data.isEmpty());
        QVERIFY(scram.finish(QByteArray()));
    }

    void scramServerFinalInSuccessReply()
    {
        ScramSha256 scram(QStringLiteral("user"), QStringLiteral("pencil"), ClientNonce);
        scram.initialResponse();
        QVERIFY(scram.respond(ServerFirst).ok);
        QVERIFY(scram.finish(ServerFinal));
    }

    void scramRefusesAWrongServerSignature()
    {
        ScramSha256 scram(QStringLiteral("user"), QStringLiteral("pencil"), ClientNonce);
        scram.initialResponse();
        QVERIFY(scram.respond(ServerFirst).ok);
        const SaslMechanism::Response response = scram.respond("v=AAAATRBjHvlJR0oLOnqWdj3lxAyjRoOhMgZbDTxo9kM=");
        QVERIFY(!response.ok);
        QVERIFY(!scram.finish(QByteArray())); // a 235 afterwards does not make it right
    }

    void scramRefusesSuccessWithoutSignature()
    {
        ScramSha256 scram(QStringLiteral("user"), QStringLiteral("pencil"), ClientNonce);
        scram.initialResponse();
        QVERIFY(scram.respond(ServerFirst).ok);
        QVERIFY(!scram.finish("2.7.0 Authentication successful"));
    }

    void scramRefusesBadServerFirst_data()
    {
        QTest::addColumn<QByteArray>("serverFirst");
        QTest::newRow("nonce not ours") << QByteArray("r=someoneElse123,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096");
        QTest::newRow("nonce not extended") << QByteArray("r=rOprNGfwEbeRWgbNEkqO,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096");
        QTest::newRow("no salt") << QByteArray("r=rOprNGfwEbeRWgbNEkqOxyz,i=4096");
        QTest::newRow("zero iterations") << QByteArray("r=rOprNGfwEbeRWgbNEkqOxyz,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=0");
        QTest::newRow("absurd iterations") << QByteArray("r=rOprNGfwEbeRWgbNEkqOxyz,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=2000000000");
        QTest::newRow("mandatory extension") << QByteArray("m=ext,r=rOprNGfwEbeRWgbNEkqOxyz,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096");
        QTest::newRow("server error") << QByteArray("e=other-error");
    }

    void scramRefusesBadServerFirst()
    {
        QFETCH(QByteArray, serverFirst);
        ScramSha256 scram(QStringLiteral("user"), QStringLiteral("pencil"), ClientNonce);
        scram.initialResponse();
        QVERIFY(!scram.respond(serverFirst).ok);
    }

    void scramEscapesTheUserName()
    {
        ScramSha256 scram(QStringLiteral("a=b,c"), QStringLiteral("pencil"), ClientNonce);
        QCOMPARE(scram.initialResponse().value_or(QByteArray()), QByteArray("n,,n=a=3Db=2Cc,r=rOprNGfwEbeRWgbNEkqO"));
    }

    void scramRandomNonce()
    {
        ScramSha256 a(QStringLiteral("user"), QStringLiteral("pencil"));
        ScramSha256 b(QStringLiteral("user"), QStringLiteral("pencil"));
        const QByteArray first = a.initialResponse().value_or(QByteArray());
        QVERIFY(first.startsWith("n,,n=user,r="));
        QVERIFY(first.size() >= 12 + 24);
        QVERIFY(!first.mid(12).contains(','));
        QVERIFY(first != b.initialResponse().value_or(QByteArray()));
    }

    void saslPrep_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("output");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ascii") << QStringLiteral("pencil ~!") << QStringLiteral("pencil ~!") << true;
        QTest::newRow("soft hyphen dropped (RFC 4013 example)") << QStringLiteral("I\u00ADX") << QStringLiteral("IX") << true;
        QTest::newRow("no-break space") << QStringLiteral("a\u00A0b") << QStringLiteral("a b") << true;
        QTest::newRow("NFKC: ª → a") << QStringLiteral("\u00AA") << QStringLiteral("a") << true;
        QTest::newRow("NFKC: Roman numeral nine") << QStringLiteral("\u2168") << QStringLiteral("IX") << true;
        QTest::newRow("Cyrillic unchanged") << QStringLiteral("пароль") << QStringLiteral("пароль") << true;
        QTest::newRow("ASCII control refused") << QStringLiteral("a\u0007b") << QString() << false;
        QTest::newRow("private use refused") << QStringLiteral("a\uE000") << QString() << false;
    }

    void saslPrep()
    {
        QFETCH(QString, input);
        QFETCH(QString, output);
        QFETCH(bool, valid);
        const auto prepared = SaslPrep::prepare(input);
        QCOMPARE(prepared.has_value(), valid);
        if (valid)
            QCOMPARE(*prepared, output);
    }

    void plainEncoding()
    {
        SaslPlain plain(QStringLiteral("alice"), QStringLiteral("secret"));
        QCOMPARE(plain.initialResponse().value_or(QByteArray()).toBase64(), QByteArray("AGFsaWNlAHNlY3JldA=="));
        QVERIFY(!plain.respond("again?").ok);
        QCOMPARE(SaslPlain::message(QStringLiteral("ü"), QStringLiteral("p")), QByteArray("\0\xc3\xbc\0p", 5));
    }

    void loginEncoding()
    {
        SaslLogin login(QStringLiteral("alice"), QStringLiteral("secret"));
        QVERIFY(!login.initialResponse());
        QCOMPARE(login.respond("Username:").data.toBase64(), QByteArray("YWxpY2U="));
        QCOMPARE(login.respond("Password:").data.toBase64(), QByteArray("c2VjcmV0"));
        QVERIFY(!login.respond("Password:").ok);
    }

    void oauthEncodings()
    {
        const QString user = QStringLiteral("alice@example.org");
        const QString host = QStringLiteral("smtp.example.org");
        QCOMPARE(SaslOAuth::message(SaslOAuth::Variant::XOAuth2, user, QStringLiteral("tok"), host, 587).toBase64(),
                 QByteArray("dXNlcj1hbGljZUBleGFtcGxlLm9yZwFhdXRoPUJlYXJlciB0b2sBAQ=="));
        QCOMPARE(SaslOAuth::message(SaslOAuth::Variant::OAuthBearer, user, QStringLiteral("tok"), host, 587).toBase64(),
                 QByteArray("bixhPWFsaWNlQGV4YW1wbGUub3JnLAFob3N0PXNtdHAuZXhhbXBsZS5vcmcBcG9ydD01ODcBYXV0aD1CZWFyZXIgdG9rAQE="));
    }

    void oauthErrorChallengeGetsTheDummyResponse()
    {
        SaslOAuth bearer(SaslOAuth::Variant::OAuthBearer, QStringLiteral("a"), QStringLiteral("t"), QStringLiteral("h"), 1);
        bearer.initialResponse();
        const SaslMechanism::Response response = bearer.respond(R"({"status":"invalid_token"})");
        QVERIFY(response.ok);
        QCOMPARE(response.data, QByteArray("\x01"));
        QVERIFY(bearer.serverProblem().contains(QStringLiteral("invalid_token")));
        SaslOAuth xoauth(SaslOAuth::Variant::XOAuth2, QStringLiteral("a"), QStringLiteral("t"), QStringLiteral("h"), 1);
        QVERIFY(xoauth.respond("{}").data.isEmpty());
    }

    void choice_data()
    {
        QTest::addColumn<QByteArrayList>("offered");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("chosen");
        const int password = int(SmtpCredentials::Kind::Password);
        const int token = int(SmtpCredentials::Kind::OAuth2Token);
        QTest::newRow("SCRAM first") << QByteArrayList{"LOGIN", "PLAIN", "SCRAM-SHA-256"} << password << QByteArray("SCRAM-SHA-256");
        QTest::newRow("PLAIN over LOGIN") << QByteArrayList{"LOGIN", "PLAIN"} << password << QByteArray("PLAIN");
        QTest::newRow("LOGIN alone") << QByteArrayList{"LOGIN", "CRAM-MD5"} << password << QByteArray("LOGIN");
        QTest::newRow("nothing usable") << QByteArrayList{"CRAM-MD5", "GSSAPI"} << password << QByteArray();
        QTest::newRow("token: OAUTHBEARER") << QByteArrayList{"XOAUTH2", "OAUTHBEARER", "PLAIN"} << token << QByteArray("OAUTHBEARER");
        QTest::newRow("token: XOAUTH2") << QByteArrayList{"XOAUTH2", "PLAIN"} << token << QByteArray("XOAUTH2");
        QTest::newRow("token never as a password") << QByteArrayList{"PLAIN", "LOGIN"} << token << QByteArray();
    }

    void choice()
    {
        QFETCH(QByteArrayList, offered);
        QFETCH(int, kind);
        QFETCH(QByteArray, chosen);
        const SmtpCredentials credentials{SmtpCredentials::Kind(kind), QStringLiteral("u"), QStringLiteral("p")};
        const auto mechanism = SaslMechanism::choose(offered, credentials, QStringLiteral("h"), 25);
        QCOMPARE(mechanism ? mechanism->name() : QByteArray(), chosen);
    }

    void accountCanLimitTheMechanisms()
    {
        const SmtpCredentials credentials = SmtpCredentials::password(QStringLiteral("u"), QStringLiteral("p"));
        const QByteArrayList offered{"SCRAM-SHA-256", "PLAIN", "LOGIN"};
        QCOMPARE(SaslMechanism::choose(offered, credentials, QStringLiteral("h"), 25, {"login"})->name(), QByteArray("LOGIN"));
        QCOMPARE(SaslMechanism::choose(offered, credentials, QStringLiteral("h"), 25, {"LOGIN", "PLAIN"})->name(),
                 QByteArray("LOGIN"));
        QVERIFY(!SaslMechanism::choose(offered, credentials, QStringLiteral("h"), 25, {"XOAUTH2"}));
    }

    void scramSkippedWhenThePasswordCannotBePrepared()
    {
        const SmtpCredentials credentials = SmtpCredentials::password(QStringLiteral("u"), QStringLiteral("a\u0007"));
        const auto mechanism = SaslMechanism::choose({"SCRAM-SHA-256", "PLAIN"}, credentials, QStringLiteral("h"), 25);
        QCOMPARE(mechanism->name(), QByteArray("PLAIN"));
    }
};

QTEST_GUILESS_MAIN(TestSmtpSasl)
#include "tst_smtp_sasl.moc"

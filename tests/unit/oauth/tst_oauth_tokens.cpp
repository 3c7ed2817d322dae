// The pure parts of OAuth2 sign-in (issue 7): the PKCE challenge (RFC 7636 Appendix B's example),
// token responses (RFC 6749 5.1 and 6), the keychain form of the tokens, and expiry with its margin.
#include "account/oauth/OAuthSignIn.h"
#include "account/oauth/OAuthTokens.h"

#include <QJsonObject>
#include <QTest>

using namespace Kestrel;

class TestOAuthTokens : public QObject
{
    Q_OBJECT
private slots:
    void pkceChallengeMatchesTheRfcExample()
    {
        QCOMPARE(OAuthSignIn::pkceChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void pkceVerifiersAreLongRandomAndUrlSafe()
    {
        const QByteArray a = OAuthSignIn::makePkceVerifier(), b = OAuthSignIn::makePkceVerifier();
        QCOMPARE(a.size(), 43); // RFC 7636 4.1: 43 to 128 characters
        QVERIFY(a != b);
        for (char c : a)
            QVERIFY2(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_', a.constData());
    }

    void aTokenResponseGivesExpiryFromNow()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        const auto tokens = OAuthTokens::fromTokenResponse(
            {{QStringLiteral("access_token"), QStringLiteral("at")}, {QStringLiteral("refresh_token"), QStringLiteral("rt")},
             {QStringLiteral("expires_in"), 3599}},
            {}, now);
        QVERIFY(tokens);
        QCOMPARE(tokens->expiresAt, now.addSecs(3599));
        QVERIFY(!tokens->expiresWithin(60, now));
        QVERIFY(tokens->expiresWithin(60, now.addSecs(3540)));
    }

    void aRefreshAnswerWithoutRefreshTokenKeepsTheOldOne()
    {
        const auto tokens = OAuthTokens::fromTokenResponse(
            {{QStringLiteral("access_token"), QStringLiteral("at2")}, {QStringLiteral("expires_in"), QStringLiteral("60")}},
            QStringLiteral("rt-old"));
        QVERIFY(tokens);
        QCOMPARE(tokens->refreshToken, QStringLiteral("rt-old"));
        QVERIFY(tokens->expiresAt.isValid()); // expires_in as a string is accepted too
    }

    void aResponseWithoutAccessTokenIsRefused()
    {
        QVERIFY(!OAuthTokens::fromTokenResponse({{QStringLiteral("error"), QStringLiteral("invalid_grant")}}, {}));
    }

    void theKeychainFormRoundTrips()
    {
        const OAuthTokens tokens{QStringLiteral("a+b/c"), QStringLiteral("r\"t"),
                                 QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC)};
        QCOMPARE(OAuthTokens::fromSecret(tokens.toSecret()), std::optional<OAuthTokens>(tokens));
        QVERIFY(!OAuthTokens::fromSecret(QStringLiteral("a plain old password")));
    }
};

QTEST_GUILESS_MAIN(TestOAuthTokens)
#include "tst_oauth_tokens.moc"

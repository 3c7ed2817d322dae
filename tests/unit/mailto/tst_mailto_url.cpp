// mailto: links as browsers and desktops pass them (RFC 6068 and its examples).
#include "compose/MailtoUrl.h"

#include <QTest>

using namespace Kestrel;
using namespace Kestrel::Compose;

class TestMailtoUrl : public QObject
{
    Q_OBJECT
private slots:
    void plainAddress()
    {
        const auto url = MailtoUrl::parse(QStringLiteral("mailto:chris@example.com"));
        QVERIFY(url);
        QCOMPARE(url->to, (AddressList{{QString(), QStringLiteral("chris@example.com")}}));
        QVERIFY(url->cc.isEmpty());
        QVERIFY(url->subject.isEmpty());
    }

    void rfcExamplesDecodeAndCombine()
    {
        // RFC 6068 section 6.1 and 6.2 examples, plus a case-insensitive scheme and header names.
        const auto url = MailtoUrl::parse(QStringLiteral(
            "MAILTO:joe@example.com,bob@example.com?CC=bob@example.com%2C%20carol@example.org"
            "&subject=current-issue%20%E2%82%AC&body=send%20current-issue%0D%0Aline%202&to=ann@example.org"));
        QVERIFY(url);
        QCOMPARE(url->to.size(), 3);
        QCOMPARE(url->to[0].email, QStringLiteral("joe@example.com"));
        QCOMPARE(url->to[1].email, QStringLiteral("bob@example.com"));
        QCOMPARE(url->to[2].email, QStringLiteral("ann@example.org"));
        QCOMPARE(url->cc.size(), 2);
        QCOMPARE(url->cc[1].email, QStringLiteral("carol@example.org"));
        QCOMPARE(url->subject, QStringLiteral("current-issue €"));
        QCOMPARE(url->body, QStringLiteral("send current-issue\nline 2"));
    }

    void plusIsLiteralAndNonAsciiDecodes()
    {
        const auto url = MailtoUrl::parse(QStringLiteral(
            "mailto:user+tag@example.org?subject=1+1%3D2&body=%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82%2C%20%C4%81%C4%8D"));
        QVERIFY(url);
        QCOMPARE(url->to.constFirst().email, QStringLiteral("user+tag@example.org"));
        QCOMPARE(url->subject, QStringLiteral("1+1=2"));
        QCOMPARE(url->body, QStringLiteral("Привет, āč"));
    }

    void namedAddressesWithEncodedQuotesAndBrackets()
    {
        const auto url = MailtoUrl::parse(QStringLiteral("mailto:%22Doe%2C%20Jane%22%20%3Cjane@example.org%3E?bcc=x@example.org"));
        QVERIFY(url);
        QCOMPARE(url->to, (AddressList{{QStringLiteral("Doe, Jane"), QStringLiteral("jane@example.org")}}));
        QCOMPARE(url->bcc.constFirst().email, QStringLiteral("x@example.org"));
    }

    void emptyPathOnlyHeaders()
    {
        // RFC 6068 section 6.1: "mailto:?to=..." is valid.
        const auto url = MailtoUrl::parse(QStringLiteral("mailto:?to=joe@example.com&subject=Hi#fragment"));
        QVERIFY(url);
        QCOMPARE(url->to.size(), 1);
        QCOMPARE(url->subject, QStringLiteral("Hi"));
    }

    void untrustedHeadersIgnoredAndFirstSubjectWins()
    {
        const auto url = MailtoUrl::parse(QStringLiteral("mailto:a@example.org?from=boss@example.org&subject=one&subject=two&x-y=z&body"));
        QVERIFY(url);
        QCOMPARE(url->to.size(), 1);
        QCOMPARE(url->subject, QStringLiteral("one"));
        QVERIFY(url->body.isEmpty());
    }

    void subjectLineBreaksBecomeSpaces()
    {
        // A subject is one line; a link cannot smuggle extra header lines into it.
        const auto url = MailtoUrl::parse(QStringLiteral("mailto:a@example.org?subject=a%0D%0ABcc:%20evil@example.org"));
        QVERIFY(url);
        QCOMPARE(url->subject, QStringLiteral("a Bcc: evil@example.org"));
        QVERIFY(url->bcc.isEmpty());
    }

    void badEntriesAreKeptForTheUserToSee()
    {
        const auto url = MailtoUrl::parse(QStringLiteral("mailto:not-an-address,ok@example.org"));
        QVERIFY(url);
        QCOMPARE(url->to.size(), 2);
        QCOMPARE(url->to[0].email, QStringLiteral("not-an-address"));
    }

    void notMailtoIsRefusedWithAMessage()
    {
        QString error;
        QVERIFY(!MailtoUrl::parse(QStringLiteral("http://example.org/"), &error));
        QVERIFY(error.contains(QStringLiteral("http://example.org/")));
        QVERIFY(!MailtoUrl::looksLikeMailto(QStringLiteral("--profile")));
        QVERIFY(MailtoUrl::looksLikeMailto(QStringLiteral("Mailto:x@y")));
    }
};

QTEST_GUILESS_MAIN(TestMailtoUrl)
#include "tst_mailto_url.moc"

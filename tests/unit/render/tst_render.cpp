// The reader's text rendering without a window: plain text to HTML, and untrusted HTML made safe.
#include "render/HtmlSanitizer.h"
#include "render/HtmlTokenizer.h"
#include "render/LinkCheck.h"
#include "render/PlainTextHtml.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Kestrel::Render;

class TestRender : public QObject
{
    Q_OBJECT
private slots:
    void quoteLevels_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("rest");
        QTest::newRow("none") << QStringLiteral("text > not a quote") << 0 << QStringLiteral("text > not a quote");
        QTest::newRow("one") << QStringLiteral("> hi") << 1 << QStringLiteral("hi");
        QTest::newRow("two tight") << QStringLiteral(">> hi") << 2 << QStringLiteral("hi");
        QTest::newRow("two spaced") << QStringLiteral("> > hi") << 2 << QStringLiteral("hi");
        QTest::newRow("empty quoted") << QStringLiteral(">") << 1 << QString();
    }

    void quoteLevels()
    {
        QFETCH(QString, line);
        QFETCH(int, level);
        QFETCH(QString, rest);
        qsizetype start = -1;
        QCOMPARE(PlainTextHtml::quoteLevel(line, &start), level);
        QCOMPARE(line.mid(start), rest);
    }

    void plainTextIsEscapedQuotedAndLinked()
    {
        const QString html = PlainTextHtml::toHtml(QStringLiteral(
            "Hi <b>all</b> & co,\r\nsee https://example.org/a?b=1&c=2.\r\n> quoted www.kestrel.test\r\n>> deeper\r\n"
            "mail me: jānis@example.lv\r\n-- \r\nSig"));
        QVERIFY(html.contains(QStringLiteral("Hi &lt;b&gt;all&lt;/b&gt; &amp; co,")));
        QVERIFY2(html.contains(QStringLiteral("<a href=\"https://example.org/a?b=1&amp;c=2\">https://example.org/a?b=1&amp;c=2</a>.")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<a href=\"http://www.kestrel.test\">www.kestrel.test</a>")));
        QVERIFY(html.contains(QStringLiteral("class='kq1'")));  // level 1 (coloured by the reader's style sheet)
        QVERIFY(html.contains(QStringLiteral("class='kq2'")));  // level 2
        QVERIFY(html.contains(QStringLiteral("class='ksig'>Sig"))); // signature dimmed
        QVERIFY(!html.contains(QStringLiteral("<b>")));
    }

    void linkCheck_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("href");
        QTest::addColumn<bool>("deceptive");
        QTest::newRow("other site") << QStringLiteral("https://bank.example/login") << QStringLiteral("http://evil.test/x") << true;
        QTest::newRow("bare name") << QStringLiteral("Log in at bank.example") << QStringLiteral("http://evil.test/") << true;
        QTest::newRow("same site") << QStringLiteral("www.bank.example") << QStringLiteral("https://bank.example/") << false;
        QTest::newRow("subdomain") << QStringLiteral("bank.example") << QStringLiteral("https://login.bank.example/") << false;
        QTest::newRow("lookalike suffix") << QStringLiteral("bank.example") << QStringLiteral("https://notbank.example/") << true;
        QTest::newRow("no domain in text") << QStringLiteral("Click here") << QStringLiteral("https://evil.test/") << false;
        QTest::newRow("mailto") << QStringLiteral("support@bank.example") << QStringLiteral("mailto:x@evil.test") << true;
        QTest::newRow("file name is no domain") << QStringLiteral("report.pdf") << QStringLiteral("https://files.test/r") << true;
    }

    void linkCheck()
    {
        QFETCH(QString, text);
        QFETCH(QString, href);
        QFETCH(bool, deceptive);
        QCOMPARE(LinkCheck::isDeceptive(text, QUrl(href)), deceptive);
    }

    void sanitizerRemovesActiveContent()
    {
        const auto result = HtmlSanitizer::sanitize(QStringLiteral(
            "<html><head><meta http-equiv=refresh content='0;url=http://x.test'><script>alert('<b>x</b>')</script>"
            "<link rel=stylesheet href=http://css.test/a.css></head><body onload=evil()>"
            "<p onclick=\"steal()\" style=\"color:red\">Hello</p><iframe src=http://frame.test></iframe>"
            "<a href=\"java&#x0A;script:alert(1)\">x</a><a href=' javascript:alert(2)'>y</a>"
            "<form action=http://post.test><input name=pw>text kept</form><object data=x.swf>obj</object></body></html>"));
        const QString &html = result.html;
        for (const char *gone : {"script", "alert", "onload", "onclick", "iframe", "frame.test", "javascript",
                                 "http-equiv", "css.test", "<form", "<input", "obj"})
            QVERIFY2(!html.contains(QLatin1String(gone), Qt::CaseInsensitive), gone);
        QVERIFY(html.contains(QStringLiteral("<p style=\"color:red\">Hello</p>")));
        QVERIFY(html.contains(QStringLiteral("text kept")));
    }

    void sanitizerListsRemoteAndInlineResources()
    {
        const auto result = HtmlSanitizer::sanitize(QStringLiteral(
            "<img src=\"http://track.test/pixel.gif?u=1&amp;x=2\"><img src='cid:logo@kestrel'>"
            "<table background=https://bg.test/b.png><tr><td style=\"background:url('//cdn.test/c.png')\">x</td></tr></table>"
            "<style>body { background-image: url(http://style.test/s.png) }</style><img src=\"http://track.test/pixel.gif?u=1&amp;x=2\">"));
        QCOMPARE(result.remoteResources,
                 (QStringList{QStringLiteral("http://track.test/pixel.gif?u=1&x=2"), QStringLiteral("https://bg.test/b.png"),
                              QStringLiteral("//cdn.test/c.png"), QStringLiteral("http://style.test/s.png")}));
        QCOMPARE(result.contentIds, QStringList{QStringLiteral("logo@kestrel")});
    }

    void sanitizerMarksDeceptiveLinks()
    {
        const auto result = HtmlSanitizer::sanitize(QStringLiteral(
            "<p><a href=\"http://evil.test/login\">https://<b>bank.example</b>/login</a> and "
            "<a href=\"https://bank.example/help\">bank.example help</a></p>"));
        QCOMPARE(result.deceptiveLinks, 1);
        QVERIFY2(result.html.contains(QStringLiteral("<a title=\"Caution: this link leads to evil.test\" href=\"http://evil.test/login\">")),
                 qPrintable(result.html));
        QVERIFY(result.html.contains(QStringLiteral("[Caution: this link leads to evil.test]")));
        QVERIFY(result.html.contains(QStringLiteral("<a href=\"https://bank.example/help\">bank.example help</a> ")) == false);
        QVERIFY(result.html.contains(QStringLiteral("<a href=\"https://bank.example/help\">bank.example help</a></p>")));
    }

    void tokenizerSurvivesBrokenMarkup()
    {
        const QList<HtmlToken> tokens = HtmlTokenizer::tokenize(QStringLiteral("a < b <p class=\"x>y<!-- z <script>if (a<b) x()"));
        QVERIFY(!tokens.isEmpty());
        QCOMPARE(tokens.first().kind, HtmlToken::Kind::Text);
        QVERIFY(tokens.first().text.startsWith(QStringLiteral("a < b")));
        // Random bytes: never a crash or a hang, and nothing active survives.
        QRandomGenerator random(20261130);
        const QString alphabet = QStringLiteral("<>/=\"' abscriptonload:jav&#x;-!\n");
        for (int round = 0; round < 2000; ++round) {
            QString input;
            const int length = random.bounded(200);
            for (int i = 0; i < length; ++i)
                input += alphabet.at(random.bounded(alphabet.size()));
            const auto result = HtmlSanitizer::sanitize(input);
            QVERIFY(!result.html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        }
    }
};

QTEST_GUILESS_MAIN(TestRender)
#include "tst_render.moc"

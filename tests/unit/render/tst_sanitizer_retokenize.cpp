// The sanitiser's output must be well-formed: read again by the same tokenizer it holds exactly the
// elements the sanitiser wrote, so nothing the first pass removed (a script, an on* handler) comes back
// in a second parse. Regression test for the fuzz finding html_sanitizer-onerror-survives-retokenize
// and for the rest of the fuzz seed corpus.
#include "render/HtmlSanitizer.h"
#include "render/HtmlTokenizer.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Kestrel::Render;

namespace {

// Why the re-tokenized output is not safe, or an empty string when it is.
QString problemAfterRetokenize(const QString &sanitised)
{
    for (const HtmlToken &token : HtmlTokenizer::tokenize(sanitised)) {
        if (token.kind == HtmlToken::Kind::Text && !token.rawText
            && (token.text.contains(QLatin1Char('<')) || token.text.contains(QLatin1Char('>'))))
            return QStringLiteral("raw '<' or '>' in text: ") + token.text.left(80);
        if (token.kind != HtmlToken::Kind::StartTag)
            continue;
        if (token.name == QLatin1String("script"))
            return QStringLiteral("a script element");
        for (const auto &[name, value] : token.attributes) {
            if (name.startsWith(QLatin1String("on")))
                return QStringLiteral("an event handler: ") + name;
            if (value.contains(QLatin1Char('<')) || value.contains(QLatin1Char('>')) || value.contains(QLatin1Char('"')))
                return QStringLiteral("raw markup in an attribute value: ") + value.left(80);
        }
    }
    return {};
}

} // namespace

class TestSanitizerRetokenize : public QObject
{
    Q_OBJECT
private slots:
    void hostileSiblings_data()
    {
        QTest::addColumn<QString>("html");
        // The finding reduced: a declaration between stray '<'s, then a '<' that is not a tag.
        QTest::newRow("finding-reduced") << QStringLiteral("<html><<<?>i<\u0001a?bo onerror=alert(0)>");
        QTest::newRow("comment-glues-script") << QStringLiteral("<<!---->script>alert(1)</script>");
        QTest::newRow("declaration-glues-img") << QStringLiteral("<<?x>img src=x onerror=alert(1)>");
        QTest::newRow("doctype-glues-body") << QStringLiteral("x<<!DOCTYPE html>body onload=alert(2)>");
        QTest::newRow("dropped-tag-glues") << QStringLiteral("<<meta>svg onload=alert(3)>");
        QTest::newRow("quote-in-attr-name") << QStringLiteral("<p a\"=1 b=\"x\" onmouseover=\"y\">t</p>");
        QTest::newRow("markup-in-attr-value") << QStringLiteral("<p title='\"><img src=x onerror=alert(4)>'>t</p>");
    }

    void hostileSiblings()
    {
        QFETCH(QString, html);
        const QString sanitised = HtmlSanitizer::sanitize(html).html;
        const QString problem = problemAfterRetokenize(sanitised);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(" in ") + sanitised));
    }

    // Every seed of the fuzz target, the original finding among them.
    void fuzzCorpus()
    {
        const QDir corpus(QStringLiteral(KESTREL_HTML_CORPUS));
        const QStringList files = corpus.entryList(QDir::Files);
        QVERIFY2(files.contains(QStringLiteral("html_sanitizer-onerror-survives-retokenize")), qPrintable(corpus.path()));
        for (const QString &name : files) {
            QFile file(corpus.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString sanitised = HtmlSanitizer::sanitize(QString::fromUtf8(file.readAll())).html;
            const QString problem = problemAfterRetokenize(sanitised);
            QVERIFY2(problem.isEmpty(), qPrintable(name + QStringLiteral(": ") + problem));
        }
    }

    // Escaping keeps what the sender meant: references stay, stray characters are escaped, CSS is untouched.
    void textKeepsItsMeaning()
    {
        const QString out = HtmlSanitizer::sanitize(QStringLiteral(
            "<style>div > p { color: red }</style><p>a < b & c &amp; d&nbsp;e &#233; &#x41; &bogus x &#;</p>"
            "<a href=\"http://x.test/?a=1&b=2&amp;c=3\">x.test</a>")).html;
        QVERIFY2(out.contains(QStringLiteral("<style>div > p { color: red }</style>")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("<p>a &lt; b &amp; c &amp; d&nbsp;e &#233; &#x41; &amp;bogus x &amp;#;</p>")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("href=\"http://x.test/?a=1&amp;b=2&amp;c=3\"")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestSanitizerRetokenize)
#include "tst_sanitizer_retokenize.moc"

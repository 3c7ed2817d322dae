// summaryFromFetch: what the cache keeps of a FETCH of ENVELOPE and the threading headers. The ids of
// References and the list's sort key come out of hand-written scans now (issue 8): these cases pin what
// the regular expressions they replace did, junk and all.
#include "ImapTestSupport.h"

#include "cache/MessageColumns.h"
#include "imap/parser/FetchResponse.h"
#include "sync/SummaryFromFetch.h"

#include <QtTest>

using namespace Kestrel;

namespace {

MessageSummary summaryWithReferences(const QByteArray &references)
{
    const QByteArray header = "References: " + references + "\r\n\r\n";
    const QByteArray fetch = "* 1 FETCH (UID 9 BODY[HEADER.FIELDS (REFERENCES LIST-ID)] {"
        + QByteArray::number(header.size()) + "}\r\n" + header + ")\r\n";
    const Imap::ParseResult result = Imap::Test::parseBytes(fetch);
    MessageSummary summary;
    const auto *response = std::get_if<Imap::FetchResponse>(&result.response);
    if (!result.ok() || !response || !Sync::summaryFromFetch(*response, summary))
        qWarning() << "no summary from" << fetch;
    return summary;
}

} // namespace

class TestSummaryFromFetch : public QObject
{
    Q_OBJECT

private slots:
    void referencesKeepEveryBracketedId_data()
    {
        QTest::addColumn<QByteArray>("references");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("two") << QByteArray("<a@x> <b@y>") << QStringList{QStringLiteral("<a@x>"), QStringLiteral("<b@y>")};
        QTest::newRow("folded") << QByteArray("<a@x>\r\n\t<b@y>") << QStringList{QStringLiteral("<a@x>"), QStringLiteral("<b@y>")};
        QTest::newRow("no space between") << QByteArray("<a@x><b@y>") << QStringList{QStringLiteral("<a@x>"), QStringLiteral("<b@y>")};
        QTest::newRow("junk around") << QByteArray("(comment) <a@x>, \"x\" <b@y> tail") << QStringList{QStringLiteral("<a@x>"), QStringLiteral("<b@y>")};
        QTest::newRow("space inside is no id") << QByteArray("<a @x> <b@y>") << QStringList{QStringLiteral("<b@y>")};
        QTest::newRow("nested opening restarts") << QByteArray("<<a@x>") << QStringList{QStringLiteral("<a@x>")};
        QTest::newRow("empty brackets") << QByteArray("<> <a@x>") << QStringList{QStringLiteral("<a@x>")};
        QTest::newRow("unclosed") << QByteArray("<a@x> <b@y") << QStringList{QStringLiteral("<a@x>")};
        QTest::newRow("utf-8 inside") << QByteArray("<ķēķis@piemērs.lv>") << QStringList{QStringLiteral("<ķēķis@piemērs.lv>")};
        QTest::newRow("none") << QByteArray("no ids at all") << QStringList{};
    }

    void referencesKeepEveryBracketedId()
    {
        QFETCH(QByteArray, references);
        QFETCH(QStringList, ids);
        QCOMPARE(summaryWithReferences(references).references, ids);
    }

    void sortSubjectDropsReplyPrefixes_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("key");
        QTest::newRow("plain") << QStringLiteral("  Lunch Plans ") << QStringLiteral("lunch plans");
        QTest::newRow("re") << QStringLiteral("Re: Lunch") << QStringLiteral("lunch");
        QTest::newRow("stacked") << QStringLiteral("RE: Fwd: re[2]: Lunch") << QStringLiteral("lunch");
        QTest::newRow("russian") << QStringLiteral("Ответ: Обед") << QStringLiteral("обед");
        QTest::newRow("latvian") << QStringLiteral("Pārs: Pusdienas") << QStringLiteral("pusdienas");
        QTest::newRow("colon later stays") << QStringLiteral("Agenda: Monday") << QStringLiteral("agenda: monday");
        QTest::newRow("prefix word without colon") << QStringLiteral("Re Lunch") << QStringLiteral("re lunch");
    }

    void sortSubjectDropsReplyPrefixes()
    {
        QFETCH(QString, subject);
        QFETCH(QString, key);
        QCOMPARE(MessageColumns::sortSubject(subject), key);
    }
};

QTEST_GUILESS_MAIN(TestSummaryFromFetch)
#include "tst_summary_from_fetch.moc"

// SEARCH (RFC 3501 7.2.5, RFC 7162 3.1.5), ESEARCH (RFC 4731 3.1) and VANISHED (RFC 7162 3.2.10).
#include "ImapTestSupport.h"

#include <QtTest>

using namespace Kestrel::Imap;
using namespace Kestrel::Imap::Test;

namespace {

template <typename T>
T parseAs(const QByteArray &bytes)
{
    const ParseResult result = parseBytes(bytes);
    if (!result.ok())
        qWarning() << "parse failed:" << result.error.toString();
    const T *value = std::get_if<T>(&result.response);
    return value ? *value : T();
}

} // namespace

class TestImapParserSearch : public QObject
{
    Q_OBJECT

private slots:
    void search_data();
    void search();
    void searchModSeq();
    void esearch_data();
    void esearch();
    void esearchSkipsUnknownReturnData();
    void vanished_data();
    void vanished();
    void vanishedHugeRangeIsNotExpanded();
};

void TestImapParserSearch::search_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QList<quint32>>("numbers");
    QTest::newRow("three") << QByteArray("* SEARCH 2 84 882\r\n") << QList<quint32>({2, 84, 882});
    QTest::newRow("empty") << QByteArray("* SEARCH\r\n") << QList<quint32>();
    QTest::newRow("trailing space") << QByteArray("* SEARCH \r\n") << QList<quint32>();
    QTest::newRow("large uid") << QByteArray("* SEARCH 4294967295\r\n") << QList<quint32>({4294967295u});
    QTest::newRow("lower case") << QByteArray("* search 7\r\n") << QList<quint32>({7});
}

void TestImapParserSearch::search()
{
    QFETCH(QByteArray, line);
    const ParseResult result = parseBytes(line);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const auto *search = std::get_if<SearchResponse>(&result.response);
    QVERIFY(search);
    QTEST(search->numbers, "numbers");
    QVERIFY(!search->modSeq.has_value());
}

void TestImapParserSearch::searchModSeq()
{
    const auto search = parseAs<SearchResponse>("* SEARCH 2 5 6 7 11 12 18 19 20 23 (MODSEQ 917162500)\r\n");
    QCOMPARE(search.numbers.size(), 10);
    QCOMPARE(search.numbers.last(), 23u);
    QCOMPARE(search.modSeq, std::optional<quint64>(917162500));
}

void TestImapParserSearch::esearch_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("min count") << QByteArray("* ESEARCH (TAG \"A282\") UID MIN 2 COUNT 3\r\n")
                               << QByteArray("ESEARCH tag=\"A282\" uid=1 min=2 max=- count=3 all=- modseq=-");
    QTest::newRow("all") << QByteArray("* ESEARCH (TAG \"A283\") ALL 2,10:11\r\n")
                         << QByteArray("ESEARCH tag=\"A283\" uid=0 min=- max=- count=- all=2,10:11 modseq=-");
    QTest::newRow("count zero") << QByteArray("* ESEARCH (TAG \"A284\") UID COUNT 0\r\n")
                                << QByteArray("ESEARCH tag=\"A284\" uid=1 min=- max=- count=0 all=- modseq=-");
    QTest::newRow("everything") << QByteArray("* ESEARCH (TAG \"t\") UID MIN 1 MAX 9 COUNT 5 ALL 1:3,7,9 MODSEQ 1234\r\n")
                                << QByteArray("ESEARCH tag=\"t\" uid=1 min=1 max=9 count=5 all=1:3,7,9 modseq=1234");
    QTest::newRow("no correlator") << QByteArray("* ESEARCH UID MAX 44\r\n")
                                   << QByteArray("ESEARCH tag=NIL uid=1 min=- max=44 count=- all=- modseq=-");
    QTest::newRow("nothing found") << QByteArray("* ESEARCH (TAG \"A1\")\r\n")
                                   << QByteArray("ESEARCH tag=\"A1\" uid=0 min=- max=- count=- all=- modseq=-");
}

void TestImapParserSearch::esearch()
{
    QFETCH(QByteArray, line);
    const ParseResult result = parseBytes(line);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QVERIFY(std::holds_alternative<ESearchResponse>(result.response));
    QTEST(dump(result.response), "expected");
}

void TestImapParserSearch::esearchSkipsUnknownReturnData()
{
    const auto e = parseAs<ESearchResponse>("* ESEARCH (TAG \"A5\") UID PARTIAL (1:100 3,17:19) COUNT 42 X-FOO \"bar\"\r\n");
    QVERIFY(e.uid);
    QCOMPARE(e.count, std::optional<quint32>(42));
    QVERIFY(!e.all.has_value());
}

void TestImapParserSearch::vanished_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("earlier");
    QTest::addColumn<QList<quint32>>("uids");
    QTest::newRow("earlier") << QByteArray("* VANISHED (EARLIER) 300:303,405,411\r\n") << true
                             << QList<quint32>({300, 301, 302, 303, 405, 411});
    QTest::newRow("live") << QByteArray("* VANISHED 405,407\r\n") << false << QList<quint32>({405, 407});
    QTest::newRow("descending range") << QByteArray("* VANISHED 7:5\r\n") << false << QList<quint32>({5, 6, 7});
}

void TestImapParserSearch::vanished()
{
    QFETCH(QByteArray, line);
    const ParseResult result = parseBytes(line);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const auto *vanished = std::get_if<VanishedResponse>(&result.response);
    QVERIFY(vanished);
    QTEST(vanished->earlier, "earlier");
    QTEST(vanished->uids.toList(), "uids");
}

void TestImapParserSearch::vanishedHugeRangeIsNotExpanded()
{
    const auto v = parseAs<VanishedResponse>("* VANISHED (EARLIER) 1:4000000000\r\n");
    QCOMPARE(v.uids.count(), quint64(4000000000ULL));
    QVERIFY(v.uids.contains(3999999999u));
    QVERIFY(!v.uids.contains(4000000001u));
    QCOMPARE(v.uids.toList(1000).size(), 1000);
}

QTEST_GUILESS_MAIN(TestImapParserSearch)
#include "tst_imap_parser_search.moc"

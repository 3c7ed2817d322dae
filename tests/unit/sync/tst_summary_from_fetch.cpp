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

MessageSummary summaryOf(const QByteArray &fetch)
{
    const Imap::ParseResult result = Imap::Test::parseBytes(fetch);
    MessageSummary summary;
    const auto *response = std::get_if<Imap::FetchResponse>(&result.response);
    if (!result.ok() || !response || !Sync::summaryFromFetch(*response, summary))
        qWarning() << "no summary from" << fetch;
    return summary;
}

MessageSummary summaryWithHeaderFields(const QByteArray &header)
{
    return summaryOf("* 1 FETCH (UID 9 BODY[HEADER.FIELDS (REFERENCES LIST-ID)] {" + QByteArray::number(header.size())
                     + "}\r\n" + header + ")\r\n");
}

MessageSummary summaryWithReferences(const QByteArray &references)
{
    return summaryWithHeaderFields("References: " + references + "\r\n\r\n");
}

MessageSummary summaryWithDate(const QByteArray &date)
{
    // A literal: a quoted string cannot hold the CRLF of a folded header.
    return summaryOf("* 1 FETCH (UID 9 ENVELOPE ({" + QByteArray::number(date.size()) + "}\r\n" + date
                     + " \"s\" NIL NIL NIL NIL NIL NIL NIL NIL))\r\n");
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

    void threadingFieldsAreFoundInAnyOrderAndUnfolded()
    {
        const MessageSummary summary = summaryWithHeaderFields("list-id: Kestrel\r\n developers <dev.kestrel.test>\r\n"
                                                               "References: <a@x>\r\n\t<b@y>\r\n\r\n");
        QCOMPARE(summary.references, (QStringList{QStringLiteral("<a@x>"), QStringLiteral("<b@y>")}));
        QCOMPARE(summary.listId, QStringLiteral("Kestrel developers <dev.kestrel.test>"));
        // A field name that only starts like one of ours is not it; a bare LF ends a line as CRLF does.
        const MessageSummary lookalike = summaryWithHeaderFields("List-Id-Extra: no\nList-Id: yes\n\n");
        QCOMPARE(lookalike.listId, QStringLiteral("yes"));
        QVERIFY(lookalike.references.isEmpty());
    }

    // The list's date comes from the same parser as the reader's (KMime): these forms were all lost
    // (sent date invalid, the list fell back to the arrival time) while Qt's RFC 2822 parser read them.
    void sentDateAcceptsWhatMailersSend_data()
    {
        QTest::addColumn<QByteArray>("date");
        QTest::addColumn<QDateTime>("utc");
        const QDateTime newYear(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        QTest::newRow("canonical") << QByteArray("Mon, 01 Jan 2024 00:00:00 +0000") << newYear;
        QTest::newRow("zone comment") << QByteArray("Mon, 01 Jan 2024 01:00:00 +0100 (CET)") << newYear;
        QTest::newRow("GMT") << QByteArray("Mon, 01 Jan 2024 00:00:00 GMT") << newYear;
        QTest::newRow("EST") << QByteArray("Sun, 31 Dec 2023 19:00:00 EST") << newYear;
        QTest::newRow("lower-case month") << QByteArray("Mon, 1 jan 2024 00:00:00 +0000") << newYear;
        QTest::newRow("wrong weekday") << QByteArray("Fri, 01 Jan 2024 00:00:00 +0000") << newYear;
        QTest::newRow("two-digit year, 2000s") << QByteArray("1 Jan 24 00:00 +0000") << newYear;
        QTest::newRow("two-digit year, 1900s") << QByteArray("Fri, 1 Jan 99 00:00:00 +0000")
                                                << QDateTime(QDate(1999, 1, 1), QTime(0, 0), Qt::UTC);
        QTest::newRow("folded") << QByteArray("Mon, 01 Jan 2024\r\n 00:00:00 +0000") << newYear;
        QTest::newRow("no such day") << QByteArray("Thu, 31 Feb 2024 00:00:00 +0000") << QDateTime();
        QTest::newRow("ISO 8601 is not RFC 5322") << QByteArray("2024-01-01T00:00:00Z") << QDateTime();
        QTest::newRow("garbage") << QByteArray("soon") << QDateTime();
        QTest::newRow("empty") << QByteArray() << QDateTime();
    }

    void sentDateAcceptsWhatMailersSend()
    {
        QFETCH(QByteArray, date);
        QFETCH(QDateTime, utc);
        const QDateTime sent = summaryWithDate(date).sentDate;
        QCOMPARE(sent.isValid(), utc.isValid());
        if (utc.isValid())
            QCOMPARE(sent.toUTC(), utc);
    }

    void addressesKeepMailboxesOnly()
    {
        // From repeated as Reply-To (what servers send without a Reply-To header), a group, a bare mailbox
        // without a host, an encoded name; then a Reply-To of its own.
        const QByteArray from = "((\"=?utf-8?q?J=C4=81nis?=\" NIL \"janis\" \"example.lv\"))";
        const QByteArray to = "((\"Team\" NIL \"team\" NIL)(NIL NIL \"a\" \"x.test\")(NIL NIL NIL NIL)(NIL NIL \"postmaster\" \"\"))";
        const MessageSummary repeated = summaryOf("* 1 FETCH (UID 9 ENVELOPE (NIL \"s\" " + from + " " + from + " " + from
                                                  + " " + to + " NIL NIL NIL NIL))\r\n");
        const AddressList janis{{QStringLiteral("Jānis"), QStringLiteral("janis@example.lv")}};
        QCOMPARE(repeated.from, janis);
        QCOMPARE(repeated.replyTo, janis);
        QCOMPARE(repeated.to, (AddressList{{QString(), QStringLiteral("a@x.test")}, {QString(), QStringLiteral("postmaster")}}));

        const MessageSummary own = summaryOf("* 1 FETCH (UID 9 ENVELOPE (NIL \"s\" " + from + " " + from
                                             + " ((NIL NIL \"list\" \"example.lv\")) NIL NIL NIL NIL NIL))\r\n");
        QCOMPARE(own.from, janis);
        QCOMPARE(own.replyTo, (AddressList{{QString(), QStringLiteral("list@example.lv")}}));
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

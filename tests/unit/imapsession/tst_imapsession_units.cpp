// The pure pieces under the session: SCRAM-SHA-256 against RFC 7677's example, the DEFLATE codec
// of COMPRESS (RFC 4978), the search-criteria and fetch-items builders, flag lists, date-time.
#include "imap/commands/AppendCommand.h"
#include "imap/commands/FetchItems.h"
#include "imap/commands/FlagList.h"
#include "imap/commands/SearchCriteria.h"
#include "imap/session/Capabilities.h"
#include "imap/session/DeflateCodec.h"
#include "net/ScramExchange.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Kestrel;
using namespace Kestrel::Imap;

namespace {

QByteArray written(const SearchCriteria &criteria, bool utf8Accept = false)
{
    CommandWriter writer(CommandWriter::LiteralMode::LiteralPlus, utf8Accept);
    criteria.write(writer);
    return writer.finish().joined().chopped(2);
}

} // namespace

class TestImapSessionUnits : public QObject
{
    Q_OBJECT
private slots:
    void scramSha256Rfc7677Example()
    {
        // RFC 7677 3: user "user", password "pencil".
        ScramExchange scram(QStringLiteral("user"), QStringLiteral("pencil"), "rOprNGfwEbeRWgbNEkqO");
        QCOMPARE(scram.clientFirst(), QByteArray("n,,n=user,r=rOprNGfwEbeRWgbNEkqO"));
        const auto final = scram.clientFinal("r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                                             "s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096");
        QVERIFY(final);
        QCOMPARE(*final, QByteArray("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                                    "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ="));
        QVERIFY(scram.verifyServerFinal("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="));
        QVERIFY(!scram.verifyServerFinal("v=AAAATRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="));
        QVERIFY(!scram.verifyServerFinal("e=invalid-proof"));
    }

    void scramRefusesUnsafeChallenges_data()
    {
        QTest::addColumn<QByteArray>("serverFirst");
        QTest::newRow("foreign nonce") << QByteArray("r=other,s=c2FsdA==,i=4096");
        QTest::newRow("nonce not extended") << QByteArray("r=abc,s=c2FsdA==,i=4096");
        QTest::newRow("no salt") << QByteArray("r=abcdef,i=4096");
        QTest::newRow("huge iterations") << QByteArray("r=abcdef,s=c2FsdA==,i=2000000000");
        QTest::newRow("mandatory extension") << QByteArray("m=ext,r=abcdef,s=c2FsdA==,i=4096");
    }

    void scramRefusesUnsafeChallenges()
    {
        QFETCH(QByteArray, serverFirst);
        ScramExchange scram(QStringLiteral("a,b=c"), QStringLiteral("x"), "abc");
        QCOMPARE(scram.clientFirst(), QByteArray("n,,n=a=2Cb=3Dc,r=abc"));
        QVERIFY(!scram.clientFinal(serverFirst));
        QVERIFY(!scram.problem().isEmpty());
    }

    void deflateRoundTrip()
    {
        DeflateCodec client;
        DeflateCodec server;
        QByteArray big(200000, Qt::Uninitialized);
        for (char &c : big)
            c = char('a' + QRandomGenerator::global()->bounded(4));
        for (const QByteArray &message : {QByteArray("a1 NOOP\r\n"), QByteArray(), big, QByteArray("a2 LOGOUT\r\n")}) {
            const QByteArray compressed = client.compress(message);
            QCOMPARE(compressed.isEmpty(), message.isEmpty()); // a flush marker after any data
            // Split arbitrarily: the inflater must not care about chunking.
            const qsizetype half = compressed.size() / 2;
            const auto first = server.decompress(compressed.left(half));
            const auto second = server.decompress(compressed.mid(half));
            QVERIFY(first && second);
            QCOMPARE(*first + *second, message);
        }
    }

    void corruptDeflateIsRefused()
    {
        DeflateCodec codec;
        QVERIFY(!codec.decompress(QByteArray("\xff\xff\xff\xff garbage", 12)));
    }

    void searchCriteria()
    {
        using C = SearchCriteria;
        QCOMPARE(written(C::all()), QByteArray("ALL"));
        QCOMPARE(written(C::notOf(C::seen() && C::flagged())), QByteArray("NOT (SEEN FLAGGED)"));
        QCOMPARE(written(C::orOf(C::to(QStringLiteral("bob")), C::cc(QStringLiteral("bob")))), QByteArray("OR TO \"bob\" CC \"bob\""));
        QCOMPARE(written(C::answered() && C::deleted() && C::draft() && C::keyword("$Junk")),
                 QByteArray("ANSWERED DELETED DRAFT KEYWORD $Junk"));
        QCOMPARE(written(C::body(QStringLiteral("a \"quoted\" word")) && C::text(QStringLiteral("NIL"))),
                 QByteArray("BODY \"a \\\"quoted\\\" word\" TEXT \"NIL\""));
        QCOMPARE(written(C::before(QDate(2024, 12, 31)) && C::on(QDate(2024, 3, 5)) && C::smaller(10)),
                 QByteArray("BEFORE 31-Dec-2024 ON 5-Mar-2024 SMALLER 10"));
        QCOMPARE(written(C::uid(SequenceSet::parse("1:5,9").value()) && C::unseen()), QByteArray("UID 1:5,9 UNSEEN"));
        QVERIFY(C::subject(QStringLiteral("отчёт")).needsUtf8());
        QVERIFY(!C::subject(QStringLiteral("report")).needsUtf8());
        QCOMPARE(written(C::subject(QStringLiteral("отчёт")), true), QByteArray("SUBJECT \"отчёт\""));
        QVERIFY(!C::keyword("bad keyword").isValid());
        QVERIFY(!C::since(QDate()).isValid());
        QVERIFY(!C::orOf(C::seen(), C()).isValid());
        QCOMPARE(written(C::subject(QStringLiteral("line\r\nA1 DELETE INBOX"))),
                 QByteArray("SUBJECT {21+}\r\nline\r\nA1 DELETE INBOX")); // a literal, never a new command
    }

    void fetchItems()
    {
        const Capabilities rich({"IMAP4rev1", "BINARY", "CONDSTORE"});
        const Capabilities plain({"IMAP4rev1"});
        FetchItems items;
        items.uid().flags().modSeq().binaryPeek("1.2", FetchItems::Partial{100, 50});
        QCOMPARE(items.toImap(rich), QByteArray("(UID FLAGS MODSEQ BINARY.PEEK[1.2]<100.50>)"));
        QCOMPARE(items.toImap(plain), QByteArray("(UID FLAGS BODY.PEEK[1.2]<100.50>)"));
        QVERIFY(!FetchItems().headerFields({"Subject)] BODY[]"}).isValid());
        QVERIFY(FetchItems().bodyPeek("HEADER").isValid());
    }

    void flagLists()
    {
        QVERIFY(isValidFlag("\\Seen"));
        QVERIFY(isValidFlag("$Forwarded"));
        QVERIFY(!isValidFlag("\\"));
        QVERIFY(!isValidFlag("two words"));
        QVERIFY(!isValidFlag("x)"));
        QVERIFY(!isValidFlag("caf\xc3\xa9"));
    }

    void appendDateTime()
    {
        QCOMPARE(AppendCommand::formatDateTime(QDateTime(QDate(2024, 1, 5), QTime(9, 8, 7), QTimeZone(-(3 * 3600 + 1800)))),
                 QByteArray("05-Jan-2024 09:08:07 -0330"));
        QCOMPARE(AppendCommand::formatDateTime(QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59), QTimeZone::utc())),
                 QByteArray("31-Dec-1999 23:59:59 +0000"));
    }

    void capabilities()
    {
        const Capabilities caps({"IMAP4rev1", "auth=plain", "Literal-"});
        QVERIFY(caps.hasAuth("PLAIN"));
        QVERIFY(caps.has("imap4REV1"));
        QCOMPARE(caps.literalMode(), CommandWriter::LiteralMode::LiteralMinus);
        QCOMPARE(Capabilities({"IMAP4rev1"}).literalMode(), CommandWriter::LiteralMode::Synchronizing);
        QVERIFY(!Capabilities().isKnown());
    }
};

QTEST_GUILESS_MAIN(TestImapSessionUnits)
#include "tst_imapsession_units.moc"

// BODYSTRUCTURE and BODY (RFC 3501 7.4.2, 9 "body"): single parts, nested multiparts,
// message/rfc822, all extension data, lenient server quirks, nesting limits and the section
// numbering of RFC 3501 6.4.5.
#include "ImapTestSupport.h"

#include "imap/parser/SectionIndex.h"

#include <QtTest>

using namespace Kestrel::Imap;
using namespace Kestrel::Imap::Test;

namespace {

BodyPart bodyOf(const QByteArray &structure, const char *item = "BODYSTRUCTURE")
{
    const ParseResult result = parseBytes("* 1 FETCH (" + QByteArray(item) + ' ' + structure + ")\r\n");
    if (!result.ok())
        qWarning() << "parse failed:" << result.error.toString();
    const auto *fetch = std::get_if<FetchResponse>(&result.response);
    return fetch && fetch->bodyStructure ? *fetch->bodyStructure : BodyPart();
}

QList<QByteArray> paths(const BodyPart &root)
{
    QList<QByteArray> out;
    const QList<IndexedPart> index = SectionIndex::build(root);
    for (const IndexedPart &p : index)
        out.append(p.path + '=' + p.part->mimeType());
    return out;
}

const QByteArray s_textPart =
    "(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"UTF-8\" \"FORMAT\" \"flowed\") \"<id1@x>\" \"Greeting\" \"QUOTED-PRINTABLE\" "
    "1152 23 \"d41d8cd98f00b204e9800998ecf8427e\" (\"inline\" NIL) (\"en\" \"de\") \"http://x/loc\")";
const QByteArray s_htmlPart = "(\"text\" \"html\" (\"charset\" \"utf-8\") NIL NIL \"base64\" 4242 55 NIL NIL NIL NIL)";
const QByteArray s_pdfPart =
    "(\"APPLICATION\" \"PDF\" (\"NAME\" \"=?UTF-8?Q?Rechnung_M=C3=A4rz.pdf?=\") NIL NIL \"BASE64\" 23456 NIL "
    "(\"ATTACHMENT\" (\"FILENAME\" \"Rechnung.pdf\" \"SIZE\" \"17000\")) \"de\" NIL)";

} // namespace

class TestImapBodyStructure : public QObject
{
    Q_OBJECT

private slots:
    void singleTextPartWithAllExtensions();
    void singlePartWithoutExtensions();
    void multipartAlternative();
    void mixedWithAttachment();
    void messageRfc822();
    void nonExtensibleBody();
    void futureExtensionsAreSkipped();
    void serverQuirks();
    void sectionNumbering();
    void sectionNumberingSinglePart();
    void nestingLimit_data();
    void nestingLimit();
};

void TestImapBodyStructure::singleTextPartWithAllExtensions()
{
    const BodyPart p = bodyOf(s_textPart);
    QCOMPARE(p.mimeType(), QByteArray("text/plain"));
    QVERIFY(p.isText());
    QVERIFY(!p.isMultipart());
    QCOMPARE(p.params.size(), 2u);
    QCOMPARE(p.parameter("charset"), QByteArray("UTF-8"));
    QCOMPARE(p.parameter("Format"), QByteArray("flowed"));
    QVERIFY(p.parameter("name").isNull());
    QCOMPARE(p.id, QByteArray("<id1@x>"));
    QCOMPARE(p.description, QByteArray("Greeting"));
    QCOMPARE(p.encoding, QByteArray("QUOTED-PRINTABLE"));
    QCOMPARE(p.size, quint64(1152));
    QCOMPARE(p.lines, quint64(23));
    QVERIFY(p.hasExtensionData);
    QCOMPARE(p.md5, QByteArray("d41d8cd98f00b204e9800998ecf8427e"));
    QCOMPARE(p.disposition.type, QByteArray("inline"));
    QVERIFY(p.disposition.params.empty());
    QCOMPARE(p.language, QList<QByteArray>({"en", "de"}));
    QCOMPARE(p.location, QByteArray("http://x/loc"));
}

void TestImapBodyStructure::singlePartWithoutExtensions()
{
    const BodyPart p = bodyOf("(\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 0 0)");
    QCOMPARE(p.mimeType(), QByteArray("text/plain"));
    QVERIFY(p.params.empty());
    QVERIFY(p.id.isNull());
    QCOMPARE(p.size, quint64(0));
    QVERIFY(!p.hasExtensionData);
    QVERIFY(p.disposition.isNull());
}

void TestImapBodyStructure::multipartAlternative()
{
    const BodyPart p = bodyOf("(" + s_textPart + s_htmlPart + " \"ALTERNATIVE\" (\"BOUNDARY\" \"b1\") NIL NIL NIL)");
    QVERIFY(p.isMultipart());
    QCOMPARE(p.mimeType(), QByteArray("multipart/alternative"));
    QCOMPARE(p.children.size(), 2u);
    QCOMPARE(p.children[1].mimeType(), QByteArray("text/html"));
    QCOMPARE(p.children[1].lines, quint64(55));
    QCOMPARE(p.parameter("boundary"), QByteArray("b1"));
    QVERIFY(p.hasExtensionData);
    QVERIFY(p.md5.isNull()); // multiparts have no MD5 field
    QVERIFY(p.disposition.isNull());
}

void TestImapBodyStructure::mixedWithAttachment()
{
    const BodyPart p = bodyOf("((" + s_textPart + s_htmlPart + " \"ALTERNATIVE\" (\"BOUNDARY\" \"b2\") NIL NIL NIL)"
                              + s_pdfPart + " \"MIXED\" (\"BOUNDARY\" \"b1\") NIL (\"en\") \"loc\")");
    QCOMPARE(p.children.size(), 2u);
    QCOMPARE(p.language, QList<QByteArray>({"en"}));
    QCOMPARE(p.location, QByteArray("loc"));
    const BodyPart &pdf = p.children[1];
    QCOMPARE(pdf.mimeType(), QByteArray("application/pdf"));
    QCOMPARE(pdf.disposition.type, QByteArray("ATTACHMENT"));
    QCOMPARE(pdf.disposition.params.size(), 2u);
    QCOMPARE(pdf.fileName(), QByteArray("Rechnung.pdf"));
    QCOMPARE(pdf.language, QList<QByteArray>({"de"}));
    QVERIFY(pdf.location.isNull());
    QCOMPARE(pdf.lines, quint64(0));

    BodyPart nameOnly = pdf;
    nameOnly.disposition = ContentDisposition();
    QCOMPARE(nameOnly.fileName(), QByteArray("=?UTF-8?Q?Rechnung_M=C3=A4rz.pdf?=")); // raw, RFC 2047 later
}

void TestImapBodyStructure::messageRfc822()
{
    const QByteArray envelope = "(\"Mon, 1 Jan 2024 00:00:00 +0000\" \"Inner subject\" ((NIL NIL \"x\" \"y\")) NIL NIL "
                                "NIL NIL NIL NIL \"<inner@y>\")";
    const BodyPart p = bodyOf("(" + s_textPart + "(\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 3456 " + envelope + " ("
                              + s_textPart + s_htmlPart + " \"ALTERNATIVE\" NIL NIL NIL NIL) 78 NIL NIL NIL NIL)"
                              + " \"MIXED\")");
    QCOMPARE(p.children.size(), 2u);
    const BodyPart &message = p.children[1];
    QVERIFY(message.isMessage());
    QVERIFY(message.envelope);
    QCOMPARE(message.envelope->subject, QByteArray("Inner subject"));
    QCOMPARE(message.envelope->from[0].emailAddress(), QByteArray("x@y"));
    QCOMPARE(message.lines, quint64(78));
    QCOMPARE(message.size, quint64(3456));
    QCOMPARE(message.children.size(), 1u);
    QVERIFY(message.children[0].isMultipart());
    QCOMPARE(message.children[0].children.size(), 2u);
    QVERIFY(!p.hasExtensionData); // "MIXED" with nothing after it
}

void TestImapBodyStructure::nonExtensibleBody()
{
    const BodyPart p = bodyOf("((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 1152 23)"
                              "(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\" \"NAME\" \"cc.diff\") "
                              "\"<960723163407.20117h@cac.washington.edu>\" \"Compiler diff\" \"BASE64\" 4554 73) \"MIXED\")",
                              "BODY");
    QVERIFY(p.isMultipart());
    QCOMPARE(p.children.size(), 2u);
    QCOMPARE(p.children[1].description, QByteArray("Compiler diff"));
    QCOMPARE(p.children[1].parameter("name"), QByteArray("cc.diff"));
    QVERIFY(!p.hasExtensionData);
    QVERIFY(!p.children[0].hasExtensionData);
}

void TestImapBodyStructure::futureExtensionsAreSkipped()
{
    const BodyPart p = bodyOf("(\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 10 1 NIL NIL NIL NIL 42 (\"x\" (1 2 (3))) \"y\")");
    QVERIFY(p.hasExtensionData);
    QCOMPARE(p.size, quint64(10));
    QCOMPARE(p.lines, quint64(1));
    QVERIFY(p.location.isNull());
}

void TestImapBodyStructure::serverQuirks()
{
    // A space between multipart children, as some servers send.
    const BodyPart spaced = bodyOf("(" + s_htmlPart + ' ' + s_htmlPart + " \"ALTERNATIVE\")");
    QCOMPARE(spaced.children.size(), 2u);
    QCOMPARE(spaced.subtype, QByteArray("ALTERNATIVE"));

    // message/rfc822 described as a basic part (no envelope), followed by extension data.
    const BodyPart basic = bodyOf("(\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 500 NIL (\"attachment\" NIL) NIL NIL)");
    QVERIFY(basic.isMessage());
    QVERIFY(!basic.envelope);
    QCOMPARE(basic.disposition.type, QByteArray("attachment"));

    // Empty parameter list and a single language given as a string.
    const BodyPart empty = bodyOf("(\"IMAGE\" \"PNG\" () NIL NIL \"BASE64\" 99 NIL NIL \"fr\" NIL)");
    QVERIFY(empty.params.empty());
    QCOMPARE(empty.language, QList<QByteArray>({"fr"}));
}

void TestImapBodyStructure::sectionNumbering()
{
    const QByteArray envelope = "(NIL \"s\" NIL NIL NIL NIL NIL NIL NIL NIL)";
    const QByteArray inner = "(" + s_textPart + s_pdfPart + " \"MIXED\")";
    const BodyPart p = bodyOf("((" + s_textPart + s_htmlPart + " \"ALTERNATIVE\")" + s_pdfPart
                              + "(\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 1 " + envelope + ' ' + inner
                              + " 3)(\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 1 " + envelope + ' ' + s_htmlPart
                              + " 3) \"MIXED\")");
    QCOMPARE(paths(p), QList<QByteArray>({"=multipart/mixed", "1=multipart/alternative", "1.1=text/plain",
                                          "1.2=text/html", "2=application/pdf", "3=message/rfc822",
                                          "3.1=text/plain", "3.2=application/pdf", "4=message/rfc822",
                                          "4.1=text/html"}));
    QVERIFY(SectionIndex::find(p, "3.2"));
    QCOMPARE(SectionIndex::find(p, "3.2")->fileName(), QByteArray("Rechnung.pdf"));
    QCOMPARE(SectionIndex::find(p, "1.2")->encoding, QByteArray("base64"));
    QVERIFY(!SectionIndex::find(p, "5"));
    QVERIFY(!SectionIndex::find(p, "1.3"));
}

void TestImapBodyStructure::sectionNumberingSinglePart()
{
    const BodyPart p = bodyOf(s_htmlPart);
    QCOMPARE(paths(p), QList<QByteArray>({"1=text/html"}));
    QCOMPARE(SectionIndex::find(p, "1"), &p);
    QVERIFY(!SectionIndex::find(p, ""));
}

void TestImapBodyStructure::nestingLimit_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("100 levels") << 100 << true;
    QTest::newRow("101 levels") << 101 << false;
    QTest::newRow("1000 levels") << 1000 << false;
    QTest::newRow("100000 levels") << 100000 << false;
}

void TestImapBodyStructure::nestingLimit()
{
    QFETCH(int, depth);
    QFETCH(bool, accepted);
    // depth - 1 multipart levels around one text part: "((...(TEXT) "MIXED") "MIXED")".
    QByteArray structure = QByteArray(depth - 1, '(') + s_htmlPart;
    for (int i = 1; i < depth; ++i)
        structure += " \"MIXED\")";
    const QByteArray line = "* 1 FETCH (UID 1 BODYSTRUCTURE " + structure + ")\r\n";
    const ParseResult result = parseBytes(line);
    QCOMPARE(result.ok(), accepted);
    if (accepted) {
        const BodyPart *part = &*std::get<FetchResponse>(result.response).bodyStructure;
        int levels = 1;
        while (!part->children.empty()) {
            part = &part->children.front();
            ++levels;
        }
        QCOMPARE(levels, depth);
        return;
    }
    QCOMPARE(result.error.code, ParseErrorCode::NestingTooDeep);
    QCOMPARE(result.error.line, 1);
    // The 101st '(' is where the limit is hit: "* 1 FETCH (UID 1 BODYSTRUCTURE " is 31 bytes.
    QCOMPARE(result.error.offset, 31 + 100);
}

QTEST_GUILESS_MAIN(TestImapBodyStructure)
#include "tst_imap_bodystructure.moc"

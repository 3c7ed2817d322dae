// MessageParts: which parts of a BODYSTRUCTURE a reader shows, fetches with them and offers to save,
// with IMAP section numbers and decoded file names (RFC 2231 and RFC 2047).
#include "ImapTestSupport.h"

#include "sync/bodies/BodyStructureCodec.h"
#include "sync/bodies/MessageParts.h"

#include <QtTest>

using namespace Kestrel;
using namespace Kestrel::Imap;
using Kestrel::Sync::MessageParts;

namespace {

BodyPart bodyOf(const QByteArray &structure)
{
    const ParseResult result = Test::parseBytes("* 1 FETCH (BODYSTRUCTURE " + structure + ")\r\n");
    const auto *fetch = std::get_if<FetchResponse>(&result.response);
    return fetch && fetch->bodyStructure ? *fetch->bodyStructure : BodyPart();
}

MessageParts partsOf(const QByteArray &structure)
{
    return MessageParts::fromBodyStructure(bodyOf(structure));
}

QStringList sections(const QList<PartInfo> &parts)
{
    QStringList out;
    for (const PartInfo &part : parts)
        out << part.section + QLatin1Char('=') + part.mimeType;
    return out;
}

const QByteArray s_plain = "(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"KOI8-R\") NIL NIL \"QUOTED-PRINTABLE\" 120 3 NIL NIL NIL NIL)";
const QByteArray s_html = "(\"TEXT\" \"HTML\" (\"CHARSET\" \"utf-8\") NIL NIL \"BASE64\" 400 6 NIL NIL NIL NIL)";
const QByteArray s_image = "(\"IMAGE\" \"PNG\" (\"NAME\" \"logo.png\") \"<logo@x>\" NIL \"BASE64\" 900 NIL (\"INLINE\" NIL) NIL NIL)";

} // namespace

class TestSyncMessageParts : public QObject
{
    Q_OBJECT

private slots:
    void singlePartIsSectionOne()
    {
        const MessageParts parts = partsOf(s_plain);
        QCOMPARE(sections(parts.text), QStringList{QStringLiteral("1=text/plain")});
        const PartInfo &text = parts.text.constFirst();
        QCOMPARE(text.charset, QStringLiteral("koi8-r"));
        QCOMPARE(text.encoding, QStringLiteral("quoted-printable"));
        QCOMPARE(text.size, quint64(120));
        QVERIFY(text.isBodyText());
        QVERIFY(parts.attachments.isEmpty());
    }

    void alternativePrefersPlainText()
    {
        const MessageParts parts = partsOf("(" + s_html + s_plain + " \"ALTERNATIVE\")");
        QCOMPARE(sections(parts.text), QStringList{QStringLiteral("2=text/plain")});
        QVERIFY(!parts.showsHtml());
        QVERIFY(parts.attachments.isEmpty());
    }

    // multipart/alternative of plain and related(html, image): plain wins, the image is not listed.
    void htmlOnlyBringsItsInlineImages()
    {
        const QByteArray related = "(" + s_html + s_image + " \"RELATED\")";
        const MessageParts withPlain = partsOf("(" + s_plain + related + " \"ALTERNATIVE\")");
        QCOMPARE(sections(withPlain.forDisplay()), QStringList{QStringLiteral("1=text/plain")});
        QVERIFY(withPlain.attachments.isEmpty());

        const MessageParts htmlOnly = partsOf("(" + related + s_image + " \"MIXED\")");
        QCOMPARE(sections(htmlOnly.text), QStringList{QStringLiteral("1.1=text/html")});
        QCOMPARE(sections(htmlOnly.related), QStringList{QStringLiteral("1.2=image/png")});
        QCOMPARE(htmlOnly.related.constFirst().contentId, QStringLiteral("logo@x"));
        QCOMPARE(sections(htmlOnly.forDisplay()), (QStringList{QStringLiteral("1.1=text/html"), QStringLiteral("1.2=image/png")}));
        QCOMPARE(sections(htmlOnly.attachments), QStringList{QStringLiteral("2=image/png")}); // named, outside related
    }

    void relatedStartParameterPicksTheRoot()
    {
        const QByteArray html = "(\"TEXT\" \"HTML\" NIL \"<root@x>\" NIL \"7BIT\" 10 1 NIL NIL NIL NIL)";
        const MessageParts parts = partsOf("(" + s_image + html + " \"RELATED\" (\"START\" \"<root@x>\") NIL NIL NIL)");
        QCOMPARE(sections(parts.text), QStringList{QStringLiteral("2=text/html")});
        QCOMPARE(sections(parts.related), QStringList{QStringLiteral("1=image/png")});
    }

    void attachmentsInOrderWithDecodedNames()
    {
        const QByteArray rfc2231 = "(\"APPLICATION\" \"PDF\" NIL NIL NIL \"BASE64\" 5000 NIL "
                                   "(\"ATTACHMENT\" (\"FILENAME*\" \"utf-8''%D0%BE%D1%82%D1%87%D1%91%D1%82.pdf\")) NIL NIL)";
        const QByteArray continued = "(\"APPLICATION\" \"OCTET-STREAM\" NIL NIL NIL \"BASE64\" 70 NIL "
                                     "(\"ATTACHMENT\" (\"filename*0*\" \"windows-1251''%CF%F0%E8\" \"filename*1*\" \"%E2%E5%F2\" "
                                     "\"filename*2\" \".bin\")) NIL NIL)";
        const QByteArray encodedWord = "(\"APPLICATION\" \"VND.MS-EXCEL\" (\"NAME\" \"=?UTF-8?Q?Rechnung_M=C3=A4rz.xls?=\") "
                                       "NIL NIL \"BASE64\" 900 NIL NIL NIL NIL)";
        const QByteArray textAttachment = "(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"windows-1251\") NIL NIL \"7BIT\" 10 1 NIL "
                                          "(\"ATTACHMENT\" (\"FILENAME\" \"notes.txt\")) NIL NIL)";
        const MessageParts parts = partsOf("(" + s_plain + rfc2231 + continued + encodedWord + textAttachment + " \"MIXED\")");
        QCOMPARE(sections(parts.text), QStringList{QStringLiteral("1=text/plain")});
        QCOMPARE(parts.attachments.size(), 4);
        QCOMPARE(parts.attachments[0].fileName, QStringLiteral("отчёт.pdf"));
        QCOMPARE(parts.attachments[0].disposition, QStringLiteral("attachment"));
        QCOMPARE(parts.attachments[0].section, QStringLiteral("2"));
        QCOMPARE(parts.attachments[1].fileName, QStringLiteral("Привет.bin"));
        QCOMPARE(parts.attachments[2].fileName, QStringLiteral("Rechnung März.xls"));
        QCOMPARE(parts.attachments[2].mimeType, QStringLiteral("application/vnd.ms-excel"));
        QCOMPARE(parts.attachments[3].fileName, QStringLiteral("notes.txt"));
        QVERIFY(!parts.attachments[3].isBodyText()); // kept as the sender's bytes, not converted
    }

    void forwardedMessageIsOneAttachment()
    {
        const QByteArray rfc822 =
            "(\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 842 (NIL \"Inner\" NIL NIL NIL NIL NIL NIL NIL NIL) "
            "(" + s_plain + s_image + " \"MIXED\") 20 NIL NIL NIL NIL)";
        const MessageParts parts = partsOf("(" + s_plain + rfc822 + " \"MIXED\")");
        QCOMPARE(sections(parts.text), QStringList{QStringLiteral("1=text/plain")});
        QCOMPARE(sections(parts.attachments), QStringList{QStringLiteral("2=message/rfc822")});
    }

    void signedMessageShowsTheTextAndListsTheSignature()
    {
        const QByteArray signature = "(\"APPLICATION\" \"PGP-SIGNATURE\" (\"NAME\" \"signature.asc\") NIL NIL \"7BIT\" 500 NIL NIL NIL NIL)";
        const MessageParts parts = partsOf("((" + s_plain + s_html + " \"ALTERNATIVE\")" + signature + " \"SIGNED\")");
        QCOMPARE(sections(parts.text), QStringList{QStringLiteral("1.1=text/plain")});
        QCOMPARE(sections(parts.attachments), QStringList{QStringLiteral("2=application/pgp-signature")});
    }

    // The sync's shortcut for the paper clip must agree with the lists the reader builds.
    void hasAttachmentsAgreesWithTheLists_data()
    {
        QTest::addColumn<QByteArray>("structure");
        QTest::addColumn<bool>("expected");
        const QByteArray inlineImage = "(\"IMAGE\" \"PNG\" NIL \"<i@x>\" NIL \"BASE64\" 90 NIL (\"INLINE\" NIL) NIL NIL)";
        const QByteArray attachedImage = "(\"IMAGE\" \"PNG\" NIL \"<i@x>\" NIL \"BASE64\" 90 NIL (\"Attachment\" NIL) NIL NIL)";
        const auto plainWith = [](const QByteArray &params, const QByteArray &disposition) -> QByteArray {
            return "(\"TEXT\" \"PLAIN\" " + params + " NIL NIL \"7BIT\" 10 1 NIL " + disposition + " NIL NIL)";
        };
        QTest::newRow("plain") << s_plain << false;
        QTest::newRow("html") << s_html << false;
        QTest::newRow("alternative") << QByteArray("(" + s_html + s_plain + " \"ALTERNATIVE\")") << false;
        QTest::newRow("related, inline image") << QByteArray("(" + s_html + inlineImage + " \"RELATED\")") << false;
        QTest::newRow("related, attached image") << QByteArray("(" + s_html + attachedImage + " \"RELATED\")") << true;
        QTest::newRow("mixed, image") << QByteArray("(" + s_plain + s_image + " \"MIXED\")") << true;
        QTest::newRow("plain as attachment") << plainWith("(\"CHARSET\" \"UTF-8\")", "(\"ATTACHMENT\" NIL)") << true;
        QTest::newRow("plain with a name") << plainWith("(\"Name\" \"notes.txt\")", "NIL") << true;
        QTest::newRow("plain with an empty name") << plainWith("(\"NAME\" \"\")", "NIL") << false;
        QTest::newRow("inline plain with a file name")
            << plainWith("NIL", "(\"INLINE\" (\"FILENAME\" \"a.txt\"))") << true;
        QTest::newRow("RFC 2231 file name")
            << plainWith("NIL", "(\"INLINE\" (\"filename*0*\" \"utf-8''%C4%81\" \"filename*1\" \".txt\"))") << true;
        QTest::newRow("inline plain, other parameters")
            << plainWith("(\"CHARSET\" \"UTF-8\" \"FORMAT\" \"flowed\")", "(\"INLINE\" (\"SIZE\" \"10\"))") << false;
        QTest::newRow("octet stream alone")
            << QByteArray("(\"APPLICATION\" \"OCTET-STREAM\" NIL NIL NIL \"BASE64\" 900 NIL NIL NIL NIL)") << true;
        QTest::newRow("signed") << QByteArray("((" + s_plain + s_html + " \"ALTERNATIVE\")"
                                              "(\"APPLICATION\" \"PGP-SIGNATURE\" NIL NIL NIL \"7BIT\" 500 NIL NIL NIL NIL)"
                                              " \"SIGNED\")")
                                << true;
    }

    void hasAttachmentsAgreesWithTheLists()
    {
        QFETCH(QByteArray, structure);
        QFETCH(bool, expected);
        const BodyPart root = bodyOf(structure);
        QVERIFY(!root.type.isEmpty() || root.isMultipart());
        QCOMPARE(!MessageParts::fromBodyStructure(root).attachments.isEmpty(), expected);
        QCOMPARE(MessageParts::hasAttachments(root), expected);
    }

    void fromStoredReadsTheCodecsBytes()
    {
        const BodyPart root = bodyOf("(" + s_plain + s_image + " \"MIXED\")");
        const auto parts = MessageParts::fromStored(Sync::BodyStructureCodec::encode(root));
        QVERIFY(parts);
        QCOMPARE(sections(parts->all()), (QStringList{QStringLiteral("1=text/plain"), QStringLiteral("2=image/png")}));
        QVERIFY(!MessageParts::fromStored(QByteArray()));
        QVERIFY(!MessageParts::fromStored("garbage"));
    }
};

QTEST_GUILESS_MAIN(TestSyncMessageParts)
#include "tst_sync_message_parts.moc"

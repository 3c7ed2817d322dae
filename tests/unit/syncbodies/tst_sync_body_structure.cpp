// BodyStructureCodec: the parsed BODYSTRUCTURE the cache keeps (MessageSummary::bodyStructure) reads back
// as the same tree, and damaged or foreign bytes are refused instead of misread.
#include "ImapTestSupport.h"

#include "imap/parser/FetchResponse.h"
#include "sync/SummaryFromFetch.h"
#include "sync/bodies/BodyStructureCodec.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace Kestrel;
using namespace Kestrel::Imap;
using Kestrel::Sync::BodyStructureCodec;

namespace {

FetchResponse fetchOf(const QByteArray &items)
{
    const ParseResult result = Test::parseBytes("* 1 FETCH (" + items + ")\r\n");
    if (!result.ok())
        qWarning() << "parse failed:" << result.error.toString();
    const auto *fetch = std::get_if<FetchResponse>(&result.response);
    return fetch ? *fetch : FetchResponse();
}

BodyPart bodyOf(const QByteArray &structure)
{
    const FetchResponse fetch = fetchOf("BODYSTRUCTURE " + structure);
    return fetch.bodyStructure ? *fetch.bodyStructure : BodyPart();
}

// What encode() wrote when it streamed through QDataStream: its hand-written writer must give the same
// bytes, or files written before it would no longer read back.
void streamPart(QDataStream &out, const BodyPart &part)
{
    const auto params = [&out](const std::vector<BodyParameter> &list) {
        out << quint32(list.size());
        for (const BodyParameter &p : list)
            out << p.name << p.value;
    };
    out << part.type << part.subtype;
    params(part.params);
    out << part.id << part.description << part.encoding << part.size << part.lines << part.hasExtensionData
        << part.md5 << part.disposition.type;
    params(part.disposition.params);
    out << quint32(part.language.size());
    for (const QByteArray &language : part.language)
        out << language;
    out << part.location << quint32(part.children.size());
    for (const BodyPart &child : part.children)
        streamPart(out, child);
}

QByteArray streamedEncoding(const BodyPart &root)
{
    QByteArray bytes("KBS\x01", 4);
    QDataStream out(&bytes, QIODevice::WriteOnly | QIODevice::Append);
    out.setVersion(QDataStream::Qt_6_0);
    streamPart(out, root);
    return bytes;
}

// The codec keeps everything but message/rfc822 envelopes.
void dropEnvelopes(BodyPart &part)
{
    part.envelope.reset();
    for (BodyPart &child : part.children)
        dropEnvelopes(child);
}

const QByteArray s_text =
    "(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"UTF-8\" \"FORMAT\" \"flowed\") \"<id1@x>\" \"Greeting\" \"QUOTED-PRINTABLE\" "
    "1152 23 \"d41d8cd98f00b204e9800998ecf8427e\" (\"inline\" NIL) (\"en\" \"de\") \"http://x/loc\")";
const QByteArray s_html = "(\"text\" \"html\" (\"charset\" \"koi8-r\") NIL NIL \"base64\" 4242 55 NIL NIL NIL NIL)";
const QByteArray s_pdf =
    "(\"APPLICATION\" \"PDF\" (\"NAME\" \"=?UTF-8?Q?Rechnung_M=C3=A4rz.pdf?=\") NIL NIL \"BASE64\" 23456 NIL "
    "(\"ATTACHMENT\" (\"FILENAME*\" \"utf-8''%D0%BE%D1%82%D1%87%D1%91%D1%82.pdf\" \"SIZE\" \"17000\")) \"de\" NIL)";
const QByteArray s_bare = "(\"IMAGE\" \"PNG\" NIL NIL NIL \"BASE64\" 12 NIL NIL NIL NIL)";
const QByteArray s_rfc822 =
    "(\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 842 (\"Mon, 7 Feb 1994 21:52:25 -0800\" \"Inner\" "
    "((\"Fred\" NIL \"fred\" \"example.org\")) NIL NIL NIL NIL NIL NIL \"<inner@x>\") "
    "(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 100 4 NIL NIL NIL NIL) 20 NIL NIL NIL NIL)";

} // namespace

class TestSyncBodyStructure : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("structure");
        QTest::newRow("single text, every extension") << s_text;
        QTest::newRow("no extension data") << QByteArray("(\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 0 0)");
        QTest::newRow("alternative") << QByteArray("(" + s_text + s_html + " \"ALTERNATIVE\" (\"BOUNDARY\" \"b1\") NIL NIL NIL)");
        QTest::newRow("mixed with attachments")
            << QByteArray("((" + s_text + s_html + " \"ALTERNATIVE\")" + s_pdf + s_bare + " \"MIXED\" (\"BOUNDARY\" \"x\") NIL (\"en\") NIL)");
        QTest::newRow("forwarded message") << QByteArray("(" + s_text + s_rfc822 + " \"MIXED\")");
        QByteArray deep = s_bare;
        for (int i = 0; i < 40; ++i)
            deep = "(" + deep + s_text + " \"MIXED\")";
        QTest::newRow("40 levels deep") << deep;
    }

    void roundTrip()
    {
        QFETCH(QByteArray, structure);
        BodyPart original = bodyOf(structure);
        QVERIFY(!original.type.isEmpty());
        const QByteArray stored = BodyStructureCodec::encode(original);
        const auto decoded = BodyStructureCodec::decode(stored);
        QVERIFY(decoded);
        dropEnvelopes(original);
        QVERIFY(*decoded == original);
        QCOMPARE(BodyStructureCodec::encode(*decoded), stored); // stable: storing again changes nothing
    }

    void sameBytesAsQDataStream_data() { roundTrip_data(); }

    void sameBytesAsQDataStream()
    {
        QFETCH(QByteArray, structure);
        const BodyPart part = bodyOf(structure);
        QVERIFY(!part.type.isEmpty());
        QCOMPARE(BodyStructureCodec::encode(part), streamedEncoding(part));
    }

    // A NIL disposition and an empty string are different things to a reader; the codec keeps them apart.
    void nilStaysNil()
    {
        const auto decoded = BodyStructureCodec::decode(BodyStructureCodec::encode(bodyOf(s_bare)));
        QVERIFY(decoded);
        QVERIFY(decoded->disposition.isNull());
        QVERIFY(decoded->id.isNull());
        QCOMPARE(decoded->encoding, QByteArray("BASE64"));
        QCOMPARE(decoded->size, quint64(12));
    }

    void compact()
    {
        const QByteArray structure = "((" + s_text + s_html + " \"ALTERNATIVE\")" + s_pdf + " \"MIXED\")";
        // Far below what the raw IMAP text would take plus room for the tree: a few hundred bytes.
        QVERIFY2(BodyStructureCodec::encode(bodyOf(structure)).size() < structure.size() * 2,
                 QByteArray::number(BodyStructureCodec::encode(bodyOf(structure)).size()).constData());
    }

    void refusesForeignAndDamagedBytes()
    {
        QVERIFY(!BodyStructureCodec::decode(QByteArray()));
        QVERIFY(!BodyStructureCodec::decode(s_text)); // raw IMAP text, as older caches might hold
        QByteArray stored = BodyStructureCodec::encode(bodyOf("(" + s_text + s_pdf + " \"MIXED\")"));
        QByteArray newer = stored;
        newer[3] = char(BodyStructureCodec::Version + 1);
        QVERIFY(!BodyStructureCodec::decode(newer));
        for (qsizetype length = 0; length < stored.size(); ++length)
            QVERIFY2(!BodyStructureCodec::decode(stored.left(length)), QByteArray::number(length).constData());
        QVERIFY(!BodyStructureCodec::decode(stored + "x"));
    }

    // Flipped bytes must never crash or allocate without bound; whatever decodes is a tree again.
    void survivesCorruption()
    {
        const QByteArray stored = BodyStructureCodec::encode(bodyOf("((" + s_text + s_html + " \"ALTERNATIVE\")" + s_pdf + " \"MIXED\")"));
        QRandomGenerator random(4711);
        int refused = 0;
        for (int round = 0; round < 2000; ++round) {
            QByteArray damaged = stored;
            for (int flips = 1 + random.bounded(3); flips > 0; --flips)
                damaged[4 + random.bounded(int(damaged.size() - 4))] = char(random.bounded(256));
            if (!BodyStructureCodec::decode(damaged))
                ++refused;
        }
        QVERIFY(refused > 0);
    }

    void tooDeepIsRefused()
    {
        BodyPart root = bodyOf(s_bare);
        for (int i = 0; i <= BodyStructureCodec::MaxDepth; ++i) {
            BodyPart parent;
            parent.type = "MULTIPART";
            parent.subtype = "MIXED";
            parent.children.push_back(root);
            root = parent;
        }
        QVERIFY(!BodyStructureCodec::decode(BodyStructureCodec::encode(root)));
    }

    // What the sync stores: the structure itself, and the list's attachment flag derived from it.
    void summaryKeepsTheStructure()
    {
        const QByteArray mixed = "(" + s_text + s_pdf + " \"MIXED\")";
        Kestrel::MessageSummary summary;
        QVERIFY(Sync::summaryFromFetch(fetchOf("UID 7 BODYSTRUCTURE " + mixed), summary));
        const auto decoded = BodyStructureCodec::decode(summary.bodyStructure);
        QVERIFY(decoded);
        BodyPart expected = bodyOf(mixed);
        QVERIFY(*decoded == expected);
        QVERIFY(summary.hasAttachment);

        Kestrel::MessageSummary plain;
        QVERIFY(Sync::summaryFromFetch(fetchOf("UID 8 BODYSTRUCTURE (" + s_text + s_html + " \"ALTERNATIVE\")"), plain));
        QVERIFY(!plain.hasAttachment);
        QVERIFY(BodyStructureCodec::decode(plain.bodyStructure));
    }
};

QTEST_GUILESS_MAIN(TestSyncBodyStructure)
#include "tst_sync_body_structure.moc"

// Modified UTF-7 mailbox names (RFC 3501 5.1.3).
#include "imap/parser/ModifiedUtf7.h"

#include <QtTest>

#include <random>

using namespace Kestrel::Imap;

class TestImapUtf7 : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void randomRoundTrips();
    void invalid_data();
    void invalid();
};

void TestImapUtf7::roundTrip_data()
{
    QTest::addColumn<QString>("decoded");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("ascii") << QStringLiteral("INBOX/Sent Items") << QByteArray("INBOX/Sent Items");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("ampersand") << QStringLiteral("Tom & Jerry &") << QByteArray("Tom &- Jerry &-");
    QTest::newRow("rfc 3501 example") << QString::fromUtf8("~peter/mail/台北/日本語")
                                      << QByteArray("~peter/mail/&U,BTFw-/&ZeVnLIqe-");
    QTest::newRow("russian") << QString::fromUtf8("Отправленные") << QByteArray("&BB4EQgQ,BEAEMAQyBDsENQQ9BD0ESwQ1-");
    QTest::newRow("latvian") << QString::fromUtf8("Nosūtītās") << QByteArray("Nos&AWs-t&ASs-t&AQE-s");
    QTest::newRow("german") << QString::fromUtf8("Entwürfe") << QByteArray("Entw&APw-rfe");
    QTest::newRow("emoji surrogates") << QString::fromUtf8("Fun 😀") << QByteArray("Fun &2D3eAA-");
    QTest::newRow("tilde and slash") << QString::fromUtf8("a~b/ç") << QByteArray("a~b/&AOc-");
    QTest::newRow("control char") << QStringLiteral("a\tb") << QByteArray("a&AAk-b");
}

void TestImapUtf7::roundTrip()
{
    QFETCH(QString, decoded);
    QFETCH(QByteArray, encoded);
    QCOMPARE(ModifiedUtf7::encode(decoded), encoded);
    const ModifiedUtf7::DecodeResult result = ModifiedUtf7::decode(encoded);
    QVERIFY2(result.ok, result.error);
    QCOMPARE(result.text, decoded);
    QCOMPARE(result.errorOffset, -1);
}

void TestImapUtf7::randomRoundTrips()
{
    std::mt19937 rng(2024);
    const char32_t pool[] = {U'a', U'&', U'-', U' ', U'/', U'é', U'Ж', U'日', U'😀', U'\u00a0', U'~', U'\u2028'};
    for (int round = 0; round < 2000; ++round) {
        QString name;
        for (int i = int(rng() % 12); i > 0; --i) {
            const char32_t c = pool[rng() % std::size(pool)];
            name += QString::fromUcs4(&c, 1);
        }
        const QByteArray encoded = ModifiedUtf7::encode(name);
        for (char c : encoded)
            QVERIFY(c >= 0x20 && c <= 0x7e);
        const ModifiedUtf7::DecodeResult decoded = ModifiedUtf7::decode(encoded);
        QVERIFY2(decoded.ok, encoded.constData());
        QCOMPARE(decoded.text, name);
    }
}

void TestImapUtf7::invalid_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<int>("offset");
    QTest::newRow("unterminated") << QByteArray("abc&ZeVn") << 3;
    QTest::newRow("bad base64 char") << QByteArray("&Ze.n-") << 3;
    QTest::newRow("slash not comma") << QByteArray("&U/BTFw-") << 2;
    QTest::newRow("8-bit byte") << QByteArray("Entw\xc3\xbcrfe") << 4;
    QTest::newRow("control byte") << QByteArray("a\tb") << 1;
    QTest::newRow("printable encoded") << QByteArray("&AGEAYg-") << 3;
    QTest::newRow("ampersand encoded") << QByteArray("&ACY-") << 3;
    QTest::newRow("leftover bits") << QByteArray("&U,BTFx-") << 0;
    QTest::newRow("partial unit") << QByteArray("&ZeVnL-") << 0;
    QTest::newRow("lone low surrogate") << QByteArray("&3gA-") << 3;
    QTest::newRow("high then letter") << QByteArray("&2D0A6Q-") << 6;
    QTest::newRow("high at end") << QByteArray("&2D0-") << 0;
}

void TestImapUtf7::invalid()
{
    QFETCH(QByteArray, encoded);
    const ModifiedUtf7::DecodeResult result = ModifiedUtf7::decode(encoded);
    QVERIFY(!result.ok);
    QVERIFY(result.error);
    QTEST(int(result.errorOffset), "offset");
}

QTEST_GUILESS_MAIN(TestImapUtf7)
#include "tst_imap_utf7.moc"

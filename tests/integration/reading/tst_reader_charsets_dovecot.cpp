// Mislabelled and unlabelled charsets in the reader: Russian text sent as KOI8-R or windows-1251 with
// no charset, with "iso-8859-1", or with the other of the two on the label reads as Cyrillic, not
// mojibake, while Western Latin-1 text and correctly labelled all-capital text keep their labels. First
// decodeCharset itself, then the demo mailbox's unlabelled and mislabelled KOI8-R messages opened in
// the reader from the real Dovecot (fetched on the reading thread, decoded into the cache, shown).
#include "ReaderPane.h"
#include "ReaderWidget.h"
#include "ReadingTestBed.h"

#include "cache/Database.h"
#include "cache/MessageListReader.h"
#include "mime/CharsetText.h"
#include "sync/SyncCoordinator.h"
#include "sync/bodies/MessageParts.h"
#include "sync/reading/ContentFetchCoordinator.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTest>

using namespace Kestrel;

namespace {

const QString Russian = QStringLiteral("Добрый день! Привет из Москвы, как дела? Съешь же ещё этих мягких французских булок.");

QByteArray encoded(const QString &text, const char *charset)
{
    QStringEncoder encoder(charset);
    return encoder.encode(text);
}

} // namespace

class TestReaderCharsetsDovecot : public QObject
{
    Q_OBJECT
private slots:
    void labelsAreCheckedAgainstTheBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("label");
        QTest::addColumn<QString>("text");
        QTest::newRow("unlabelled koi8-r") << encoded(Russian, "KOI8-R") << QByteArray() << Russian;
        QTest::newRow("unlabelled windows-1251") << encoded(Russian, "windows-1251") << QByteArray() << Russian;
        QTest::newRow("us-ascii, really koi8-r") << encoded(Russian, "KOI8-R") << QByteArray("us-ascii") << Russian;
        QTest::newRow("iso-8859-1, really koi8-r") << encoded(Russian, "KOI8-R") << QByteArray("iso-8859-1") << Russian;
        QTest::newRow("iso-8859-1, really windows-1251") << encoded(Russian, "windows-1251") << QByteArray("ISO-8859-1") << Russian;
        QTest::newRow("koi8-r, really windows-1251") << encoded(Russian, "windows-1251") << QByteArray("koi8-r") << Russian;
        QTest::newRow("windows-1251, really koi8-r") << encoded(Russian, "KOI8-R") << QByteArray("windows-1251") << Russian;
        QTest::newRow("utf-8, really windows-1251") << encoded(Russian, "windows-1251") << QByteArray("utf-8") << Russian;
        const QString caps = QStringLiteral("ВНИМАНИЕ: СЕРВЕР БУДЕТ ОТКЛЮЧЕН В СУББОТУ");
        QTest::newRow("all capitals keep the label") << encoded(caps, "KOI8-R") << QByteArray("koi8-r") << caps;
        const QString french = QStringLiteral("Voilà l'été à Zürich: schöne Grüße, déjà vu, garçon, naïve façade.");
        QTest::newRow("western latin-1 stays") << encoded(french, "ISO-8859-1") << QByteArray("iso-8859-1") << french;
        QTest::newRow("unlabelled western") << encoded(french, "ISO-8859-1") << QByteArray() << french;
    }

    void labelsAreCheckedAgainstTheBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, label);
        QFETCH(QString, text);
        QCOMPARE(Mime::decodeCharset(bytes, label), text);
    }

    void mislabelledMailReadsAsCyrillicInTheReader()
    {
        Test::ReadingTestBed bed;
        const QString problem = bed.start(QStringLiteral("charsets-bob"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        bed.bob.prefetch = AccountSettings::Prefetch::None; // the reader's own fetch decodes them
        Sync::SyncCoordinator sync(bed.cachePath(), bed.credentials);
        QSignalSpy synced(&sync, &Sync::SyncCoordinator::accountFinished);
        sync.sync(bed.bob);
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 60000);
        Database cache;
        QVERIFY(!cache.open(bed.cachePath(), Database::Access::ReadOnly));
        Sync::ContentFetchCoordinator reading(bed.cachePath(), bed.credentials);
        Ui::ReaderWidget reader(cache, nullptr);
        QStringList failures;
        connect(&reader, &Ui::ReaderWidget::contentWanted, &reading, [&](const MessageSummary &m) { reading.fetchForDisplay(bed.bob, m.id); });
        connect(&reading, &Sync::ContentFetchCoordinator::contentFetched, &reader,
                [&](const QString &, qint64, const std::optional<Error> &error) {
                    if (error)
                        failures << error->toString();
                    reader.refresh();
                });

        // The demo's single-part Russian messages whose label is missing or Latin-1 (KOI8-R bytes).
        QSqlQuery query(cache.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM messages WHERE from_addr LIKE '%.ru%' ORDER BY id")));
        QList<qint64> ids;
        while (query.next())
            ids << query.value(0).toLongLong();
        query.finish(); // an open statement would keep this connection on its snapshot of the cache
        QStringList labels;
        for (const qint64 id : std::as_const(ids)) {
            std::optional<MessageSummary> message;
            QVERIFY(!MessageListReader(cache).messageById(id, message) && message);
            const auto parts = Sync::MessageParts::fromStored(message->bodyStructure);
            if (!parts || parts->text.size() != 1 || !parts->attachments.isEmpty() || parts->text.first().isText() == false)
                continue;
            const QString charset = parts->text.first().charset;
            // No charset on the wire: BODYSTRUCTURE says RFC 2046's default, us-ascii.
            if (!charset.isEmpty() && charset != QLatin1String("us-ascii") && charset != QLatin1String("iso-8859-1"))
                continue;
            labels << (charset.isEmpty() ? QStringLiteral("none") : charset);
            reader.showMessage(*message);
            QTRY_VERIFY2_WITH_TIMEOUT(reader.pane()->toPlainText().contains(QStringLiteral("Добрый день!")), qPrintable(reader.pane()->toPlainText() + failures.join(QLatin1Char('\n'))),
                                      20000);
        }
        labels.sort();
        QCOMPARE(labels, (QStringList{QStringLiteral("iso-8859-1"), QStringLiteral("us-ascii")}));
    }
};

QTEST_MAIN(TestReaderCharsetsDovecot)
#include "tst_reader_charsets_dovecot.moc"

// The reader's tasks against the real Dovecot (ContentFetchCoordinator::startTask on the account's
// reading thread): a saved attachment is byte for byte what the sender attached (checked against the
// Maildir with Python's email package), downloads report progress piece by piece and can be cancelled,
// "save all" never replaces a file, "view source" is the message as the server holds it, and an
// attached message/rfc822 is parsed into a message of its own.
#include "MaildirOracle.h"
#include "ReadingTestBed.h"

#include "cache/Database.h"
#include "cache/PartStore.h"
#include "sync/SyncCoordinator.h"
#include "sync/bodies/MessageParts.h"
#include "sync/reading/ContentFetchCoordinator.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Kestrel;
using Sync::ReadingResult;
using Sync::ReadingTask;

class TestReadingTasksDovecot : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const QString problem = m_bed.start(QStringLiteral("tasks-bob"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_bed.bob.prefetch = AccountSettings::Prefetch::None; // every attachment starts on the server only
        Sync::SyncCoordinator sync(m_bed.cachePath(), m_bed.credentials);
        QSignalSpy finished(&sync, &Sync::SyncCoordinator::accountFinished);
        sync.sync(m_bed.bob);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(!finished.first().at(1).value<std::optional<Error>>());
        QVERIFY(!m_cache.open(m_bed.cachePath(), Database::Access::ReadOnly));
        m_reading = std::make_unique<Sync::ContentFetchCoordinator>(m_bed.cachePath(), m_bed.credentials);
        QVERIFY(m_out.isValid());
    }

    void cancelStopsTheDownload()
    {
        const QString subject = QStringLiteral("Scanned whiteboard"); // a 230 kB image, not cached yet
        const qint64 id = messageId(subject);
        m_reading->setPieceBytes(1024); // some 300 pieces: a loopback server cannot finish before the cancel
        const QString path = m_out.filePath(QStringLiteral("cancelled.png"));
        QSignalSpy progress(m_reading.get(), &Sync::ContentFetchCoordinator::taskProgress);
        QSignalSpy finished(m_reading.get(), &Sync::ContentFetchCoordinator::taskFinished);
        quint64 task = 0;
        QObject scope; // the connection ends with this test function
        // Cancel as soon as the first piece arrived, as a user pressing Cancel would.
        connect(m_reading.get(), &Sync::ContentFetchCoordinator::taskProgress, &scope, [&](quint64 id, qint64 done) {
            if (id == task && done > 0)
                m_reading->cancelTask(id);
        });
        task = m_reading->startTask(m_bed.bob, {ReadingTask::Kind::SaveAttachment, id, 0, path});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const auto error = finished.first().at(2).value<std::optional<Error>>();
        QVERIFY(error);
        QCOMPARE(error->code, Error::Code::Cancelled);
        QVERIFY(!QFile::exists(path));
        const qint64 total = progress.last().at(2).toLongLong();
        QVERIFY2(progress.last().at(1).toLongLong() < total, "cancelled before the end");
        const auto parts = Sync::MessageParts::fromStored(messageBodyStructure(id));
        std::optional<StoredPart> stored;
        QVERIFY(!PartStore(m_cache).load(id, parts->attachments.at(0).section, stored));
        QVERIFY(!stored); // nothing half-downloaded is kept
    }

    void savedAttachmentIsTheOriginalBytesWithProgress()
    {
        const QString subject = QStringLiteral("Scanned whiteboard"); // a 230 kB image, base64
        const QByteArray expected = oracle().attachment(subject, 0);
        QVERIFY(expected.size() > 100000);
        m_reading->setPieceBytes(64 * 1024);
        const QString path = m_out.filePath(QStringLiteral("board.png"));
        QSignalSpy progress(m_reading.get(), &Sync::ContentFetchCoordinator::taskProgress);
        const auto [result, error] = run({ReadingTask::Kind::SaveAttachment, messageId(subject), 0, path});
        QVERIFY2(!error, error ? qPrintable(error->toString()) : "");
        QCOMPARE(result.files, QStringList{path});
        QCOMPARE(readFile(path), expected);
        QVERIFY2(progress.size() >= 5, qPrintable(QString::number(progress.size()))); // piece by piece
        const QList<QVariant> last = progress.last();
        QCOMPARE(last.at(1).toLongLong(), last.at(2).toLongLong()); // ends at 100 %

        // Now cached: saved again with nothing to download.
        progress.clear();
        const QString again = m_out.filePath(QStringLiteral("again.png"));
        const auto [second, secondError] = run({ReadingTask::Kind::SaveAttachment, messageId(subject), 0, again});
        QVERIFY(!secondError);
        QCOMPARE(progress.size(), 0);
        QCOMPARE(readFile(again), expected);
    }

    void saveAllNeverReplacesAFile()
    {
        const QString subject = QStringLiteral("Отчёт за 2024 год");
        QDir folder(m_out.filePath(QStringLiteral("all")));
        QVERIFY(folder.mkpath(QStringLiteral(".")));
        QFile existing(folder.filePath(QStringLiteral("Отчёт 2024.pdf")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("keep me");
        existing.close();
        const auto [result, error] = run({ReadingTask::Kind::SaveAllAttachments, messageId(subject), -1, folder.path()});
        QVERIFY2(!error, error ? qPrintable(error->toString()) : "");
        QCOMPARE(result.files, (QStringList{folder.filePath(QStringLiteral("Отчёт 2024 (2).pdf")),
                                            folder.filePath(QStringLiteral("Диаграмма продаж.png"))}));
        QCOMPARE(readFile(existing.fileName()), QByteArray("keep me"));
        QCOMPARE(readFile(result.files.at(0)), oracle().attachment(subject, 0));
        QCOMPARE(readFile(result.files.at(1)), oracle().attachment(subject, 1));
    }

    void viewSourceIsTheMessageAsTheServerHoldsIt()
    {
        const QString subject = QStringLiteral("Minutes and slides");
        const auto [result, error] = run({ReadingTask::Kind::ViewSource, messageId(subject), -1, {}});
        QVERIFY(result.bytes.contains("Subject: Minutes and slides\r\n"));
        QVERIFY2(!error, error ? qPrintable(error->toString()) : "");
        QCOMPARE(result.bytes, oracle().rawMessage(subject));
    }

    void attachedMessageIsParsed()
    {
        QSqlQuery query(m_cache.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT id, subject FROM messages WHERE subject LIKE 'Fwd: %' ORDER BY id LIMIT 1")));
        QVERIFY(query.next());
        const qint64 id = query.value(0).toLongLong();
        const QString inner = query.value(1).toString().mid(5);
        const auto parts = Sync::MessageParts::fromStored(messageBodyStructure(id));
        QVERIFY(parts);
        int index = -1;
        for (int i = 0; i < parts->attachments.size(); ++i) {
            if (parts->attachments.at(i).mimeType == QLatin1String("message/rfc822"))
                index = i;
        }
        QVERIFY(index >= 0);
        const auto [result, error] = run({ReadingTask::Kind::OpenAttachedMessage, id, index, {}});
        QVERIFY2(!error, error ? qPrintable(error->toString()) : "");
        QVERIFY(result.message);
        QCOMPARE(result.message->subject, inner);
        QVERIFY(!result.message->plainText.isEmpty());
    }

    void openedAttachmentGoesToAPrivateFolder()
    {
        const QString subject = QStringLiteral("Minutes and slides");
        const QString root = m_out.filePath(QStringLiteral("open"));
        const auto [result, error] = run({ReadingTask::Kind::OpenAttachment, messageId(subject), 0, root});
        QVERIFY2(!error, error ? qPrintable(error->toString()) : "");
        QCOMPARE(result.files.size(), 1);
        QCOMPARE(QFileInfo(result.files.first()).fileName(), QStringLiteral("minutes.pdf"));
        QCOMPARE(readFile(result.files.first()), oracle().attachment(subject, 0));
        const QFile::Permissions folder = QFileInfo(QFileInfo(result.files.first()).path()).permissions();
        QVERIFY(!(folder & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));
    }

private:
    std::pair<ReadingResult, std::optional<Error>> run(const ReadingTask &task)
    {
        QSignalSpy finished(m_reading.get(), &Sync::ContentFetchCoordinator::taskFinished);
        const quint64 id = m_reading->startTask(m_bed.bob, task);
        if (!finished.wait(30000) || finished.first().at(0).toULongLong() != id)
            return {{}, Error::make(Error::Code::Network, QStringLiteral("the task did not finish"))};
        return {finished.first().at(1).value<ReadingResult>(), finished.first().at(2).value<std::optional<Error>>()};
    }

    qint64 messageId(const QString &subject)
    {
        QSqlQuery query(m_cache.connection());
        query.prepare(QStringLiteral("SELECT id FROM messages WHERE subject = ? ORDER BY id LIMIT 1"));
        query.addBindValue(subject);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    }

    QByteArray messageBodyStructure(qint64 id)
    {
        QSqlQuery query(m_cache.connection());
        query.prepare(QStringLiteral("SELECT body_structure FROM messages WHERE id = ?"));
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toByteArray() : QByteArray();
    }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    Test::MaildirOracle oracle() const { return Test::MaildirOracle(m_bed.dovecot.maildir(QStringLiteral("bob"))); }

    Test::ReadingTestBed m_bed;
    Database m_cache;
    std::unique_ptr<Sync::ContentFetchCoordinator> m_reading;
    QTemporaryDir m_out;
};

QTEST_MAIN(TestReadingTasksDovecot)
#include "tst_reading_tasks_dovecot.moc"

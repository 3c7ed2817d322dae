// PartStore as the body fetchers use it, on a real SQLite file: body text is indexed for search but a
// text attachment is not (it keeps the sender's bytes), and coverageSince() tells the prefetch what
// recent messages lack.
#include "cache/AccountStore.h"
#include "cache/Database.h"
#include "cache/FolderStore.h"
#include "cache/MessageStore.h"
#include "cache/PartStore.h"
#include "cache/SearchIndex.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Kestrel;

namespace {

PartInfo part(const char *section, const char *mimeType, const char *fileName = "")
{
    PartInfo info;
    info.section = QString::fromLatin1(section);
    info.mimeType = QString::fromLatin1(mimeType);
    info.fileName = QString::fromUtf8(fileName);
    info.disposition = *fileName ? QStringLiteral("attachment") : QString();
    return info;
}

} // namespace

class TestSyncPartStore : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(!m_db.open(m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_run))));
        QVERIFY(!AccountStore(m_db).ensureAccount(QStringLiteral("a"), QStringLiteral("A")));
        FolderInfo folder;
        folder.accountId = QStringLiteral("a");
        folder.name = QStringLiteral("INBOX");
        QVERIFY(!FolderStore(m_db).upsertFolder(folder));
        m_folder = folder.id;
        QList<MessageSummary> messages;
        for (quint32 uid = 1; uid <= 3; ++uid) {
            MessageSummary m;
            m.uid = uid;
            m.subject = QStringLiteral("Message %1").arg(uid);
            m.internalDate = QDateTime::currentDateTimeUtc().addDays(uid == 3 ? -40 : -int(uid));
            m.bodyStructure = QByteArray("structure ") + QByteArray::number(uid);
            messages << m;
        }
        QVERIFY(!MessageStore(m_db).upsertMessages(m_folder, messages));
    }

    void cleanup() { m_db.close(); }

    void attachmentsAreKeptButNotIndexed()
    {
        const qint64 id = rowId(1);
        const QByteArray cp1251Notes("\xE7\xE0\xEC\xE5\xF2\xEA\xE8 bravo"); // "заметки", windows-1251, as sent
        QVERIFY(!PartStore(m_db).storeAll({{id, part("1", "text/plain"), QByteArray("alpha body text\n")},
                                           {id, part("2", "text/plain", "notes.txt"), cp1251Notes}}));
        QCOMPARE(hits(QStringLiteral("alpha")), 1);
        QCOMPARE(hits(QStringLiteral("bravo")), 0);
        std::optional<StoredPart> stored;
        QVERIFY(!PartStore(m_db).load(id, QStringLiteral("2"), stored));
        QVERIFY(stored);
        QCOMPARE(stored->content, cp1251Notes);
        QVERIFY(!stored->info.isBodyText());
    }

    void coverageOfRecentMessages()
    {
        QVERIFY(!PartStore(m_db).storeAll({{rowId(2), part("1.1", "text/plain"), QByteArray("x")},
                                           {rowId(2), part("2", "image/png", "a.png"), QByteArray("png")}}));
        QList<MessageCoverage> recent;
        QVERIFY(!PartStore(m_db).coverageSince(m_folder, QDateTime::currentDateTimeUtc().addDays(-30), recent));
        QCOMPARE(recent.size(), 2); // the 40-day-old message is outside the window
        QCOMPARE(recent[0].uid, 1u); // newest first
        QVERIFY(recent[0].cachedSections.isEmpty());
        QCOMPARE(recent[0].bodyStructure, QByteArray("structure 1"));
        QCOMPARE(recent[1].uid, 2u);
        QCOMPARE(recent[1].cachedSections, (QSet<QString>{QStringLiteral("1.1"), QStringLiteral("2")}));
        QCOMPARE(recent[1].messageId, rowId(2));
    }

private:
    qint64 rowId(quint32 uid)
    {
        qint64 id = 0;
        MessageStore(m_db).messageRowId(m_folder, uid, id);
        return id;
    }

    int hits(const QString &word)
    {
        QList<MessageKey> results;
        if (SearchIndex(m_db).search(word, QString(), 10, results))
            return -1;
        return int(results.size());
    }

    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_folder = 0;
    int m_run = 0;
};

QTEST_GUILESS_MAIN(TestSyncPartStore)
#include "tst_sync_part_store.moc"

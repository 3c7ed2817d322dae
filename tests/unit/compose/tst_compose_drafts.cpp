// Local drafts: every field survives a save and reopen, autosave writes within its interval and keeps
// the last version whole, damaged files are reported and left alone.
#include "compose/DraftAutosave.h"
#include "compose/DraftStore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Kestrel;
using namespace Kestrel::Compose;

namespace {

Draft sample()
{
    Draft draft;
    draft.id = DraftStore::newId();
    draft.messageId = QByteArrayLiteral("<draft-1@example.org>");
    draft.serverFolder = QStringLiteral("Drafts");
    draft.serverUidValidity = 7;
    draft.serverUid = 12;
    draft.open = true;
    draft.saved = QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc());
    OutgoingMessage &m = draft.message;
    m.accountId = QStringLiteral("acc");
    m.from = {QStringLiteral("Zoë"), QStringLiteral("zoe@example.org")};
    m.to = {{QStringLiteral("Bob"), QStringLiteral("bob@example.org")}};
    m.cc = {{QString(), QStringLiteral("carol@example.org")}};
    m.bcc = {{QString(), QStringLiteral("dave@example.org")}};
    m.subject = QStringLiteral("Счёт ✓");
    m.body = QStringLiteral("line 1\n\n-- \nsig\n");
    m.attachments = {{QStringLiteral("bin.dat"), QStringLiteral("application/octet-stream"), QByteArray("\0\1\2\xff", 4)}};
    m.inReplyTo = QStringLiteral("<a@x>");
    m.references = {QStringLiteral("<r@x>"), QStringLiteral("<a@x>")};
    m.origin = OutgoingMessage::Origin::Forward;
    m.originFolder = QStringLiteral("INBOX");
    m.originUid = 4000000000u;
    return draft;
}

} // namespace

class TestComposeDrafts : public QObject
{
    Q_OBJECT
private slots:
    void saveReopenListDelete()
    {
        QTemporaryDir dir;
        const DraftStore store(dir.filePath(QStringLiteral("drafts")));
        const Draft first = sample();
        Draft second = sample();
        second.id = DraftStore::newId();
        second.saved = first.saved.addSecs(60);
        QVERIFY(!store.save(first));
        QVERIFY(!store.save(second));

        Draft loaded;
        QVERIFY(!store.load(first.id, loaded));
        QVERIFY(loaded == first);

        QList<Draft> drafts;
        QVERIFY(!store.list(drafts));
        QCOMPARE(drafts.size(), 2);
        QCOMPARE(drafts[0].id, second.id); // newest first

        QVERIFY(!store.remove(first.id));
        QVERIFY(!store.remove(first.id)); // already gone: fine
        QVERIFY(!store.list(drafts));
        QCOMPARE(drafts.size(), 1);
        QVERIFY(store.load(first.id, loaded));
    }

    void damagedFileIsReportedAndKept()
    {
        QTemporaryDir dir;
        const DraftStore store(dir.path());
        QVERIFY(!store.save(sample()));
        QFile broken(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"version\": 1, \"message\": ");
        broken.close();
        QList<Draft> drafts;
        QStringList problems;
        QVERIFY(!store.list(drafts, &problems));
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0].contains(QStringLiteral("damaged")), qPrintable(problems[0]));
        QVERIFY(QFile::exists(broken.fileName()));
    }

    void idsCannotEscapeTheFolder()
    {
        QTemporaryDir dir;
        const DraftStore store(dir.filePath(QStringLiteral("drafts")));
        Draft draft = sample();
        draft.id = QStringLiteral("../accounts");
        const auto error = store.save(draft);
        QVERIFY(error);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("accounts.json"))));
    }

    void autosaveWritesWithinTheInterval()
    {
        QTemporaryDir dir;
        const DraftStore store(dir.path());
        DraftAutosave autosave(store, 200);
        QSignalSpy saved(&autosave, &DraftAutosave::saved);
        Draft draft = sample();
        autosave.update(draft);
        QVERIFY(!autosave.isIdle());
        for (int i = 0; i < 5; ++i) { // typing goes on: the timer is not pushed back by each keystroke
            draft.message.body += QStringLiteral("more ");
            autosave.update(draft);
        }
        QVERIFY(saved.wait(2000));
        QTRY_VERIFY(autosave.isIdle());
        Draft loaded;
        QVERIFY(!store.load(draft.id, loaded));
        QCOMPARE(loaded.message.body, draft.message.body);
        QVERIFY(loaded.saved.isValid());
    }

    void changesDuringAWriteAreWrittenAfterIt()
    {
        QTemporaryDir dir;
        const DraftStore store(dir.path());
        DraftAutosave autosave(store, 50);
        QSignalSpy saved(&autosave, &DraftAutosave::saved);
        Draft draft = sample();
        autosave.update(draft);
        autosave.saveNow(); // the write runs on a pool thread
        draft.message.subject = QStringLiteral("second version");
        autosave.update(draft);
        QTRY_COMPARE(saved.count(), 2);
        QTRY_VERIFY(autosave.isIdle());
        Draft loaded;
        QVERIFY(!store.load(draft.id, loaded));
        QCOMPARE(loaded.message.subject, QStringLiteral("second version"));
    }

    void failedWriteIsReportedAndRetried()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("drafts")));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
        blocker.close();
        DraftAutosave autosave(DraftStore(blocker.fileName()), 50);
        QSignalSpy failed(&autosave, &DraftAutosave::saveFailed);
        QSignalSpy saved(&autosave, &DraftAutosave::saved);
        autosave.update(sample());
        QVERIFY(failed.wait(2000));
        QVERIFY(failed.at(0).at(0).value<Error>().userMessage.contains(QStringLiteral("drafts")));
        QVERIFY(!autosave.isIdle()); // still unsaved
        QVERIFY(blocker.remove());
        QVERIFY(saved.wait(2000)); // the next try succeeds
    }

    void destroyingWithUnsavedChangesStillWrites()
    {
        QTemporaryDir dir;
        const DraftStore store(dir.path());
        Draft draft = sample();
        {
            DraftAutosave autosave(store, 60000);
            autosave.update(draft);
        }
        Draft loaded;
        QTRY_VERIFY(!store.load(draft.id, loaded));
        QCOMPARE(loaded.message, draft.message);
    }
};

QTEST_GUILESS_MAIN(TestComposeDrafts)
#include "tst_compose_drafts.moc"

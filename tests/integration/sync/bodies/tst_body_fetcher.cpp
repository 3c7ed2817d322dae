// BodyFetcher and BodyPrefetch in-process, on a borrowed session as the GUI's account connection lends
// it: only the text is fetched to show a message, an attachment only when asked, the prefetch keeps
// recent mail whole, and the session stays open for its owner. Expunged messages and a recreated
// folder end with clear errors instead of wrong content.
#include "DovecotServer.h"
#include "MailFixtures.h"
#include "RawImapClient.h"

#include "cache/Database.h"
#include "cache/FolderStore.h"
#include "cache/MessageStore.h"
#include "cache/PartStore.h"
#include "imap/session/ImapSession.h"
#include "sync/AccountSync.h"
#include "sync/bodies/BodyFetcher.h"
#include "sync/bodies/BodyPrefetch.h"
#include "sync/bodies/CachedBody.h"
#include "sync/bodies/ImapLogin.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel;
using namespace Kestrel::Test;

namespace {

constexpr quint32 PlainUid = 1, AttachmentUid = 2, OldUid = 3, DoomedUid = 4;

QStringList sectionsOf(const QList<PartInfo> &parts)
{
    QStringList sections;
    for (const PartInfo &part : parts)
        sections << part.section;
    return sections;
}

} // namespace

class TestBodyFetcher : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        RawImapClient raw;
        QVERIFY2(raw.connectTo(m_dovecot.ports().imap) && raw.login(QStringLiteral("alice"), QStringLiteral("secret")),
                 qPrintable(raw.lastError()));
        QVERIFY(raw.append(QStringLiteral("INBOX"), {MailFixtures::plainUtf8("Plain", QStringLiteral("Just text."))}));
        QVERIFY(raw.append(QStringLiteral("INBOX"), {MailFixtures::withAttachment("Attachment")}));
        QVERIFY(raw.append(QStringLiteral("INBOX"), {MailFixtures::plainUtf8("Old", QStringLiteral("Old text."))}, {},
                           QDateTime::currentDateTimeUtc().addDays(-60)));
        QVERIFY(raw.append(QStringLiteral("INBOX"), {MailFixtures::plainUtf8("Doomed", QStringLiteral("Soon gone."))}));
        raw.logout();

        m_account.id = QStringLiteral("fetcher-alice");
        m_account.displayName = QStringLiteral("Alice");
        m_account.userName = QStringLiteral("alice");
        m_account.imap = {QStringLiteral("127.0.0.1"), m_dovecot.ports().imaps, ConnectionSecurity::Tls};
        const QByteArray pin = QSslCertificate::fromPath(m_dovecot.certificatePath()).value(0).digest(QCryptographicHash::Sha256).toHex();
        m_account.trustedCertificates = {{QStringLiteral("127.0.0.1"), m_dovecot.ports().imaps, pin}};

        QVERIFY(!m_database.open(m_profile.filePath(QStringLiteral("cache.sqlite"))));
        Sync::AccountSync sync(m_account, QStringLiteral("secret"), m_database);
        QSignalSpy synced(&sync, &Sync::AccountSync::finished);
        sync.start({});
        QVERIFY(synced.wait(30000));
        QVERIFY(!synced.at(0).at(0).value<std::optional<Error>>());
        std::optional<FolderInfo> inbox;
        QVERIFY(!FolderStore(m_database).findFolder(m_account.id, QStringLiteral("INBOX"), inbox));
        QVERIFY(inbox);
        m_inbox = *inbox;

        bool loggedIn = false;
        Sync::ImapLogin::open(m_account, QStringLiteral("secret"), this, [&](Imap::ImapSession *session, std::optional<Error> error) {
            QVERIFY2(!error, error ? qPrintable(error->toString()) : "");
            m_session = session;
            loggedIn = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(loggedIn, 10000);
        QVERIFY(m_session);
    }

    void showingFetchesOnlyTheText()
    {
        const qint64 id = messageId(AttachmentUid);
        std::optional<Sync::CachedBody> before;
        QVERIFY(!Sync::CachedBody::read(m_database, id, before));
        QVERIFY(before); // the structure came with the headers
        QCOMPARE(sectionsOf(before->missing), QStringList{QStringLiteral("1")});
        QCOMPARE(before->parts.attachments.size(), 1);

        QVERIFY(!fetch([&](Sync::BodyFetcher &f) { f.fetchForDisplay(id); }));
        QCOMPARE(sectionsOf(cached(id)), QStringList{QStringLiteral("1")});
        std::optional<Sync::CachedBody> after;
        QVERIFY(!Sync::CachedBody::read(m_database, id, after));
        QVERIFY(after && after->isComplete());
        QCOMPARE(after->plainText, QStringLiteral("See the report attached."));
        QVERIFY(after->htmlText.isEmpty());
        std::optional<StoredPart> text;
        QVERIFY(!PartStore(m_database).load(id, QStringLiteral("1"), text));
        QVERIFY(text);
        QCOMPARE(text->content, QByteArray("See the report attached.")); // the CRLF before a boundary is the boundary's

        QVERIFY(!fetch([&](Sync::BodyFetcher &f) { f.fetchAttachment(id, 0); }));
        std::optional<StoredPart> attachment;
        QVERIFY(!PartStore(m_database).load(id, QStringLiteral("2"), attachment));
        QVERIFY(attachment);
        QCOMPARE(attachment->content, MailFixtures::attachmentBytes());
        QCOMPARE(attachment->info.fileName, MailFixtures::attachmentName());

        const auto noSuch = fetch([&](Sync::BodyFetcher &f) { f.fetchAttachment(id, 1); });
        QVERIFY(noSuch);
        QVERIFY2(noSuch->userMessage.contains(QLatin1String("no attachment number 2")), qPrintable(noSuch->userMessage));

        // Borrowed: still logged in, still usable by its owner.
        QVERIFY(m_session);
        QCOMPARE(m_session->state(), Imap::SessionState::Selected);
    }

    void prefetchKeepsRecentMailWhole()
    {
        Sync::BodyPrefetch prefetch(*m_session, m_database);
        QSignalSpy finished(&prefetch, &Sync::BodyPrefetch::finished);
        QSignalSpy progress(&prefetch, &Sync::BodyPrefetch::progress);
        prefetch.start(m_inbox, {Sync::PrefetchPolicy::Mode::Everything, 30, 1});
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.at(0).at(0).value<std::optional<Error>>());
        QCOMPARE(prefetch.messagesFetched(), 2); // Plain and Doomed; Attachment was complete, Old is too old
        QCOMPARE(progress.size(), 2);            // one message per batch here
        QCOMPARE(progress.last().at(0).toInt(), 2);
        std::optional<StoredPart> plain;
        QVERIFY(!PartStore(m_database).load(messageId(PlainUid), QStringLiteral("1"), plain));
        QVERIFY(plain);
        QCOMPARE(plain->content, QByteArray("Just text.\n")); // UTF-8 with LF line ends
        QVERIFY(cached(messageId(OldUid)).isEmpty());

        Sync::BodyPrefetch none(*m_session, m_database);
        QSignalSpy noneFinished(&none, &Sync::BodyPrefetch::finished);
        none.start(m_inbox, {Sync::PrefetchPolicy::Mode::None, 30, 200});
        QVERIFY(noneFinished.wait(5000));
        QCOMPARE(none.messagesFetched(), 0);
    }

    void expungedMessageIsReportedAsGone()
    {
        const qint64 id = messageId(DoomedUid);
        RawImapClient raw;
        QVERIFY(raw.connectTo(m_dovecot.ports().imap) && raw.login(QStringLiteral("alice"), QStringLiteral("secret")));
        QVERIFY(raw.command("SELECT INBOX").ok);
        QVERIFY(raw.command("UID STORE " + QByteArray::number(DoomedUid) + " +FLAGS (\\Deleted)").ok);
        QVERIFY(raw.command("EXPUNGE").ok);
        raw.logout();
        // The cache still lists it (no sync ran), but the prefetch stored its text: drop that to force a fetch.
        QSqlQuery forget(m_database.connection());
        QVERIFY(forget.exec(QStringLiteral("DELETE FROM parts WHERE message = %1").arg(id)));
        const auto gone = fetch([&](Sync::BodyFetcher &f) { f.fetchForDisplay(id); });
        QVERIFY(gone);
        QVERIFY2(gone->userMessage.contains(QLatin1String("no longer on the server")), qPrintable(gone->userMessage));
    }

    void recreatedFolderIsNotReadWithStaleUids()
    {
        FolderInfo stale = m_inbox;
        stale.sync.uidValidity += 1;
        const auto error = fetchIn(stale, messageId(OldUid));
        QVERIFY(error);
        QVERIFY2(error->userMessage.contains(QLatin1String("recreated")), qPrintable(error->userMessage));
        QVERIFY(cached(messageId(OldUid)).isEmpty());
    }

    void missingMessageIsAnError()
    {
        const auto error = fetch([](Sync::BodyFetcher &f) { f.fetchForDisplay(987654); });
        QVERIFY(error);
        QCOMPARE(error->code, Error::Code::Storage);
    }

    // An own session: logged in for the request, logged out after.
    void ownSessionWorksToo()
    {
        const qint64 id = messageId(OldUid);
        Sync::BodyFetcher fetcher(m_account, QStringLiteral("secret"), m_database);
        QSignalSpy finished(&fetcher, &Sync::BodyFetcher::finished);
        fetcher.fetchForDisplay(id);
        QVERIFY(finished.wait(15000));
        QVERIFY(!finished.at(0).at(0).value<std::optional<Error>>());
        QCOMPARE(sectionsOf(cached(id)), QStringList{QStringLiteral("1")});
    }

private:
    qint64 messageId(quint32 uid)
    {
        qint64 id = 0;
        if (MessageStore(m_database).messageRowId(m_inbox.id, uid, id))
            return 0;
        return id;
    }

    QList<PartInfo> cached(qint64 id)
    {
        QList<PartInfo> parts;
        PartStore(m_database).cachedParts(id, parts);
        return parts;
    }

    std::optional<Error> fetch(const std::function<void(Sync::BodyFetcher &)> &request)
    {
        Sync::BodyFetcher fetcher(*m_session, m_database);
        QSignalSpy finished(&fetcher, &Sync::BodyFetcher::finished);
        request(fetcher);
        if (!finished.wait(15000))
            return Error::make(Error::Code::Cancelled, QStringLiteral("timed out"));
        return finished.at(0).at(0).value<std::optional<Error>>();
    }

    // Fetches with the cache believing `folder`'s sync state (restored afterwards).
    std::optional<Error> fetchIn(const FolderInfo &folder, qint64 id)
    {
        FolderStore folders(m_database);
        folders.updateSyncState(folder.id, folder.sync);
        const auto error = fetch([id](Sync::BodyFetcher &f) { f.fetchForDisplay(id); });
        folders.updateSyncState(m_inbox.id, m_inbox.sync);
        return error;
    }

    DovecotServer m_dovecot;
    QTemporaryDir m_profile;
    Database m_database;
    AccountSettings m_account;
    FolderInfo m_inbox;
    QPointer<Imap::ImapSession> m_session;
};

QTEST_GUILESS_MAIN(TestBodyFetcher)
#include "tst_body_fetcher.moc"

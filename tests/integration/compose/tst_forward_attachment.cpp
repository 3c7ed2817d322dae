// Message > Forward as Attachment from the main window, with real parts: the original is in the real
// Dovecot's INBOX and in a real SQLite cache, the password in the real keyring. Without its source in
// the cache the raw bytes come from the server (RawMessageFetcher, off the GUI thread); with the source
// cached (View Source keeps it as section "") they come from the cache and the server is not asked.
#include "SendTestBed.h"

#include "MainWindow.h"
#include "MainWindowActions.h"
#include "account/CredentialStore.h"
#include "cache/AccountStore.h"
#include "cache/Database.h"
#include "cache/FolderStore.h"
#include "cache/MessageListReader.h"
#include "cache/MessageStore.h"
#include "cache/PartStore.h"
#include "compose/RawMessageFetcher.h"
#include "composer/ComposerLauncher.h"
#include "composer/ComposerWindow.h"
#include "models/MessageListModel.h"

#include <QAction>
#include <QFileInfo>
#include <QStatusBar>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTreeView>

using namespace Kestrel;
using namespace Kestrel::Test;

namespace {

const QByteArray OriginalId = "<forward-me-1@example.test>";

QByteArray originalBytes()
{
    QByteArray raw("From: Bob <bob@example.test>\r\n"
                   "To: Alice <alice@example.test>\r\n"
                   "Subject: Quarterly numbers\r\n");
    raw.append("Message-ID: ").append(OriginalId).append("\r\n");
    raw.append("Date: Thu, 05 Mar 2026 14:02:00 +0000\r\n"
               "MIME-Version: 1.0\r\n"
               "Content-Type: text/plain; charset=utf-8\r\n"
               "\r\n"
               "The numbers are in: 42 on the server.\r\n");
    return raw;
}

} // namespace

class TestForwardAttachment : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<Error>();
        qRegisterMetaType<Ui::ComposerWindow *>();
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        m_account = aliceAccount(m_dovecot, {QStringLiteral("127.0.0.1"), 1, ConnectionSecurity::Tls});
        m_account.id = QStringLiteral("forward-alice");
        bool written = false;
        m_credentials.write(m_account.secretKey(), DovecotServer::password(), [&written](std::optional<Error> error) {
            QVERIFY2(!error, error ? qPrintable(error->toString()) : "");
            written = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(written, 10000);

        RawImapClient imap;
        QVERIFY(imap.connectTo(m_dovecot.ports().imap));
        QVERIFY(imap.login(QStringLiteral("alice"), DovecotServer::password()));
        QVERIFY2(imap.append(QStringLiteral("INBOX"), {originalBytes()}), qPrintable(imap.lastError()));
        imap.logout();
        const QList<QByteArray> uids = findByMessageId(m_dovecot, QStringLiteral("alice"), QStringLiteral("INBOX"), OriginalId);
        QCOMPARE(uids.size(), 1);
        m_uid = uids.first().toUInt();
        QVERIFY(m_uid > 0);
    }

    void withoutCachedSourceTheServerCopyIsAttached()
    {
        const QString cachePath = makeCache(QStringLiteral("uncached.sqlite"), m_uid, {});
        const QByteArray raw = forwardedAttachment(cachePath);
        QVERIFY2(raw.contains("The numbers are in: 42 on the server."), raw.constData());
        QVERIFY(raw.contains(QByteArray("Message-ID: ").append(OriginalId)));
    }

    void cachedSourceIsAttachedWithoutTheServer()
    {
        // UID 999 is not on the server: only the cached source can make this forward work.
        const QByteArray cached = QByteArray(originalBytes()).replace("on the server", "in the cache");
        const QString cachePath = makeCache(QStringLiteral("cached.sqlite"), 999, cached);
        const QByteArray raw = forwardedAttachment(cachePath);
        QCOMPARE(raw, cached);
    }

    void aMessageGoneFromTheServerIsReported()
    {
        const QString cachePath = makeCache(QStringLiteral("gone.sqlite"), 998, {});
        Database cache;
        QVERIFY(!cache.open(cachePath, Database::Access::ReadOnly));
        Ui::MainWindow window(cache);
        window.setAccounts({m_account});
        Compose::RawMessageFetcher fetcher(m_credentials);
        Ui::ComposerLauncher launcher(window, cachePath, m_dir.filePath(QStringLiteral("drafts-gone")));
        wire(launcher, fetcher);
        selectFirst(window);
        QSignalSpy opened(&launcher, &Ui::ComposerLauncher::composerOpened);
        window.actions()->forwardAsAttachment->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QStringLiteral("no longer in INBOX")), 30000);
        QCOMPARE(opened.size(), 0);
    }

private:
    static void wire(Ui::ComposerLauncher &launcher, Compose::RawMessageFetcher &fetcher)
    {
        launcher.setRawFetcher([&fetcher](const AccountSettings &account, const QString &folder, quint32 uid, QObject *context,
                                          Ui::ComposerLauncher::RawDone done) { fetcher.fetch(account, folder, uid, context, std::move(done)); });
    }

    static void selectFirst(Ui::MainWindow &window)
    {
        window.showFirstInbox();
        window.show();
        QTRY_VERIFY(window.messageModel()->rowCount() > 0);
        window.messageView()->setCurrentIndex(window.messageModel()->index(0, 0));
        QVERIFY(window.currentMessage());
    }

    // Opens the composer through the main window's action and returns its one message/rfc822 attachment.
    QByteArray forwardedAttachment(const QString &cachePath)
    {
        Database cache;
        if (cache.open(cachePath, Database::Access::ReadOnly))
            return "cannot open the cache";
        Ui::MainWindow window(cache);
        window.setAccounts({m_account});
        Compose::RawMessageFetcher fetcher(m_credentials);
        Ui::ComposerLauncher launcher(window, cachePath, m_dir.filePath(QStringLiteral("drafts-") + QFileInfo(cachePath).baseName()));
        wire(launcher, fetcher);
        selectFirst(window);
        QSignalSpy opened(&launcher, &Ui::ComposerLauncher::composerOpened);
        window.actions()->forwardAsAttachment->trigger();
        if (!opened.wait(30000))
            return "no composer opened: " + window.statusBar()->currentMessage().toUtf8();
        QPointer<Ui::ComposerWindow> composer = opened.first().at(0).value<Ui::ComposerWindow *>();
        const OutgoingMessage message = composer->message();
        QByteArray result;
        if (message.attachments.size() != 1 || message.attachments.first().mimeType != QStringLiteral("message/rfc822"))
            result = "not one message/rfc822 attachment";
        else if (!message.subject.startsWith(QStringLiteral("Fwd: Quarterly numbers")))
            result = "unexpected subject " + message.subject.toUtf8();
        else
            result = message.attachments.first().data;
        composer->setAttribute(Qt::WA_DeleteOnClose, false);
        delete composer.data();
        return result;
    }

    // A cache holding INBOX with the original at `uid`, and `source` as its cached section "" if given.
    QString makeCache(const QString &name, quint32 uid, const QByteArray &source)
    {
        const QString path = m_dir.filePath(name);
        Database writer;
        if (writer.open(path) || AccountStore(writer).ensureAccount(m_account.id, m_account.displayName))
            return {};
        FolderInfo inbox;
        inbox.accountId = m_account.id;
        inbox.name = QStringLiteral("INBOX");
        inbox.role = SpecialUse::Inbox;
        if (FolderStore(writer).upsertFolder(inbox))
            return {};
        MessageSummary message;
        message.uid = uid;
        message.internalDate = QDateTime(QDate(2026, 3, 5), QTime(14, 2), QTimeZone::utc());
        message.sentDate = message.internalDate;
        message.subject = QStringLiteral("Quarterly numbers");
        message.from = {{QStringLiteral("Bob"), QStringLiteral("bob@example.test")}};
        message.to = {{QStringLiteral("Alice"), QStringLiteral("alice@example.test")}};
        message.messageId = QString::fromLatin1(OriginalId);
        message.size = originalBytes().size();
        if (MessageStore(writer).upsertMessages(inbox.id, {message}))
            return {};
        std::optional<MessageSummary> stored;
        if (MessageListReader(writer).message(inbox.id, uid, stored) || !stored)
            return {};
        if (!source.isEmpty()) {
            PartInfo whole;
            whole.section = QStringLiteral("");
            whole.mimeType = QStringLiteral("message/rfc822");
            whole.size = quint64(source.size());
            if (PartStore(writer).store(stored->id, whole, source))
                return {};
        }
        return path;
    }

    DovecotServer m_dovecot;
    QTemporaryDir m_dir;
    CredentialStore m_credentials{QStringLiteral("Kestrel-test-forward")};
    AccountSettings m_account;
    quint32 m_uid = 0;
};

QTEST_MAIN(TestForwardAttachment)
#include "tst_forward_attachment.moc"

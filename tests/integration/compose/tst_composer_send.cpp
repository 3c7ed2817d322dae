// The composer end to end with real parts: a composer opened from the main window's New Message saves
// its draft to Dovecot's Drafts (exactly one copy, also after saving again), Send hands the message to
// the real outbox, the test bed's SMTP server receives it with its attachment, and the draft copy on the
// server goes once the message is stored for sending. The password comes from the real keyring.
#include "SendTestBed.h"
#include "SmtpSink.h"

#include "MainWindow.h"
#include "MainWindowActions.h"
#include "account/CredentialStore.h"
#include "cache/Database.h"
#include "compose/ServerDrafts.h"
#include "composer/AttachmentList.h"
#include "composer/ComposerLauncher.h"
#include "composer/ComposerWindow.h"
#include "composer/OutboxSender.h"
#include "send/Outbox.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QTemporaryDir>

using namespace Kestrel;
using namespace Kestrel::Test;

class TestComposerSend : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<Error>();
        qRegisterMetaType<Ui::ComposerWindow *>();
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        QVERIFY2(m_sink.start(m_dovecot.certificatePath(), m_dovecot.keyPath()), qPrintable(m_sink.errorString()));
        m_account = aliceAccount(m_dovecot, {QStringLiteral("127.0.0.1"), m_sink.starttlsPort(), ConnectionSecurity::StartTls});
        m_account.id = QStringLiteral("composer-alice");
        bool written = false;
        m_credentials.write(m_account.secretKey(), DovecotServer::password(), [&written](std::optional<Error> error) {
            QVERIFY2(!error, error ? qPrintable(error->toString()) : "");
            written = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(written, 10000);
    }

    void draftToTheServerThenSendThroughTheOutbox()
    {
        const QString cachePath = m_dir.filePath(QStringLiteral("cache.sqlite"));
        {
            Database create;
            QVERIFY(!create.open(cachePath));
        }
        Database cache;
        QVERIFY(!cache.open(cachePath, Database::Access::ReadOnly));
        Ui::MainWindow window(cache);
        window.setAccounts({m_account});
        Send::Outbox outbox(cachePath, m_credentials);
        Compose::ServerDrafts serverDrafts(m_credentials);
        Ui::ComposerLauncher launcher(window, cachePath, m_dir.filePath(QStringLiteral("drafts")));
        Ui::OutboxSender sending(launcher, outbox, serverDrafts);
        QSignalSpy completed(&outbox, &Send::Outbox::completed);

        QSignalSpy opened(&launcher, &Ui::ComposerLauncher::composerOpened);
        window.actions()->newMessage->trigger();
        QCOMPARE(opened.size(), 1);
        QPointer<Ui::ComposerWindow> composer = opened.first().at(0).value<Ui::ComposerWindow *>();
        QVERIFY(composer);
        composer->toEdit()->setText(QStringLiteral("Bob <bob@example.test>"));
        composer->subjectEdit()->setText(QStringLiteral("Отчёт за март"));
        composer->bodyEdit()->setPlainText(QStringLiteral("The report is attached.\n"));
        const QString file = m_dir.filePath(QStringLiteral("report.csv"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("month,total\nmarch,42\n");
        out.close();
        composer->attachmentList()->addFiles({file});
        QTRY_COMPARE(composer->message().attachments.size(), 1);

        composer->saveAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(composer->draft().serverUid != 0, 30000);
        const QByteArray draftId = composer->draft().messageId;
        QCOMPARE(findByMessageId(m_dovecot, QStringLiteral("alice"), QStringLiteral("Drafts"), draftId).size(), 1);
        const quint32 firstUid = composer->draft().serverUid;
        composer->bodyEdit()->setPlainText(QStringLiteral("The report is attached. Numbers checked.\n"));
        composer->saveAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(composer->draft().serverUid > firstUid, 30000);
        QCOMPARE(findByMessageId(m_dovecot, QStringLiteral("alice"), QStringLiteral("Drafts"), draftId),
                 QList<QByteArray>{QByteArray::number(composer->draft().serverUid)});

        const qsizetype before = m_sink.storedMessages().size();
        composer->sendAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!composer, 10000); // closed once the outbox stored it
        QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 1, 30000);
        QCOMPARE(m_sink.storedMessages().size(), before + 1);
        const QByteArray raw = m_sink.storedMessages().constLast().raw;
        QVERIFY(raw.contains("bob@example.test"));
        QVERIFY(raw.contains("report.csv"));
        QVERIFY(raw.contains("Numbers checked."));
        // The draft's copy leaves the server's Drafts folder.
        QTRY_VERIFY_WITH_TIMEOUT(findByMessageId(m_dovecot, QStringLiteral("alice"), QStringLiteral("Drafts"), draftId).isEmpty(), 20000);
    }

    // Unsaved changes go to the server's Drafts on a timer (60 s in the app, 200 ms here): after several
    // autosaves with new text in between, Drafts holds exactly one copy, the newest; Save Draft's state
    // (isModified, what Discard goes back to) is left to the user.
    void autosaveKeepsOneCopyOnTheServer()
    {
        const QString cachePath = m_dir.filePath(QStringLiteral("autosave.sqlite"));
        {
            Database create;
            QVERIFY(!create.open(cachePath));
        }
        Database cache;
        QVERIFY(!cache.open(cachePath, Database::Access::ReadOnly));
        Ui::MainWindow window(cache);
        window.setAccounts({m_account});
        Send::Outbox outbox(cachePath, m_credentials);
        Compose::ServerDrafts serverDrafts(m_credentials);
        Ui::ComposerLauncher launcher(window, cachePath, m_dir.filePath(QStringLiteral("drafts-autosave")));
        Ui::OutboxSender sending(launcher, outbox, serverDrafts);
        QSignalSpy serverSaves(&serverDrafts, &Compose::ServerDrafts::finished);
        QSignalSpy opened(&launcher, &Ui::ComposerLauncher::composerOpened);
        window.actions()->newMessage->trigger();
        QCOMPARE(opened.size(), 1);
        QPointer<Ui::ComposerWindow> composer = opened.first().at(0).value<Ui::ComposerWindow *>();
        QVERIFY(composer);
        composer->setServerAutosaveInterval(200);
        QTest::qWait(600);
        QCOMPARE(serverSaves.size(), 0); // nothing typed yet: nothing to save
        composer->subjectEdit()->setText(QStringLiteral("Autosaved plan"));
        quint32 lastUid = 0;
        for (int round = 1; round <= 3; ++round) {
            composer->bodyEdit()->setPlainText(QStringLiteral("version %1\n").arg(round));
            QTRY_VERIFY_WITH_TIMEOUT(composer->draft().serverUid > lastUid, 30000);
            lastUid = composer->draft().serverUid;
            QVERIFY(composer->isModified()); // an autosave is not the user's Save Draft
        }
        const qsizetype saves = serverSaves.size();
        QVERIFY2(saves >= 3, qPrintable(QString::number(saves)));
        QTest::qWait(600);
        QCOMPARE(serverSaves.size(), saves); // unchanged text is not saved again
        const QByteArray messageId = composer->draft().messageId;
        const QList<QByteArray> copies = findByMessageId(m_dovecot, QStringLiteral("alice"), QStringLiteral("Drafts"), messageId);
        QCOMPARE(copies, QList<QByteArray>{QByteArray::number(lastUid)});
        RawImapClient imap;
        QVERIFY(imap.connectTo(m_dovecot.ports().imap));
        QVERIFY(imap.login(QStringLiteral("alice"), DovecotServer::password()));
        imap.command("SELECT Drafts");
        const QByteArray stored = imap.command("UID FETCH " + copies.first() + " (BODY.PEEK[TEXT])").untagged.join('\n');
        imap.logout();
        QVERIFY2(stored.contains("version 3"), stored.constData());

        // Closed without saving (Discard) a draft never saved by the user: its autosaved copy goes too.
        composer->close();
        auto *box = composer->findChild<QMessageBox *>(QStringLiteral("saveOrDiscard"));
        QVERIFY(box);
        box->button(QMessageBox::Discard)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!composer, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(findByMessageId(m_dovecot, QStringLiteral("alice"), QStringLiteral("Drafts"), messageId).isEmpty(), 20000);
    }

private:
    DovecotServer m_dovecot;
    SmtpSink m_sink;
    QTemporaryDir m_dir;
    CredentialStore m_credentials{QStringLiteral("Kestrel-test-composer")};
    AccountSettings m_account;
};

QTEST_MAIN(TestComposerSend)
#include "tst_composer_send.moc"

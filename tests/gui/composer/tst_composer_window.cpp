// The composer in real (offscreen) windows on a real cache file: Reply on the message open in the main
// window opens a composer with the right recipients, subject and quote; Send hands the OutgoingMessage
// on and closes only once it is stored; the signature follows the From identity; closing with changes
// asks, and Discard removes the autosaved draft; a dropped file becomes an attachment with its size.
#include "MainWindow.h"
#include "MainWindowActions.h"
#include "composer/AttachmentList.h"
#include "composer/ComposerLauncher.h"
#include "composer/ComposerWindow.h"

#include "cache/AccountStore.h"
#include "cache/Database.h"
#include "cache/FolderStore.h"
#include "cache/MessageListReader.h"
#include "cache/MessageStore.h"
#include "cache/PartStore.h"
#include "compose/DraftStore.h"
#include "models/MessageListModel.h"
#include "sync/bodies/BodyStructureCodec.h"
#include "sync/bodies/MessageParts.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>

using namespace Kestrel;
using Kestrel::Ui::ComposerLauncher;
using Kestrel::Ui::ComposerWindow;
using Kestrel::Ui::MainWindow;

namespace {

AccountSettings alice()
{
    AccountSettings account;
    account.id = QStringLiteral("alice");
    account.displayName = QStringLiteral("Alice");
    account.email = QStringLiteral("alice@example.org");
    account.identities = {{QStringLiteral("Alice"), QStringLiteral("alice@example.org"), QStringLiteral("Alice at home")},
                          {QStringLiteral("Alice Work"), QStringLiteral("alice@work.example"), QStringLiteral("Alice, Example Corp")}};
    return account;
}

} // namespace

class TestComposerWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<ComposerWindow *>();
        m_path = m_dir.filePath(QStringLiteral("cache.sqlite"));
        Database writer;
        QVERIFY(!writer.open(m_path));
        QVERIFY(!AccountStore(writer).ensureAccount(QStringLiteral("alice"), QStringLiteral("Alice")));
        FolderInfo inbox;
        inbox.accountId = QStringLiteral("alice");
        inbox.name = QStringLiteral("INBOX");
        inbox.role = SpecialUse::Inbox;
        QVERIFY(!FolderStore(writer).upsertFolder(inbox));
        MessageSummary message;
        message.uid = 7;
        message.internalDate = QDateTime(QDate(2026, 3, 5), QTime(14, 2), QTimeZone::utc());
        message.sentDate = message.internalDate;
        message.subject = QStringLiteral("RE: Plan für März");
        message.from = {{QStringLiteral("Bob Builder"), QStringLiteral("bob@example.org")}};
        message.to = {{QStringLiteral("Alice"), QStringLiteral("alice@example.org")}};
        message.cc = {{QStringLiteral("Carol"), QStringLiteral("carol@example.org")}};
        message.messageId = QStringLiteral("<plan-2@example.org>");
        message.references = {QStringLiteral("<plan-1@example.org>")};
        Imap::BodyPart text;
        text.type = "TEXT";
        text.subtype = "PLAIN";
        text.encoding = "7BIT";
        text.size = 40;
        text.params.push_back({"CHARSET", "utf-8"});
        message.bodyStructure = Sync::BodyStructureCodec::encode(text);
        QVERIFY(!MessageStore(writer).upsertMessages(inbox.id, {message}));
        std::optional<MessageSummary> stored;
        QVERIFY(!MessageListReader(writer).message(inbox.id, 7, stored));
        QVERIFY(stored);
        const auto parts = Sync::MessageParts::fromStored(stored->bodyStructure);
        QVERIFY(parts && !parts->text.isEmpty());
        QVERIFY(!PartStore(writer).store(stored->id, parts->text.first(), "Shall we meet Monday?\nBob\n"));
        writer.close();
        QVERIFY(!m_cache.open(m_path, Database::Access::ReadOnly));
    }

    void replyOpensAComposerAndSendHandsTheMessageOn()
    {
        MainWindow window(m_cache);
        window.setAccounts({alice()});
        window.showFirstInbox();
        window.show();
        window.messageView()->setCurrentIndex(window.messageModel()->index(0, 0));
        QVERIFY(window.currentMessage());

        ComposerLauncher launcher(window, m_path, m_dir.filePath(QStringLiteral("drafts")));
        QList<OutgoingMessage> sent;
        launcher.setSender([&sent](const AccountSettings &, const OutgoingMessage &message, ComposerLauncher::Stored stored) {
            sent.append(message);
            stored(std::nullopt);
        });
        QSignalSpy opened(&launcher, &ComposerLauncher::composerOpened);
        window.actions()->replyAll->trigger();
        QVERIFY(opened.wait(5000));
        QPointer<ComposerWindow> composer = opened.at(0).at(0).value<ComposerWindow *>();
        QVERIFY(composer);
        QCOMPARE(composer->toEdit()->text(), QStringLiteral("Bob Builder <bob@example.org>"));
        QCOMPARE(composer->ccEdit()->text(), QStringLiteral("Carol <carol@example.org>"));
        QCOMPARE(composer->subjectEdit()->text(), QStringLiteral("Re: Plan für März"));
        const QString body = composer->bodyEdit()->toPlainText();
        QVERIFY2(body.contains(QStringLiteral("Bob Builder wrote:\n> Shall we meet Monday?\n> Bob\n")), qPrintable(body));
        QVERIFY(body.endsWith(QStringLiteral("-- \nAlice at home\n")));
        QCOMPARE(composer->fromBox()->currentIndex(), 0);

        QTest::keyClicks(composer->bodyEdit(), QStringLiteral("Monday works."));
        composer->sendAction()->trigger();
        QTRY_VERIFY(!composer); // closed (and deleted) once the outbox stored it
        QCOMPARE(sent.size(), 1);
        const OutgoingMessage &m = sent.constFirst();
        QCOMPARE(m.accountId, QStringLiteral("alice"));
        QCOMPARE(m.from.email, QStringLiteral("alice@example.org"));
        QCOMPARE(m.to.size(), 1);
        QCOMPARE(m.to[0].email, QStringLiteral("bob@example.org"));
        QCOMPARE(m.inReplyTo, QStringLiteral("<plan-2@example.org>"));
        QCOMPARE(m.references, (QStringList{QStringLiteral("<plan-1@example.org>"), QStringLiteral("<plan-2@example.org>")}));
        QCOMPARE(m.origin, OutgoingMessage::Origin::Reply);
        QCOMPARE(m.originUid, 7u);
        QCOMPARE(m.originFolder, QStringLiteral("INBOX"));
        QVERIFY(m.body.contains(QStringLiteral("Monday works.")));
        QTRY_VERIFY(QDir(m_dir.filePath(QStringLiteral("drafts"))).entryList(QDir::Files).isEmpty()); // no draft left behind
    }

    void refusedSendKeepsTheWindowOpen()
    {
        ComposerWindow composer({alice()}, Compose::DraftStore(m_dir.filePath(QStringLiteral("refused"))));
        composer.setAttribute(Qt::WA_DeleteOnClose, false);
        composer.start(Compose::ReplyTemplate::blank(alice()));
        composer.show();
        QSignalSpy requested(&composer, &ComposerWindow::sendRequested);
        composer.sendAction()->trigger();
        QCOMPARE(requested.count(), 0); // no recipient: refused before anything leaves
        composer.toEdit()->setText(QStringLiteral("not an address, bob@example.org"));
        composer.sendAction()->trigger();
        QCOMPARE(requested.count(), 0); // a bad entry is named, not dropped silently
        composer.toEdit()->setText(QStringLiteral("\"Builder, Bob\" <bob@example.org>"));
        composer.sendAction()->trigger();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(1).value<OutgoingMessage>().to.constFirst().name, QStringLiteral("Builder, Bob"));
        composer.sendRefused(Error::make(Error::Code::Storage, QStringLiteral("disk full")));
        QVERIFY(composer.isVisible());
        QVERIFY(composer.sendAction()->isEnabled());
    }

    void signatureFollowsTheIdentity()
    {
        ComposerWindow composer({alice()}, Compose::DraftStore(m_dir.filePath(QStringLiteral("sig"))));
        composer.setAttribute(Qt::WA_DeleteOnClose, false);
        composer.start(Compose::ReplyTemplate::blank(alice()));
        QTest::keyClicks(composer.bodyEdit(), QStringLiteral("Hello"));
        composer.fromBox()->setCurrentIndex(1);
        const QString body = composer.bodyEdit()->toPlainText();
        QVERIFY2(body.contains(QStringLiteral("-- \nAlice, Example Corp")), qPrintable(body));
        QVERIFY(!body.contains(QStringLiteral("Alice at home")));
        QVERIFY(body.startsWith(QStringLiteral("Hello")));
        QCOMPARE(composer.message().from.email, QStringLiteral("alice@work.example"));
    }

    void closingWithChangesAsksAndDiscardRemovesTheDraft()
    {
        const QString drafts = m_dir.filePath(QStringLiteral("discard"));
        QPointer<ComposerWindow> composer = new ComposerWindow({alice()}, Compose::DraftStore(drafts));
        composer->start(Compose::ReplyTemplate::blank(alice()));
        composer->show();
        composer->subjectEdit()->setText(QStringLiteral("Unfinished"));
        composer->saveAction()->trigger(); // local copy now (the server copy is the launcher's business)
        QTRY_COMPARE(QDir(drafts).entryList(QDir::Files).size(), 1);
        Compose::Draft saved;
        QVERIFY(!Compose::DraftStore(drafts).load(QDir(drafts).entryList(QDir::Files).first().chopped(5), saved));
        QCOMPARE(saved.message.subject, QStringLiteral("Unfinished"));

        QTest::keyClicks(composer->bodyEdit(), QStringLiteral("more text"));
        QVERIFY(composer->isModified());
        composer->close();
        QVERIFY(composer); // not closed: it asks
        QMessageBox *box = composer->findChild<QMessageBox *>(QStringLiteral("saveOrDiscard"));
        QVERIFY(box);
        box->button(QMessageBox::Discard)->click();
        QTRY_VERIFY(!composer);
        // Discard goes back to what the user saved: the draft stays, without the later typing.
        QTest::qWait(200);
        QList<Compose::Draft> left;
        QVERIFY(!Compose::DraftStore(drafts).list(left));
        QCOMPARE(left.size(), 1);
        QVERIFY(!left[0].message.body.contains(QStringLiteral("more text")));
    }

    void droppedFileBecomesAnAttachment()
    {
        ComposerWindow composer({alice()}, Compose::DraftStore(m_dir.filePath(QStringLiteral("drop"))));
        composer.setAttribute(Qt::WA_DeleteOnClose, false);
        composer.start(Compose::ReplyTemplate::blank(alice()));
        composer.show();
        const QString file = m_dir.filePath(QStringLiteral("report.pdf"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray(2048, 'x'));
        out.close();
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&composer, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&composer, &drop);
        QVERIFY(drop.isAccepted());
        QTRY_COMPARE_WITH_TIMEOUT(composer.message().attachments.size(), 1, 5000);
        QCOMPARE(composer.message().attachments[0].fileName, QStringLiteral("report.pdf"));
        QCOMPARE(composer.message().attachments[0].data.size(), 2048);
        QVERIFY2(composer.attachmentList()->list()->item(0)->text().contains(QStringLiteral("report.pdf (2")),
                 qPrintable(composer.attachmentList()->list()->item(0)->text()));
        composer.attachmentList()->list()->item(0)->setSelected(true);
        composer.attachmentList()->findChild<QPushButton *>(QStringLiteral("removeAttachment"))->click();
        QVERIFY(composer.message().attachments.isEmpty());
    }

    void draftsOfWindowsThatNeverClosedReopen()
    {
        const QString drafts = m_dir.filePath(QStringLiteral("reopen"));
        const Compose::DraftStore store(drafts);
        Compose::Draft interrupted;
        interrupted.id = Compose::DraftStore::newId();
        interrupted.open = true; // as the autosave left it before a crash
        interrupted.message = Compose::ReplyTemplate::blank(alice()).message;
        interrupted.message.subject = QStringLiteral("Typed before the crash");
        interrupted.message.to = {{QString(), QStringLiteral("half-typed@")}};
        Compose::Draft closed = interrupted;
        closed.id = Compose::DraftStore::newId();
        closed.open = false;
        closed.message.subject = QStringLiteral("Saved and closed");
        QVERIFY(!store.save(interrupted));
        QVERIFY(!store.save(closed));

        MainWindow window(m_cache);
        window.setAccounts({alice()});
        ComposerLauncher launcher(window, m_path, drafts);
        QSignalSpy opened(&launcher, &ComposerLauncher::composerOpened);
        launcher.reopenInterrupted();
        QVERIFY(opened.wait(5000));
        QTest::qWait(100);
        QCOMPARE(opened.size(), 1);
        QPointer<ComposerWindow> composer = opened.first().at(0).value<ComposerWindow *>();
        QCOMPARE(composer->subjectEdit()->text(), QStringLiteral("Typed before the crash"));
        QCOMPARE(composer->toEdit()->text(), QStringLiteral("half-typed@")); // kept as typed
        QVERIFY(!composer->isModified());
        composer->close(); // closed on purpose: not reopened next time
        QTRY_VERIFY(!composer);
        Compose::Draft reread;
        QTRY_VERIFY(!store.load(interrupted.id, reread) && !reread.open);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    Database m_cache;
};

QTEST_MAIN(TestComposerWindow)
#include "tst_composer_window.moc"

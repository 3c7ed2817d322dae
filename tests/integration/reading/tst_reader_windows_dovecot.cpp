// The reader's windows against the real Dovecot, as a user drives them: an attachment saved from the
// reader is the sender's bytes, an opened one reaches the desktop as a private copy, the progress bar
// shows while a download runs, View Source and an attached message open windows of their own, and
// the protocol log window shows the IMAP login without the password.
#include "MaildirOracle.h"
#include "ReaderWidget.h"
#include "ReadingTestBed.h"
#include "ReaderPane.h"
#include "log/ProtocolLogWindow.h"
#include "reader/AttachedMessageWindow.h"
#include "reader/AttachmentPanel.h"
#include "reader/MessageSourceWindow.h"
#include "reader/ReaderTasks.h"
#include "reader/TaskProgressBar.h"

#include "cache/Database.h"
#include "cache/MessageListReader.h"
#include "imap/session/ImapSession.h"
#include "net/ProtocolLog.h"
#include "sync/SyncCoordinator.h"
#include "sync/bodies/ImapLogin.h"
#include "sync/reading/ContentFetchCoordinator.h"

#include <QApplication>
#include <QDesktopServices>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Kestrel;

// Stands in for the desktop: QDesktopServices hands it file: URLs instead of starting a viewer.
class DesktopStandIn : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened << url; }
};

class TestReaderWindowsDovecot : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        ProtocolLog::setApplicationLog(&m_log); // before any connection, as main() does
        const QString problem = m_bed.start(QStringLiteral("windows-bob"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_bed.bob.prefetch = AccountSettings::Prefetch::None;
        Sync::SyncCoordinator sync(m_bed.cachePath(), m_bed.credentials);
        QSignalSpy finished(&sync, &Sync::SyncCoordinator::accountFinished);
        sync.sync(m_bed.bob);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(!m_cache.open(m_bed.cachePath(), Database::Access::ReadOnly));
        m_reading = std::make_unique<Sync::ContentFetchCoordinator>(m_bed.cachePath(), m_bed.credentials);
        m_reader = std::make_unique<Ui::ReaderWidget>(m_cache, nullptr);
        m_reader->setContentFetcher(m_reading.get());
        m_reader->setAccounts({m_bed.bob});
        m_reader->resize(700, 500);
        m_reader->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_reader.get()));
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_desktop, "open");
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        ProtocolLog::setApplicationLog(nullptr);
    }

    void cancelButtonStopsADownload()
    {
        show(QStringLiteral("Scanned whiteboard")); // 230 kB, not cached yet: some 300 pieces
        m_reading->setPieceBytes(1024);
        QSignalSpy done(m_reader->tasks(), &Ui::ReaderTasks::finished);
        QObject scope;
        connect(m_reading.get(), &Sync::ContentFetchCoordinator::taskProgress, &scope, [this](quint64, qint64 received) {
            if (received > 0 && m_reader->taskProgress()->isVisible())
                QTest::mouseClick(m_reader->taskProgress()->cancelButton(), Qt::LeftButton);
        });
        const QString path = m_out.filePath(QStringLiteral("cancelled.png"));
        QVERIFY(m_reader->saveAttachmentTo(0, path) != 0);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        QCOMPARE(done.first().at(2).toBool(), false);
        QCOMPARE(m_reader->taskStatus()->text(), QStringLiteral("Cancelled."));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!m_reader->taskProgress()->isVisible());
    }

    void savingFromTheReaderWritesTheOriginalBytes()
    {
        const QString subject = QStringLiteral("Scanned whiteboard");
        show(subject);
        QCOMPARE(m_reader->attachmentPanel()->entries().size(), 1);
        QVERIFY(m_reader->attachmentPanel()->entries().first().startsWith(QStringLiteral("whiteboard.png (")));
        m_reading->setPieceBytes(4096);
        const QString path = m_out.filePath(QStringLiteral("saved.png"));
        QSignalSpy done(m_reader->tasks(), &Ui::ReaderTasks::finished);
        QVERIFY(m_reader->saveAttachmentTo(0, path) != 0);
        QVERIFY(m_reader->taskProgress()->isVisible()); // at once: the GUI thread did not wait for it
        QVERIFY(m_reader->taskProgress()->cancelButton()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        QVERIFY2(done.first().at(2).toBool(), qPrintable(done.first().at(1).toString()));
        QVERIFY(!m_reader->taskProgress()->isVisible());
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), oracle().attachment(subject, 0));
        QVERIFY(m_reader->taskStatus()->text().contains(QStringLiteral("1")));
    }

    void openedAttachmentReachesTheDesktopAsAPrivateCopy()
    {
        const QString subject = QStringLiteral("Minutes and slides");
        show(subject);
        QSignalSpy done(m_reader->tasks(), &Ui::ReaderTasks::finished);
        QVERIFY(m_reader->openAttachment(0) != 0);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        QCOMPARE(m_desktop.opened.size(), 1);
        const QString file = m_desktop.opened.first().toLocalFile();
        QVERIFY(file.endsWith(QStringLiteral("/minutes.pdf")));
        QFile copy(file);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), oracle().attachment(subject, 0));
    }

    void viewSourceOpensTheRawMessage()
    {
        show(QStringLiteral("Minutes and slides"));
        QSignalSpy windows(m_reader->tasks(), &Ui::ReaderTasks::windowOpened);
        QVERIFY(m_reader->viewSourceAction()->isEnabled());
        m_reader->viewSourceAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(windows.size(), 1, 20000);
        auto *window = qobject_cast<Ui::MessageSourceWindow *>(windows.first().at(0).value<QWidget *>());
        QVERIFY(window);
        QVERIFY(window->isVisible());
        QVERIFY(window->text()->toPlainText().contains(QStringLiteral("Subject: Minutes and slides\n")));
        QVERIFY(window->text()->toPlainText().contains(QStringLiteral("Content-Disposition: attachment")));
        window->close();
    }

    void attachedMessageOpensInAReaderOfItsOwn()
    {
        QSqlQuery query(m_cache.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT subject FROM messages WHERE subject LIKE 'Fwd: %' ORDER BY id LIMIT 1")));
        QVERIFY(query.next());
        const QString subject = query.value(0).toString();
        show(subject);
        int index = -1;
        for (int i = 0; i < m_reader->attachmentPanel()->attachments().size(); ++i) {
            if (m_reader->attachmentPanel()->attachments().at(i).mimeType == QLatin1String("message/rfc822"))
                index = i;
        }
        QVERIFY(index >= 0);
        QSignalSpy windows(m_reader->tasks(), &Ui::ReaderTasks::windowOpened);
        // A double-click on the entry, as a user opens it.
        QListWidget *list = m_reader->attachmentPanel()->list();
        emit list->itemActivated(list->item(index));
        QTRY_COMPARE_WITH_TIMEOUT(windows.size(), 1, 20000);
        auto *window = qobject_cast<Ui::AttachedMessageWindow *>(windows.first().at(0).value<QWidget *>());
        QVERIFY(window);
        QCOMPARE(window->windowTitle(), subject.mid(5));
        QVERIFY(window->pane()->toPlainText().contains(subject.mid(5)));
        QVERIFY(window->pane()->toPlainText().contains(QStringLiteral("Hello,")));
        window->close();
    }

    void protocolLogShowsTheLoginWithoutThePassword()
    {
        bool done = false;
        QPointer<Imap::ImapSession> session;
        QObject owner;
        Sync::ImapLogin::open(m_bed.bob, m_bed.dovecot.password(), &owner, [&](Imap::ImapSession *s, std::optional<Error> error) {
            QVERIFY(!error);
            session = s;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        // A line that slipped past a protocol's own redaction is caught by the log itself.
        m_log.append(QStringLiteral("smtp test"), ProtocolLog::Direction::Sent, "AUTH PLAIN AGJvYgBzZWNyZXQ=");
        Ui::ProtocolLogWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString text = window.text()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral(" C: ")) && text.contains(QStringLiteral(" S: ")), qPrintable(text.left(2000)));
        QVERIFY2(text.contains(QStringLiteral("LOGIN")) || text.contains(QStringLiteral("AUTHENTICATE")), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("AUTH PLAIN [redacted]")));
        QVERIFY(!text.contains(m_bed.dovecot.password()));
        QVERIFY(!text.contains(QStringLiteral("AGJvYgBzZWNyZXQ"))); // "\0bob\0secret" in base64
        // New traffic appears while the window is open.
        m_log.append(QStringLiteral("imap test"), ProtocolLog::Direction::Received, "* OK still here");
        QTRY_VERIFY_WITH_TIMEOUT(window.text()->toPlainText().contains(QStringLiteral("* OK still here")), 5000);
    }

private:
    void show(const QString &subject)
    {
        QSqlQuery query(m_cache.connection());
        query.prepare(QStringLiteral("SELECT id FROM messages WHERE subject = ? ORDER BY id LIMIT 1"));
        query.addBindValue(subject);
        std::optional<MessageSummary> message;
        if (query.exec() && query.next())
            MessageListReader(m_cache).messageById(query.value(0).toLongLong(), message);
        QVERIFY2(message, qPrintable(subject));
        m_reader->showMessage(*message);
    }

    Test::MaildirOracle oracle() const { return Test::MaildirOracle(m_bed.dovecot.maildir(QStringLiteral("bob"))); }

    ProtocolLog m_log;
    Test::ReadingTestBed m_bed;
    Database m_cache;
    std::unique_ptr<Sync::ContentFetchCoordinator> m_reading;
    std::unique_ptr<Ui::ReaderWidget> m_reader;
    DesktopStandIn m_desktop;
    QTemporaryDir m_out;
};

QTEST_MAIN(TestReaderWindowsDovecot)
#include "tst_reader_windows_dovecot.moc"

// The folder tree's Outbox with real parts: an account whose SMTP port is closed (nothing listens on
// it), a message sent from the composer and two through the Outbox API wait in the outbox; the Outbox
// node counts them and its list shows each with the connection error. Edit takes one back into a
// composer (Bcc included), Delete (confirmed) drops another; then the SMTP server comes up on that
// port and Send Now delivers the last: the node counts 0 and the SMTP sink holds it, Sent on the real
// Dovecot has it. The GUI thread only ever reads the outbox on a pool thread (OutboxListLoader).
#include "SendTestBed.h"
#include "SmtpSink.h"
#include "FreePort.h"

#include "MainWindow.h"
#include "MainWindowActions.h"
#include "account/CredentialStore.h"
#include "cache/Database.h"
#include "compose/ServerDrafts.h"
#include "composer/ComposerLauncher.h"
#include "composer/ComposerWindow.h"
#include "composer/OutboxSender.h"
#include "models/FolderTreeModel.h"
#include "models/OutboxListModel.h"
#include "outbox/OutboxPane.h"
#include "send/Outbox.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Kestrel;
using namespace Kestrel::Test;

namespace {

// The SMTP server "coming up" on the port the account names: a plain TCP relay that starts listening
// there and passes every byte to the SMTP sink (TLS runs end to end through it).
class PortRelay : public QObject
{
public:
    PortRelay(quint16 port, quint16 target) : m_port(port), m_target(target)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                auto *upstream = new QTcpSocket(client);
                connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
                connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
                connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
                upstream->connectToHost(QHostAddress::LocalHost, m_target);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, m_port); }

private:
    QTcpServer m_server;
    quint16 m_port;
    quint16 m_target;
};

int outboxCount(const FolderTreeModel &model)
{
    return model.outboxIndex().data(FolderTreeModel::UnreadCountRole).toInt();
}

int rowWithSubject(const OutboxListModel &model, const QString &subject)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.entries().at(row).subject == subject)
            return row;
    }
    return -1;
}

OutgoingMessage apiMessage(const QString &accountId, const QString &subject)
{
    OutgoingMessage message;
    message.accountId = accountId;
    message.from = {QStringLiteral("Alice"), QStringLiteral("alice@example.test")};
    message.to = {{QStringLiteral("Bob"), QStringLiteral("bob@example.test")}};
    message.bcc = {{QString(), QStringLiteral("carol@example.test")}};
    message.subject = subject;
    message.body = QStringLiteral("Queued while the server was away.\n");
    return message;
}

} // namespace

class TestOutboxNode : public QObject
{
    Q_OBJECT
private slots:
    void waitsInTheOutboxThenSendNowDelivers()
    {
        qRegisterMetaType<Error>();
        qRegisterMetaType<Ui::ComposerWindow *>();
        DovecotServer dovecot;
        QVERIFY2(dovecot.start(), qPrintable(dovecot.errorString()));
        SmtpSink sink;
        QVERIFY2(sink.start(dovecot.certificatePath(), dovecot.keyPath()), qPrintable(sink.errorString()));
        const quint16 closedPort = freeLoopbackPorts(1).constFirst(); // nothing listens here yet
        AccountSettings account = aliceAccount(dovecot, {QStringLiteral("127.0.0.1"), closedPort, ConnectionSecurity::StartTls});
        account.id = QStringLiteral("outbox-alice");
        CredentialStore credentials;
        bool written = false;
        credentials.write(account.secretKey(), DovecotServer::password(), [&written](std::optional<Error> error) {
            QVERIFY2(!error, error ? qPrintable(error->toString()) : "");
            written = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(written, 10000);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            Database create;
            QVERIFY(!create.open(cachePath));
        }
        Database cache;
        QVERIFY(!cache.open(cachePath, Database::Access::ReadOnly));
        Ui::MainWindow window(cache);
        window.setAccounts({account});
        Send::Outbox outbox(cachePath, credentials);
        Compose::ServerDrafts serverDrafts(credentials);
        Ui::ComposerLauncher launcher(window, cachePath, dir.filePath(QStringLiteral("drafts")));
        Ui::OutboxSender sending(launcher, outbox, serverDrafts);
        window.setOutbox(&outbox, cachePath);
        window.show();
        FolderTreeModel &tree = *window.folderModel();
        OutboxListModel &list = *window.outboxPane()->model();
        QAbstractItemModelTester treeTester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY(tree.outboxIndex().isValid());
        QCOMPARE(tree.outboxIndex().data().toString(), QStringLiteral("Outbox"));
        QCOMPARE(tree.outboxIndex().row(), tree.rowCount() - 1); // last, as Thunderbird's Local Folders
        QCOMPARE(outboxCount(tree), 0);

        // One message from the composer...
        QSignalSpy failed(&outbox, &Send::Outbox::failed);
        QSignalSpy opened(&launcher, &Ui::ComposerLauncher::composerOpened);
        window.actions()->newMessage->trigger();
        QCOMPARE(opened.size(), 1);
        QPointer<Ui::ComposerWindow> composer = opened.takeFirst().at(0).value<Ui::ComposerWindow *>();
        composer->toEdit()->setText(QStringLiteral("Bob <bob@example.test>"));
        composer->subjectEdit()->setText(QStringLiteral("Composed offline"));
        composer->bodyEdit()->setPlainText(QStringLiteral("Written while the SMTP server was down.\n"));
        composer->sendAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!composer, 10000); // stored in the outbox: the window closes
        QTRY_COMPARE_WITH_TIMEOUT(outboxCount(tree), 1, 20000);
        // ...and two through the Outbox API.
        outbox.submit(account, apiMessage(account.id, QStringLiteral("To be edited")));
        outbox.submit(account, apiMessage(account.id, QStringLiteral("To be deleted")));
        QTRY_COMPARE_WITH_TIMEOUT(outboxCount(tree), 3, 20000);

        // The Outbox node shows the waiting messages in place of the message list, each with the error
        // of its one try so far (connection refused; the next try is a minute away).
        window.folderView()->setCurrentIndex(tree.outboxIndex());
        QVERIFY(window.outboxPane()->isVisible());
        QVERIFY(!window.messageView()->isVisible());
        const auto allShowAnError = [&list] {
            for (int row = 0; row < list.rowCount(); ++row) {
                if (list.index(row, OutboxListModel::ErrorColumn).data().toString().isEmpty())
                    return false;
            }
            return list.rowCount() == 3;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allShowAnError(), 30000);
        QVERIFY(!failed.isEmpty());
        const int composedRow = rowWithSubject(list, QStringLiteral("Composed offline"));
        QCOMPARE(list.index(composedRow, OutboxListModel::RecipientsColumn).data().toString(), QStringLiteral("bob@example.test"));
        QVERIFY(list.index(composedRow, OutboxListModel::AttemptsColumn).data().toInt() >= 1);
        QCOMPARE(list.index(composedRow, OutboxListModel::AccountColumn).data().toString(), account.displayName);
        qInfo("shown error: %s", qPrintable(list.index(composedRow, OutboxListModel::ErrorColumn).data().toString()));

        // Edit: back into a composer with its Bcc, out of the outbox.
        QTreeView *view = window.outboxPane()->view();
        view->setCurrentIndex(list.index(rowWithSubject(list, QStringLiteral("To be edited")), 0));
        QVERIFY(window.outboxPane()->editAction()->isEnabled());
        window.outboxPane()->editAction()->trigger();
        QCOMPARE(opened.size(), 1);
        QPointer<Ui::ComposerWindow> edited = opened.takeFirst().at(0).value<Ui::ComposerWindow *>();
        QCOMPARE(edited->subjectEdit()->text(), QStringLiteral("To be edited"));
        QVERIFY(edited->toEdit()->text().contains(QStringLiteral("bob@example.test")));
        QCOMPARE(edited->bccEdit()->text(), QStringLiteral("carol@example.test"));
        QCOMPARE(edited->bodyEdit()->toPlainText(), QStringLiteral("Queued while the server was away.\n"));
        QTRY_COMPARE_WITH_TIMEOUT(outboxCount(tree), 2, 20000);

        // Delete asks first; Cancel keeps it, Yes drops it.
        view->setCurrentIndex(list.index(rowWithSubject(list, QStringLiteral("To be deleted")), 0));
        window.outboxPane()->deleteAction()->trigger();
        auto *confirmation = window.outboxPane()->findChild<QMessageBox *>(QStringLiteral("outboxDeleteConfirmation"));
        QVERIFY(confirmation);
        confirmation->button(QMessageBox::Cancel)->click();
        QTest::qWait(300);
        QCOMPARE(outboxCount(tree), 2);
        window.outboxPane()->deleteAction()->trigger();
        confirmation = window.outboxPane()->findChild<QMessageBox *>(QStringLiteral("outboxDeleteConfirmation"));
        QVERIFY(confirmation);
        confirmation->button(QMessageBox::Yes)->click();
        QTRY_COMPARE_WITH_TIMEOUT(outboxCount(tree), 1, 20000);
        QCOMPARE(list.rowCount(), 1);

        // The SMTP server comes up on the account's port; Send Now delivers what waits.
        PortRelay relay(closedPort, sink.starttlsPort());
        QVERIFY(relay.listen());
        QSignalSpy completed(&outbox, &Send::Outbox::completed);
        view->setCurrentIndex(list.index(0, 0));
        QVERIFY(window.outboxPane()->sendNowAction()->isEnabled());
        window.outboxPane()->sendNowAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 1, 40000);
        QTRY_COMPARE_WITH_TIMEOUT(outboxCount(tree), 0, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(list.rowCount(), 0, 20000);
        QCOMPARE(sink.storedMessages().size(), 1);
        const QByteArray raw = sink.storedMessages().constFirst().raw;
        QVERIFY(raw.contains("Composed offline"));
        QVERIFY(!raw.contains("To be deleted"));
        const QByteArray messageId = raw.mid(raw.indexOf("Message-ID: ") + 12).split('\r').first();
        QCOMPARE(findByMessageId(dovecot, QStringLiteral("alice"), QStringLiteral("Sent"), messageId).size(), 1);
        if (edited)
            edited->close();
    }
};

QTEST_MAIN(TestOutboxNode)
#include "tst_outbox_node.moc"

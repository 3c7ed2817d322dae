// The reader in a real (offscreen) window, on a real cache file: remote content stays blocked (a
// loopback HTTP server sees no request) until "Load once" or "Always for this sender"; cid: images come
// from the message's own parts; plain text is quoted and linked; deceptive links are marked; a message
// whose text is not cached asks for it.
#include "ReaderPane.h"
#include "ReaderWidget.h"
#include "RemoteContentBar.h"
#include "reader/AttachmentPanel.h"

#include "settings/AppSettings.h"

#include "account/RemoteContentPolicy.h"
#include "cache/AccountStore.h"
#include "cache/Database.h"
#include "cache/FolderStore.h"
#include "cache/MessageListReader.h"
#include "cache/MessageStore.h"
#include "cache/PartStore.h"
#include "sync/bodies/BodyStructureCodec.h"
#include "sync/bodies/MessageParts.h"

#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel;
using Kestrel::Ui::ReaderWidget;

namespace {

// A one-route HTTP server on loopback that counts every connection made to it.
class PixelServer : public QObject
{
public:
    PixelServer()
    {
        QImage image(2, 2, QImage::Format_RGB32);
        image.fill(Qt::red);
        QBuffer buffer(&m_png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\nContent-Length: "
                                  + QByteArray::number(m_png.size()) + "\r\n\r\n" + m_png);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1/pixel.png").arg(m_server.serverPort()); }
    int connections = 0;

private:
    QTcpServer m_server;
    QByteArray m_png;
};

Imap::BodyPart leaf(const char *type, const char *subtype, QByteArray id = {})
{
    Imap::BodyPart part;
    part.type = type;
    part.subtype = subtype;
    part.encoding = "7BIT";
    part.size = 100;
    part.id = std::move(id);
    if (part.type == "TEXT")
        part.params.push_back({"CHARSET", "utf-8"});
    return part;
}

} // namespace

class TestReader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // The Settings dialog's switches live in QSettings: this process's stay in the test's folder.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationDomain(QStringLiteral("kestrel-mail.org"));
        QCoreApplication::setApplicationName(QStringLiteral("kestrel-test-reader"));
        m_path = m_dir.filePath(QStringLiteral("cache.sqlite"));
        QVERIFY(!m_writer.open(m_path));
        QVERIFY(!AccountStore(m_writer).ensureAccount(QStringLiteral("alice"), QStringLiteral("Alice")));
        m_folder.accountId = QStringLiteral("alice");
        m_folder.name = QStringLiteral("INBOX");
        QVERIFY(!FolderStore(m_writer).upsertFolder(m_folder));
        QVERIFY(!m_cache.open(m_path, Database::Access::ReadOnly));
    }

    void remoteImageWaitsForLoadOnce()
    {
        PixelServer server;
        const MessageSummary message = store(1, leaf("TEXT", "HTML"),
            {QStringLiteral("<p>Hello</p><img src=\"%1\"><p><a href=\"http://evil.test/\">https://bank.example/</a></p>").arg(server.url())});
        RemoteContentPolicy policy(m_dir.filePath(QStringLiteral("remote.json")));
        ReaderWidget reader(m_cache, &policy);
        reader.resize(600, 400);
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        reader.showMessage(message);
        QTest::qWait(300);
        QCOMPARE(server.connections, 0);
        QVERIFY(reader.remoteContentBar()->isVisible());
        QVERIFY(reader.pane()->blockedRequests() >= 1);
        QVERIFY(reader.pane()->toPlainText().contains(QStringLiteral("Hello")));
        QVERIFY2(reader.pane()->toPlainText().contains(QStringLiteral("Caution: this link leads to evil.test")),
                 qPrintable(reader.pane()->toPlainText()));

        QTest::mouseClick(reader.remoteContentBar()->loadOnceButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(server.connections, 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(reader.pane()->document()->resource(QTextDocument::ImageResource, QUrl(server.url())).isValid(), 5000);
        QVERIFY(!reader.remoteContentBar()->isVisible());
        QVERIFY(!policy.isAllowed(QStringLiteral("carol@example.org"))); // "once" is not "always"

        // Opening it again blocks again.
        reader.showMessage(message);
        QTest::qWait(200);
        QCOMPARE(server.connections, 1);
        QVERIFY(reader.remoteContentBar()->isVisible());
    }

    void alwaysForSenderIsRemembered()
    {
        PixelServer server;
        const MessageSummary message = store(2, leaf("TEXT", "HTML"), {QStringLiteral("<img src=\"%1\">").arg(server.url())});
        const QString file = m_dir.filePath(QStringLiteral("always.json"));
        RemoteContentPolicy policy(file);
        ReaderWidget reader(m_cache, &policy);
        QSignalSpy changed(&reader, &ReaderWidget::remoteContentPolicyChanged);
        reader.showMessage(message);
        reader.show();
        QVERIFY(reader.remoteContentBar()->alwaysButton()->text().contains(QStringLiteral("carol@example.org")));
        QTest::mouseClick(reader.remoteContentBar()->alwaysButton(), Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(server.connections, 1, 5000);
        QVERIFY(!policy.save());

        RemoteContentPolicy reloaded(file);
        QVERIFY(!reloaded.load());
        QVERIFY(reloaded.isAllowed(QStringLiteral("Carol@Example.org")));
        ReaderWidget second(m_cache, &reloaded);
        second.show();
        second.showMessage(message);
        QVERIFY(!second.remoteContentBar()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(server.connections, 2, 5000); // loaded without asking
    }

    void loadAlwaysSettingLoadsWithoutAsking()
    {
        PixelServer server;
        const MessageSummary message = store(20, leaf("TEXT", "HTML"), {QStringLiteral("<img src=\"%1\">").arg(server.url())});
        RemoteContentPolicy policy(m_dir.filePath(QStringLiteral("never-asked.json")));
        Ui::AppSettings::setLoadRemoteContentAlways(true);
        ReaderWidget reader(m_cache, &policy);
        reader.show();
        reader.showMessage(message);
        QVERIFY(!reader.remoteContentBar()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(server.connections, 1, 5000);
        QVERIFY(!policy.isAllowed(QStringLiteral("carol@example.org"))); // the switch is not a per-sender grant

        Ui::AppSettings::setLoadRemoteContentAlways(false); // the default again: blocked
        reader.showMessage(message);
        QTest::qWait(200);
        QCOMPARE(server.connections, 1);
        QVERIFY(reader.remoteContentBar()->isVisible());
    }

    void cidImagesComeFromTheMessage()
    {
        Imap::BodyPart related;
        related.type = "MULTIPART";
        related.subtype = "RELATED";
        related.children = {leaf("TEXT", "HTML"), leaf("IMAGE", "PNG", "<logo@kestrel.test>")};
        QImage image(3, 3, QImage::Format_RGB32);
        image.fill(Qt::blue);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        const MessageSummary message = store(3, related, {QStringLiteral("<p>Logo:</p><img src=\"cid:logo@kestrel.test\">"), png});
        ReaderWidget reader(m_cache, nullptr);
        reader.show();
        reader.showMessage(message);
        QVERIFY(!reader.remoteContentBar()->isVisible());
        const QVariant shown = reader.pane()->document()->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("cid:logo@kestrel.test")));
        QVERIFY(shown.isValid());
        QCOMPARE(reader.pane()->blockedRequests(), 0);
    }

    void plainTextIsQuotedAndLinked()
    {
        const MessageSummary message = store(4, leaf("TEXT", "PLAIN"),
                                             {QStringLiteral("Hi,\n> you wrote <b>this</b>\nsee https://kestrel.test/x\n")});
        ReaderWidget reader(m_cache, nullptr);
        MessageSummary listRow = message; // as the message list holds it: without the structure
        listRow.bodyStructure.clear();
        reader.showMessage(listRow);
        const QString html = reader.pane()->toHtml();
        QVERIFY2(html.contains(QStringLiteral("href=\"https://kestrel.test/x\"")), qPrintable(html));
        QVERIFY(reader.pane()->toPlainText().contains(QStringLiteral("you wrote <b>this</b>")));
        QVERIFY(!reader.attachmentPanel()->isVisibleTo(&reader));
    }

    void missingTextIsAskedFor()
    {
        Imap::BodyPart mixed;
        mixed.type = "MULTIPART";
        mixed.subtype = "MIXED";
        Imap::BodyPart attachment = leaf("APPLICATION", "PDF");
        attachment.disposition.type = "attachment";
        attachment.disposition.params.push_back({"FILENAME", "report.pdf"});
        mixed.children = {leaf("TEXT", "PLAIN"), attachment};
        const MessageSummary message = store(5, mixed, {}); // no part cached
        ReaderWidget reader(m_cache, nullptr);
        QSignalSpy wanted(&reader, &ReaderWidget::contentWanted);
        reader.showMessage(message);
        QCOMPARE(wanted.count(), 1);
        QVERIFY(reader.pane()->toPlainText().contains(QStringLiteral("not been downloaded yet")));
        QCOMPARE(reader.attachmentPanel()->attachments().size(), 1);
        QVERIFY(reader.attachmentPanel()->entries().first().startsWith(QStringLiteral("report.pdf (")));
        QVERIFY(reader.attachmentPanel()->isVisibleTo(&reader));

        // The sync engine stores the text; the cache-changed refresh shows it without asking again.
        const auto parts = Sync::MessageParts::fromStored(message.bodyStructure);
        QVERIFY(!PartStore(m_writer).store(message.id, parts->text.first(), "Now it is here."));
        reader.refresh();
        QVERIFY(reader.pane()->toPlainText().contains(QStringLiteral("Now it is here.")));
        QCOMPARE(wanted.count(), 1);
    }

private:
    // Stores message `uid` with `structure` and the given contents for its displayed parts in order.
    MessageSummary store(quint32 uid, const Imap::BodyPart &structure, const QList<QVariant> &contents)
    {
        MessageSummary message;
        message.uid = uid;
        message.internalDate = QDateTime::currentDateTimeUtc();
        message.subject = QStringLiteral("Message %1").arg(uid);
        message.from = {{QStringLiteral("Carol"), QStringLiteral("carol@example.org")}};
        message.bodyStructure = Sync::BodyStructureCodec::encode(structure);
        if (MessageStore(m_writer).upsertMessages(m_folder.id, {message}))
            return {};
        std::optional<MessageSummary> stored;
        if (MessageListReader(m_writer).message(m_folder.id, uid, stored) || !stored)
            return {};
        message = *stored;
        const auto parts = Sync::MessageParts::fromStored(message.bodyStructure);
        const QList<PartInfo> shown = parts ? parts->forDisplay() : QList<PartInfo>();
        for (int i = 0; i < contents.size() && i < shown.size(); ++i) {
            const QByteArray bytes = contents[i].typeId() == QMetaType::QByteArray ? contents[i].toByteArray() : contents[i].toString().toUtf8();
            PartStore(m_writer).store(message.id, shown[i], bytes);
        }
        return message;
    }

    QTemporaryDir m_dir;
    QString m_path;
    Database m_writer;
    Database m_cache;
    FolderInfo m_folder;
};

QTEST_MAIN(TestReader)
#include "tst_reader.moc"

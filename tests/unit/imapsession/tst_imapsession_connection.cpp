// ImapSession over the real ImapConnection against a scripted loopback server, for what the fake
// transport cannot show: the COMPRESS switch when compressed bytes arrive in the same read as the
// OK (RFC 4978 3), and a socket that really drops in the middle of a literal.
#include "ScriptedServer.h"

#include "imap/commands/CompressCommand.h"
#include "imap/commands/FetchCommand.h"
#include "imap/commands/SelectCommand.h"
#include "imap/session/DeflateCodec.h"
#include "imap/session/ImapSession.h"

#include <QSignalSpy>
#include <QTest>

using namespace Kestrel;
using namespace Kestrel::Imap;
using Kestrel::Test::ScriptedServer;

namespace {

ConnectionSettings plainSettings(quint16 port)
{
    ConnectionSettings settings;
    settings.endpoint = {QStringLiteral("127.0.0.1"), port, ConnectionSecurity::None};
    settings.connectTimeoutMs = 5000;
    return settings;
}

} // namespace

class TestImapSessionConnection : public QObject
{
    Q_OBJECT
private slots:
    void compressedBytesInTheSameReadAsTheOk()
    {
        DeflateCodec server;
        const QByteArray reply = "a1 OK DEFLATE active\r\n" + server.compress("* CAPABILITY IMAP4rev1 XZIPPED\r\n");
        ScriptedServer script("* PREAUTH [CAPABILITY IMAP4rev1 COMPRESS=DEFLATE] hi\r\n", {{"a1 COMPRESS DEFLATE", reply}});
        QVERIFY(script.start());
        ImapSession session(plainSettings(script.serverPort()));
        bool done = false;
        session.run(std::make_unique<CompressCommand>(), nullptr, [&](const CommandResult &r) { done = r.ok(); });
        session.open();
        QTRY_VERIFY(done);
        QTRY_VERIFY(session.capabilities().has("XZIPPED")); // inflated from the tail of that read
    }

    void socketDropsMidLiteral()
    {
        ScriptedServer script("* PREAUTH [CAPABILITY IMAP4rev1] hi\r\n",
                              {{"a1 SELECT", "* 1 EXISTS\r\na1 OK [READ-WRITE] ok\r\n"},
                               {"a2 UID FETCH", "* 1 FETCH (UID 1 BODY[] {100}\r\nFrom: a@b\r\n", true}});
        QVERIFY(script.start());
        ImapSession session(plainSettings(script.serverPort()));
        QSignalSpy failed(&session, &ImapSession::failed);
        int calls = 0;
        std::optional<Error> error;
        session.enqueue(std::make_unique<SelectCommand>(QStringLiteral("INBOX")));
        session.run(std::make_unique<FetchCommand>(SequenceSet::fromNumbers({1}), FetchItems().uid().bodyPeek()), nullptr,
                    [&](const FetchResult &r) {
                        ++calls;
                        error = r.error;
                    });
        session.open();
        QTRY_COMPARE(calls, 1);
        QVERIFY(error);
        QCOMPARE(error->code, Error::Code::Network);
        QVERIFY2(error->detail.contains(QStringLiteral("literal")), qPrintable(error->toString()));
        QCOMPARE(failed.size(), 1);
        QTest::qWait(50); // nothing more may arrive
        QCOMPARE(calls, 1);
    }
};

QTEST_GUILESS_MAIN(TestImapSessionConnection)
#include "tst_imapsession_connection.moc"

#pragma once

#include "FakeTransport.h"

#include "imap/commands/SelectCommand.h"
#include "imap/session/ImapSession.h"
#include "net/ProtocolLog.h"

#include <QCoreApplication>
#include <QTest>

#include <memory>

namespace Kestrel::Test {

// How a command ended, as seen by its callback: count of calls (must be exactly 1) and the result.
template<class R>
struct Outcome {
    int calls = 0;
    R result;
    bool done() const { return calls > 0; }
};

// An ImapSession on a FakeTransport, read like a transcript:
//     Harness h("IMAP4rev1 LITERAL+");                 // greeted, capabilities known
//     auto fetch = h.run(std::make_unique<FetchCommand>(...));
//     QCOMPARE(h.C(), QList<QByteArray>{"a1 UID FETCH ..."});
//     h.S("* 1 FETCH (UID 5 FLAGS ())");
//     h.S("a1 OK done");
class Harness
{
public:
    static constexpr const char *Rev1 = "IMAP4rev1 LITERAL+ IDLE UIDPLUS MOVE ENABLE CONDSTORE QRESYNC ESEARCH"
                                        " LIST-EXTENDED LIST-STATUS SPECIAL-USE NAMESPACE ID UNSELECT BINARY COMPRESS=DEFLATE";

    // preauth: start Authenticated ("* PREAUTH"); capabilities: the greeting's CAPABILITY code.
    explicit Harness(const QByteArray &capabilities = Rev1, bool preauth = true, bool greetingTrusted = true)
    {
        auto transport = std::make_unique<FakeTransport>();
        m_transport = transport.get();
        m_transport->setGreetingTrusted(greetingTrusted);
        session = std::make_unique<Imap::ImapSession>(std::move(transport));
        session->setProtocolLog(&log, QStringLiteral("test"));
        session->open();
        const QByteArray greeting = preauth ? QByteArrayLiteral("* PREAUTH") : QByteArrayLiteral("* OK");
        m_transport->greet(greeting + " [CAPABILITY " + capabilities + "] ready\r\n");
        settle();
    }

    FakeTransport &transport() { return *m_transport; }

    template<class C>
    std::shared_ptr<Outcome<typename C::Result>> run(std::unique_ptr<C> command)
    {
        auto outcome = std::make_shared<Outcome<typename C::Result>>();
        session->run(std::move(command), nullptr, [outcome](const typename C::Result &result) {
            ++outcome->calls;
            outcome->result = result;
        });
        return outcome;
    }

    // Lets queued work (pump, delivery, IDLE upkeep) run.
    static void settle()
    {
        for (int i = 0; i < 10; ++i)
            QCoreApplication::processEvents();
    }

    // Lines the client sent since the last call, without CRLF (literal data shows inline).
    QList<QByteArray> C()
    {
        settle();
        const QByteArray sent = m_transport->takeSent();
        QList<QByteArray> lines;
        qsizetype start = 0;
        for (qsizetype end; (end = sent.indexOf("\r\n", start)) >= 0; start = end + 2)
            lines << sent.mid(start, end - start);
        if (start < sent.size())
            lines << sent.mid(start);
        return lines;
    }

    // One server line (CRLF added) or raw bytes when `raw`.
    void S(const QByteArray &line, bool raw = false)
    {
        m_transport->serverSends(raw ? line : line + "\r\n");
        settle();
    }

    // SELECT INBOX answered with `untagged` lines; returns false if the wire did not match.
    bool selectInbox(const QList<QByteArray> &untagged = {QByteArrayLiteral("* 3 EXISTS")})
    {
        session->enqueue(std::make_unique<Imap::SelectCommand>(QStringLiteral("INBOX")));
        const QList<QByteArray> sent = C();
        if (sent.size() != 1 || !sent.first().endsWith(" SELECT INBOX"))
            return false;
        for (const QByteArray &line : untagged)
            S(line);
        S(sent.first().left(sent.first().indexOf(' ')) + " OK [READ-WRITE] selected");
        return session->state() == Imap::SessionState::Selected;
    }

    QByteArray logText() const
    {
        QByteArray all;
        for (const ProtocolLog::Entry &entry : log.entries())
            all += entry.text + '\n';
        return all;
    }

    ProtocolLog log;
    std::unique_ptr<Imap::ImapSession> session;

private:
    FakeTransport *m_transport = nullptr;
};

} // namespace Kestrel::Test

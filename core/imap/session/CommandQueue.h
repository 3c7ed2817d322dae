#pragma once

#include "imap/commands/ImapCommand.h"

#include <QHash>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace Kestrel::Imap {

// The session's tagged, pipelined command queue (RFC 3501 2.2.1 / 5.5, RFC 9051 5.5).
//
// Commands wait in FIFO order; the head starts as soon as pipelining allows: an Independent
// command goes out while others are in flight, a Barrier only when nothing is in flight, and
// nothing starts while a Barrier runs. Output chunks after a synchronizing literal wait for the
// server's "+" (RFC 3501 7.5). Finished commands are collected and delivered by the owner
// (deliverFinished) outside protocol handling, each exactly once.
class CommandQueue
{
public:
    using Writer = std::function<void(const QByteArray &bytes, const QByteArray &logText)>;

    CommandQueue(CommandContext &context, Writer writer);
    ~CommandQueue();

    void enqueue(std::unique_ptr<ImapCommand> command, bool front = false);
    // Ends a command without sending it (delivered by deliverFinished like the others).
    void reject(std::unique_ptr<ImapCommand> command, const Error &error);
    // Whether commands may start (greeting received). Closed: they wait.
    void setOpen(bool open) { m_open = open; }
    void pump();
    void deliverFinished();

    bool isIdle() const { return m_waiting.empty() && m_active.empty(); }
    bool hasWaiting() const { return !m_waiting.empty(); }
    const ImapCommand *head() const { return m_waiting.empty() ? nullptr : m_waiting.front().get(); }
    bool hasUndelivered() const { return !m_finished.empty(); }
    // A tag is out whose answer should come soon (not an IDLE the server acknowledged).
    bool awaitingResponse() const;
    const std::vector<std::unique_ptr<ImapCommand>> &active() const { return m_active; }

    // Dispatch of server responses. untagged: true when a running command claimed it.
    bool untagged(const Response &response);
    // false: no command has this tag.
    bool tagged(const TaggedStatus &status);
    bool continuation(const ContinuationRequest &request);
    bool hasTag(const QByteArray &tag) const { return m_tags.contains(tag); }
    void failTag(const QByteArray &tag, const Error &error);
    // Ends every waiting and running command with `error` (BYE, drop, timeout).
    void failAll(const Error &error);

    // The CommandContext services that belong to the queue.
    QByteArray nextTag() { return QByteArrayLiteral("a") + QByteArray::number(++m_tagCounter); }
    void send(const QByteArray &tag, const CommandWriter::Command &command, const QByteArray &logText);
    void sendLine(const QByteArray &line, const QByteArray &logText);

private:
    struct Output {
        QList<QByteArray> chunks;
        qsizetype next = 0;
        QByteArray tag;
        QByteArray logText;
    };

    bool mayStart(const ImapCommand &command) const;
    void startHead();
    void run(ImapCommand *command, const std::function<void()> &step);
    void retireFinished();
    void flushOutput();
    void dropOutput(const QByteArray &tag);

    CommandContext &m_context;
    Writer m_writer;
    std::deque<std::unique_ptr<ImapCommand>> m_waiting;
    std::vector<std::unique_ptr<ImapCommand>> m_active;
    std::deque<std::unique_ptr<ImapCommand>> m_finished;
    QHash<QByteArray, ImapCommand *> m_tags; // nullptr: the command already finished
    std::deque<Output> m_output;
    ImapCommand *m_current = nullptr;
    quint64 m_tagCounter = 0;
    bool m_open = false;
    bool m_awaitingContinuation = false;
    bool m_pumping = false;
    bool m_delivering = false;
    std::shared_ptr<char> m_alive = std::make_shared<char>();
};

} // namespace Kestrel::Imap

#include "imap/session/CommandQueue.h"

#include "imap/session/SessionErrors.h"

#include <algorithm>

namespace Kestrel::Imap {

CommandQueue::CommandQueue(CommandContext &context, Writer writer)
    : m_context(context)
    , m_writer(std::move(writer))
{
}

CommandQueue::~CommandQueue() = default;

void CommandQueue::enqueue(std::unique_ptr<ImapCommand> command, bool front)
{
    if (front)
        m_waiting.push_front(std::move(command));
    else
        m_waiting.push_back(std::move(command));
}

void CommandQueue::reject(std::unique_ptr<ImapCommand> command, const Error &error)
{
    command->fail(error);
    m_finished.push_back(std::move(command));
}

bool CommandQueue::mayStart(const ImapCommand &command) const
{
    for (const auto &running : m_active) {
        if (running->pipelining() == ImapCommand::Pipelining::Barrier)
            return false;
        const QByteArray key = command.exclusiveKey();
        if (!key.isEmpty() && running->exclusiveKey() == key)
            return false;
    }
    return command.pipelining() == ImapCommand::Pipelining::Independent || m_active.empty();
}

void CommandQueue::pump()
{
    if (!m_open || m_pumping)
        return;
    m_pumping = true;
    while (!m_waiting.empty() && m_open && mayStart(*m_waiting.front()))
        startHead();
    m_pumping = false;
}

void CommandQueue::startHead()
{
    m_active.push_back(std::move(m_waiting.front()));
    m_waiting.pop_front();
    ImapCommand *command = m_active.back().get();
    if (!command->allowedIn(m_context.state()))
        command->fail(SessionErrors::wrongState(m_context.serverName(), command->name()));
    else
        run(command, [this, command] { command->start(m_context); });
    retireFinished();
}

void CommandQueue::run(ImapCommand *command, const std::function<void()> &step)
{
    ImapCommand *outer = std::exchange(m_current, command);
    step();
    m_current = outer;
}

void CommandQueue::retireFinished()
{
    auto finished = std::stable_partition(m_active.begin(), m_active.end(),
                                          [](const auto &command) { return !command->isFinished(); });
    for (auto it = finished; it != m_active.end(); ++it) {
        for (auto tag = m_tags.begin(); tag != m_tags.end(); ++tag) {
            if (tag.value() == it->get())
                tag.value() = nullptr; // a late answer to it is swallowed
        }
        m_finished.push_back(std::move(*it));
    }
    m_active.erase(finished, m_active.end());
}

void CommandQueue::deliverFinished()
{
    if (m_delivering)
        return;
    m_delivering = true;
    const std::weak_ptr<char> alive = m_alive;
    while (!m_finished.empty()) {
        const std::unique_ptr<ImapCommand> command = std::move(m_finished.front());
        m_finished.pop_front();
        command->deliver();
        if (alive.expired())
            return; // a callback destroyed the session
    }
    m_delivering = false;
}

bool CommandQueue::awaitingResponse() const
{
    if (m_awaitingContinuation)
        return true;
    for (auto it = m_tags.cbegin(); it != m_tags.cend(); ++it) {
        if (!it.value() || !it.value()->isQuiet())
            return true;
    }
    return false;
}

bool CommandQueue::untagged(const Response &response)
{
    bool claimed = false;
    for (qsizetype i = 0; i < qsizetype(m_active.size()) && !claimed; ++i) {
        ImapCommand *command = m_active[i].get();
        if (!command->isFinished())
            run(command, [&] { claimed = command->untagged(response, m_context); });
    }
    retireFinished();
    return claimed;
}

bool CommandQueue::tagged(const TaggedStatus &status)
{
    const auto it = m_tags.find(status.tag);
    if (it == m_tags.end())
        return false;
    ImapCommand *command = it.value();
    m_tags.erase(it);
    dropOutput(status.tag);
    if (command && !command->isFinished())
        run(command, [&] { command->tagged(status, m_context); });
    retireFinished();
    return true;
}

bool CommandQueue::continuation(const ContinuationRequest &request)
{
    if (m_awaitingContinuation) {
        m_awaitingContinuation = false; // RFC 3501 7.5: send the literal now
        flushOutput();
        return true;
    }
    for (const auto &running : m_active) {
        ImapCommand *command = running.get();
        if (command->isFinished() || !command->wantsContinuation())
            continue;
        run(command, [&] { command->continuation(request, m_context); });
        retireFinished();
        return true;
    }
    return false;
}

void CommandQueue::failTag(const QByteArray &tag, const Error &error)
{
    ImapCommand *command = m_tags.value(tag);
    m_tags.remove(tag);
    dropOutput(tag);
    if (command)
        command->fail(error);
    retireFinished();
}

void CommandQueue::failAll(const Error &error)
{
    m_open = false;
    for (const auto &running : m_active)
        run(running.get(), [&] { running->connectionLost(error); });
    for (const auto &waiting : m_waiting)
        waiting->fail(error);
    for (auto &waiting : m_waiting)
        m_active.push_back(std::move(waiting));
    m_waiting.clear();
    for (const auto &command : m_active)
        command->fail(error); // in case connectionLost() left it running
    retireFinished();
    m_tags.clear();
    m_output.clear();
    m_awaitingContinuation = false;
}

void CommandQueue::send(const QByteArray &tag, const CommandWriter::Command &command, const QByteArray &logText)
{
    m_tags.insert(tag, m_current);
    m_output.push_back(Output{command.chunks, 0, tag, logText});
    flushOutput();
}

void CommandQueue::sendLine(const QByteArray &line, const QByteArray &logText)
{
    m_output.push_back(Output{{line + "\r\n"}, 0, QByteArray(), logText});
    flushOutput();
}

void CommandQueue::flushOutput()
{
    while (!m_output.empty() && !m_awaitingContinuation) {
        Output &out = m_output.front();
        const bool first = out.next == 0;
        const QByteArray &chunk = out.chunks.at(out.next++);
        // Chunks after the first of a redacted command are the credential itself.
        const QByteArray log = out.logText.isEmpty() ? QByteArray() : first ? out.logText : QByteArrayLiteral("[redacted]");
        m_writer(chunk, log);
        if (out.next < out.chunks.size()) {
            m_awaitingContinuation = true;
            return;
        }
        m_output.pop_front();
    }
}

void CommandQueue::dropOutput(const QByteArray &tag)
{
    // The server answered before asking for the literal (e.g. NO to APPEND {n}): skip the rest.
    const auto it = std::find_if(m_output.begin(), m_output.end(), [&](const Output &out) { return out.tag == tag; });
    if (it == m_output.end())
        return;
    const bool wasFront = it == m_output.begin();
    m_output.erase(it);
    if (wasFront && m_awaitingContinuation) {
        m_awaitingContinuation = false;
        flushOutput();
    }
}

} // namespace Kestrel::Imap

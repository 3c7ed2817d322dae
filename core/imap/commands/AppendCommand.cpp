#include "imap/commands/AppendCommand.h"

#include "imap/commands/FlagList.h"
#include "imap/session/Capabilities.h"

namespace Kestrel::Imap {
namespace {

const char *const Months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

QByteArray twoDigits(int value)
{
    return QByteArray::number(value).rightJustified(2, '0');
}

// Raw 8-bit bytes before the first empty line: an internationalised (RFC 6532) header.
bool hasEightBitHeader(const QByteArray &message)
{
    qsizetype end = message.indexOf("\r\n\r\n");
    if (end < 0)
        end = message.size();
    for (qsizetype i = 0; i < end; ++i) {
        if (static_cast<unsigned char>(message.at(i)) >= 0x80)
            return true;
    }
    return false;
}

} // namespace

AppendCommand::AppendCommand(QString mailbox, QByteArray message, QList<QByteArray> flags, QDateTime internalDate)
    : m_mailbox(std::move(mailbox))
    , m_message(std::move(message))
    , m_flags(std::move(flags))
    , m_internalDate(std::move(internalDate))
{
}

QByteArray AppendCommand::formatDateTime(const QDateTime &dateTime)
{
    const QDate date = dateTime.date();
    const QTime time = dateTime.time();
    const int offsetMinutes = dateTime.offsetFromUtc() / 60;
    const int absolute = qAbs(offsetMinutes);
    QByteArray text = twoDigits(date.day()) + '-' + QByteArray(Months[date.month() - 1]) + '-'
        + QByteArray::number(date.year()).rightJustified(4, '0');
    text += ' ' + twoDigits(time.hour()) + ':' + twoDigits(time.minute()) + ':' + twoDigits(time.second());
    text += QByteArray(offsetMinutes < 0 ? " -" : " +") + twoDigits(absolute / 60) + twoDigits(absolute % 60);
    return text;
}

void AppendCommand::start(CommandContext &context)
{
    CommandContext::Outgoing out = context.begin();
    out.writer.atom("APPEND").mailbox(m_mailbox);
    if (!m_flags.isEmpty())
        writeFlagList(out.writer, m_flags);
    if (m_internalDate.isValid())
        out.writer.string(formatDateTime(m_internalDate));
    if (context.isEnabled("UTF8=ACCEPT") && hasEightBitHeader(m_message)) {
        // RFC 6855 4: a message with a UTF-8 header goes as UTF8 (literal8) once UTF8=ACCEPT is enabled.
        out.writer.atom("UTF8").beginList();
        out.writer.literal(m_message, true);
        out.writer.endList();
    } else {
        // RFC 3516 4.4: a message with NUL bytes needs a literal8, which only BINARY servers accept.
        const bool binary = m_message.contains('\0') && context.capabilities().has("BINARY");
        out.writer.literal(m_message, binary);
    }
    send(context, out);
}

void AppendCommand::tagged(const TaggedStatus &status, CommandContext &context)
{
    if (status.code.kind == ResponseCodeKind::AppendUid && !status.code.uids.isEmpty()) {
        m_result.uidValidity = status.code.uidValidity;
        m_result.uid = status.code.uids.ranges().first().first;
    }
    m_result.tryCreate = status.code.kind == ResponseCodeKind::TryCreate;
    finish(status, context);
}

} // namespace Kestrel::Imap

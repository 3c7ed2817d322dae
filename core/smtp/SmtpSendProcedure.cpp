#include "smtp/SmtpSendProcedure.h"

#include "smtp/SmtpDataEncoder.h"
#include "smtp/SmtpErrors.h"
#include "smtp/SmtpTransport.h"

namespace Kestrel::Smtp {
namespace {

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 127)
            return false;
    }
    return true;
}

// What may stand between "<" and ">" without breaking the command line (RFC 5321 section 4.1.2):
// no controls, spaces or angle brackets, and a domain part. Quoting is the caller's business.
bool isUsableAddress(const QString &address)
{
    if (address.isEmpty() || address.size() > 254 || !address.contains(QLatin1Char('@')))
        return false;
    for (const QChar c : address) {
        if (c.unicode() <= 32 || c.unicode() == 127 || c == QLatin1Char('<') || c == QLatin1Char('>'))
            return false;
    }
    return true;
}

} // namespace

SmtpSendProcedure::SmtpSendProcedure(SmtpTransport &transport, const SmtpCapabilities &capabilities,
                                     const SmtpEnvelope &envelope, const QByteArray &message, bool resetFirst)
    : m_transport(transport)
    , m_capabilities(capabilities)
    , m_envelope(envelope)
    , m_message(SmtpDataEncoder::normalizeLineEndings(message))
    , m_resetFirst(resetFirst)
{
}

QString SmtpSendProcedure::server() const
{
    return m_transport.serverName();
}

std::optional<Error> SmtpSendProcedure::check()
{
    // The null reverse-path "<>" (RFC 5321 section 4.5.5) is allowed for the sender only.
    if (!m_envelope.from.isEmpty() && !isUsableAddress(m_envelope.from))
        return SmtpErrors::invalidAddress(m_envelope.from);
    bool international = !isAscii(m_envelope.from);
    for (const QString &recipient : std::as_const(m_envelope.recipients)) {
        if (!isUsableAddress(recipient))
            return SmtpErrors::invalidAddress(recipient);
        international = international || !isAscii(recipient);
    }
    if (m_envelope.recipients.isEmpty())
        return SmtpErrors::invalidAddress(QString());
    // RFC 6531 section 3.4 / RFC 6532: UTF-8 in the envelope or the header needs SMTPUTF8.
    m_result.usedSmtpUtf8 = international || SmtpDataEncoder::headerHasEightBitOctets(m_message);
    if (m_result.usedSmtpUtf8 && !m_capabilities.smtpUtf8)
        return SmtpErrors::extensionMissing(server(), QStringLiteral("SMTPUTF8"));
    // RFC 6152 section 3: 8-bit octets only to a server that announced 8BITMIME.
    m_result.usedEightBitMime = SmtpDataEncoder::hasEightBitOctets(m_message);
    if (m_result.usedEightBitMime && !m_capabilities.eightBitMime)
        return SmtpErrors::extensionMissing(server(), QStringLiteral("8BITMIME"));
    // RFC 1870 section 6: do not send what the server said it would refuse.
    if (m_capabilities.maxSize > 0 && m_message.size() > m_capabilities.maxSize)
        return SmtpErrors::messageTooLarge(server(), m_message.size(), m_capabilities.maxSize);
    return std::nullopt;
}

QByteArray SmtpSendProcedure::mailParameters() const
{
    QByteArray parameters;
    if (m_capabilities.sizeAdvertised) // RFC 1870 section 6: SIZE=<message size in octets>
        parameters += " SIZE=" + QByteArray::number(m_message.size());
    if (m_result.usedEightBitMime) // RFC 6152 section 2
        parameters += " BODY=8BITMIME";
    if (m_result.usedSmtpUtf8) // RFC 6531 section 3.4
        parameters += " SMTPUTF8";
    return parameters;
}

void SmtpSendProcedure::plan()
{
    if (m_resetFirst) // RFC 5321 section 4.1.1.5: a clean state before a new transaction
        m_planned.append({Expect::Reset, SmtpCommand::plain("RSET", QStringLiteral("RSET"))});
    const QByteArray mail = "MAIL FROM:<" + m_envelope.from.toUtf8() + '>' + mailParameters();
    m_planned.append({Expect::Mail, SmtpCommand::plain(mail, QStringLiteral("MAIL FROM"))});
    for (const QString &recipient : std::as_const(m_envelope.recipients)) {
        const QByteArray rcpt = "RCPT TO:<" + recipient.toUtf8() + '>';
        m_planned.append({Expect::Recipient, SmtpCommand::plain(rcpt, QStringLiteral("RCPT TO"))});
    }
    m_planned.append({Expect::Data, SmtpCommand::plain("DATA", QStringLiteral("DATA"))});
}

SmtpStep SmtpSendProcedure::start()
{
    if (const auto error = check())
        return SmtpStep::fail(*error);
    plan();
    m_started = true;
    if (!m_capabilities.pipelining) {
        sendNext();
        return SmtpStep::next();
    }
    // RFC 2920 section 3.1: RSET, MAIL and RCPT anywhere in a group, DATA only last.
    QList<SmtpCommand> group;
    for (const Planned &planned : std::as_const(m_planned)) {
        group.append(planned.command);
        m_expected.append(planned.expect);
    }
    m_planned.clear();
    m_transport.sendCommands(group);
    return SmtpStep::next();
}

void SmtpSendProcedure::sendNext()
{
    const Planned planned = m_planned.takeFirst();
    m_expected.append(planned.expect);
    m_transport.sendCommand(planned.command);
}

SmtpStep SmtpSendProcedure::onReply(const SmtpReply &reply)
{
    if (m_expected.isEmpty())
        return SmtpStep::next(); // nothing asked: not ours
    switch (m_expected.takeFirst()) {
    case Expect::Reset:
        if (!reply.isPositive() && !m_error)
            m_error = SmtpErrors::rejected(server(), QStringLiteral("RSET"), reply);
        return afterCommandReply();
    case Expect::Mail:
        if (!reply.isPositive() && !m_error)
            m_error = SmtpErrors::rejected(server(), QStringLiteral("MAIL FROM"), reply);
        return afterCommandReply();
    case Expect::Recipient:
        m_result.recipients.append({m_envelope.recipients.at(m_result.recipients.size()), reply});
        return afterCommandReply();
    case Expect::Data:
        return onDataReply(reply);
    case Expect::DataEnd:
        return onDataEndReply(reply);
    case Expect::EmptyDataEnd:
        return SmtpStep::fail(transactionError().value_or(SmtpErrors::rejected(server(), QStringLiteral("DATA"), reply)));
    }
    return SmtpStep::next();
}

// Without pipelining: stop at the first failure, or go on with the next command. With it, all
// replies of the group arrive before the DATA reply, which decides.
SmtpStep SmtpSendProcedure::afterCommandReply()
{
    if (m_capabilities.pipelining)
        return SmtpStep::next();
    if (m_error)
        return SmtpStep::fail(*m_error);
    if (m_planned.first().expect == Expect::Data && m_result.accepted().isEmpty())
        return SmtpStep::fail(*transactionError()); // every RCPT refused: DATA is not sent
    sendNext();
    return SmtpStep::next();
}

std::optional<Error> SmtpSendProcedure::transactionError() const
{
    if (m_error)
        return m_error;
    if (!m_result.accepted().isEmpty())
        return std::nullopt;
    QStringList rejections;
    for (const SmtpRecipientResult &recipient : m_result.recipients)
        rejections.append(recipient.address + QStringLiteral(" (") + recipient.reply.toString() + QLatin1Char(')'));
    return SmtpErrors::allRecipientsRejected(server(), rejections);
}

SmtpStep SmtpSendProcedure::onDataReply(const SmtpReply &reply)
{
    if (const auto error = transactionError()) {
        if (reply.code != 354)
            return SmtpStep::fail(*error);
        // RFC 2920 section 3.1: DATA accepted although nothing else was: end it with a lone dot.
        m_error = error;
        m_expected.append(Expect::EmptyDataEnd);
        m_transport.sendData(QByteArrayLiteral(".\r\n"));
        return SmtpStep::next();
    }
    if (reply.code != 354) // RFC 5321 section 4.1.1.4: 354 "Start mail input"
        return SmtpStep::fail(SmtpErrors::rejected(server(), QStringLiteral("DATA"), reply));
    m_expected.append(Expect::DataEnd);
    m_transport.sendData(SmtpDataEncoder::dotStuff(m_message));
    m_message.clear();
    return SmtpStep::next();
}

SmtpStep SmtpSendProcedure::onDataEndReply(const SmtpReply &reply)
{
    m_result.dataReply = reply;
    if (!reply.isPositive())
        return SmtpStep::fail(SmtpErrors::rejected(server(), QStringLiteral("DATA"), reply));
    m_result.queueId = SmtpSendResult::queueIdFromText(reply.text());
    return SmtpStep::done();
}

} // namespace Kestrel::Smtp

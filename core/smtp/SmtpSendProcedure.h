#pragma once

#include "smtp/SmtpCapabilities.h"
#include "smtp/SmtpCommand.h"
#include "smtp/SmtpEnvelope.h"
#include "smtp/SmtpSendResult.h"
#include "smtp/SmtpStep.h"

#include <QList>

namespace Kestrel::Smtp {

class SmtpTransport;

// One mail transaction (RFC 5321 section 3.3): [RSET], MAIL FROM, RCPT TO for each recipient, DATA and
// the dot-stuffed message. With PIPELINING (RFC 2920 section 3.1) MAIL, all RCPT and DATA go out in one
// write and every reply is checked; without it each command waits for its reply. Recipients the server
// refuses are recorded and the message goes to the others; when none is left, DATA is not sent (or,
// pipelined, is answered by an empty end of data) and the send fails naming every refusal.
class SmtpSendProcedure
{
public:
    SmtpSendProcedure(SmtpTransport &transport, const SmtpCapabilities &capabilities, const SmtpEnvelope &envelope,
                      const QByteArray &message, bool resetFirst);

    // Checks the message against the server (SIZE, 8BITMIME, SMTPUTF8) and starts; may fail at once,
    // before anything is sent.
    SmtpStep start();
    SmtpStep onReply(const SmtpReply &reply);
    const SmtpSendResult &result() const { return m_result; }
    // Whether a command went out (the connection then needs RSET before the next transaction).
    bool hasStarted() const { return m_started; }

private:
    enum class Expect { Reset, Mail, Recipient, Data, DataEnd, EmptyDataEnd };
    struct Planned {
        Expect expect;
        SmtpCommand command;
    };

    std::optional<Error> check();
    QByteArray mailParameters() const;
    void plan();
    void sendNext();
    SmtpStep afterCommandReply();
    SmtpStep onDataReply(const SmtpReply &reply);
    SmtpStep onDataEndReply(const SmtpReply &reply);
    std::optional<Error> transactionError() const;
    QString server() const;

    SmtpTransport &m_transport;
    SmtpCapabilities m_capabilities;
    SmtpEnvelope m_envelope;
    QByteArray m_message; // CRLF-normalised
    bool m_resetFirst = false;
    bool m_started = false;
    QList<Planned> m_planned;  // commands not sent yet
    QList<Expect> m_expected;  // replies still to come, in order
    std::optional<Error> m_error; // decided while pipelined replies are still coming in
    SmtpSendResult m_result;
};

} // namespace Kestrel::Smtp

#pragma once

#include "imap/parser/CommandWriter.h"
#include "imap/parser/Frame.h"
#include "imap/session/SessionState.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Kestrel::Imap {

class Capabilities;
class SelectedMailboxState;

// What a running command sees of its session: capabilities, the selected mailbox, a way to write
// tagged commands, and the few session-wide effects a command may have (new capabilities, a state
// change, ENABLEd extensions, compression). Implemented by the session's CommandQueue.
class CommandContext
{
public:
    // A command line under construction; the tag is already written.
    struct Outgoing {
        QByteArray tag;
        CommandWriter writer;
    };

    virtual ~CommandContext() = default;

    virtual const Capabilities &capabilities() const = 0;
    // Extensions the server confirmed in ENABLED (RFC 5161 3.2): "CONDSTORE", "QRESYNC", "UTF8=ACCEPT".
    virtual bool isEnabled(QByteArrayView extension) const = 0;
    virtual SessionState state() const = 0;
    virtual QString serverName() const = 0;
    virtual SelectedMailboxState &mailbox() = 0;

    // Allocates a tag and a writer set up for the server (LITERAL+/-, UTF8=ACCEPT).
    virtual Outgoing begin() = 0;
    // Queues the command for writing; chunks after a synchronizing literal wait for "+" (RFC 3501
    // 7.5). `logText` replaces the line in the protocol log when it carries a credential.
    virtual void send(const QByteArray &tag, const CommandWriter::Command &command, const QByteArray &logText = {}) = 0;
    // A line that is not a command: a SASL response (RFC 3501 6.2.2) or IDLE's DONE (RFC 2177 3).
    virtual void sendLine(const QByteArray &line, const QByteArray &logText = {}) = 0;
    // The raw response now being handled, to quote it in errors.
    virtual const Frame &currentFrame() const = 0;

    virtual void setCapabilities(const QList<QByteArray> &capabilities) = 0;
    virtual void setEnabled(const QList<QByteArray> &extensions) = 0;
    virtual void setState(SessionState state) = 0;
    virtual void startCompression() = 0;
};

} // namespace Kestrel::Imap

#pragma once

#include "common/Error.h"
#include "imap/parser/Frame.h"
#include "net/TlsTrust.h"

#include <QObject>

namespace Kestrel::Imap {

// What ImapSession needs from the byte transport: open, write, frame the server's bytes, and
// switch on COMPRESS=DEFLATE. ImapConnection (through ConnectionTransport) is the real one; unit
// tests use an in-memory transport so that every byte of a transcript is deterministic.
class ImapTransport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void open() = 0;
    virtual void send(const QByteArray &bytes) = 0;
    // Hands what send() buffered to the operating system now rather than from the event loop's next pass.
    virtual void flush() {}
    // RFC 4978 3: from the tagged OK of COMPRESS on, both directions are raw DEFLATE streams. Must be
    // called while that OK is being handled (inside frameReceived), before more frames are read.
    virtual void startCompression() = 0;
    virtual void close() = 0;
    virtual void abort() = 0;
    // False when the greeting came before STARTTLS: its capabilities must not be used (RFC 3501 6.2.1).
    virtual bool greetingTrusted() const = 0;
    // "imap.example.org:993", for messages.
    virtual QString serverName() const = 0;

signals:
    void opened(const Kestrel::Imap::Frame &greeting);
    void frameReceived(const Kestrel::Imap::Frame &frame);
    void certificateRejected(const Kestrel::CertificateProblem &problem);
    void failed(const Kestrel::Error &error);
    void closed();
};

} // namespace Kestrel::Imap

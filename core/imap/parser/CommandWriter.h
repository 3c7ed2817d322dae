#pragma once

#include "imap/parser/SequenceSet.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Kestrel::Imap {

// Builds one command line with correctly encoded arguments (RFC 3501 4.3 / 9):
//
//     CommandWriter w(CommandWriter::LiteralMode::LiteralPlus);
//     w.tag("A7").atom("SELECT").mailbox(name);
//     const CommandWriter::Command cmd = w.finish();
//
// Strings go out as atoms when they can, quoted when they can, and as literals otherwise.
// With synchronizing literals (no LITERAL+/LITERAL-) the command is split into chunks: send
// chunk 0, wait for the server's "+" continuation, send chunk 1, and so on (RFC 3501 7.5).
class CommandWriter
{
public:
    enum class LiteralMode {
        Synchronizing,   // "{n}": wait for "+" before the literal data
        LiteralPlus,     // "{n+}" always (RFC 7888 LITERAL+)
        LiteralMinus,    // "{n+}" up to 4096 octets, "{n}" above (RFC 7888 LITERAL-)
    };

    struct Command {
        QList<QByteArray> chunks;   // the last one ends with CRLF
        bool needsContinuation() const { return chunks.size() > 1; }
        QByteArray joined() const;  // all chunks, for logs and tests
    };

    // Longest string sent quoted; longer ones become literals to keep lines short.
    static constexpr qsizetype MaxQuotedLength = 1024;
    static constexpr qsizetype LiteralMinusLimit = 4096;

    explicit CommandWriter(LiteralMode mode = LiteralMode::Synchronizing, bool utf8Accept = false);

    CommandWriter &tag(QByteArrayView tag);
    CommandWriter &atom(QByteArrayView atom);      // verbatim keyword: "UID", "FETCH", "(FLAGS)"
    CommandWriter &raw(QByteArrayView bytes) { return atom(bytes); }
    CommandWriter &astring(QByteArrayView value);  // atom, quoted or literal
    CommandWriter &string(QByteArrayView value);   // quoted or literal, never a bare atom
    CommandWriter &mailbox(const QString &name);   // modified UTF-7 (or UTF-8), then astring
    CommandWriter &number(quint64 value);
    CommandWriter &sequenceSet(const SequenceSet &set);
    // Always a literal, e.g. the message of APPEND; literal8 ("~{n}", RFC 3516) when binary.
    CommandWriter &literal(QByteArrayView data, bool binary = false);
    CommandWriter &beginList();                    // "("
    CommandWriter &endList();                      // ")"
    Command finish();                              // appends CRLF

    // How a string would be sent (exposed for tests and for callers choosing commands).
    enum class Encoding { Atom, Quoted, Literal };
    Encoding encodingFor(QByteArrayView value, bool atomAllowed) const;

private:
    void separate();
    void appendQuoted(QByteArrayView value);

    LiteralMode m_mode;
    bool m_utf8Accept;
    bool m_needSpace = false;
    QList<QByteArray> m_chunks;
    QByteArray m_current;
};

} // namespace Kestrel::Imap

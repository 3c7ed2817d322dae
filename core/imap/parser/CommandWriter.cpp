#include "imap/parser/CommandWriter.h"

#include "imap/parser/Lexer.h"
#include "imap/parser/ModifiedUtf7.h"

namespace Kestrel::Imap {

namespace {

// ASTRING-CHAR: ATOM-CHAR or ']' (RFC 3501 9).
bool isAstringChar(unsigned char c)
{
    if (c <= 0x20 || c >= 0x7f)
        return false;
    return c != '(' && c != ')' && c != '{' && c != '%' && c != '*' && c != '"' && c != '\\';
}

} // namespace

QByteArray CommandWriter::Command::joined() const
{
    QByteArray all;
    for (const QByteArray &chunk : chunks)
        all += chunk;
    return all;
}

CommandWriter::CommandWriter(LiteralMode mode, bool utf8Accept)
    : m_mode(mode)
    , m_utf8Accept(utf8Accept)
{
}

void CommandWriter::separate()
{
    if (m_needSpace)
        m_current.append(' ');
    m_needSpace = true;
}

CommandWriter &CommandWriter::tag(QByteArrayView tag)
{
    return atom(tag);
}

CommandWriter &CommandWriter::atom(QByteArrayView atom)
{
    separate();
    m_current.append(atom.data(), atom.size());
    return *this;
}

CommandWriter::Encoding CommandWriter::encodingFor(QByteArrayView value, bool atomAllowed) const
{
    bool atomOk = atomAllowed && !value.isEmpty() && !keywordEquals(value, "NIL");
    bool quotedOk = value.size() <= MaxQuotedLength;
    for (char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        atomOk = atomOk && isAstringChar(c);
        // quoted: TEXT-CHAR (no NUL, CR, LF); 8-bit only as UTF-8 once UTF8=ACCEPT (RFC 6855 3)
        if (c == 0 || c == '\r' || c == '\n' || (c >= 0x80 && !m_utf8Accept))
            quotedOk = false;
    }
    if (atomOk)
        return Encoding::Atom;
    return quotedOk ? Encoding::Quoted : Encoding::Literal;
}

CommandWriter &CommandWriter::astring(QByteArrayView value)
{
    switch (encodingFor(value, true)) {
    case Encoding::Atom:
        return atom(value);
    case Encoding::Quoted:
        separate();
        appendQuoted(value);
        return *this;
    case Encoding::Literal:
        break;
    }
    return literal(value);
}

CommandWriter &CommandWriter::string(QByteArrayView value)
{
    if (encodingFor(value, false) == Encoding::Literal)
        return literal(value);
    separate();
    appendQuoted(value);
    return *this;
}

void CommandWriter::appendQuoted(QByteArrayView value)
{
    m_current.append('"');
    for (char c : value) {
        if (c == '"' || c == '\\')
            m_current.append('\\');
        m_current.append(c);
    }
    m_current.append('"');
}

CommandWriter &CommandWriter::mailbox(const QString &name)
{
    // RFC 3501 5.1: INBOX is case-insensitive; RFC 6855 3: UTF-8 names once UTF8=ACCEPT.
    return astring(m_utf8Accept ? name.toUtf8() : ModifiedUtf7::encode(name));
}

CommandWriter &CommandWriter::number(quint64 value)
{
    return atom(QByteArray::number(value));
}

CommandWriter &CommandWriter::sequenceSet(const SequenceSet &set)
{
    return atom(set.toImapString());
}

// literal = "{" number ["+"] "}" CRLF *CHAR8 (RFC 3501 9, RFC 7888 3, RFC 3516 4.3)
CommandWriter &CommandWriter::literal(QByteArrayView data, bool binary)
{
    const bool nonSync = m_mode == LiteralMode::LiteralPlus
        || (m_mode == LiteralMode::LiteralMinus && data.size() <= LiteralMinusLimit);
    separate();
    if (binary)
        m_current.append('~');
    m_current.append('{');
    m_current.append(QByteArray::number(data.size()));
    m_current.append(nonSync ? "+}\r\n" : "}\r\n");
    if (!nonSync) {
        m_chunks.append(m_current);
        m_current.clear();
    }
    m_current.append(data.data(), data.size());
    return *this;
}

CommandWriter &CommandWriter::beginList()
{
    separate();
    m_current.append('(');
    m_needSpace = false;
    return *this;
}

CommandWriter &CommandWriter::endList()
{
    m_current.append(')');
    m_needSpace = true;
    return *this;
}

CommandWriter::Command CommandWriter::finish()
{
    m_current.append("\r\n");
    m_chunks.append(m_current);
    Command command{m_chunks};
    m_chunks.clear();
    m_current.clear();
    m_needSpace = false;
    return command;
}

} // namespace Kestrel::Imap

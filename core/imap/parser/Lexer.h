#pragma once

#include "imap/parser/ParseError.h"
#include "imap/parser/SequenceSet.h"

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>
#include <cstring>

namespace Kestrel::Imap {

// Thrown inside the parser only; ResponseParser::parse() turns it into a ParseError.
struct LexerFailure {
    ParseErrorCode code;
    qsizetype pos;
    const char *detail;
};

// Case-insensitive comparison with an upper-case ASCII keyword (IMAP atoms are case-insensitive).
inline bool keywordEquals(QByteArrayView token, QByteArrayView upperKeyword)
{
    if (token.size() != upperKeyword.size())
        return false;
    for (qsizetype i = 0; i < token.size(); ++i) {
        char c = token[i];
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - ('a' - 'A'));
        if (c != upperKeyword[i])
            return false;
    }
    return true;
}

// Cursor over one framed response, reading the RFC 3501 section 9 tokens.
//
// Strings and atoms come back as QByteArrays that share the frame's storage (no copy, one
// reference-count increment), except quoted strings containing escapes. Such shared arrays are,
// like QByteArray::fromRawData(), not NUL-terminated, and they keep the whole frame alive.
class Lexer
{
public:
    explicit Lexer(const QByteArray &frame);

    qsizetype pos() const { return m_p - m_begin; }
    char peek() const { return m_p < m_end ? *m_p : '\0'; }
    char peekAt(qsizetype ahead) const { return m_end - m_p > ahead ? m_p[ahead] : '\0'; }
    bool atEnd() const { return m_p >= m_end; }
    bool atLineEnd() const { return m_p >= m_end || *m_p == '\r' || *m_p == '\n'; }

    // The small hot helpers are inline: they run for nearly every byte of a FETCH response.
    void expect(char c, const char *detail)
    {
        if (m_p < m_end && *m_p == c)
            ++m_p;
        else
            failExpected(detail);
    }
    void expectSpace() { expect(' ', "expected a space"); }
    bool tryConsume(char c)
    {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    // Advances n bytes (clamped to the end); for callers that validated them already.
    void skip(qsizetype n) { m_p += std::min<qsizetype>(n, m_end - m_p); }
    // Consumes the keyword (case-insensitive) only when a non-atom character follows it.
    bool tryConsumeKeyword(QByteArrayView upperKeyword);
    bool tryConsumeNil()
    {
        if (m_end - m_p < 3 || (m_p[0] | 0x20) != 'n' || (m_p[1] | 0x20) != 'i' || (m_p[2] | 0x20) != 'l')
            return false;
        const char next = m_end - m_p > 3 ? m_p[3] : ' ';
        if (next != ' ' && next != ')' && next != '\r' && next != '\n')
            return tryConsumeKeyword("NIL"); // unusual follower: let the full check decide
        m_p += 3;
        return true;
    }
    // Consumes exactly these bytes if the input continues with them.
    bool tryConsumeBytes(QByteArrayView bytes)
    {
        if (m_end - m_p < bytes.size() || std::memcmp(m_p, bytes.data(), static_cast<size_t>(bytes.size())) != 0)
            return false;
        m_p += bytes.size();
        return true;
    }
    // The response's final CRLF (a bare LF is tolerated); anything else is trailing garbage.
    void expectResponseEnd();

    // 1*ATOM-CHAR (RFC 3501 9). With allowBracket, ']' counts as an atom char (ASTRING-CHAR).
    QByteArrayView atomView(bool allowBracket = false);
    QByteArray atom(bool allowBracket = false);
    // Token made of atom chars except '[' and '<', for FETCH item names such as BODY[...]<0>.
    QByteArrayView fetchItemName();
    quint64 number64(const char *what);
    quint32 number32(const char *what);
    quint32 nzNumber32(const char *what);

    // sequence-set / uid-set (RFC 3501 9, RFC 4315 4)
    SequenceSet sequenceSet(const char *what);
    void skipSpaces();

    QByteArray string()       // quoted / literal / literal8
    {
        return peek() == '"' ? quoted() : nonQuotedString();
    }
    QByteArray nstring()      // string / NIL (null QByteArray)
    {
        return peek() == '"' ? quoted() : tryConsumeNil() ? QByteArray() : nonQuotedString();
    }
    QByteArray astring();     // atom (with ']') / string
    QByteArray nstringOrNumber();  // some servers send numbers where strings are expected
    // tag = 1*<any ASTRING-CHAR except "+">, followed by SP; InvalidTag otherwise.
    QByteArray tag();
    // The rest of the response without its final CRLF (for responses kept raw).
    QByteArray restOfResponse();
    // Everything up to the end of the current line (resp-text's text), may be empty.
    QByteArray restOfLine();
    // Bytes up to (not including) the terminator, which must come before the end of line.
    QByteArrayView viewUntil(char terminator, const char *detail);

    // Skips one value of any shape: atom, number, string, literal, NIL or a parenthesised list.
    // Iterative, so arbitrarily deep lists cannot overflow the stack.
    void skipValue();

    QByteArray slice(qsizetype from, qsizetype to) const;
    QByteArrayView view(qsizetype from, qsizetype to) const { return {m_begin + from, to - from}; }
    const QByteArray &frame() const { return m_frame; }

    [[noreturn]] void fail(ParseErrorCode code, const char *detail) const;
    [[noreturn]] void failAt(qsizetype pos, ParseErrorCode code, const char *detail) const;

private:
    [[noreturn]] void failExpected(const char *detail) const;
    QByteArray nonQuotedString();
    QByteArray quoted();
    QByteArray literal();
    QByteArray unescapeQuoted(const char *begin, const char *end) const;
    bool skipOneToken();

    const QByteArray &m_frame;
    const char *m_begin;
    const char *m_end;
    const char *m_p;
};

} // namespace Kestrel::Imap

#include "imap/parser/Lexer.h"

#include "imap/parser/SharedSlice.h"

#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Kestrel::Imap {

namespace {

constexpr quint8 AtomChar = 1;      // ATOM-CHAR, RFC 3501 9
constexpr quint8 AstringChar = 2;   // ASTRING-CHAR = ATOM-CHAR / resp-specials
constexpr quint8 FetchNameChar = 4; // ATOM-CHAR except '[' and '<' (section / partial follow)
constexpr quint8 LooseChar = 8;     // anything skipValue() may treat as part of a bare token
constexpr quint8 QuotedStop = 16;   // ends the fast scan of a quoted string: " \ CR LF NUL

constexpr std::array<quint8, 256> makeCharTable()
{
    std::array<quint8, 256> table{};
    for (int c = 0x21; c < 0x7f; ++c) {
        const bool special = c == '(' || c == ')' || c == '{' || c == '%' || c == '*' || c == '"'
            || c == '\\' || c == ']';
        if (!special)
            table[c] |= AtomChar | AstringChar | FetchNameChar;
        if (c == ']')
            table[c] |= AstringChar;
        if (c == '[' || c == '<')
            table[c] &= ~FetchNameChar;
        if (c != '(' && c != ')' && c != '"')
            table[c] |= LooseChar;
    }
    for (int c = 0x80; c < 0x100; ++c)
        table[c] |= LooseChar;
    for (int c : {'"', '\\', '\r', '\n', '\0'})
        table[static_cast<unsigned char>(c)] |= QuotedStop;
    return table;
}

constexpr std::array<quint8, 256> s_chars = makeCharTable();

bool hasClass(char c, quint8 cls)
{
    return s_chars[static_cast<unsigned char>(c)] & cls;
}

// First byte in [p, end) that is '"', '\\', CR, LF or NUL (or end). Quoted strings are most of a
// FETCH ENVELOPE / BODYSTRUCTURE, so this is the parser's innermost loop: 16 bytes per step
// with SSE2 (baseline on x86-64), a table lookup per byte otherwise and for the tail.
const char *findQuotedStop(const char *p, const char *end)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i cr = _mm_set1_epi8('\r');
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i nul = _mm_setzero_si128();
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i hits = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, lf)), _mm_cmpeq_epi8(v, nul)));
        const int mask = _mm_movemask_epi8(hits);
        if (mask != 0)
            return p + __builtin_ctz(static_cast<unsigned>(mask));
        p += 16;
    }
#endif
    while (p < end && !hasClass(*p, QuotedStop))
        ++p;
    return p;
}

} // namespace

Lexer::Lexer(const QByteArray &frame)
    : m_frame(frame)
    , m_begin(frame.constData())
    , m_end(frame.constData() + frame.size())
    , m_p(m_begin)
{
}

void Lexer::fail(ParseErrorCode code, const char *detail) const
{
    failAt(pos(), code, detail);
}

void Lexer::failAt(qsizetype at, ParseErrorCode code, const char *detail) const
{
    throw LexerFailure{code, at, detail};
}

void Lexer::failExpected(const char *detail) const
{
    fail(atLineEnd() ? ParseErrorCode::UnexpectedEnd : ParseErrorCode::UnexpectedCharacter, detail);
}

bool Lexer::tryConsumeKeyword(QByteArrayView upperKeyword)
{
    const qsizetype n = upperKeyword.size();
    if (m_p >= m_end)
        return false;
    const char first = (*m_p >= 'a' && *m_p <= 'z') ? static_cast<char>(*m_p - ('a' - 'A')) : *m_p;
    if (first != upperKeyword[0]) // cheap rejection of most tokens
        return false;
    if (m_end - m_p < n || !keywordEquals(QByteArrayView(m_p, n), upperKeyword))
        return false;
    if (m_p + n < m_end && hasClass(m_p[n], AstringChar))
        return false;
    m_p += n;
    return true;
}

void Lexer::expectResponseEnd()
{
    skipSpaces(); // some servers leave a trailing space before CRLF
    tryConsume('\r');
    if (!tryConsume('\n'))
        fail(atEnd() ? ParseErrorCode::UnexpectedEnd : ParseErrorCode::TrailingGarbage,
             "expected the end of the response");
    if (!atEnd())
        fail(ParseErrorCode::TrailingGarbage, "data after the end of the response");
}

QByteArrayView Lexer::atomView(bool allowBracket)
{
    const quint8 cls = allowBracket ? AstringChar : AtomChar;
    const char *start = m_p;
    while (m_p < m_end && hasClass(*m_p, cls))
        ++m_p;
    if (m_p == start)
        fail(atLineEnd() ? ParseErrorCode::UnexpectedEnd : ParseErrorCode::UnexpectedCharacter,
             "expected an atom");
    return QByteArrayView(start, m_p - start);
}

QByteArray Lexer::atom(bool allowBracket)
{
    const qsizetype start = pos();
    atomView(allowBracket);
    return slice(start, pos());
}

QByteArrayView Lexer::fetchItemName()
{
    const char *start = m_p;
    while (m_p < m_end && hasClass(*m_p, FetchNameChar))
        ++m_p;
    if (m_p == start)
        fail(atLineEnd() ? ParseErrorCode::UnexpectedEnd : ParseErrorCode::UnexpectedCharacter,
             "expected a FETCH item name");
    return QByteArrayView(start, m_p - start);
}

quint64 Lexer::number64(const char *what)
{
    const char *start = m_p;
    quint64 value = 0;
    while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
        if (m_p - start >= 19)
            failAt(start - m_begin, ParseErrorCode::InvalidNumber, what);
        value = value * 10 + static_cast<quint64>(*m_p - '0');
        ++m_p;
    }
    if (m_p == start)
        fail(atLineEnd() ? ParseErrorCode::UnexpectedEnd : ParseErrorCode::InvalidNumber, what);
    return value;
}

quint32 Lexer::number32(const char *what)
{
    const qsizetype start = pos();
    const quint64 value = number64(what);
    if (value > 0xffffffffULL)
        failAt(start, ParseErrorCode::InvalidNumber, what);
    return static_cast<quint32>(value);
}

quint32 Lexer::nzNumber32(const char *what)
{
    const qsizetype start = pos();
    const quint32 value = number32(what);
    if (value == 0)
        failAt(start, ParseErrorCode::InvalidNumber, what);
    return value;
}

SequenceSet Lexer::sequenceSet(const char *what)
{
    const char *start = m_p;
    while (m_p < m_end && ((*m_p >= '0' && *m_p <= '9') || *m_p == ':' || *m_p == ',' || *m_p == '*'))
        ++m_p;
    std::optional<SequenceSet> set = SequenceSet::parse(QByteArrayView(start, m_p - start));
    if (!set)
        failAt(start - m_begin, m_p == start && atLineEnd() ? ParseErrorCode::UnexpectedEnd
                                                            : ParseErrorCode::InvalidNumber, what);
    return *std::move(set);
}

void Lexer::skipSpaces()
{
    while (m_p < m_end && *m_p == ' ')
        ++m_p;
}

QByteArray Lexer::nonQuotedString()
{
    const char c = peek();
    if (c == '{' || c == '~')
        return literal();
    fail(atLineEnd() ? ParseErrorCode::UnexpectedEnd : ParseErrorCode::UnexpectedCharacter,
         "expected a string");
}

QByteArray Lexer::astring()
{
    const char c = peek();
    if (c == '"' || c == '{' || (c == '~' && peekAt(1) == '{'))
        return string();
    return atom(true);
}

QByteArray Lexer::nstringOrNumber()
{
    const char c = peek();
    if (c >= '0' && c <= '9')
        return atom();
    return nstring();
}

// RFC 3501 9: quoted = DQUOTE *QUOTED-CHAR DQUOTE. 8-bit bytes are accepted: RFC 9051 and
// RFC 6855 allow UTF-8 here and servers send raw 8-bit header text in ENVELOPE anyway.
QByteArray Lexer::quoted()
{
    const char *p = m_p + 1;
    bool escaped = false;
    for (;;) {
        p = findQuotedStop(p, m_end);
        if (p >= m_end || *p == '"')
            break;
        if (*p != '\\')
            failAt(p - m_begin, ParseErrorCode::UnexpectedCharacter, "control character in quoted string");
        escaped = true;
        p += 2;
    }
    if (p >= m_end)
        failAt(pos(), ParseErrorCode::UnexpectedEnd, "unterminated quoted string");
    const char *start = m_p + 1;
    m_p = p + 1;
    return escaped ? unescapeQuoted(start, p) : slice(start - m_begin, p - m_begin);
}

QByteArray Lexer::unescapeQuoted(const char *begin, const char *end) const
{
    // Written through a pointer: QByteArray::append(char) per byte was 5% of bench_imap_parser.
    QByteArray out(end - begin, Qt::Uninitialized);
    char *w = out.data();
    for (const char *p = begin; p < end; ++p) {
        if (*p == '\\')
            ++p; // quoted() only passes complete pairs, so p < end still holds
        *w++ = *p;
    }
    out.truncate(w - out.constData());
    return out;
}

// literal = "{" number ["+"] "}" CRLF *CHAR8 (RFC 3501 9, RFC 7888); literal8 = "~{" ... (RFC 3516)
QByteArray Lexer::literal()
{
    const qsizetype start = pos();
    tryConsume('~');
    expect('{', "expected a literal");
    const quint64 size = number64("invalid literal size");
    tryConsume('+');
    expect('}', "expected '}' after the literal size");
    tryConsume('\r');
    expect('\n', "expected CRLF after the literal size");
    if (size > static_cast<quint64>(m_end - m_p))
        failAt(start, ParseErrorCode::LiteralTruncated, "literal is longer than the response");
    const qsizetype from = pos();
    m_p += size;
    return slice(from, pos());
}

QByteArray Lexer::tag()
{
    const char *start = m_p;
    while (m_p < m_end && *m_p != '+' && hasClass(*m_p, AstringChar))
        ++m_p;
    if (m_p == start)
        fail(ParseErrorCode::InvalidTag, "missing or invalid tag");
    if (m_p >= m_end || *m_p != ' ')
        fail(ParseErrorCode::InvalidTag, "invalid character in tag");
    return slice(start - m_begin, pos());
}

QByteArray Lexer::restOfResponse()
{
    const char *end = m_end;
    if (end > m_p && end[-1] == '\n')
        --end;
    if (end > m_p && end[-1] == '\r')
        --end;
    const qsizetype start = pos();
    m_p = end;
    return slice(start, pos());
}

QByteArray Lexer::restOfLine()
{
    const qsizetype start = pos();
    while (m_p < m_end && *m_p != '\r' && *m_p != '\n')
        ++m_p;
    return slice(start, pos());
}

QByteArrayView Lexer::viewUntil(char terminator, const char *detail)
{
    const char *start = m_p;
    while (m_p < m_end && *m_p != terminator && *m_p != '\r' && *m_p != '\n')
        ++m_p;
    if (m_p >= m_end || *m_p != terminator)
        fail(ParseErrorCode::UnexpectedEnd, detail);
    return QByteArrayView(start, m_p - start);
}

void Lexer::skipValue()
{
    qsizetype depth = 0;
    for (;;) {
        if (atLineEnd())
            fail(ParseErrorCode::UnexpectedEnd, "value ends early");
        const char c = *m_p;
        if (c == '(') {
            ++m_p;
            ++depth;
            continue;
        }
        if (c == ' ' && depth > 0) {
            ++m_p;
            continue;
        }
        if (c == ')' && depth > 0) {
            ++m_p;
            --depth;
        } else if (!skipOneToken()) {
            fail(ParseErrorCode::UnexpectedCharacter, "unexpected character in value");
        }
        if (depth == 0)
            return;
    }
}

bool Lexer::skipOneToken()
{
    const char c = *m_p;
    if (c == '"') {
        quoted();
        return true;
    }
    if (c == '{' || (c == '~' && m_p + 1 < m_end && m_p[1] == '{')) {
        literal();
        return true;
    }
    const char *start = m_p;
    while (m_p < m_end && hasClass(*m_p, LooseChar))
        ++m_p;
    return m_p != start;
}

QByteArray Lexer::slice(qsizetype from, qsizetype to) const
{
    return sharedSlice(m_frame, from, to);
}

} // namespace Kestrel::Imap

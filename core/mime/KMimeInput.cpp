#include "mime/KMimeInput.h"

#include <KMime/Util>

#include <QByteArrayView>
#include <QList>

namespace Kestrel::Mime {
namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// RFC 2045 token characters. Stopping at anything else keeps each value no longer than the one KMime
// reads, which is what matters: a boundary line then always starts with "--" + the value found here.
bool isTokenChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u > 32 && u < 127 && !QByteArrayView("()<>@,;:\\\"/[]?=").contains(c);
}

// The value of an RFC 2231 extended parameter (charset'language'percent-encoded) without its prefix.
QByteArray percentDecodedValue(const QByteArray &value)
{
    return QByteArray::fromPercentEncoding(value.mid(value.lastIndexOf('\'') + 1));
}

// Reads the value after "boundary" at `pos` (just past the word): plain, quoted, or an RFC 2231 piece
// ("boundary*0=", "boundary*="). Returns the values it can stand for; empty when it is not a parameter.
QList<QByteArray> boundaryValuesAt(const QByteArray &text, qsizetype pos)
{
    bool extended = false;
    for (; pos < text.size() && (text[pos] == '*' || (text[pos] >= '0' && text[pos] <= '9')); ++pos) {
        if (text[pos] == '*')
            extended = true;
    }
    while (pos < text.size() && isSpace(text[pos]))
        ++pos;
    if (pos >= text.size() || text[pos] != '=')
        return {};
    ++pos;
    while (pos < text.size() && isSpace(text[pos]))
        ++pos;
    QByteArray value;
    if (pos < text.size() && text[pos] == '"') {
        for (++pos; pos < text.size() && text[pos] != '"' && text[pos] != '\n'; ++pos) {
            if (text[pos] == '\\' && pos + 1 < text.size())
                ++pos;
            value += text[pos];
        }
    } else {
        while (pos < text.size() && (isTokenChar(text[pos]) || (extended && (text[pos] == '%' || text[pos] == '\''))))
            value += text[pos++];
    }
    QList<QByteArray> values;
    if (!value.isEmpty())
        values << value;
    if (extended && (value.contains('%') || value.contains('\''))) {
        const QByteArray decoded = percentDecodedValue(value);
        if (!decoded.isEmpty())
            values << decoded;
    }
    return values;
}

// Every value given to a "boundary" parameter anywhere in the message, at any nesting depth.
QList<QByteArray> declaredBoundaries(const QByteArray &text)
{
    static constexpr QByteArrayView word("boundary");
    QList<QByteArray> boundaries;
    for (qsizetype i = 0; i + word.size() <= text.size(); ++i) {
        if ((text[i] | 0x20) != 'b' || qstrnicmp(text.constData() + i, word.data(), word.size()) != 0)
            continue;
        for (const QByteArray &value : boundaryValuesAt(text, i + word.size())) {
            if (!boundaries.contains(value))
                boundaries << value;
        }
    }
    return boundaries;
}

bool startsWithBoundary(QByteArrayView line, const QList<QByteArray> &boundaries)
{
    if (!line.startsWith("--"))
        return false;
    const QByteArrayView rest = line.sliced(2);
    for (const QByteArray &boundary : boundaries) {
        if (rest.startsWith(boundary))
            return true;
    }
    return false;
}

} // namespace

QByteArray separateAdjacentBoundaryLines(const QByteArray &lfMessage)
{
    // Cheap exit for the usual message: no boundary line directly after another line that starts "--".
    if (!lfMessage.contains("\n--"))
        return lfMessage;
    const QList<QByteArray> boundaries = declaredBoundaries(lfMessage);
    if (boundaries.isEmpty())
        return lfMessage;

    QByteArray repaired;
    qsizetype copiedUpTo = 0;
    bool previousIsBoundary = false;
    for (qsizetype start = 0; start < lfMessage.size();) {
        qsizetype end = lfMessage.indexOf('\n', start);
        if (end < 0)
            end = lfMessage.size();
        const bool isBoundary = startsWithBoundary(QByteArrayView(lfMessage).sliced(start, end - start), boundaries);
        if (isBoundary && previousIsBoundary) {
            if (repaired.isEmpty())
                repaired.reserve(lfMessage.size() + 64);
            repaired.append(QByteArrayView(lfMessage).sliced(copiedUpTo, start - copiedUpTo));
            repaired.append('\n');
            copiedUpTo = start;
        }
        previousIsBoundary = isBoundary;
        start = end + 1;
    }
    if (copiedUpTo == 0)
        return lfMessage;
    repaired.append(QByteArrayView(lfMessage).sliced(copiedUpTo));
    return repaired;
}

QByteArray kmimeInput(const QByteArray &rawMessage)
{
    return separateAdjacentBoundaryLines(KMime::CRLFtoLF(rawMessage));
}

} // namespace Kestrel::Mime

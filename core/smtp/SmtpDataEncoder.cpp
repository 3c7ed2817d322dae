#include "smtp/SmtpDataEncoder.h"

#include <algorithm>

namespace Kestrel::Smtp {

QByteArray SmtpDataEncoder::normalizeLineEndings(const QByteArray &message)
{
    QByteArray out;
    out.reserve(message.size() + message.size() / 32 + 2);
    const qsizetype size = message.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = message[i];
        if (c == '\r') {
            out += "\r\n";
            if (i + 1 < size && message[i + 1] == '\n')
                ++i; // CRLF stays CRLF; a lone CR becomes one
        } else if (c == '\n') {
            out += "\r\n";
        } else {
            out += c;
        }
    }
    if (!out.isEmpty() && !out.endsWith("\r\n"))
        out += "\r\n";
    return out;
}

QByteArray SmtpDataEncoder::dotStuff(const QByteArray &normalized)
{
    // RFC 5321 section 4.5.2: "Before sending a line of mail text, the SMTP client checks the first
    // character of the line. If it is a period, one additional period is inserted".
    QByteArray out;
    out.reserve(normalized.size() + normalized.size() / 64 + 8);
    bool lineStart = true;
    for (const char c : normalized) {
        if (lineStart && c == '.')
            out += '.';
        out += c;
        lineStart = c == '\n';
    }
    out += ".\r\n";
    return out;
}

QByteArray SmtpDataEncoder::encode(const QByteArray &message)
{
    return dotStuff(normalizeLineEndings(message));
}

bool SmtpDataEncoder::hasEightBitOctets(const QByteArray &bytes)
{
    return std::any_of(bytes.cbegin(), bytes.cend(), [](char c) { return static_cast<unsigned char>(c) > 127; });
}

bool SmtpDataEncoder::headerHasEightBitOctets(const QByteArray &message)
{
    qsizetype end = message.indexOf("\n\n");
    const qsizetype crlf = message.indexOf("\r\n\r\n");
    if (end < 0 || (crlf >= 0 && crlf < end))
        end = crlf;
    return hasEightBitOctets(end < 0 ? message : message.left(end));
}

} // namespace Kestrel::Smtp

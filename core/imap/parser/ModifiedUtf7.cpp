#include "imap/parser/ModifiedUtf7.h"

#include <QList>

namespace Kestrel::Imap {

namespace {

constexpr char s_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";

int base64Value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == ',')
        return 63;
    return -1;
}

bool isDirect(char16_t u)
{
    return u >= 0x20 && u <= 0x7e;
}

void flushBase64(QByteArray &out, const QList<char16_t> &units)
{
    quint32 bits = 0;
    int nbits = 0;
    out.append('&');
    for (char16_t u : units) {
        bits = (bits << 16) | u;
        nbits += 16;
        while (nbits >= 6) {
            nbits -= 6;
            out.append(s_alphabet[(bits >> nbits) & 0x3f]);
        }
        bits &= (1u << nbits) - 1;
    }
    if (nbits > 0)
        out.append(s_alphabet[(bits << (6 - nbits)) & 0x3f]);
    out.append('-');
}

ModifiedUtf7::DecodeResult failure(qsizetype offset, const char *why)
{
    ModifiedUtf7::DecodeResult result;
    result.errorOffset = offset;
    result.error = why;
    return result;
}

// Decodes the base64 run in[start, end) into out; returns an error description or nullptr.
const char *decodeRun(QByteArrayView in, qsizetype start, qsizetype end, QString &out, qsizetype *where)
{
    quint32 bits = 0;
    int nbits = 0;
    char16_t pendingHigh = 0;
    for (qsizetype j = start; j < end; ++j) {
        *where = j;
        const int v = base64Value(in[j]);
        if (v < 0)
            return "invalid character in modified base64";
        bits = (bits << 6) | static_cast<quint32>(v);
        nbits += 6;
        if (nbits < 16)
            continue;
        nbits -= 16;
        const auto unit = static_cast<char16_t>((bits >> nbits) & 0xffff);
        bits &= (1u << nbits) - 1;
        if (pendingHigh) {
            if (!QChar::isLowSurrogate(unit))
                return "unpaired UTF-16 surrogate";
            out.append(QChar(pendingHigh));
            out.append(QChar(unit));
            pendingHigh = 0;
        } else if (QChar::isHighSurrogate(unit)) {
            pendingHigh = unit;
        } else if (QChar::isLowSurrogate(unit)) {
            return "unpaired UTF-16 surrogate";
        } else if (isDirect(unit)) {
            return "printable US-ASCII must not be base64 encoded";
        } else {
            out.append(QChar(unit));
        }
    }
    *where = start - 1;
    if (pendingHigh)
        return "unpaired UTF-16 surrogate";
    if (nbits >= 6 || bits != 0)
        return "modified base64 run has leftover bits";
    return nullptr;
}

} // namespace

QByteArray ModifiedUtf7::encode(const QString &name)
{
    QByteArray out;
    out.reserve(name.size() + 8);
    QList<char16_t> run;
    for (QChar ch : name) {
        const char16_t u = ch.unicode();
        if (!isDirect(u)) {
            run.append(u);
            continue;
        }
        if (!run.isEmpty()) {
            flushBase64(out, run);
            run.clear();
        }
        out.append(static_cast<char>(u));
        if (u == '&')
            out.append('-');
    }
    if (!run.isEmpty())
        flushBase64(out, run);
    return out;
}

ModifiedUtf7::DecodeResult ModifiedUtf7::decode(QByteArrayView in)
{
    DecodeResult result;
    result.text.reserve(in.size());
    qsizetype i = 0;
    while (i < in.size()) {
        const char c = in[i];
        if (!isDirect(static_cast<unsigned char>(c)))
            return failure(i, "byte outside printable US-ASCII in mailbox name");
        if (c != '&') {
            result.text.append(QLatin1Char(c));
            ++i;
            continue;
        }
        const qsizetype dash = in.indexOf('-', i + 1);
        if (dash < 0)
            return failure(i, "unterminated modified base64 run");
        if (dash == i + 1) {
            result.text.append(QLatin1Char('&'));
        } else {
            qsizetype where = i;
            if (const char *why = decodeRun(in, i + 1, dash, result.text, &where))
                return failure(where, why);
        }
        i = dash + 1;
    }
    result.ok = true;
    return result;
}

} // namespace Kestrel::Imap

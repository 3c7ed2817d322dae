#include "Transcript.h"

namespace Kestrel::Test {
namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Undoes the escapes of a BYTES field; `crlf` tells whether a line end follows.
bool unescape(QByteArrayView text, QByteArray &out, bool &crlf, QString &error)
{
    crlf = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c != '\\') {
            out += c;
            continue;
        }
        if (i + 1 >= text.size()) {
            error = QStringLiteral("a lone backslash at the end of a line");
            return false;
        }
        const char next = text[++i];
        if (next == '\\') {
            out += '\\';
        } else if (next == 'c' && i + 1 == text.size()) {
            crlf = false;
        } else if (next == 'r') {
            out += '\r';
        } else if (next == 'n') {
            out += '\n';
        } else if (next == 'x' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 && hexValue(text[i + 2]) >= 0) {
            out += char(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
            i += 2;
        } else {
            out += '\\'; // not an escape: IMAP's own backslashes (\\Seen, \\HasNoChildren) go as written
            out += next;
        }
    }
    return true;
}

} // namespace

qint64 Transcript::serverBytes(const Step &step) const
{
    qint64 total = 0;
    for (const Segment &segment : step.server)
        total += segment.bytes.size() * segment.repeat;
    return total;
}

bool Transcript::parse(const QString &name, const QByteArray &text, Transcript &transcript, QString &error)
{
    transcript = Transcript();
    transcript.name = name;
    transcript.steps.append(Step());
    bool sawExpect = false;
    bool inDescription = true;
    int lineNumber = 0;
    for (QByteArray line : text.split('\n')) {
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        const auto fail = [&](const QString &why) {
            error = QStringLiteral("%1:%2: %3").arg(name).arg(lineNumber).arg(why);
            return false;
        };
        if (line.isEmpty())
            continue;
        if (line.startsWith('#')) {
            if (inDescription)
                transcript.description += QString::fromUtf8(line.mid(1).trimmed()) + QLatin1Char(' ');
            continue;
        }
        inDescription = false;
        const QByteArray directive = line.left(2);
        const QByteArray rest = line.size() > 3 ? line.mid(3) : QByteArray();
        Step &step = transcript.steps.last();
        if (line.startsWith("expect: ")) {
            const QByteArray value = line.mid(8).trimmed();
            sawExpect = true;
            transcript.expectError = value.startsWith("error");
            if (!transcript.expectError && value != "ok")
                return fail(QStringLiteral("expect: is 'ok' or 'error TEXT'"));
            transcript.expectedText = QString::fromUtf8(value.mid(5).trimmed());
        } else if (directive == "C:") {
            transcript.steps.append({rest, {}, false});
        } else if (directive == "S:") {
            Segment segment;
            bool crlf = true;
            if (!unescape(rest, segment.bytes, crlf, error))
                return fail(error);
            if (crlf)
                segment.bytes += "\r\n";
            step.server.append(segment);
        } else if (directive == "R:") {
            const qsizetype space = rest.indexOf(' ');
            bool ok = false;
            Segment segment;
            segment.repeat = space > 0 ? rest.left(space).toLongLong(&ok) : 0;
            bool crlf = true;
            if (!ok || segment.repeat < 1)
                return fail(QStringLiteral("R: needs a count and bytes"));
            if (!unescape(rest.mid(space + 1), segment.bytes, crlf, error))
                return fail(error);
            step.server.append(segment);
        } else if (directive == "X:") {
            step.closeAfter = true;
        } else {
            return fail(QStringLiteral("unknown directive"));
        }
    }
    if (!sawExpect || transcript.steps.first().server.isEmpty()) {
        error = QStringLiteral("%1: %2").arg(name, sawExpect ? QStringLiteral("no greeting") : QStringLiteral("no expect: line"));
        return false;
    }
    return true;
}

} // namespace Kestrel::Test

#include "mime/compose/FlowedText.h"

#include <QStringList>

namespace Kestrel::Mime {
namespace {

QStringList splitLines(const QString &body)
{
    QString text = body;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text.split(QLatin1Char('\n'));
}

// The quote markers of a line (RFC 3676 section 4.5): the leading ">" characters.
qsizetype quoteDepth(const QString &line)
{
    qsizetype depth = 0;
    while (depth < line.size() && line.at(depth) == QLatin1Char('>'))
        ++depth;
    return depth;
}

QString withoutTrailingSpaces(const QString &line)
{
    if (line == QStringLiteral("-- ")) // the signature separator keeps its space (section 4.3)
        return line;
    qsizetype end = line.size();
    while (end > 0 && line.at(end - 1) == QLatin1Char(' '))
        --end;
    return line.left(end);
}

// Section 4.4: a line that starts with a space or "From " (after any quote markers) gets one space more.
QString stuffed(const QString &content)
{
    if (content.startsWith(QLatin1Char(' ')) || content.startsWith(QStringLiteral("From ")))
        return QLatin1Char(' ') + content;
    return content;
}

// Breaks `content` after spaces into pieces; every piece but the last ends with its space (a soft break).
QStringList wrap(const QString &content, qsizetype room)
{
    QStringList pieces;
    qsizetype start = 0;
    while (content.size() - start > room) {
        qsizetype cut = content.lastIndexOf(QLatin1Char(' '), start + room - 1);
        if (cut < start) // one word longer than the room: up to the next space
            cut = content.indexOf(QLatin1Char(' '), start + room);
        if (cut < 0)
            break;
        pieces.append(content.mid(start, cut - start + 1));
        start = cut + 1;
    }
    pieces.append(content.mid(start));
    return pieces;
}

void appendFlowed(const QString &line, QStringList &out)
{
    const QString hard = withoutTrailingSpaces(line);
    const qsizetype depth = quoteDepth(hard);
    const QString prefix = hard.left(depth);
    QString content = hard.mid(depth);
    if (depth > 0 && content.startsWith(QLatin1Char(' ')))
        content.remove(0, 1); // "> text": the space after the markers is stuffing, put back below
    const QString lead = depth > 0 ? prefix + QLatin1Char(' ') : QString();
    const qsizetype room = std::max<qsizetype>(FlowedTextEncoder::Width - lead.size(), 20);
    const QStringList pieces = wrap(content, room);
    for (const QString &piece : pieces)
        out.append(depth > 0 ? lead + piece : stuffed(piece));
}

} // namespace

FlowedText FlowedTextEncoder::encode(const QString &body)
{
    const QStringList lines = splitLines(body);
    bool needsFlow = false;
    for (const QString &line : lines)
        needsFlow = needsFlow || line.size() > MaxFixedLine;
    if (!needsFlow)
        return {lines.join(QLatin1Char('\n')), false};
    QStringList out;
    for (const QString &line : lines)
        appendFlowed(line, out);
    return {out.join(QLatin1Char('\n')), true};
}

} // namespace Kestrel::Mime

#include "compose/SubjectPrefix.h"

#include <QRegularExpression>

namespace Kestrel::Compose {
namespace {

// One or more prefixes at the start, each an abbreviation with an optional counter and a colon.
const QRegularExpression &replyPrefixes()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(?:\s*(?:re|aw|sv|vs|antw)\s*(?:\[\d+\]|\(\d+\))?\s*:)+\s*)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression &forwardPrefixes()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(?:\s*(?:fwd|fw|wg|tr)\s*(?:\[\d+\]|\(\d+\))?\s*:)+\s*)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// "[list] " at the start, kept in front of the rest.
const QRegularExpression &listTag()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*(\[[^\]]*\])\s*)"));
    return pattern;
}

QString stripped(const QString &subject, const QRegularExpression &prefixes)
{
    QString rest = subject.trimmed().remove(prefixes); // "Re: [dev] Re: plan" too
    const QRegularExpressionMatch tag = listTag().match(rest);
    if (tag.hasMatch()) {
        const QString afterTag = rest.mid(tag.capturedLength()).remove(prefixes);
        return afterTag.isEmpty() ? tag.captured(1) : tag.captured(1) + QLatin1Char(' ') + afterTag;
    }
    return rest.remove(prefixes);
}

} // namespace

QString SubjectPrefix::withoutReplyPrefixes(const QString &subject)
{
    return stripped(subject, replyPrefixes());
}

QString SubjectPrefix::withoutForwardPrefixes(const QString &subject)
{
    return stripped(subject, forwardPrefixes());
}

// The prefixes are not translated: RFC 5322 section 3.6.5 names "Re: " and other clients recognise it;
// translated ones ("Aw:") are what makes subjects stack in the first place.
QString SubjectPrefix::forReply(const QString &subject)
{
    return QStringLiteral("Re: ") + withoutReplyPrefixes(subject);
}

QString SubjectPrefix::forForward(const QString &subject)
{
    return QStringLiteral("Fwd: ") + withoutForwardPrefixes(subject);
}

} // namespace Kestrel::Compose

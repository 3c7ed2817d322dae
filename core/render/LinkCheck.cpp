#include "render/LinkCheck.h"

#include <QRegularExpression>

namespace Kestrel::Render {
namespace {

bool sameSite(const QString &a, const QString &b)
{
    auto within = [](const QString &host, const QString &domain) {
        return host == domain || host.endsWith(QLatin1Char('.') + domain);
    };
    return within(a, b) || within(b, a);
}

} // namespace

QString LinkCheck::domainNamedIn(const QString &visibleText)
{
    // A host name with a letter-only top-level label; an optional scheme or user@ before it. IDNs are
    // compared in their Unicode form (QUrl gives hosts that way too).
    static const QRegularExpression domain(
        QStringLiteral(R"((?:[a-z][a-z0-9+.-]*://)?(?:[^\s/@]+@)?((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}[\p{L}\p{N}])?\.)+\p{L}{2,63})(?![\p{L}\p{N}-]))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch match = domain.match(visibleText);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

QString LinkCheck::targetHost(const QUrl &target)
{
    if (target.scheme() == QLatin1String("mailto")) {
        const QString address = target.path();
        return address.mid(address.lastIndexOf(QLatin1Char('@')) + 1).toLower();
    }
    return target.host().toLower();
}

bool LinkCheck::isDeceptive(const QString &visibleText, const QUrl &target)
{
    const QString named = domainNamedIn(visibleText);
    const QString host = targetHost(target);
    if (named.isEmpty() || host.isEmpty())
        return false;
    return !sameSite(named, host);
}

} // namespace Kestrel::Render

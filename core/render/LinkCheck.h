#pragma once

#include <QString>
#include <QUrl>

namespace Kestrel::Render {

// Phishing's oldest trick: a link whose visible text names one site while it leads to another
// (<a href="http://evil.example">https://bank.example</a>). The reader marks such links.
class LinkCheck
{
public:
    // The first domain-like name in `visibleText` ("bank.example", "www.bank.example/login"), lower
    // case; empty when the text names none.
    static QString domainNamedIn(const QString &visibleText);
    // True when the text names a domain and the target's host belongs to another one (neither is the
    // other or a subdomain of it). mailto: links compare the address's domain.
    static bool isDeceptive(const QString &visibleText, const QUrl &target);
    // The host a link really leads to, for showing next to it (the address's domain for mailto:).
    static QString targetHost(const QUrl &target);
};

} // namespace Kestrel::Render

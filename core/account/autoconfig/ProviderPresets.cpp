#include "account/autoconfig/ProviderPresets.h"

#include <QStringList>

#include <array>

namespace Kestrel {
namespace {

// Which part of the address a provider wants as the user name.
enum class Login { Address, LocalPart };

struct Preset {
    QStringList domains;
    ServerEndpoint imap;
    ServerEndpoint smtp;
    Login imapLogin = Login::Address;
    Login smtpLogin = Login::Address;
};

// Values as the providers publish them (and as Thunderbird's ISPDB lists them). Implicit TLS where the
// provider offers it (RFC 8314 3.3 prefers it); Microsoft and Apple submit only on 587 with STARTTLS.
const std::array<Preset, 7> &presets()
{
    using S = ConnectionSecurity;
    static const std::array<Preset, 7> table{{
        {{QStringLiteral("gmail.com"), QStringLiteral("googlemail.com")},
         {QStringLiteral("imap.gmail.com"), 993, S::Tls}, {QStringLiteral("smtp.gmail.com"), 465, S::Tls}},
        {{QStringLiteral("outlook.com"), QStringLiteral("hotmail.com"), QStringLiteral("live.com"),
          QStringLiteral("msn.com"), QStringLiteral("office365.com"), QStringLiteral("hotmail.co.uk"),
          QStringLiteral("outlook.de"), QStringLiteral("live.ru")},
         {QStringLiteral("outlook.office365.com"), 993, S::Tls},
         {QStringLiteral("smtp.office365.com"), 587, S::StartTls}},
        {{QStringLiteral("yandex.ru"), QStringLiteral("yandex.com"), QStringLiteral("ya.ru"),
          QStringLiteral("yandex.by"), QStringLiteral("yandex.kz"), QStringLiteral("yandex.ua"),
          QStringLiteral("narod.ru")},
         {QStringLiteral("imap.yandex.com"), 993, S::Tls}, {QStringLiteral("smtp.yandex.com"), 465, S::Tls}},
        {{QStringLiteral("mail.ru"), QStringLiteral("inbox.ru"), QStringLiteral("list.ru"), QStringLiteral("bk.ru"),
          QStringLiteral("internet.ru")},
         {QStringLiteral("imap.mail.ru"), 993, S::Tls}, {QStringLiteral("smtp.mail.ru"), 465, S::Tls}},
        {{QStringLiteral("mailbox.org")},
         {QStringLiteral("imap.mailbox.org"), 993, S::Tls}, {QStringLiteral("smtp.mailbox.org"), 465, S::Tls}},
        // Apple: IMAP wants the name before the "@", submission the whole address.
        {{QStringLiteral("icloud.com"), QStringLiteral("me.com"), QStringLiteral("mac.com")},
         {QStringLiteral("imap.mail.me.com"), 993, S::Tls}, {QStringLiteral("smtp.mail.me.com"), 587, S::StartTls},
         Login::LocalPart, Login::Address},
        {{QStringLiteral("fastmail.com"), QStringLiteral("fastmail.fm")},
         {QStringLiteral("imap.fastmail.com"), 993, S::Tls}, {QStringLiteral("smtp.fastmail.com"), 465, S::Tls}},
    }};
    return table;
}

QString loginFor(Login login, const QString &address)
{
    return login == Login::Address ? address : address.section(QLatin1Char('@'), 0, 0);
}

} // namespace

std::optional<DiscoveredServers> ProviderPresets::find(const QString &emailAddress)
{
    const QString address = emailAddress.trimmed();
    const QString domain = address.section(QLatin1Char('@'), -1).toLower();
    if (!address.contains(QLatin1Char('@')) || domain.isEmpty())
        return std::nullopt;
    for (const Preset &preset : presets()) {
        if (!preset.domains.contains(domain))
            continue;
        DiscoveredServers found;
        found.imap = DiscoveredServer{preset.imap, loginFor(preset.imapLogin, address), DiscoverySource::Preset};
        found.smtp = DiscoveredServer{preset.smtp, loginFor(preset.smtpLogin, address), DiscoverySource::Preset};
        return found;
    }
    return std::nullopt;
}

} // namespace Kestrel

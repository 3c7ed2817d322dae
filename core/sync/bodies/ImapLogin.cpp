#include "sync/bodies/ImapLogin.h"

#include "imap/commands/LoginCommand.h"
#include "imap/session/ImapSession.h"

#include <memory>

namespace Kestrel::Sync {

void ImapLogin::open(const AccountSettings &account, QString password, QObject *owner, Done done)
{
    Imap::ConnectionSettings settings;
    settings.endpoint = account.imap;
    settings.pinnedCertificates = account.trustedCertificates;
    auto *session = new Imap::ImapSession(settings, owner);
    // `failed` may come before or instead of the login's result; whichever is first reports.
    auto once = std::make_shared<Done>(std::move(done));
    auto report = [session, once](bool ok, std::optional<Error> error) {
        if (!*once)
            return;
        const Done callback = std::exchange(*once, Done());
        if (!ok) {
            session->disconnect();
            session->abort();
            session->deleteLater();
        }
        callback(ok ? session : nullptr, std::move(error));
    };
    // Everything reports through `owner`'s lifetime, not the session's: when the job goes away mid-login,
    // its session (a child) ends its commands while being destroyed, and nothing may call back into the
    // job or its members then.
    QObject *context = owner ? owner : session;
    QObject::connect(session, &Imap::ImapSession::failed, context,
                     [report](const Error &error) { report(false, error); });
    const QString userName = account.userName;
    QObject::connect(session, &Imap::ImapSession::connected, context,
                     [session, context, report, userName, password = std::move(password)]() mutable {
                         session->run(std::make_unique<Imap::LoginCommand>(userName, std::exchange(password, QString())),
                                      context, [report](const Imap::LoginResult &result) {
                                          report(result.ok(), result.error);
                                      });
                     });
    session->open();
}

} // namespace Kestrel::Sync

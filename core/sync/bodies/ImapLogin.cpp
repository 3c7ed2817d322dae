#include "sync/bodies/ImapLogin.h"

#include "account/oauth/OAuthTokenBroker.h"
#include "imap/commands/LoginCommand.h"
#include "imap/session/ImapSession.h"

#include <QPointer>

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
    QObject::connect(session, &Imap::ImapSession::connected, context,
                     [session, context, report, account, password = std::move(password)]() mutable {
                         authenticate(session, account, std::exchange(password, QString()), context,
                                      [report](const Imap::LoginResult &result) { report(result.ok(), result.error); });
                     });
    session->open();
}

void ImapLogin::authenticate(Imap::ImapSession *session, const AccountSettings &account, QString password,
                             QObject *context, LoginDone done)
{
    if (account.authentication != AccountSettings::Authentication::OAuth2) {
        session->run(std::make_unique<Imap::LoginCommand>(account.userName, std::exchange(password, QString())),
                     context, std::move(done));
        return;
    }
    // The result of the last attempt, for the caller; a token that could not be had has no attempt.
    auto last = std::make_shared<Imap::LoginResult>();
    const QPointer<Imap::ImapSession> alive(session);
    const QString userName = account.userName;
    OAuthTokenBroker::signIn(
        account, context,
        [alive, context, userName, last](const QString &token, OAuthTokenSource::DoneCallback attemptDone) {
            if (!alive)
                return;
            alive->run(Imap::LoginCommand::withAccessToken(userName, token), context,
                       [last, attemptDone](const Imap::LoginResult &result) {
                           *last = result;
                           attemptDone(result.error);
                       });
        },
        [last, done = std::move(done)](std::optional<Error> error) {
            Imap::LoginResult result = *last;
            result.error = error;
            done(result);
        });
}

} // namespace Kestrel::Sync

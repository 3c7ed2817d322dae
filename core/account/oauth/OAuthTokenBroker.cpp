#include "account/oauth/OAuthTokenBroker.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>

namespace Kestrel {
namespace {

struct Offers {
    QMutex mutex;
    QHash<QString, QPointer<OAuthTokenSource>> sources;
};

Offers &offers()
{
    static Offers instance;
    return instance;
}

QPointer<OAuthTokenSource> sourceFor(const QString &accountId)
{
    QMutexLocker lock(&offers().mutex);
    return offers().sources.value(accountId);
}

} // namespace

void OAuthTokenBroker::offer(const QString &accountId, OAuthTokenSource *source)
{
    QMutexLocker lock(&offers().mutex);
    offers().sources.insert(accountId, source);
}

void OAuthTokenBroker::offerUnlessServed(const QString &accountId, OAuthTokenSource *source)
{
    QMutexLocker lock(&offers().mutex);
    if (!offers().sources.value(accountId))
        offers().sources.insert(accountId, source);
}

void OAuthTokenBroker::fetch(const AccountSettings &account, bool forceRefresh, QObject *context,
                             OAuthTokenSource::TokenCallback done)
{
    const QPointer<QObject> back(context);
    // Every answer goes back through the caller's event loop, also when the source is on its thread.
    auto answer = [back, done = std::move(done)](std::optional<QString> token, std::optional<Error> error) {
        if (back)
            QMetaObject::invokeMethod(back.data(), [done, token, error] { done(token, error); }, Qt::QueuedConnection);
    };
    const QPointer<OAuthTokenSource> source = sourceFor(account.id);
    if (!source) {
        answer(std::nullopt,
               Error::make(Error::Code::Authentication,
                           QCoreApplication::translate("Kestrel::OAuthTokenBroker",
                                                       "\"%1\" signs in with OAuth2, but no sign-in is available here. "
                                                       "Open the account settings and sign in again.")
                               .arg(account.displayName.isEmpty() ? account.email : account.displayName),
                           QStringLiteral("no OAuthTokenSource offered for account %1").arg(account.id)));
        return;
    }
    QMetaObject::invokeMethod(source.data(), [source, account, forceRefresh, answer] {
        if (source)
            source->accessToken(account, forceRefresh, answer);
    }, Qt::QueuedConnection);
}

void OAuthTokenBroker::signIn(const AccountSettings &account, QObject *context, OAuthTokenSource::Attempt attempt,
                              OAuthTokenSource::DoneCallback done)
{
    const QPointer<QObject> back(context);
    OAuthTokenSource::signInWith(
        [account, back](bool forceRefresh, OAuthTokenSource::TokenCallback answer) {
            if (back)
                fetch(account, forceRefresh, back.data(), std::move(answer));
        },
        std::move(attempt), std::move(done));
}

} // namespace Kestrel

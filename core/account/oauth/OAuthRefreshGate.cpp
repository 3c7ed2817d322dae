#include "account/oauth/OAuthRefreshGate.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>

namespace Kestrel {
namespace {

struct Waiter {
    QPointer<QObject> context;
    OAuthRefreshGate::TokenCallback done;
};

struct InFlight {
    QPointer<QObject> leader;
    QList<Waiter> waiters;
};

struct LastRefresh {
    QString spentRefreshToken;
    OAuthTokens fresh;
};

struct Gate {
    QMutex mutex;
    QHash<QString, InFlight> inFlight;
    QHash<QString, LastRefresh> last; // in memory only, like the tokens the sources hand out
};

Gate &gate()
{
    static Gate instance;
    return instance;
}

} // namespace

std::optional<OAuthTokens> OAuthRefreshGate::newerThan(const QString &accountId, const OAuthTokens &loaded)
{
    QMutexLocker lock(&gate().mutex);
    const auto it = gate().last.constFind(accountId);
    if (it == gate().last.cend() || it->spentRefreshToken != loaded.refreshToken
        || it->fresh.accessToken == loaded.accessToken)
        return std::nullopt;
    return it->fresh;
}

bool OAuthRefreshGate::join(const QString &accountId, QObject *leader, TokenCallback done)
{
    QMutexLocker lock(&gate().mutex);
    InFlight &flight = gate().inFlight[accountId];
    flight.waiters.append({QPointer<QObject>(leader), std::move(done)});
    if (flight.leader)
        return false;
    // Nobody refreshing, or the one who was is gone before finishing: this caller runs it for all.
    flight.leader = leader;
    return true;
}

void OAuthRefreshGate::finish(const QString &accountId, const QString &spentRefreshToken,
                              const std::optional<OAuthTokens> &fresh, const std::optional<Error> &error)
{
    QList<Waiter> waiters;
    {
        QMutexLocker lock(&gate().mutex);
        waiters = gate().inFlight.take(accountId).waiters;
        if (fresh)
            gate().last.insert(accountId, {spentRefreshToken, *fresh});
    }
    const std::optional<QString> token = fresh ? std::optional<QString>(fresh->accessToken) : std::nullopt;
    for (const Waiter &waiter : std::as_const(waiters)) {
        if (waiter.context)
            QMetaObject::invokeMethod(waiter.context.data(), [done = waiter.done, token, error] { done(token, error); });
    }
}

void OAuthRefreshGate::abandon(QObject *leader, const Error &error)
{
    QList<Waiter> waiters;
    {
        QMutexLocker lock(&gate().mutex);
        for (auto it = gate().inFlight.begin(); it != gate().inFlight.end();) {
            if (it->leader != leader) {
                ++it;
                continue;
            }
            for (const Waiter &waiter : std::as_const(it->waiters)) {
                if (waiter.context != leader)
                    waiters.append(waiter);
            }
            it = gate().inFlight.erase(it);
        }
    }
    for (const Waiter &waiter : std::as_const(waiters)) {
        if (waiter.context)
            QMetaObject::invokeMethod(waiter.context.data(), [done = waiter.done, error] { done(std::nullopt, error); },
                                      Qt::QueuedConnection);
    }
}

} // namespace Kestrel

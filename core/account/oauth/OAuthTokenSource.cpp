#include "account/oauth/OAuthTokenSource.h"

#include "account/oauth/OAuthErrors.h"
#include "account/oauth/OAuthProvider.h"
#include "account/oauth/OAuthRefreshGate.h"
#include "account/oauth/OAuthTokenRefresher.h"

#include <QCoreApplication>
#include <QPointer>

namespace Kestrel {

OAuthTokenSource::OAuthTokenSource(CredentialStore &credentials, QObject *parent)
    : QObject(parent)
    , m_store(credentials)
    , m_refresher(new OAuthTokenRefresher(this))
{
}

OAuthTokenSource::~OAuthTokenSource()
{
    OAuthRefreshGate::abandon(this, Error::make(Error::Code::Network,
                                                QCoreApplication::translate("Kestrel::OAuthTokenSource",
                                                                            "The sign-in was being renewed when Kestrel "
                                                                            "stopped it. Try again."),
                                                QStringLiteral("token refresh abandoned by its source")));
}

void OAuthTokenSource::accessToken(const AccountSettings &account, bool forceRefresh, TokenCallback done)
{
    QPointer<OAuthTokenSource> self(this);
    m_store.load(account, [self, account, forceRefresh, done = std::move(done)](std::optional<OAuthTokens> tokens,
                                                                                 std::optional<Error> error) mutable {
        if (!self)
            return;
        if (error) {
            done(std::nullopt, error);
            return;
        }
        const std::optional<OAuthProvider> provider = OAuthProvider::fromAccount(account);
        const QString host = provider ? provider->tokenUrl.host() : account.email;
        if (!tokens) {
            done(std::nullopt, OAuthErrors::signInAgain(host, QStringLiteral("no tokens in the keychain")));
            return;
        }
        if (const std::optional<OAuthTokens> newer = OAuthRefreshGate::newerThan(account.id, *tokens)) {
            // Loaded just before another source's refresh saved: its tokens are newer than the refused
            // or expiring ones loaded here, and the refresh token loaded here is spent.
            tokens = newer;
            forceRefresh = false;
        }
        if (!forceRefresh && !tokens->expiresWithin(ExpiryMarginSeconds)) {
            done(tokens->accessToken, std::nullopt);
            return;
        }
        self->refreshAndSave(account, *tokens, std::move(done));
    });
}

void OAuthTokenSource::refreshAndSave(const AccountSettings &account, const OAuthTokens &tokens, TokenCallback done)
{
    const std::optional<OAuthProvider> provider = OAuthProvider::fromAccount(account);
    if (!provider) {
        done(std::nullopt, OAuthErrors::noProvider(account.displayName.isEmpty() ? account.email : account.displayName));
        return;
    }
    if (!OAuthRefreshGate::join(account.id, this, std::move(done)))
        return; // another source is refreshing this account: `done` gets its result
    QPointer<OAuthTokenSource> self(this);
    const QString spent = tokens.refreshToken;
    m_refresher->refresh(*provider, spent, [self, account, spent](std::optional<OAuthTokens> fresh,
                                                                  std::optional<Error> error) {
        if (!self)
            return; // its destructor abandoned the refresh: the waiters were told
        if (!fresh) {
            OAuthRefreshGate::finish(account.id, spent, std::nullopt, error);
            return;
        }
        // A token that could not be saved still works now; the next start refreshes again.
        self->m_store.save(account, *fresh, [account, spent, fresh](std::optional<Error>) {
            OAuthRefreshGate::finish(account.id, spent, fresh, std::nullopt);
        });
    });
}

void OAuthTokenSource::signIn(const AccountSettings &account, Attempt attempt, DoneCallback done)
{
    QPointer<OAuthTokenSource> self(this);
    signInWith([self, account](bool forceRefresh, TokenCallback answer) {
        if (self)
            self->accessToken(account, forceRefresh, std::move(answer));
    }, std::move(attempt), std::move(done));
}

void OAuthTokenSource::signInWith(Fetch fetch, Attempt attempt, DoneCallback done)
{
    auto second = [fetch, attempt, done](std::optional<Error> firstError) {
        if (!firstError || firstError->code != Error::Code::Authentication) {
            done(firstError);
            return;
        }
        fetch(true, [attempt, done](std::optional<QString> token, std::optional<Error> error) {
            if (!token)
                done(error);
            else
                attempt(*token, done);
        });
    };
    fetch(false, [attempt, done, second](std::optional<QString> token, std::optional<Error> error) {
        if (!token)
            done(error);
        else
            attempt(*token, second);
    });
}

} // namespace Kestrel

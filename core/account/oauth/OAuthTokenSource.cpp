#include "account/oauth/OAuthTokenSource.h"

#include "account/oauth/OAuthErrors.h"
#include "account/oauth/OAuthProvider.h"
#include "account/oauth/OAuthTokenRefresher.h"

#include <QPointer>

namespace Kestrel {

OAuthTokenSource::OAuthTokenSource(CredentialStore &credentials, QObject *parent)
    : QObject(parent)
    , m_store(credentials)
    , m_refresher(new OAuthTokenRefresher(this))
{
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
    QPointer<OAuthTokenSource> self(this);
    m_refresher->refresh(*provider, tokens.refreshToken,
                         [self, account, done = std::move(done)](std::optional<OAuthTokens> fresh,
                                                                 std::optional<Error> error) mutable {
        if (!self)
            return;
        if (!fresh) {
            done(std::nullopt, error);
            return;
        }
        const QString token = fresh->accessToken;
        self->m_store.save(account, *fresh, [token, done = std::move(done)](std::optional<Error> saveError) {
            // A token that could not be saved still works now; the next start refreshes again.
            Q_UNUSED(saveError);
            done(token, std::nullopt);
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

#include "account/CredentialStore.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <qt6keychain/keychain.h>

namespace Kestrel {
namespace {

// Secrets typed in this session while no keychain runs: process memory only, by service and key.
struct SessionSecrets {
    QMutex mutex;
    QHash<QString, QString> secrets;
};

SessionSecrets &sessionSecrets()
{
    static SessionSecrets instance;
    return instance;
}

QString sessionKey(const QString &service, const QString &key)
{
    return service + QLatin1Char('\n') + key;
}

const QString NoKeychainDetail = QStringLiteral("no keychain");

// QtKeychain reports a missing Secret Service as NoBackendAvailable, or (libsecret) as OtherError whose
// text names the D-Bus service nobody provides.
bool noBackend(const QKeychain::Job &job)
{
    if (job.error() == QKeychain::NoBackendAvailable)
        return true;
    const QString text = job.errorString();
    return job.error() == QKeychain::OtherError
        && (text.contains(QLatin1String("org.freedesktop.secrets")) || text.contains(QLatin1String("ServiceUnknown"))
            || text.contains(QLatin1String("not provided by any .service")));
}

Error noKeychainError(const QKeychain::Job &job)
{
    return Error::make(Error::Code::Keychain,
                       CredentialStore::tr("No keychain service is running on this computer (such as GNOME Keyring "
                                           "or KWallet), so Kestrel cannot store passwords. Passwords you enter are "
                                           "kept in memory until Kestrel quits and are never written to disk."),
                       NoKeychainDetail + QStringLiteral(": ") + job.errorString());
}

Error keychainError(const QKeychain::Job &job)
{
    if (noBackend(job))
        return noKeychainError(job);
    return Error::make(Error::Code::Keychain,
                       CredentialStore::tr("The system keychain could not be used: %1").arg(job.errorString()),
                       QStringLiteral("QtKeychain error %1").arg(int(job.error())));
}

template<typename JobType>
JobType *makeJob(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new JobType(service, parent);
    job->setAutoDelete(true); // deleted after finished() has been delivered
    job->setInsecureFallback(false); // never a plain-text file in place of the keychain
    job->setKey(key);
    return job;
}

} // namespace

CredentialStore::CredentialStore(QString serviceName, QObject *parent)
    : QObject(parent)
    , m_serviceName(std::move(serviceName))
{
}

void CredentialStore::rememberForSession(const QString &key, const QString &secret)
{
    QMutexLocker lock(&sessionSecrets().mutex);
    sessionSecrets().secrets.insert(sessionKey(m_serviceName, key), secret);
}

void CredentialStore::forgetForSession(const QString &key)
{
    QMutexLocker lock(&sessionSecrets().mutex);
    sessionSecrets().secrets.remove(sessionKey(m_serviceName, key));
}

bool CredentialStore::hasSessionSecret(const QString &key) const
{
    QMutexLocker lock(&sessionSecrets().mutex);
    return sessionSecrets().secrets.contains(sessionKey(m_serviceName, key));
}

std::optional<QString> CredentialStore::sessionSecret(const QString &key) const
{
    QMutexLocker lock(&sessionSecrets().mutex);
    const auto it = sessionSecrets().secrets.constFind(sessionKey(m_serviceName, key));
    return it == sessionSecrets().secrets.cend() ? std::nullopt : std::optional(*it);
}

bool CredentialStore::isNoKeychain(const Error &error)
{
    return error.code == Error::Code::Keychain && error.detail.startsWith(NoKeychainDetail);
}

void CredentialStore::read(const QString &key, ReadCallback done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_serviceName, key, this);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, done = std::move(done)] {
        m_keychainMissing = noBackend(*job);
        const std::optional<QString> remembered = m_keychainMissing ? sessionSecret(key) : std::nullopt;
        if (remembered)
            done(remembered, std::nullopt);
        else if (job->error() == QKeychain::EntryNotFound)
            done(std::nullopt, std::nullopt);
        else if (job->error() != QKeychain::NoError)
            done(std::nullopt, keychainError(*job));
        else
            done(job->textData(), std::nullopt);
    });
    job->start();
}

void CredentialStore::write(const QString &key, const QString &secret, DoneCallback done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_serviceName, key, this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, secret, done = std::move(done)] {
        m_keychainMissing = noBackend(*job);
        if (m_keychainMissing)
            rememberForSession(key, secret); // usable until quitting; the error tells the user so
        else if (job->error() == QKeychain::NoError)
            forgetForSession(key); // the keychain has the current one now
        done(job->error() == QKeychain::NoError ? std::nullopt : std::optional(keychainError(*job)));
    });
    job->start();
}

void CredentialStore::remove(const QString &key, DoneCallback done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_serviceName, key, this);
    forgetForSession(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)] {
        m_keychainMissing = noBackend(*job);
        // Without a keychain there is nothing stored to delete: forgetting the session copy is all.
        const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound || m_keychainMissing;
        done(ok ? std::nullopt : std::optional(keychainError(*job)));
    });
    job->start();
}

} // namespace Kestrel

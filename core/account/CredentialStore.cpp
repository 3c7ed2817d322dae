#include "account/CredentialStore.h"

#include <qt6keychain/keychain.h>

namespace Kestrel {
namespace {

Error keychainError(const QKeychain::Job &job)
{
    return Error::make(Error::Code::Keychain,
                       CredentialStore::tr("The system keychain could not be used: %1").arg(job.errorString()),
                       QStringLiteral("QtKeychain error %1").arg(int(job.error())));
}

template<typename JobType>
JobType *makeJob(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new JobType(service, parent);
    job->setAutoDelete(true); // deleted after finished() has been delivered
    job->setKey(key);
    return job;
}

} // namespace

CredentialStore::CredentialStore(QString serviceName, QObject *parent)
    : QObject(parent)
    , m_serviceName(std::move(serviceName))
{
}

void CredentialStore::read(const QString &key, ReadCallback done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_serviceName, key, this);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() == QKeychain::EntryNotFound)
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
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        done(job->error() == QKeychain::NoError ? std::nullopt : std::optional(keychainError(*job)));
    });
    job->start();
}

void CredentialStore::remove(const QString &key, DoneCallback done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_serviceName, key, this);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(ok ? std::nullopt : std::optional(keychainError(*job)));
    });
    job->start();
}

} // namespace Kestrel

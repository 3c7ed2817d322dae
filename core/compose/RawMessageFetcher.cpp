#include "compose/RawMessageFetcher.h"

#include "account/CredentialStore.h"
#include "compose/RawMessageFetch.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

namespace Kestrel::Compose {

RawMessageFetcher::RawMessageFetcher(CredentialStore &credentials, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_thread(new QThread(this))
    , m_worker(new QObject)
{
    m_thread->setObjectName(QStringLiteral("raw-message-fetch"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

RawMessageFetcher::~RawMessageFetcher()
{
    m_thread->quit();
    m_thread->wait();
}

void RawMessageFetcher::fetch(const AccountSettings &account, const QString &folder, quint32 uid, QObject *context, Done done)
{
    QPointer<RawMessageFetcher> self(this);
    QPointer<QObject> receiver(context);
    m_credentials.read(account.secretKey(), [self, receiver, account, folder, uid, done](std::optional<QString> secret, std::optional<Error> error) {
        if (!self || !receiver)
            return;
        if (error || !secret) {
            done({}, error ? *error
                           : Error::make(Error::Code::Keychain, tr("No password is stored for %1.").arg(account.displayName)));
            return;
        }
        self->run(account, *secret, folder, uid, receiver, done);
    });
}

void RawMessageFetcher::run(const AccountSettings &account, const QString &password, const QString &folder, quint32 uid,
                            QObject *context, Done done)
{
    QPointer<QObject> receiver(context);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, account, password, folder, uid, receiver, done] {
        auto *job = new RawMessageFetch(account, password, worker);
        QObject::connect(job, &RawMessageFetch::finished, worker, [job, receiver, done](const QByteArray &raw, const std::optional<Error> &error) {
            job->deleteLater();
            QMetaObject::invokeMethod(QCoreApplication::instance(), [receiver, done, raw, error] {
                if (receiver)
                    done(raw, error);
            });
        });
        job->start(folder, uid);
    });
}

} // namespace Kestrel::Compose

#include "compose/ServerDrafts.h"

#include "account/CredentialStore.h"
#include "compose/ServerDraftSave.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

namespace Kestrel::Compose {

ServerDrafts::ServerDrafts(CredentialStore &credentials, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_thread(new QThread(this))
    , m_worker(new QObject)
{
    m_thread->setObjectName(QStringLiteral("server-drafts"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

ServerDrafts::~ServerDrafts()
{
    m_thread->quit();
    m_thread->wait();
}

void ServerDrafts::save(const AccountSettings &account, const Draft &draft)
{
    enqueue({account, draft, true});
}

void ServerDrafts::remove(const AccountSettings &account, const Draft &draft)
{
    enqueue({account, draft, false});
}

void ServerDrafts::enqueue(const Request &request)
{
    if (m_running.contains(request.draft.id)) {
        m_waiting.insert(request.draft.id, request);
        return;
    }
    m_running.insert(request.draft.id);
    QPointer<ServerDrafts> self(this);
    m_credentials.read(request.account.secretKey(), [self, request](std::optional<QString> secret, std::optional<Error> error) {
        if (!self)
            return;
        if (error || !secret) {
            const Error problem = error ? *error
                                        : Error::make(Error::Code::Keychain, tr("No password is stored for %1.").arg(request.account.displayName));
            return self->done(request, request.draft, problem);
        }
        self->run(request, *secret);
    });
}

void ServerDrafts::run(const Request &request, const QString &password)
{
    QPointer<ServerDrafts> self(this);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, self, request, password] {
        auto *job = new ServerDraftSave(request.account, password, worker);
        QObject::connect(job, &ServerDraftSave::finished, worker, [job, self, request](const Draft &draft, const std::optional<Error> &error) {
            job->deleteLater();
            QMetaObject::invokeMethod(QCoreApplication::instance(), [self, request, draft, error] {
                if (self)
                    self->done(request, draft, error);
            });
        });
        request.keep ? job->save(request.draft) : job->remove(request.draft);
    });
}

void ServerDrafts::done(const Request &request, const Draft &draft, const std::optional<Error> &error)
{
    m_running.remove(request.draft.id);
    emit finished(draft, error, !request.keep);
    if (!m_waiting.contains(request.draft.id))
        return;
    Request next = m_waiting.take(request.draft.id);
    if (!error || !draft.messageId.isEmpty()) {
        next.draft.messageId = draft.messageId; // the next copy is the same message: it replaces this one
        next.draft.serverFolder = draft.serverFolder;
        next.draft.serverUidValidity = draft.serverUidValidity;
        next.draft.serverUid = draft.serverUid;
    }
    enqueue(next);
}

} // namespace Kestrel::Compose

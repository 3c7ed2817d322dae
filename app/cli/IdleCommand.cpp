#include "IdleCommand.h"

#include "CliAccounts.h"
#include "CliRegistry.h"

#include "account/CredentialStore.h"
#include "sync/AccountSync.h"
#include "sync/push/PushWatcher.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace Kestrel::Cli {

namespace {
const CliRegistration<IdleCommand> idleRegistration({QStringLiteral("idle")}, "  idle ACCOUNT [--seconds N]", 30);

// One line per event, flushed at once: whoever reads the pipe sees mail as it arrives.
void emitLine(const QByteArray &line, FILE *stream = stdout)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

void emitJson(const QJsonObject &object)
{
    emitLine(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString stateName(Sync::ConnectionState state)
{
    switch (state) {
    case Sync::ConnectionState::Online:
        return QStringLiteral("online");
    case Sync::ConnectionState::Connecting:
        return QStringLiteral("connecting");
    case Sync::ConnectionState::Offline:
        break;
    }
    return QStringLiteral("offline");
}

QString stateText(Sync::ConnectionState state)
{
    switch (state) {
    case Sync::ConnectionState::Online:
        return IdleCommand::tr("online");
    case Sync::ConnectionState::Connecting:
        return IdleCommand::tr("connecting");
    case Sync::ConnectionState::Offline:
        break;
    }
    return IdleCommand::tr("offline");
}

// Everything the command keeps alive while it watches; deleted with the application.
struct IdleRun : QObject {
    Database database;
    CredentialStore credentials{QStringLiteral("Kestrel")};
    QPointer<Sync::PushWatcher> watcher;
    QPointer<Sync::AccountSync> sync;
};

} // namespace

void IdleCommand::run(CliContext &context)
{
    const QString name = context.arguments.value(0);
    const qsizetype secondsAt = context.arguments.indexOf(QStringLiteral("--seconds"));
    bool secondsOk = true;
    const int seconds = secondsAt >= 0 ? context.arguments.value(secondsAt + 1).toInt(&secondsOk) : -1;
    const auto account = name.startsWith(QLatin1String("--")) ? std::nullopt : findAccount(context, name);
    if (name.isEmpty() || !secondsOk || (secondsAt >= 0 && seconds < 0)) {
        CliOutput::error(tr("Usage: idle ACCOUNT [--seconds N]"));
        return context.finish(2);
    }
    if (!account) {
        CliOutput::error(tr("No account named \"%1\".").arg(name));
        return context.finish(2);
    }
    auto *run = new IdleRun;
    run->setParent(qApp);
    if (!openCache(context, run->database))
        return context.finish(1);
    if (seconds >= 0)
        QTimer::singleShot(seconds * 1000, run, [&context] { context.finish(0); });
    readLoginSecret(run->credentials, *account, [&context, run, account = *account](std::optional<QString> password, std::optional<Error> error) {
        if (error || !password) {
            CliOutput::error(error ? error->userMessage : tr("No password is stored for \"%1\".").arg(account.displayName));
            return context.finish(1);
        }
        Sync::PushOptions options;
        options.folders = account.pushFolders;
        run->watcher = new Sync::PushWatcher(account, *password, run->database, options, run);
        const bool json = context.output.isJson();
        QObject::connect(run->watcher, &Sync::PushWatcher::newMail, run, [json](const Sync::NewMail &mail) {
            for (const MessageSummary &message : mail.messages) {
                const QString from = message.from.isEmpty() ? QString() : message.from.first().toDisplayString();
                if (json) {
                    emitJson({{QStringLiteral("event"), QStringLiteral("mail")}, {QStringLiteral("folder"), mail.folder},
                              {QStringLiteral("uid"), qint64(message.uid)}, {QStringLiteral("from"), from},
                              {QStringLiteral("subject"), message.subject}});
                } else {
                    emitLine(QStringLiteral("%1\t%2\t%3").arg(message.uid).arg(from, message.subject).toLocal8Bit());
                }
            }
        });
        QObject::connect(run->watcher, &Sync::PushWatcher::statusChanged, run, [&context, json, account](const Sync::ConnectionStatus &status) {
            const QString detail = status.error ? status.error->userMessage : QString();
            if (json) {
                emitJson({{QStringLiteral("event"), QStringLiteral("status")}, {QStringLiteral("state"), stateName(status.state)},
                          {QStringLiteral("error"), detail}, {QStringLiteral("retrying"), status.willRetry}});
            } else {
                // People read the state on stderr; stdout stays one line per message for scripts.
                emitLine(QStringLiteral("%1: %2").arg(account.displayName, stateText(status.state)).toLocal8Bit()
                             + (detail.isEmpty() ? QByteArray() : QByteArray(" (") + detail.toLocal8Bit() + ')'),
                         stderr);
            }
            if (status.state == Sync::ConnectionState::Offline && status.error && !status.willRetry) {
                CliOutput::error(status.error->userMessage);
                context.finish(1);
            }
        });
        // The folder is not cached yet (or much was missed): a full sync of INBOX, as `sync` does.
        QObject::connect(run->watcher, &Sync::PushWatcher::syncRequested, run, [run, account, password = *password] {
            if (run->sync)
                return;
            run->sync = new Sync::AccountSync(account, password, run->database, run);
            QObject::connect(run->sync, &Sync::AccountSync::finished, run->sync, [run](const std::optional<Error> &failure) {
                if (failure)
                    CliOutput::error(failure->toString());
                run->sync->deleteLater();
            });
            run->sync->start(Sync::AccountSync::Options());
        });
        run->watcher->start();
    });
}

} // namespace Kestrel::Cli

#include "sync/bodies/FolderExamine.h"

#include "imap/commands/SelectCommand.h"
#include "imap/session/ImapSession.h"

#include <QCoreApplication>
#include <QTimer>

#include <memory>

namespace Kestrel::Sync {
namespace {

std::optional<Error> checkUidValidity(const FolderInfo &folder, quint32 onServer)
{
    const quint32 known = folder.sync.uidValidity;
    if (known == 0 || onServer == known)
        return std::nullopt;
    return Error::make(Error::Code::Server,
                       QCoreApplication::translate("Kestrel::Sync::FolderExamine",
                                                   "The folder \"%1\" was recreated on the server; synchronise it first.")
                           .arg(folder.name),
                       QStringLiteral("UIDVALIDITY %1, cached %2").arg(onServer).arg(known));
}

} // namespace

void examineFolder(Imap::ImapSession &session, const FolderInfo &folder, QObject *context,
                   std::function<void(std::optional<Error> error)> done)
{
    const auto &mailbox = session.mailbox();
    if (mailbox.isSelected() && mailbox.mailbox() == folder.name) {
        const auto error = checkUidValidity(folder, mailbox.snapshot().uidValidity);
        QTimer::singleShot(0, context, [done, error] { done(error); });
        return;
    }
    session.run(std::make_unique<Imap::SelectCommand>(folder.name, Imap::SelectCommand::Mode::Examine), context,
                [folder, done](const Imap::SelectResult &result) {
                    if (!result.ok())
                        return done(result.error);
                    done(checkUidValidity(folder, result.mailbox.uidValidity));
                });
}

} // namespace Kestrel::Sync

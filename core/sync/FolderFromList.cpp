#include "sync/FolderFromList.h"

namespace Kestrel::Sync {
namespace {

SpecialUse roleOf(const Imap::ListResponse &list)
{
    using A = Imap::MailboxAttribute;
    if (list.isInbox())
        return SpecialUse::Inbox;
    const std::pair<A, SpecialUse> roles[] = {{A::Drafts, SpecialUse::Drafts}, {A::Sent, SpecialUse::Sent},
                                              {A::Trash, SpecialUse::Trash},   {A::Junk, SpecialUse::Junk},
                                              {A::Archive, SpecialUse::Archive}, {A::All, SpecialUse::All},
                                              {A::Flagged, SpecialUse::Flagged}};
    for (const auto &[attribute, role] : roles) {
        if (list.attributes.testFlag(attribute))
            return role;
    }
    return SpecialUse::None;
}

FolderAttributes attributesOf(const Imap::ListResponse &list)
{
    using A = Imap::MailboxAttribute;
    const std::pair<A, FolderAttribute> map[] = {
        {A::NoSelect, FolderAttribute::NoSelect},       {A::NoInferiors, FolderAttribute::NoInferiors},
        {A::HasChildren, FolderAttribute::HasChildren}, {A::HasNoChildren, FolderAttribute::HasNoChildren},
        {A::Marked, FolderAttribute::Marked},           {A::Unmarked, FolderAttribute::Unmarked},
        {A::NonExistent, FolderAttribute::NonExistent}, {A::Remote, FolderAttribute::Remote}};
    FolderAttributes result;
    for (const auto &[from, to] : map) {
        if (list.attributes.testFlag(from))
            result |= to;
    }
    return result;
}

} // namespace

FolderInfo folderFromList(const QString &accountId, const Imap::ListEntry &entry)
{
    const Imap::ListResponse &list = entry.mailbox;
    FolderInfo folder;
    folder.accountId = accountId;
    // RFC 9051 5.1: INBOX is case-insensitive; store one spelling so the cache keeps one row.
    folder.name = list.isInbox() ? QStringLiteral("INBOX") : list.name;
    folder.delimiter = list.delimiter ? QString(QLatin1Char(*list.delimiter)) : QString();
    folder.role = roleOf(list);
    folder.attributes = attributesOf(list);
    folder.subscribed = list.attributes.testFlag(Imap::MailboxAttribute::Subscribed);
    if (entry.status) {
        folder.totalCount = entry.status->messages.value_or(0);
        folder.unreadCount = entry.status->unseen.value_or(0);
    }
    return folder;
}

QString specialUseFolder(const QString &accountId, const QList<Imap::ListEntry> &mailboxes, SpecialUse role,
                         const QString &conventionalName, const QString &override)
{
    QString byRole;
    QString byName;
    for (const Imap::ListEntry &entry : mailboxes) {
        const FolderInfo folder = folderFromList(accountId, entry);
        if (!folder.isSelectable())
            continue;
        if (!override.isEmpty() && folder.name == override)
            return folder.name;
        if (folder.role == role && byRole.isEmpty())
            byRole = folder.name;
        if (folder.name.compare(conventionalName, Qt::CaseInsensitive) == 0)
            byName = folder.name;
    }
    return byRole.isEmpty() ? byName : byRole;
}

} // namespace Kestrel::Sync

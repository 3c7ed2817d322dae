#pragma once

#include "common/FolderInfo.h"
#include "imap/commands/ListCommand.h"

namespace Kestrel::Sync {

// One LIST (+ STATUS / LIST-STATUS) entry as the cache stores it: decoded name, delimiter, the
// special-use role (RFC 6154; INBOX by name, RFC 9051 5.1) and attributes, with the server's counts.
FolderInfo folderFromList(const QString &accountId, const Imap::ListEntry &entry);

// The selectable folder a LIST names for `role` (RFC 6154), else the last selectable one called
// `conventionalName` (any case) for servers without SPECIAL-USE; empty when there is neither.
QString specialUseFolder(const QString &accountId, const QList<Imap::ListEntry> &mailboxes, SpecialUse role,
                         const QString &conventionalName);

} // namespace Kestrel::Sync

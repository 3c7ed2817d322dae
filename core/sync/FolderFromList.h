#pragma once

#include "common/FolderInfo.h"
#include "imap/commands/ListCommand.h"

namespace Kestrel::Sync {

// One LIST (+ STATUS / LIST-STATUS) entry as the cache stores it: decoded name, delimiter, the
// special-use role (RFC 6154; INBOX by name, RFC 9051 5.1) and attributes, with the server's counts.
FolderInfo folderFromList(const QString &accountId, const Imap::ListEntry &entry);

// The folder the user chose for `role` (`override`, an account's sentFolder / draftsFolder /
// trashFolder) when the LIST still has it selectable; else the selectable folder the LIST names for
// `role` (RFC 6154), else the last selectable one called `conventionalName` (any case) for servers
// without SPECIAL-USE; empty when there is none of these. A chosen folder that was deleted or renamed
// falls back to the automatic choice rather than losing the message.
QString specialUseFolder(const QString &accountId, const QList<Imap::ListEntry> &mailboxes, SpecialUse role,
                         const QString &conventionalName, const QString &override = {});

} // namespace Kestrel::Sync

#pragma once

#include "common/MessageFlags.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Kestrel::Sync {

// The IMAP flag atom for what a user typed: "seen", "flagged", "answered", "deleted", "draft" (any
// case, with or without the backslash) become system flags (RFC 9051 2.3.2); anything else must be a
// valid keyword atom ("$Forwarded", "NonJunk"). nullopt for what is neither (spaces, brackets, "\Recent").
std::optional<QString> imapFlagFromWord(const QString &word);

// The cache's flags after adding and removing IMAP flag atoms (keywords compare case-insensitively).
MessageFlags applyFlagChanges(MessageFlags flags, const QStringList &add, const QStringList &remove);

} // namespace Kestrel::Sync

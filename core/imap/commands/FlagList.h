#pragma once

#include "imap/parser/CommandWriter.h"

#include <QByteArray>
#include <QList>

namespace Kestrel::Imap {

// flag-list = "(" [flag *(SP flag)] ")" (RFC 3501 9): system flags ("\Seen") and keywords
// ("$Forwarded"). Anything that is not a valid flag atom is left out rather than sent: a keyword
// from user data must never inject protocol syntax.
bool isValidFlag(const QByteArray &flag);
void writeFlagList(CommandWriter &writer, const QList<QByteArray> &flags);

} // namespace Kestrel::Imap

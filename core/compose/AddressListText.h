#pragma once

#include "common/Address.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Kestrel::Compose {

// What the user types into To, Cc and Bcc: "Bob <bob@example.org>, carol@example.org, "Doe, Jane"
// <jane@example.org>" (commas or semicolons between entries; commas inside quotes belong to the name).
class AddressListText
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Compose::AddressListText)
public:
    // The addresses, and one message per entry that is not an address (named, so the user can fix it).
    static AddressList parse(const QString &text, QStringList *problems = nullptr);
    // For drafts: entries that are not addresses are kept as they were typed (in `email`), so saving a
    // half-typed recipient loses nothing.
    static AddressList parseKeepingAll(const QString &text);
    static QString format(const AddressList &addresses);
    // The entries before the one being typed ("a@x, b@x, ca" -> "a@x, b@x, ") and the typed part ("ca").
    static QString completedPart(const QString &text);
    static QString typedPart(const QString &text);

private:
    static AddressList parseEntries(const QString &text, QStringList *problems, bool keepInvalid);
};

} // namespace Kestrel::Compose

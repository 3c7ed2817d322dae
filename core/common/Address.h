#pragma once

#include <QList>
#include <QString>

namespace Kestrel {

// One mailbox of an address header, decoded (RFC 2047 words already turned into text). Group syntax
// is flattened away by whoever fills it: a group contributes only its member mailboxes.
struct Address {
    QString name;  // display name, may be empty
    QString email; // "mailbox@host" (just the mailbox when the host is missing)

    // "Name <mailbox@host>", or just the address when there is no name.
    QString toDisplayString() const
    {
        return name.isEmpty() ? email : name + QStringLiteral(" <") + email + QLatin1Char('>');
    }
    // What a list shows: the name, else the address.
    QString shortName() const { return name.isEmpty() ? email : name; }

    friend bool operator==(const Address &, const Address &) = default;
};

using AddressList = QList<Address>;

} // namespace Kestrel

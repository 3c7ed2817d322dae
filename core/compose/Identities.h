#pragma once

#include "account/AccountSettings.h"
#include "common/Address.h"
#include "common/MessageSummary.h"

#include <QList>

namespace Kestrel::Compose {

// The From choices of an account and the questions a reply asks about them.
class Identities
{
public:
    // The account's identities; without any configured, one made of its display name and address.
    static QList<Identity> of(const AccountSettings &account);
    // Whether `email` is one of the user's own addresses (compared without case).
    static bool isOwn(const QList<Identity> &identities, const QString &email);
    // The identity a reply should come from: the one the original was addressed to (To, Cc, Bcc), or
    // sent from (a reply to one's own message), else the first. -1 only when `identities` is empty.
    static int forReplyTo(const MessageSummary &original, const QList<Identity> &identities);
    static Address address(const Identity &identity) { return {identity.name, identity.email}; }
};

} // namespace Kestrel::Compose

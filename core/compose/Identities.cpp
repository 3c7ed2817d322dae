#include "compose/Identities.h"

namespace Kestrel::Compose {
namespace {

int indexOf(const QList<Identity> &identities, const AddressList &addresses)
{
    for (const Address &address : addresses) {
        for (qsizetype i = 0; i < identities.size(); ++i) {
            if (identities[i].email.compare(address.email, Qt::CaseInsensitive) == 0)
                return int(i);
        }
    }
    return -1;
}

} // namespace

QList<Identity> Identities::of(const AccountSettings &account)
{
    if (!account.identities.isEmpty())
        return account.identities;
    return {Identity{account.displayName, account.email, QString()}};
}

bool Identities::isOwn(const QList<Identity> &identities, const QString &email)
{
    return std::any_of(identities.cbegin(), identities.cend(), [&](const Identity &identity) {
        return identity.email.compare(email, Qt::CaseInsensitive) == 0;
    });
}

int Identities::forReplyTo(const MessageSummary &original, const QList<Identity> &identities)
{
    if (identities.isEmpty())
        return -1;
    for (const AddressList *list : {&original.to, &original.cc, &original.bcc, &original.from}) {
        const int found = indexOf(identities, *list);
        if (found >= 0)
            return found;
    }
    return 0;
}

} // namespace Kestrel::Compose

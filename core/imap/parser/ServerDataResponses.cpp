#include "imap/parser/ServerDataResponses.h"

#include <algorithm>

namespace Kestrel::Imap {

namespace {

bool containsCaseInsensitive(const QList<QByteArray> &list, QByteArrayView item)
{
    return std::any_of(list.cbegin(), list.cend(), [item](const QByteArray &c) {
        return c.size() == item.size() && QByteArrayView(c).compare(item, Qt::CaseInsensitive) == 0;
    });
}

} // namespace

bool CapabilityResponse::has(QByteArrayView capability) const
{
    return containsCaseInsensitive(capabilities, capability);
}

bool EnabledResponse::has(QByteArrayView capability) const
{
    return containsCaseInsensitive(capabilities, capability);
}

} // namespace Kestrel::Imap

#include "models/DisplayFormat.h"

#include <QLocale>
#include <QStringList>

namespace Kestrel::DisplayFormat {

QString listDate(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    if (local.date() == now.toLocalTime().date())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString shortNames(const AddressList &addresses)
{
    QStringList names;
    for (const Address &address : addresses)
        names << address.shortName();
    return names.join(QStringLiteral(", "));
}

QString addressList(const AddressList &addresses)
{
    QStringList all;
    for (const Address &address : addresses)
        all << address.toDisplayString();
    return all.join(QStringLiteral(", "));
}

} // namespace Kestrel::DisplayFormat

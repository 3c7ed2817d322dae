#pragma once

#include "common/Address.h"

#include <QDateTime>
#include <QString>

namespace Kestrel::DisplayFormat {

// The message list's date: the time only for today, the date and time otherwise, in the user's locale.
QString listDate(const QDateTime &when, const QDateTime &now);
// "1.5 KB" / "1,5 KB": a message or attachment size in the user's language (QLocale::setDefault,
// which app/Translations sets from the chosen language), in the units people know (powers of 1024
// named KB, MB as file managers do).
QString dataSize(qint64 bytes);
// "Anna, Bob Example" for a list cell.
QString shortNames(const AddressList &addresses);
// "Anna <anna@example.org>, bob@example.org" for a tooltip.
QString addressList(const AddressList &addresses);

} // namespace Kestrel::DisplayFormat

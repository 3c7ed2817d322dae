#pragma once

#include "common/Address.h"

#include <QDateTime>
#include <QString>

namespace Kestrel::DisplayFormat {

// The message list's date: the time only for today, the date and time otherwise, in the user's locale.
QString listDate(const QDateTime &when, const QDateTime &now);
// "Anna, Bob Example" for a list cell.
QString shortNames(const AddressList &addresses);
// "Anna <anna@example.org>, bob@example.org" for a tooltip.
QString addressList(const AddressList &addresses);

} // namespace Kestrel::DisplayFormat

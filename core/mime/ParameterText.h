#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <utility>

namespace Kestrel::Mime {

// One MIME parameter as it comes off the wire (a Content-Type or Content-Disposition parameter, or an
// IMAP BODYSTRUCTURE body-fld-param pair): name and value, undecoded.
using RawParameter = std::pair<QByteArray, QByteArray>;

// Decodes the value of parameter `name` (e.g. "filename") from raw parameters, the way mailers send it:
//  - RFC 2231 extended values, "name*=utf-8'ru'%D0%BE%D1%82", and continuations "name*0*", "name*1", ...
//    (servers pass them through BODYSTRUCTURE unmerged or merged: both are read);
//  - RFC 2047 encoded-words inside a plain value, which RFC 2047 5 forbids but most mailers send;
//  - raw 8-bit bytes (UTF-8, else `fallbackCharset`).
// The extended form wins when both are present (RFC 2231 says the plain one is for old readers).
// Returns a null QString when the parameter is absent.
QString decodeParameter(const QList<RawParameter> &parameters, QByteArrayView name,
                        const QByteArray &fallbackCharset = QByteArrayLiteral("ISO-8859-1"));

} // namespace Kestrel::Mime

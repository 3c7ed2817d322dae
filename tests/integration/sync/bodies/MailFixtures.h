#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Kestrel::Test {

// Raw RFC 5322 messages (CRLF) for the body tests, each with what the reader should make of it.
namespace MailFixtures {

// 5000 bytes covering every octet value, the same on every run.
QByteArray attachmentBytes();
// The attachment's name, sent as RFC 2231 UTF-8 (filename*=utf-8''...).
QString attachmentName();

QByteArray plainUtf8(const QByteArray &subject, const QString &body);
QByteArray withAttachment(const QByteArray &subject);
// text/plain; charset=windows-1251, 8bit.
QByteArray windows1251(const QByteArray &subject, const QString &body);
// multipart/alternative: KOI8-R text/plain in quoted-printable and KOI8-R text/html in base64.
QByteArray koi8rAlternative(const QByteArray &subject, const QString &body);

} // namespace MailFixtures

} // namespace Kestrel::Test

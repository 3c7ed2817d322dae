#include "MailFixtures.h"

#include <QLocale>
#include <QStringEncoder>

namespace Kestrel::Test {
namespace {

QByteArray headers(const QByteArray &subject, const QByteArray &contentType)
{
    return "From: Boris <boris@example.test>\r\nTo: Alice <alice@example.test>\r\nSubject: " + subject
        + "\r\nDate: " + QLocale::c().toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss").toLatin1()
        + " +0000\r\nMessage-ID: <" + subject.toLower().replace(' ', '.') + "@example.test>\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: " + contentType + "\r\n";
}

QByteArray wrapped(const QByteArray &base64)
{
    QByteArray out;
    for (qsizetype at = 0; at < base64.size(); at += 76)
        out += base64.mid(at, 76) + "\r\n";
    return out;
}

QByteArray encoded(const QString &text, const char *charset)
{
    QStringEncoder encoder(charset);
    return encoder.encode(text);
}

} // namespace

QByteArray MailFixtures::attachmentBytes()
{
    QByteArray bytes;
    quint32 state = 2463534242u; // xorshift32: deterministic noise after one run through every octet
    for (int i = 0; i < 5000; ++i) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        bytes.append(i < 256 ? char(i) : char(state & 0xFF));
    }
    return bytes;
}

QString MailFixtures::attachmentName()
{
    return QStringLiteral("отчёт за март.bin");
}

QByteArray MailFixtures::plainUtf8(const QByteArray &subject, const QString &body)
{
    return headers(subject, "text/plain; charset=utf-8") + "Content-Transfer-Encoding: 8bit\r\n\r\n" + body.toUtf8() + "\r\n";
}

QByteArray MailFixtures::withAttachment(const QByteArray &subject)
{
    const QByteArray name = attachmentName().toUtf8().toPercentEncoding();
    return headers(subject, "multipart/mixed; boundary=\"b1\"") + "\r\n--b1\r\n"
        + "Content-Type: text/plain; charset=utf-8\r\n\r\nSee the report attached.\r\n--b1\r\n"
        + "Content-Type: application/octet-stream; name*=utf-8''" + name + "\r\n"
        + "Content-Disposition: attachment; filename*=utf-8''" + name + "\r\n"
        + "Content-Transfer-Encoding: base64\r\n\r\n" + wrapped(attachmentBytes().toBase64()) + "--b1--\r\n";
}

QByteArray MailFixtures::windows1251(const QByteArray &subject, const QString &body)
{
    return headers(subject, "text/plain; charset=windows-1251") + "Content-Transfer-Encoding: 8bit\r\n\r\n"
        + encoded(body, "windows-1251") + "\r\n";
}

QByteArray MailFixtures::koi8rAlternative(const QByteArray &subject, const QString &body)
{
    QByteArray quoted;
    for (const char c : encoded(body, "KOI8-R"))
        quoted += (uchar(c) >= 128 || c == '=') ? "=" + QByteArray::number(uchar(c), 16).toUpper() : QByteArray(1, c);
    const QByteArray html = encoded(QStringLiteral("<html><body><p>") + body + QStringLiteral("</p></body></html>"), "KOI8-R");
    return headers(subject, "multipart/alternative; boundary=\"alt\"") + "\r\n--alt\r\n"
        + "Content-Type: text/plain; charset=KOI8-R\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + quoted
        + "\r\n--alt\r\nContent-Type: text/html; charset=KOI8-R\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + wrapped(html.toBase64()) + "--alt--\r\n";
}

} // namespace Kestrel::Test

#include "compose/MailtoUrl.h"

#include "compose/AddressListText.h"

#include <QByteArray>

namespace Kestrel::Compose {
namespace {

const QString scheme = QStringLiteral("mailto:");

// RFC 6068 section 2: octets are percent-encoded UTF-8; '+' is a literal plus (not a space, unlike
// HTML forms), so only %XX is decoded.
QString decoded(QStringView encoded)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(encoded.toUtf8()));
}

QString withUnixLineEnds(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

void appendAddresses(AddressList &list, const QString &text)
{
    list.append(AddressListText::parseKeepingAll(text));
}

} // namespace

bool MailtoUrl::looksLikeMailto(const QString &text)
{
    return text.startsWith(scheme, Qt::CaseInsensitive);
}

std::optional<MailtoUrl> MailtoUrl::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (!looksLikeMailto(trimmed)) {
        if (error)
            *error = MailtoUrlText::notMailto(text);
        return std::nullopt;
    }
    MailtoUrl result;
    const QStringView rest = QStringView(trimmed).mid(scheme.size());
    const qsizetype question = rest.indexOf(QLatin1Char('?'));
    // A fragment (#...) is not part of a mailto: link's meaning; browsers sometimes leave one on.
    QStringView query = question < 0 ? QStringView() : rest.mid(question + 1);
    if (const qsizetype hash = query.indexOf(QLatin1Char('#')); hash >= 0)
        query = query.left(hash);
    appendAddresses(result.to, decoded(question < 0 ? rest : rest.left(question)));
    bool haveSubject = false;
    bool haveBody = false;
    for (const QStringView field : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = field.indexOf(QLatin1Char('='));
        const QString name = decoded(equals < 0 ? field : field.left(equals)).toLower();
        const QString value = equals < 0 ? QString() : decoded(field.mid(equals + 1));
        if (name == QLatin1String("to"))
            appendAddresses(result.to, value);
        else if (name == QLatin1String("cc"))
            appendAddresses(result.cc, value);
        else if (name == QLatin1String("bcc"))
            appendAddresses(result.bcc, value);
        else if (name == QLatin1String("subject") && !std::exchange(haveSubject, true))
            result.subject = withUnixLineEnds(value).replace(QLatin1Char('\n'), QLatin1Char(' '));
        else if (name == QLatin1String("body") && !std::exchange(haveBody, true))
            result.body = withUnixLineEnds(value);
    }
    return result;
}

QString MailtoUrlText::notMailto(const QString &text)
{
    return tr("\"%1\" is not a mailto: link.").arg(text);
}

} // namespace Kestrel::Compose

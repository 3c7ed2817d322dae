#include "compose/AddressListText.h"

#include <QRegularExpression>

namespace Kestrel::Compose {
namespace {

// Splits at commas and semicolons outside double quotes and angle brackets.
QStringList entries(const QString &text)
{
    QStringList result;
    QString current;
    bool quoted = false;
    bool angled = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('<'))
            angled = true;
        else if (!quoted && c == QLatin1Char('>'))
            angled = false;
        if (!quoted && !angled && (c == QLatin1Char(',') || c == QLatin1Char(';'))) {
            result.append(current);
            current.clear();
            continue;
        }
        current.append(c);
    }
    result.append(current);
    return result;
}

bool isAddress(const QString &email)
{
    static const QString notInAddress = QStringLiteral("[^\\s@<>()\",;]+");
    static const QRegularExpression pattern(QLatin1Char('^') + notInAddress + QLatin1Char('@') + notInAddress + QLatin1Char('$'));
    return pattern.match(email).hasMatch();
}

qsizetype lastSeparator(const QString &text)
{
    qsizetype last = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (text[i] == QLatin1Char(',') || text[i] == QLatin1Char(';')))
            last = i;
    }
    return last;
}

} // namespace

AddressList AddressListText::parse(const QString &text, QStringList *problems)
{
    return parseEntries(text, problems, false);
}

AddressList AddressListText::parseKeepingAll(const QString &text)
{
    return parseEntries(text, nullptr, true);
}

AddressList AddressListText::parseEntries(const QString &text, QStringList *problems, bool keepInvalid)
{
    AddressList addresses;
    for (const QString &raw : entries(text)) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            continue;
        Address address;
        const qsizetype open = entry.lastIndexOf(QLatin1Char('<'));
        if (open >= 0 && entry.endsWith(QLatin1Char('>'))) {
            address.email = entry.mid(open + 1, entry.size() - open - 2).trimmed();
            address.name = entry.left(open).trimmed();
            if (address.name.size() >= 2 && address.name.startsWith(QLatin1Char('"')) && address.name.endsWith(QLatin1Char('"')))
                address.name = address.name.mid(1, address.name.size() - 2);
        } else {
            address.email = entry;
        }
        if (!isAddress(address.email)) {
            if (keepInvalid)
                addresses.append(Address{QString(), entry});
            if (problems)
                problems->append(tr("\"%1\" is not an email address.").arg(entry));
            continue;
        }
        addresses.append(address);
    }
    return addresses;
}

QString AddressListText::format(const AddressList &addresses)
{
    QStringList texts;
    for (const Address &address : addresses) {
        const bool needsQuotes = address.name.contains(QRegularExpression(QStringLiteral("[,;<>\"@]")));
        const QString name = needsQuotes ? QLatin1Char('"') + QString(address.name).remove(QLatin1Char('"')) + QLatin1Char('"')
                                         : address.name;
        texts.append(address.name.isEmpty() ? address.email : name + QStringLiteral(" <") + address.email + QLatin1Char('>'));
    }
    return texts.join(QStringLiteral(", "));
}

QString AddressListText::completedPart(const QString &text)
{
    const qsizetype separator = lastSeparator(text);
    return separator < 0 ? QString() : text.left(separator + 1) + QLatin1Char(' ');
}

QString AddressListText::typedPart(const QString &text)
{
    return text.mid(lastSeparator(text) + 1).trimmed();
}

} // namespace Kestrel::Compose

#include "cache/AddressCodec.h"

#include <algorithm>

namespace Kestrel {
namespace {

constexpr QChar EntrySeparator(0x1e);
constexpr QChar FieldSeparator(0x1f);

bool isControl(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f;
}

QString withoutControls(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), isControl))
        return text; // the usual case: no copy
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        if (!isControl(c))
            clean.append(c);
    }
    return clean;
}

} // namespace

QString AddressCodec::encode(const AddressList &addresses)
{
    qsizetype length = 0;
    for (const Address &address : addresses)
        length += address.name.size() + address.email.size() + 2;
    QString text;
    text.reserve(length); // one allocation, not one per append
    for (const Address &address : addresses) {
        if (!text.isEmpty())
            text.append(EntrySeparator);
        text.append(withoutControls(address.name));
        text.append(FieldSeparator);
        text.append(withoutControls(address.email));
    }
    return text;
}

AddressList AddressCodec::decode(const QString &text)
{
    AddressList addresses;
    if (text.isEmpty())
        return addresses;
    const QStringList entries = text.split(EntrySeparator);
    addresses.reserve(entries.size());
    for (const QString &entry : entries) {
        const qsizetype split = entry.indexOf(FieldSeparator);
        if (split < 0)
            addresses.append(Address{QString(), entry});
        else
            addresses.append(Address{entry.left(split), entry.mid(split + 1)});
    }
    return addresses;
}

QString AddressCodec::encodeWords(const QStringList &words)
{
    QStringList clean;
    clean.reserve(words.size());
    for (const QString &word : words) {
        const QString trimmed = withoutControls(word).simplified().remove(QLatin1Char(' '));
        if (!trimmed.isEmpty())
            clean.append(trimmed);
    }
    return clean.join(QLatin1Char(' '));
}

QStringList AddressCodec::decodeWords(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace Kestrel

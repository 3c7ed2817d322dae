#pragma once

#include "common/Address.h"

#include <QString>
#include <QStringList>

namespace Kestrel {

// The compact text forms the cache stores lists in.
//
// Addresses: "name U+001F email" entries joined by U+001E. Control characters cannot occur in decoded
// header text (they are removed if they do), and the FTS5 unicode61 tokenizer treats them as separators,
// so the column can be indexed as it is.
class AddressCodec
{
public:
    static QString encode(const AddressList &addresses);
    static AddressList decode(const QString &text);

    // Keywords and References: space-separated (neither an IMAP atom nor a msg-id contains a space).
    static QString encodeWords(const QStringList &words);
    static QStringList decodeWords(const QString &text);
};

} // namespace Kestrel

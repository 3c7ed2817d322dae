#include "imap/commands/FlagList.h"

namespace Kestrel::Imap {
namespace {

// ATOM-CHAR: any CHAR except atom-specials (RFC 3501 9); resp-specials "]" is excluded from flags too.
bool isAtomChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7f)
        return false;
    return c != '(' && c != ')' && c != '{' && c != '%' && c != '*' && c != '"' && c != '\\' && c != ']';
}

} // namespace

bool isValidFlag(const QByteArray &flag)
{
    const qsizetype start = flag.startsWith('\\') ? 1 : 0; // flag-extension = "\" atom
    if (flag.size() <= start)
        return false;
    for (qsizetype i = start; i < flag.size(); ++i) {
        if (!isAtomChar(flag.at(i)))
            return false;
    }
    return true;
}

void writeFlagList(CommandWriter &writer, const QList<QByteArray> &flags)
{
    writer.beginList();
    for (const QByteArray &flag : flags) {
        if (isValidFlag(flag))
            writer.atom(flag);
    }
    writer.endList();
}

} // namespace Kestrel::Imap

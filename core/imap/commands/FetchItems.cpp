#include "imap/commands/FetchItems.h"

#include "imap/session/Capabilities.h"

namespace Kestrel::Imap {
namespace {

bool isSpecifierChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.';
}

bool isFieldNameChar(char c)
{
    // RFC 5322 ftext: printable US-ASCII except ':'; also no list or quoting syntax here.
    return c > 0x20 && c < 0x7f && c != ':' && c != '(' && c != ')' && c != '"' && c != '\\' && c != '{'
        && c != '[' && c != ']';
}

} // namespace

FetchItems &FetchItems::add(const char *atom)
{
    const QByteArray text(atom);
    m_items << Item{text, false, text == "MODSEQ"};
    return *this;
}

// section-part ["." section-text] (RFC 3501 9): "1.2", "1.2.HEADER", "TEXT", "" ...
bool FetchItems::isValidSection(const QByteArray &section)
{
    for (char c : section) {
        if (!(c >= '0' && c <= '9') && !isSpecifierChar(c))
            return false;
    }
    return true;
}

QByteArray FetchItems::partialText(std::optional<Partial> partial)
{
    if (!partial)
        return QByteArray();
    return '<' + QByteArray::number(partial->origin) + '.' + QByteArray::number(partial->length) + '>';
}

FetchItems &FetchItems::bodyPeek(const QByteArray &section, std::optional<Partial> partial)
{
    m_valid = m_valid && isValidSection(section);
    m_items << Item{"BODY.PEEK[" + section + ']' + partialText(partial), false, false};
    return *this;
}

FetchItems &FetchItems::binaryPeek(const QByteArray &part, std::optional<Partial> partial)
{
    m_valid = m_valid && isValidSection(part);
    m_items << Item{'[' + part + ']' + partialText(partial), true, false};
    return *this;
}

FetchItems &FetchItems::headerFields(const QList<QByteArray> &fields)
{
    for (const QByteArray &field : fields) {
        for (char c : field)
            m_valid = m_valid && isFieldNameChar(c);
    }
    m_items << Item{"BODY.PEEK[HEADER.FIELDS (" + fields.join(' ') + ")]", false, false};
    return *this;
}

QByteArray FetchItems::toImap(const Capabilities &capabilities) const
{
    const bool binary = capabilities.has("BINARY");
    const bool condstore = capabilities.has("CONDSTORE");
    QList<QByteArray> parts;
    for (const Item &item : m_items) {
        if (item.modSeq && !condstore)
            continue;
        if (!item.binary)
            parts << item.text;
        else // RFC 3516 4.1 when offered; the caller sees BodySection::Kind::Body otherwise
            parts << QByteArray((binary ? QByteArrayLiteral("BINARY.PEEK") : QByteArrayLiteral("BODY.PEEK")) + item.text);
    }
    return QByteArray('(' + parts.join(' ') + ')');
}

} // namespace Kestrel::Imap

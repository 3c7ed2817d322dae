#include "imap/parser/BodyPart.h"

#include "imap/parser/Lexer.h"

namespace Kestrel::Imap {

namespace {

QByteArray findParameter(const std::vector<BodyParameter> &params, QByteArrayView name)
{
    for (const BodyParameter &p : params) {
        if (p.name.size() == name.size() && QByteArrayView(p.name).compare(name, Qt::CaseInsensitive) == 0)
            return p.value;
    }
    return QByteArray();
}

} // namespace

bool BodyPart::isMultipart() const
{
    return keywordEquals(type, "MULTIPART");
}

bool BodyPart::isMessage() const
{
    return keywordEquals(type, "MESSAGE") && (keywordEquals(subtype, "RFC822") || keywordEquals(subtype, "GLOBAL"));
}

bool BodyPart::isText() const
{
    return keywordEquals(type, "TEXT");
}

QByteArray BodyPart::mimeType() const
{
    return (type + '/' + subtype).toLower();
}

QByteArray BodyPart::parameter(QByteArrayView name) const
{
    return findParameter(params, name);
}

QByteArray BodyPart::fileName() const
{
    QByteArray name = findParameter(disposition.params, "filename");
    if (name.isNull())
        name = findParameter(params, "name");
    return name;
}

bool operator==(const BodyPart &a, const BodyPart &b)
{
    const bool sameEnvelope = a.envelope == b.envelope
        || (a.envelope && b.envelope && *a.envelope == *b.envelope);
    return sameEnvelope && a.type == b.type && a.subtype == b.subtype && a.params == b.params
        && a.id == b.id && a.description == b.description && a.encoding == b.encoding
        && a.size == b.size && a.lines == b.lines && a.children == b.children
        && a.hasExtensionData == b.hasExtensionData && a.md5 == b.md5
        && a.disposition == b.disposition && a.language == b.language && a.location == b.location;
}

} // namespace Kestrel::Imap

#include "sync/bodies/MessageParts.h"

#include "mime/ParameterText.h"
#include "sync/bodies/BodyStructureCodec.h"

namespace Kestrel::Sync {
namespace {

bool is(const Imap::BodyPart &part, const char *mimeType)
{
    return part.mimeType() == mimeType;
}

QList<Mime::RawParameter> raw(const std::vector<Imap::BodyParameter> &params)
{
    QList<Mime::RawParameter> list;
    list.reserve(qsizetype(params.size()));
    for (const Imap::BodyParameter &p : params)
        list.append({p.name, p.value});
    return list;
}

// RFC 3501 6.4.5: the parts of a multipart at P are P.1, P.2, ...; a multipart root is "".
QByteArray childPath(const QByteArray &parent, size_t index)
{
    const QByteArray number = QByteArray::number(qulonglong(index + 1));
    return parent.isEmpty() ? number : parent + '.' + number;
}

// Content-Disposition: attachment (RFC 2183), in any case.
bool saysAttachment(const Imap::BodyPart &part)
{
    return part.disposition.type.compare("attachment", Qt::CaseInsensitive) == 0;
}

bool hasParameterNamed(const std::vector<Imap::BodyParameter> &params, QByteArrayView prefix)
{
    return std::any_of(params.cbegin(), params.cend(), [prefix](const Imap::BodyParameter &p) {
        return p.name.size() >= prefix.size()
            && QByteArrayView(p.name).first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
    });
}

// PartInfo::isAttachment() of describe(part) without describing it (seven strings, a file name decoded):
// a file name can only come from a "filename..." disposition parameter or a "name..." one (RFC 2231
// sections and charsets included), so without either it is empty.
bool isAttachment(const Imap::BodyPart &part)
{
    if (saysAttachment(part))
        return true;
    if (!hasParameterNamed(part.disposition.params, "filename") && !hasParameterNamed(part.params, "name"))
        return false;
    return MessageParts::describe(part, QByteArrayLiteral("1")).isAttachment();
}

// Sorts the leaves as MessageParts.h says. With no MessageParts to fill it only notes whether any leaf
// is an attachment (the message list's paper clip, for every message of a sync).
class Classifier
{
public:
    explicit Classifier(MessageParts *out)
        : m_out(out)
    {
    }

    bool foundAttachment() const { return m_foundAttachment; }

    void visit(const Imap::BodyPart &part, const QByteArray &path)
    {
        if (part.isMultipart() && !part.children.empty()) {
            if (part.subtype.compare("ALTERNATIVE", Qt::CaseInsensitive) == 0)
                return alternative(part, path);
            if (part.subtype.compare("RELATED", Qt::CaseInsensitive) == 0)
                return related(part, path);
            for (size_t i = 0; i < part.children.size(); ++i)
                visit(part.children[i], childPath(path, i));
            return;
        }
        const bool readable = is(part, "text/plain") || is(part, "text/html");
        if (!m_out) {
            m_foundAttachment = m_foundAttachment || !readable || isAttachment(part);
            return;
        }
        const PartInfo info = MessageParts::describe(part, path.isEmpty() ? QByteArrayLiteral("1") : path);
        (readable && !info.isAttachment() ? m_out->text : m_out->attachments).append(info);
    }

private:
    // Whether a part holds, directly or inside multiparts, readable text of `mimeType`.
    static bool offers(const Imap::BodyPart &part, const char *mimeType)
    {
        if (part.isMultipart()) {
            for (const Imap::BodyPart &child : part.children) {
                if (offers(child, mimeType))
                    return true;
            }
            return false;
        }
        return is(part, mimeType) && !saysAttachment(part);
    }

    void alternative(const Imap::BodyPart &part, const QByteArray &path)
    {
        for (const char *preferred : {"text/plain", "text/html"}) {
            for (size_t i = 0; i < part.children.size(); ++i) {
                if (offers(part.children[i], preferred))
                    return visit(part.children[i], childPath(path, i));
            }
        }
        visit(part.children.front(), childPath(path, 0));
    }

    void related(const Imap::BodyPart &part, const QByteArray &path)
    {
        const QByteArray start = part.parameter("start");
        size_t root = 0;
        for (size_t i = 0; !start.isEmpty() && i < part.children.size(); ++i) {
            if (part.children[i].id == start)
                root = i;
        }
        for (size_t i = 0; i < part.children.size(); ++i) {
            if (i == root) {
                visit(part.children[i], childPath(path, i));
                continue;
            }
            if (!m_out) {
                m_foundAttachment = m_foundAttachment || saysAttachment(part.children[i]);
                continue;
            }
            const PartInfo info = MessageParts::describe(part.children[i], childPath(path, i));
            (info.disposition == QLatin1String("attachment") ? m_out->attachments : m_out->related).append(info);
        }
    }

    MessageParts *m_out;
    bool m_foundAttachment = false;
};

} // namespace

bool MessageParts::showsHtml() const
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](const PartInfo &p) { return p.mimeType == QLatin1String("text/html"); });
}

QList<PartInfo> MessageParts::forDisplay() const
{
    return showsHtml() ? text + related : text;
}

QList<PartInfo> MessageParts::all() const
{
    return text + related + attachments;
}

MessageParts MessageParts::fromBodyStructure(const Imap::BodyPart &root)
{
    MessageParts parts;
    Classifier(&parts).visit(root, QByteArray());
    return parts;
}

bool MessageParts::hasAttachments(const Imap::BodyPart &root)
{
    Classifier classifier(nullptr);
    classifier.visit(root, QByteArray());
    return classifier.foundAttachment();
}

std::optional<MessageParts> MessageParts::fromStored(const QByteArray &stored)
{
    const auto root = BodyStructureCodec::decode(stored);
    if (!root)
        return std::nullopt;
    return fromBodyStructure(*root);
}

PartInfo MessageParts::describe(const Imap::BodyPart &part, const QByteArray &section)
{
    PartInfo info;
    info.section = QString::fromLatin1(section);
    info.mimeType = QString::fromLatin1(part.mimeType());
    info.charset = QString::fromLatin1(part.parameter("charset")).trimmed().toLower();
    info.encoding = QString::fromLatin1(part.encoding).toLower();
    info.size = part.size;
    QString name = Mime::decodeParameter(raw(part.disposition.params), "filename");
    if (name.isEmpty())
        name = Mime::decodeParameter(raw(part.params), "name");
    info.fileName = name;
    info.contentId = QString::fromLatin1(part.id).trimmed();
    if (info.contentId.startsWith(QLatin1Char('<')) && info.contentId.endsWith(QLatin1Char('>')))
        info.contentId = info.contentId.mid(1, info.contentId.size() - 2);
    info.disposition = QString::fromLatin1(part.disposition.type).toLower();
    return info;
}

} // namespace Kestrel::Sync

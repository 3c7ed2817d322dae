#include "imap/parser/SectionIndex.h"

namespace Kestrel::Imap {

namespace {

QByteArray childPath(const QByteArray &parent, size_t index)
{
    const QByteArray n = QByteArray::number(static_cast<qulonglong>(index + 1));
    return parent.isEmpty() ? n : parent + '.' + n;
}

} // namespace

QList<IndexedPart> SectionIndex::build(const BodyPart &root)
{
    QList<IndexedPart> out;
    if (root.isMultipart()) {
        out.append(IndexedPart{QByteArray(""), &root});
        visitChildren(root, QByteArray(), out);
    } else {
        visit(root, QByteArrayLiteral("1"), out);
    }
    return out;
}

const BodyPart *SectionIndex::find(const BodyPart &root, QByteArrayView path)
{
    const QList<IndexedPart> index = build(root);
    for (const IndexedPart &entry : index) {
        if (entry.path == path)
            return entry.part;
    }
    return nullptr;
}

void SectionIndex::visit(const BodyPart &part, const QByteArray &path, QList<IndexedPart> &out)
{
    out.append(IndexedPart{path, &part});
    if (part.isMultipart()) {
        visitChildren(part, path, out);
    } else if (part.isMessage() && !part.children.empty()) {
        const BodyPart &inner = part.children.front();
        if (inner.isMultipart())
            visitChildren(inner, path, out);
        else
            visit(inner, childPath(path, 0), out);
    }
}

void SectionIndex::visitChildren(const BodyPart &multipart, const QByteArray &path, QList<IndexedPart> &out)
{
    for (size_t i = 0; i < multipart.children.size(); ++i)
        visit(multipart.children[i], childPath(path, i), out);
}

} // namespace Kestrel::Imap

#include "sync/bodies/BodyStructureCodec.h"

#include <QDataStream>
#include <QIODevice>

namespace Kestrel::Sync {
namespace {

constexpr char Magic[] = "KBS"; // followed by the version byte
constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_0;

void writeParams(QDataStream &out, const std::vector<Imap::BodyParameter> &params)
{
    out << quint32(params.size());
    for (const Imap::BodyParameter &p : params)
        out << p.name << p.value;
}

bool readParams(QDataStream &in, std::vector<Imap::BodyParameter> &params)
{
    quint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count > 1000)
        return false;
    params.resize(count);
    for (Imap::BodyParameter &p : params)
        in >> p.name >> p.value;
    return in.status() == QDataStream::Ok;
}

// Written by hand rather than with QDataStream's QList operator: a corrupt count must not reserve gigabytes.
void writeList(QDataStream &out, const QList<QByteArray> &list)
{
    out << quint32(list.size());
    for (const QByteArray &item : list)
        out << item;
}

bool readList(QDataStream &in, QList<QByteArray> &list)
{
    quint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count > 1000)
        return false;
    list.resize(count);
    for (QByteArray &item : list)
        in >> item;
    return in.status() == QDataStream::Ok;
}

void writePart(QDataStream &out, const Imap::BodyPart &part)
{
    out << part.type << part.subtype;
    writeParams(out, part.params);
    out << part.id << part.description << part.encoding << part.size << part.lines << part.hasExtensionData
        << part.md5 << part.disposition.type;
    writeParams(out, part.disposition.params);
    writeList(out, part.language);
    out << part.location << quint32(part.children.size());
    for (const Imap::BodyPart &child : part.children)
        writePart(out, child);
}

bool readPart(QDataStream &in, Imap::BodyPart &part, int depth, int &budget)
{
    if (depth > BodyStructureCodec::MaxDepth || --budget < 0)
        return false;
    in >> part.type >> part.subtype;
    if (!readParams(in, part.params))
        return false;
    in >> part.id >> part.description >> part.encoding >> part.size >> part.lines >> part.hasExtensionData
        >> part.md5 >> part.disposition.type;
    if (!readParams(in, part.disposition.params))
        return false;
    quint32 children = 0;
    if (!readList(in, part.language))
        return false;
    in >> part.location >> children;
    if (in.status() != QDataStream::Ok || children > quint32(budget))
        return false;
    part.children.resize(children);
    for (Imap::BodyPart &child : part.children) {
        if (!readPart(in, child, depth + 1, budget))
            return false;
    }
    return true;
}

} // namespace

QByteArray BodyStructureCodec::encode(const Imap::BodyPart &root)
{
    QByteArray bytes;
    bytes.reserve(512); // a typical structure's whole encoding: no reallocation while it is streamed
    bytes.append(Magic, 3);
    bytes.append(char(Version));
    QDataStream out(&bytes, QIODevice::WriteOnly | QIODevice::Append);
    out.setVersion(StreamVersion);
    writePart(out, root);
    return bytes;
}

std::optional<Imap::BodyPart> BodyStructureCodec::decode(const QByteArray &bytes)
{
    if (bytes.size() < 4 || !bytes.startsWith(Magic) || quint8(bytes.at(3)) != Version)
        return std::nullopt;
    QDataStream in(bytes.sliced(4));
    in.setVersion(StreamVersion);
    Imap::BodyPart root;
    int budget = MaxParts;
    if (!readPart(in, root, 0, budget) || !in.atEnd())
        return std::nullopt;
    return root;
}

} // namespace Kestrel::Sync

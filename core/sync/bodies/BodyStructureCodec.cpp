#include "sync/bodies/BodyStructureCodec.h"

#include <QDataStream>
#include <QIODevice>
#include <QtEndian>

#include <cstring>

namespace Kestrel::Sync {
namespace {

constexpr char Magic[] = "KBS"; // followed by the version byte
constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_0;

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

// Writes exactly what QDataStream (Qt_6_0, big-endian) writes for these types, straight into one
// buffer: QDataStream goes through a QBuffer and a virtual write per value, which made encode() 9% of an
// initial sync's parsing thread (perf, 100k, issue 8). decode() still reads with QDataStream, and
// tst_sync_body_structure compares the bytes with QDataStream's own for every shape it knows.
class StreamWriter
{
public:
    explicit StreamWriter(QByteArray &out)
        : m_out(out)
    {
    }

    void u32(quint32 value) { qToBigEndian(value, grow(4)); }
    void u64(quint64 value) { qToBigEndian(value, grow(8)); }
    void boolean(bool value) { *grow(1) = char(value ? 1 : 0); } // QDataStream: one qint8
    // A null QByteArray is 0xFFFFFFFF; otherwise its length, then its bytes.
    void bytes(const QByteArray &value)
    {
        if (value.isNull())
            return u32(0xffffffffu);
        char *at = grow(4 + value.size());
        qToBigEndian(quint32(value.size()), at);
        std::memcpy(at + 4, value.constData(), size_t(value.size()));
    }
    // Counts and lists are written by hand rather than with QDataStream's container operators, in
    // both directions: reading, a corrupt count must not reserve gigabytes.
    void params(const std::vector<Imap::BodyParameter> &params)
    {
        u32(quint32(params.size()));
        for (const Imap::BodyParameter &p : params) {
            bytes(p.name);
            bytes(p.value);
        }
    }
    void list(const QList<QByteArray> &list)
    {
        u32(quint32(list.size()));
        for (const QByteArray &item : list)
            bytes(item);
    }

    void part(const Imap::BodyPart &part)
    {
        bytes(part.type);
        bytes(part.subtype);
        params(part.params);
        bytes(part.id);
        bytes(part.description);
        bytes(part.encoding);
        u64(part.size);
        u64(part.lines);
        boolean(part.hasExtensionData);
        bytes(part.md5);
        bytes(part.disposition.type);
        params(part.disposition.params);
        list(part.language);
        bytes(part.location);
        u32(quint32(part.children.size()));
        for (const Imap::BodyPart &child : part.children)
            this->part(child);
    }

private:
    // Room for `count` more bytes at the end (QByteArray::append of a few bytes costs more than this).
    char *grow(qsizetype count)
    {
        const qsizetype at = m_out.size();
        m_out.resize(at + count);
        return m_out.data() + at;
    }

    QByteArray &m_out;
};

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
    bytes.reserve(512); // a typical structure's whole encoding: no reallocation while it is written
    bytes.append(Magic, 3);
    bytes.append(char(Version));
    StreamWriter(bytes).part(root);
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

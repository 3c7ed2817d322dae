#include "sync/bodies/PartDownload.h"

#include "cache/PartStore.h"
#include "imap/commands/FetchCommand.h"
#include "imap/session/ImapSession.h"
#include "mime/PartDecoder.h"
#include "sync/bodies/FolderExamine.h"

#include <QMap>

#include <memory>

namespace Kestrel::Sync {
namespace {

// RFC 3516 4.2: a server may refuse BINARY for an encoding it does not know ([UNKNOWN-CTE]), and
// message/* parts are returned whole by BODY anyway; everything else is cheaper decoded by the server.
bool wantsBinary(const PartInfo &part)
{
    static const QStringList decodable{QString(), QStringLiteral("7bit"), QStringLiteral("8bit"),
                                       QStringLiteral("binary"), QStringLiteral("base64"),
                                       QStringLiteral("quoted-printable")};
    return decodable.contains(part.encoding) && !part.mimeType.startsWith(QLatin1String("message/"));
}

// Messages that want exactly the same sections share a FETCH.
QString sectionsKey(const QList<PartInfo> &parts)
{
    QStringList sections;
    for (const PartInfo &part : parts)
        sections << part.section;
    return sections.join(QLatin1Char(' '));
}

Imap::FetchItems itemsFor(const QList<PartInfo> &parts)
{
    Imap::FetchItems items;
    items.uid();
    for (const PartInfo &part : parts) {
        if (wantsBinary(part))
            items.binaryPeek(part.section.toLatin1());
        else
            items.bodyPeek(part.section.toLatin1());
    }
    return items;
}

} // namespace

PartDownload::PartDownload(Imap::ImapSession &session, Database &database, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_database(database)
{
}

void PartDownload::start(const FolderInfo &folder, const QList<PartRequest> &requests)
{
    m_folder = folder;
    m_requests.clear();
    m_answered.clear();
    m_partsStored = 0;
    m_finished = false;
    for (const PartRequest &request : requests) {
        if (!request.parts.isEmpty())
            m_requests.insert(request.uid, request);
    }
    if (m_requests.isEmpty())
        return finish(std::nullopt);
    examineFolder(m_session, folder, this, [this](const std::optional<Error> &error) {
        if (error)
            return finish(error);
        fetchAll();
    });
}

void PartDownload::fetchAll()
{
    QMap<QString, QList<quint32>> groups;
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
        groups[sectionsKey(it->parts)].append(it.key());
    for (QList<quint32> &uids : groups) {
        std::sort(uids.begin(), uids.end());
        const QList<PartInfo> parts = m_requests.value(uids.constFirst()).parts;
        for (qsizetype at = 0; at < uids.size(); at += UidsPerFetch) {
            auto fetch = std::make_unique<Imap::FetchCommand>(Imap::SequenceSet::fromNumbers(uids.mid(at, UidsPerFetch)),
                                                              itemsFor(parts));
            ++m_pendingFetches;
            m_session.run(std::move(fetch), this, [this](const Imap::FetchResult &result) {
                --m_pendingFetches;
                if (m_finished)
                    return;
                if (!result.ok())
                    return finish(result.error);
                onFetched(result.messages);
            });
        }
    }
}

void PartDownload::onFetched(const QList<Imap::FetchResponse> &messages)
{
    QList<PartContent> contents;
    for (const Imap::FetchResponse &fetch : messages)
        collect(fetch, contents);
    if (auto error = PartStore(m_database).storeAll(contents))
        return finish(error);
    m_partsStored += int(contents.size());
    if (m_pendingFetches == 0)
        finish(std::nullopt);
}

void PartDownload::collect(const Imap::FetchResponse &fetch, QList<PartContent> &contents)
{
    if (!fetch.uid || !m_requests.contains(*fetch.uid))
        return; // an unsolicited FETCH (a flag change by another client)
    const PartRequest &request = m_requests[*fetch.uid];
    for (const PartInfo &part : request.parts) {
        const QByteArray section = part.section.toLatin1();
        bool binary = true;
        const Imap::BodySection *data = fetch.findSection(section, Imap::BodySection::Kind::Binary);
        if (!data) {
            binary = false;
            data = fetch.findSection(section, Imap::BodySection::Kind::Body);
        }
        if (!data || data->data.isNull())
            continue;
        m_answered.insert(*fetch.uid);
        contents.append(PartContent{request.messageId, part, decodePart(part, data->data, binary)});
    }
}

QByteArray PartDownload::decodePart(const PartInfo &info, const QByteArray &data, bool transferDecoded)
{
    const QByteArray bytes = transferDecoded ? data : Mime::PartDecoder::transferDecoded(data, info.encoding.toLatin1());
    return info.isBodyText() ? Mime::PartDecoder::textToUtf8(bytes, info.charset.toLatin1()) : bytes;
}

void PartDownload::finish(const std::optional<Error> &error)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(error);
}

} // namespace Kestrel::Sync

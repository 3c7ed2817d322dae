#include "sync/reading/SectionFetch.h"

#include "imap/commands/FetchCommand.h"
#include "imap/session/ImapSession.h"

#include <memory>

namespace Kestrel::Sync {

SectionFetch::SectionFetch(Imap::ImapSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

void SectionFetch::start(quint32 uid, const QString &section, qint64 expected)
{
    m_uid = uid;
    m_section = section;
    m_expected = qMax<qint64>(expected, 0);
    m_data.clear();
    m_cancelled = false;
    m_finished = false;
    fetchNext();
}

void SectionFetch::fetchNext()
{
    const quint32 origin = quint32(m_data.size());
    Imap::FetchItems items;
    items.uid().bodyPeek(m_section.toLatin1(), Imap::FetchItems::Partial{origin, m_pieceBytes});
    auto fetch = std::make_unique<Imap::FetchCommand>(Imap::SequenceSet::fromNumbers({m_uid}), items);
    m_session.run(std::move(fetch), this, [this, origin](const Imap::FetchResult &result) {
        if (!result.ok())
            return finish(result.error);
        const Imap::BodySection *piece = nullptr;
        for (const Imap::FetchResponse &response : result.messages) {
            if (response.uid == m_uid)
                piece = response.findSection(m_section.toLatin1(), Imap::BodySection::Kind::Body);
            if (piece)
                break;
        }
        if (!piece && origin == 0) {
            return finish(Error::make(Error::Code::Server,
                                      tr("The message is no longer on the server."),
                                      QStringLiteral("no BODY[%1] for UID %2").arg(m_section).arg(m_uid)));
        }
        const qsizetype received = piece ? piece->data.size() : 0;
        if (piece) // a deep copy: the frame's buffer must not stay pinned by the download
            m_data.append(piece->data.constData(), piece->data.size());
        emit progress(m_data.size(), qMax<qint64>(m_expected, m_data.size()));
        if (received < qsizetype(m_pieceBytes)) // a short piece is the last one (RFC 9051 6.4.5)
            return finish(std::nullopt);
        if (m_cancelled)
            return finish(Error::make(Error::Code::Cancelled,
                                      tr("The download was cancelled.")));
        fetchNext();
    });
}

void SectionFetch::finish(const std::optional<Error> &error)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(error);
}

} // namespace Kestrel::Sync

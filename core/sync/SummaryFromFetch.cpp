#include "sync/SummaryFromFetch.h"

#include "mime/HeaderText.h"
#include "sync/bodies/BodyStructureCodec.h"
#include "sync/bodies/MessageParts.h"

namespace Kestrel::Sync {
namespace {

const QList<QByteArray> ThreadingFields{QByteArrayLiteral("REFERENCES"), QByteArrayLiteral("LIST-ID")};

AddressList decodeAddresses(const QList<Imap::Address> &raw)
{
    AddressList result;
    for (const Imap::Address &address : raw) {
        if (address.isGroupStart() || address.isGroupEnd())
            continue; // RFC 3501 7.4.2 group syntax: keep only the member mailboxes
        result.append({Mime::decodeHeaderText(address.name), QString::fromUtf8(address.emailAddress())});
    }
    return result;
}

// The value of one header field in a BODY[HEADER.FIELDS (...)] block, unfolded.
QByteArray headerField(const QByteArray &block, QByteArrayView name)
{
    QByteArray value;
    bool inField = false;
    for (const QByteArray &line : block.split('\n')) {
        const QByteArray trimmedEnd = line.endsWith('\r') ? line.chopped(1) : line;
        if (inField && (trimmedEnd.startsWith(' ') || trimmedEnd.startsWith('\t'))) {
            value += ' ' + trimmedEnd.trimmed();
            continue;
        }
        inField = trimmedEnd.size() > name.size() && trimmedEnd.at(name.size()) == ':'
            && QByteArrayView(trimmedEnd).first(name.size()).compare(name, Qt::CaseInsensitive) == 0;
        if (inField)
            value = trimmedEnd.mid(name.size() + 1).trimmed();
    }
    return value;
}

bool isIdBreak(char c)
{
    return c == '<' || c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

// Every "<...>" without whitespace or '<' inside, in order: what References holds, with whatever junk
// old mailers put between. Scanned as bytes (these delimiters never occur inside a UTF-8 sequence), not
// with a regular expression: that was 5% of an initial sync's parsing thread (perf, 100k, issue 8).
QStringList messageIds(const QByteArray &text)
{
    QStringList ids;
    const qsizetype size = text.size();
    for (qsizetype open = text.indexOf('<'); open >= 0 && open < size;) {
        qsizetype end = open + 1;
        while (end < size && text.at(end) != '>' && !isIdBreak(text.at(end)))
            ++end;
        if (end < size && text.at(end) == '>' && end > open + 1) {
            ids << QString::fromUtf8(text.constData() + open, end - open + 1);
            open = text.indexOf('<', end + 1);
        } else {
            open = end < size && text.at(end) == '<' ? end : text.indexOf('<', end);
        }
    }
    return ids;
}

} // namespace

Imap::FetchItems summaryFetchItems()
{
    Imap::FetchItems items;
    items.uid().flags().internalDate().size().envelope().bodyStructure().modSeq().headerFields(ThreadingFields);
    return items;
}

MessageFlags toCacheFlags(const Imap::MessageFlags &flags)
{
    MessageFlags result;
    const auto map = [&](Imap::SystemFlag from, MessageFlag to) {
        if (flags.system.testFlag(from))
            result.system |= to;
    };
    map(Imap::SystemFlag::Seen, MessageFlag::Seen);
    map(Imap::SystemFlag::Answered, MessageFlag::Answered);
    map(Imap::SystemFlag::Flagged, MessageFlag::Flagged);
    map(Imap::SystemFlag::Deleted, MessageFlag::Deleted);
    map(Imap::SystemFlag::Draft, MessageFlag::Draft);
    for (const QByteArray &keyword : flags.keywords)
        result.keywords << QString::fromUtf8(keyword);
    return result;
}

bool summaryFromFetch(const Imap::FetchResponse &fetch, MessageSummary &summary)
{
    if (!fetch.uid)
        return false;
    summary.uid = *fetch.uid;
    if (fetch.flags)
        summary.flags = toCacheFlags(*fetch.flags);
    summary.modSeq = fetch.modSeq.value_or(0);
    summary.internalDate = fetch.internalDate;
    summary.size = fetch.rfc822Size.value_or(0);
    if (fetch.envelope) {
        const Imap::Envelope &e = *fetch.envelope;
        summary.subject = Mime::decodeHeaderText(e.subject);
        summary.sentDate = QDateTime::fromString(QString::fromLatin1(e.date).simplified(), Qt::RFC2822Date);
        summary.from = decodeAddresses(e.from);
        summary.to = decodeAddresses(e.to);
        summary.cc = decodeAddresses(e.cc);
        summary.bcc = decodeAddresses(e.bcc);
        summary.replyTo = decodeAddresses(e.replyTo);
        summary.messageId = QString::fromUtf8(e.messageId.trimmed());
        summary.inReplyTo = QString::fromUtf8(e.inReplyTo.trimmed());
    }
    for (const Imap::BodySection &section : fetch.sections) {
        if (section.specifier != "HEADER.FIELDS")
            continue;
        summary.references = messageIds(headerField(section.data, "References"));
        summary.listId = Mime::decodeHeaderText(headerField(section.data, "List-Id"));
    }
    if (fetch.bodyStructure) {
        // Kept parsed (BodyStructureCodec) so that opening the message offline knows its parts; the
        // list's paper clip follows the reader's own idea of an attachment (MessageParts).
        summary.bodyStructure = BodyStructureCodec::encode(*fetch.bodyStructure);
        summary.hasAttachment = MessageParts::hasAttachments(*fetch.bodyStructure);
    }
    return true;
}

} // namespace Kestrel::Sync

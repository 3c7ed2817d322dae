#include "sync/SummaryFromFetch.h"

#include "mime/HeaderDate.h"
#include "mime/HeaderText.h"
#include "sync/bodies/BodyStructureCodec.h"
#include "sync/bodies/MessageParts.h"

namespace Kestrel::Sync {
namespace {

const QList<QByteArray> ThreadingFields{QByteArrayLiteral("REFERENCES"), QByteArrayLiteral("LIST-ID")};

AddressList decodeAddresses(const QList<Imap::Address> &raw)
{
    AddressList result;
    result.reserve(raw.size());
    for (const Imap::Address &address : raw) {
        if (address.isGroupStart() || address.isGroupEnd())
            continue; // RFC 3501 7.4.2 group syntax: keep only the member mailboxes
        result.append({Mime::decodeHeaderText(address.name), QString::fromUtf8(address.emailAddress())});
    }
    return result;
}

// The value of one header field in a BODY[HEADER.FIELDS (...)] block, unfolded. Lines are views into
// the block: splitting it into copies ran twice a message in an initial sync.
QByteArray headerField(const QByteArray &block, QByteArrayView name)
{
    QByteArray value;
    bool inField = false;
    const QByteArrayView all(block);
    for (qsizetype start = 0; start < all.size();) {
        qsizetype end = all.indexOf('\n', start);
        if (end < 0)
            end = all.size();
        QByteArrayView line = all.sliced(start, end - start);
        start = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (inField && (line.startsWith(' ') || line.startsWith('\t'))) {
            value += ' ';
            value += line.trimmed();
            continue;
        }
        inField = line.size() > name.size() && line.at(name.size()) == ':'
            && line.first(name.size()).compare(name, Qt::CaseInsensitive) == 0;
        if (inField)
            value = line.sliced(name.size() + 1).trimmed().toByteArray();
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
        summary.sentDate = Mime::parseDateHeader(e.date);
        summary.from = decodeAddresses(e.from);
        summary.to = decodeAddresses(e.to);
        summary.cc = decodeAddresses(e.cc);
        summary.bcc = decodeAddresses(e.bcc);
        // Without a Reply-To header the server repeats From (RFC 3501 7.4.2) and the parser shares the list.
        summary.replyTo = e.replyTo.isSharedWith(e.from) ? summary.from : decodeAddresses(e.replyTo);
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

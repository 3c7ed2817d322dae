#pragma once

#include "common/PartInfo.h"
#include "imap/parser/BodyPart.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace Kestrel::Sync {

// What a reader makes of a message's MIME tree (from BODYSTRUCTURE, so before any body is fetched):
// which parts to show, which to fetch with them, and which to offer for saving.
//
//  - multipart/alternative: the text/plain alternative, else the text/html one, else the first;
//    the other alternatives are neither shown nor listed.
//  - multipart/related (RFC 2387): the root (the "start" parameter, else the first part) is read as
//    usual; the other parts are inline resources of its HTML, unless they say "attachment".
//  - other multiparts (mixed, signed, report, ...): every part in order.
//  - a text/plain or text/html leaf that is not an attachment (PartInfo::isAttachment) is shown;
//    every other leaf, message/rfc822 included (saved as the whole .eml), is an attachment.
struct MessageParts {
    QList<PartInfo> text;        // shown, in order
    QList<PartInfo> related;     // inline resources (cid: images) of shown HTML
    QList<PartInfo> attachments; // what "save attachment N" means: N = index + 1

    bool showsHtml() const;
    // The parts needed to show the message: the text, and the related parts when HTML is shown.
    QList<PartInfo> forDisplay() const;
    // Every part this lists (text, related, attachments).
    QList<PartInfo> all() const;

    static MessageParts fromBodyStructure(const Imap::BodyPart &root);
    // !fromBodyStructure(root).attachments.isEmpty(), without describing every part: the sync asks it of
    // every message (its paper clip), where building the lists was 7% of the parsing thread's time.
    static bool hasAttachments(const Imap::BodyPart &root);
    // From MessageSummary::bodyStructure; nullopt when it is empty or unreadable.
    static std::optional<MessageParts> fromStored(const QByteArray &stored);
    // PartInfo of one node: lower-case type, charset and encoding; file name decoded (RFC 2231 / 2047).
    static PartInfo describe(const Imap::BodyPart &part, const QByteArray &section);
};

} // namespace Kestrel::Sync

#pragma once

#include "account/AccountSettings.h"
#include "common/MessageSummary.h"
#include "common/OutgoingMessage.h"

#include <QCoreApplication>

namespace Kestrel::Compose {

// What a reply or forward is made from: the cached summary, the folder holding it, its text as the
// reader shows it (plain; HTML already turned into text) and, for a forward as attachment, the
// original's raw RFC 5322 bytes (the cache keeps decoded parts only, so RawMessageFetch gets them).
struct OriginalMessage {
    MessageSummary summary;
    QString folderName;
    QString text;
    QByteArray raw;
};

// A new message answering or forwarding `original`, ready for the composer: recipients
// (ReplyRecipients), subject (SubjectPrefix), threading headers (ThreadingHeaders), the quote or the
// forwarded text, the identity the original was addressed to as From, with its signature.
class ReplyTemplate
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Compose::ReplyTemplate)
public:
    enum class Kind { Reply, ReplyAll, ForwardInline, ForwardAsAttachment };

    struct Result {
        OutgoingMessage message;
        int identityIndex = 0;      // into `identities`
        qsizetype cursorPosition = 0; // where the user's own text goes
    };

    static Result make(Kind kind, const OriginalMessage &original, const AccountSettings &account);
    // A new message from the account's default identity, with its signature.
    static Result blank(const AccountSettings &account);
    static bool needsRawMessage(Kind kind) { return kind == Kind::ForwardAsAttachment; }
    // The header block above a forwarded message's text ("-------- Forwarded Message --------", ...).
    static QString forwardedHeader(const MessageSummary &original);
    // "Subject.eml" with the characters file systems refuse replaced.
    static QString attachmentName(const QString &subject);

private:
    static void reply(Result &result, const OriginalMessage &original, const QList<Identity> &identities, bool all);
    static void forward(Result &result, const OriginalMessage &original, bool asAttachment);
};

} // namespace Kestrel::Compose

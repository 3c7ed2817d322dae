#pragma once

#include "common/Address.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Kestrel::Compose {

// A mailto: link (RFC 6068) as the composer needs it: "mailto:a@x,b@x?cc=c@x&subject=Hi&body=..."
// percent-decoded as UTF-8. Header names are case-insensitive; "to" fields add to the path's
// recipients; headers the user should see before they matter (From, Reply-To, ...) are ignored rather
// than trusted from a link. Entries that are not addresses are kept as written, so the composer shows
// them and Send names the problem instead of dropping a recipient silently.
struct MailtoUrl {
    AddressList to;
    AddressList cc;
    AddressList bcc;
    QString subject;
    QString body; // LF line ends

    static bool looksLikeMailto(const QString &text);
    // Empty and `error` set when `text` is not a mailto: link at all.
    static std::optional<MailtoUrl> parse(const QString &text, QString *error = nullptr);

    friend bool operator==(const MailtoUrl &, const MailtoUrl &) = default;
};

// The user-visible texts of MailtoUrl (a struct with data members cannot carry tr() cleanly itself).
class MailtoUrlText
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Compose::MailtoUrl)
public:
    static QString notMailto(const QString &text);
};

} // namespace Kestrel::Compose

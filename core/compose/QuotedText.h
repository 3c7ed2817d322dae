#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Kestrel::Compose {

// The original's text as a reply quotes it (RFC 3676 section 4.5 style): every line prefixed with "> "
// (">" alone before an already quoted line or an empty one, so quotes nest as ">>"), the original's own
// signature (after a "-- " line, RFC 3676 section 4.3) left out, line ends LF.
class QuotedText
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Compose::QuotedText)
public:
    static QString quote(const QString &text);
    // "On 5 Mar 2026 14:02, Alice Example wrote:" in the user's locale; the date part is left out
    // when the original has no usable date.
    static QString attribution(const QDateTime &sent, const QString &author);
    // The text before its signature separator line "-- ", trailing blank lines removed, LF line ends.
    static QString withoutSignature(const QString &text);
};

} // namespace Kestrel::Compose

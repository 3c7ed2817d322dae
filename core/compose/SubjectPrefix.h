#pragma once

#include <QString>

namespace Kestrel::Compose {

// "Re:" and "Fwd:" without stacking. Prefixes other clients write are recognised whatever their case
// and counters: "RE:", "Aw:" / "AW:" (German), "SV:" / "VS:" (Nordic), "Antw:" (Dutch), "Re[2]:",
// "Re(2):", "Fw:", "WG:" (German), "TR:" (French). A leading list tag stays in front:
// "[dev] Re: plan" becomes "Re: [dev] plan".
class SubjectPrefix
{
public:
    static QString forReply(const QString &subject);
    static QString forForward(const QString &subject);
    // The subject without any leading reply prefixes (list tags kept).
    static QString withoutReplyPrefixes(const QString &subject);
    static QString withoutForwardPrefixes(const QString &subject);
};

} // namespace Kestrel::Compose

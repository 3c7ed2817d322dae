#include "common/Error.h"

namespace Kestrel {

Error Error::make(Code code, const QString &userMessage, const QString &detail)
{
    return Error{code, userMessage, detail};
}

QString Error::toString() const
{
    return detail.isEmpty() ? userMessage : userMessage + QStringLiteral(" (") + detail + QLatin1Char(')');
}

} // namespace Kestrel

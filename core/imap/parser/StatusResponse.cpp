#include "imap/parser/StatusResponse.h"

namespace Kestrel::Imap {

std::optional<QByteArray> ContinuationRequest::decodedChallenge() const
{
    // An empty challenge is legal: "+ " (RFC 4422 5 / RFC 3501 7.5).
    if (text.isEmpty())
        return QByteArray();
    auto result = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return *std::move(result);
}

} // namespace Kestrel::Imap

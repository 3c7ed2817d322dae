#include "imap/session/Capabilities.h"

namespace Kestrel::Imap {

Capabilities::Capabilities(const QList<QByteArray> &capabilities)
    : m_list(capabilities)
    , m_known(true)
{
    for (const QByteArray &capability : capabilities)
        m_upper.insert(capability.toUpper());
}

bool Capabilities::has(QByteArrayView capability) const
{
    return m_upper.contains(capability.toByteArray().toUpper());
}

bool Capabilities::hasAuth(QByteArrayView mechanism) const
{
    return m_upper.contains(QByteArray(QByteArrayLiteral("AUTH=") + mechanism.toByteArray().toUpper()));
}

CommandWriter::LiteralMode Capabilities::literalMode() const
{
    if (has("LITERAL+"))
        return CommandWriter::LiteralMode::LiteralPlus;
    if (has("LITERAL-"))
        return CommandWriter::LiteralMode::LiteralMinus;
    return CommandWriter::LiteralMode::Synchronizing;
}

} // namespace Kestrel::Imap

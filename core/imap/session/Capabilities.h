#pragma once

#include "imap/parser/CommandWriter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSet>

namespace Kestrel::Imap {

// The server's capability list (RFC 3501 6.1.1 / 7.2.1, RFC 9051 6.1.1): what the session may use.
// Names compare case-insensitively.
class Capabilities
{
public:
    Capabilities() = default;
    explicit Capabilities(const QList<QByteArray> &capabilities);

    bool isKnown() const { return m_known; }
    bool has(QByteArrayView capability) const;
    // "AUTH=<mechanism>" (RFC 3501 6.2.2)
    bool hasAuth(QByteArrayView mechanism) const;
    // LITERAL+ / LITERAL- (RFC 7888) decide how literals are sent.
    CommandWriter::LiteralMode literalMode() const;
    const QList<QByteArray> &list() const { return m_list; }

private:
    QList<QByteArray> m_list;
    QSet<QByteArray> m_upper;
    bool m_known = false;
};

} // namespace Kestrel::Imap

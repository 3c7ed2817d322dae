#pragma once

#include <QByteArray>
#include <QString>

#include <future>

namespace Kestrel::Bench {

// Delivers one message to `recipient` through Dovecot's LMTP (RFC 2033) on a thread of its own, so
// the GUI thread that measures keeps running. The future says whether the server accepted it.
std::future<bool> deliverByLmtp(quint16 lmtpPort, const QString &recipient, const QByteArray &message);

} // namespace Kestrel::Bench

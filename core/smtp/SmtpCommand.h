#pragma once

#include <QByteArray>
#include <QString>

namespace Kestrel::Smtp {

// One command line for the transport. `logText` replaces the line in the protocol log when the line
// carries a credential ("AUTH PLAIN [redacted]"); `label` names the command in error messages.
struct SmtpCommand {
    QByteArray line;    // without CRLF
    QString label;      // e.g. "MAIL FROM"
    QByteArray logText; // empty: log `line` as it is

    static SmtpCommand plain(const QByteArray &line, const QString &label) { return {line, label, {}}; }
    static SmtpCommand secret(const QByteArray &line, const QString &label, const QByteArray &logText)
    {
        return {line, label, logText};
    }
};

} // namespace Kestrel::Smtp

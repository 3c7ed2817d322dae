#pragma once

#include "imap/commands/ImapCommand.h"

#include <QDateTime>

namespace Kestrel::Imap {

struct AppendResult : CommandResult {
    quint32 uidValidity = 0; // APPENDUID (RFC 4315 3); 0 when the server has no UIDPLUS
    quint32 uid = 0;
    bool tryCreate = false;  // NO [TRYCREATE]: the mailbox does not exist (RFC 3501 6.3.11)
};

// APPEND (RFC 3501 6.3.11): a message (CRLF line ends) with flags and internal date. The message
// is a literal: non-synchronizing with LITERAL+ (or LITERAL- up to 4 KiB, RFC 7888), else sent
// after the server's "+".
class AppendCommand : public TypedCommand<AppendResult>
{
public:
    AppendCommand(QString mailbox, QByteArray message, QList<QByteArray> flags = {}, QDateTime internalDate = {});

    QByteArray name() const override { return QByteArrayLiteral("APPEND"); }
    void start(CommandContext &context) override;
    void tagged(const TaggedStatus &status, CommandContext &context) override;

    // date-time (RFC 3501 9): "05-Jan-2024 10:00:00 +0100"
    static QByteArray formatDateTime(const QDateTime &dateTime);

private:
    QString m_mailbox;
    QByteArray m_message;
    QList<QByteArray> m_flags;
    QDateTime m_internalDate;
};

} // namespace Kestrel::Imap

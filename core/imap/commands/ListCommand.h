#pragma once

#include "imap/commands/ImapCommand.h"
#include "imap/commands/StatusItems.h"

#include <QSet>

#include <optional>

namespace Kestrel::Imap {

struct ListEntry {
    ListResponse mailbox;
    std::optional<MailboxStatus> status; // when asked for and the mailbox is selectable
};

struct ListResult : CommandResult {
    QList<ListEntry> mailboxes;
    bool listStatus = false;  // counts came with LIST-STATUS; else from one STATUS per mailbox
};

// LIST / LSUB (RFC 3501 6.3.8 / 6.3.9). When the server offers LIST-EXTENDED (RFC 5258) the
// return options ask for SPECIAL-USE attributes (RFC 6154 2) and, with LIST-STATUS (RFC 5819),
// the counts in the same round trip: LIST "" "*" RETURN (SPECIAL-USE STATUS (MESSAGES ...)).
// Without LIST-STATUS the counts come from STATUS commands for every selectable mailbox, sent
// pipelined after the LIST completed.
class ListCommand : public TypedCommand<ListResult>
{
public:
    explicit ListCommand(QString pattern = QStringLiteral("*"), QString reference = {});

    void setSubscribedOnly(bool lsub) { m_lsub = lsub; }
    void setStatusItems(StatusItems items) { m_statusItems = items; }
    void setSpecialUse(bool wanted) { m_specialUse = wanted; }

    QByteArray name() const override { return m_lsub ? QByteArrayLiteral("LSUB") : QByteArrayLiteral("LIST"); }
    QByteArray exclusiveKey() const override { return QByteArrayLiteral("LIST"); }
    void start(CommandContext &context) override;
    bool untagged(const Response &response, CommandContext &context) override;
    void tagged(const TaggedStatus &status, CommandContext &context) override;

private:
    void writeReturnOptions(CommandWriter &writer, CommandContext &context);
    void sendStatusCommands(CommandContext &context);
    ListEntry *entryFor(const QByteArray &rawName);

    QString m_pattern;
    QString m_reference;
    StatusItems m_statusItems;
    bool m_lsub = false;
    bool m_specialUse = true;
    QByteArray m_listTag;
    QSet<QByteArray> m_statusTags;
};

} // namespace Kestrel::Imap

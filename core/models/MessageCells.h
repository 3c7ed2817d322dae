#pragma once

#include "cache/MessageListReader.h"
#include "common/MessageSummary.h"

#include <QCoreApplication>
#include <QVariant>

namespace Kestrel {

// What one message shows in each column and role of a message list, shared by the flat list
// (MessageListModel) and the threaded one (ThreadedMessageModel) so that both look and sort alike.
// `outgoing`: Sent and Drafts show the recipients where other folders show the sender.
class MessageCells
{
    // The flat list's context, so both models share their translations.
    Q_DECLARE_TR_FUNCTIONS(Kestrel::MessageListModel)
public:
    static QVariant data(const MessageSummary &message, int column, int role, bool outgoing);
    static QVariant headerData(int section, int role, bool outgoing);
    // The cache order behind a click on a column header (the symbol columns sort by date).
    static MessageOrder orderFor(int column, Qt::SortOrder order);

private:
    static QVariant displayData(const MessageSummary &message, int column, bool outgoing);
};

} // namespace Kestrel

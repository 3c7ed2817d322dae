#include "outbox/OutboxEditing.h"

#include "mime/compose/DraftMessageReader.h"

#include <QSet>

namespace Kestrel::Ui {

OutgoingMessage OutboxEditing::messageOf(const Send::OutboxEntry &entry)
{
    OutgoingMessage message = Mime::DraftMessageReader::read(entry.message);
    message.accountId = entry.accountId;
    message.origin = entry.origin;
    message.originFolder = entry.originFolder;
    message.originUid = entry.originUid;
    QSet<QString> visible;
    for (const AddressList *list : {&message.to, &message.cc}) {
        for (const Address &address : *list)
            visible.insert(address.email.trimmed().toLower());
    }
    message.bcc.clear();
    for (const QString &recipient : entry.recipients) {
        if (!visible.contains(recipient.trimmed().toLower()))
            message.bcc.append({QString(), recipient});
    }
    return message;
}

} // namespace Kestrel::Ui

#include "AttachedMessageWindow.h"

#include "AttachmentPanel.h"
#include "ReaderPane.h"

#include <QToolButton>
#include <QVBoxLayout>

namespace Kestrel::Ui {
namespace {

// MessageView's addresses are already display strings ("Name <a@b>"): shown as they are.
AddressList displayAddresses(const QStringList &addresses)
{
    AddressList list;
    for (const QString &address : addresses)
        list.append(Address{QString(), address});
    return list;
}

MessageSummary summaryOf(const Mime::MessageView &message)
{
    MessageSummary summary;
    summary.subject = message.subject;
    if (!message.from.isEmpty())
        summary.from = displayAddresses({message.from});
    summary.to = displayAddresses(message.to);
    summary.cc = displayAddresses(message.cc);
    summary.sentDate = message.date;
    return summary;
}

Render::MessageContent contentOf(const Mime::MessageView &message)
{
    Render::MessageContent content;
    content.structureKnown = true;
    content.complete = true;
    content.html = message.plainText.isEmpty() && !message.htmlText.isEmpty();
    content.body = content.html ? message.htmlText : message.plainText;
    for (const Mime::AttachmentView &attachment : message.attachments) {
        if (attachment.isInline && attachment.fileName.isEmpty())
            continue; // inline images of the HTML, not files the sender attached
        PartInfo part;
        part.fileName = attachment.fileName;
        part.mimeType = QString::fromLatin1(attachment.mimeType).toLower();
        part.size = quint64(attachment.size);
        content.attachments.append(part);
    }
    return content;
}

} // namespace

AttachedMessageWindow::AttachedMessageWindow(const Mime::MessageView &message, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_pane(new ReaderPane)
    , m_attachments(new AttachmentPanel)
{
    setObjectName(QStringLiteral("attachedMessage"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(message.subject.isEmpty() ? tr("(no subject)") : message.subject);
    const Render::MessageContent content = contentOf(message);
    m_pane->showMessage(summaryOf(message), content);
    m_attachments->setAttachments(content.attachments);
    m_attachments->saveAllButton()->hide(); // the parts live inside the outer message: listed, not saved
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pane, 1);
    layout->addWidget(m_attachments);
    resize(760, 600);
}

} // namespace Kestrel::Ui

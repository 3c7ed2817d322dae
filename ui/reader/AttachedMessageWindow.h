#pragma once

#include "mime/MessageReader.h"

#include <QWidget>

namespace Kestrel::Ui {

class AttachmentPanel;
class ReaderPane;

// A message/rfc822 attachment (a forwarded message) in a reader window of its own: its header block
// and text in a ReaderPane (HTML sanitised, remote content never loaded) and its own attachments
// listed. Built from a Mime::MessageView parsed off the GUI thread.
class AttachedMessageWindow : public QWidget
{
    Q_OBJECT
public:
    explicit AttachedMessageWindow(const Mime::MessageView &message, QWidget *parent = nullptr);

    ReaderPane *pane() const { return m_pane; }
    AttachmentPanel *attachments() const { return m_attachments; }

private:
    ReaderPane *m_pane = nullptr;
    AttachmentPanel *m_attachments = nullptr;
};

} // namespace Kestrel::Ui

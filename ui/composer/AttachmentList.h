#pragma once

#include "common/OutgoingMessage.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace Kestrel::Ui {

// The composer's attachments: name and size of each, Attach… (file dialog), Remove, and files dropped
// on it (ComposerWindow forwards drops on the whole window). Files are read on a pool thread, so a
// large or slow file never freezes the window; the bytes are kept from then on (OutgoingAttachment).
class AttachmentList : public QWidget
{
    Q_OBJECT
public:
    explicit AttachmentList(QWidget *parent = nullptr);

    QList<OutgoingAttachment> attachments() const { return m_attachments; }
    void setAttachments(const QList<OutgoingAttachment> &attachments);
    // Reads the files and adds them when read; unreadable ones are reported by problem().
    void addFiles(const QStringList &paths);
    void chooseFiles();
    // Files being read (Send waits for them).
    int pendingReads() const { return m_pendingReads; }
    QListWidget *list() const { return m_list; }

signals:
    void changed();
    void problem(const QString &message);

private:
    void fileRead(const QString &path, const QByteArray &data, const QString &mimeType, const QString &error);
    void removeSelected();
    void refresh();

    QListWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
    QList<OutgoingAttachment> m_attachments;
    int m_pendingReads = 0;
};

} // namespace Kestrel::Ui

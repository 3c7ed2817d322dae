#pragma once

#include "common/PartInfo.h"

#include <QWidget>

class QListWidget;
class QToolButton;

namespace Kestrel::Ui {

// The attachments of the open message: icon of the type, decoded name (RFC 2047 / 2231, decoded when
// the structure was stored) and size. Double-click or Enter opens one; the context menu opens or saves
// it; "Save All…" saves every one. The panel only asks: the reader carries the requests out.
class AttachmentPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AttachmentPanel(QWidget *parent = nullptr);

    void setAttachments(const QList<PartInfo> &attachments);
    const QList<PartInfo> &attachments() const { return m_attachments; }
    QListWidget *list() const { return m_list; }
    QToolButton *saveAllButton() const { return m_saveAll; }
    // "name (size)" of each, in order (for the accessible description and tests).
    QStringList entries() const;

signals:
    void openRequested(int index);
    void saveRequested(int index);
    void saveAllRequested();

private:
    void showMenu(const QPoint &position);

    QListWidget *m_list = nullptr;
    QToolButton *m_saveAll = nullptr;
    QList<PartInfo> m_attachments;
};

} // namespace Kestrel::Ui

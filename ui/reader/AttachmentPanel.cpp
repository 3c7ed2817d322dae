#include "AttachmentPanel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMimeDatabase>
#include <QStyle>
#include <QToolButton>

namespace Kestrel::Ui {
namespace {

QIcon iconFor(const PartInfo &part)
{
    const QMimeType type = QMimeDatabase().mimeTypeForName(part.mimeType);
    const QIcon fallback = QApplication::style()->standardIcon(QStyle::SP_FileIcon);
    if (!type.isValid())
        return fallback;
    return QIcon::fromTheme(type.iconName(), QIcon::fromTheme(type.genericIconName(), fallback));
}

QString displayName(const PartInfo &part)
{
    if (!part.fileName.isEmpty())
        return part.fileName;
    const QMimeType type = QMimeDatabase().mimeTypeForName(part.mimeType);
    return type.isValid() && !type.comment().isEmpty() ? type.comment() : part.mimeType;
}

} // namespace

AttachmentPanel::AttachmentPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget)
    , m_saveAll(new QToolButton)
{
    setObjectName(QStringLiteral("attachments"));
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_list->setAccessibleName(tr("Attachments"));
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(false);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setMaximumHeight(72);
    m_saveAll->setObjectName(QStringLiteral("saveAllAttachments"));
    m_saveAll->setText(tr("Save All…"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_saveAll, 0, Qt::AlignTop);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { emit openRequested(m_list->row(item)); });
    connect(m_list, &QWidget::customContextMenuRequested, this, &AttachmentPanel::showMenu);
    connect(m_saveAll, &QToolButton::clicked, this, &AttachmentPanel::saveAllRequested);
    hide();
}

void AttachmentPanel::setAttachments(const QList<PartInfo> &attachments)
{
    m_attachments = attachments;
    m_list->clear();
    const QStringList names = entries();
    for (int i = 0; i < attachments.size(); ++i) {
        auto *item = new QListWidgetItem(iconFor(attachments.at(i)), names.at(i), m_list);
        item->setToolTip(attachments.at(i).mimeType);
    }
    m_saveAll->setEnabled(!attachments.isEmpty());
    setVisible(!attachments.isEmpty());
}

QStringList AttachmentPanel::entries() const
{
    QStringList names;
    for (const PartInfo &part : m_attachments)
        names << QStringLiteral("%1 (%2)").arg(displayName(part), QLocale().formattedDataSize(qint64(part.decodedSizeEstimate())));
    return names;
}

void AttachmentPanel::showMenu(const QPoint &position)
{
    const int index = m_list->row(m_list->itemAt(position));
    if (index < 0)
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Open"), this, [this, index] { emit openRequested(index); });
    menu->addAction(tr("Save As…"), this, [this, index] { emit saveRequested(index); });
    if (m_attachments.size() > 1)
        menu->addAction(tr("Save All…"), this, &AttachmentPanel::saveAllRequested);
    menu->popup(m_list->viewport()->mapToGlobal(position));
}

} // namespace Kestrel::Ui

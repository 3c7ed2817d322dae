#include "composer/AttachmentList.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QMimeDatabase>
#include <QPointer>
#include <QPushButton>
#include <QThreadPool>
#include <QVBoxLayout>

namespace Kestrel::Ui {

AttachmentList::AttachmentList(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
{
    m_list->setObjectName(QStringLiteral("attachments"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMaximumHeight(90);
    auto *attach = new QPushButton(tr("Attach…"), this);
    attach->setObjectName(QStringLiteral("attach"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeAttachment"));
    connect(attach, &QPushButton::clicked, this, &AttachmentList::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentList::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(attach);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    refresh();
}

void AttachmentList::setAttachments(const QList<OutgoingAttachment> &attachments)
{
    m_attachments = attachments;
    refresh();
}

void AttachmentList::chooseFiles()
{
    // Non-modal: the composer stays usable (and its autosave running) while the dialog is open.
    auto *dialog = new QFileDialog(this, tr("Attach Files"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, &AttachmentList::addFiles);
    dialog->open();
}

void AttachmentList::addFiles(const QStringList &paths)
{
    QPointer<AttachmentList> self(this);
    for (const QString &path : paths) {
        ++m_pendingReads;
        QThreadPool::globalInstance()->start([self, path] {
            QFile file(path);
            QByteArray data;
            QString error;
            if (!QFileInfo(path).isFile())
                error = tr("%1 is not a file.").arg(path);
            else if (!file.open(QIODevice::ReadOnly))
                error = tr("%1 could not be read: %2").arg(path, file.errorString());
            else
                data = file.readAll();
            const QString mimeType = QMimeDatabase().mimeTypeForFileNameAndData(path, data.left(4096)).name();
            QMetaObject::invokeMethod(QCoreApplication::instance(), [self, path, data, mimeType, error] {
                if (self)
                    self->fileRead(path, data, mimeType, error);
            });
        });
    }
}

void AttachmentList::fileRead(const QString &path, const QByteArray &data, const QString &mimeType, const QString &error)
{
    --m_pendingReads;
    if (!error.isEmpty()) {
        emit problem(error);
    } else {
        m_attachments.append({QFileInfo(path).fileName(), mimeType, data});
        refresh();
    }
    emit changed();
}

void AttachmentList::removeSelected()
{
    QList<int> rows;
    for (const QListWidgetItem *item : m_list->selectedItems())
        rows.append(m_list->row(item));
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : rows)
        m_attachments.removeAt(row);
    refresh();
    emit changed();
}

void AttachmentList::refresh()
{
    m_list->clear();
    for (const OutgoingAttachment &attachment : m_attachments) {
        m_list->addItem(tr("%1 (%2)", "attachment: file name (size)")
                            .arg(attachment.fileName, QLocale().formattedDataSize(attachment.data.size())));
    }
    m_list->setVisible(!m_attachments.isEmpty());
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}

} // namespace Kestrel::Ui

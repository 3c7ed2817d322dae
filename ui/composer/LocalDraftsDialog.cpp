#include "composer/LocalDraftsDialog.h"

#include "compose/DraftStore.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QThreadPool>
#include <QVBoxLayout>

namespace Kestrel::Ui {

LocalDraftsDialog::LocalDraftsDialog(const QString &draftsDirectory, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("localDrafts"));
    setWindowTitle(tr("Drafts"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &LocalDraftsDialog::choose);
    connect(m_list, &QListWidget::itemActivated, this, &LocalDraftsDialog::choose);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_open->setEnabled(row >= 0); });
    resize(520, 360);

    QPointer<LocalDraftsDialog> self(this);
    QThreadPool::globalInstance()->start([self, draftsDirectory] {
        QList<Compose::Draft> drafts;
        QStringList problems;
        Compose::DraftStore(draftsDirectory).list(drafts, &problems);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, drafts, problems] {
            if (self)
                self->fill(drafts, problems);
        });
    });
}

void LocalDraftsDialog::fill(const QList<Compose::Draft> &drafts, const QStringList &problems)
{
    for (const Compose::Draft &draft : drafts) {
        if (draft.open)
            continue; // a composer has it on screen already
        m_drafts.append(draft);
        const QString subject = draft.message.subject.isEmpty() ? tr("(no subject)") : draft.message.subject;
        m_list->addItem(tr("%1 — saved %2").arg(subject, QLocale().toString(draft.saved.toLocalTime(), QLocale::ShortFormat)));
    }
    if (m_drafts.isEmpty())
        (new QListWidgetItem(tr("No drafts are kept on this computer."), m_list))->setFlags(Qt::NoItemFlags);
    if (!problems.isEmpty())
        layout()->addWidget(new QLabel(problems.join(QLatin1Char('\n')), this));
}

void LocalDraftsDialog::choose()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_drafts.size())
        return;
    emit draftChosen(m_drafts.at(row));
    accept();
}

} // namespace Kestrel::Ui

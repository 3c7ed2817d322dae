#include "PendingActionsDialog.h"

#include "cache/OfflineQueue.h"
#include "models/OutboxListModel.h"
#include "send/OutboxStore.h"
#include "sync/actions/ActionDescription.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Kestrel::Ui {

PendingActionsDialog::PendingActionsDialog(Database &cache, QHash<QString, QString> accountNames, QWidget *parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_accountNames(std::move(accountNames))
    , m_list(new QTreeWidget)
{
    setObjectName(QStringLiteral("pendingActions"));
    setWindowTitle(tr("Pending Actions"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Account"), tr("State"), tr("Made"), tr("Action"), tr("Attempts"), tr("Last error")});
    m_list->setAccessibleName(tr("Pending actions"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *reload = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    connect(reload, &QPushButton::clicked, this, &PendingActionsDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(860, 360);
    refresh();
}

void PendingActionsDialog::refresh()
{
    m_list->clear();
    const OfflineQueue queue(m_cache);
    QList<OfflineAction> pending, dropped;
    const auto pendingError = queue.peek(QString(), 10000, pending);
    const auto droppedError = pendingError ? std::nullopt : queue.dropped(QString(), dropped);
    if (pendingError || droppedError) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, (pendingError ? pendingError : droppedError)->userMessage);
        return;
    }
    const auto add = [this](const OfflineAction &action, const QString &state) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, m_accountNames.value(action.accountId, action.accountId));
        item->setText(1, state);
        item->setText(2, QLocale().toString(action.created.toLocalTime(), QLocale::ShortFormat));
        item->setText(3, action.kind + QLatin1Char(' ') + Sync::describeAction(action));
        item->setText(4, QString::number(action.attempts));
        item->setText(5, action.lastError);
        item->setToolTip(5, action.lastError);
    };
    for (const OfflineAction &action : std::as_const(pending))
        add(action, tr("waiting"));
    for (const OfflineAction &action : std::as_const(dropped))
        add(action, tr("dropped"));
    // Mail waiting in the outbox is pending too: offline it waits here until the server is back.
    QList<Send::OutboxEntry> outgoing;
    if (const auto outboxError = Send::OutboxStore(m_cache).list(QString(), outgoing)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, outboxError->userMessage);
    }
    for (const Send::OutboxEntry &entry : std::as_const(outgoing)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, m_accountNames.value(entry.accountId, entry.accountId));
        item->setText(1, OutboxListModel::stateText(entry.state)); // worded as the folder tree's Outbox words them
        item->setText(2, QLocale().toString(entry.created.toLocalTime(), QLocale::ShortFormat));
        item->setText(3, OutboxListModel::describe(entry));
        item->setText(4, QString::number(entry.attempts));
        item->setText(5, OutboxListModel::problemText(entry));
        item->setToolTip(5, item->text(5));
    }
    if (pending.isEmpty() && dropped.isEmpty() && outgoing.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, tr("Nothing is waiting to be sent."));
    }
    m_list->header()->resizeSections(QHeaderView::ResizeToContents);
}

} // namespace Kestrel::Ui

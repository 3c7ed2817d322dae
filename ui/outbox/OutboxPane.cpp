#include "outbox/OutboxPane.h"

#include "outbox/OutboxEditing.h"

#include "models/OutboxListLoader.h"
#include "models/OutboxListModel.h"
#include "send/Outbox.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QTreeView>
#include <QVBoxLayout>

namespace Kestrel::Ui {

OutboxPane::OutboxPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new OutboxListModel(this))
    , m_view(new QTreeView)
    , m_empty(new QLabel(tr("Nothing is waiting to be sent.")))
{
    setObjectName(QStringLiteral("outboxPane"));
    m_view->setObjectName(QStringLiteral("outboxView"));
    m_view->setAccessibleName(tr("Outbox"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setModel(m_model);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_empty->setAlignment(Qt::AlignCenter);

    m_sendNow = new QAction(tr("Send &Now"), this);
    m_sendNow->setObjectName(QStringLiteral("outboxSendNow"));
    m_edit = new QAction(tr("&Edit"), this);
    m_edit->setObjectName(QStringLiteral("outboxEdit"));
    m_delete = new QAction(tr("&Delete…"), this);
    m_delete->setObjectName(QStringLiteral("outboxDelete"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addActions({m_sendNow, m_edit, m_delete});
    connect(m_sendNow, &QAction::triggered, this, &OutboxPane::sendNow);
    connect(m_edit, &QAction::triggered, this, &OutboxPane::edit);
    connect(m_delete, &QAction::triggered, this, &OutboxPane::confirmDelete);
    connect(m_view, &QAbstractItemView::activated, this, &OutboxPane::edit);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &OutboxPane::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutboxPane::updateActions);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_empty);
    m_view->hide();
    updateActions();
}

OutboxPane::~OutboxPane() = default;

void OutboxPane::setOutbox(Send::Outbox *outbox, const QString &cachePath)
{
    if (m_outbox)
        disconnect(m_outbox, nullptr, this, nullptr);
    m_outbox = outbox;
    delete m_loader;
    m_loader = new OutboxListLoader(cachePath, this);
    connect(m_loader, &OutboxListLoader::loaded, this, &OutboxPane::loaded);
    connect(m_loader, &OutboxListLoader::loadFailed, this, [this](const Error &error) { emit statusMessage(error.userMessage); });
    // `changed` covers queued, failed, retried, removed and sent: every change of a row.
    connect(outbox, &Send::Outbox::changed, this, &OutboxPane::reload);
    connect(outbox, &Send::Outbox::submitted, this, &OutboxPane::reload);
    connect(outbox, &Send::Outbox::completed, this, &OutboxPane::reload);
    connect(outbox, &Send::Outbox::failed, this, [this](qint64 id, const Error &error, const QDateTime &) {
        if (id == 0) // the account as a whole (no password): no row says it
            emit statusMessage(error.userMessage);
        reload();
    });
    reload();
}

void OutboxPane::setAccounts(const QList<AccountSettings> &accounts)
{
    m_accounts = accounts;
    QHash<QString, QString> names;
    for (const AccountSettings &account : accounts)
        names.insert(account.id, account.displayName.isEmpty() ? account.email : account.displayName);
    m_model->setAccountNames(names);
}

void OutboxPane::reload()
{
    if (m_loader)
        m_loader->reload();
}

void OutboxPane::loaded(const QList<Send::OutboxEntry> &entries)
{
    const std::optional<Send::OutboxEntry> selected = selectedEntry();
    m_model->setEntries(entries);
    for (int row = 0; selected && row < m_model->rowCount(); ++row) {
        if (m_model->entries().at(row).id == selected->id)
            m_view->setCurrentIndex(m_model->index(row, 0)); // the same message stays selected
    }
    m_view->setVisible(!entries.isEmpty());
    m_empty->setVisible(entries.isEmpty());
    m_view->header()->resizeSections(QHeaderView::ResizeToContents);
    emit countChanged(int(entries.size()));
}

std::optional<Send::OutboxEntry> OutboxPane::selectedEntry() const
{
    return m_model->entry(m_view->currentIndex());
}

void OutboxPane::updateActions()
{
    const auto entry = selectedEntry();
    m_sendNow->setEnabled(entry && m_outbox);
    const bool editable = entry && m_outbox && OutboxListModel::isEditable(entry->state);
    m_edit->setEnabled(editable);
    m_delete->setEnabled(editable);
}

void OutboxPane::sendNow()
{
    const auto entry = selectedEntry();
    if (!entry || !m_outbox)
        return;
    const auto account = findAccount(m_accounts, entry->accountId);
    if (!account) {
        emit statusMessage(tr("The account of this message no longer exists; edit or delete it."));
        return;
    }
    m_outbox->retry(*account, entry->id);
    emit statusMessage(tr("Sending “%1”…").arg(entry->subject));
}

void OutboxPane::edit()
{
    const auto entry = selectedEntry();
    if (!entry || !m_outbox || !OutboxListModel::isEditable(entry->state))
        return;
    // The composer gets the message before the row goes: nothing typed is lost if removing fails.
    emit editRequested(OutboxEditing::messageOf(*entry));
    m_outbox->remove(entry->id);
}

// Asked without a nested event loop: the outbox keeps sending (and the list updating) meanwhile.
void OutboxPane::confirmDelete()
{
    const auto entry = selectedEntry();
    if (!entry || !m_outbox || !OutboxListModel::isEditable(entry->state) || m_confirm)
        return;
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Delete Message"),
                                tr("Delete “%1” from the outbox? It will not be sent.").arg(entry->subject),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    m_confirm->setObjectName(QStringLiteral("outboxDeleteConfirmation"));
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = entry->id;
    connect(m_confirm, &QMessageBox::finished, this, [this, id](int result) {
        if (result == QMessageBox::Yes && m_outbox)
            m_outbox->remove(id);
    });
    m_confirm->open();
}

} // namespace Kestrel::Ui

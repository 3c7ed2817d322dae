#pragma once

#include "account/AccountSettings.h"
#include "common/Error.h"
#include "common/OutgoingMessage.h"
#include "send/OutboxEntry.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QMessageBox;
class QTreeView;

namespace Kestrel {
class OutboxListLoader;
class OutboxListModel;
namespace Send {
class Outbox;
}
}

namespace Kestrel::Ui {

// What the folder tree's Outbox node shows in place of the message list: every message waiting to be
// sent (state, subject, recipients, attempts, last error), with Send Now (try again at once), Edit
// (back into a composer, out of the outbox) and Delete (after confirmation). It re-reads the outbox off
// the GUI thread whenever the outbox reports a change, and says how many wait (countChanged) for the
// folder tree's node.
class OutboxPane : public QWidget
{
    Q_OBJECT
public:
    explicit OutboxPane(QWidget *parent = nullptr);
    ~OutboxPane() override;

    // The outbox the actions go to and whose changes are followed; `cachePath` is read for the list.
    void setOutbox(Send::Outbox *outbox, const QString &cachePath);
    void setAccounts(const QList<AccountSettings> &accounts);
    void reload();

    OutboxListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QAction *sendNowAction() const { return m_sendNow; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }

signals:
    void countChanged(int count);
    // Edit: the waiting message, taken out of the outbox, to be reopened in a composer.
    void editRequested(const Kestrel::OutgoingMessage &message);
    void statusMessage(const QString &text);

private:
    std::optional<Send::OutboxEntry> selectedEntry() const;
    void updateActions();
    void sendNow();
    void edit();
    void confirmDelete();
    void loaded(const QList<Send::OutboxEntry> &entries);

    OutboxListModel *m_model = nullptr;
    OutboxListLoader *m_loader = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QAction *m_sendNow = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QPointer<QMessageBox> m_confirm;
    QPointer<Send::Outbox> m_outbox;
    QList<AccountSettings> m_accounts;
};

} // namespace Kestrel::Ui

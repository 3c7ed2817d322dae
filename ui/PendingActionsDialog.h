#pragma once

#include "send/OutboxEntry.h"

#include <QDialog>

class QTreeWidget;

namespace Kestrel {
class Database;
}

namespace Kestrel::Ui {

// View > Pending Actions: what the user did while a server was unreachable and is still waiting to be
// sent (account, when, what, attempts, the last error), and the actions that were dropped with the
// reason (their message was gone, or the server kept refusing), and the mail waiting in the outbox.
// Read from the cache; refresh() re-reads.
class PendingActionsDialog : public QDialog
{
    Q_OBJECT
public:
    PendingActionsDialog(Database &cache, QHash<QString, QString> accountNames, QWidget *parent = nullptr);

    void refresh();
    QTreeWidget *list() const { return m_list; }

private:
    Database &m_cache;
    QHash<QString, QString> m_accountNames;
    QTreeWidget *m_list = nullptr;
};

} // namespace Kestrel::Ui

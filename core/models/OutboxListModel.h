#pragma once

#include "send/OutboxEntry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Kestrel {

// The messages waiting in the outbox, one row each: account, state, subject, recipients, attempts and
// the last error (or a note). Fed with a list read off the GUI thread (OutboxListLoader); shown by the
// folder tree's Outbox node and, in words, by View > Pending Actions (stateText, describe).
class OutboxListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AccountColumn, StateColumn, SubjectColumn, RecipientsColumn, AttemptsColumn, ErrorColumn, ColumnCount };
    enum Role {
        OutboxIdRole = Qt::UserRole + 1,
        AccountIdRole,
        StateRole,   // int(Send::OutboxState)
        EditableRole, // nothing is on its way to the server now: the user may take it back
    };

    explicit OutboxListModel(QObject *parent = nullptr);

    void setAccountNames(const QHash<QString, QString> &names);
    void setEntries(const QList<Send::OutboxEntry> &entries);
    const QList<Send::OutboxEntry> &entries() const { return m_entries; }
    std::optional<Send::OutboxEntry> entry(const QModelIndex &index) const;

    static QString stateText(Send::OutboxState state);
    // "Send “Subject” to a@b, c@d"
    static QString describe(const Send::OutboxEntry &entry);
    // The last error, else the note (e.g. delivery not confirmed after a crash).
    static QString problemText(const Send::OutboxEntry &entry);
    static bool isEditable(Send::OutboxState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant cell(const Send::OutboxEntry &entry, int column) const;

    QHash<QString, QString> m_accountNames;
    QList<Send::OutboxEntry> m_entries;
};

} // namespace Kestrel

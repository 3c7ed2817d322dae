#include "models/OutboxListModel.h"

#include <QLocale>

namespace Kestrel {

OutboxListModel::OutboxListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OutboxListModel::setAccountNames(const QHash<QString, QString> &names)
{
    m_accountNames = names;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, AccountColumn), index(int(m_entries.size()) - 1, AccountColumn));
}

// A reset: the outbox holds a handful of messages, and a reset keeps no stale row after one left.
void OutboxListModel::setEntries(const QList<Send::OutboxEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

std::optional<Send::OutboxEntry> OutboxListModel::entry(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_entries.size())
        return std::nullopt;
    return m_entries.at(index.row());
}

QString OutboxListModel::stateText(Send::OutboxState state)
{
    switch (state) {
    case Send::OutboxState::Queued:
        return tr("waiting");
    case Send::OutboxState::Failed:
        return tr("not sent");
    case Send::OutboxState::Sending:
    case Send::OutboxState::DataCommitted:
    case Send::OutboxState::Delivered:
        break;
    }
    return tr("sending");
}

QString OutboxListModel::describe(const Send::OutboxEntry &entry)
{
    return tr("Send “%1” to %2").arg(entry.subject, entry.recipients.join(QStringLiteral(", ")));
}

QString OutboxListModel::problemText(const Send::OutboxEntry &entry)
{
    return entry.lastError.isEmpty() ? entry.note : entry.lastError;
}

// Once an SMTP transaction began (Sending and later) the message may be on its way: taking it back
// then could send it twice, so only waiting and refused messages can be edited or deleted.
bool OutboxListModel::isEditable(Send::OutboxState state)
{
    return state == Send::OutboxState::Queued || state == Send::OutboxState::Failed;
}

int OutboxListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OutboxListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxListModel::cell(const Send::OutboxEntry &entry, int column) const
{
    switch (column) {
    case AccountColumn: return m_accountNames.value(entry.accountId, entry.accountId);
    case StateColumn: return stateText(entry.state);
    case SubjectColumn: return entry.subject;
    case RecipientsColumn: return entry.recipients.join(QStringLiteral(", "));
    case AttemptsColumn: return QLocale().toString(entry.attempts);
    case ErrorColumn: return problemText(entry);
    default: return {};
    }
}

QVariant OutboxListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Send::OutboxEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return cell(entry, index.column());
    case Qt::ToolTipRole: return index.column() == ErrorColumn ? problemText(entry) : QVariant();
    case OutboxIdRole: return entry.id;
    case AccountIdRole: return entry.accountId;
    case StateRole: return int(entry.state);
    case EditableRole: return isEditable(entry.state);
    default: return {};
    }
}

QVariant OutboxListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AccountColumn: return tr("Account");
    case StateColumn: return tr("State");
    case SubjectColumn: return tr("Subject");
    case RecipientsColumn: return tr("Recipients");
    case AttemptsColumn: return tr("Attempts");
    case ErrorColumn: return tr("Last error");
    default: return {};
    }
}

} // namespace Kestrel

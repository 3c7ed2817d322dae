#include "ConnectionIndicator.h"

namespace Kestrel::Ui {
namespace {

const char *colourOf(const std::optional<Sync::ConnectionStatus> &status)
{
    if (!status)
        return "#999";
    switch (status->state) {
    case Sync::ConnectionState::Online:
        return "#2e7d32";
    case Sync::ConnectionState::Connecting:
        return "#f9a825";
    case Sync::ConnectionState::Offline:
        return "#c62828";
    }
    return "#999";
}

} // namespace

ConnectionIndicator::ConnectionIndicator(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("connectionIndicator"));
    setTextFormat(Qt::RichText);
    render();
}

void ConnectionIndicator::setAccounts(const QList<QPair<QString, QString>> &idsAndNames)
{
    QMap<QString, Entry> accounts;
    m_order.clear();
    for (const auto &[id, name] : idsAndNames) {
        accounts.insert(id, {name, m_accounts.value(id).status});
        m_order << id;
    }
    m_accounts = accounts;
    render();
}

void ConnectionIndicator::setStatus(const QString &accountId, const Sync::ConnectionStatus &status)
{
    if (!m_accounts.contains(accountId))
        return;
    m_accounts[accountId].status = status;
    render();
}

bool ConnectionIndicator::isOffline() const
{
    if (m_accounts.isEmpty())
        return false;
    for (const Entry &entry : m_accounts) {
        if (!entry.status || entry.status->state != Sync::ConnectionState::Offline)
            return false;
    }
    return true;
}

void ConnectionIndicator::render()
{
    if (m_accounts.isEmpty()) {
        setText(tr("No accounts configured"));
        setToolTip({});
        return;
    }
    QStringList marks;
    QStringList tips;
    for (const QString &id : std::as_const(m_order)) {
        const Entry &entry = m_accounts[id];
        marks << QStringLiteral("<span style='color:%1'>&#9679;</span> %2").arg(QLatin1String(colourOf(entry.status)), entry.name.toHtmlEscaped());
        QString state = tr("not connected yet");
        if (entry.status) {
            switch (entry.status->state) {
            case Sync::ConnectionState::Online:
                state = tr("online");
                break;
            case Sync::ConnectionState::Connecting:
                state = tr("connecting");
                break;
            case Sync::ConnectionState::Offline:
                state = entry.status->willRetry ? tr("offline, will retry") : tr("offline");
                if (entry.status->error)
                    state += QStringLiteral(": ") + entry.status->error->userMessage;
                break;
            }
        }
        if (entry.status && !entry.status->warning.isEmpty())
            state += QStringLiteral(" (") + entry.status->warning + QLatin1Char(')');
        tips << entry.name + QStringLiteral(": ") + state;
    }
    QString text = marks.join(QStringLiteral("&nbsp;&nbsp;"));
    if (isOffline())
        text = QStringLiteral("<b>%1</b>&nbsp;&nbsp;").arg(tr("Offline").toHtmlEscaped()) + text;
    setText(text);
    setToolTip(tips.join(QLatin1Char('\n')));
}

} // namespace Kestrel::Ui

#pragma once

#include "sync/push/PushTypes.h"

#include <QLabel>
#include <QMap>

namespace Kestrel::Ui {

// The status bar's per-account connection state: one coloured mark and name per account, "Offline"
// when no account is reachable (one calm word instead of a storm of errors), and each error's
// message in the tooltip.
class ConnectionIndicator : public QLabel
{
    Q_OBJECT
public:
    explicit ConnectionIndicator(QWidget *parent = nullptr);

    void setAccounts(const QList<QPair<QString, QString>> &idsAndNames);
    void setStatus(const QString &accountId, const Sync::ConnectionStatus &status);
    bool isOffline() const;

private:
    struct Entry {
        QString name;
        std::optional<Sync::ConnectionStatus> status; // unknown until the first report
    };

    void render();

    QMap<QString, Entry> m_accounts;
    QStringList m_order;
};

} // namespace Kestrel::Ui

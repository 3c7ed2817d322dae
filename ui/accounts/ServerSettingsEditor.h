#pragma once

#include "common/ServerEndpoint.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Kestrel::Ui {

// Host, port and security of one server, every value editable. Choosing a security sets the port to
// that security's usual one when the port still was the other security's usual one.
class ServerSettingsEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Imap, Smtp };

    explicit ServerSettingsEditor(Kind kind, QWidget *parent = nullptr);

    ServerEndpoint endpoint() const;
    void setEndpoint(const ServerEndpoint &endpoint);
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QComboBox *securityBox() const { return m_security; }

private:
    quint16 usualPort(ConnectionSecurity security) const;
    void onSecurityChosen();

    Kind m_kind;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    ConnectionSecurity m_lastSecurity = ConnectionSecurity::Tls;
};

} // namespace Kestrel::Ui

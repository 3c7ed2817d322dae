#include "accounts/ServerSettingsEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace Kestrel::Ui {

ServerSettingsEditor::ServerSettingsEditor(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
{
    m_host->setPlaceholderText(kind == Kind::Imap ? tr("imap.example.org") : tr("smtp.example.org"));
    m_port->setRange(1, 65535);
    m_security->addItem(tr("TLS"), int(ConnectionSecurity::Tls));
    m_security->addItem(tr("STARTTLS"), int(ConnectionSecurity::StartTls));
    m_security->addItem(tr("None (unencrypted)"), int(ConnectionSecurity::None));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_host, 1);
    layout->addWidget(m_port);
    layout->addWidget(m_security);
    setEndpoint({QString(), usualPort(ConnectionSecurity::Tls), ConnectionSecurity::Tls});
    connect(m_security, &QComboBox::currentIndexChanged, this, &ServerSettingsEditor::onSecurityChosen);
}

ServerEndpoint ServerSettingsEditor::endpoint() const
{
    return {m_host->text().trimmed(), quint16(m_port->value()),
            ConnectionSecurity(m_security->currentData().toInt())};
}

void ServerSettingsEditor::setEndpoint(const ServerEndpoint &endpoint)
{
    m_lastSecurity = endpoint.security;
    const QSignalBlocker blocker(m_security); // the port given is kept as it is
    m_host->setText(endpoint.host);
    m_port->setValue(endpoint.port ? endpoint.port : usualPort(endpoint.security));
    m_security->setCurrentIndex(m_security->findData(int(endpoint.security)));
}

// RFC 8314: 993 / 465 for implicit TLS; RFC 3501 / RFC 6409: 143 / 587 for STARTTLS and plain.
quint16 ServerSettingsEditor::usualPort(ConnectionSecurity security) const
{
    if (m_kind == Kind::Imap)
        return security == ConnectionSecurity::Tls ? 993 : 143;
    return security == ConnectionSecurity::Tls ? 465 : 587;
}

void ServerSettingsEditor::onSecurityChosen()
{
    const auto security = ConnectionSecurity(m_security->currentData().toInt());
    if (m_port->value() == usualPort(m_lastSecurity))
        m_port->setValue(usualPort(security)); // a port the user typed is left alone
    m_lastSecurity = security;
}

} // namespace Kestrel::Ui

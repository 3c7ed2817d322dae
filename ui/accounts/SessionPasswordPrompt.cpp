#include "accounts/SessionPasswordPrompt.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kestrel::Ui {

SessionPasswordPrompt::SessionPasswordPrompt(const AccountSettings &account, const QString &reason, QWidget *parent)
    : QDialog(parent)
    , m_accountId(account.id)
    , m_reason(new QLabel(reason, this))
    , m_password(new QLineEdit(this))
{
    setModal(false);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Password for %1").arg(account.displayName));
    m_reason->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, this, [this](const QString &text) { m_ok->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        emit passwordEntered(m_accountId, m_password->text());
        m_password->clear(); // the copy in the widget goes at once
        accept();
    });
    auto *form = new QFormLayout;
    form->addRow(tr("Password for %1 (%2):").arg(account.displayName, account.userName), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

} // namespace Kestrel::Ui

#include "accounts/IdentitiesEditor.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kestrel::Ui {

IdentitiesEditor::IdentitiesEditor(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add Identity"), this))
    , m_remove(new QPushButton(tr("&Remove Identity"), this))
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_signature(new QPlainTextEdit(this))
{
    m_list->setMaximumHeight(100);
    m_signature->setPlaceholderText(tr("Added below the \"-- \" line of new messages from this address."));
    m_signature->setTabChangesFocus(true);
    connect(m_list, &QListWidget::currentRowChanged, this, &IdentitiesEditor::showCurrent);
    connect(m_add, &QPushButton::clicked, this, [this] {
        storeCurrent();
        m_identities.append(Identity());
        m_list->addItem(label(m_identities.last()));
        m_list->setCurrentRow(int(m_identities.size()) - 1);
        m_email->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        m_shown = -1; // the shown identity is going: nothing to store back
        m_identities.removeAt(row);
        delete m_list->takeItem(row);
        showCurrent();
    });
    for (QLineEdit *edit : {m_name, m_email})
        connect(edit, &QLineEdit::textEdited, this, &IdentitiesEditor::storeCurrent);
    connect(m_signature, &QPlainTextEdit::textChanged, this, &IdentitiesEditor::storeCurrent);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *fields = new QFormLayout;
    fields->addRow(tr("Na&me:"), m_name);
    fields->addRow(tr("Add&ress:"), m_email);
    fields->addRow(tr("Si&gnature:"), m_signature);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addLayout(fields);
    showCurrent();
}

QList<Identity> IdentitiesEditor::identities() const
{
    QList<Identity> result;
    for (Identity identity : m_identities) {
        identity.name = identity.name.trimmed();
        identity.email = identity.email.trimmed();
        if (!identity.email.isEmpty())
            result << identity;
    }
    return result;
}

void IdentitiesEditor::setIdentities(const QList<Identity> &identities)
{
    m_shown = -1;
    m_identities = identities;
    m_list->clear();
    for (const Identity &identity : identities)
        m_list->addItem(label(identity));
    m_list->setCurrentRow(identities.isEmpty() ? -1 : 0);
    showCurrent();
}

void IdentitiesEditor::showCurrent()
{
    const int row = m_list->currentRow();
    m_shown = -1; // filling the fields below must not write back into the previous identity
    const Identity shown = row >= 0 && row < m_identities.size() ? m_identities[row] : Identity();
    m_name->setText(shown.name);
    m_email->setText(shown.email);
    m_signature->setPlainText(shown.signature);
    for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_email),
                           static_cast<QWidget *>(m_signature), static_cast<QWidget *>(m_remove)})
        field->setEnabled(row >= 0);
    m_shown = row;
}

void IdentitiesEditor::storeCurrent()
{
    if (m_shown < 0 || m_shown >= m_identities.size())
        return;
    Identity &identity = m_identities[m_shown];
    identity.name = m_name->text();
    identity.email = m_email->text();
    identity.signature = m_signature->toPlainText();
    if (QListWidgetItem *item = m_list->item(m_shown))
        item->setText(label(identity));
}

QString IdentitiesEditor::label(const Identity &identity)
{
    if (identity.email.trimmed().isEmpty())
        return tr("(no address yet)");
    return identity.name.trimmed().isEmpty() ? identity.email.trimmed()
                                             : QStringLiteral("%1 <%2>").arg(identity.name.trimmed(), identity.email.trimmed());
}

} // namespace Kestrel::Ui

#pragma once

#include "account/AccountSettings.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Kestrel::Ui {

// The From identities of an account and their signatures (issue 7): a list, the first being the
// composer's default, with the selected one's name, address and signature edited below it.
// An empty list means "the account's own name and address, no signature" (core/compose/Identities).
class IdentitiesEditor : public QWidget
{
    Q_OBJECT
public:
    explicit IdentitiesEditor(QWidget *parent = nullptr);

    // Without addresses: rows whose address was left empty are not identities.
    QList<Identity> identities() const;
    void setIdentities(const QList<Identity> &identities);

    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }
    QPlainTextEdit *signatureEdit() const { return m_signature; }

private:
    void showCurrent();
    void storeCurrent();
    static QString label(const Identity &identity);

    QList<Identity> m_identities;
    int m_shown = -1;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QPlainTextEdit *m_signature;
};

} // namespace Kestrel::Ui

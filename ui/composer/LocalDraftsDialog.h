#pragma once

#include "compose/Draft.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace Kestrel::Ui {

// File > Drafts…: the drafts kept on this computer that no composer has open, newest first, read from
// the profile on a pool thread (DraftStore::list); Open (or a double-click) hands one on to reopen.
class LocalDraftsDialog : public QDialog
{
    Q_OBJECT
public:
    LocalDraftsDialog(const QString &draftsDirectory, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QPushButton *openButton() const { return m_open; }

signals:
    void draftChosen(const Kestrel::Compose::Draft &draft);

private:
    void fill(const QList<Compose::Draft> &drafts, const QStringList &problems);
    void choose();

    QListWidget *m_list = nullptr;
    QPushButton *m_open = nullptr;
    QList<Compose::Draft> m_drafts; // in the list's order
};

} // namespace Kestrel::Ui

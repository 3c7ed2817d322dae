#pragma once

#include "compose/AddressBookFromCache.h"

#include <QObject>

class QCompleter;
class QLineEdit;
class QStringListModel;

namespace Kestrel::Ui {

// Completion for a To / Cc / Bcc line that holds several addresses: only the entry being typed (after
// the last comma) is matched (AddressBookFromCache::complete, most used first), and choosing a
// candidate replaces just that entry.
class RecipientCompleter : public QObject
{
    Q_OBJECT
public:
    RecipientCompleter(QLineEdit *edit, QObject *parent = nullptr);

    void setCandidates(const QList<Compose::AddressCandidate> &candidates) { m_candidates = candidates; }
    QCompleter *completer() const { return m_completer; }

private:
    void typed(const QString &text);
    void chosen(const QString &candidate);

    QLineEdit *m_edit;
    QCompleter *m_completer;
    QStringListModel *m_model;
    QList<Compose::AddressCandidate> m_candidates;
};

} // namespace Kestrel::Ui

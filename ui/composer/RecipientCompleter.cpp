#include "composer/RecipientCompleter.h"

#include "compose/AddressListText.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

namespace Kestrel::Ui {

RecipientCompleter::RecipientCompleter(QLineEdit *edit, QObject *parent)
    : QObject(parent)
    , m_edit(edit)
    , m_completer(new QCompleter(this))
    , m_model(new QStringListModel(this))
{
    // The model holds the matches already: the completer shows them as they are.
    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(edit);
    connect(edit, &QLineEdit::textEdited, this, &RecipientCompleter::typed);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &RecipientCompleter::chosen);
}

void RecipientCompleter::typed(const QString &text)
{
    const QString part = Compose::AddressListText::typedPart(text);
    QStringList texts;
    if (part.size() >= 1) {
        for (const Compose::AddressCandidate &candidate : Compose::AddressBookFromCache::complete(m_candidates, part))
            texts.append(Compose::AddressListText::format({candidate.address}));
    }
    m_model->setStringList(texts);
    if (texts.isEmpty())
        m_completer->popup()->hide();
    else
        m_completer->complete();
}

void RecipientCompleter::chosen(const QString &candidate)
{
    m_edit->setText(Compose::AddressListText::completedPart(m_edit->text()) + candidate + QStringLiteral(", "));
}

} // namespace Kestrel::Ui

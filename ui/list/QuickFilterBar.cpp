#include "list/QuickFilterBar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>

namespace Kestrel::Ui {

QuickFilterBar::QuickFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("quickFilterBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_unread = addToggle(tr("Unread"), QStringLiteral("filterUnread"), tr("Show only unread messages"));
    m_flagged = addToggle(tr("Flagged"), QStringLiteral("filterFlagged"), tr("Show only flagged messages"));
    m_attachment = addToggle(tr("Attachment"), QStringLiteral("filterAttachment"),
                             tr("Show only messages with attachments"));
    m_text = new QLineEdit;
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setPlaceholderText(tr("Filter these messages…"));
    m_text->setAccessibleName(tr("Filter text"));
    m_text->setClearButtonEnabled(true);
    m_text->installEventFilter(this);
    layout->addWidget(m_text, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &QuickFilterBar::emitNow);
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
}

QToolButton *QuickFilterBar::addToggle(const QString &text, const QString &objectName, const QString &toolTip)
{
    auto *button = new QToolButton;
    button->setText(text);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    button->setCheckable(true);
    button->setAutoRaise(true);
    connect(button, &QToolButton::toggled, this, &QuickFilterBar::emitNow);
    layout()->addWidget(button);
    return button;
}

MessageFilter QuickFilterBar::filter() const
{
    MessageFilter filter;
    filter.unreadOnly = m_unread->isChecked();
    filter.flaggedOnly = m_flagged->isChecked();
    filter.withAttachment = m_attachment->isChecked();
    filter.text = m_text->text();
    return filter;
}

void QuickFilterBar::emitNow()
{
    m_debounce->stop();
    const MessageFilter current = filter();
    if (current == m_lastEmitted)
        return;
    m_lastEmitted = current;
    emit filterChanged(current);
}

void QuickFilterBar::clear()
{
    for (QToolButton *button : {m_unread, m_flagged, m_attachment}) {
        const QSignalBlocker blocker(button);
        button->setChecked(false);
    }
    {
        const QSignalBlocker blocker(m_text);
        m_text->clear();
    }
    m_debounce->stop();
    m_lastEmitted = MessageFilter();
}

void QuickFilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

bool QuickFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_text->text().isEmpty()) {
        m_text->clear();
        emitNow();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Kestrel::Ui

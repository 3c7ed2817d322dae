#pragma once

#include "cache/MessageScope.h"

#include <QWidget>

class QLineEdit;
class QTimer;
class QToolButton;

namespace Kestrel::Ui {

// The bar above the message list: Unread, Flagged and Attachment toggles and a text field over the
// local full-text index. Toggles apply at once; typing applies after a short pause (DebounceMs), so a
// word typed quickly costs one query, not one per key. Escape in the field clears it.
class QuickFilterBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int DebounceMs = 200;

    explicit QuickFilterBar(QWidget *parent = nullptr);

    MessageFilter filter() const;
    // Back to showing everything (another folder opened), without waiting for the pause.
    void clear();
    void focusText();
    QLineEdit *textField() const { return m_text; }

signals:
    void filterChanged(const Kestrel::MessageFilter &filter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QToolButton *addToggle(const QString &text, const QString &objectName, const QString &toolTip);
    void emitNow();

    QToolButton *m_unread = nullptr;
    QToolButton *m_flagged = nullptr;
    QToolButton *m_attachment = nullptr;
    QLineEdit *m_text = nullptr;
    QTimer *m_debounce = nullptr;
    MessageFilter m_lastEmitted;
};

} // namespace Kestrel::Ui

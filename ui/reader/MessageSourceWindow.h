#pragma once

#include <QWidget>

class QPlainTextEdit;

namespace Kestrel::Ui {

// "View Source": the message as the server holds it, headers and encoded body, in a plain-text
// window of its own. Read-only; the bytes are shown as UTF-8 where valid, else as Latin-1, so nothing
// is hidden; very large messages are shown up to MaxShownBytes with a note.
class MessageSourceWindow : public QWidget
{
    Q_OBJECT
public:
    static constexpr qsizetype MaxShownBytes = 16 * 1024 * 1024;

    MessageSourceWindow(const QString &subject, const QByteArray &raw, QWidget *parent = nullptr);

    QPlainTextEdit *text() const { return m_text; }

private:
    QPlainTextEdit *m_text = nullptr;
};

} // namespace Kestrel::Ui

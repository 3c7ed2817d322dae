#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QPlainTextEdit;
class QTimer;

namespace Kestrel {
class ProtocolLog;
}

namespace Kestrel::Ui {

// View > Protocol Log: the IMAP and SMTP traffic of every connection as it happens, for "why does my
// server say no" questions and bug reports. Credentials never reach it (ProtocolLog redacts them). The
// window polls the log a few times a second for what is new (no signal crosses the network threads)
// and keeps at most MaxLines lines, so an open window's memory stays bounded however long it runs.
class ProtocolLogWindow : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxLines = 5000;

    // `log` null: the application's (ProtocolLog::applicationLog()).
    explicit ProtocolLogWindow(ProtocolLog *log = nullptr, QWidget *parent = nullptr);

    // An action "Protocol Log" that opens (or raises) the one window of `parent`.
    static QAction *createShowAction(QWidget *parent);
    static ProtocolLogWindow *showFor(QWidget *parent);

    QPlainTextEdit *text() const { return m_text; }
    // Reads what was appended since the last refresh (also runs on a timer while the window is shown).
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void clearLog();

    ProtocolLog *m_log;
    QPlainTextEdit *m_text = nullptr;
    QCheckBox *m_follow = nullptr;
    QTimer *m_timer = nullptr;
    quint64 m_lastSequence = 0;
};

} // namespace Kestrel::Ui

#include "ProtocolLogWindow.h"

#include "net/ProtocolLog.h"

#include <QAction>
#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace Kestrel::Ui {
namespace {

const char *arrow(ProtocolLog::Direction direction)
{
    switch (direction) {
    case ProtocolLog::Direction::Sent:
        return "C:";
    case ProtocolLog::Direction::Received:
        return "S:";
    case ProtocolLog::Direction::Event:
        return "--";
    }
    return "--";
}

QString lineOf(const ProtocolLog::Entry &entry)
{
    // Protocol text is mostly ASCII; 8-bit bytes (UTF8=ACCEPT, raw headers) are shown as UTF-8.
    return QStringLiteral("%1 %2 %3 %4")
        .arg(entry.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")), entry.connection, QLatin1String(arrow(entry.direction)),
             QString::fromUtf8(entry.text));
}

} // namespace

ProtocolLogWindow::ProtocolLogWindow(ProtocolLog *log, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_log(log ? log : ProtocolLog::applicationLog())
    , m_text(new QPlainTextEdit)
    , m_follow(new QCheckBox(tr("Follow new lines")))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("protocolLog"));
    setWindowTitle(tr("Protocol Log"));
    m_text->setObjectName(QStringLiteral("protocolLogText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setMaximumBlockCount(MaxLines);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Protocol Log"));
    if (!m_log)
        m_text->setPlaceholderText(tr("The protocol log is not being recorded."));
    m_follow->setChecked(true);
    auto *clear = new QPushButton(tr("Clear"));
    clear->setObjectName(QStringLiteral("clearProtocolLog"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_follow);
    buttons->addStretch(1);
    buttons->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    connect(clear, &QPushButton::clicked, this, &ProtocolLogWindow::clearLog);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &ProtocolLogWindow::refresh);
    resize(900, 500);
}

QAction *ProtocolLogWindow::createShowAction(QWidget *parent)
{
    auto *action = new QAction(tr("Protocol &Log"), parent);
    action->setObjectName(QStringLiteral("showProtocolLog"));
    connect(action, &QAction::triggered, parent, [parent] { showFor(parent); });
    return action;
}

ProtocolLogWindow *ProtocolLogWindow::showFor(QWidget *parent)
{
    auto *window = parent->findChild<ProtocolLogWindow *>(QString(), Qt::FindDirectChildrenOnly);
    if (!window)
        window = new ProtocolLogWindow(nullptr, parent);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void ProtocolLogWindow::refresh()
{
    if (!m_log)
        return;
    const QList<ProtocolLog::Entry> entries = m_log->entriesSince(m_lastSequence);
    if (entries.isEmpty())
        return;
    m_lastSequence = entries.last().sequence;
    // Only the newest MaxLines matter: older ones would be dropped by the view at once anyway.
    QStringList lines;
    for (qsizetype i = qMax<qsizetype>(0, entries.size() - MaxLines); i < entries.size(); ++i)
        lines << lineOf(entries.at(i));
    QScrollBar *bar = m_text->verticalScrollBar();
    const int kept = bar->value();
    m_text->appendPlainText(lines.join(QLatin1Char('\n')));
    if (m_follow->isChecked())
        bar->setValue(bar->maximum());
    else
        bar->setValue(kept);
}

void ProtocolLogWindow::clearLog()
{
    if (m_log)
        m_log->clear();
    m_text->clear();
}

void ProtocolLogWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer->start();
}

void ProtocolLogWindow::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop(); // nothing to poll for while nobody looks
}

} // namespace Kestrel::Ui

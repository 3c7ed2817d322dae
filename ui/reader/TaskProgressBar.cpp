#include "TaskProgressBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

namespace Kestrel::Ui {

TaskProgressBar::TaskProgressBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel)
    , m_progress(new QProgressBar)
    , m_cancel(new QPushButton(tr("Cancel")))
{
    setObjectName(QStringLiteral("readerTaskProgress"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setTextFormat(Qt::PlainText);
    m_cancel->setObjectName(QStringLiteral("cancelReaderTask"));
    m_progress->setMaximumWidth(240);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!m_tasks.isEmpty())
            emit cancelRequested(m_tasks.lastKey());
    });
    hide();
}

void TaskProgressBar::addTask(quint64 id, const QString &text)
{
    m_tasks.insert(id, Task{text, 0, 0});
    showLatest();
}

void TaskProgressBar::setProgress(quint64 id, qint64 done, qint64 total)
{
    const auto it = m_tasks.find(id);
    if (it == m_tasks.end())
        return;
    it->done = done;
    it->total = total;
    showLatest();
}

void TaskProgressBar::removeTask(quint64 id)
{
    m_tasks.remove(id);
    showLatest();
}

void TaskProgressBar::showLatest()
{
    if (m_tasks.isEmpty()) {
        hide();
        return;
    }
    const Task &task = m_tasks.last();
    m_text->setText(task.text);
    if (task.total <= 0) {
        m_progress->setRange(0, 0); // nothing known yet (or nothing to download): busy
    } else {
        // Per mille, so that sizes beyond int range still fit the bar.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::clamp<qint64>(task.done * 1000 / task.total, 0, 1000)));
    }
    show();
}

} // namespace Kestrel::Ui

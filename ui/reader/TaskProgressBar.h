#pragma once

#include <QFrame>
#include <QMap>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Kestrel::Ui {

// Under the reader while attachments or a message's source download: what is being fetched, how far
// it got, and Cancel. Several tasks may run; the bar shows the latest one still running and hides
// when none is left. Never modal: the user keeps reading meanwhile.
class TaskProgressBar : public QFrame
{
    Q_OBJECT
public:
    explicit TaskProgressBar(QWidget *parent = nullptr);

    void addTask(quint64 id, const QString &text);
    void setProgress(quint64 id, qint64 done, qint64 total);
    void removeTask(quint64 id);
    bool hasTask(quint64 id) const { return m_tasks.contains(id); }

    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *label() const { return m_text; }

signals:
    void cancelRequested(quint64 id);

private:
    struct Task {
        QString text;
        qint64 done = 0;
        qint64 total = 0;
    };
    void showLatest();

    QLabel *m_text = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QMap<quint64, Task> m_tasks; // ids grow: the last entry is the latest task
};

} // namespace Kestrel::Ui

#pragma once

#include <QObject>

class QAbstractItemView;

namespace Kestrel::Ui {

// For the cold-start benchmark (scripts/bench, scenario 4) and for profiling the start: when the
// environment has KESTREL_REPORT_FIRST_PAINT=1, prints one line "first-paint-ms N" to stdout once the
// message list's viewport has finished its first paint that shows rows, N being the milliseconds since
// the process started (the kernel's start time, so exec and loading the libraries count too). With
// KESTREL_QUIT_AFTER_FIRST_PAINT=1 as well, the application then quits (perf record of the start alone).
// Costs nothing when the variable is not set: no filter is installed.
class FirstPaintReporter : public QObject
{
    Q_OBJECT
public:
    // Watches `list` when asked to by the environment; the reporter is a child of the view.
    static void installIfAsked(QAbstractItemView *list);

    // Milliseconds since this process was started (from /proc/self/stat), or -1 when unknown.
    static double msSinceProcessStart();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FirstPaintReporter(QAbstractItemView *list, bool quitAfter);
    void report();

    QAbstractItemView *m_list;
    bool m_quitAfter;
    bool m_painting = false; // the paint event this filter forwards itself
};

} // namespace Kestrel::Ui

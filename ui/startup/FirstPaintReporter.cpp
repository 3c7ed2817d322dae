#include "startup/FirstPaintReporter.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <time.h>
#include <unistd.h>

#include <cstdio>

namespace Kestrel::Ui {

void FirstPaintReporter::installIfAsked(QAbstractItemView *list)
{
    if (qEnvironmentVariableIntValue("KESTREL_REPORT_FIRST_PAINT") != 1)
        return;
    auto *reporter = new FirstPaintReporter(list, qEnvironmentVariableIntValue("KESTREL_QUIT_AFTER_FIRST_PAINT") == 1);
    list->viewport()->installEventFilter(reporter);
}

FirstPaintReporter::FirstPaintReporter(QAbstractItemView *list, bool quitAfter)
    : QObject(list)
    , m_list(list)
    , m_quitAfter(quitAfter)
{
}

double FirstPaintReporter::msSinceProcessStart()
{
    // Field 22 of /proc/self/stat: the start time in clock ticks since boot; the command name (field 2)
    // may hold spaces, so the fields are counted after its closing parenthesis.
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    constexpr int StartTimeAfterName = 22 - 3; // fields 3.. follow the name
    if (fields.size() <= StartTimeAfterName)
        return -1;
    const double startedMs = fields[StartTimeAfterName].toDouble() * 1000.0 / double(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now); // the clock /proc's start times count on
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6 - startedMs;
}

bool FirstPaintReporter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint || m_painting || !m_list->model() || m_list->model()->rowCount() == 0)
        return false;
    // The viewport paints now, inside this call, so that the time is taken after the rows were drawn.
    m_painting = true;
    QCoreApplication::sendEvent(watched, event);
    m_painting = false;
    report();
    return true; // painted above
}

void FirstPaintReporter::report()
{
    m_list->viewport()->removeEventFilter(this);
    std::printf("first-paint-ms %.1f\n", msSinceProcessStart());
    std::fflush(stdout);
    if (m_quitAfter)
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    deleteLater();
}

} // namespace Kestrel::Ui

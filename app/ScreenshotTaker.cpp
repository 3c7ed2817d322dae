#include "ScreenshotTaker.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace Kestrel::App {

ScreenshotTaker::ScreenshotTaker(QWidget *window, QString fileName, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_fileName(std::move(fileName))
{
}

void ScreenshotTaker::scheduleWhenReady()
{
    // A zero timer fires after pending show/layout/paint events; a short grace lets fonts settle.
    QTimer::singleShot(300, this, &ScreenshotTaker::take);
}

void ScreenshotTaker::take()
{
    const bool saved = m_window->grab().save(m_fileName, "PNG");
    if (!saved)
        std::fprintf(stderr, "kestrel: cannot write the screenshot to %s\n", qPrintable(m_fileName));
    QCoreApplication::exit(saved ? 0 : 1);
}

} // namespace Kestrel::App

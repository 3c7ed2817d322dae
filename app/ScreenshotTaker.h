#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace Kestrel::App {

// For scripts/demo --screenshot: once the window has been shown and the event queue has drained, saves
// a PNG of it and quits the application (exit code 0 on success, 1 when the file cannot be written).
class ScreenshotTaker : public QObject
{
    Q_OBJECT
public:
    ScreenshotTaker(QWidget *window, QString fileName, QObject *parent = nullptr);
    void scheduleWhenReady();

private:
    void take();

    QWidget *m_window;
    QString m_fileName;
};

} // namespace Kestrel::App

#include "list/ReadMarker.h"

#include <QSettings>
#include <QTimer>

namespace Kestrel::Ui {

ReadMarker::ReadMarker(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_pending)
            emit markRead(*std::exchange(m_pending, std::nullopt));
    });
}

int ReadMarker::delayMs()
{
    bool ok = false;
    const int delay = QSettings().value(delaySetting(), DefaultDelayMs).toInt(&ok);
    return ok ? delay : DefaultDelayMs;
}

void ReadMarker::shown(const std::optional<MessageSummary> &message)
{
    m_timer->stop();
    m_pending.reset();
    if (!message || message->flags.isSeen())
        return;
    const int delay = delayMs();
    if (delay < 0)
        return;
    if (delay == 0) {
        emit markRead(*message);
        return;
    }
    m_pending = message;
    m_timer->start(delay);
}

} // namespace Kestrel::Ui

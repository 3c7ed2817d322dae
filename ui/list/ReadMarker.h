#pragma once

#include "common/MessageSummary.h"

#include <QObject>

class QTimer;

namespace Kestrel::Ui {

// Marks the message shown in the reader as read once it has been shown for a while, so skimming
// through a list with the arrow keys does not mark everything read. The delay is a setting
// (QSettings DelaySetting, milliseconds): 0 marks at once, a negative value never.
class ReadMarker : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultDelayMs = 1000;
    static QString delaySetting() { return QStringLiteral("reading/markReadDelayMs"); }

    explicit ReadMarker(QObject *parent = nullptr);

    // The reader now shows `message` (or nothing): the previous one's timer stops.
    void shown(const std::optional<MessageSummary> &message);
    static int delayMs();

signals:
    void markRead(const Kestrel::MessageSummary &message);

private:
    QTimer *m_timer = nullptr;
    std::optional<MessageSummary> m_pending;
};

} // namespace Kestrel::Ui

#include "MemoryPeak.h"

#include <QFile>

namespace Kestrel::Test {
namespace {

qint64 statusField(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong() * 1024; // kB
    }
    return 0;
}

} // namespace

MemoryPeak::MemoryPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5"); // "reset the peak resident set size" (proc(5))
    m_start = statusField("VmRSS");
}

qint64 MemoryPeak::growth() const
{
    return statusField("VmHWM") - m_start;
}

} // namespace Kestrel::Test

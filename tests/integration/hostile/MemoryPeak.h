#pragma once

#include <QtGlobal>

namespace Kestrel::Test {

// How much the process's resident memory peaked above where it stood when this object was made
// (Linux: resets the high-water mark through /proc/self/clear_refs, then reads VmHWM). Used to show
// that a hostile peer could not make the client hold what it sent.
class MemoryPeak
{
public:
    MemoryPeak();
    qint64 growth() const; // bytes

private:
    qint64 m_start = 0;
};

} // namespace Kestrel::Test

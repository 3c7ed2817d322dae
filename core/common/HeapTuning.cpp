#include "common/HeapTuning.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Kestrel::HeapTuning {

// An initial sync allocates and frees a few MB per 500-message chunk: the chunk's summaries, the rows
// handed to the store thread (MessageRows), the socket's reads. glibc gives the top of a heap back to the
// system as soon as a little more than the largest recent block lies free there (its default pad is
// 128 KiB), so every chunk touched fresh pages again, each one a page fault and a zeroed page. A cold
// `kestrel-cli sync` of 100k messages took 17k-39k minor faults instead of ~9k, and 1.75-2.0 s of CPU
// instead of ~1.5 s (perf: the faults in memcpy, the socket's copy_to_iter and MessageRows' appends;
// issue 8). M_TOP_PAD keeps 32 MiB at the top of each heap (the writer thread's too); above that, memory
// still goes back. Unlike M_TRIM_THRESHOLD it leaves glibc's adaptive mmap threshold on: setting the
// trim threshold instead sent every block over 128 KiB to its own mmap and measured worse (2.3 s CPU).
// The price: after a large sync, up to 32 MiB per heap of already-touched memory stays resident.
bool apply()
{
#if defined(__GLIBC__)
    return mallopt(M_TOP_PAD, int(KeptFreeBytes)) == 1;
#else
    return false;
#endif
}

} // namespace Kestrel::HeapTuning

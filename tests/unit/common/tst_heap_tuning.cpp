// HeapTuning keeps freed memory at the heap's top for reuse: a sync's next chunk reuses the pages the last
// one freed instead of faulting in fresh ones. Measured here as the page faults of a 24 MiB round of
// allocations made again after freeing, before and after apply().
#include "common/HeapTuning.h"

#include <QTest>

#include <cstdlib>
#include <cstring>
#include <vector>

#if defined(__GLIBC__)
#include <sys/resource.h>
#endif

#if defined(__GLIBC__)
namespace {

constexpr std::size_t BlockBytes = 8 * 1024; // above glibc's per-thread caches, so a free merges into the top
constexpr std::size_t RoundBytes = 24 * 1024 * 1024; // below KeptFreeBytes, above glibc's default trim threshold

long minorFaults()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

// Allocates RoundBytes in blocks and writes every page, then frees them newest first (each merging into the
// heap's top); returns the page faults taken while allocating and writing.
long faultsOfOneRound()
{
    std::vector<void *> blocks;
    blocks.reserve(RoundBytes / BlockBytes);
    const long before = minorFaults();
    for (std::size_t i = 0; i < RoundBytes / BlockBytes; ++i) {
        void *block = std::malloc(BlockBytes);
        std::memset(block, int(i & 0x7f), BlockBytes);
        blocks.push_back(block);
    }
    const long faults = minorFaults() - before;
    for (auto it = blocks.rbegin(); it != blocks.rend(); ++it)
        std::free(*it);
    return faults;
}

} // namespace
#endif

class TestHeapTuning : public QObject
{
    Q_OBJECT
private slots:
    void freedMemoryIsReusedWithoutFreshPages()
    {
#if !defined(__GLIBC__)
        QVERIFY(!Kestrel::HeapTuning::apply());
        QSKIP("only glibc's allocator has M_TOP_PAD; the others keep freed memory by themselves");
#else
        faultsOfOneRound();
        const long untuned = faultsOfOneRound(); // the last round's pages went back to the system
        QVERIFY(Kestrel::HeapTuning::apply());
        faultsOfOneRound(); // this round's pages stay at the top when freed
        const long tuned = faultsOfOneRound();
        qInfo("page faults of a %zu MiB round made again: %ld untuned, %ld tuned", RoundBytes >> 20, untuned, tuned);
        QVERIFY2(untuned > long(RoundBytes / 4096 / 2),
                 "glibc no longer gives its heap top back at once: HeapTuning may not be needed");
        QVERIFY(tuned * 10 < untuned);
#endif
    }
};

QTEST_APPLESS_MAIN(TestHeapTuning)
#include "tst_heap_tuning.moc"

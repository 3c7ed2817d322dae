// bench_imap_parser: how fast ResponseFramer + ResponseParser turn a large FETCH transcript into
// typed responses, on one core. Exits non-zero if any response fails to parse, so the tiny CTest
// run guards correctness as well as keeping the benchmark building.
//
//   bench_imap_parser [--messages N] [--repeat R] [--chunk BYTES]
// Each run also prints "BENCH parser_mb_per_s X MB/s" (CPU time) for scripts/bench.
#include "FetchTranscriptGenerator.h"

#include "imap/parser/ResponseStream.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Kestrel::Imap;

namespace {

struct Options {
    int messages = 100000;
    int repeat = 3;
    qsizetype chunk = 64 * 1024;
};

Options parseArguments(const QStringList &args)
{
    Options o;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--messages"))
            o.messages = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--repeat"))
            o.repeat = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--chunk"))
            o.chunk = std::max(1, args[i + 1].toInt());
    }
    return o;
}

struct RunResult {
    qint64 fetches = 0;
    qint64 tagged = 0;
    qint64 errors = 0;
    qint64 nanoseconds = 0;     // wall clock
    qint64 cpuNanoseconds = 0;  // this thread's CPU time: stable when other processes compete
    qint64 checksum = 0;  // keeps the optimizer from discarding parsed values
};

void consume(const Response &response, RunResult &r)
{
    if (const auto *fetch = std::get_if<FetchResponse>(&response)) {
        ++r.fetches;
        r.checksum += fetch->uid.value_or(0) + (fetch->bodyStructure ? fetch->bodyStructure->children.size() : 0)
            + (fetch->envelope ? fetch->envelope->subject.size() : 0);
    } else if (std::holds_alternative<TaggedStatus>(response)) {
        ++r.tagged;
    }
}

qint64 threadCpuNanoseconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<qint64>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

RunResult runOnce(const QByteArray &transcript, qsizetype chunk)
{
    RunResult r;
    ResponseStream stream;
    Response response;
    ParseError error;
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = threadCpuNanoseconds();
    for (qsizetype pos = 0; pos < transcript.size(); pos += chunk) {
        stream.feed(QByteArrayView(transcript).sliced(pos, std::min(chunk, transcript.size() - pos)));
        for (;;) {
            const ResponseStream::Status status = stream.next(&response, &error);
            if (status == ResponseStream::Status::NeedMore)
                break;
            if (status == ResponseStream::Status::Error) {
                if (++r.errors <= 3)
                    std::fprintf(stderr, "parse error: %s\n", qPrintable(error.toString()));
                if (error.fatal)
                    break;
                continue;
            }
            consume(response, r);
        }
    }
    r.nanoseconds = timer.nsecsElapsed();
    r.cpuNanoseconds = threadCpuNanoseconds() - cpuStart;
    if (stream.finish())
        ++r.errors;
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options options = parseArguments(app.arguments());

    QElapsedTimer generation;
    generation.start();
    const QByteArray transcript = FetchTranscriptGenerator().generate(options.messages);
    const double megabytes = transcript.size() / 1e6;
    std::printf("generated %d messages, %.1f MB in %.2f s\n", options.messages, megabytes,
                generation.nsecsElapsed() / 1e9);

    qint64 best = 0;
    for (int i = 0; i < options.repeat; ++i) {
        const RunResult r = runOnce(transcript, options.chunk);
        if (r.errors != 0 || r.fetches != options.messages || r.tagged != 1) {
            std::fprintf(stderr, "FAILED: %lld errors, %lld FETCH responses (expected %d), %lld tagged\n",
                         static_cast<long long>(r.errors), static_cast<long long>(r.fetches), options.messages,
                         static_cast<long long>(r.tagged));
            return 1;
        }
        const double seconds = r.cpuNanoseconds / 1e9;
        std::printf("parser: %.1f MB in %.3f s = %.1f MB/s (%.0f messages/s) [CPU time; wall %.3f s; checksum %lld]\n",
                    megabytes, seconds, megabytes / seconds, options.messages / seconds, r.nanoseconds / 1e9,
                    static_cast<long long>(r.checksum));
        std::printf("BENCH parser_mb_per_s %.3f MB/s\n", megabytes / seconds); // for scripts/bench
        best = best == 0 ? r.cpuNanoseconds : std::min(best, r.cpuNanoseconds);
    }
    std::printf("best: %.1f MB/s (%.0f messages/s)\n", megabytes / (best / 1e9), options.messages / (best / 1e9));
    return 0;
}

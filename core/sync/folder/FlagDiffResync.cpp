#include "sync/folder/FlagDiffResync.h"

#include "imap/commands/FetchCommand.h"
#include "imap/session/ImapSession.h"
#include "sync/SummaryFromFetch.h"
#include "sync/folder/LiveChanges.h"

#include <QSet>

#include <algorithm>
#include <memory>

namespace Kestrel::Sync {
namespace {

struct Diff {
    QList<FlagUpdate> updates; // in arrival order: a later FETCH of the same UID is newer
    QSet<quint32> seen;
};

} // namespace

QList<std::pair<quint32, quint32>> FlagDiffResync::planRanges(QList<quint32> cached, int chunkSize)
{
    std::sort(cached.begin(), cached.end());
    chunkSize = qMax(chunkSize, 1);
    QList<std::pair<quint32, quint32>> ranges;
    for (qsizetype start = 0; start < cached.size(); start += chunkSize) {
        const qsizetype end = qMin(start + chunkSize, cached.size()) - 1;
        ranges.append({cached.at(start), cached.at(end)});
    }
    return ranges;
}

void FlagDiffResync::run(FolderSyncContext &context, QObject *owner, int chunkSize, const StepDone &done)
{
    if (auto error = context.loadCached())
        return done(error);
    const QList<std::pair<quint32, quint32>> ranges = planRanges(context.cached().values(), chunkSize);
    if (ranges.isEmpty()) {
        done(std::nullopt);
        return;
    }
    auto remaining = std::make_shared<qsizetype>(ranges.size());
    for (const auto &[first, last] : ranges) {
        auto diff = std::make_shared<Diff>();
        auto fetch = std::make_unique<Imap::FetchCommand>(Imap::SequenceSet::fromRange(first, last),
                                                          Imap::FetchItems().uid().flags().modSeq());
        fetch->setStreaming([&context, diff](const Imap::FetchResponse &response) {
            if (!response.uid)
                return;
            diff->seen.insert(*response.uid);
            if (!response.flags)
                return;
            context.live.supersedeFlags(*response.uid);
            diff->updates.append({*response.uid, toCacheFlags(*response.flags), response.modSeq.value_or(0)});
        });
        context.session.run(std::move(fetch), owner, [&context, diff, remaining, first = first, last = last,
                                                      done](const Imap::FetchResult &result) {
            if (context.stopped())
                return;
            if (!result.ok())
                return done(result.error);
            QList<quint32> gone;
            for (quint32 uid : context.cached()) {
                if (uid >= first && uid <= last && !diff->seen.contains(uid))
                    gone << uid;
            }
            if (auto error = context.remove(gone))
                return done(error);
            if (auto error = context.applyFlags(diff->updates))
                return done(error);
            if (auto error = context.flushLive())
                return done(error);
            if (--*remaining == 0)
                done(std::nullopt);
        });
    }
}

} // namespace Kestrel::Sync

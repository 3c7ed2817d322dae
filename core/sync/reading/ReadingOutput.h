#pragma once

#include "common/Error.h"
#include "common/PartInfo.h"
#include "sync/reading/ReadingTask.h"

#include <QCoreApplication>

#include <optional>

namespace Kestrel {

class Database;

namespace Sync {

// The last step of a ReadingTask, once the cache holds every section it needs: the attachments
// written where the task says (original bytes, as PartStore keeps them), or the raw message read, or
// an attached message read and parsed. Runs on the reading thread: never on the GUI's.
class ReadingOutput
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Sync::ReadingOutput)
public:
    static std::optional<Error> deliver(Database &database, const ReadingTask &task, qint64 messageId,
                                        const QList<PartInfo> &parts, ReadingResult &result);

private:
    static std::optional<Error> load(Database &database, qint64 messageId, const PartInfo &part, QByteArray &bytes);
    static std::optional<Error> writeAll(Database &database, const ReadingTask &task, qint64 messageId,
                                         const QList<PartInfo> &parts, ReadingResult &result);
};

} // namespace Sync
} // namespace Kestrel

#pragma once

// A real SQLite cache for the list's window tests: accounts, folders and messages written through the
// cache's own stores (the same code the sync engine uses), then opened read-only as the window does.
#include "account/AccountSettings.h"
#include "cache/AccountStore.h"
#include "cache/Database.h"
#include "cache/FolderStore.h"
#include "cache/MessageStore.h"

#include <QTemporaryDir>
#include <QTimeZone>

namespace ListTest {

// Message `uid` of a test folder: every third \Seen, every tenth \Flagged, every fourth with an
// attachment, subjects "Report NNNNN" with "zebra" in every 50th; replies thread on uid - 1 when
// `threadEvery` > 0 and uid is not a multiple of it.
inline Kestrel::MessageSummary message(quint32 uid, const QString &folderTag = QStringLiteral("in"), int threadEvery = 0)
{
    Kestrel::MessageSummary m;
    m.uid = uid;
    m.internalDate = QDateTime(QDate(2025, 6, 1), QTime(9, 0), QTimeZone::utc()).addSecs(qint64(uid) * 60);
    m.size = 2000 + uid;
    m.subject = QStringLiteral("Report %1%2").arg(uid, 5, 10, QLatin1Char('0')).arg(uid % 50 == 0 ? QStringLiteral(" zebra") : QString());
    m.from = {{QStringLiteral("Sender %1").arg(uid % 5), QStringLiteral("s%1@example.test").arg(uid % 5)}};
    m.to = {{QStringLiteral("Alice"), QStringLiteral("alice@example.test")}};
    m.messageId = QStringLiteral("<%1-%2@example.test>").arg(folderTag).arg(uid);
    if (threadEvery > 0 && uid % quint32(threadEvery) != 1)
        m.inReplyTo = QStringLiteral("<%1-%2@example.test>").arg(folderTag).arg(uid - 1);
    if (uid % 3 == 0)
        m.flags.system |= Kestrel::MessageFlag::Seen;
    if (uid % 10 == 0)
        m.flags.system |= Kestrel::MessageFlag::Flagged;
    m.hasAttachment = uid % 4 == 0;
    return m;
}

inline qint64 addFolder(Kestrel::Database &writer, const QString &account, const QString &name,
                        Kestrel::SpecialUse role, quint32 total = 0)
{
    if (Kestrel::AccountStore(writer).ensureAccount(account, account))
        return 0;
    Kestrel::FolderInfo folder;
    folder.accountId = account;
    folder.name = name;
    folder.delimiter = QStringLiteral("/");
    folder.role = role;
    folder.subscribed = true;
    if (Kestrel::FolderStore(writer).upsertFolder(folder) || Kestrel::FolderStore(writer).updateCounts(folder.id, total, 0))
        return 0;
    return folder.id;
}

// Stores uids first..last in batches (one transaction each, as a sync does).
inline bool fill(Kestrel::Database &writer, qint64 folderId, quint32 first, quint32 last,
                 const QString &folderTag = QStringLiteral("in"), int threadEvery = 0)
{
    QList<Kestrel::MessageSummary> batch;
    for (quint32 uid = first; uid <= last; ++uid) {
        batch << message(uid, folderTag, threadEvery);
        if (batch.size() == 5000 || uid == last) {
            if (Kestrel::MessageStore(writer).upsertMessages(folderId, batch))
                return false;
            batch.clear();
        }
    }
    return true;
}

inline Kestrel::AccountSettings account(const QString &id)
{
    Kestrel::AccountSettings settings;
    settings.id = id;
    settings.displayName = id;
    settings.email = id + QStringLiteral("@example.test");
    return settings;
}

} // namespace ListTest

#pragma once

// The windows the desktop tests walk, filled with a little real data: a SQLite cache with one account,
// its Inbox and three messages, opened read-only as app/main.cpp opens it.
#include "cache/AccountStore.h"
#include "cache/Database.h"
#include "cache/FolderStore.h"
#include "cache/MessageStore.h"
#include "account/AccountSettings.h"

#include <QDateTime>
#include <QString>

namespace Kestrel::Test {

inline AccountSettings desktopTestAccount()
{
    AccountSettings alice;
    alice.id = QStringLiteral("alice");
    alice.displayName = QStringLiteral("Alice (work)");
    alice.email = QStringLiteral("alice@example.org");
    alice.identities = {{QStringLiteral("Alice"), alice.email, QStringLiteral("Alice")}};
    return alice;
}

// Empty when the cache is ready in `reader`, else what went wrong.
inline QString openDesktopTestCache(const QString &path, Database &reader)
{
    Database writer;
    if (const auto error = writer.open(path))
        return error->userMessage;
    if (const auto error = AccountStore(writer).ensureAccount(QStringLiteral("alice"), QStringLiteral("Alice (work)")))
        return error->userMessage;
    FolderInfo inbox;
    inbox.accountId = QStringLiteral("alice");
    inbox.name = QStringLiteral("INBOX");
    inbox.role = SpecialUse::Inbox;
    if (const auto error = FolderStore(writer).upsertFolder(inbox))
        return error->userMessage;
    QList<MessageSummary> messages;
    for (quint32 uid = 1; uid <= 3; ++uid) {
        MessageSummary m;
        m.uid = uid;
        m.internalDate = QDateTime::currentDateTimeUtc().addSecs(-3600 * qint64(uid));
        m.subject = QStringLiteral("Subject %1").arg(uid);
        m.from = {{QStringLiteral("Jānis Bērziņš"), QStringLiteral("janis@example.lv")}};
        messages << m;
    }
    if (const auto error = MessageStore(writer).upsertMessages(inbox.id, messages))
        return error->userMessage;
    writer.close();
    if (const auto error = reader.open(path, Database::Access::ReadOnly))
        return error->userMessage;
    return {};
}

} // namespace Kestrel::Test

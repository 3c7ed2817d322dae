#pragma once

#include "cache/AccountStore.h"
#include "cache/Database.h"
#include "cache/FolderStore.h"
#include "common/MessageSummary.h"
#include "common/PartInfo.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

// Builders shared by the cache tests. Every test opens a real SQLite file in a QTemporaryDir.
namespace CacheTestData {

inline QDateTime at(qint64 secondsAfterBase)
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).addSecs(secondsAfterBase);
}

inline Kestrel::MessageSummary message(quint32 uid, const QDateTime &date, const QString &subject,
                                       const QString &fromName = QStringLiteral("Alice Example"),
                                       const QString &fromEmail = QStringLiteral("alice@example.com"))
{
    Kestrel::MessageSummary m;
    m.uid = uid;
    m.internalDate = date;
    m.sentDate = date.addSecs(-30);
    m.size = 1000 + uid;
    m.subject = subject;
    m.from = {{fromName, fromEmail}};
    m.to = {{QStringLiteral("Bob Receiver"), QStringLiteral("bob@example.org")}};
    m.messageId = QStringLiteral("<msg-%1@example.com>").arg(uid);
    m.bodyStructure = QByteArrayLiteral("(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"UTF-8\") NIL NIL \"7BIT\" 10 1)");
    return m;
}

inline Kestrel::PartInfo part(const QString &section, const QString &mimeType = QStringLiteral("application/octet-stream"))
{
    Kestrel::PartInfo info;
    info.section = section;
    info.mimeType = mimeType;
    return info;
}

// Opens `db` at dir/cache.sqlite, with account "acc-1" and its INBOX; returns the folder id.
inline qint64 openWithInbox(Kestrel::Database &db, const QString &dir, const QString &accountId = QStringLiteral("acc-1"))
{
    if (!db.isOpen()) {
        const auto error = db.open(dir + QStringLiteral("/cache.sqlite"));
        if (error)
            qFatal("open failed: %s", qPrintable(error->toString()));
    }
    Kestrel::AccountStore accounts(db);
    if (auto error = accounts.ensureAccount(accountId, QStringLiteral("Test account")))
        qFatal("ensureAccount failed: %s", qPrintable(error->toString()));
    Kestrel::FolderInfo inbox;
    inbox.accountId = accountId;
    inbox.name = QStringLiteral("INBOX");
    inbox.delimiter = QStringLiteral("/");
    inbox.role = Kestrel::SpecialUse::Inbox;
    if (auto error = Kestrel::FolderStore(db).upsertFolder(inbox))
        qFatal("upsertFolder failed: %s", qPrintable(error->toString()));
    return inbox.id;
}

} // namespace CacheTestData

// QVERIFY-friendly: fails the test with the error's text when `expr` returns an Error.
#define CACHE_OK(expr)                                                                                          \
    do {                                                                                                        \
        const auto cacheError_ = (expr);                                                                        \
        QVERIFY2(!cacheError_, cacheError_ ? qPrintable(cacheError_->toString()) : "");                        \
    } while (false)

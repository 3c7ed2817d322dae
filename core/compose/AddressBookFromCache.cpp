#include "compose/AddressBookFromCache.h"

#include "cache/AddressCodec.h"
#include "cache/Database.h"
#include "cache/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QRegularExpression>
#include <QThreadPool>

#include <algorithm>

namespace Kestrel::Compose {
namespace {

// Equal column values (the same sender, the same list of recipients) are counted as text first, so each
// distinct value is decoded once. Cheaper than GROUP BY in SQL, which sorts every column in a temporary
// B-tree.
const QString AddressColumns = QStringLiteral("SELECT from_addr, to_addr, cc_addr FROM messages");

bool looksLikeAddress(const QString &email)
{
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    return at > 0 && at < email.size() - 1 && !email.contains(QLatin1Char(' '));
}

bool wordStartsWith(const QString &name, const QString &typed)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,.()\"'<>-]+"));
    const QStringList words = name.split(separators, Qt::SkipEmptyParts);
    return std::any_of(words.cbegin(), words.cend(),
                       [&](const QString &word) { return word.startsWith(typed, Qt::CaseInsensitive); });
}

} // namespace

std::optional<Error> AddressBookFromCache::load(Database &database, QList<AddressCandidate> &candidates)
{
    candidates.clear();
    QSqlQuery query(database.connection());
    if (auto error = Sql::prepare(query, AddressColumns))
        return error;
    if (auto error = Sql::exec(query))
        return error;
    QHash<QString, int> columnValues;
    while (query.next()) {
        for (int column = 0; column < 3; ++column) {
            const QString value = query.value(column).toString();
            if (!value.isEmpty())
                ++columnValues[value];
        }
    }
    QHash<QString, qsizetype> byEmail; // case-folded address -> index in candidates
    for (auto it = columnValues.cbegin(); it != columnValues.cend(); ++it) {
        const int uses = it.value();
        for (const Address &address : AddressCodec::decode(it.key())) {
            if (!looksLikeAddress(address.email))
                continue;
            const QString key = address.email.toCaseFolded();
            const auto found = byEmail.constFind(key);
            if (found == byEmail.cend()) {
                byEmail.insert(key, candidates.size());
                candidates.append({address, uses});
                continue;
            }
            AddressCandidate &known = candidates[*found];
            known.uses += uses;
            if (known.address.name.isEmpty())
                known.address.name = address.name; // a name beats none
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const AddressCandidate &a, const AddressCandidate &b) {
        return a.uses != b.uses ? a.uses > b.uses : a.address.email < b.address.email;
    });
    return std::nullopt;
}

void AddressBookFromCache::loadInBackground(const QString &cachePath, QObject *context,
                                            std::function<void(QList<AddressCandidate>, std::optional<Error>)> done)
{
    QPointer<QObject> receiver(context);
    QThreadPool::globalInstance()->start([cachePath, receiver, done = std::move(done)] {
        QList<AddressCandidate> candidates;
        std::optional<Error> error;
        {
            Database database;
            error = database.open(cachePath, Database::Access::ReadOnly);
            if (!error)
                error = load(database, candidates);
        }
        // Checked again on the main thread: `context` may be destroyed while the query runs.
        QMetaObject::invokeMethod(QCoreApplication::instance(), [receiver, candidates = std::move(candidates), error, done]() mutable {
            if (receiver)
                done(std::move(candidates), error);
        });
    });
}

QList<AddressCandidate> AddressBookFromCache::complete(const QList<AddressCandidate> &candidates, const QString &typed,
                                                       int limit)
{
    QList<AddressCandidate> matches;
    const QString wanted = typed.trimmed();
    if (wanted.isEmpty())
        return matches;
    for (const AddressCandidate &candidate : candidates) {
        if (candidate.address.email.startsWith(wanted, Qt::CaseInsensitive)
            || wordStartsWith(candidate.address.name, wanted)
            || candidate.address.name.startsWith(wanted, Qt::CaseInsensitive)) {
            matches.append(candidate);
            if (matches.size() >= limit)
                break;
        }
    }
    return matches;
}

} // namespace Kestrel::Compose

// Cache benchmark: upsert throughput, first-page latency and full-text query latency at N messages.
// Synthetic but mail-shaped data: Zipf-distributed words, a few hundred correspondents, three years of
// dates, text bodies cached for a fifth of the messages (what the recent-mail prefetch would hold).
#include "cache/AccountStore.h"
#include "cache/Database.h"
#include "cache/FolderStore.h"
#include "cache/MessageListReader.h"
#include "cache/MessageStore.h"
#include "cache/PartStore.h"
#include "cache/SearchIndex.h"
#include "cache/SortIndexes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Kestrel;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void fail(const Error &error)
{
    out() << "error: " << error.toString() << Qt::endl;
    std::exit(1);
}

void check(const std::optional<Error> &error)
{
    if (error)
        fail(*error);
}

class Corpus
{
public:
    explicit Corpus(quint32 seed)
        : m_random(seed)
    {
        static const QStringList syllables{QStringLiteral("ka"), QStringLiteral("ro"), QStringLiteral("mi"),
                                           QStringLiteral("ten"), QStringLiteral("sa"), QStringLiteral("lo"),
                                           QStringLiteral("ver"), QStringLiteral("di"), QStringLiteral("nu"),
                                           QStringLiteral("pra"), QStringLiteral("el"), QStringLiteral("fo"),
                                           QStringLiteral("ķe"), QStringLiteral("ā"), QStringLiteral("при"),
                                           QStringLiteral("вет"), QStringLiteral("гос"), QStringLiteral("ба")};
        for (int i = 0; i < 5000; ++i) {
            QString word;
            for (int s = 0, n = 2 + int(m_random.bounded(3)); s < n; ++s)
                word += syllables[int(m_random.bounded(syllables.size()))];
            m_words.append(word);
        }
        for (int i = 0; i < 400; ++i)
            m_people.append(Address{capitalized(word()) + QLatin1Char(' ') + capitalized(word()),
                                    word() + QStringLiteral("@") + word() + QStringLiteral(".example")});
    }

    // Zipf-like: rank r is drawn with probability ~ 1/r.
    QString word()
    {
        const double u = m_random.generateDouble();
        const int rank = int(std::exp(u * std::log(double(m_words.size())))) - 1;
        return m_words[std::clamp(rank, 0, int(m_words.size()) - 1)];
    }
    QString words(int count)
    {
        QStringList list;
        for (int i = 0; i < count; ++i)
            list.append(word());
        return list.join(QLatin1Char(' '));
    }
    const Address &person() { return m_people[int(m_random.bounded(m_people.size()))]; }
    QRandomGenerator &random() { return m_random; }
    const QStringList &vocabulary() const { return m_words; }

    MessageSummary message(quint32 uid, int total)
    {
        MessageSummary m;
        m.uid = uid;
        const qint64 span = 3LL * 365 * 24 * 3600;
        m.internalDate = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc())
                             .addSecs(span * uid / total + m_random.bounded(3600));
        m.sentDate = m.internalDate.addSecs(-int(m_random.bounded(600)));
        m.size = 2000 + m_random.bounded(200000);
        m.subject = (m_random.bounded(3) == 0 ? QStringLiteral("Re: ") : QString()) + words(3 + int(m_random.bounded(6)));
        m.from = {person()};
        m.to = {person()};
        if (m_random.bounded(3) == 0)
            m.cc = {person(), person()};
        m.flags.system = m_random.bounded(10) < 8 ? MessageFlagSet(MessageFlag::Seen) : MessageFlagSet();
        m.messageId = QStringLiteral("<%1.%2@bench.example>").arg(uid).arg(m_random.generate());
        m.references = {QStringLiteral("<root-%1@bench.example>").arg(uid / 7)};
        m.bodyStructure = QByteArrayLiteral("((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"UTF-8\") NIL NIL \"QUOTED-PRINTABLE\" 1834 40"
                                            " NIL NIL NIL NIL)(\"TEXT\" \"HTML\" (\"CHARSET\" \"UTF-8\") NIL NIL"
                                            " \"QUOTED-PRINTABLE\" 9120 120 NIL NIL NIL NIL) \"ALTERNATIVE\" (\"BOUNDARY\""
                                            " \"b1\") NIL NIL NIL)");
        m.modSeq = uid;
        return m;
    }

private:
    static QString capitalized(QString s)
    {
        if (!s.isEmpty())
            s[0] = s[0].toUpper();
        return s;
    }

    QRandomGenerator m_random;
    QStringList m_words;
    QList<Address> m_people;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())))];
}

qint64 setUp(Database &db, const QString &accountId)
{
    check(AccountStore(db).ensureAccount(accountId, QStringLiteral("Bench")));
    FolderInfo inbox;
    inbox.accountId = accountId;
    inbox.name = QStringLiteral("INBOX");
    check(FolderStore(db).upsertFolder(inbox));
    return inbox.id;
}

void benchUpsert(const QString &dir, int n)
{
    Corpus corpus(1);
    QList<MessageSummary> all;
    for (int uid = 1; uid <= n; ++uid)
        all.append(corpus.message(quint32(uid), n));
    Database single;
    check(single.open(dir + QStringLiteral("/single.sqlite")));
    const qint64 folder = setUp(single, QStringLiteral("a"));
    QElapsedTimer timer;
    timer.start();
    check(MessageStore(single).upsertMessages(folder, all, FolderSyncState{1, quint32(n + 1), quint64(n)}));
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    out() << QStringLiteral("upsert, one transaction of %1:        %2 msgs/s (%3 s)")
                 .arg(n).arg(qRound(n / seconds)).arg(seconds, 0, 'f', 2)
          << Qt::endl;
}

// The database the read benchmarks use: N messages upserted newest first in chunks of 500, as the sync
// engine does, plus text bodies for every fifth message.
qint64 benchChunkedUpsert(Database &db, Corpus &corpus, int n)
{
    const qint64 folder = setUp(db, QStringLiteral("a"));
    QElapsedTimer timer;
    timer.start();
    for (int top = n; top >= 1; top -= 500) {
        QList<MessageSummary> chunk;
        for (int uid = top; uid > std::max(0, top - 500); --uid)
            chunk.append(corpus.message(quint32(uid), n));
        check(MessageStore(db).upsertMessages(folder, chunk, FolderSyncState{1, quint32(n + 1), 0}));
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    out() << QStringLiteral("upsert, chunks of 500 (newest first): %1 msgs/s (%2 s, including generation)")
                 .arg(qRound(n / seconds)).arg(seconds, 0, 'f', 2)
          << Qt::endl;

    PartInfo text;
    text.section = QStringLiteral("1");
    text.mimeType = QStringLiteral("text/plain");
    timer.restart();
    PartStore parts(db);
    MessageStore messages(db);
    QList<PartContent> batch;
    int stored = 0;
    for (int uid = 1; uid <= n; uid += 5, ++stored) { // the prefetch stores parts in batches
        qint64 row = 0;
        check(messages.messageRowId(folder, quint32(uid), row));
        batch.append(PartContent{row, text, corpus.words(250).toUtf8()});
        if (batch.size() == 250 || uid + 5 > n) {
            check(parts.storeAll(batch));
            batch.clear();
        }
    }
    out() << QStringLiteral("text parts (~1.7 KB), batches of 250:  %1 parts/s (%2 parts)")
                 .arg(qRound(stored / (double(timer.nsecsElapsed()) / 1e9))).arg(stored)
          << Qt::endl;
    timer.restart();
    for (int uid = 2; uid <= std::min(n, 2 + 5 * 200); uid += 5) { // opening messages one at a time
        qint64 row = 0;
        check(messages.messageRowId(folder, quint32(uid), row));
        check(parts.store(row, text, corpus.words(250).toUtf8()));
    }
    out() << QStringLiteral("text part stored alone (message opened): mean %1 ms")
                 .arg(double(timer.nsecsElapsed()) / 1e6 / std::min(200, (n - 2) / 5 + 1), 0, 'f', 2)
          << Qt::endl;
    return folder;
}

void benchPages(const QString &path, qint64 folder, int n)
{
    QList<double> open;
    QList<double> first;
    QList<double> deep;
    QList<double> keyset;
    QElapsedTimer timer;
    const auto lap = [&timer](QList<double> &into) {
        into.append(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
    };
    for (int round = 0; round < 20; ++round) {
        Database reader; // the GUI's connection, opened fresh each round
        timer.start();
        check(reader.open(path, Database::Access::ReadOnly));
        lap(open);
        MessageListReader list(reader);
        int count = 0;
        QList<MessageSummary> rows;
        check(list.count(folder, count));
        check(list.page(folder, MessageOrder{}, 0, 100, rows));
        lap(first);
        check(list.page(folder, MessageOrder{}, n / 2, 100, rows));
        lap(deep);
        check(list.pageAfter(folder, MessageOrder{MessageSortColumn::Subject, Qt::AscendingOrder}, rows.last(), 100, rows));
        lap(keyset);
    }
    out() << QStringLiteral("open read-only connection:                    median %1 ms").arg(median(open), 0, 'f', 2)
          << Qt::endl;
    out() << QStringLiteral("first page (count + 100 rows by date):        median %1 ms, max %2 ms")
                 .arg(median(first), 0, 'f', 2).arg(percentile(first, 1.0), 0, 'f', 2)
          << Qt::endl;
    out() << QStringLiteral("page at offset %1 by date:                   median %2 ms").arg(n / 2).arg(median(deep), 0, 'f', 2)
          << Qt::endl;
    out() << QStringLiteral("keyset page by subject from the middle:       median %1 ms").arg(median(keyset), 0, 'f', 2)
          << Qt::endl;
}

QStringList searchQueries(Corpus &corpus)
{
    QStringList queries;
    const QStringList &vocabulary = corpus.vocabulary();
    for (int i = 0; i < 40; ++i) {
        const QString common = vocabulary[int(corpus.random().bounded(50))];
        const QString rare = vocabulary[50 + int(corpus.random().bounded(vocabulary.size() - 50))];
        queries << rare << common + QLatin1Char(' ') << rare.left(3) // typing the start of a word
                << common + QLatin1Char(' ') + rare.left(4) << corpus.person().name.section(QLatin1Char(' '), 0, 0)
                << corpus.person().email;
    }
    return queries;
}

void benchSearch(const QString &path)
{
    Database reader;
    check(reader.open(path, Database::Access::ReadOnly));
    SearchIndex index(reader);
    Corpus corpus(2);
    QList<double> times;
    qint64 hits = 0;
    for (const QString &query : searchQueries(corpus)) {
        QList<MessageKey> keys;
        QElapsedTimer timer;
        timer.start();
        check(index.search(query, QString(), 200, keys));
        times.append(double(timer.nsecsElapsed()) / 1e6);
        hits += keys.size();
    }
    out() << QStringLiteral("FTS query (%1 queries, limit 200): median %2 ms, p90 %3 ms, max %4 ms, %5 hits/query")
                 .arg(times.size())
                 .arg(median(times), 0, 'f', 2)
                 .arg(percentile(times, 0.9), 0, 'f', 2)
                 .arg(percentile(times, 1.0), 0, 'f', 2)
                 .arg(hits / std::max<qsizetype>(1, times.size()))
          << Qt::endl;
    out() << "BENCH fts_median_ms " << median(times) << " ms" << Qt::endl; // for scripts/bench
    out() << "BENCH fts_max_ms " << percentile(times, 1.0) << " ms" << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("messages"), QStringLiteral("How many messages."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Where to put the databases (default: a temporary folder)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("search-only"),
                      QStringLiteral("Only what the full-text search needs: the chunked fill and the queries.")});
    parser.process(app);
    const bool searchOnly = parser.isSet(QStringLiteral("search-only"));
    const int n = std::max(1, parser.value(QStringLiteral("messages")).toInt());
    QTemporaryDir temporary;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temporary.path();

    out() << "bench_cache: " << n << " messages in " << dir << Qt::endl;
    if (!searchOnly)
        benchUpsert(dir, n);
    const QString path = dir + QStringLiteral("/cache.sqlite");
    qint64 folder = 0;
    {
        Database writer;
        check(writer.open(path));
        Corpus corpus(3);
        folder = benchChunkedUpsert(writer, corpus, n);
        if (!searchOnly) { // as the list does the first time it is sorted by subject (SortIndexes)
            QElapsedTimer timer;
            timer.start();
            check(SortIndexes::create(writer, MessageSortColumn::Subject));
            out() << QStringLiteral("subject sort index, made on first use:        %1 ms").arg(timer.elapsed()) << Qt::endl;
        }
    }
    if (!searchOnly)
        benchPages(path, folder, n);
    benchSearch(path);
    out() << "database size: " << QFileInfo(path).size() / 1024 << " KiB" << Qt::endl;
    return 0;
}

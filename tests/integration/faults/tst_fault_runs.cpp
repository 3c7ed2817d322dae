// Seeded fault runs (issue 9, "Faults"): in each run Kestrel's real core classes sync a small pair of
// folders, replay a flag change and a move, and send a message (SMTP, then APPEND to Sent) while a
// FaultProxy cuts, stalls, drips or resets their connections to Dovecot and the SMTP server. Then the
// faults stop, the same classes run again to recover, and the run must show: nothing hung (every wait is
// bounded), every message exactly once on the server, the user's flag and move done, the cache equal to
// the server, the outbox empty, the message delivered once (or, when the cut fell between the end of
// data and the server's reply, not at all and the user told so) and one copy in Sent.
// One binary; CTest runs it 20 times with the environment KESTREL_FAULT_FIRST (default 1) and
// KESTREL_FAULT_COUNT (default 25) naming its seeds; KESTREL_FAULT_SEED=N runs just N.
#include "EventWait.h"
#include "FaultBed.h"
#include "PhaseClock.h"
#include "SendTestBed.h"

#include "CacheSnapshot.h"
#include "RawImapClient.h"
#include "ServerSnapshot.h"

#include "cache/Database.h"
#include "cache/FolderStore.h"
#include "cache/MessageListReader.h"
#include "cache/OfflineQueue.h"
#include "send/OutboxSubmission.h"
#include "sync/AccountSync.h"
#include "sync/actions/AccountReplay.h"
#include "sync/actions/MessageActions.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace Kestrel;
using namespace Kestrel::Test;

namespace {

constexpr int Messages = 6; // in the run's folder before the faults; one more arrives during them

QByteArray messageId(quint32 seed, int n)
{
    return "<fault." + QByteArray::number(seed) + '.' + QByteArray::number(n) + "@kestrel.test>";
}

QByteArray message(quint32 seed, int n)
{
    return "From: Carol <carol@example.org>\r\nTo: alice@example.test\r\nSubject: Fault " + QByteArray::number(seed) + ' '
        + QByteArray::number(n) + "\r\nDate: Mon, 30 Nov 2026 10:00:00 +0000\r\nMessage-ID: " + messageId(seed, n)
        + "\r\n\r\n" + QByteArray(200 + n * 150, 'x') + "\r\n";
}

} // namespace

class TestFaultRuns : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<Error>();
        QString error;
        QVERIFY2(m_bed.start(error), qPrintable(error));
    }

    void seededRuns()
    {
        QList<quint32> seeds;
        if (qEnvironmentVariableIsSet("KESTREL_FAULT_SEED"))
            seeds << quint32(qEnvironmentVariableIntValue("KESTREL_FAULT_SEED"));
        else
        {
            const int first = qEnvironmentVariableIsSet("KESTREL_FAULT_FIRST") ? qEnvironmentVariableIntValue("KESTREL_FAULT_FIRST") : 1;
            const int count = qEnvironmentVariableIsSet("KESTREL_FAULT_COUNT") ? qEnvironmentVariableIntValue("KESTREL_FAULT_COUNT") : 25;
            for (int i = 0; i < count; ++i)
                seeds << quint32(first + i);
        }
        QElapsedTimer clock;
        clock.start();
        int unconfirmed = 0;
        for (quint32 seed : std::as_const(seeds)) {
            PhaseClock phases;
            const QString failure = run(seed, unconfirmed, phases);
            qInfo("seed %u: %lld ms (%s)", seed, qlonglong(phases.total()), qPrintable(phases.breakdown()));
            if (!failure.isEmpty())
                QFAIL(qPrintable(QStringLiteral("seed %1 (rerun with KESTREL_FAULT_SEED=%1): %2\n%3")
                                     .arg(seed).arg(failure, m_bed.faultLog())));
        }
        qInfo("%lld seeds in %lld ms; %d sends ended unconfirmed (cut between the end of data and the reply)",
              qlonglong(seeds.size()), qlonglong(clock.elapsed()), unconfirmed);
    }

private:
    // One seeded run; empty when everything held, else what did not.
    QString run(quint32 seed, int &unconfirmed, PhaseClock &phases)
    {
        const QString folder = QStringLiteral("Run%1").arg(seed);
        const QString moved = QStringLiteral("Run%1-Moved").arg(seed);
        QTemporaryDir profile;
        Database db;
        if (db.open(profile.filePath(QStringLiteral("cache.sqlite"))) || !m_bed.newProxies(seed))
            return QStringLiteral("set-up failed");
        RawImapClient raw;
        if (!raw.connectTo(m_bed.dovecot().ports().imap) || !raw.login(QStringLiteral("alice"), DovecotServer::password()))
            return QStringLiteral("raw login: ") + raw.lastError();
        raw.command("CREATE " + RawImapClient::quoted(folder));
        raw.command("CREATE " + RawImapClient::quoted(moved));
        QList<QByteArray> initial;
        for (int n = 1; n <= Messages; ++n)
            initial << message(seed, n);
        if (!raw.append(folder, initial))
            return QStringLiteral("raw append: ") + raw.lastError();
        phases.mark("setup");

        // A clean first sync: the cache knows the messages the user then acts on.
        const AccountSettings account = m_bed.account();
        m_bed.setFaulty(false);
        if (const QString error = sync(account, db, {folder, moved}); !error.isEmpty())
            return QStringLiteral("clean first sync: ") + error;
        phases.mark("first-sync");
        m_bed.faultLog(); // only the faulted phase's connections are of interest

        // The user's actions and another client's changes, then everything once through the faults.
        Sync::MessageActions actions(db, account.id);
        if (actions.changeFlags(folder, {2}, {QStringLiteral("\\Seen")}, {}) || actions.move(folder, {3, 4}, moved))
            return QStringLiteral("queuing the actions failed");
        raw.command("SELECT " + RawImapClient::quoted(folder));
        raw.command("UID STORE 1 +FLAGS.SILENT (\\Flagged)");
        raw.append(folder, {message(seed, Messages + 1)});
        qint64 outboxId = 0;
        if (Send::OutboxSubmission::store(db, outgoing(account.id, seed), outboxId))
            return QStringLiteral("storing the outgoing message failed");
        std::optional<Send::OutboxEntry> entry;
        Send::OutboxStore(db).get(outboxId, entry);
        const QByteArray sentId = entry ? entry->messageId : QByteArray();
        phases.mark("actions");

        m_bed.setFaulty(true);
        QStringList notes;
        replay(account, db); // each may fail: that is the point
        phases.mark("f-replay");
        sync(account, db, {folder, moved});
        phases.mark("f-sync");
        SendRun faulted = send(account, db);
        if (!faulted.finished)
            return QStringLiteral("sending through the faults did not finish in 60 s");
        notes << faulted.notes;
        phases.mark("f-send");

        // Recovery without faults: whatever the faults left undone is done now, and nothing twice.
        m_bed.setFaulty(false);
        if (!waitWithoutSleeping([this] { return m_bed.openRelays() == 0; }, 10000))
            return QStringLiteral("relays of the faulted phase still open after 10 s");
        phases.mark("drain");
        for (int attempt = 0; attempt < 3 && queued(db, account.id) > 0; ++attempt)
            replay(account, db);
        if (const int left = queued(db, account.id))
            return QStringLiteral("%1 actions still queued after the recovery").arg(left);
        phases.mark("r-replay");
        if (const QString error = sync(account, db, {folder, moved}); !error.isEmpty())
            return QStringLiteral("recovery sync: ") + error;
        phases.mark("r-sync");
        for (int attempt = 0; attempt < 3 && outboxCount(db, account.id) > 0; ++attempt) {
            const SendRun again = send(account, db);
            notes << again.notes;
            if (again.report.waiting > 0 && !again.report.sentError)
                notes << send(account, db, outboxId).notes;
        }
        raw.logout();
        phases.mark("r-send");
        const QString failure = verify(seed, db, account.id, folder, moved, sentId, notes, unconfirmed);
        phases.mark("verify");
        return failure;
    }

    QString verify(quint32 seed, Database &db, const QString &accountId, const QString &folder, const QString &moved,
                   const QByteArray &sentId, const QStringList &notes, int &unconfirmed)
    {
        const quint16 imap = m_bed.dovecot().ports().imap;
        const QString alice = QStringLiteral("alice");
        // One read of each folder on the server serves both checks (a login each costs ~0.1 s under load).
        const FolderSnapshot inFolder = ServerSnapshot::read(imap, alice, DovecotServer::password(), folder);
        const FolderSnapshot inMoved = ServerSnapshot::read(imap, alice, DovecotServer::password(), moved);
        for (const auto *snapshot : {&inFolder, &inMoved}) {
            const QString name = snapshot == &inFolder ? folder : moved;
            const QString difference = FolderSnapshot::diff(*snapshot, CacheSnapshot::read(db, accountId, name));
            if (!difference.isEmpty())
                return QStringLiteral("cache differs from the server in %1:\n%2").arg(name, difference);
        }
        // Every message exactly once, in the folder the user left it in, with the flags set.
        QHash<QString, QStringList> where; // Message-ID -> folders (one entry per copy)
        QHash<QString, QStringList> flags;
        for (const auto *snapshot : {&inFolder, &inMoved}) {
            for (const FolderSnapshot::Message &m : snapshot->messages) {
                where[m.messageId] << (snapshot == &inFolder ? folder : moved);
                flags[m.messageId] << m.flags;
            }
        }
        for (int n = 1; n <= Messages + 1; ++n) {
            const QString id = QString::fromLatin1(messageId(seed, n));
            const QString expected = (n == 3 || n == 4) ? moved : folder;
            if (where.value(id) != QStringList{expected})
                return QStringLiteral("message %1 is in [%2], expected once in %3").arg(n).arg(where.value(id).join(QLatin1Char(',')), expected);
            if (n >= 1 && n <= 2 && !flags.value(id).contains(n == 1 ? QStringLiteral("\\Flagged") : QStringLiteral("\\Seen")))
                return QStringLiteral("message %1 lost its flag: (%2)").arg(n).arg(flags.value(id).join(QLatin1Char(' ')));
        }
        if (where.size() != Messages + 1)
            return QStringLiteral("%1 distinct messages on the server, expected %2").arg(where.size()).arg(Messages + 1);
        if (const int left = outboxCount(db, accountId))
            return QStringLiteral("%1 messages still in the outbox").arg(left);
        int delivered = 0;
        for (const SmtpSink::StoredMessage &stored : m_bed.sink().storedMessages())
            delivered += stored.raw.contains(QByteArray("Message-ID: " + sentId)) || stored.raw.contains(QByteArray("Message-Id: " + sentId));
        const bool toldUnknown = !notes.filter(QStringLiteral("not known")).isEmpty();
        if (delivered > 1 || (delivered == 0 && !toldUnknown))
            return QStringLiteral("delivered %1 times (notes: %2)").arg(delivered).arg(notes.join(QStringLiteral(" | ")));
        unconfirmed += delivered == 0;
        const int sent = int(findByMessageId(m_bed.dovecot(), QStringLiteral("alice"), QStringLiteral("Sent"), sentId).size());
        if (sent != 1)
            return QStringLiteral("%1 copies in Sent").arg(sent);
        return {};
    }

    static OutgoingMessage outgoing(const QString &accountId, quint32 seed)
    {
        OutgoingMessage message;
        message.accountId = accountId;
        message.from = {QStringLiteral("Alice"), QStringLiteral("alice@example.test")};
        message.to = {{QStringLiteral("Bob"), QStringLiteral("bob@example.test")}};
        message.subject = QStringLiteral("Fault run %1").arg(seed);
        message.body = QStringLiteral("Sent through a faulty network.\n").repeated(40);
        return message;
    }

    // One AccountSend run over the due outbox entries, or over entry `onlyId` alone (an entry waiting out its
    // back-off after a fault is sent at once, as "Retry" in the outbox does). SendTestBed's runSend, with
    // a wait that does not sleep.
    static SendRun send(const AccountSettings &account, Database &db, qint64 onlyId = 0)
    {
        SendRun run;
        Send::AccountSend send(account, DovecotServer::password(), db);
        QObject::connect(&send, &Send::AccountSend::noted, &send, [&run](qint64, const QString &note) { run.notes << note; });
        QObject::connect(&send, &Send::AccountSend::finished, &send, [&run](const Send::SendReport &report) {
            run.report = report;
            run.finished = true;
        });
        send.start(onlyId);
        (void)waitWithoutSleeping([&run] { return run.finished; }, 60000); // the caller checks run.finished
        return run;
    }

    static int queued(Database &db, const QString &accountId)
    {
        int count = -1;
        OfflineQueue(db).count(accountId, count);
        return count;
    }

    // One AccountSync run; empty when it finished without an error.
    static QString sync(const AccountSettings &account, Database &db, const QStringList &folders)
    {
        Sync::AccountSync sync(account, DovecotServer::password(), db);
        std::optional<std::optional<Error>> result;
        QObject::connect(&sync, &Sync::AccountSync::finished, &sync, [&result](const std::optional<Error> &error) { result = error; });
        Sync::AccountSync::Options options;
        options.folders = folders;
        sync.start(options);
        if (!waitWithoutSleeping([&result] { return result.has_value(); }, 60000))
            return QStringLiteral("the sync did not finish in 60 s");
        return *result ? (*result)->toString() : QString();
    }

    static Sync::ReplayReport replay(const AccountSettings &account, Database &db)
    {
        Sync::AccountReplay replay(account, DovecotServer::password(), db);
        std::optional<Sync::ReplayReport> report;
        QObject::connect(&replay, &Sync::AccountReplay::finished, &replay, [&report](const Sync::ReplayReport &r) { report = r; });
        replay.start();
        if (!waitWithoutSleeping([&report] { return report.has_value(); }, 60000)) {
            Sync::ReplayReport hung;
            hung.error = Error::make(Error::Code::Protocol, QStringLiteral("the replay did not finish in 60 s"));
            return hung;
        }
        return *report;
    }

    FaultBed m_bed;
};

QTEST_GUILESS_MAIN(TestFaultRuns)
#include "tst_fault_runs.moc"

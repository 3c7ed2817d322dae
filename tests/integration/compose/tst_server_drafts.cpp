// A draft saved to the real Dovecot's Drafts folder, saved again (and again after its UID was lost, as
// after a crash between APPEND and recording it): exactly one copy is left each time, flagged \Draft,
// carrying the latest text; once sent, remove() leaves none. Also without UIDPLUS (no APPENDUID).
#include "SendTestBed.h"

#include "compose/RawMessageFetch.h"
#include "compose/ReplyTemplate.h"
#include "compose/ServerDraftSave.h"

using namespace Kestrel;
using namespace Kestrel::Compose;
using namespace Kestrel::Test;

namespace {

struct DraftRun {
    Draft draft;
    std::optional<Error> error;
    bool finished = false;
};

DraftRun run(const AccountSettings &account, const Draft &draft, bool keep)
{
    DraftRun result;
    ServerDraftSave job(account, DovecotServer::password());
    QObject::connect(&job, &ServerDraftSave::finished, &job, [&result](const Draft &saved, const std::optional<Error> &error) {
        result.draft = saved;
        result.error = error;
        result.finished = true;
    });
    keep ? job.save(draft) : job.remove(draft);
    (void)QTest::qWaitFor([&result] { return result.finished; }, 30000);
    return result;
}

QByteArray fetchBody(const DovecotServer &dovecot, const QByteArray &uid)
{
    RawImapClient raw;
    if (!raw.connectTo(dovecot.ports().imap) || !raw.login(QStringLiteral("alice"), DovecotServer::password()))
        return {};
    raw.command("SELECT Drafts");
    const RawImapClient::Reply reply = raw.command("UID FETCH " + uid + " (BODY.PEEK[])");
    raw.logout();
    return reply.untagged.join('\n');
}

Draft sample()
{
    Draft draft;
    draft.id = QStringLiteral("d1");
    draft.message.accountId = QStringLiteral("send-alice");
    draft.message.from = {QStringLiteral("Alice"), QStringLiteral("alice@example.test")};
    draft.message.to = {{QStringLiteral("Bob"), QStringLiteral("bob@example.test")}};
    draft.message.bcc = {{QString(), QStringLiteral("carol@example.test")}};
    draft.message.subject = QStringLiteral("Черновик: plan");
    draft.message.body = QStringLiteral("first version\n");
    return draft;
}

} // namespace

class TestServerDrafts : public QObject
{
    Q_OBJECT
private slots:
    void savingAgainReplacesThePreviousCopy_data()
    {
        QTest::addColumn<bool>("uidplus");
        QTest::newRow("UIDPLUS") << true;
        QTest::newRow("no UIDPLUS") << false;
    }

    void savingAgainReplacesThePreviousCopy()
    {
        QFETCH(bool, uidplus);
        DovecotServer dovecot;
        if (!uidplus)
            dovecot.setExtraConfig(QStringLiteral("imap_capability = IMAP4rev1 LITERAL+ SPECIAL-USE IDLE"));
        QVERIFY2(dovecot.start(), qPrintable(dovecot.errorString()));
        const AccountSettings account = aliceAccount(dovecot, {QStringLiteral("127.0.0.1"), 1, ConnectionSecurity::Tls});

        const DraftRun first = run(account, sample(), true);
        QVERIFY(first.finished);
        QVERIFY2(!first.error, first.error ? qPrintable(first.error->toString()) : "");
        QCOMPARE(first.draft.serverFolder, QStringLiteral("Drafts"));
        QVERIFY(first.draft.serverUid > 0);
        QVERIFY(!first.draft.messageId.isEmpty());
        QByteArray flags;
        QList<QByteArray> copies = findByMessageId(dovecot, QStringLiteral("alice"), QStringLiteral("Drafts"), first.draft.messageId, &flags);
        QCOMPARE(copies, QList<QByteArray>{QByteArray::number(first.draft.serverUid)});
        QVERIFY2(flags.contains("\\Draft"), flags.constData());

        Draft edited = first.draft;
        edited.message.body = QStringLiteral("second version\n");
        const DraftRun second = run(account, edited, true);
        QVERIFY2(second.finished && !second.error, second.error ? qPrintable(second.error->toString()) : "");
        QCOMPARE(second.draft.messageId, first.draft.messageId); // the same message, a newer copy
        QVERIFY(second.draft.serverUid > first.draft.serverUid);
        copies = findByMessageId(dovecot, QStringLiteral("alice"), QStringLiteral("Drafts"), first.draft.messageId);
        if (uidplus) {
            QCOMPARE(copies, QList<QByteArray>{QByteArray::number(second.draft.serverUid)}); // exactly one left
        } else {
            // Without UID EXPUNGE the old copy is only marked \Deleted (a plain EXPUNGE could take more).
            QCOMPARE(copies.size(), 2);
            QByteArray oldFlags;
            findByMessageId(dovecot, QStringLiteral("alice"), QStringLiteral("Drafts"), first.draft.messageId, &oldFlags);
            QVERIFY2(oldFlags.contains("\\Deleted"), oldFlags.constData());
        }
        const QByteArray stored = fetchBody(dovecot, QByteArray::number(second.draft.serverUid));
        QVERIFY(stored.contains("second version"));
        QVERIFY(stored.contains("carol@example.test")); // the user's Bcc is kept in a draft
        if (!uidplus)
            return;

        // The UID got lost (a crash right after APPEND): the search by Message-ID still finds every copy.
        Draft lost = second.draft;
        lost.serverUid = 0;
        lost.message.body = QStringLiteral("third version\n");
        const DraftRun third = run(account, lost, true);
        QVERIFY(third.finished && !third.error);
        copies = findByMessageId(dovecot, QStringLiteral("alice"), QStringLiteral("Drafts"), first.draft.messageId);
        QCOMPARE(copies, QList<QByteArray>{QByteArray::number(third.draft.serverUid)});

        // Sent: no copy stays in Drafts.
        const DraftRun removed = run(account, third.draft, false);
        QVERIFY(removed.finished && !removed.error);
        QVERIFY(findByMessageId(dovecot, QStringLiteral("alice"), QStringLiteral("Drafts"), first.draft.messageId).isEmpty());
    }

    void rawMessageForForwardingAsAttachment()
    {
        DovecotServer dovecot;
        QVERIFY2(dovecot.start(), qPrintable(dovecot.errorString()));
        const AccountSettings account = aliceAccount(dovecot, {QStringLiteral("127.0.0.1"), 1, ConnectionSecurity::Tls});
        const DraftRun saved = run(account, sample(), true); // a message on the server to forward
        QVERIFY(saved.finished && !saved.error);

        const auto fetch = [&account](quint32 uid) {
            std::pair<QByteArray, std::optional<Error>> result;
            bool finished = false;
            RawMessageFetch job(account, DovecotServer::password());
            QObject::connect(&job, &RawMessageFetch::finished, &job, [&](const QByteArray &raw, const std::optional<Error> &error) {
                result = {raw, error};
                finished = true;
            });
            job.start(QStringLiteral("Drafts"), uid);
            (void)QTest::qWaitFor([&finished] { return finished; }, 30000);
            return result;
        };
        const auto [raw, error] = fetch(saved.draft.serverUid);
        QVERIFY2(!error, error ? qPrintable(error->toString()) : "");
        QVERIFY(raw.contains(QByteArray(QByteArray("Message-ID: ") + saved.draft.messageId)));
        QVERIFY(raw.contains("first version"));
        QVERIFY(raw.contains("\r\n"));

        OriginalMessage original;
        original.summary.subject = sample().message.subject;
        original.raw = raw;
        const OutgoingMessage forward = ReplyTemplate::make(ReplyTemplate::Kind::ForwardAsAttachment, original, account).message;
        QCOMPARE(forward.attachments.constFirst().data, raw);

        const auto [none, missing] = fetch(saved.draft.serverUid + 100);
        QVERIFY(none.isEmpty());
        QVERIFY(missing);
        QVERIFY2(missing->userMessage.contains(QStringLiteral("Drafts")), qPrintable(missing->userMessage));
    }

    void wrongPasswordIsAClearError()
    {
        DovecotServer dovecot;
        QVERIFY2(dovecot.start(), qPrintable(dovecot.errorString()));
        const AccountSettings account = aliceAccount(dovecot, {QStringLiteral("127.0.0.1"), 1, ConnectionSecurity::Tls});
        DraftRun result;
        ServerDraftSave job(account, QStringLiteral("wrong"));
        QObject::connect(&job, &ServerDraftSave::finished, &job, [&result](const Draft &, const std::optional<Error> &error) {
            result.error = error;
            result.finished = true;
        });
        job.save(sample());
        QTRY_VERIFY_WITH_TIMEOUT(result.finished, 30000);
        QVERIFY(result.error);
        QCOMPARE(result.error->code, Error::Code::Authentication);
    }
};

QTEST_GUILESS_MAIN(TestServerDrafts)
#include "tst_server_drafts.moc"

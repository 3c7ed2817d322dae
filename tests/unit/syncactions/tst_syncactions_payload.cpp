// What the offline queue stores for each action: JSON payloads that read back to the same action,
// that refuse what an action of that kind cannot be, and the user's flag words turned into IMAP atoms.
#include "sync/actions/ActionPayload.h"
#include "sync/actions/FlagNames.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Kestrel;
using namespace Kestrel::Sync;

Q_DECLARE_METATYPE(Kestrel::Sync::QueuedAction)

class TestSyncActionsPayload : public QObject
{
    Q_OBJECT
private slots:
    void everyKindRoundTrips_data()
    {
        QTest::addColumn<QueuedAction>("action");
        QueuedAction flags;
        flags.kind = ActionKind::Flags;
        flags.folder = QStringLiteral("INBOX");
        flags.uidValidity = 0xFFFFFFFFu;
        flags.uids = {1, 7, 4294967295u};
        flags.addFlags = {QStringLiteral("\\Seen"), QStringLiteral("$Forwarded")};
        flags.removeFlags = {QStringLiteral("\\Flagged")};
        flags.modSeq = 9007199254740993ull; // above 2^53: would lose its last digit as a JSON double
        QTest::newRow("flags") << flags;

        QueuedAction move;
        move.kind = ActionKind::Move;
        move.folder = QStringLiteral("Проекты/Kestrel"); // not ASCII: names are stored decoded
        move.uids = {5, 6};
        move.target = QStringLiteral("Archive");
        move.provisionalUids = {0xF0000000u, 0xF0000001u};
        move.messageIds = {QStringLiteral("<a@example.com>"), QString()}; // the second had none
        QTest::newRow("move") << move;

        QueuedAction remove;
        remove.kind = ActionKind::Delete;
        remove.folder = QStringLiteral("Trash");
        remove.uids = {3};
        QTest::newRow("delete for good") << remove;

        QueuedAction rename;
        rename.kind = ActionKind::RenameFolder;
        rename.folder = QStringLiteral("Old");
        rename.target = QStringLiteral("New \"quoted\"");
        QTest::newRow("rename folder") << rename;
    }

    void everyKindRoundTrips()
    {
        QFETCH(QueuedAction, action);
        const QByteArray payload = encodePayload(action);
        QVERIFY(QJsonDocument::fromJson(payload).isObject());
        QString error;
        const auto decoded = decodePayload(kindName(action.kind), payload, &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(*decoded, action);
    }

    void kindNamesAreStable()
    {
        // Stored in the queue: renaming one would strand every queued action of that kind.
        QCOMPARE(kindName(ActionKind::Flags), QStringLiteral("flags"));
        QCOMPARE(kindName(ActionKind::Move), QStringLiteral("move"));
        QCOMPARE(kindName(ActionKind::Copy), QStringLiteral("copy"));
        QCOMPARE(kindName(ActionKind::Delete), QStringLiteral("delete"));
        QCOMPARE(kindName(ActionKind::CreateFolder), QStringLiteral("create-folder"));
        QCOMPARE(kindName(ActionKind::RenameFolder), QStringLiteral("rename-folder"));
        QCOMPARE(kindName(ActionKind::DeleteFolder), QStringLiteral("delete-folder"));
        QVERIFY(!kindFromName(QStringLiteral("send")));
    }

    void badPayloadsAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("why");
        QTest::newRow("unknown kind") << "teleport" << QByteArray(R"({"folder":"INBOX","uids":[1]})") << "unknown kind";
        QTest::newRow("not json") << "flags" << QByteArray("{folder") << "";
        QTest::newRow("array") << "flags" << QByteArray("[1,2]") << "not an object";
        QTest::newRow("no folder") << "flags" << QByteArray(R"({"uids":[1],"add":["\\Seen"]})") << "no folder";
        QTest::newRow("no uids") << "move" << QByteArray(R"({"folder":"INBOX","target":"A"})") << "no UIDs";
        QTest::newRow("uid zero") << "flags" << QByteArray(R"({"folder":"INBOX","uids":[0],"add":["\\Seen"]})") << "UID";
        QTest::newRow("uid too big") << "flags" << QByteArray(R"({"folder":"INBOX","uids":[4294967296],"add":["x"]})") << "UID";
        QTest::newRow("uid text") << "flags" << QByteArray(R"({"folder":"INBOX","uids":["7"],"add":["x"]})") << "UID";
        QTest::newRow("no flags") << "flags" << QByteArray(R"({"folder":"INBOX","uids":[1]})") << "no flags";
        QTest::newRow("move nowhere") << "move" << QByteArray(R"({"folder":"INBOX","uids":[1]})") << "no target";
        QTest::newRow("stand-ins unpaired") << "copy"
                                            << QByteArray(R"({"folder":"INBOX","uids":[1,2],"target":"A","provisionalUids":[4026531840]})")
                                            << "pair";
        QTest::newRow("message ids unpaired") << "move"
                                              << QByteArray(R"({"folder":"INBOX","uids":[1,2],"target":"A","messageIds":["<x@y>"]})")
                                              << "Message-IDs";
        QTest::newRow("rename to nothing") << "rename-folder" << QByteArray(R"({"folder":"Old"})") << "no new name";
    }

    void badPayloadsAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, payload);
        QFETCH(QString, why);
        QString error;
        QVERIFY(!decodePayload(kind, payload, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(why), qPrintable(error));
    }

    void flagWords_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("atom"); // empty: refused
        QTest::newRow("seen") << "seen" << "\\Seen";
        QTest::newRow("upper case") << "FLAGGED" << "\\Flagged";
        QTest::newRow("backslash") << "\\Answered" << "\\Answered";
        QTest::newRow("deleted") << "deleted" << "\\Deleted";
        QTest::newRow("draft") << "Draft" << "\\Draft";
        QTest::newRow("keyword") << "$Forwarded" << "$Forwarded";
        QTest::newRow("plain keyword") << "NonJunk" << "NonJunk";
        QTest::newRow("recent is not settable") << "\\Recent" << "";
        QTest::newRow("space") << "to do" << "";
        QTest::newRow("bracket") << "a]b" << "";
        QTest::newRow("paren") << "(x" << "";
        QTest::newRow("wildcard") << "a*" << "";
        QTest::newRow("not ascii") << "важно" << "";
        QTest::newRow("empty") << "" << "";
    }

    void flagWords()
    {
        QFETCH(QString, word);
        QFETCH(QString, atom);
        const auto result = imapFlagFromWord(word);
        if (atom.isEmpty())
            QVERIFY2(!result, qPrintable(result.value_or(QString())));
        else
            QCOMPARE(result.value_or(QString()), atom);
    }

    void flagChangesOnCachedFlags()
    {
        MessageFlags flags;
        flags.system = MessageFlag::Flagged;
        flags.keywords = {QStringLiteral("$Junk")};
        const MessageFlags changed = applyFlagChanges(flags, {QStringLiteral("\\Seen"), QStringLiteral("$Forwarded")},
                                                      {QStringLiteral("\\Flagged"), QStringLiteral("$junk")});
        QCOMPARE(changed.system, MessageFlagSet(MessageFlag::Seen));
        QCOMPARE(changed.keywords, QStringList{QStringLiteral("$Forwarded")});
        // Adding what is there already changes nothing.
        QCOMPARE(applyFlagChanges(changed, {QStringLiteral("$FORWARDED"), QStringLiteral("\\seen")}, {}), changed);
    }
};

QTEST_GUILESS_MAIN(TestSyncActionsPayload)
#include "tst_syncactions_payload.moc"

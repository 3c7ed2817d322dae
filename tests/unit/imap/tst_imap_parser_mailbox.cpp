// Mailbox data: LIST / LSUB with attributes, special-use and extended data (RFC 3501 7.2.2,
// RFC 5258, RFC 6154, RFC 5465), STATUS (RFC 3501 7.2.4, RFC 7162, RFC 8438) and NAMESPACE
// (RFC 2342); mailbox names in modified UTF-7 or, with UTF8=ACCEPT, UTF-8 (RFC 6855).
#include "ImapTestSupport.h"

#include <QtTest>

using namespace Kestrel::Imap;
using namespace Kestrel::Imap::Test;

namespace {

template <typename T>
T parseAs(const QByteArray &bytes, ParserOptions options = ParserOptions())
{
    const ParseResult result = parseBytes(bytes, options);
    if (!result.ok())
        qWarning() << "parse failed:" << result.error.toString();
    const T *value = std::get_if<T>(&result.response);
    return value ? *value : T();
}

QString fromUtf8(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace

class TestImapParserMailbox : public QObject
{
    Q_OBJECT

private slots:
    void list_data();
    void list();
    void listAttributes();
    void listDelimiters();
    void listExtendedData();
    void lsub();
    void listNameAsLiteral();
    void utf8AcceptNames();
    void status();
    void statusWithEncodedName();
    void namespaces();
    void namespaceWithExtensions();
};

void TestImapParserMailbox::list_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("rawName");
    QTest::addColumn<bool>("isInbox");

    QTest::newRow("inbox") << QByteArray("* LIST (\\HasNoChildren) \"/\" INBOX\r\n") << QStringLiteral("INBOX")
                           << QByteArray("INBOX") << true;
    QTest::newRow("inbox lower") << QByteArray("* LIST () \"/\" inbox\r\n") << QStringLiteral("inbox")
                                 << QByteArray("inbox") << true;
    QTest::newRow("quoted") << QByteArray("* LIST (\\HasNoChildren) \"/\" \"Sent Items\"\r\n")
                            << QStringLiteral("Sent Items") << QByteArray("Sent Items") << false;
    QTest::newRow("mutf7") << QByteArray("* LIST (\\HasNoChildren) \"/\" \"&BB4EQgQ,BEAEMAQyBDsENQQ9BD0ESwQ1-\"\r\n")
                           << fromUtf8("Отправленные") << QByteArray("&BB4EQgQ,BEAEMAQyBDsENQQ9BD0ESwQ1-") << false;
    QTest::newRow("rfc3501 example") << QByteArray("* LIST () \"/\" ~peter/mail/&U,BTFw-/&ZeVnLIqe-\r\n")
                                     << fromUtf8("~peter/mail/台北/日本語")
                                     << QByteArray("~peter/mail/&U,BTFw-/&ZeVnLIqe-") << false;
    QTest::newRow("ampersand") << QByteArray("* LIST () \".\" \"Tom &- Jerry\"\r\n") << QStringLiteral("Tom & Jerry")
                               << QByteArray("Tom &- Jerry") << false;
    QTest::newRow("escaped quote") << QByteArray("* LIST () \"/\" \"say \\\"hi\\\"\"\r\n")
                                   << QStringLiteral("say \"hi\"") << QByteArray("say \"hi\"") << false;
    QTest::newRow("bracket atom") << QByteArray("* LIST () \"/\" [Gmail]/Sent\r\n") << QStringLiteral("[Gmail]/Sent")
                                  << QByteArray("[Gmail]/Sent") << false;
}

void TestImapParserMailbox::list()
{
    QFETCH(QByteArray, line);
    const ParseResult result = parseBytes(line);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    const auto *list = std::get_if<ListResponse>(&result.response);
    QVERIFY(list);
    QVERIFY(!list->lsub);
    QTEST(list->name, "name");
    QTEST(list->rawName, "rawName");
    QTEST(list->isInbox(), "isInbox");
}

void TestImapParserMailbox::listAttributes()
{
    const auto sent = parseAs<ListResponse>("* LIST (\\HasNoChildren \\Sent \\Subscribed) \"/\" Sent\r\n");
    QCOMPARE(sent.attributes, MailboxAttribute::HasNoChildren | MailboxAttribute::Sent | MailboxAttribute::Subscribed);
    QCOMPARE(sent.attributeNames, QList<QByteArray>({"\\HasNoChildren", "\\Sent", "\\Subscribed"}));

    const auto all = parseAs<ListResponse>(
        "* LIST (\\Noselect \\NoInferiors \\Marked \\Unmarked \\HasChildren \\NonExistent \\Remote \\All \\Archive "
        "\\Drafts \\Flagged \\Junk \\Trash \\Important \\X-Custom) \"/\" x\r\n");
    QCOMPARE(all.attributes, MailboxAttribute::NoSelect | MailboxAttribute::NoInferiors | MailboxAttribute::Marked
                                 | MailboxAttribute::Unmarked | MailboxAttribute::HasChildren
                                 | MailboxAttribute::NonExistent | MailboxAttribute::Remote | MailboxAttribute::All
                                 | MailboxAttribute::Archive | MailboxAttribute::Drafts | MailboxAttribute::Flagged
                                 | MailboxAttribute::Junk | MailboxAttribute::Trash | MailboxAttribute::Important);
    QCOMPARE(all.attributeNames.size(), 15);
    QCOMPARE(all.attributeNames.last(), QByteArray("\\X-Custom"));

    const auto none = parseAs<ListResponse>("* LIST () \"/\" x\r\n");
    QVERIFY(!none.attributes);
    QVERIFY(none.attributeNames.isEmpty());
}

void TestImapParserMailbox::listDelimiters()
{
    QCOMPARE(parseAs<ListResponse>("* LIST () \".\" INBOX.Sent\r\n").delimiter, std::optional<char>('.'));
    QCOMPARE(parseAs<ListResponse>("* LIST () \"\\\\\" \"a\\\\b\"\r\n").delimiter, std::optional<char>('\\'));
    const auto flat = parseAs<ListResponse>("* LIST (\\Noselect) NIL \"\"\r\n");
    QVERIFY(!flat.delimiter.has_value());
    QCOMPARE(flat.rawName, QByteArray(""));
    QVERIFY(!flat.rawName.isNull());
}

void TestImapParserMailbox::listExtendedData()
{
    const auto info = parseAs<ListResponse>(
        "* LIST (\\HasChildren) \"/\" Foo (\"CHILDINFO\" (\"SUBSCRIBED\"))\r\n");
    QCOMPARE(info.name, QStringLiteral("Foo"));
    QCOMPARE(info.childInfo, QList<QByteArray>({"SUBSCRIBED"}));

    const auto renamed = parseAs<ListResponse>(
        "* LIST () \"/\" \"New &ZeVnLIqe-\" (\"OLDNAME\" (\"Old\") \"X-VENDOR\" (1 (2 3)))\r\n");
    QCOMPARE(renamed.name, fromUtf8("New 日本語"));
    QCOMPARE(renamed.oldName, QStringLiteral("Old"));
    QVERIFY(renamed.childInfo.isEmpty());
}

void TestImapParserMailbox::lsub()
{
    const auto lsub = parseAs<ListResponse>("* LSUB (\\Noselect) \".\" #news.comp.mail.misc\r\n");
    QVERIFY(lsub.lsub);
    QCOMPARE(lsub.name, QStringLiteral("#news.comp.mail.misc"));
    QCOMPARE(lsub.attributes, MailboxAttributes(MailboxAttribute::NoSelect));
}

void TestImapParserMailbox::listNameAsLiteral()
{
    const auto list = parseAs<ListResponse>("* LIST () \"/\" {10}\r\nwith\"quote\r\n");
    QCOMPARE(list.name, QStringLiteral("with\"quote"));
}

void TestImapParserMailbox::utf8AcceptNames()
{
    const QByteArray line = "* LIST (\\HasNoChildren) \"/\" \"Entw\xc3\xbcrfe\"\r\n";
    ParserOptions utf8;
    utf8.utf8Accept = true;
    QCOMPARE(parseAs<ListResponse>(line, utf8).name, fromUtf8("Entwürfe"));
    // "&" is an ordinary character once UTF8=ACCEPT is on (RFC 6855 3).
    QCOMPARE(parseAs<ListResponse>("* LIST () \"/\" \"A&B\"\r\n", utf8).name, QStringLiteral("A&B"));

    // Without the option the same bytes are invalid modified UTF-7.
    const ParseResult strict = parseBytes(line);
    QVERIFY(!strict.ok());
    QCOMPARE(strict.error.code, ParseErrorCode::InvalidMailboxName);
    QCOMPARE(strict.error.offset, line.indexOf('\xc3'));

    const ParseResult badUtf8 = parseBytes("* LIST () \"/\" \"bad\xff\"\r\n", utf8);
    QVERIFY(!badUtf8.ok());
    QCOMPARE(badUtf8.error.code, ParseErrorCode::InvalidMailboxName);
}

void TestImapParserMailbox::status()
{
    const auto s = parseAs<MailboxStatus>(
        "* STATUS INBOX (MESSAGES 231 UIDNEXT 44292 UIDVALIDITY 1700000001 UNSEEN 3 RECENT 0 "
        "HIGHESTMODSEQ 7011231777 SIZE 123456789 DELETED 2 X-UNKNOWN (a b))\r\n");
    QCOMPARE(s.mailbox, QStringLiteral("INBOX"));
    QCOMPARE(s.messages, std::optional<quint32>(231));
    QCOMPARE(s.uidNext, std::optional<quint32>(44292));
    QCOMPARE(s.uidValidity, std::optional<quint32>(1700000001));
    QCOMPARE(s.unseen, std::optional<quint32>(3));
    QCOMPARE(s.recent, std::optional<quint32>(0));
    QCOMPARE(s.highestModSeq, std::optional<quint64>(7011231777ULL));
    QCOMPARE(s.size, std::optional<quint64>(123456789ULL));
    QCOMPARE(s.deleted, std::optional<quint32>(2));

    const auto partial = parseAs<MailboxStatus>("* STATUS \"Sent Items\" (MESSAGES 4)\r\n");
    QCOMPARE(partial.mailbox, QStringLiteral("Sent Items"));
    QCOMPARE(partial.messages, std::optional<quint32>(4));
    QVERIFY(!partial.uidNext.has_value());
    QVERIFY(!partial.highestModSeq.has_value());
}

void TestImapParserMailbox::statusWithEncodedName()
{
    const auto s = parseAs<MailboxStatus>("* STATUS \"&BB4EQgQ,BEAEMAQyBDsENQQ9BD0ESwQ1-\" (UNSEEN 0 MESSAGES 12)\r\n");
    QCOMPARE(s.mailbox, fromUtf8("Отправленные"));
    QCOMPARE(s.rawMailbox, QByteArray("&BB4EQgQ,BEAEMAQyBDsENQQ9BD0ESwQ1-"));
    QCOMPARE(s.messages, std::optional<quint32>(12));
}

void TestImapParserMailbox::namespaces()
{
    const auto dovecot = parseAs<NamespaceResponse>("* NAMESPACE ((\"\" \"/\")) NIL NIL\r\n");
    QCOMPARE(dovecot.personal.size(), 1);
    QCOMPARE(dovecot.personal[0].prefix, QString());
    QCOMPARE(dovecot.personal[0].delimiter, std::optional<char>('/'));
    QVERIFY(dovecot.otherUsers.isEmpty());
    QVERIFY(dovecot.shared.isEmpty());

    const auto full = parseAs<NamespaceResponse>(
        "* NAMESPACE ((\"INBOX.\" \".\")) ((\"~\" \".\")) ((\"#shared.\" \".\")(\"#public.\" NIL))\r\n");
    QCOMPARE(full.personal[0].prefix, QStringLiteral("INBOX."));
    QCOMPARE(full.otherUsers[0].prefix, QStringLiteral("~"));
    QCOMPARE(full.shared.size(), 2);
    QCOMPARE(full.shared[1].prefix, QStringLiteral("#public."));
    QVERIFY(!full.shared[1].delimiter.has_value());
}

void TestImapParserMailbox::namespaceWithExtensions()
{
    const auto ns = parseAs<NamespaceResponse>(
        "* NAMESPACE ((\"\" \"/\" \"X-PARAM\" (\"FLAG1\" \"FLAG2\"))) NIL ((\"&ZeVnLIqe-/\" \"/\"))\r\n");
    QCOMPARE(ns.personal.size(), 1);
    QCOMPARE(ns.personal[0].extensions.size(), 1);
    QCOMPARE(ns.personal[0].extensions[0].first, QByteArray("X-PARAM"));
    QCOMPARE(ns.personal[0].extensions[0].second, QList<QByteArray>({"FLAG1", "FLAG2"}));
    QCOMPARE(ns.shared[0].prefix, fromUtf8("日本語/"));
}

QTEST_GUILESS_MAIN(TestImapParserMailbox)
#include "tst_imap_parser_mailbox.moc"

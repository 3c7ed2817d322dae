// Replies and forwards made from a cached message: recipients, quoting, threading headers, identities
// and signatures.
#include "compose/Identities.h"
#include "compose/QuotedText.h"
#include "compose/ReplyRecipients.h"
#include "compose/ReplyTemplate.h"
#include "compose/SignatureBlock.h"
#include "compose/ThreadingHeaders.h"

#include <QJsonObject>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace Kestrel;
using namespace Kestrel::Compose;

namespace {

const Address alice{QStringLiteral("Alice Example"), QStringLiteral("alice@example.org")};
const Address bob{QStringLiteral("Bob"), QStringLiteral("bob@example.org")};
const Address carol{QStringLiteral("Carol"), QStringLiteral("carol@example.org")};
const Address me{QStringLiteral("Me Myself"), QStringLiteral("me@example.org")};
const Address meAlias{QStringLiteral("Me (work)"), QStringLiteral("ME@work.example")};

AccountSettings account()
{
    AccountSettings settings;
    settings.id = QStringLiteral("acc");
    settings.displayName = me.name;
    settings.email = me.email;
    settings.identities = {{me.name, me.email, QStringLiteral("Me\nexample.org")},
                           {meAlias.name, QStringLiteral("me@work.example"), QStringLiteral("Work me")}};
    return settings;
}

OriginalMessage original()
{
    OriginalMessage o;
    o.folderName = QStringLiteral("INBOX");
    o.summary.uid = 42;
    o.summary.subject = QStringLiteral("Aw: Plan for März");
    o.summary.from = {alice};
    o.summary.to = {me, bob};
    o.summary.cc = {carol, Address{QString(), QStringLiteral("BOB@example.org")}};
    o.summary.messageId = QStringLiteral("<m3@example.org>");
    o.summary.inReplyTo = QStringLiteral("<m2@example.org>");
    o.summary.references = {QStringLiteral("<m1@example.org>"), QStringLiteral("<m2@example.org>")};
    o.summary.sentDate = QDateTime(QDate(2026, 3, 5), QTime(14, 2), QTimeZone::utc());
    o.text = QStringLiteral("Hello,\r\n\r\n> earlier words\r\nsee you\r\n\r\n-- \r\nAlice\r\n");
    return o;
}

QStringList emails(const AddressList &addresses)
{
    QStringList list;
    for (const Address &a : addresses)
        list << a.email;
    return list;
}

} // namespace

class TestComposeReplyTemplate : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void replyGoesToSenderWithQuoteAndThreading()
    {
        const auto result = ReplyTemplate::make(ReplyTemplate::Kind::Reply, original(), account());
        const OutgoingMessage &m = result.message;
        QCOMPARE(emails(m.to), QStringList{alice.email});
        QVERIFY(m.cc.isEmpty());
        QCOMPARE(m.subject, QStringLiteral("Re: Plan for März"));
        QCOMPARE(m.inReplyTo, QStringLiteral("<m3@example.org>"));
        QCOMPARE(m.references, (QStringList{QStringLiteral("<m1@example.org>"), QStringLiteral("<m2@example.org>"),
                                            QStringLiteral("<m3@example.org>")}));
        QCOMPARE(m.origin, OutgoingMessage::Origin::Reply);
        QCOMPARE(m.originFolder, QStringLiteral("INBOX"));
        QCOMPARE(m.originUid, 42u);
        QCOMPARE(m.from, me);
        const QString quoted = QStringLiteral("Alice Example wrote:\n> Hello,\n>\n>> earlier words\n> see you\n\n");
        QVERIFY2(m.body.startsWith(QStringLiteral("On ")), qPrintable(m.body));
        QVERIFY2(m.body.contains(QStringLiteral(", ") + quoted), qPrintable(m.body));
        QVERIFY2(!m.body.contains(QStringLiteral("> Alice")), "the original's signature is not quoted");
        QVERIFY(m.body.endsWith(QStringLiteral("\n\n-- \nMe\nexample.org\n")));
        QCOMPARE(m.body.mid(result.cursorPosition), QStringLiteral("-- \nMe\nexample.org\n"));
    }

    void replyHonoursReplyTo()
    {
        OriginalMessage o = original();
        o.summary.replyTo = {Address{QString(), QStringLiteral("help@example.org")}};
        const auto reply = ReplyTemplate::make(ReplyTemplate::Kind::Reply, o, account()).message;
        QCOMPARE(emails(reply.to), QStringList{QStringLiteral("help@example.org")});
        const auto all = ReplyTemplate::make(ReplyTemplate::Kind::ReplyAll, o, account()).message;
        QCOMPARE(emails(all.to), (QStringList{QStringLiteral("help@example.org"), bob.email}));
    }

    void replyAllDropsOwnAddressesAndDuplicates()
    {
        OriginalMessage o = original();
        o.summary.cc.append(meAlias); // the work alias, in another case
        const auto m = ReplyTemplate::make(ReplyTemplate::Kind::ReplyAll, o, account()).message;
        QCOMPARE(emails(m.to), (QStringList{alice.email, bob.email}));
        QCOMPARE(emails(m.cc), QStringList{carol.email}); // BOB@ in Cc is the Bob already in To
        QVERIFY(m.bcc.isEmpty());
    }

    void replyComesFromTheIdentityItWasSentTo()
    {
        OriginalMessage o = original();
        o.summary.to = {Address{QString(), QStringLiteral("Me@Work.Example")}};
        const auto result = ReplyTemplate::make(ReplyTemplate::Kind::Reply, o, account());
        QCOMPARE(result.identityIndex, 1);
        QCOMPARE(result.message.from.email, QStringLiteral("me@work.example"));
        QVERIFY(result.message.body.endsWith(QStringLiteral("-- \nWork me\n")));
    }

    void replyToOwnMessageGoesToItsRecipients()
    {
        OriginalMessage o = original();
        o.summary.from = {me};
        o.summary.to = {bob};
        o.summary.cc = {};
        const auto m = ReplyTemplate::make(ReplyTemplate::Kind::Reply, o, account()).message;
        QCOMPARE(emails(m.to), QStringList{bob.email});
        o.summary.to = {me}; // a note to self
        QCOMPARE(emails(ReplyTemplate::make(ReplyTemplate::Kind::ReplyAll, o, account()).message.to), QStringList{me.email});
    }

    void mailingListReplyIsPrivateAndReplyAllReachesTheList()
    {
        OriginalMessage o = original();
        const Address list{QStringLiteral("Dev list"), QStringLiteral("dev@lists.example.org")};
        o.summary.to = {list};
        o.summary.cc = {};
        o.summary.replyTo = {list}; // the list munges Reply-To
        o.summary.listId = QStringLiteral("Developers <dev.lists.example.org>");
        QVERIFY(ReplyRecipients::isListAddress(list.email, o.summary.listId));
        QVERIFY(!ReplyRecipients::isListAddress(alice.email, o.summary.listId));
        QCOMPARE(emails(ReplyTemplate::make(ReplyTemplate::Kind::Reply, o, account()).message.to), QStringList{alice.email});
        const auto all = ReplyTemplate::make(ReplyTemplate::Kind::ReplyAll, o, account()).message;
        QCOMPARE(emails(all.to), (QStringList{alice.email, list.email}));
        // A personal Reply-To on a list message is still honoured.
        o.summary.replyTo = {carol};
        QCOMPARE(emails(ReplyTemplate::make(ReplyTemplate::Kind::Reply, o, account()).message.to), QStringList{carol.email});
    }

    void longReferencesKeepRootAndNewest()
    {
        MessageSummary parent;
        parent.messageId = QStringLiteral("<m30@x>");
        for (int i = 1; i < 30; ++i)
            parent.references << QStringLiteral("<m%1@x>").arg(i);
        parent.references << QStringLiteral("<m5@x>") << QStringLiteral("garbage");
        const QStringList refs = ThreadingHeaders::references(parent);
        QCOMPARE(refs.size(), ThreadingHeaders::MaxReferences);
        QCOMPARE(refs.constFirst(), QStringLiteral("<m1@x>"));
        QCOMPARE(refs.constLast(), QStringLiteral("<m30@x>"));
        QCOMPARE(refs.at(1), QStringLiteral("<m%1@x>").arg(30 - ThreadingHeaders::MaxReferences + 2));
        QVERIFY(!refs.contains(QStringLiteral("garbage")));
    }

    void referencesFallBackToInReplyTo()
    {
        MessageSummary parent;
        parent.messageId = QStringLiteral("<b@x>");
        parent.inReplyTo = QStringLiteral("<a@x>");
        QCOMPARE(ThreadingHeaders::references(parent), (QStringList{QStringLiteral("<a@x>"), QStringLiteral("<b@x>")}));
    }

    void forwardInlineCarriesTheOriginalUnquoted()
    {
        const auto result = ReplyTemplate::make(ReplyTemplate::Kind::ForwardInline, original(), account());
        const OutgoingMessage &m = result.message;
        QCOMPARE(m.subject, QStringLiteral("Fwd: Aw: Plan for März"));
        QVERIFY(m.to.isEmpty());
        QVERIFY(m.inReplyTo.isEmpty());
        QCOMPARE(m.origin, OutgoingMessage::Origin::Forward);
        QCOMPARE(result.cursorPosition, 0);
        QVERIFY2(m.body.startsWith(QStringLiteral("\n\n-- \nMe\nexample.org\n\n-------- Forwarded Message --------\n")),
                 qPrintable(m.body));
        QVERIFY(m.body.contains(QStringLiteral("Subject: Aw: Plan for März\n")));
        QVERIFY(m.body.contains(QStringLiteral("From: Alice Example <alice@example.org>\n")));
        QVERIFY(m.body.contains(QStringLiteral("\nHello,\n\n> earlier words\nsee you\n")));
    }

    void forwardAsAttachmentCarriesTheRawMessage()
    {
        OriginalMessage o = original();
        o.summary.subject = QStringLiteral("Q1: a/b report?");
        o.raw = QByteArrayLiteral("From: alice@example.org\r\nSubject: Q1\r\n\r\nbody\r\n");
        QVERIFY(ReplyTemplate::needsRawMessage(ReplyTemplate::Kind::ForwardAsAttachment));
        const auto m = ReplyTemplate::make(ReplyTemplate::Kind::ForwardAsAttachment, o, account()).message;
        QCOMPARE(m.attachments.size(), 1);
        QCOMPARE(m.attachments[0].mimeType, QStringLiteral("message/rfc822"));
        QCOMPARE(m.attachments[0].data, o.raw);
        QCOMPARE(m.attachments[0].fileName, QStringLiteral("Q1_ a_b report_.eml"));
        QCOMPARE(m.subject, QStringLiteral("Fwd: Q1: a/b report?"));
    }

    void signatureSwapsWithTheIdentity()
    {
        const QString body = QStringLiteral("Hi\n\n-- \nOld sig\n\n> quoted\n");
        QCOMPARE(SignatureBlock::replace(body, QStringLiteral("Old sig"), QStringLiteral("New\nsig")),
                 QStringLiteral("Hi\n\n-- \nNew\nsig\n\n> quoted\n"));
        QCOMPARE(SignatureBlock::replace(body, QStringLiteral("Old sig"), QString()), QStringLiteral("Hi\n\n\n> quoted\n"));
        QCOMPARE(SignatureBlock::replace(QStringLiteral("Hi"), QString(), QStringLiteral("S")), QStringLiteral("Hi\n\n-- \nS\n"));
    }

    void blankMessageHasTheDefaultSignature()
    {
        const auto result = ReplyTemplate::blank(account());
        QCOMPARE(result.message.from, me);
        QCOMPARE(result.message.body, QStringLiteral("\n\n-- \nMe\nexample.org\n"));
        AccountSettings plain;
        plain.displayName = QStringLiteral("Plain");
        plain.email = QStringLiteral("plain@example.org");
        QCOMPARE(Identities::of(plain).size(), 1);
        QCOMPARE(Identities::of(plain).constFirst().email, plain.email);
        QVERIFY(ReplyTemplate::blank(plain).message.body.isEmpty());
    }

    void identitiesRoundTripThroughJson()
    {
        const AccountSettings settings = account();
        QVERIFY(AccountSettings::fromJson(settings.toJson()) == settings);
        QVERIFY(AccountSettings::fromJson(QJsonObject{{QStringLiteral("id"), QStringLiteral("old")}}).identities.isEmpty());
    }

    void emptyOriginalTextStillHasAttribution()
    {
        OriginalMessage o = original();
        o.text.clear();
        o.summary.sentDate = {};
        o.summary.internalDate = {};
        const auto m = ReplyTemplate::make(ReplyTemplate::Kind::Reply, o, account()).message;
        QVERIFY2(m.body.startsWith(QStringLiteral("Alice Example wrote:\n\n")), qPrintable(m.body));
    }
};

QTEST_GUILESS_MAIN(TestComposeReplyTemplate)
#include "tst_compose_reply_template.moc"

// Address completion from a real SQLite cache: most used first, names merged, prefix matching, and a
// 100k-message cache read in well under a second.
#include "../cache/CacheTestData.h"

#include "cache/MessageStore.h"
#include "compose/AddressBookFromCache.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Kestrel;
using namespace Kestrel::Compose;

class TestComposeAddressBook : public QObject
{
    Q_OBJECT
private slots:
    void mostUsedFirstWithNames()
    {
        QTemporaryDir dir;
        Database db;
        const qint64 inbox = CacheTestData::openWithInbox(db, dir.path());
        QList<MessageSummary> messages;
        for (quint32 uid = 1; uid <= 5; ++uid) {
            MessageSummary m = CacheTestData::message(uid, CacheTestData::at(uid), QStringLiteral("s"),
                                                      uid <= 3 ? QStringLiteral("Carol Singer") : QString(),
                                                      uid <= 3 ? QStringLiteral("carol@example.org") : QStringLiteral("dave@example.org"));
            m.to = {{QString(), QStringLiteral("Bob@Example.org")}}; // the same Bob as "Bob Receiver" below
            if (uid == 5)
                m.cc = {{QStringLiteral("Bob Receiver"), QStringLiteral("bob@example.org")}, {QString(), QStringLiteral("undisclosed-recipients")}};
            messages << m;
        }
        CACHE_OK(MessageStore(db).upsertMessages(inbox, messages));

        QList<AddressCandidate> candidates;
        CACHE_OK(AddressBookFromCache::load(db, candidates));
        QCOMPARE(candidates.size(), 3); // the group name without an @ is not an address
        QCOMPARE(candidates[0].address.email.toLower(), QStringLiteral("bob@example.org"));
        QCOMPARE(candidates[0].address.name, QStringLiteral("Bob Receiver"));
        QCOMPARE(candidates[0].uses, 6);
        QCOMPARE(candidates[1].address, (Address{QStringLiteral("Carol Singer"), QStringLiteral("carol@example.org")}));
        QCOMPARE(candidates[1].uses, 3);
        QCOMPARE(candidates[2].address.email, QStringLiteral("dave@example.org"));

        QCOMPARE(AddressBookFromCache::complete(candidates, QStringLiteral("sin")).size(), 1); // a word of the name
        QCOMPARE(AddressBookFromCache::complete(candidates, QStringLiteral("DA")).constFirst().address.email,
                 QStringLiteral("dave@example.org"));
        QVERIFY(AddressBookFromCache::complete(candidates, QStringLiteral("xyz")).isEmpty());
        QVERIFY(AddressBookFromCache::complete(candidates, QStringLiteral(" ")).isEmpty());
        QCOMPARE(AddressBookFromCache::complete(candidates, QStringLiteral("e"), 10).size(), 0);
        QCOMPARE(AddressBookFromCache::complete(candidates, QStringLiteral("b"), 10).size(), 1);
    }

    void loadsInTheBackground()
    {
        QTemporaryDir dir;
        Database db;
        const qint64 inbox = CacheTestData::openWithInbox(db, dir.path());
        CACHE_OK(MessageStore(db).upsertMessages(inbox, {CacheTestData::message(1, CacheTestData::at(1), QStringLiteral("s"))}));
        QObject context;
        QList<AddressCandidate> loaded;
        bool called = false;
        AddressBookFromCache::loadInBackground(db.filePath(), &context, [&](QList<AddressCandidate> c, std::optional<Error> e) {
            QVERIFY(!e);
            loaded = c;
            called = true;
        });
        QTRY_VERIFY(called);
        QCOMPARE(loaded.size(), 2); // Alice (from) and Bob (to)
    }

    void hundredThousandMessagesLoadFast()
    {
        QTemporaryDir dir;
        Database db;
        const qint64 inbox = CacheTestData::openWithInbox(db, dir.path());
        constexpr int Total = 100000;
        constexpr int People = 3000;
        for (int batch = 0; batch < Total / 5000; ++batch) {
            QList<MessageSummary> messages;
            for (int i = 0; i < 5000; ++i) {
                const quint32 uid = quint32(batch * 5000 + i + 1);
                const int person = int((uid * 7919u) % People);
                MessageSummary m = CacheTestData::message(uid, CacheTestData::at(uid), QStringLiteral("s"),
                                                          QStringLiteral("Person %1").arg(person),
                                                          QStringLiteral("p%1@example.org").arg(person));
                m.cc = {{QString(), QStringLiteral("p%1@example.org").arg((person + 1) % People)}};
                messages << m;
            }
            CACHE_OK(MessageStore(db).upsertMessages(inbox, messages));
        }
        QElapsedTimer timer;
        timer.start();
        QList<AddressCandidate> candidates;
        CACHE_OK(AddressBookFromCache::load(db, candidates));
        const qint64 loadMs = timer.elapsed();
        timer.restart();
        const auto matches = AddressBookFromCache::complete(candidates, QStringLiteral("p29"));
        const qint64 completeUs = timer.nsecsElapsed() / 1000;
        qInfo("address book: %d messages -> %lld addresses in %lld ms; completing 'p29' took %lld us",
              Total, qint64(candidates.size()), loadMs, completeUs);
        QCOMPARE(candidates.size(), People + 1); // everyone, and Bob
        QCOMPARE(candidates[0].address.email, QStringLiteral("bob@example.org"));
        QCOMPARE(candidates[0].uses, Total);
        QVERIFY(!matches.isEmpty());
        QVERIFY2(loadMs < 1000, qPrintable(QString::number(loadMs)));
    }
};

QTEST_GUILESS_MAIN(TestComposeAddressBook)
#include "tst_compose_address_book.moc"

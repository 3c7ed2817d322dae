// What the user types into To / Cc / Bcc: parsed into addresses, bad entries named, quoted commas kept.
#include "compose/AddressListText.h"

#include <QTest>

using namespace Kestrel;
using namespace Kestrel::Compose;

class TestComposeAddressText : public QObject
{
    Q_OBJECT
private slots:
    void parsesNamesQuotesAndSeparators()
    {
        QStringList problems;
        const AddressList list = AddressListText::parse(
            QStringLiteral("Bob <bob@example.org>; carol@example.org, \"Doe, Jane\" <jane@example.org>, ,"), &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[0], (Address{QStringLiteral("Bob"), QStringLiteral("bob@example.org")}));
        QCOMPARE(list[1], (Address{QString(), QStringLiteral("carol@example.org")}));
        QCOMPARE(list[2], (Address{QStringLiteral("Doe, Jane"), QStringLiteral("jane@example.org")}));
        QCOMPARE(AddressListText::format(list),
                 QStringLiteral("Bob <bob@example.org>, carol@example.org, \"Doe, Jane\" <jane@example.org>"));
    }

    void badEntriesAreNamed()
    {
        QStringList problems;
        const AddressList list = AddressListText::parse(QStringLiteral("bob, carol@example.org, x@"), &problems);
        QCOMPARE(list.size(), 1);
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems[0].contains(QStringLiteral("\"bob\"")));
        // A draft keeps them as typed.
        QCOMPARE(AddressListText::parseKeepingAll(QStringLiteral("bob, carol@example.org")).constFirst().email, QStringLiteral("bob"));
    }

    void completionSplitsTheTypedEntry()
    {
        const QString text = QStringLiteral("\"Doe, Jane\" <jane@example.org>, bob@example.org, ca");
        QCOMPARE(AddressListText::typedPart(text), QStringLiteral("ca"));
        QCOMPARE(AddressListText::completedPart(text), QStringLiteral("\"Doe, Jane\" <jane@example.org>, bob@example.org, "));
        QCOMPARE(AddressListText::typedPart(QStringLiteral("al")), QStringLiteral("al"));
        QCOMPARE(AddressListText::completedPart(QStringLiteral("al")), QString());
    }
};

QTEST_GUILESS_MAIN(TestComposeAddressText)
#include "tst_compose_address_text.moc"

// Subjects of replies and forwards: one "Re:" / "Fwd:" whatever other clients wrote before.
#include "compose/SubjectPrefix.h"

#include <QTest>

using namespace Kestrel::Compose;

class TestComposeSubject : public QObject
{
    Q_OBJECT
private slots:
    void replyDoesNotStack_data()
    {
        QTest::addColumn<QString>("original");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Plan") << QStringLiteral("Re: Plan");
        QTest::newRow("re") << QStringLiteral("Re: Plan") << QStringLiteral("Re: Plan");
        QTest::newRow("RE upper") << QStringLiteral("RE: Plan") << QStringLiteral("Re: Plan");
        QTest::newRow("german") << QStringLiteral("Aw: Plan") << QStringLiteral("Re: Plan");
        QTest::newRow("counter") << QStringLiteral("Re[2]: Plan") << QStringLiteral("Re: Plan");
        QTest::newRow("round counter") << QStringLiteral("Re(3): Plan") << QStringLiteral("Re: Plan");
        QTest::newRow("stacked mixed") << QStringLiteral("Re: AW: re:Plan") << QStringLiteral("Re: Plan");
        QTest::newRow("forward kept") << QStringLiteral("Fwd: Plan") << QStringLiteral("Re: Fwd: Plan");
        QTest::newRow("list tag") << QStringLiteral("[dev] Re: Plan") << QStringLiteral("Re: [dev] Plan");
        QTest::newRow("re before tag") << QStringLiteral("Re: [dev] Re: Plan") << QStringLiteral("Re: [dev] Plan");
        QTest::newRow("empty") << QString() << QStringLiteral("Re: ");
        QTest::newRow("word starting with re") << QStringLiteral("Release notes") << QStringLiteral("Re: Release notes");
        QTest::newRow("non-ascii") << QStringLiteral("Re: Счёт за март") << QStringLiteral("Re: Счёт за март");
    }
    void replyDoesNotStack()
    {
        QFETCH(QString, original);
        QFETCH(QString, expected);
        QCOMPARE(SubjectPrefix::forReply(original), expected);
    }

    void forwardDoesNotStack_data()
    {
        QTest::addColumn<QString>("original");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Plan") << QStringLiteral("Fwd: Plan");
        QTest::newRow("fwd") << QStringLiteral("Fwd: Plan") << QStringLiteral("Fwd: Plan");
        QTest::newRow("fw") << QStringLiteral("Fw: Plan") << QStringLiteral("Fwd: Plan");
        QTest::newRow("FW upper stacked") << QStringLiteral("FW: Fwd: Plan") << QStringLiteral("Fwd: Plan");
        QTest::newRow("german") << QStringLiteral("WG: Plan") << QStringLiteral("Fwd: Plan");
        QTest::newRow("reply kept") << QStringLiteral("Re: Plan") << QStringLiteral("Fwd: Re: Plan");
    }
    void forwardDoesNotStack()
    {
        QFETCH(QString, original);
        QFETCH(QString, expected);
        QCOMPARE(SubjectPrefix::forForward(original), expected);
    }
};

QTEST_GUILESS_MAIN(TestComposeSubject)
#include "tst_compose_subject.moc"

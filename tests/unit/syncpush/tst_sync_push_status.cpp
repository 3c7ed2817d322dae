// An account's push status from its folders' connections: the worst one wins, and an error only the
// user can fix (a refused password) is shown before one that goes away by itself.
#include "sync/push/PushWatcher.h"

#include <QTest>

using namespace Kestrel;
using namespace Kestrel::Sync;

namespace {

ConnectionStatus offline(const QString &why, bool willRetry)
{
    return {ConnectionState::Offline, Error::make(Error::Code::Network, why), willRetry};
}

const ConnectionStatus online{ConnectionState::Online, std::nullopt, false};
const ConnectionStatus connecting{ConnectionState::Connecting, std::nullopt, false};

} // namespace

class TestSyncPushStatus : public QObject
{
    Q_OBJECT
private slots:
    void allOnlineIsOnline()
    {
        QCOMPARE(combinedStatus({online, online}).state, ConnectionState::Online);
        QCOMPARE(combinedStatus({}).state, ConnectionState::Online);
    }

    void anyConnectingIsConnecting()
    {
        QCOMPARE(combinedStatus({online, connecting, online}).state, ConnectionState::Connecting);
    }

    void anyOfflineIsOfflineWithItsError()
    {
        const ConnectionStatus status = combinedStatus({online, connecting, offline(QStringLiteral("dropped"), true)});
        QCOMPARE(status.state, ConnectionState::Offline);
        QVERIFY(status.willRetry);
        QCOMPARE(status.error->userMessage, QStringLiteral("dropped"));
    }

    void anErrorOnlyTheUserCanFixComesFirst()
    {
        const ConnectionStatus status = combinedStatus({offline(QStringLiteral("dropped"), true),
                                                        offline(QStringLiteral("wrong password"), false),
                                                        offline(QStringLiteral("dropped too"), true)});
        QVERIFY(!status.willRetry);
        QCOMPARE(status.error->userMessage, QStringLiteral("wrong password"));
    }

    void equalityComparesWhatTheUserSees()
    {
        QVERIFY(offline(QStringLiteral("a"), true) == offline(QStringLiteral("a"), true));
        QVERIFY(!(offline(QStringLiteral("a"), true) == offline(QStringLiteral("b"), true)));
        QVERIFY(!(offline(QStringLiteral("a"), true) == offline(QStringLiteral("a"), false)));
        QVERIFY(!(online == connecting));
    }
};

QTEST_GUILESS_MAIN(TestSyncPushStatus)
#include "tst_sync_push_status.moc"

// What the sync engine's connections ENABLE, from the server's capabilities.
#include "imap/session/Capabilities.h"
#include "sync/EnableExtensions.h"

#include <QTest>

using Kestrel::Imap::Capabilities;
using Kestrel::Sync::extensionsToEnable;

class TestSyncEnable : public QObject
{
    Q_OBJECT
private slots:
    void enablesWhatIsOffered_data()
    {
        QTest::addColumn<QList<QByteArray>>("offered");
        QTest::addColumn<QList<QByteArray>>("enabled");
        using L = QList<QByteArray>;
        QTest::newRow("dovecot") << L{"IMAP4rev1", "ENABLE", "CONDSTORE", "QRESYNC"} << L{"CONDSTORE", "QRESYNC"};
        QTest::newRow("utf8 too") << L{"IMAP4rev1", "ENABLE", "QRESYNC", "UTF8=ACCEPT"} << L{"CONDSTORE", "QRESYNC", "UTF8=ACCEPT"};
        QTest::newRow("utf8 only") << L{"IMAP4rev1", "ENABLE", "UTF8=ACCEPT"} << L{"UTF8=ACCEPT"};
        QTest::newRow("condstore only: nothing to enable") << L{"IMAP4rev1", "ENABLE", "CONDSTORE"} << L{};
        QTest::newRow("no ENABLE command") << L{"IMAP4rev1", "QRESYNC", "UTF8=ACCEPT"} << L{};
    }

    void enablesWhatIsOffered()
    {
        QFETCH(QList<QByteArray>, offered);
        QFETCH(QList<QByteArray>, enabled);
        QCOMPARE(extensionsToEnable(Capabilities(offered)), enabled);
    }
};

QTEST_GUILESS_MAIN(TestSyncEnable)
#include "tst_sync_enable.moc"

// Edit > Settings: each control is changed as a user would and the code that obeys it is asked (not
// just the stored value): ReadMarker's timing, the notifier's decision, the translators and locale
// installed at start, the account links are written from, the account list saved with a new prefetch.
#include "Translations.h"
#include "NewMailNotifier.h"
#include "list/ReadMarker.h"
#include "models/DisplayFormat.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Kestrel;
using namespace Kestrel::Ui;

namespace {

AccountSettings account(const QString &id, const QString &name)
{
    AccountSettings a;
    a.id = id;
    a.displayName = name;
    a.email = id + QStringLiteral("@example.org");
    return a;
}

MessageSummary unreadMessage()
{
    MessageSummary m;
    m.accountId = QStringLiteral("work");
    m.uid = 7;
    m.subject = QStringLiteral("Hello");
    return m;
}

// Changes what `change` changes in a fresh dialog and presses OK, as a user would.
void changeAndAccept(const QList<AccountSettings> &accounts, const std::function<void(SettingsDialog &)> &change)
{
    SettingsDialog dialog(accounts);
    dialog.show();
    change(dialog);
    dialog.accept();
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The user's own settings are never touched: every QSettings of this process lives in m_dir.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationDomain(QStringLiteral("kestrel-mail.org"));
        QCoreApplication::setApplicationName(QStringLiteral("kestrel-settings-test"));
        QSettings().clear();
    }

    void markReadDelayDrivesTheReadMarker()
    {
        changeAndAccept({}, [](SettingsDialog &d) { d.markReadBox()->setChecked(false); });
        ReadMarker marker;
        QSignalSpy marked(&marker, &ReadMarker::markRead);
        marker.shown(unreadMessage());
        QTest::qWait(ReadMarker::DefaultDelayMs + 300);
        QCOMPARE(marked.count(), 0); // "never"

        changeAndAccept({}, [](SettingsDialog &d) {
            QVERIFY(!d.markReadDelayBox()->isEnabled()); // the delay means nothing while off
            d.markReadBox()->setChecked(true);
            d.markReadDelayBox()->setValue(0.2);
        });
        marker.shown(unreadMessage());
        QCOMPARE(marked.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(marked.count(), 1, 2000); // after 0.2 s, not the default 1 s
        QCOMPARE(ReadMarker::delayMs(), 200);

        changeAndAccept({}, [](SettingsDialog &d) { d.markReadDelayBox()->setValue(0); });
        marker.shown(unreadMessage());
        QCOMPARE(marked.count(), 2); // at once
    }

    void notificationSwitchDecidesWhetherToNotify()
    {
        Sync::NewMail mail;
        mail.accountId = QStringLiteral("work");
        mail.folder = QStringLiteral("INBOX");
        mail.messages = {unreadMessage()};
        QVERIFY(NewMailNotifier::shouldNotify(mail)); // on by default
        changeAndAccept({}, [](SettingsDialog &d) {
            QVERIFY(d.notificationsBox()->isChecked());
            d.notificationsBox()->setChecked(false);
        });
        QVERIFY(!NewMailNotifier::shouldNotify(mail));
        changeAndAccept({}, [](SettingsDialog &d) { d.notificationsBox()->setChecked(true); });
        QVERIFY(NewMailNotifier::shouldNotify(mail));
    }

    void cancelChangesNothing()
    {
        SettingsDialog dialog({});
        dialog.notificationsBox()->setChecked(false);
        dialog.markReadBox()->setChecked(false);
        dialog.reject();
        QVERIFY(AppSettings::newMailNotifications());
        QVERIFY(ReadMarker::delayMs() >= 0);
    }

    void remoteContentStaysBlockedUnlessChosen()
    {
        QVERIFY(!AppSettings::loadRemoteContentAlways());
        changeAndAccept({}, [](SettingsDialog &d) {
            QVERIFY(!d.remoteContentBox()->isChecked());
            d.remoteContentBox()->setChecked(true);
        });
        QVERIFY(AppSettings::loadRemoteContentAlways());
        changeAndAccept({}, [](SettingsDialog &d) { d.remoteContentBox()->setChecked(false); });
        QVERIFY(!AppSettings::loadRemoteContentAlways());
    }

    void defaultAccountIsTheOneLinksAreWrittenFrom()
    {
        const QList<AccountSettings> accounts{account(QStringLiteral("work"), QStringLiteral("Work")),
                                              account(QStringLiteral("home"), QStringLiteral("Home"))};
        QCOMPARE(AppSettings::defaultAccount(accounts).id, QStringLiteral("work")); // nothing chosen: the first
        changeAndAccept(accounts, [](SettingsDialog &d) {
            QCOMPARE(d.defaultAccountBox()->count(), 2);
            QCOMPARE(d.defaultAccountBox()->itemText(1), QStringLiteral("Home"));
            d.defaultAccountBox()->setCurrentIndex(1);
        });
        QCOMPARE(AppSettings::defaultAccount(accounts).id, QStringLiteral("home"));
        // An account removed since is not used; the first one is.
        QCOMPARE(AppSettings::defaultAccount({accounts.first()}).id, QStringLiteral("work"));
    }

    void prefetchIsEditedForTheChosenAccount()
    {
        QList<AccountSettings> accounts{account(QStringLiteral("work"), QStringLiteral("Work")),
                                        account(QStringLiteral("home"), QStringLiteral("Home"))};
        AppSettings::setDefaultAccountId(QStringLiteral("work"));
        SettingsDialog dialog(accounts);
        QSignalSpy changed(&dialog, &SettingsDialog::accountsChanged);
        QCOMPARE(dialog.prefetchBox()->currentData().toInt(), int(AccountSettings::Prefetch::Text));
        // Switch to Home, change its prefetch; Work's stays as it was.
        dialog.defaultAccountBox()->setCurrentIndex(1);
        dialog.prefetchBox()->setCurrentIndex(dialog.prefetchBox()->findData(int(AccountSettings::Prefetch::Everything)));
        dialog.prefetchDaysBox()->setValue(90);
        dialog.accept();
        QCOMPARE(changed.count(), 1);
        const auto saved = changed.first().first().value<QList<AccountSettings>>();
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved[0], accounts[0]);
        QCOMPARE(saved[1].prefetch, AccountSettings::Prefetch::Everything);
        QCOMPARE(saved[1].prefetchDays, 90);

        // Nothing changed: nothing to save.
        SettingsDialog unchanged(saved);
        QSignalSpy none(&unchanged, &SettingsDialog::accountsChanged);
        unchanged.accept();
        QCOMPARE(none.count(), 0);
    }

    void languageChosenIsInstalledAtStartWithItsFormats()
    {
        changeAndAccept({}, [](SettingsDialog &d) {
            QCOMPARE(d.languageBox()->currentData().toString(), QString()); // system default
            d.languageBox()->setCurrentIndex(d.languageBox()->findData(QStringLiteral("ru")));
        });
        QCOMPARE(AppSettings::language(), QStringLiteral("ru"));
        // What app/main.cpp does at start with the stored language.
        QCOMPARE(App::installTranslators(*qApp, AppSettings::language()), QStringLiteral("ru_RU"));
        QCOMPARE(QCoreApplication::translate("Kestrel::Ui::MainWindowActions", "&Get Mail"), QStringLiteral("&Получить почту"));
        // Sizes and dates in the chosen language's formats, not the system's.
        QCOMPARE(QLocale().language(), QLocale::Russian);
        QVERIFY2(DisplayFormat::dataSize(1536).contains(QLatin1Char(',')), qPrintable(DisplayFormat::dataSize(1536)));
        const QDateTime when(QDate(2026, 3, 5), QTime(14, 7));
        QCOMPARE(DisplayFormat::listDate(when, when.addDays(10)), QStringLiteral("05.03.2026 14:07"));

        changeAndAccept({}, [](SettingsDialog &d) { d.languageBox()->setCurrentIndex(d.languageBox()->findData(QStringLiteral("lv"))); });
        QCOMPARE(AppSettings::language(), QStringLiteral("lv"));
        changeAndAccept({}, [](SettingsDialog &d) { d.languageBox()->setCurrentIndex(0); });
        QCOMPARE(AppSettings::language(), QString()); // back to the system's
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settings_dialog.moc"

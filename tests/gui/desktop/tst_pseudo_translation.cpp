// Strings shown without tr(): with a pseudo-translator installed that wraps every translated text in
// ⟦…⟧, the main window, the composer, the Settings dialog and the account list are built and walked;
// every window title, label, button, menu, action text and tooltip, placeholder, tab, column header and
// accessible name/description must come out wrapped. A literal that skipped tr() (or QStringLiteral
// glued to a translated part) comes out bare and is named in the failure.
//
// What it cannot see, honestly: texts only set later (status bar messages, errors, dialogs opened by a
// click, menus filled on demand) and strings that are user data by nature (folder names, subjects,
// account names, identities) — those are excluded by the widget or model that holds them, listed below.
// tests/arch/check-translations.sh covers the other half: every tr() string is in the .ts files and
// finished.
#include "DesktopTestWindows.h"

#include "MainWindow.h"
#include "access/AccessibilitySetup.h"
#include "account/CredentialStore.h"
#include "accounts/AccountListDialog.h"
#include "accounts/AccountStorage.h"
#include "compose/DraftStore.h"
#include "compose/ReplyTemplate.h"
#include "composer/ComposerWindow.h"
#include "settings/SettingsDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Kestrel;
using namespace Kestrel::Ui;

namespace {

const QString open = QStringLiteral("⟦");
const QString close = QStringLiteral("⟧");

// Translates everything, to a visibly marked copy of the source.
class PseudoTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return open + QString::fromUtf8(sourceText) + close;
    }
    bool isEmpty() const override { return false; }
};

// Widgets whose items are user data, by object name: the account and identity choices.
const QStringList userDataCombos{QStringLiteral("defaultAccount")};
// Labels that show user data: the status bar's account names, each behind a coloured dot (its
// tooltip, which explains the dot, is still checked).
const QStringList userDataLabels{QStringLiteral("connectionIndicator")};

bool needsNoTranslation(const QString &text)
{
    // Numbers, punctuation, a lone shortcut mnemonic: nothing a translator could change.
    for (const QChar c : text) {
        if (c.isLetter())
            return false;
    }
    return true;
}

class Walker
{
public:
    QStringList bare;

    void check(const QString &where, const QString &text)
    {
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty() || needsNoTranslation(trimmed))
            return;
        if (!(trimmed.contains(open) && trimmed.contains(close)))
            bare << where + QStringLiteral(": \"") + trimmed + QLatin1Char('"');
    }

    void checkAction(const QString &where, const QAction *action)
    {
        if (action->isSeparator())
            return;
        check(where + QStringLiteral(" action"), action->text());
        check(where + QStringLiteral(" action tooltip"), action->toolTip());
        if (action->menu())
            walkMenu(action->menu());
    }

    void walkMenu(const QMenu *menu)
    {
        check(QStringLiteral("menu title"), menu->title());
        for (const QAction *action : menu->actions())
            checkAction(menu->title(), action);
    }

    void walk(QWidget *top)
    {
        check(QStringLiteral("window title of ") + top->objectName(), top->windowTitle());
        QList<QWidget *> widgets = top->findChildren<QWidget *>();
        widgets.prepend(top);
        for (QWidget *widget : std::as_const(widgets)) {
            const QString where = QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') + widget->objectName();
            check(where + QStringLiteral(" tooltip"), widget->toolTip());
            check(where + QStringLiteral(" accessible name"), widget->accessibleName());
            check(where + QStringLiteral(" accessible description"), widget->accessibleDescription());
            if (auto *label = qobject_cast<QLabel *>(widget); label && !userDataLabels.contains(label->objectName()))
                check(where, label->text());
            if (auto *button = qobject_cast<QAbstractButton *>(widget))
                check(where, button->text());
            if (auto *edit = qobject_cast<QLineEdit *>(widget))
                check(where + QStringLiteral(" placeholder"), edit->placeholderText());
            if (auto *group = qobject_cast<QGroupBox *>(widget))
                check(where, group->title());
            if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
                for (int i = 0; i < tabs->count(); ++i)
                    check(where + QStringLiteral(" tab"), tabs->tabText(i));
            }
            if (auto *combo = qobject_cast<QComboBox *>(widget); combo && combo->isEditable() == false
                && !userDataCombos.contains(combo->objectName()) && combo->window() != nullptr) {
                for (int i = 0; i < combo->count(); ++i)
                    check(where + QStringLiteral(" item"), combo->itemText(i));
            }
            if (auto *header = qobject_cast<QHeaderView *>(widget); header && header->model() && !header->isHidden()) {
                for (int section = 0; section < header->count(); ++section)
                    check(where + QStringLiteral(" column"), header->model()->headerData(section, header->orientation()).toString());
            }
            for (const QAction *action : widget->actions())
                checkAction(where, action);
            if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
                for (const QAction *action : bar->actions())
                    checkAction(QStringLiteral("menu bar"), action);
            }
        }
    }
};

} // namespace

class TestPseudoTranslation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::installTranslator(&m_translator);
        QCOMPARE(QCoreApplication::translate("Kestrel::Ui::MainWindowActions", "&Quit"), QStringLiteral("⟦&Quit⟧"));
        const QString error = Test::openDesktopTestCache(m_dir.filePath(QStringLiteral("cache.sqlite")), m_cache);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void mainWindow()
    {
        MainWindow window(m_cache);
        window.setAccounts({Test::desktopTestAccount()});
        window.showFirstInbox();
        AccessibilitySetup::apply(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Walker walker;
        walker.walk(&window);
        QVERIFY2(walker.bare.isEmpty(), qPrintable(walker.bare.join(QLatin1Char('\n'))));
    }

    void composer()
    {
        // Two accounts so the From items carry the "identity (account)" format; they are user data
        // wrapped in a translated pattern, so they must come out marked too.
        AccountSettings second = Test::desktopTestAccount();
        second.id = QStringLiteral("bob");
        ComposerWindow composer({Test::desktopTestAccount(), second}, Compose::DraftStore(m_dir.filePath(QStringLiteral("drafts"))));
        AccessibilitySetup::apply(composer);
        composer.start(Compose::ReplyTemplate::blank(Test::desktopTestAccount()));
        composer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&composer));
        Walker walker;
        walker.walk(&composer);
        QVERIFY2(walker.bare.isEmpty(), qPrintable(walker.bare.join(QLatin1Char('\n'))));
    }

    void settingsDialog()
    {
        SettingsDialog dialog({Test::desktopTestAccount()});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        Walker walker;
        walker.walk(&dialog);
        QVERIFY2(walker.bare.isEmpty(), qPrintable(walker.bare.join(QLatin1Char('\n'))));
    }

    void accountList()
    {
        CredentialStore credentials;
        AccountStorage storage(m_dir.filePath(QStringLiteral("accounts.json")), m_dir.filePath(QStringLiteral("cache.sqlite")), credentials);
        AccountListDialog dialog({Test::desktopTestAccount()}, &storage);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        Walker walker;
        walker.walk(&dialog);
        QVERIFY2(walker.bare.isEmpty(), qPrintable(walker.bare.join(QLatin1Char('\n'))));
    }

    void theWalkerCatchesABareString()
    {
        // The check itself can fail: a label set without tr() is reported.
        QWidget window;
        window.setWindowTitle(QCoreApplication::translate("test", "Title"));
        auto *label = new QLabel(QStringLiteral("Not translated"), &window);
        Walker walker;
        walker.walk(&window);
        QCOMPARE(walker.bare.size(), 1);
        QVERIFY(walker.bare.first().contains(QStringLiteral("Not translated")));
        delete label;
    }

private:
    PseudoTranslator m_translator;
    QTemporaryDir m_dir;
    Database m_cache;
};

QTEST_MAIN(TestPseudoTranslation)
#include "tst_pseudo_translation.moc"

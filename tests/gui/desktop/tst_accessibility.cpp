// Keyboard and screen-reader use of the main window and the composer: every widget Tab can reach has
// a name a screen reader can speak (QAccessible, which also takes a label's text or a button's), the
// main panes say what they are for, Tab walks folder tree → filter → list → reader and back, the
// composer's fields in order and out of the text, and every main-window action has a shortcut or a
// menu entry (menus open with Alt or F10).
#include "DesktopTestWindows.h"

#include "MainWindow.h"
#include "MainWindowActions.h"
#include "ReaderPane.h"
#include "access/AccessibilitySetup.h"
#include "compose/DraftStore.h"
#include "compose/ReplyTemplate.h"
#include "composer/ComposerWindow.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Kestrel;
using namespace Kestrel::Ui;

namespace {

QString describeWidget(const QWidget *widget)
{
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

// Every visible, enabled widget Tab can stop at, without a name a screen reader would speak.
QStringList unnamedFocusable(const QWidget &top)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = top.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            unnamed << describeWidget(widget);
    }
    return unnamed;
}

// The widgets focus visits pressing Tab from `start`, until it comes back or after `limit` presses.
QList<QWidget *> tabCycle(QWidget *start, int limit = 40)
{
    start->setFocus(Qt::TabFocusReason);
    QList<QWidget *> visited{QApplication::focusWidget()};
    for (int i = 0; i < limit; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (now == start || !now)
            break;
        visited << now;
    }
    return visited;
}

void collectMenuActions(const QMenu *menu, QSet<const QAction *> &into)
{
    for (QAction *action : menu->actions()) {
        into.insert(action);
        if (action->menu())
            collectMenuActions(action->menu(), into);
    }
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString error = Test::openDesktopTestCache(m_dir.filePath(QStringLiteral("cache.sqlite")), m_cache);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void mainWindowWidgetsAreNamedAndTabFollowsThePanes()
    {
        MainWindow window(m_cache);
        window.setAccounts({Test::desktopTestAccount()});
        window.showFirstInbox();
        AccessibilitySetup::apply(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        const QStringList unnamed = unnamedFocusable(window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterText"));
        QVERIFY(filter);
        for (QWidget *pane : std::initializer_list<QWidget *>{window.folderView(), filter, window.messageView(), window.readerView()})
            QVERIFY2(!pane->accessibleDescription().isEmpty(), qPrintable(describeWidget(pane)));

        const QList<QWidget *> cycle = tabCycle(window.folderView());
        QStringList order;
        for (QWidget *widget : cycle)
            order << describeWidget(widget);
        QVERIFY2(QApplication::focusWidget() == window.folderView(), qPrintable(QStringLiteral("Tab does not come back: ") + order.join(QStringLiteral(" → "))));
        QList<qsizetype> positions;
        for (QWidget *pane : std::initializer_list<QWidget *>{window.folderView(), filter, window.messageView(), window.readerView()}) {
            if (pane == filter && !filter->isVisible())
                continue; // the filter bar is shown on demand
            positions << cycle.indexOf(pane);
            QVERIFY2(positions.last() >= 0, qPrintable(describeWidget(pane) + QStringLiteral(" not in ") + order.join(QStringLiteral(" → "))));
        }
        QVERIFY2(std::is_sorted(positions.begin(), positions.end()), qPrintable(order.join(QStringLiteral(" → "))));
    }

    void everyMainWindowActionIsReachableByKeyboard()
    {
        MainWindow window(m_cache);
        QSet<const QAction *> inMenus;
        for (QAction *top : window.menuBar()->actions()) {
            QVERIFY2(top->text().contains(QLatin1Char('&')), qPrintable(top->text())); // Alt opens it
            if (top->menu())
                collectMenuActions(top->menu(), inMenus);
        }
        QStringList unreachable;
        const QList<QAction *> actions = window.actions()->findChildren<QAction *>(Qt::FindDirectChildrenOnly);
        QVERIFY(actions.size() > 20);
        for (const QAction *action : actions) {
            if (action->shortcut().isEmpty() && !inMenus.contains(action))
                unreachable << action->text();
        }
        QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join(QStringLiteral(", "))));
    }

    void composerFieldsAreNamedAndInOrder()
    {
        ComposerWindow composer({Test::desktopTestAccount()}, Compose::DraftStore(m_dir.filePath(QStringLiteral("drafts"))));
        AccessibilitySetup::apply(composer);
        composer.start(Compose::ReplyTemplate::blank(Test::desktopTestAccount()));
        composer.show();
        QVERIFY(QTest::qWaitForWindowActive(&composer));

        const QStringList unnamed = unnamedFocusable(composer);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        QCOMPARE(composer.toEdit()->accessibleName(), QStringLiteral("To"));
        QVERIFY(!composer.bccEdit()->accessibleDescription().isEmpty());

        const QList<QWidget *> cycle = tabCycle(composer.fromBox());
        QList<qsizetype> positions;
        for (QWidget *field : std::initializer_list<QWidget *>{composer.fromBox(), composer.toEdit(), composer.ccEdit(), composer.bccEdit(),
                                                               composer.subjectEdit(), composer.bodyEdit()}) {
            positions << cycle.indexOf(field);
            QVERIFY2(positions.last() >= 0, qPrintable(describeWidget(field)));
        }
        QVERIFY(std::is_sorted(positions.begin(), positions.end()));
        // Tab leaves the text instead of typing a tab into it.
        composer.bodyEdit()->setFocus();
        const QString before = composer.bodyEdit()->toPlainText();
        QTest::keyClick(composer.bodyEdit(), Qt::Key_Tab);
        QCOMPARE(composer.bodyEdit()->toPlainText(), before);
        QVERIFY(QApplication::focusWidget() != composer.bodyEdit());
    }

private:
    QTemporaryDir m_dir;
    Database m_cache;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"

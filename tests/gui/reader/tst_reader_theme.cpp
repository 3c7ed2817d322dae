// Light and dark mode in the reader: with a dark palette the quote levels, the dimmed signature and
// the remote-content bar stay readable (WCAG contrast of at least 4.5:1 against the background), the
// reader's text follows a palette change at once, and the system's dark preference (as the XDG portal
// announces it) switches the application's palette and back.
#include "ReaderPane.h"
#include "theme/ReaderColours.h"
#include "theme/SystemColorScheme.h"

#include "render/PlainTextHtml.h"

#include <QApplication>
#include <QStyle>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Kestrel;
using Kestrel::Ui::ReaderColours;

namespace {

// The colour the document gives the first character of `text`.
QColor colourOf(QTextDocument *document, const QString &text)
{
    const QTextCursor found = document->find(text);
    if (found.isNull())
        return {};
    QTextCursor cursor(document);
    cursor.setPosition(found.selectionStart() + 1);
    return cursor.charFormat().foreground().color();
}

QPalette lightPalette()
{
    QPalette light = QApplication::style()->standardPalette();
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    return light;
}

} // namespace

class TestReaderTheme : public QObject
{
    Q_OBJECT
private slots:
    void ownColoursHaveEnoughContrastInBothModes_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("dark") << Ui::SystemColorScheme::darkPalette();
        QTest::newRow("light") << lightPalette();
        QPalette black = Ui::SystemColorScheme::darkPalette();
        black.setColor(QPalette::Base, Qt::black);
        QTest::newRow("black") << black;
    }

    void ownColoursHaveEnoughContrastInBothModes()
    {
        QFETCH(QPalette, palette);
        const QColor base = palette.color(QPalette::Base);
        for (int level = 1; level <= 6; ++level) {
            const double ratio = ReaderColours::contrast(ReaderColours::quoteColour(level, palette), base);
            QVERIFY2(ratio >= ReaderColours::MinimumContrast, qPrintable(QStringLiteral("level %1: %2").arg(level).arg(ratio)));
        }
        const QColor dim = ReaderColours::dimmedText(palette);
        QVERIFY(ReaderColours::contrast(dim, base) >= ReaderColours::MinimumContrast);
        QVERIFY(ReaderColours::contrast(dim, base) < ReaderColours::contrast(palette.color(QPalette::Text), base)); // dimmed
        QVERIFY(ReaderColours::contrast(palette.color(QPalette::WindowText), ReaderColours::noticeBackground(palette))
                >= ReaderColours::MinimumContrast);
        // Levels stay apart from each other.
        QVERIFY(ReaderColours::quoteColour(1, palette) != ReaderColours::quoteColour(2, palette));
    }

    void readerFollowsAPaletteChange()
    {
        QApplication::setPalette(Ui::SystemColorScheme::darkPalette());
        Ui::ReaderPane pane;
        MessageSummary message;
        message.subject = QStringLiteral("Colours");
        Render::MessageContent content;
        content.structureKnown = content.complete = true;
        content.body = QStringLiteral("Hi\n> quoted line\n>> older line\n-- \nSigned");
        pane.showMessage(message, content);
        const QColor darkBase = pane.palette().color(QPalette::Base);
        const QColor quoteOnDark = colourOf(pane.document(), QStringLiteral("quoted line"));
        QVERIFY(quoteOnDark.isValid());
        QVERIFY2(ReaderColours::contrast(quoteOnDark, darkBase) >= ReaderColours::MinimumContrast, qPrintable(quoteOnDark.name()));
        QVERIFY(ReaderColours::contrast(colourOf(pane.document(), QStringLiteral("older line")), darkBase) >= ReaderColours::MinimumContrast);
        QVERIFY(ReaderColours::contrast(colourOf(pane.document(), QStringLiteral("Signed")), darkBase) >= ReaderColours::MinimumContrast);

        QApplication::setPalette(lightPalette()); // the system switched to light mode
        QTRY_VERIFY(colourOf(pane.document(), QStringLiteral("quoted line")) != quoteOnDark);
        const QColor lightBase = pane.palette().color(QPalette::Base);
        QVERIFY(ReaderColours::contrast(colourOf(pane.document(), QStringLiteral("quoted line")), lightBase) >= ReaderColours::MinimumContrast);
    }

    void portalDarkPreferenceSwitchesThePalette()
    {
        QApplication::setPalette(lightPalette());
        auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        Ui::SystemColorScheme scheme(*app);
        scheme.setScheme(Ui::SystemColorScheme::Scheme::Dark);
        QVERIFY(ReaderColours::isDark(QApplication::palette()));
        scheme.setScheme(Ui::SystemColorScheme::Scheme::Light);
        QVERIFY(!ReaderColours::isDark(QApplication::palette()));
        QCOMPARE(QApplication::palette().color(QPalette::Base), QColor(Qt::white)); // the platform's, restored
    }
};

QTEST_MAIN(TestReaderTheme)
#include "tst_reader_theme.moc"

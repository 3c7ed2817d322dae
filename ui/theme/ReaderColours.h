#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace Kestrel::Ui {

// The reader's own colours, derived from the palette so that light and dark modes are both readable:
// each quote level keeps its hue (blue, green, purple, orange) and takes the lightness that gives
// at least MinimumContrast against the text background; the dimmed signature and header labels are the
// text colour blended towards the background, stopping at the same contrast. core/render marks text
// with the classes styleSheet() styles (PlainTextHtml), so no colour is fixed in the HTML.
class ReaderColours
{
public:
    static constexpr double MinimumContrast = 4.5; // WCAG 2 AA for body text

    static QColor quoteColour(int level, const QPalette &palette);
    static QColor dimmedText(const QPalette &palette);
    // Background of bars that ask for attention (remote content blocked) and their text stays WindowText.
    static QColor noticeBackground(const QPalette &palette);
    // The default style sheet of the reader's documents.
    static QString styleSheet(const QPalette &palette);

    // WCAG 2 contrast ratio of two colours (1 to 21).
    static double contrast(const QColor &a, const QColor &b);
    static double luminance(const QColor &colour);
    static bool isDark(const QPalette &palette);
};

} // namespace Kestrel::Ui

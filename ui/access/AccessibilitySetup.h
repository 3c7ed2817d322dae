#pragma once

#include <QCoreApplication>

class QWidget;

namespace Kestrel::Ui {

class ComposerWindow;
class MainWindow;

// What a screen reader says for the main panes and the composer's fields, and the order Tab walks
// them in: folder tree → quick filter → message list → reader, and in the composer From → To → Cc →
// Bcc → Subject → attachments → text. Names come from the visible labels where a widget has one;
// descriptions say what the pane is for and which keys act on it.
class AccessibilitySetup
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Ui::AccessibilitySetup)
public:
    static void apply(MainWindow &window);
    static void apply(ComposerWindow &composer);

private:
    static void describe(QWidget *widget, const QString &name, const QString &description);
};

} // namespace Kestrel::Ui

#include "access/AccessibilitySetup.h"

#include "MainWindow.h"
#include "ReaderPane.h"
#include "composer/AttachmentList.h"
#include "composer/ComposerWindow.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTreeView>

namespace Kestrel::Ui {

void AccessibilitySetup::describe(QWidget *widget, const QString &name, const QString &description)
{
    if (!widget)
        return;
    // A name set where the widget is made (MainWindow, MessageListPane) is kept: it is the same text.
    if (widget->accessibleName().isEmpty())
        widget->setAccessibleName(name);
    widget->setAccessibleDescription(description);
}

void AccessibilitySetup::apply(MainWindow &window)
{
    QWidget *folders = window.folderView();
    QWidget *filter = window.findChild<QLineEdit *>(QStringLiteral("filterText"));
    QWidget *messages = window.messageView();
    QWidget *reader = window.readerView();
    describe(folders, tr("Folders"), tr("The folders of every account; the chosen folder's messages are listed beside it."));
    describe(filter, tr("Filter text"), tr("Shows only messages whose sender or subject contain this text."));
    describe(messages, tr("Messages"), tr("The messages of the chosen folder. R replies, Delete deletes, M marks read or unread."));
    describe(reader, tr("Message"), tr("The text of the chosen message. Space reads on to the next unread message."));
    // Tab follows the panes as they are laid out, left to right and top to bottom.
    QWidget *previous = nullptr;
    for (QWidget *widget : {folders, filter, messages, reader}) {
        if (!widget)
            continue;
        widget->setFocusPolicy(Qt::StrongFocus);
        if (previous)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

void AccessibilitySetup::apply(ComposerWindow &composer)
{
    describe(composer.fromBox(), tr("From"), tr("The identity the message is sent from."));
    describe(composer.toEdit(), tr("To"), tr("Recipients, separated by commas."));
    describe(composer.ccEdit(), tr("Cc"), tr("Recipients who receive a copy, separated by commas."));
    describe(composer.bccEdit(), tr("Bcc"), tr("Recipients who receive a copy without the others seeing them."));
    describe(composer.subjectEdit(), tr("Subject"), {});
    describe(composer.attachmentList(), tr("Attachments"), tr("Files sent with the message."));
    describe(composer.bodyEdit(), tr("Message text"), {});
    // Tab in the text would otherwise insert a tab character and trap keyboard users in it.
    composer.bodyEdit()->setTabChangesFocus(true);
    QWidget *previous = nullptr;
    for (QWidget *widget : std::initializer_list<QWidget *>{composer.fromBox(), composer.toEdit(), composer.ccEdit(), composer.bccEdit(),
                                                            composer.subjectEdit(), composer.attachmentList(), composer.bodyEdit()}) {
        if (previous)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

} // namespace Kestrel::Ui

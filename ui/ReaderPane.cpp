#include "ReaderPane.h"

#include "models/DisplayFormat.h"

#include <QLocale>

namespace Kestrel::Ui {
namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='color:#666;padding-right:8px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

ReaderPane::ReaderPane(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("readerView"));
    setOpenLinks(false); // links are checked and opened by the reader, never followed blindly
    setOpenExternalLinks(false);
    setAccessibleName(tr("Message"));
    setPlaceholderText(tr("Select a message to read it."));
}

void ReaderPane::showMessage(const MessageSummary &message)
{
    // Everything from the message is escaped: the header block is plain text, never markup.
    QString html = QStringLiteral("<h3>%1</h3><table>")
                       .arg((message.subject.isEmpty() ? tr("(no subject)") : message.subject).toHtmlEscaped());
    html += row(tr("From"), DisplayFormat::addressList(message.from));
    html += row(tr("To"), DisplayFormat::addressList(message.to));
    if (!message.cc.isEmpty())
        html += row(tr("Cc"), DisplayFormat::addressList(message.cc));
    const QDateTime date = message.sentDate.isValid() ? message.sentDate : message.internalDate;
    html += row(tr("Date"), QLocale().toString(date.toLocalTime(), QLocale::LongFormat));
    html += QStringLiteral("</table><hr>");
    html += QStringLiteral("<p style='color:#666'>%1</p>").arg(tr("The message text has not been downloaded yet.").toHtmlEscaped());
    setHtml(html);
}

void ReaderPane::clearMessage()
{
    clear();
}

} // namespace Kestrel::Ui

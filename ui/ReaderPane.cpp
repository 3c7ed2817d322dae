#include "ReaderPane.h"

#include "models/DisplayFormat.h"
#include "render/HtmlSanitizer.h"
#include "render/PlainTextHtml.h"
#include "theme/ReaderColours.h"

#include <QEvent>
#include <QLocale>

namespace Kestrel::Ui {
namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td class='%1' style='padding-right:8px'>%2</td><td>%3</td></tr>")
        .arg(QLatin1String(Render::PlainTextHtml::DimmedClass), label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString note(const QString &text)
{
    return QStringLiteral("<p class='%1'>%2</p>").arg(QLatin1String(Render::PlainTextHtml::DimmedClass), text.toHtmlEscaped());
}

QUrl remoteUrl(const QString &reference)
{
    // Scheme-relative references ("//cdn.example/x.png") are fetched over HTTPS.
    return QUrl(reference.startsWith(QLatin1String("//")) ? QStringLiteral("https:") + reference : reference);
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

QString ReaderPane::headerHtml(const MessageSummary &message) const
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
    return html + QStringLiteral("</table><hr>");
}

QString ReaderPane::bodyHtml(const Render::MessageContent &content)
{
    if (!content.structureKnown || (!content.complete && content.body.isEmpty()))
        return note(tr("The message text has not been downloaded yet."));
    QString body;
    if (content.html) {
        const auto safe = Render::HtmlSanitizer::sanitize(content.body);
        for (const QString &reference : safe.remoteResources)
            m_remote << remoteUrl(reference);
        body = safe.html;
    } else {
        body = Render::PlainTextHtml::toHtml(content.body);
    }
    if (!content.complete)
        body += note(tr("Part of the message text has not been downloaded yet."));
    return body;
}

void ReaderPane::showMessage(const MessageSummary &message, const Render::MessageContent &content)
{
    m_inline = content.inlineParts;
    m_allowed.clear();
    m_remote.clear();
    m_blockedRequests = 0;
    m_html = headerHtml(message) + bodyHtml(content);
    applyStyle();
    setHtml(m_html);
}

void ReaderPane::clearMessage()
{
    m_inline.clear();
    m_allowed.clear();
    m_remote.clear();
    m_html.clear();
    clear();
}

void ReaderPane::addRemoteResource(const QUrl &url, const QByteArray &data)
{
    m_allowed.insert(url, data);
    document()->addResource(QTextDocument::ImageResource, url, data);
    setHtml(m_html); // lay out again: image sizes change the flow
}

QVariant ReaderPane::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type);
    const QString scheme = name.scheme().toLower();
    if (scheme == QLatin1String("cid")) {
        const auto it = m_inline.constFind(name.path());
        return it != m_inline.constEnd() ? QVariant(*it) : QVariant();
    }
    const QUrl remote = remoteUrl(name.toString());
    if (m_allowed.contains(remote))
        return m_allowed.value(remote);
    if (scheme == QLatin1String("data"))
        return QTextBrowser::loadResource(type, name); // inline data: images carry no request
    ++m_blockedRequests; // remote, file:, qrc: ...: nothing leaves or is read unless allowed
    return {};
}

void ReaderPane::applyStyle()
{
    document()->setDefaultStyleSheet(ReaderColours::styleSheet(palette()));
}

void ReaderPane::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // Light <-> dark mode: the quote and dimmed colours follow the new palette at once.
    if (event->type() == QEvent::PaletteChange && !m_html.isEmpty()) {
        applyStyle();
        setHtml(m_html);
        for (auto it = m_allowed.cbegin(); it != m_allowed.cend(); ++it)
            document()->addResource(QTextDocument::ImageResource, it.key(), it.value());
    }
}

} // namespace Kestrel::Ui

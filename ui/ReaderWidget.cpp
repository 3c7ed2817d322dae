#include "ReaderWidget.h"

#include "ReaderPane.h"
#include "RemoteContentBar.h"
#include "RemoteResourceLoader.h"

#include "account/RemoteContentPolicy.h"
#include "cache/MessageListReader.h"
#include "models/DisplayFormat.h"
#include "render/MessageContent.h"

#include <QDesktopServices>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Kestrel::Ui {
namespace {

QString senderAddress(const MessageSummary &message)
{
    return message.from.isEmpty() ? QString() : message.from.first().email;
}

} // namespace

ReaderWidget::ReaderWidget(Database &cache, RemoteContentPolicy *policy, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_policy(policy)
    , m_bar(new RemoteContentBar)
    , m_pane(new ReaderPane)
    , m_attachments(new QLabel)
    , m_linkTarget(new QLabel)
    , m_loader(new RemoteResourceLoader(this))
{
    setObjectName(QStringLiteral("reader"));
    m_attachments->setObjectName(QStringLiteral("attachments"));
    m_attachments->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_attachments->setWordWrap(true);
    m_attachments->hide();
    m_linkTarget->setObjectName(QStringLiteral("linkTarget"));
    m_linkTarget->setTextFormat(Qt::PlainText);
    m_linkTarget->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_pane, 1);
    layout->addWidget(m_attachments);
    layout->addWidget(m_linkTarget);

    connect(m_bar, &RemoteContentBar::loadOnceRequested, this, &ReaderWidget::loadRemoteContent);
    connect(m_bar, &RemoteContentBar::alwaysForSenderRequested, this, &ReaderWidget::allowSenderAlways);
    connect(m_loader, &RemoteResourceLoader::loaded, m_pane, &ReaderPane::addRemoteResource);
    connect(m_pane, &QTextBrowser::highlighted, this, &ReaderWidget::showLinkTarget);
    connect(m_pane, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        // Only what a mail link may sensibly open; the target was shown while hovering.
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto"))
            QDesktopServices::openUrl(url);
    });
}

void ReaderWidget::showMessage(const MessageSummary &message)
{
    m_message = message;
    if (message.bodyStructure.isEmpty() && message.id != 0) {
        // List rows leave the structure out (it is only needed here): read the whole row.
        std::optional<MessageSummary> full;
        if (!MessageListReader(m_cache).messageById(message.id, full) && full)
            m_message = full;
    }
    render();
    if (!m_complete)
        emit contentWanted(*m_message);
}

void ReaderWidget::refresh()
{
    if (m_message && !m_complete)
        render();
}

void ReaderWidget::clearMessage()
{
    m_message.reset();
    m_loader->cancel();
    m_bar->hide();
    m_attachments->hide();
    m_linkTarget->hide();
    m_pane->clearMessage();
}

void ReaderWidget::render()
{
    m_loader->cancel();
    Render::MessageContent content;
    // A read error leaves the header and the "not downloaded" note: the reader never blocks on it.
    const auto error = Render::MessageContent::load(m_cache, *m_message, content);
    m_complete = !error && content.structureKnown && content.complete;
    m_pane->showMessage(*m_message, content);
    QStringList attachments;
    for (const PartInfo &part : std::as_const(content.attachments)) {
        const QString name = part.fileName.isEmpty() ? part.mimeType : part.fileName;
        attachments << QStringLiteral("%1 (%2)").arg(name, QLocale().formattedDataSize(qint64(part.decodedSizeEstimate())));
    }
    m_attachments->setText(tr("Attachments: %1").arg(attachments.join(QStringLiteral(", "))));
    m_attachments->setVisible(!attachments.isEmpty());
    const int blocked = int(m_pane->remoteResources().size());
    if (blocked == 0) {
        m_bar->hide();
    } else if (m_policy && m_policy->isAllowed(senderAddress(*m_message))) {
        m_bar->hide();
        m_loader->fetch(m_pane->remoteResources());
    } else {
        m_bar->showBlocked(blocked, senderAddress(*m_message));
    }
}

void ReaderWidget::loadRemoteContent()
{
    m_bar->hide();
    m_loader->fetch(m_pane->remoteResources());
}

void ReaderWidget::allowSenderAlways()
{
    if (m_policy && m_message) {
        m_policy->allow(senderAddress(*m_message));
        emit remoteContentPolicyChanged();
    }
    loadRemoteContent();
}

void ReaderWidget::showLinkTarget(const QUrl &url)
{
    // The real target, whatever the link's text says (the sanitiser also marks deceptive ones).
    m_linkTarget->setText(url.isEmpty() ? QString() : tr("Link to: %1").arg(url.toDisplayString()));
    m_linkTarget->setVisible(!url.isEmpty());
}

} // namespace Kestrel::Ui

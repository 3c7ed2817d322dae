#include "ReaderWidget.h"

#include "ReaderPane.h"
#include "RemoteContentBar.h"
#include "RemoteResourceLoader.h"
#include "reader/AttachmentPanel.h"
#include "reader/ReaderTasks.h"
#include "reader/TaskProgressBar.h"

#include "settings/AppSettings.h"

#include "account/RemoteContentPolicy.h"
#include "cache/MessageListReader.h"
#include "models/DisplayFormat.h"
#include "render/MessageContent.h"

#include <QAction>
#include <QDesktopServices>
#include <QFileDialog>
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
    , m_attachments(new AttachmentPanel)
    , m_progress(new TaskProgressBar)
    , m_tasks(new ReaderTasks(m_progress, this))
    , m_taskStatus(new QLabel)
    , m_viewSource(new QAction(tr("View &Source"), this))
    , m_saveAll(new QAction(tr("Save &All Attachments…"), this))
    , m_linkTarget(new QLabel)
    , m_loader(new RemoteResourceLoader(this))
{
    setObjectName(QStringLiteral("reader"));
    m_taskStatus->setObjectName(QStringLiteral("readerTaskStatus"));
    m_taskStatus->setTextFormat(Qt::PlainText);
    m_taskStatus->setWordWrap(true);
    m_taskStatus->hide();
    m_viewSource->setObjectName(QStringLiteral("viewSource"));
    m_viewSource->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_viewSource->setEnabled(false);
    m_saveAll->setObjectName(QStringLiteral("saveAllAttachments"));
    m_saveAll->setEnabled(false);
    // Active whenever the reader's window is, also before the window puts them in its menus.
    addAction(m_viewSource);
    addAction(m_saveAll);
    m_linkTarget->setObjectName(QStringLiteral("linkTarget"));
    m_linkTarget->setTextFormat(Qt::PlainText);
    m_linkTarget->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_pane, 1);
    layout->addWidget(m_attachments);
    layout->addWidget(m_progress);
    layout->addWidget(m_taskStatus);
    layout->addWidget(m_linkTarget);

    connect(m_bar, &RemoteContentBar::loadOnceRequested, this, &ReaderWidget::loadRemoteContent);
    connect(m_bar, &RemoteContentBar::alwaysForSenderRequested, this, &ReaderWidget::allowSenderAlways);
    connect(m_loader, &RemoteResourceLoader::loaded, m_pane, &ReaderPane::addRemoteResource);
    connect(m_pane, &QTextBrowser::highlighted, this, &ReaderWidget::showLinkTarget);
    connect(m_attachments, &AttachmentPanel::openRequested, this, &ReaderWidget::openAttachment);
    connect(m_attachments, &AttachmentPanel::saveRequested, this, &ReaderWidget::saveAttachmentAs);
    connect(m_attachments, &AttachmentPanel::saveAllRequested, this, &ReaderWidget::saveAllAttachments);
    connect(m_viewSource, &QAction::triggered, this, &ReaderWidget::viewSource);
    connect(m_saveAll, &QAction::triggered, this, &ReaderWidget::saveAllAttachments);
    connect(m_tasks, &ReaderTasks::finished, this, [this](quint64, const QString &text, bool ok) { showTaskOutcome(text, ok); });
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
    m_attachments->setAttachments({});
    m_viewSource->setEnabled(false);
    m_saveAll->setEnabled(false);
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
    m_attachments->setAttachments(content.attachments);
    m_viewSource->setEnabled(m_message->id != 0);
    m_saveAll->setEnabled(!content.attachments.isEmpty());
    const int blocked = int(m_pane->remoteResources().size());
    if (blocked == 0) {
        m_bar->hide();
    } else if (AppSettings::loadRemoteContentAlways() || (m_policy && m_policy->isAllowed(senderAddress(*m_message)))) {
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

void ReaderWidget::setContentFetcher(Sync::ContentFetchCoordinator *fetcher)
{
    m_tasks->setContentFetcher(fetcher);
}

void ReaderWidget::setAccounts(const QList<AccountSettings> &accounts)
{
    m_tasks->setAccounts(accounts);
}

std::optional<PartInfo> ReaderWidget::attachment(int index) const
{
    const QList<PartInfo> &attachments = m_attachments->attachments();
    if (!m_message || index < 0 || index >= attachments.size())
        return std::nullopt;
    return attachments.at(index);
}

quint64 ReaderWidget::saveAttachmentTo(int index, const QString &path)
{
    const auto part = attachment(index);
    return part ? m_tasks->saveAttachment(*m_message, index, part->fileName, path) : 0;
}

quint64 ReaderWidget::saveAllAttachmentsTo(const QString &folder)
{
    return m_message && !m_attachments->attachments().isEmpty() ? m_tasks->saveAllAttachments(*m_message, folder) : 0;
}

quint64 ReaderWidget::openAttachment(int index)
{
    const auto part = attachment(index);
    if (!part)
        return 0;
    if (part->mimeType == QLatin1String("message/rfc822"))
        return m_tasks->openAttachedMessage(*m_message, index);
    if (ReaderTasks::isRunnable(part->fileName, part->mimeType)) {
        // A double-click must not start a program someone mailed: it can still be saved on purpose.
        showTaskOutcome(tr("\"%1\" is a program or script; it is not opened from mail. Use Save As to keep it.").arg(part->fileName), false);
        return 0;
    }
    return m_tasks->openAttachment(*m_message, index, part->fileName);
}

quint64 ReaderWidget::viewSource()
{
    return m_message && m_message->id != 0 ? m_tasks->viewSource(*m_message) : 0;
}

void ReaderWidget::saveAttachmentAs(int index)
{
    const auto part = attachment(index);
    if (!part)
        return;
    auto *dialog = new QFileDialog(this, tr("Save Attachment"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->selectFile(part->fileName);
    // The message as it is now: the user may open another one while the dialog is up.
    connect(dialog, &QFileDialog::fileSelected, this, [this, index, message = *m_message, name = part->fileName](const QString &path) {
        m_tasks->saveAttachment(message, index, name, path);
    });
    dialog->open(); // window-modal at most, never a nested event loop
}

void ReaderWidget::saveAllAttachments()
{
    if (!m_message || m_attachments->attachments().isEmpty())
        return;
    auto *dialog = new QFileDialog(this, tr("Save All Attachments"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this, message = *m_message](const QString &folder) {
        m_tasks->saveAllAttachments(message, folder);
    });
    dialog->open();
}

void ReaderWidget::showTaskOutcome(const QString &text, bool ok)
{
    Q_UNUSED(ok); // both are plain notes; errors carry their own wording
    m_taskStatus->setText(text);
    m_taskStatus->setVisible(!text.isEmpty());
}

} // namespace Kestrel::Ui

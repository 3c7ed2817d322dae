#include "ReaderTasks.h"

#include "MessageSourceWindow.h"
#include "AttachedMessageWindow.h"
#include "TaskProgressBar.h"

#include "sync/reading/ContentFetchCoordinator.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QUrl>
#include <QUuid>

namespace Kestrel::Ui {

using Sync::ReadingTask;

ReaderTasks::ReaderTasks(TaskProgressBar *progress, QWidget *windowParent)
    : QObject(progress)
    , m_progress(progress)
    , m_windowParent(windowParent)
{
    connect(m_progress, &TaskProgressBar::cancelRequested, this, &ReaderTasks::cancel);
}

ReaderTasks::~ReaderTasks()
{
    // Opened attachments are copies for viewers; they do not outlive the session that made them.
    if (!m_openFolder.isEmpty())
        QDir(m_openFolder).removeRecursively();
}

void ReaderTasks::setContentFetcher(Sync::ContentFetchCoordinator *fetcher)
{
    if (m_fetcher)
        disconnect(m_fetcher, nullptr, this, nullptr);
    m_fetcher = fetcher;
    if (!fetcher)
        return;
    connect(fetcher, &Sync::ContentFetchCoordinator::taskProgress, this, [this](quint64 id, qint64 done, qint64 total) {
        m_progress->setProgress(id, done, total);
    });
    connect(fetcher, &Sync::ContentFetchCoordinator::taskFinished, this, &ReaderTasks::onFinished);
}

quint64 ReaderTasks::saveAttachment(const MessageSummary &message, int index, const QString &fileName, const QString &path)
{
    return start(message, {ReadingTask::Kind::SaveAttachment, message.id, index, path}, tr("Saving %1…").arg(fileName));
}

quint64 ReaderTasks::saveAllAttachments(const MessageSummary &message, const QString &folder)
{
    return start(message, {ReadingTask::Kind::SaveAllAttachments, message.id, -1, folder}, tr("Saving the attachments…"));
}

quint64 ReaderTasks::openAttachment(const MessageSummary &message, int index, const QString &fileName)
{
    if (m_openFolder.isEmpty()) // made (owner-only) by the reading thread on first use
        m_openFolder = QDir::temp().filePath(QStringLiteral("kestrel-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    return start(message, {ReadingTask::Kind::OpenAttachment, message.id, index, m_openFolder}, tr("Opening %1…").arg(fileName));
}

quint64 ReaderTasks::openAttachedMessage(const MessageSummary &message, int index)
{
    return start(message, {ReadingTask::Kind::OpenAttachedMessage, message.id, index, {}}, tr("Opening the attached message…"));
}

quint64 ReaderTasks::viewSource(const MessageSummary &message)
{
    return start(message, {ReadingTask::Kind::ViewSource, message.id, -1, {}}, tr("Downloading the message source…"));
}

void ReaderTasks::cancel(quint64 id)
{
    if (m_fetcher && m_running.contains(id))
        m_fetcher->cancelTask(id);
}

quint64 ReaderTasks::start(const MessageSummary &message, ReadingTask task, const QString &progressText)
{
    const auto account = findAccount(m_accounts, message.accountId);
    if (!m_fetcher || !account) {
        emit finished(0, tr("This message's account is not available."), false);
        return 0;
    }
    const quint64 id = m_fetcher->startTask(*account, task);
    m_running.insert(id, Running{task, message.subject});
    m_progress->addTask(id, progressText);
    return id;
}

void ReaderTasks::onFinished(quint64 id, const Sync::ReadingResult &result, const std::optional<Error> &error)
{
    const auto it = m_running.constFind(id);
    if (it == m_running.cend())
        return; // another reader's task
    const Running running = *it;
    m_running.erase(it);
    m_progress->removeTask(id);
    if (error) {
        emit finished(id, error->code == Error::Code::Cancelled ? tr("Cancelled.") : error->userMessage, false);
        return;
    }
    showResult(running.task, running.subject, result);
    emit finished(id, running.task.kind == ReadingTask::Kind::SaveAttachment || running.task.kind == ReadingTask::Kind::SaveAllAttachments
                          ? tr("Saved %n file(s).", nullptr, int(result.files.size()))
                          : QString(),
                  true);
}

void ReaderTasks::showResult(const ReadingTask &task, const QString &subject, const Sync::ReadingResult &result)
{
    switch (task.kind) {
    case ReadingTask::Kind::OpenAttachment:
        if (!result.files.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(result.files.first()));
        return;
    case ReadingTask::Kind::ViewSource: {
        auto *window = new MessageSourceWindow(subject, result.bytes, m_windowParent);
        window->show();
        emit windowOpened(window);
        return;
    }
    case ReadingTask::Kind::OpenAttachedMessage: {
        if (!result.message)
            return;
        auto *window = new AttachedMessageWindow(*result.message, m_windowParent);
        window->show();
        emit windowOpened(window);
        return;
    }
    default:
        return;
    }
}

bool ReaderTasks::isRunnable(const QString &fileName, const QString &mimeType)
{
    static const QStringList suffixes{QStringLiteral("exe"), QStringLiteral("com"), QStringLiteral("bat"), QStringLiteral("cmd"),
                                      QStringLiteral("scr"), QStringLiteral("pif"), QStringLiteral("msi"), QStringLiteral("js"),
                                      QStringLiteral("jse"), QStringLiteral("vbs"), QStringLiteral("vbe"), QStringLiteral("wsf"),
                                      QStringLiteral("ps1"), QStringLiteral("jar"), QStringLiteral("sh"), QStringLiteral("desktop"),
                                      QStringLiteral("lnk"), QStringLiteral("app"), QStringLiteral("appimage"), QStringLiteral("run")};
    if (suffixes.contains(QFileInfo(fileName).suffix().toLower()))
        return true;
    const QMimeType type = QMimeDatabase().mimeTypeForName(mimeType);
    for (const char *runnable : {"application/x-executable", "application/x-sharedlib", "application/x-shellscript",
                                 "application/x-msdownload", "application/x-desktop", "application/x-ms-dos-executable"}) {
        if (type.isValid() && type.inherits(QString::fromLatin1(runnable)))
            return true;
    }
    return false;
}

} // namespace Kestrel::Ui

#include "LaunchArguments.h"

#include "MainWindow.h"
#include "compose/MailtoUrl.h"
#include "compose/ReplyTemplate.h"
#include "composer/ComposerLauncher.h"
#include "composer/ComposerWindow.h"
#include "settings/AppSettings.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Kestrel::App {

LaunchArguments::LaunchArguments(Ui::MainWindow &window, Ui::ComposerLauncher &composers, Accounts accounts, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_composers(composers)
    , m_accounts(std::move(accounts))
{
}

void LaunchArguments::open(const QStringList &arguments)
{
    m_window.showNormal();
    m_window.raise();
    m_window.activateWindow();
    for (const QString &argument : arguments) {
        if (Compose::MailtoUrl::looksLikeMailto(argument))
            compose(argument);
        else
            m_window.showSyncStatus(tr("Kestrel does not know what to do with \"%1\".").arg(argument));
    }
}

void LaunchArguments::compose(const QString &link)
{
    QString error;
    const auto url = Compose::MailtoUrl::parse(link, &error);
    if (!url) {
        m_window.showSyncStatus(error);
        return;
    }
    const QList<AccountSettings> accounts = m_accounts();
    if (accounts.isEmpty()) {
        m_window.showSyncStatus(tr("Add an account before writing a message."));
        return;
    }
    Ui::ComposerWindow *composer = m_composers.newMessage();
    if (!composer)
        return;
    Compose::ReplyTemplate::Result start = Compose::ReplyTemplate::blank(Ui::AppSettings::defaultAccount(accounts));
    start.message.to = url->to;
    start.message.cc = url->cc;
    start.message.bcc = url->bcc;
    start.message.subject = url->subject;
    start.message.body = url->body + start.message.body; // the signature block stays below the text
    start.cursorPosition = url->body.size();
    composer->start(start);
    composer->raise();
    composer->activateWindow();
    logForTests(*composer);
}

void LaunchArguments::logForTests(const Ui::ComposerWindow &composer)
{
    const QString path = qEnvironmentVariable("KESTREL_TEST_COMPOSER_LOG");
    if (path.isEmpty())
        return;
    const QJsonObject fields{{QStringLiteral("from"), composer.fromBox()->currentText()},
                             {QStringLiteral("to"), composer.toEdit()->text()},
                             {QStringLiteral("cc"), composer.ccEdit()->text()},
                             {QStringLiteral("bcc"), composer.bccEdit()->text()},
                             {QStringLiteral("subject"), composer.subjectEdit()->text()},
                             {QStringLiteral("body"), composer.bodyEdit()->toPlainText()}};
    QFile log(path);
    if (log.open(QIODevice::Append))
        log.write(QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n');
}

} // namespace Kestrel::App

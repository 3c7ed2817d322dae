#include "account/RemoteContentPolicy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace Kestrel {

RemoteContentPolicy::RemoteContentPolicy(QString filePath)
    : m_filePath(std::move(filePath))
{
}

std::optional<Error> RemoteContentPolicy::load()
{
    m_allowed.clear();
    QFile file(m_filePath);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Storage, tr("Could not read the list of senders allowed to show remote content."),
                           file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return Error::make(Error::Code::Storage, tr("The list of senders allowed to show remote content is damaged; remote content stays blocked."),
                           parseError.errorString());
    const QJsonArray senders = document.object().value(QStringLiteral("allowedSenders")).toArray();
    for (const QJsonValue &sender : senders)
        m_allowed.insert(sender.toString().toLower());
    return std::nullopt;
}

bool RemoteContentPolicy::isAllowed(const QString &senderAddress) const
{
    return !senderAddress.isEmpty() && m_allowed.contains(senderAddress.toLower());
}

void RemoteContentPolicy::allow(const QString &senderAddress)
{
    if (!senderAddress.isEmpty())
        m_allowed.insert(senderAddress.toLower());
}

std::optional<Error> RemoteContentPolicy::save() const
{
    QStringList sorted(m_allowed.begin(), m_allowed.end());
    std::sort(sorted.begin(), sorted.end());
    QJsonObject root;
    root.insert(QStringLiteral("allowedSenders"), QJsonArray::fromStringList(sorted));
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit())
        return Error::make(Error::Code::Storage, tr("Could not save the list of senders allowed to show remote content."),
                           file.errorString());
    return std::nullopt;
}

} // namespace Kestrel

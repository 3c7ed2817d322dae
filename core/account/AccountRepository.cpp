#include "account/AccountRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace Kestrel {
namespace {

constexpr int FormatVersion = 1;

} // namespace

AccountRepository::AccountRepository(QString filePath)
    : m_filePath(std::move(filePath))
{
}

std::optional<Error> AccountRepository::load(QList<AccountSettings> &accounts) const
{
    accounts.clear();
    QFile file(m_filePath);
    if (!file.exists())
        return std::nullopt;
    const QString where = QDir::toNativeSeparators(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Storage, tr("Cannot read the account settings in %1.").arg(where), file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        return Error::make(Error::Code::Storage, tr("The account settings in %1 are damaged.").arg(where),
                           parseError.errorString());
    }
    if (document.object().value(QStringLiteral("version")).toInt() > FormatVersion) {
        return Error::make(Error::Code::Storage,
                           tr("The account settings in %1 were written by a newer Kestrel.").arg(where));
    }
    const QJsonArray list = document.object().value(QStringLiteral("accounts")).toArray();
    for (const QJsonValue &value : list)
        accounts.append(AccountSettings::fromJson(value.toObject()));
    return std::nullopt;
}

std::optional<Error> AccountRepository::save(const QList<AccountSettings> &accounts) const
{
    QJsonArray list;
    for (const AccountSettings &account : accounts)
        list.append(account.toJson());
    const QJsonObject root{{QStringLiteral("version"), FormatVersion}, {QStringLiteral("accounts"), list}};

    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit()) {
        return Error::make(Error::Code::Storage,
                           tr("Cannot save the account settings in %1.").arg(QDir::toNativeSeparators(m_filePath)),
                           file.errorString());
    }
    return std::nullopt;
}

} // namespace Kestrel

#include "sync/actions/ActionPayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <utility>

namespace Kestrel::Sync {

namespace {

constexpr std::array<std::pair<ActionKind, const char *>, 9> kindNames{{
    {ActionKind::Flags, "flags"},
    {ActionKind::Move, "move"},
    {ActionKind::Copy, "copy"},
    {ActionKind::Delete, "delete"},
    {ActionKind::CreateFolder, "create-folder"},
    {ActionKind::RenameFolder, "rename-folder"},
    {ActionKind::DeleteFolder, "delete-folder"},
    {ActionKind::SubscribeFolder, "subscribe-folder"},
    {ActionKind::UnsubscribeFolder, "unsubscribe-folder"},
}};

QJsonArray numbers(const QList<quint32> &values)
{
    QJsonArray array;
    for (quint32 value : values)
        array.append(qint64(value));
    return array;
}

// UIDs are non-zero 32-bit numbers (RFC 9051 2.3.1.1); anything else makes the payload unreadable.
bool readNumbers(const QJsonValue &value, QList<quint32> &out)
{
    out.clear();
    for (const QJsonValue &item : value.toArray()) {
        const qint64 number = item.toInteger(-1);
        if (number <= 0 || number > 0xFFFFFFFFLL)
            return false;
        out << quint32(number);
    }
    return true;
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

bool validate(const QueuedAction &action, QString *error)
{
    if (action.folder.isEmpty())
        return fail(error, QStringLiteral("no folder"));
    if (action.isFolderOperation())
        return action.kind != ActionKind::RenameFolder || !action.target.isEmpty() || fail(error, QStringLiteral("no new name"));
    if (action.uids.isEmpty())
        return fail(error, QStringLiteral("no UIDs"));
    if (action.kind == ActionKind::Flags && action.addFlags.isEmpty() && action.removeFlags.isEmpty())
        return fail(error, QStringLiteral("no flags"));
    if ((action.kind == ActionKind::Move || action.kind == ActionKind::Copy) && action.target.isEmpty())
        return fail(error, QStringLiteral("no target folder"));
    if (!action.provisionalUids.isEmpty() && action.provisionalUids.size() != action.uids.size())
        return fail(error, QStringLiteral("stand-in UIDs do not pair with UIDs"));
    if (!action.messageIds.isEmpty() && action.messageIds.size() != action.uids.size())
        return fail(error, QStringLiteral("Message-IDs do not pair with UIDs"));
    return true;
}

} // namespace

bool QueuedAction::isFolderOperation() const
{
    return kind == ActionKind::CreateFolder || kind == ActionKind::RenameFolder || kind == ActionKind::DeleteFolder
        || kind == ActionKind::SubscribeFolder || kind == ActionKind::UnsubscribeFolder;
}

QString kindName(ActionKind kind)
{
    for (const auto &[value, name] : kindNames) {
        if (value == kind)
            return QString::fromLatin1(name);
    }
    return QString();
}

std::optional<ActionKind> kindFromName(const QString &name)
{
    for (const auto &[value, text] : kindNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QByteArray encodePayload(const QueuedAction &action)
{
    QJsonObject json{{QStringLiteral("folder"), action.folder}};
    if (action.uidValidity != 0)
        json.insert(QStringLiteral("uidValidity"), qint64(action.uidValidity));
    if (!action.uids.isEmpty())
        json.insert(QStringLiteral("uids"), numbers(action.uids));
    if (!action.addFlags.isEmpty())
        json.insert(QStringLiteral("add"), QJsonArray::fromStringList(action.addFlags));
    if (!action.removeFlags.isEmpty())
        json.insert(QStringLiteral("remove"), QJsonArray::fromStringList(action.removeFlags));
    if (action.modSeq != 0) // as text: a 63-bit MODSEQ does not survive a JSON double
        json.insert(QStringLiteral("modSeq"), QString::number(action.modSeq));
    if (!action.target.isEmpty())
        json.insert(QStringLiteral("target"), action.target);
    if (!action.provisionalUids.isEmpty())
        json.insert(QStringLiteral("provisionalUids"), numbers(action.provisionalUids));
    if (!action.messageIds.isEmpty())
        json.insert(QStringLiteral("messageIds"), QJsonArray::fromStringList(action.messageIds));
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::optional<QueuedAction> decodePayload(const QString &kind, const QByteArray &payload, QString *error)
{
    const std::optional<ActionKind> parsedKind = kindFromName(kind);
    if (!parsedKind) {
        fail(error, QStringLiteral("unknown kind \"%1\"").arg(kind));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &parseError);
    if (!document.isObject()) {
        fail(error, parseError.error != QJsonParseError::NoError ? parseError.errorString() : QStringLiteral("not an object"));
        return std::nullopt;
    }
    const QJsonObject json = document.object();
    QueuedAction action;
    action.kind = *parsedKind;
    action.folder = json.value(QStringLiteral("folder")).toString();
    action.uidValidity = quint32(json.value(QStringLiteral("uidValidity")).toInteger());
    action.addFlags = strings(json.value(QStringLiteral("add")));
    action.removeFlags = strings(json.value(QStringLiteral("remove")));
    action.modSeq = json.value(QStringLiteral("modSeq")).toString().toULongLong();
    action.target = json.value(QStringLiteral("target")).toString();
    action.messageIds = strings(json.value(QStringLiteral("messageIds")));
    if (!readNumbers(json.value(QStringLiteral("uids")), action.uids)
        || !readNumbers(json.value(QStringLiteral("provisionalUids")), action.provisionalUids)) {
        fail(error, QStringLiteral("a UID is not a number from 1 to 4294967295"));
        return std::nullopt;
    }
    if (!validate(action, error))
        return std::nullopt;
    return action;
}

} // namespace Kestrel::Sync

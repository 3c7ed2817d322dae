#include "compose/DraftJson.h"

#include <QJsonArray>
#include <QTimeZone>

namespace Kestrel::Compose {
namespace {

QJsonArray addressesToJson(const AddressList &addresses)
{
    QJsonArray array;
    for (const Address &address : addresses)
        array.append(QJsonObject{{QStringLiteral("name"), address.name}, {QStringLiteral("email"), address.email}});
    return array;
}

AddressList addressesFromJson(const QJsonValue &value)
{
    AddressList addresses;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array) {
        const QJsonObject object = entry.toObject();
        addresses.append({object.value(QStringLiteral("name")).toString(), object.value(QStringLiteral("email")).toString()});
    }
    return addresses;
}

QJsonArray attachmentsToJson(const QList<OutgoingAttachment> &attachments)
{
    QJsonArray array;
    for (const OutgoingAttachment &attachment : attachments) {
        array.append(QJsonObject{{QStringLiteral("fileName"), attachment.fileName},
                                 {QStringLiteral("mimeType"), attachment.mimeType},
                                 {QStringLiteral("data"), QString::fromLatin1(attachment.data.toBase64())}});
    }
    return array;
}

QList<OutgoingAttachment> attachmentsFromJson(const QJsonValue &value)
{
    QList<OutgoingAttachment> attachments;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array) {
        const QJsonObject object = entry.toObject();
        attachments.append({object.value(QStringLiteral("fileName")).toString(), object.value(QStringLiteral("mimeType")).toString(),
                            QByteArray::fromBase64(object.value(QStringLiteral("data")).toString().toLatin1())});
    }
    return attachments;
}

QString originName(OutgoingMessage::Origin origin)
{
    switch (origin) {
    case OutgoingMessage::Origin::Reply:
        return QStringLiteral("reply");
    case OutgoingMessage::Origin::Forward:
        return QStringLiteral("forward");
    case OutgoingMessage::Origin::New:
        break;
    }
    return QStringLiteral("new");
}

OutgoingMessage::Origin originFromName(const QString &name)
{
    if (name == QLatin1String("reply"))
        return OutgoingMessage::Origin::Reply;
    if (name == QLatin1String("forward"))
        return OutgoingMessage::Origin::Forward;
    return OutgoingMessage::Origin::New;
}

QJsonObject messageToJson(const OutgoingMessage &m)
{
    return {{QStringLiteral("accountId"), m.accountId},
            {QStringLiteral("from"), addressesToJson({m.from})},
            {QStringLiteral("to"), addressesToJson(m.to)},
            {QStringLiteral("cc"), addressesToJson(m.cc)},
            {QStringLiteral("bcc"), addressesToJson(m.bcc)},
            {QStringLiteral("subject"), m.subject},
            {QStringLiteral("body"), m.body},
            {QStringLiteral("attachments"), attachmentsToJson(m.attachments)},
            {QStringLiteral("inReplyTo"), m.inReplyTo},
            {QStringLiteral("references"), QJsonArray::fromStringList(m.references)},
            {QStringLiteral("origin"), originName(m.origin)},
            {QStringLiteral("originFolder"), m.originFolder},
            {QStringLiteral("originUid"), qint64(m.originUid)}};
}

OutgoingMessage messageFromJson(const QJsonObject &json)
{
    OutgoingMessage m;
    m.accountId = json.value(QStringLiteral("accountId")).toString();
    m.from = addressesFromJson(json.value(QStringLiteral("from"))).value(0);
    m.to = addressesFromJson(json.value(QStringLiteral("to")));
    m.cc = addressesFromJson(json.value(QStringLiteral("cc")));
    m.bcc = addressesFromJson(json.value(QStringLiteral("bcc")));
    m.subject = json.value(QStringLiteral("subject")).toString();
    m.body = json.value(QStringLiteral("body")).toString();
    m.attachments = attachmentsFromJson(json.value(QStringLiteral("attachments")));
    m.inReplyTo = json.value(QStringLiteral("inReplyTo")).toString();
    for (const QJsonValue &id : json.value(QStringLiteral("references")).toArray())
        m.references.append(id.toString());
    m.origin = originFromName(json.value(QStringLiteral("origin")).toString());
    m.originFolder = json.value(QStringLiteral("originFolder")).toString();
    m.originUid = quint32(json.value(QStringLiteral("originUid")).toInteger());
    return m;
}

} // namespace

QJsonObject DraftJson::toJson(const Draft &draft)
{
    return {{QStringLiteral("version"), Version},
            {QStringLiteral("id"), draft.id},
            {QStringLiteral("saved"), draft.saved.toMSecsSinceEpoch()},
            {QStringLiteral("messageId"), QString::fromLatin1(draft.messageId)},
            {QStringLiteral("serverFolder"), draft.serverFolder},
            {QStringLiteral("serverUidValidity"), qint64(draft.serverUidValidity)},
            {QStringLiteral("serverUid"), qint64(draft.serverUid)},
            {QStringLiteral("open"), draft.open},
            {QStringLiteral("message"), messageToJson(draft.message)}};
}

bool DraftJson::fromJson(const QJsonObject &json, Draft &draft)
{
    const int version = json.value(QStringLiteral("version")).toInt();
    if (version < 1 || version > Version || !json.value(QStringLiteral("message")).isObject())
        return false;
    draft.id = json.value(QStringLiteral("id")).toString();
    draft.saved = QDateTime::fromMSecsSinceEpoch(json.value(QStringLiteral("saved")).toInteger(), QTimeZone::utc());
    draft.messageId = json.value(QStringLiteral("messageId")).toString().toLatin1();
    draft.serverFolder = json.value(QStringLiteral("serverFolder")).toString();
    draft.serverUidValidity = quint32(json.value(QStringLiteral("serverUidValidity")).toInteger());
    draft.serverUid = quint32(json.value(QStringLiteral("serverUid")).toInteger());
    draft.open = json.value(QStringLiteral("open")).toBool();
    draft.message = messageFromJson(json.value(QStringLiteral("message")).toObject());
    return true;
}

} // namespace Kestrel::Compose

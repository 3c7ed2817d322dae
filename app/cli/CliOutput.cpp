#include "CliOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Kestrel::Cli {

CliOutput::CliOutput(bool json)
    : m_json(json)
{
}

void CliOutput::line(const QString &text) const
{
    if (m_json)
        return;
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
}

void CliOutput::document(const QJsonValue &value) const
{
    if (!m_json)
        return;
    const QByteArray bytes = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void CliOutput::error(const QString &message)
{
    std::fprintf(stderr, "kestrel-cli: %s\n", message.toLocal8Bit().constData());
}

} // namespace Kestrel::Cli

#pragma once

#include <QJsonValue>
#include <QString>

namespace Kestrel::Cli {

// Where a command's results go: plain text for people, or one JSON document for scripts (--json).
// Errors always go to stderr as text, so a pipe reading JSON never sees a half document.
class CliOutput
{
public:
    explicit CliOutput(bool json);

    bool isJson() const { return m_json; }
    void line(const QString &text) const;           // plain mode only
    void document(const QJsonValue &value) const;   // JSON mode only
    static void error(const QString &message);

private:
    bool m_json;
};

} // namespace Kestrel::Cli

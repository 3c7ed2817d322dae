#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <optional>

namespace Kestrel {

// The senders whose messages may load remote content (images, backgrounds) without asking: the
// "always for this sender" choice of the reader's remote-content bar. Kept as JSON in the profile
// (remote-content.json); addresses compare case-insensitively. Blocking is the default for everyone else.
class RemoteContentPolicy
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::RemoteContentPolicy)
public:
    explicit RemoteContentPolicy(QString filePath);

    // A missing file is an empty list; an unreadable one is an error and an empty list.
    std::optional<Error> load();
    bool isAllowed(const QString &senderAddress) const;
    // Adds the sender in memory; save() writes the file (atomically; call it off the GUI thread).
    void allow(const QString &senderAddress);
    std::optional<Error> save() const;
    QString filePath() const { return m_filePath; }

private:
    QString m_filePath;
    QSet<QString> m_allowed;
};

} // namespace Kestrel

#pragma once

#include "common/Error.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Kestrel {

// Passwords and tokens live only in the OS keychain (QtKeychain: Secret Service / libsecret on Linux,
// Keychain on macOS, Credential Manager on Windows). Every call is asynchronous; the callback runs
// exactly once on the caller's thread. Nothing here logs or caches a secret.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(std::optional<QString> secret, std::optional<Error> error)>;
    using DoneCallback = std::function<void(std::optional<Error> error)>;

    explicit CredentialStore(QString serviceName = QStringLiteral("Kestrel"), QObject *parent = nullptr);

    // `key` names the secret, e.g. "imap:alice@example.org". A missing entry yields (nullopt, nullopt).
    void read(const QString &key, ReadCallback done);
    void write(const QString &key, const QString &secret, DoneCallback done);
    void remove(const QString &key, DoneCallback done);

private:
    QString m_serviceName;
};

} // namespace Kestrel

#pragma once

#include "common/Error.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Kestrel {

// Passwords and tokens live only in the OS keychain (QtKeychain: Secret Service / libsecret on Linux,
// Keychain on macOS, Credential Manager on Windows). Every call is asynchronous; the callback runs
// exactly once on the caller's thread. Nothing here logs a secret or writes one anywhere else.
//
// Where no keychain service runs (no Secret Service on the D-Bus session), a secret can be kept for
// this session only (rememberForSession(): in memory, never on disk); read() then answers from there.
// Without such a secret read() fails with an error isNoKeychain() recognises, so the GUI can ask the
// user once and say why; write() keeps the secret for the session and still fails, so the caller can
// tell the user that it will not outlive the session. Never a silent fallback to plain text.
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

    // Keeps `secret` in memory for this process only; read() falls back to it when the keychain is absent.
    // Shared by every CredentialStore of the process with the same service name, on any thread.
    void rememberForSession(const QString &key, const QString &secret);
    void forgetForSession(const QString &key);
    bool hasSessionSecret(const QString &key) const;
    // The keychain turned out to be absent (set by the first call that found so).
    bool keychainMissing() const { return m_keychainMissing; }
    // The error read() / write() report when no keychain service runs.
    static bool isNoKeychain(const Error &error);

private:
    std::optional<QString> sessionSecret(const QString &key) const;

    QString m_serviceName;
    bool m_keychainMissing = false;
};

} // namespace Kestrel

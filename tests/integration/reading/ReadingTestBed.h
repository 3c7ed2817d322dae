#pragma once

#include "DovecotServer.h"

#include "account/AccountSettings.h"
#include "account/CredentialStore.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

namespace Kestrel::Test {

// What the window tests share: a Dovecot whose user bob holds the demo mailbox (make-demo-mail.py,
// dates relative to now), an account for bob with the server's certificate pinned, its password in the
// test keyring, and a profile folder for the cache.
class ReadingTestBed
{
public:
    // Returns an empty string when everything is ready, else what failed.
    QString start(const QString &accountId)
    {
        if (!dovecot.start())
            return dovecot.errorString();
        QProcess fill;
        fill.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(KESTREL_DEMO_MAIL), dovecot.maildir(QStringLiteral("bob")),
                                                        QStringLiteral("--user"), QStringLiteral("bob")});
        if (!fill.waitForFinished(60000) || fill.exitCode() != 0)
            return QStringLiteral("make-demo-mail.py failed: ") + QString::fromUtf8(fill.readAllStandardError());
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("nobody:nogroup"),
                                                    dovecot.directory() + QStringLiteral("/home")});
        bob.id = accountId;
        bob.displayName = QStringLiteral("Bob");
        bob.userName = QStringLiteral("bob");
        bob.imap = {QStringLiteral("127.0.0.1"), dovecot.ports().imaps, ConnectionSecurity::Tls};
        const QByteArray pin = QSslCertificate::fromPath(dovecot.certificatePath()).value(0).digest(QCryptographicHash::Sha256).toHex();
        bob.trustedCertificates = {{QStringLiteral("127.0.0.1"), dovecot.ports().imaps, pin}};
        bool done = false, ok = false;
        credentials.write(bob.secretKey(), QStringLiteral("secret"), [&](std::optional<Error> error) {
            ok = !error;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000) || !ok)
            return QStringLiteral("the password could not be stored in the test keyring");
        return {};
    }

    QString cachePath() const { return profile.filePath(QStringLiteral("cache.sqlite")); }

    DovecotServer dovecot;
    QTemporaryDir profile;
    CredentialStore credentials{QStringLiteral("Kestrel-test")};
    AccountSettings bob;
};

} // namespace Kestrel::Test

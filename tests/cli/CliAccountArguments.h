#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QSslCertificate>
#include <QStringList>

namespace Kestrel::Test {

// `account add` for the test bed's alice on a Dovecot (implicit TLS, its certificate pinned), the
// password "secret" to be given on stdin.
inline QStringList aliceAccountAddArguments(quint16 imapsPort, quint16 submissionPort, const QString &certificatePath)
{
    const QByteArray fingerprint = QSslCertificate::fromPath(certificatePath).value(0).digest(QCryptographicHash::Sha256).toHex();
    return {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Alice"),
            QStringLiteral("--email"), QStringLiteral("alice@example.test"), QStringLiteral("--user"), QStringLiteral("alice"),
            QStringLiteral("--imap-host"), QStringLiteral("127.0.0.1"), QStringLiteral("--imap-port"), QString::number(imapsPort),
            QStringLiteral("--imap-security"), QStringLiteral("tls"),
            QStringLiteral("--smtp-host"), QStringLiteral("127.0.0.1"), QStringLiteral("--smtp-port"), QString::number(submissionPort),
            QStringLiteral("--smtp-security"), QStringLiteral("starttls"),
            QStringLiteral("--trust-certificate"), QString::fromLatin1(fingerprint), QStringLiteral("--password-stdin")};
}

} // namespace Kestrel::Test

#include "net/TlsTrust.h"

#include <QStringList>

namespace Kestrel {

QString CertificateProblem::describeErrors() const
{
    QStringList lines;
    for (const QSslError &error : errors)
        lines << error.errorString(); // Qt's own strings, translated by the qtbase catalogue
    return lines.join(QLatin1Char('\n'));
}

QByteArray TlsTrust::fingerprint(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256).toHex();
}

bool TlsTrust::isPinned(const QSslCertificate &peer, const QString &host, quint16 port,
                        const QList<TrustedCertificate> &pins)
{
    if (peer.isNull())
        return false;
    const QByteArray actual = fingerprint(peer);
    for (const TrustedCertificate &pin : pins) {
        if (pin.port == port && pin.host.compare(host, Qt::CaseInsensitive) == 0 && pin.sha256 == actual)
            return true;
    }
    return false;
}

CertificateProblem TlsTrust::describe(const QString &host, quint16 port, const QList<QSslCertificate> &chain,
                                      const QList<QSslError> &errors)
{
    return {host, port, chain, errors, chain.isEmpty() ? QByteArray() : fingerprint(chain.first())};
}

} // namespace Kestrel

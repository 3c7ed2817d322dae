#pragma once

#include "common/ServerEndpoint.h"
#include "smtp/SmtpReplyParser.h"

#include <QByteArrayList>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace Kestrel {
class ProtocolLog;
}

namespace Kestrel::Smtp {

struct SmtpClientSettings {
    ServerEndpoint endpoint;                      // Tls (465), StartTls (587) or, if allowed, None
    QList<TrustedCertificate> pinnedCertificates; // the user's "trust this exact certificate" choices
    QList<QSslCertificate> extraCaCertificates;   // e.g. a company CA configured for the account
    // The name given in EHLO/HELO. Empty: the address literal of the local end, e.g. "[192.0.2.1]"
    // (RFC 5321 section 4.1.3), which tells the server nothing about the machine's name.
    QString heloName;
    // AUTH mechanisms to consider, most preferred first; empty: SCRAM-SHA-256, PLAIN, LOGIN for a
    // password and OAUTHBEARER, XOAUTH2 for a token (see SaslMechanism::choose).
    QByteArrayList authMechanisms;
    int connectTimeoutMs = 30000;  // TCP and TLS set-up and the greeting
    int replyTimeoutMs = 60000;    // any other reply; also the longest pause while uploading
    int dataEndTimeoutMs = 600000; // reply to the end of data (RFC 5321 4.5.3.2.6: 10 minutes)
    SmtpReplyParser::Limits limits;
    ProtocolLog *log = nullptr;    // optional; receives redacted traffic
    QString logName;               // connection name in the log; empty: "host:port"
};

} // namespace Kestrel::Smtp

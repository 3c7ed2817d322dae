#include "smtp/SmtpCapabilities.h"

namespace Kestrel::Smtp {
namespace {

void addMechanisms(SmtpCapabilities *caps, const QByteArrayList &words)
{
    for (const QByteArray &word : words) {
        const QByteArray mechanism = word.toUpper();
        if (!mechanism.isEmpty() && !caps->authMechanisms.contains(mechanism))
            caps->authMechanisms.append(mechanism);
    }
}

void applyKeyword(SmtpCapabilities *caps, const QByteArray &line)
{
    QByteArrayList words = line.simplified().split(' ');
    const QByteArray keyword = words.takeFirst().toUpper();
    if (keyword == "AUTH") {
        addMechanisms(caps, words);
    } else if (keyword.startsWith("AUTH=")) {
        // Pre-standard form still sent by some servers next to the real one: "AUTH=LOGIN PLAIN".
        words.prepend(keyword.mid(5));
        addMechanisms(caps, words);
    } else if (keyword == "STARTTLS") {
        caps->startTls = true;
    } else if (keyword == "PIPELINING") {
        caps->pipelining = true;
    } else if (keyword == "SIZE") {
        caps->sizeAdvertised = true;
        bool ok = false;
        const qint64 size = words.isEmpty() ? 0 : words.first().toLongLong(&ok);
        caps->maxSize = ok && size > 0 ? size : 0;
    } else if (keyword == "8BITMIME") {
        caps->eightBitMime = true;
    } else if (keyword == "SMTPUTF8") {
        caps->smtpUtf8 = true;
    } else if (keyword == "ENHANCEDSTATUSCODES") {
        caps->enhancedStatusCodes = true;
    }
}

} // namespace

SmtpCapabilities SmtpCapabilities::fromEhloReply(const SmtpReply &reply)
{
    SmtpCapabilities caps;
    caps.extended = true;
    if (reply.lines.isEmpty())
        return caps;
    caps.serverName = QString::fromUtf8(reply.lines.first().simplified().split(' ').first());
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        if (!reply.lines.at(i).trimmed().isEmpty())
            applyKeyword(&caps, reply.lines.at(i));
    }
    return caps;
}

bool SmtpCapabilities::supportsAuth(const QByteArray &mechanism) const
{
    return authMechanisms.contains(mechanism.toUpper());
}

} // namespace Kestrel::Smtp

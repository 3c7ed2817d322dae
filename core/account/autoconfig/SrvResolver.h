#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace Kestrel {

// One DNS SRV record (RFC 2782).
struct SrvRecord {
    QString target;
    quint16 port = 0;
    quint16 priority = 0;
    quint16 weight = 0;
};

// Looks up SRV records, asynchronously. An interface so that discovery can be driven by the real DNS
// (DnsSrvResolver, QDnsLookup) or, in tests, by a resolver that answers from a table.
class SrvResolver
{
public:
    // Receives the records (empty: none, NXDOMAIN or a failed lookup), exactly once, from the event loop.
    using Callback = std::function<void(const QList<SrvRecord> &records)>;

    virtual ~SrvResolver() = default;
    // `context` bounds the callback's life: nothing is called once it is destroyed.
    virtual void lookup(const QString &name, QObject *context, Callback done) = 0;
};

} // namespace Kestrel

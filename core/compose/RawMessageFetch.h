#pragma once

#include "account/AccountSettings.h"
#include "common/Error.h"

#include <QObject>

#include <memory>
#include <optional>

namespace Kestrel {
namespace Imap {
class ImapSession;
}
namespace Sync {
class SessionLease;
}

namespace Compose {

// The raw RFC 5322 bytes of one message, for forwarding it as an attachment (message/rfc822): the cache
// keeps decoded parts only, so they come from the server: EXAMINE the folder, UID FETCH BODY.PEEK[]
// (RFC 3501 6.4.5; PEEK leaves \Seen alone). Runs on the thread it lives on (not the GUI thread);
// finished() exactly once, with an error naming the message when the server no longer has it.
class RawMessageFetch : public QObject
{
    Q_OBJECT
public:
    RawMessageFetch(AccountSettings account, QString password, QObject *parent = nullptr);
    ~RawMessageFetch() override;

    void start(const QString &folder, quint32 uid);

signals:
    void finished(const QByteArray &raw, const std::optional<Kestrel::Error> &error);

private:
    void onSession(Imap::ImapSession *session, const std::optional<Error> &error);
    void fetch();
    void finish(const QByteArray &raw, const std::optional<Error> &error);

    std::unique_ptr<Sync::SessionLease> m_lease;
    Imap::ImapSession *m_session = nullptr;
    QString m_folder;
    quint32 m_uid = 0;
    bool m_finished = true;
};

} // namespace Compose
} // namespace Kestrel

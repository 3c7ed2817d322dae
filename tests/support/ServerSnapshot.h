#pragma once

#include "FolderSnapshot.h"

namespace Kestrel::Test {

// A folder's state as the server holds it, read over a fresh raw IMAP connection (RawImapClient, none
// of Kestrel's parser or session): EXAMINE (read-only, so reading changes nothing) for UIDVALIDITY,
// then UID FETCH 1:* (UID FLAGS RFC822.SIZE BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]).
class ServerSnapshot
{
public:
    static FolderSnapshot read(quint16 imapPort, const QString &user, const QString &password, const QString &folder);
};

} // namespace Kestrel::Test

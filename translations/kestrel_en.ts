<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Kestrel::AccountRepository</name>
    <message>
        <source>Cannot read the account settings in %1.</source>
        <translation />
    </message>
    <message>
        <source>The account settings in %1 are damaged.</source>
        <translation />
    </message>
    <message>
        <source>The account settings in %1 were written by a newer Kestrel.</source>
        <translation />
    </message>
    <message>
        <source>Cannot save the account settings in %1.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::App::LaunchArguments</name>
    <message>
        <source>Kestrel does not know what to do with "%1".</source>
        <translation />
    </message>
    <message>
        <source>Add an account before writing a message.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::AutoconfigXmlParser</name>
    <message>
        <source>The settings file is not valid XML (line %1: %2).</source>
        <translation />
    </message>
    <message>
        <source>The settings file is not a mail client configuration.</source>
        <translation />
    </message>
    <message>
        <source>The settings file lists no encrypted IMAP or SMTP server.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Cli::AccountAddCommand</name>
    <message>
        <source>--name and --email are required.</source>
        <translation />
    </message>
    <message>
        <source>An account named "%1" already exists.</source>
        <translation />
    </message>
    <message>
        <source>Added account "%1" (%2).</source>
        <translation />
    </message>
    <message>
        <source>--%1-host, --%1-port and --%1-security (tls, starttls or none) are required.</source>
        <translation />
    </message>
    <message>
        <source>--prefetch is none, text or everything.</source>
        <translation />
    </message>
    <message>
        <source>--prefetch-days is a number of days, at least 1.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Cli::AccountRemoveCommand</name>
    <message>
        <source>No account named "%1".</source>
        <translation />
    </message>
    <message>
        <source>Removed account "%1".</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Cli::DeleteCommand</name>
    <message>
        <source>Deleted UID %1 in %2.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Cli::FlagCommand</name>
    <message>
        <source>"%1" is not a flag: use seen, flagged, answered, deleted, draft or a keyword without spaces or brackets.</source>
        <translation />
    </message>
    <message>
        <source>Cleared %1 on UID %2 in %3.</source>
        <translation />
    </message>
    <message>
        <source>Set %1 on UID %2 in %3.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Cli::IdleCommand</name>
    <message>
        <source>online</source>
        <translation />
    </message>
    <message>
        <source>connecting</source>
        <translation />
    </message>
    <message>
        <source>offline</source>
        <translation />
    </message>
    <message>
        <source>Usage: idle ACCOUNT [--seconds N]</source>
        <translation />
    </message>
    <message>
        <source>No account named "%1".</source>
        <translation />
    </message>
    <message>
        <source>No password is stored for "%1".</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Cli::ListCommand</name>
    <message>
        <source>Usage: list ACCOUNT FOLDER [--limit N]</source>
        <translation />
    </message>
    <message>
        <source>The folder "%1" is not in the cache; run sync first.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Cli::MoveCommand</name>
    <message>
        <source>Moved UID %1 from %2 to %3.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Cli::OutboxCommand</name>
    <message>
        <source>No account named "%1".</source>
        <translation />
    </message>
    <message>
        <source>%1: %2 sent, %3 left in the outbox</source>
        <translation />
    </message>
    <message>
        <source>Usage: %1</source>
        <translation />
    </message>
    <message>
        <source>No message %1 in the outbox.</source>
        <translation />
    </message>
    <message>
        <source>message %1 removed from the outbox</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Cli::PrefetchCommand</name>
    <message>
        <source>Usage: prefetch ACCOUNT [FOLDER] [--days N] [--everything]</source>
        <translation />
    </message>
    <message>
        <source>No account named "%1".</source>
        <translation />
    </message>
    <message>
        <source>The folder "%1" is not in the cache; run sync first.</source>
        <translation />
    </message>
    <message>
        <source>No password is stored for "%1".</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%1/%2: %n message(s) prefetched</source>
        <translation>
            <numerusform>%1/%2: %n message prefetched</numerusform>
            <numerusform>%1/%2: %n messages prefetched</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::QueueCommand</name>
    <message>
        <source>No account named "%1".</source>
        <translation />
    </message>
    <message>
        <source>No offline action is waiting.</source>
        <translation />
    </message>
    <message>
        <source>dropped</source>
        <translation />
    </message>
    <message>
        <source>outbox</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Cli::ReplayCommand</name>
    <message>
        <source>No password is stored for "%1".</source>
        <translation />
    </message>
    <message>
        <source>queued, will be sent when %1 is reachable</source>
        <translation />
    </message>
    <message>
        <source>No account named "%1".</source>
        <translation />
    </message>
    <message>
        <source>Usage: %1</source>
        <translation />
    </message>
    <message>
        <source>%1; the action stays queued.</source>
        <translation />
    </message>
    <message>
        <source>%1: %2 sent, %3 dropped, %4 left</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Cli::SaveAttachmentCommand</name>
    <message>
        <source>Cannot write "%1": %2</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>Message %1 has no attachment number %2 (it has %n).</source>
        <translation>
            <numerusform>Message %1 has no attachment number %2 (it has %n).</numerusform>
            <numerusform>Message %1 has no attachment number %2 (it has %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachment %1 of message %2 is not in the cache; run without --offline to fetch it.</source>
        <translation />
    </message>
    <message>
        <source>Saved %1 (%2 bytes) to %3</source>
        <translation />
    </message>
    <message>
        <source>Usage: save-attachment ACCOUNT FOLDER UID INDEX FILE [--offline] (INDEX as show lists it, from 1)</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Cli::SearchCommand</name>
    <message>
        <source>Usage: search QUERY [--account A] [--limit N]</source>
        <translation />
    </message>
    <message>
        <source>No account named "%1".</source>
        <translation />
    </message>
    <message>
        <source>The search index could not be brought up to date (%1); messages not yet in it are searched one by one.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Cli::SendCommand</name>
    <message>
        <source>%1 needs a value.</source>
        <translation />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation />
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation />
    </message>
    <message>
        <source>--subject and --body-file are required.</source>
        <translation />
    </message>
    <message>
        <source>No password is stored for "%1".</source>
        <translation />
    </message>
    <message>
        <source>message %1: accepted by the server</source>
        <translation />
    </message>
    <message>
        <source>message %1: not delivered to %2</source>
        <translation />
    </message>
    <message>
        <source>message %1: sent and saved in Sent</source>
        <translation />
    </message>
    <message>
        <source>It stays in the outbox and is tried again after %1.</source>
        <translation />
    </message>
    <message>
        <source>It stays in the outbox.</source>
        <translation />
    </message>
    <message>
        <source>%1: another Kestrel is sending this outbox now; it sends this message too.</source>
        <translation />
    </message>
    <message>
        <source>No account named "%1".</source>
        <translation />
    </message>
    <message>
        <source>message %1: stored in the outbox</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Cli::ShowCommand</name>
    <message>
        <source>From: %1</source>
        <translation />
    </message>
    <message>
        <source>To: %1</source>
        <translation />
    </message>
    <message>
        <source>Cc: %1</source>
        <translation />
    </message>
    <message>
        <source>Date: %1</source>
        <translation />
    </message>
    <message>
        <source>Subject: %1</source>
        <translation />
    </message>
    <message>
        <source>[This message has no text.]</source>
        <translation />
    </message>
    <message>
        <source>Attachment %1: %2 (%3, %4)</source>
        <translation />
    </message>
    <message>
        <source>unnamed</source>
        <translation />
    </message>
    <message>
        <source>The structure of message %1 is not in the cache; run without --offline to fetch it.</source>
        <translation />
    </message>
    <message>
        <source>The text of message %1 is not in the cache; run without --offline to fetch it.</source>
        <translation />
    </message>
    <message>
        <source>Usage: show ACCOUNT FOLDER UID [--offline]</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Cli::ShowCommandSupport</name>
    <message>
        <source>No account named "%1".</source>
        <translation />
    </message>
    <message>
        <source>"%1" is not a message UID.</source>
        <translation />
    </message>
    <message>
        <source>The folder "%1" is not in the cache; run sync first.</source>
        <translation />
    </message>
    <message>
        <source>There is no message with UID %1 in "%2"; run sync first.</source>
        <translation />
    </message>
    <message>
        <source>No password is stored for "%1".</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Cli::ShowFileCommand</name>
    <message>
        <source>Cannot read the message file "%1": %2</source>
        <translation />
    </message>
    <message>
        <source>From: %1</source>
        <translation />
    </message>
    <message>
        <source>To: %1</source>
        <translation />
    </message>
    <message>
        <source>Cc: %1</source>
        <translation />
    </message>
    <message>
        <source>Date: %1</source>
        <translation />
    </message>
    <message>
        <source>Subject: %1</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>[This message has only an HTML part of %n character(s).]</source>
        <translation>
            <numerusform>[This message has only an HTML part of %n character.]</numerusform>
            <numerusform>[This message has only an HTML part of %n characters.]</numerusform>
        </translation>
    </message>
    <message>
        <source>[This message has no text that could be decoded.]</source>
        <translation />
    </message>
    <message>
        <source>Attachment: %1 (%2, %3)</source>
        <translation />
    </message>
    <message>
        <source>unnamed</source>
        <translation />
    </message>
    <message>
        <source>[The source of the message follows.]</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Cli::SyncCommand</name>
    <message>
        <source>No account named "%1".</source>
        <translation />
    </message>
    <message>
        <source>There is no account to synchronise.</source>
        <translation />
    </message>
    <message>
        <source>No password is stored for "%1".</source>
        <translation />
    </message>
    <message>
        <source>%1: %2 new, %3 removed, %4 changed</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Compose::AddressListText</name>
    <message>
        <source>"%1" is not an email address.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Compose::DraftStore</name>
    <message>
        <source>The draft could not be saved: it has no valid name.</source>
        <translation />
    </message>
    <message>
        <source>The drafts folder %1 could not be created.</source>
        <translation />
    </message>
    <message>
        <source>The draft could not be saved to %1: %2</source>
        <translation />
    </message>
    <message>
        <source>There is no draft named %1.</source>
        <translation />
    </message>
    <message>
        <source>The draft %1 could not be read: %2</source>
        <translation />
    </message>
    <message>
        <source>The draft %1 is damaged or from a newer Kestrel; it was left as it is.</source>
        <translation />
    </message>
    <message>
        <source>The draft %1 could not be deleted: %2</source>
        <translation />
    </message>
    <message>
        <source>The disk is full, so the draft could not be saved. The version saved before is kept. Free some disk space and save again.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Compose::MailtoUrl</name>
    <message>
        <source>"%1" is not a mailto: link.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Compose::QuotedText</name>
    <message>
        <source>%1 wrote:</source>
        <comment>reply attribution without a date; %1 = the author</comment>
        <translation />
    </message>
    <message>
        <source>On %1, %2 wrote:</source>
        <comment>reply attribution; %1 = date and time, %2 = the author</comment>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Compose::RawMessageFetch</name>
    <message>
        <source>The message to forward is no longer in %1 on the server.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Compose::RawMessageFetcher</name>
    <message>
        <source>No password is stored for %1.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Compose::ReplyTemplate</name>
    <message>
        <source>Unknown sender</source>
        <translation />
    </message>
    <message>
        <source>-------- Forwarded Message --------</source>
        <translation />
    </message>
    <message>
        <source>Subject: %1</source>
        <translation />
    </message>
    <message>
        <source>Date: %1</source>
        <translation />
    </message>
    <message>
        <source>From: %1</source>
        <translation />
    </message>
    <message>
        <source>To: %1</source>
        <translation />
    </message>
    <message>
        <source>Cc: %1</source>
        <translation />
    </message>
    <message>
        <source>Forwarded message</source>
        <comment>file name of a message forwarded as attachment, without .eml</comment>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Compose::ServerDraftSave</name>
    <message>
        <source>%1 has no Drafts folder; the draft is kept on this computer only.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Compose::ServerDrafts</name>
    <message>
        <source>No password is stored for %1.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::CredentialStore</name>
    <message>
        <source>The system keychain could not be used: %1</source>
        <translation />
    </message>
    <message>
        <source>No keychain service is running on this computer (such as GNOME Keyring or KWallet), so Kestrel cannot store passwords. Passwords you enter are kept in memory until Kestrel quits and are never written to disk.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::FolderTreeModel</name>
    <message>
        <source>Inbox</source>
        <translation />
    </message>
    <message>
        <source>Drafts</source>
        <translation />
    </message>
    <message>
        <source>Sent</source>
        <translation />
    </message>
    <message>
        <source>Trash</source>
        <translation />
    </message>
    <message>
        <source>Junk</source>
        <translation />
    </message>
    <message>
        <source>Archive</source>
        <translation />
    </message>
    <message>
        <source>All Inboxes</source>
        <translation />
    </message>
    <message>
        <source>Outbox</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Imap::ImapConnection</name>
    <message>
        <source>%1 did not answer in time.</source>
        <translation />
    </message>
    <message>
        <source>%1 sent data that cannot be read.</source>
        <translation />
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation />
    </message>
    <message>
        <source>%1 does not allow a secure connection (STARTTLS).</source>
        <translation />
    </message>
    <message>
        <source>%1 sent unexpected data while starting a secure connection.</source>
        <translation />
    </message>
    <message>
        <source>The certificate of %1 is not trusted.</source>
        <translation />
    </message>
    <message>
        <source>A secure connection to %1 could not be established.</source>
        <translation />
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation />
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation />
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::MessageListModel</name>
    <message>
        <source>(no subject)</source>
        <translation />
    </message>
    <message>
        <source>Status</source>
        <translation />
    </message>
    <message>
        <source>Attachment</source>
        <translation />
    </message>
    <message>
        <source>To</source>
        <translation />
    </message>
    <message>
        <source>From</source>
        <translation />
    </message>
    <message>
        <source>Subject</source>
        <translation />
    </message>
    <message>
        <source>Date</source>
        <translation />
    </message>
    <message>
        <source>Size</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::OAuthSignIn</name>
    <message>
        <source>Kestrel is signed in. You may close this page.</source>
        <translation />
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::OAuthSignInPanel</name>
    <message>
        <source>Sign in with Microsoft</source>
        <translation />
    </message>
    <message>
        <source>Sign in with Google</source>
        <translation />
    </message>
    <message>
        <source>Opens the sign-in page in your web browser; no password is stored.</source>
        <translation />
    </message>
    <message>
        <source>Kestrel could not open a web browser. Open this address yourself: %1</source>
        <translation />
    </message>
    <message>
        <source>Saving the sign-in in the keychain…</source>
        <translation />
    </message>
    <message>
        <source>Signed in.</source>
        <translation />
    </message>
    <message>
        <source>Waiting for the sign-in in your web browser…</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::OAuthTokenBroker</name>
    <message>
        <source>"%1" signs in with OAuth2, but no sign-in is available here. Open the account settings and sign in again.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::OAuthTokenSource</name>
    <message>
        <source>The sign-in was being renewed when Kestrel stopped it. Try again.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::OutboxListModel</name>
    <message>
        <source>waiting</source>
        <translation />
    </message>
    <message>
        <source>not sent</source>
        <translation />
    </message>
    <message>
        <source>sending</source>
        <translation />
    </message>
    <message>
        <source>Send “%1” to %2</source>
        <translation />
    </message>
    <message>
        <source>Account</source>
        <translation />
    </message>
    <message>
        <source>State</source>
        <translation />
    </message>
    <message>
        <source>Subject</source>
        <translation />
    </message>
    <message>
        <source>Recipients</source>
        <translation />
    </message>
    <message>
        <source>Attempts</source>
        <translation />
    </message>
    <message>
        <source>Last error</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Profile</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::RemoteContentPolicy</name>
    <message>
        <source>Could not read the list of senders allowed to show remote content.</source>
        <translation />
    </message>
    <message>
        <source>The list of senders allowed to show remote content is damaged; remote content stays blocked.</source>
        <translation />
    </message>
    <message>
        <source>Could not save the list of senders allowed to show remote content.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Render::HtmlSanitizer</name>
    <message>
        <source>Caution: this link leads to %1</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Send::Outbox</name>
    <message>
        <source>No password is stored for "%1".</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Send::SendErrors</name>
    <message>
        <source>The message has no sender address.</source>
        <translation />
    </message>
    <message>
        <source>Add at least one recipient in To, Cc or Bcc.</source>
        <translation />
    </message>
    <message>
        <source>"%1" is not a valid email address.</source>
        <translation />
    </message>
    <message>
        <source>The account "%1" has no outgoing (SMTP) server.</source>
        <translation />
    </message>
    <message>
        <source>The message was sent, but not to: %1</source>
        <translation />
    </message>
    <message>
        <source>Kestrel stopped while the server was receiving this message, so it is not known whether the server accepted it. It was not sent again, to avoid a duplicate; check with a recipient.</source>
        <translation />
    </message>
    <message>
        <source>The account "%1" has no Sent folder, so no copy of the sent message was kept.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Smtp::SmtpErrors</name>
    <message>
        <source>%1 did not answer in time.</source>
        <translation />
    </message>
    <message>
        <source>%1 did not reply to %2 in time.</source>
        <translation />
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation />
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation />
    </message>
    <message>
        <source>The certificate of %1 is not trusted.</source>
        <translation />
    </message>
    <message>
        <source>A secure connection to %1 could not be established.</source>
        <translation />
    </message>
    <message>
        <source>%1 does not offer a secure connection (STARTTLS).</source>
        <translation />
    </message>
    <message>
        <source>%1 sent unexpected data while starting a secure connection.</source>
        <translation />
    </message>
    <message>
        <source>%1 sent a reply that cannot be read.</source>
        <translation />
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation />
    </message>
    <message>
        <source>%1 refused the connection: %2</source>
        <translation />
    </message>
    <message>
        <source>%1 rejected %2: %3</source>
        <translation />
    </message>
    <message>
        <source>%1 did not accept the user name or password (%2): %3</source>
        <translation />
    </message>
    <message>
        <source>%1 offers no sign-in method that Kestrel supports (it offers: %2).</source>
        <translation />
    </message>
    <message>
        <source>%1 could not prove that it knows the password (%2).</source>
        <translation />
    </message>
    <message>
        <source>The message is %1 bytes, but %2 accepts at most %3 bytes.</source>
        <translation />
    </message>
    <message>
        <source>%1 does not support %2, which this message needs.</source>
        <translation />
    </message>
    <message>
        <source>The address "%1" cannot be used for sending.</source>
        <translation />
    </message>
    <message>
        <source>%1 rejected every recipient: %2</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::StorageError</name>
    <message>
        <source>The disk is full, so Kestrel could not save to its mail cache. Nothing saved earlier was lost. Free some disk space and try again.</source>
        <translation />
    </message>
    <message>
        <source>The mail cache is busy: another program, or another Kestrel, is using this profile.</source>
        <translation />
    </message>
    <message>
        <source>The mail cache is damaged.</source>
        <translation />
    </message>
    <message>
        <source>The mail cache could not be read or updated.</source>
        <translation />
    </message>
    <message>
        <source>Cannot open the mail cache %1.</source>
        <translation />
    </message>
    <message>
        <source>The mail cache %1 was written by a newer version of Kestrel. Update Kestrel, or use another profile.</source>
        <translation />
    </message>
    <message>
        <source>Cannot read or write the cached message part %1.</source>
        <translation />
    </message>
    <message>
        <source>The change to the mail cache was not saved because an earlier step failed.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Sync::AccountReplay</name>
    <message>
        <source>Another Kestrel window or command is sending this account's queued actions.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Sync::AccountSync</name>
    <message>
        <source>The folder "%1" does not exist on %2.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Sync::ActionReplayer</name>
    <message>
        <source>The connection was closed before the queue was sent.</source>
        <translation />
    </message>
    <message>
        <source>A queued action could not be read (%1) and was not done.</source>
        <translation />
    </message>
    <message>
        <source>%1 refused this action %2 times (%3); it was not done.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Sync::AttachmentFiles</name>
    <message>
        <source>Cannot write "%1": %2</source>
        <translation />
    </message>
    <message>
        <source>Cannot create the folder "%1".</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Sync::BodyFetcher</name>
    <message>
        <source>The message is no longer in the cache.</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>The message has no attachment number %1 (it has %n).</source>
        <translation>
            <numerusform>The message has no attachment number %1 (it has %n).</numerusform>
            <numerusform>The message has no attachment number %1 (it has %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>The message is no longer on the server.</source>
        <translation />
    </message>
    <message>
        <source>%1 did not describe the message's parts.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Sync::ContentFetchCoordinator</name>
    <message>
        <source>No password is stored for "%1".</source>
        <translation />
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Sync::FolderActions</name>
    <message>
        <source>A folder needs a name.</source>
        <translation />
    </message>
    <message>
        <source>There is already a folder "%1".</source>
        <translation />
    </message>
    <message>
        <source>The folder "%1" is not in the cache; synchronise first.</source>
        <translation />
    </message>
    <message>
        <source>The inbox cannot be deleted.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Sync::FolderExamine</name>
    <message>
        <source>The folder "%1" was recreated on the server; synchronise it first.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Sync::FolderWatcher</name>
    <message>
        <source>%1 closed the connection.</source>
        <translation />
    </message>
    <message>
        <source>New mail in “%1” cannot be watched: %2</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Sync::MessageActionRun</name>
    <message>
        <source>flag change</source>
        <translation />
    </message>
    <message>
        <source>move to "%1"</source>
        <translation />
    </message>
    <message>
        <source>copy to "%1"</source>
        <translation />
    </message>
    <message>
        <source>deletion</source>
        <translation />
    </message>
    <message>
        <source>The folder "%1" no longer exists on %2, so the %3 of UID %4 was not done.</source>
        <translation />
    </message>
    <message>
        <source>The folder "%1" on %2 was rebuilt since, so the %3 of UID %4 was not done.</source>
        <translation />
    </message>
    <message>
        <source>UID %1 in "%2" no longer exists on %3, so the %4 was not done for it.</source>
        <translation />
    </message>
    <message>
        <source>This action cannot be replayed on messages.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Sync::MessageActions</name>
    <message>
        <source>The folder "%1" is not in the cache; synchronise first.</source>
        <translation />
    </message>
    <message>
        <source>No message was chosen.</source>
        <translation />
    </message>
    <message>
        <source>There is no message with UID %1 in "%2" in the cache.</source>
        <translation />
    </message>
    <message>
        <source>The messages are already in "%1".</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Sync::ReadingJob</name>
    <message>
        <source>The download was cancelled.</source>
        <translation />
    </message>
    <message>
        <source>The message is no longer in the cache.</source>
        <translation />
    </message>
    <message>
        <source>The message's parts are not known yet; open the message first.</source>
        <translation />
    </message>
    <message>
        <source>The message has no attachment number %1.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Sync::ReadingOutput</name>
    <message>
        <source>The part is no longer in the cache; try again.</source>
        <translation />
    </message>
    <message>
        <source>The folder "%1" does not exist.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Sync::SectionFetch</name>
    <message>
        <source>The message is no longer on the server.</source>
        <translation />
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Sync::SessionLease</name>
    <message>
        <source>The connection to the server was closed.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Sync::SyncCoordinator</name>
    <message>
        <source>No password is stored for "%1".</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::AboutDialog</name>
    <message>
        <source>About Kestrel</source>
        <translation />
    </message>
    <message>
        <source>&lt;h2&gt;Kestrel %1&lt;/h2&gt;&lt;p&gt;A fast desktop mail client.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::AccessibilitySetup</name>
    <message>
        <source>Folders</source>
        <translation />
    </message>
    <message>
        <source>The folders of every account; the chosen folder's messages are listed beside it.</source>
        <translation />
    </message>
    <message>
        <source>Filter text</source>
        <translation />
    </message>
    <message>
        <source>Shows only messages whose sender or subject contain this text.</source>
        <translation />
    </message>
    <message>
        <source>Messages</source>
        <translation />
    </message>
    <message>
        <source>The messages of the chosen folder. R replies, Delete deletes, M marks read or unread.</source>
        <translation />
    </message>
    <message>
        <source>Message</source>
        <translation />
    </message>
    <message>
        <source>The text of the chosen message. Space reads on to the next unread message.</source>
        <translation />
    </message>
    <message>
        <source>From</source>
        <translation />
    </message>
    <message>
        <source>The identity the message is sent from.</source>
        <translation />
    </message>
    <message>
        <source>To</source>
        <translation />
    </message>
    <message>
        <source>Recipients, separated by commas.</source>
        <translation />
    </message>
    <message>
        <source>Cc</source>
        <translation />
    </message>
    <message>
        <source>Recipients who receive a copy, separated by commas.</source>
        <translation />
    </message>
    <message>
        <source>Bcc</source>
        <translation />
    </message>
    <message>
        <source>Recipients who receive a copy without the others seeing them.</source>
        <translation />
    </message>
    <message>
        <source>Subject</source>
        <translation />
    </message>
    <message>
        <source>Attachments</source>
        <translation />
    </message>
    <message>
        <source>Files sent with the message.</source>
        <translation />
    </message>
    <message>
        <source>Message text</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::AccountListDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation />
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation />
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation />
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation />
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation />
    </message>
    <message>
        <source>Accounts</source>
        <translation />
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation />
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation />
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation />
    </message>
    <message>
        <source>Remove Account</source>
        <translation />
    </message>
    <message>
        <source>Remove the account "%1"?</source>
        <translation />
    </message>
    <message>
        <source>Its mail stored on this computer and its saved password are deleted. The mail on the server is not touched.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::AccountOptionsForm</name>
    <message>
        <source>All mail</source>
        <translation />
    </message>
    <message>
        <source>the last </source>
        <translation />
    </message>
    <message>
        <source> days</source>
        <translation />
    </message>
    <message>
        <source>Older mail stays on the server but is not kept on this computer.</source>
        <translation />
    </message>
    <message>
        <source>New mail in the checked folders shows up at once (IDLE); each uses a connection of its own.</source>
        <translation />
    </message>
    <message>
        <source>&amp;Synchronise:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Watch for new mail in:</source>
        <translation />
    </message>
    <message>
        <source>Sen&amp;t messages:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Drafts:</source>
        <translation />
    </message>
    <message>
        <source>De&amp;leted messages:</source>
        <translation />
    </message>
    <message>
        <source>Automatic</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::AccountSettingsForm</name>
    <message>
        <source>Nothing</source>
        <translation />
    </message>
    <message>
        <source>Message text</source>
        <translation />
    </message>
    <message>
        <source>Text and attachments</source>
        <translation />
    </message>
    <message>
        <source> days</source>
        <translation />
    </message>
    <message>
        <source>of the last </source>
        <translation />
    </message>
    <message>
        <source>Sent to the servers exactly as typed, e.g. user@example.org\shared for a shared mailbox.</source>
        <translation />
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation />
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Incoming (IMAP):</source>
        <translation />
    </message>
    <message>
        <source>&amp;Outgoing (SMTP):</source>
        <translation />
    </message>
    <message>
        <source>Keep for &amp;offline reading:</source>
        <translation />
    </message>
    <message>
        <source>Enter the email address, e.g. ann@example.org.</source>
        <translation />
    </message>
    <message>
        <source>Enter the user name the servers expect.</source>
        <translation />
    </message>
    <message>
        <source>Enter the incoming (IMAP) server.</source>
        <translation />
    </message>
    <message>
        <source>Enter the outgoing (SMTP) server.</source>
        <translation />
    </message>
    <message>
        <source>Ser&amp;vers</source>
        <translation />
    </message>
    <message>
        <source>O&amp;ptions</source>
        <translation />
    </message>
    <message>
        <source>Identities and &amp;Signatures</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::AccountWizard</name>
    <message>
        <source>Add Account</source>
        <translation />
    </message>
    <message>
        <source>Ann Lee</source>
        <translation />
    </message>
    <message>
        <source>ann@example.org</source>
        <translation />
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation />
    </message>
    <message>
        <source>Set up &amp;manually</source>
        <translation />
    </message>
    <message>
        <source>Cancel</source>
        <translation />
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Back</source>
        <translation />
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation />
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation />
    </message>
    <message>
        <source>Edit Account</source>
        <translation />
    </message>
    <message>
        <source>Unchanged</source>
        <translation />
    </message>
    <message>
        <source>Enter the whole address, e.g. ann@example.org.</source>
        <translation />
    </message>
    <message>
        <source>Enter the settings your provider gives.</source>
        <translation />
    </message>
    <message>
        <source>Looking for the settings of %1…</source>
        <translation />
    </message>
    <message>
        <source>No settings were found for this address. Enter the ones your provider gives.</source>
        <translation />
    </message>
    <message>
        <source>Settings were found, but you have already changed the form; it is left as you typed it.</source>
        <translation />
    </message>
    <message>
        <source>incoming server: %1</source>
        <translation />
    </message>
    <message>
        <source>outgoing server: %1</source>
        <translation />
    </message>
    <message>
        <source>Found (%1). Every value can be changed.</source>
        <translation />
    </message>
    <message>
        <source>built-in settings</source>
        <translation />
    </message>
    <message>
        <source>the provider's configuration file</source>
        <translation />
    </message>
    <message>
        <source>DNS SRV records</source>
        <translation />
    </message>
    <message>
        <source>a server that answered</source>
        <translation />
    </message>
    <message>
        <source>Enter the password (on the first page) to test the connection.</source>
        <translation />
    </message>
    <message>
        <source>Incoming: connecting…</source>
        <translation />
    </message>
    <message>
        <source>Outgoing: connecting…</source>
        <translation />
    </message>
    <message>
        <source>Incoming</source>
        <translation />
    </message>
    <message>
        <source>Outgoing</source>
        <translation />
    </message>
    <message>
        <source>%1: logged in (%2).</source>
        <translation />
    </message>
    <message>
        <source>%1: %2</source>
        <translation />
    </message>
    <message>
        <source>Enter the password on the first page; it is kept in the system keychain.</source>
        <translation />
    </message>
    <message>
        <source>The sign-in did not work: %1</source>
        <translation />
    </message>
    <message>
        <source>Signed in: no password is needed for this account.</source>
        <translation />
    </message>
    <message>
        <source>Sign in on the first page, or enter the password there; it is kept in the system keychain.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::AttachedMessageWindow</name>
    <message>
        <source>(no subject)</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::AttachmentList</name>
    <message>
        <source>Attach…</source>
        <translation />
    </message>
    <message>
        <source>Remove</source>
        <translation />
    </message>
    <message>
        <source>Attach Files</source>
        <translation />
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation />
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation />
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>attachment: file name (size)</comment>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::AttachmentPanel</name>
    <message>
        <source>Attachments</source>
        <translation />
    </message>
    <message>
        <source>Save All…</source>
        <translation />
    </message>
    <message>
        <source>Open</source>
        <translation />
    </message>
    <message>
        <source>Save As…</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::CertificatePrompt</name>
    <message>
        <source>Certificate of %1</source>
        <translation />
    </message>
    <message>
        <source>The certificate of %1 could not be verified. Trust it only if you know it is your provider's, e.g. by comparing the fingerprint with theirs.</source>
        <translation />
    </message>
    <message>
        <source>&amp;Trust this certificate for %1</source>
        <translation />
    </message>
    <message>
        <source>&amp;Do not trust</source>
        <translation />
    </message>
    <message>
        <source>Subject: %1</source>
        <translation />
    </message>
    <message>
        <source>Organization: %1</source>
        <translation />
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation />
    </message>
    <message>
        <source>Valid from: %1</source>
        <translation />
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation />
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation />
    </message>
    <message>
        <source>Problems:</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::ComposerLauncher</name>
    <message>
        <source>Sending is not available in this window.</source>
        <translation />
    </message>
    <message>
        <source>Add an account before writing a message.</source>
        <translation />
    </message>
    <message>
        <source>Select a message first.</source>
        <translation />
    </message>
    <message>
        <source>The original's text is not downloaded yet, so it is not quoted in full.</source>
        <translation />
    </message>
    <message>
        <source>The message to forward is not downloaded, and this window cannot fetch it.</source>
        <translation />
    </message>
    <message>
        <source>Fetching the message to forward…</source>
        <translation />
    </message>
    <message>
        <source>The server sent an empty message to forward.</source>
        <translation />
    </message>
    <message>
        <source>Only messages of a Drafts folder can be edited.</source>
        <translation />
    </message>
    <message>
        <source>The draft is not downloaded, and this window cannot fetch it.</source>
        <translation />
    </message>
    <message>
        <source>The server sent an empty draft.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::ComposerWindow</name>
    <message>
        <source>New Message</source>
        <translation />
    </message>
    <message>
        <source>Draft saved on this computer.</source>
        <translation />
    </message>
    <message>
        <source>&amp;From:</source>
        <translation />
    </message>
    <message>
        <source>&amp;To:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation />
    </message>
    <message>
        <source>Name &lt;address@example.org&gt;, …</source>
        <translation />
    </message>
    <message>
        <source>Message</source>
        <translation />
    </message>
    <message>
        <source>&amp;Send</source>
        <translation />
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation />
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation />
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>identity (account)</comment>
        <translation />
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation />
    </message>
    <message>
        <source>There is no account to send from.</source>
        <translation />
    </message>
    <message>
        <source>Attachments are still being read; try again in a moment.</source>
        <translation />
    </message>
    <message>
        <source>Sending…</source>
        <translation />
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation />
    </message>
    <message>
        <source>Saving the draft to the server…</source>
        <translation />
    </message>
    <message>
        <source>Draft saved to the server's %1 folder.</source>
        <translation />
    </message>
    <message>
        <source>The draft is saved on this computer but not on the server: %1</source>
        <translation />
    </message>
    <message>
        <source>Save Draft?</source>
        <translation />
    </message>
    <message>
        <source>This message has changes that are not saved as a draft.</source>
        <translation />
    </message>
    <message>
        <source>Kestrel</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::ConnectionIndicator</name>
    <message>
        <source>No accounts configured</source>
        <translation />
    </message>
    <message>
        <source>not connected yet</source>
        <translation />
    </message>
    <message>
        <source>online</source>
        <translation />
    </message>
    <message>
        <source>connecting</source>
        <translation />
    </message>
    <message>
        <source>offline, will retry</source>
        <translation />
    </message>
    <message>
        <source>offline</source>
        <translation />
    </message>
    <message>
        <source>Offline</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::FolderCommands</name>
    <message>
        <source>A folder needs a name.</source>
        <translation />
    </message>
    <message>
        <source>A folder name cannot contain “%1”: the server uses it to separate folder levels.</source>
        <translation />
    </message>
    <message>
        <source>A folder name cannot contain “*” or “%”.</source>
        <translation />
    </message>
    <message>
        <source>New Folder</source>
        <translation />
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation />
    </message>
    <message>
        <source>Name of the new folder in “%1”:</source>
        <translation />
    </message>
    <message>
        <source>Rename Folder</source>
        <translation />
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation />
    </message>
    <message>
        <source>Delete Folder</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>Delete the folder “%1” and the %n message(s) in it? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the folder “%1” and the %n message in it? This cannot be undone.</numerusform>
            <numerusform>Delete the folder “%1” and the %n messages in it? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::IdentitiesEditor</name>
    <message>
        <source>&amp;Add Identity</source>
        <translation />
    </message>
    <message>
        <source>&amp;Remove Identity</source>
        <translation />
    </message>
    <message>
        <source>Added below the "-- " line of new messages from this address.</source>
        <translation />
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation />
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation />
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation />
    </message>
    <message>
        <source>(no address yet)</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::LocalDraftsDialog</name>
    <message>
        <source>Drafts</source>
        <translation />
    </message>
    <message>
        <source>&amp;Open</source>
        <translation />
    </message>
    <message>
        <source>(no subject)</source>
        <translation />
    </message>
    <message>
        <source>%1 — saved %2</source>
        <translation />
    </message>
    <message>
        <source>No drafts are kept on this computer.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::MainWindow</name>
    <message>
        <source>Kestrel</source>
        <translation />
    </message>
    <message>
        <source>Folders</source>
        <translation />
    </message>
    <message>
        <source>&amp;File</source>
        <translation />
    </message>
    <message>
        <source>&amp;View</source>
        <translation />
    </message>
    <message>
        <source>&amp;Message</source>
        <translation />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation />
    </message>
    <message>
        <source>Ready</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading the message…</source>
        <translation />
    </message>
    <message>
        <source>&amp;Pending Actions…</source>
        <translation />
    </message>
    <message>
        <source>No more unread messages in this list.</source>
        <translation />
    </message>
    <message>
        <source>&amp;Go</source>
        <translation />
    </message>
    <message>
        <source>F&amp;older</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::MainWindowActions</name>
    <message>
        <source>&amp;New Message</source>
        <translation />
    </message>
    <message>
        <source>&amp;Get Mail</source>
        <translation />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation />
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation />
    </message>
    <message>
        <source>Reply &amp;All</source>
        <translation />
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation />
    </message>
    <message>
        <source>Mark as &amp;Read/Unread</source>
        <translation />
    </message>
    <message>
        <source>&amp;Flag/Unflag</source>
        <translation />
    </message>
    <message>
        <source>&amp;Threads</source>
        <translation />
    </message>
    <message>
        <source>&amp;About Kestrel</source>
        <translation />
    </message>
    <message>
        <source>&amp;Quick Filter</source>
        <translation />
    </message>
    <message>
        <source>&amp;Next Unread Message</source>
        <translation />
    </message>
    <message>
        <source>Read &amp;On</source>
        <translation />
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation />
    </message>
    <message>
        <source>&amp;Rename Folder…</source>
        <translation />
    </message>
    <message>
        <source>&amp;Delete Folder…</source>
        <translation />
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation />
    </message>
    <message>
        <source>&amp;Unsubscribe</source>
        <translation />
    </message>
    <message>
        <source>&amp;Mark Folder Read</source>
        <translation />
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation />
    </message>
    <message>
        <source>&amp;Drafts…</source>
        <translation />
    </message>
    <message>
        <source>Forward as A&amp;ttachment</source>
        <translation />
    </message>
    <message>
        <source>&amp;Edit Draft</source>
        <translation />
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::MessageDelegate</name>
    <message numerus="yes">
        <source>%1 (%n message(s))</source>
        <translation>
            <numerusform>%1 (%n message)</numerusform>
            <numerusform>%1 (%n messages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::MessageListPane</name>
    <message>
        <source>Messages</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::MessageSourceWindow</name>
    <message>
        <source>Source of "%1"</source>
        <translation />
    </message>
    <message>
        <source>(no subject)</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>[%n more byte(s) not shown]</source>
        <translation>
            <numerusform>[%n more byte not shown]</numerusform>
            <numerusform>[%n more bytes not shown]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::NewMailNotifier</name>
    <message numerus="yes">
        <source>Kestrel: %n unread message(s)</source>
        <translation>
            <numerusform>Kestrel: %n unread message</numerusform>
            <numerusform>Kestrel: %n unread messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Kestrel</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n new message(s) in %1 (%2)</source>
        <translation>
            <numerusform>%n new message in %1 (%2)</numerusform>
            <numerusform>%n new messages in %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation />
    </message>
    <message>
        <source>New mail</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::OutboxPane</name>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation />
    </message>
    <message>
        <source>Outbox</source>
        <translation />
    </message>
    <message>
        <source>Send &amp;Now</source>
        <translation />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation />
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation />
    </message>
    <message>
        <source>The account of this message no longer exists; edit or delete it.</source>
        <translation />
    </message>
    <message>
        <source>Sending “%1”…</source>
        <translation />
    </message>
    <message>
        <source>Delete Message</source>
        <translation />
    </message>
    <message>
        <source>Delete “%1” from the outbox? It will not be sent.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::PendingActionsDialog</name>
    <message>
        <source>Pending Actions</source>
        <translation />
    </message>
    <message>
        <source>Account</source>
        <translation />
    </message>
    <message>
        <source>State</source>
        <translation />
    </message>
    <message>
        <source>Made</source>
        <translation />
    </message>
    <message>
        <source>Action</source>
        <translation />
    </message>
    <message>
        <source>Attempts</source>
        <translation />
    </message>
    <message>
        <source>Last error</source>
        <translation />
    </message>
    <message>
        <source>Pending actions</source>
        <translation />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation />
    </message>
    <message>
        <source>waiting</source>
        <translation />
    </message>
    <message>
        <source>dropped</source>
        <translation />
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::ProtocolLogWindow</name>
    <message>
        <source>Follow new lines</source>
        <translation />
    </message>
    <message>
        <source>Protocol Log</source>
        <translation />
    </message>
    <message>
        <source>The protocol log is not being recorded.</source>
        <translation />
    </message>
    <message>
        <source>Clear</source>
        <translation />
    </message>
    <message>
        <source>Protocol &amp;Log</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::QuickFilterBar</name>
    <message>
        <source>Unread</source>
        <translation />
    </message>
    <message>
        <source>Show only unread messages</source>
        <translation />
    </message>
    <message>
        <source>Flagged</source>
        <translation />
    </message>
    <message>
        <source>Show only flagged messages</source>
        <translation />
    </message>
    <message>
        <source>Attachment</source>
        <translation />
    </message>
    <message>
        <source>Show only messages with attachments</source>
        <translation />
    </message>
    <message>
        <source>Filter these messages…</source>
        <translation />
    </message>
    <message>
        <source>Filter text</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::ReaderPane</name>
    <message>
        <source>Message</source>
        <translation />
    </message>
    <message>
        <source>Select a message to read it.</source>
        <translation />
    </message>
    <message>
        <source>(no subject)</source>
        <translation />
    </message>
    <message>
        <source>From</source>
        <translation />
    </message>
    <message>
        <source>To</source>
        <translation />
    </message>
    <message>
        <source>Cc</source>
        <translation />
    </message>
    <message>
        <source>Date</source>
        <translation />
    </message>
    <message>
        <source>The message text has not been downloaded yet.</source>
        <translation />
    </message>
    <message>
        <source>Part of the message text has not been downloaded yet.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::ReaderTasks</name>
    <message>
        <source>Saving %1…</source>
        <translation />
    </message>
    <message>
        <source>Saving the attachments…</source>
        <translation />
    </message>
    <message>
        <source>Opening %1…</source>
        <translation />
    </message>
    <message>
        <source>Opening the attached message…</source>
        <translation />
    </message>
    <message>
        <source>Downloading the message source…</source>
        <translation />
    </message>
    <message>
        <source>This message's account is not available.</source>
        <translation />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>Saved %n file(s).</source>
        <translation>
            <numerusform>Saved %n file.</numerusform>
            <numerusform>Saved %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::ReaderWidget</name>
    <message>
        <source>Link to: %1</source>
        <translation />
    </message>
    <message>
        <source>View &amp;Source</source>
        <translation />
    </message>
    <message>
        <source>Save &amp;All Attachments…</source>
        <translation />
    </message>
    <message>
        <source>"%1" is a program or script; it is not opened from mail. Use Save As to keep it.</source>
        <translation />
    </message>
    <message>
        <source>Save Attachment</source>
        <translation />
    </message>
    <message>
        <source>Save All Attachments</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::RemoteContentBar</name>
    <message>
        <source>Load once</source>
        <translation />
    </message>
    <message>
        <source>Remote content blocked</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>Remote content blocked (%n item(s)) to protect your privacy.</source>
        <translation>
            <numerusform>Remote content blocked (%n item) to protect your privacy.</numerusform>
            <numerusform>Remote content blocked (%n items) to protect your privacy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Always for %1</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::SendCertificateHandler</name>
    <message>
        <source>%1 cannot send: the certificate of %2 is not trusted.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::ServerSettingsEditor</name>
    <message>
        <source>imap.example.org</source>
        <translation />
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation />
    </message>
    <message>
        <source>TLS</source>
        <translation />
    </message>
    <message>
        <source>STARTTLS</source>
        <translation />
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::SessionPasswordHandler</name>
    <message>
        <source>%1 is offline: no password for this session.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::SessionPasswordPrompt</name>
    <message>
        <source>Password for %1</source>
        <translation />
    </message>
    <message>
        <source>Password for %1 (%2):</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation />
    </message>
    <message>
        <source>Settings pages</source>
        <translation />
    </message>
    <message>
        <source>&amp;General</source>
        <translation />
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation />
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation />
    </message>
    <message>
        <source>System default</source>
        <translation />
    </message>
    <message>
        <source>English</source>
        <comment>language name in English; keep as is</comment>
        <translation />
    </message>
    <message>
        <source>Русский</source>
        <comment>language name in Russian; keep as is</comment>
        <translation />
    </message>
    <message>
        <source>Latviešu</source>
        <comment>language name in Latvian; keep as is</comment>
        <translation />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation />
    </message>
    <message>
        <source>A new language takes effect when Kestrel is restarted.</source>
        <translation />
    </message>
    <message>
        <source>Show a &amp;notification when new mail arrives</source>
        <translation />
    </message>
    <message>
        <source>&amp;Mark messages read when shown in the reader</source>
        <translation />
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation />
    </message>
    <message>
        <source>&amp;After:</source>
        <translation />
    </message>
    <message>
        <source>Load &amp;remote content in every message (not recommended)</source>
        <translation />
    </message>
    <message>
        <source>Remote images tell the sender when and where you read a message. When off, each message asks, and you can allow a sender for good.</source>
        <translation />
    </message>
    <message>
        <source>&amp;Default account:</source>
        <translation />
    </message>
    <message>
        <source>New messages and mailto: links are written from this account. Its offline reading is set below.</source>
        <translation />
    </message>
    <message>
        <source>Nothing (download when opened)</source>
        <translation />
    </message>
    <message>
        <source>Text of recent messages</source>
        <translation />
    </message>
    <message>
        <source>Recent messages with attachments</source>
        <translation />
    </message>
    <message>
        <source>&amp;Keep for offline reading:</source>
        <translation />
    </message>
    <message>
        <source> days</source>
        <translation />
    </message>
    <message>
        <source>&amp;Recent means the last:</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::SyncCertificateHandler</name>
    <message>
        <source>%1 is offline: the certificate of %2 is not trusted.</source>
        <translation />
    </message>
</context>
<context>
    <name>Kestrel::Ui::TaskProgressBar</name>
    <message>
        <source>Cancel</source>
        <translation />
    </message>
</context>
<context>
    <name>OAuthErrors</name>
    <message>
        <source>The sign-in with %1 has expired or was withdrawn. Please sign in again.</source>
        <translation />
    </message>
    <message>
        <source>The account %1 is set to sign in with OAuth2, but has no provider set up.</source>
        <translation />
    </message>
    <message>
        <source>%1 refused to issue a token: %2</source>
        <translation />
    </message>
    <message>
        <source>Kestrel could not reach %1 to sign in.</source>
        <translation />
    </message>
    <message>
        <source>%1 answered the sign-in with something Kestrel cannot use.</source>
        <translation />
    </message>
    <message>
        <source>%1 did not grant access: %2</source>
        <translation />
    </message>
    <message>
        <source>Kestrel could not wait for the browser's answer on this computer.</source>
        <translation />
    </message>
    <message>
        <source>The sign-in with %1 did not finish in time.</source>
        <translation />
    </message>
</context>
<context>
    <name>SessionErrors</name>
    <message>
        <source>%1 refused %2: %3</source>
        <translation />
    </message>
    <message>
        <source>%1 did not accept the user name or password: %2</source>
        <translation />
    </message>
    <message>
        <source>%1 offers no way of logging in that Kestrel supports.</source>
        <translation />
    </message>
    <message>
        <source>%1 does not allow logging in over this connection.</source>
        <translation />
    </message>
    <message>
        <source>%1 could not prove that it knows the password; the connection may be intercepted.</source>
        <translation />
    </message>
    <message>
        <source>%1 closed the connection: %2</source>
        <translation />
    </message>
    <message>
        <source>%1 stopped answering.</source>
        <translation />
    </message>
    <message>
        <source>%1 sent a response that Kestrel cannot understand.</source>
        <translation />
    </message>
    <message>
        <source>%1 does not support %2.</source>
        <translation />
    </message>
    <message>
        <source>%1 cannot be sent to %2 at this point of the connection.</source>
        <translation />
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation />
    </message>
    <message>
        <source>The connection to %1 was closed before the command finished.</source>
        <translation />
    </message>
</context>
<context>
    <name>kestrel-cli</name>
    <message>
        <source>Usage:</source>
        <translation />
    </message>
    <message>
        <source>Commands:</source>
        <translation />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kestrel, a fast desktop mail client.</source>
        <translation />
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt;.</source>
        <translation />
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation />
    </message>
    <message>
        <source>Use the user-interface language &lt;code&gt; (en, ru, lv).</source>
        <translation />
    </message>
    <message>
        <source>A mailto: link to compose.</source>
        <translation />
    </message>
    <message>
        <source>Kestrel</source>
        <translation />
    </message>
    <message>
        <source>%1 is up to date.</source>
        <translation />
    </message>
    <message>
        <source>Links opened elsewhere will start another Kestrel: %1</source>
        <translation />
    </message>
</context>
</TS>
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
    <name>Kestrel::CredentialStore</name>
    <message>
        <source>The system keychain could not be used: %1</source>
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
        <source>Messages</source>
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
    <name>Kestrel::Ui::ReaderWidget</name>
    <message>
        <source>Attachments: %1</source>
        <translation />
    </message>
    <message>
        <source>Link to: %1</source>
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
</context>
</TS>
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
    <name>Kestrel::CredentialStore</name>
    <message>
        <source>The system keychain could not be used: %1</source>
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
</context>
<context>
    <name>Kestrel::Profile</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
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
        <source>Message</source>
        <translation />
    </message>
    <message>
        <source>Select a message to read it.</source>
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
        <source>No accounts configured</source>
        <translation />
    </message>
    <message>
        <source>Ready</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
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
</context>
</TS>
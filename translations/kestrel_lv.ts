<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
<context>
    <name>Kestrel::AccountRepository</name>
    <message>
        <source>Cannot read the account settings in %1.</source>
        <translation>Nevar nolasīt kontu iestatījumus no %1.</translation>
    </message>
    <message>
        <source>The account settings in %1 are damaged.</source>
        <translation>Kontu iestatījumi %1 ir bojāti.</translation>
    </message>
    <message>
        <source>The account settings in %1 were written by a newer Kestrel.</source>
        <translation>Kontu iestatījumus %1 ir saglabājusi jaunāka Kestrel versija.</translation>
    </message>
    <message>
        <source>Cannot save the account settings in %1.</source>
        <translation>Nevar saglabāt kontu iestatījumus %1.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::AccountAddCommand</name>
    <message>
        <source>--name and --email are required.</source>
        <translation>Nepieciešami --name un --email.</translation>
    </message>
    <message>
        <source>An account named "%1" already exists.</source>
        <translation>Konts ar nosaukumu “%1” jau pastāv.</translation>
    </message>
    <message>
        <source>Added account "%1" (%2).</source>
        <translation>Pievienots konts “%1” (%2).</translation>
    </message>
    <message>
        <source>--%1-host, --%1-port and --%1-security (tls, starttls or none) are required.</source>
        <translation>Nepieciešami --%1-host, --%1-port un --%1-security (tls, starttls vai none).</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::AccountRemoveCommand</name>
    <message>
        <source>No account named "%1".</source>
        <translation>Nav konta ar nosaukumu “%1”.</translation>
    </message>
    <message>
        <source>Removed account "%1".</source>
        <translation>Konts “%1” noņemts.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::ListCommand</name>
    <message>
        <source>Usage: list ACCOUNT FOLDER [--limit N]</source>
        <translation>Lietošana: list KONTS MAPE [--limit N]</translation>
    </message>
    <message>
        <source>The folder "%1" is not in the cache; run sync first.</source>
        <translation>Mapes “%1” nav kešatmiņā; vispirms palaidiet sync.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::ShowFileCommand</name>
    <message>
        <source>Cannot read the message file "%1": %2</source>
        <translation>Nevar nolasīt vēstules failu “%1”: %2</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>No: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Kam: %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Kopija: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datums: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Temats: %1</translation>
    </message>
    <message numerus="yes">
        <source>[This message has only an HTML part of %n character(s).]</source>
        <translation>
            <numerusform>[Šai vēstulei ir tikai HTML daļa ar %n rakstzīmi.]</numerusform>
            <numerusform>[Šai vēstulei ir tikai HTML daļa ar %n rakstzīmēm.]</numerusform>
            <numerusform>[Šai vēstulei ir tikai HTML daļa ar %n rakstzīmēm.]</numerusform>
        </translation>
    </message>
    <message>
        <source>[This message has no text that could be decoded.]</source>
        <translation>[Šajā vēstulē nav teksta, ko varētu atkodēt.]</translation>
    </message>
    <message>
        <source>Attachment: %1 (%2, %3)</source>
        <translation>Pielikums: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>bez nosaukuma</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::SyncCommand</name>
    <message>
        <source>No account named "%1".</source>
        <translation>Nav konta ar nosaukumu “%1”.</translation>
    </message>
    <message>
        <source>There is no account to synchronise.</source>
        <translation>Nav konta, ko sinhronizēt.</translation>
    </message>
    <message>
        <source>No password is stored for "%1".</source>
        <translation>Kontam “%1” nav saglabāta parole.</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 removed, %4 changed</source>
        <translation>%1: %2 jaunas, %3 noņemtas, %4 mainītas</translation>
    </message>
</context>
<context>
    <name>Kestrel::CredentialStore</name>
    <message>
        <source>The system keychain could not be used: %1</source>
        <translation>Neizdevās izmantot sistēmas paroļu glabātuvi: %1</translation>
    </message>
</context>
<context>
    <name>Kestrel::FolderTreeModel</name>
    <message>
        <source>Inbox</source>
        <translation>Iesūtne</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Melnraksti</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Nosūtītās</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Miskaste</translation>
    </message>
    <message>
        <source>Junk</source>
        <translation>Mēstules</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arhīvs</translation>
    </message>
</context>
<context>
    <name>Kestrel::Imap::ImapConnection</name>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 neatbildēja laikā.</translation>
    </message>
    <message>
        <source>%1 sent data that cannot be read.</source>
        <translation>%1 atsūtīja datus, kurus nevar nolasīt.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 atteica savienojumu.</translation>
    </message>
    <message>
        <source>%1 does not allow a secure connection (STARTTLS).</source>
        <translation>%1 neatļauj drošu savienojumu (STARTTLS).</translation>
    </message>
    <message>
        <source>%1 sent unexpected data while starting a secure connection.</source>
        <translation>%1 atsūtīja negaidītus datus, veidojot drošu savienojumu.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted.</source>
        <translation>%1 sertifikāts nav uzticams.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established.</source>
        <translation>Nevarēja izveidot drošu savienojumu ar %1.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Nevar savienoties ar %1: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 aizvēra savienojumu.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>Savienojums ar %1 ir zaudēts: %2</translation>
    </message>
</context>
<context>
    <name>Kestrel::MessageListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(bez temata)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pielikums</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kam</translation>
    </message>
    <message>
        <source>From</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temats</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Izmērs</translation>
    </message>
</context>
<context>
    <name>Kestrel::Profile</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Nevar izveidot profila mapi %1.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Smtp::SmtpErrors</name>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 neatbildēja laikā.</translation>
    </message>
    <message>
        <source>%1 did not reply to %2 in time.</source>
        <translation>%1 laikā neatbildēja uz %2.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Nevar savienoties ar %1: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 aizvēra savienojumu.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted.</source>
        <translation>%1 sertifikāts nav uzticams.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established.</source>
        <translation>Nevarēja izveidot drošu savienojumu ar %1.</translation>
    </message>
    <message>
        <source>%1 does not offer a secure connection (STARTTLS).</source>
        <translation>%1 nepiedāvā drošu savienojumu (STARTTLS).</translation>
    </message>
    <message>
        <source>%1 sent unexpected data while starting a secure connection.</source>
        <translation>%1 atsūtīja negaidītus datus, veidojot drošu savienojumu.</translation>
    </message>
    <message>
        <source>%1 sent a reply that cannot be read.</source>
        <translation>%1 atsūtīja atbildi, kuru nevar nolasīt.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Nav savienojuma ar %1.</translation>
    </message>
    <message>
        <source>%1 refused the connection: %2</source>
        <translation>%1 atteica savienojumu: %2</translation>
    </message>
    <message>
        <source>%1 rejected %2: %3</source>
        <translation>%1 noraidīja %2: %3</translation>
    </message>
    <message>
        <source>%1 did not accept the user name or password (%2): %3</source>
        <translation>%1 nepieņēma lietotājvārdu vai paroli (%2): %3</translation>
    </message>
    <message>
        <source>%1 offers no sign-in method that Kestrel supports (it offers: %2).</source>
        <translation>%1 nepiedāvā nevienu Kestrel atbalstītu pieteikšanās veidu (piedāvā: %2).</translation>
    </message>
    <message>
        <source>%1 could not prove that it knows the password (%2).</source>
        <translation>%1 nevarēja pierādīt, ka zina paroli (%2).</translation>
    </message>
    <message>
        <source>The message is %1 bytes, but %2 accepts at most %3 bytes.</source>
        <translation>Vēstule ir %1 baiti, bet %2 pieņem ne vairāk kā %3 baitus.</translation>
    </message>
    <message>
        <source>%1 does not support %2, which this message needs.</source>
        <translation>%1 neatbalsta %2, kas vajadzīgs šai vēstulei.</translation>
    </message>
    <message>
        <source>The address "%1" cannot be used for sending.</source>
        <translation>Adresi “%1” nevar izmantot sūtīšanai.</translation>
    </message>
    <message>
        <source>%1 rejected every recipient: %2</source>
        <translation>%1 noraidīja visus saņēmējus: %2</translation>
    </message>
</context>
<context>
    <name>Kestrel::StorageError</name>
    <message>
        <source>The disk is full, so Kestrel could not save to its mail cache. Nothing saved earlier was lost. Free some disk space and try again.</source>
        <translation>Disks ir pilns, tāpēc Kestrel nevarēja saglabāt pasta kešatmiņā. Nekas no agrāk saglabātā nav zudis. Atbrīvojiet vietu diskā un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>The mail cache is busy: another program, or another Kestrel, is using this profile.</source>
        <translation>Pasta kešatmiņa ir aizņemta: šo profilu izmanto cita programma vai cits Kestrel.</translation>
    </message>
    <message>
        <source>The mail cache is damaged.</source>
        <translation>Pasta kešatmiņa ir bojāta.</translation>
    </message>
    <message>
        <source>The mail cache could not be read or updated.</source>
        <translation>Pasta kešatmiņu nevarēja nolasīt vai atjaunināt.</translation>
    </message>
    <message>
        <source>Cannot open the mail cache %1.</source>
        <translation>Nevar atvērt pasta kešatmiņu %1.</translation>
    </message>
    <message>
        <source>The mail cache %1 was written by a newer version of Kestrel. Update Kestrel, or use another profile.</source>
        <translation>Pasta kešatmiņu %1 ir saglabājusi jaunāka Kestrel versija. Atjauniniet Kestrel vai izmantojiet citu profilu.</translation>
    </message>
    <message>
        <source>Cannot read or write the cached message part %1.</source>
        <translation>Nevar nolasīt vai ierakstīt saglabāto vēstules daļu %1.</translation>
    </message>
    <message>
        <source>The change to the mail cache was not saved because an earlier step failed.</source>
        <translation>Izmaiņas pasta kešatmiņā netika saglabātas, jo neizdevās iepriekšējais solis.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::AccountSync</name>
    <message>
        <source>The folder "%1" does not exist on %2.</source>
        <translation>Mape “%1” nepastāv serverī %2.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::SyncCoordinator</name>
    <message>
        <source>No password is stored for "%1".</source>
        <translation>Kontam “%1” nav saglabāta parole.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::AboutDialog</name>
    <message>
        <source>About Kestrel</source>
        <translation>Par Kestrel</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Kestrel %1&lt;/h2&gt;&lt;p&gt;A fast desktop mail client.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kestrel %1&lt;/h2&gt;&lt;p&gt;Ātrs darbvirsmas e-pasta klients.&lt;/p&gt;&lt;p&gt;Veidots ar Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::MainWindow</name>
    <message>
        <source>Kestrel</source>
        <translation>Kestrel</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Mapes</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Vēstules</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fails</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Skats</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Vēstule</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Palīdzība</translation>
    </message>
    <message>
        <source>No accounts configured</source>
        <translation>Nav iestatītu kontu</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gatavs</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n konts</numerusform>
            <numerusform>%n konti</numerusform>
            <numerusform>%n kontu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n vēstule</numerusform>
            <numerusform>%n vēstules</numerusform>
            <numerusform>%n vēstuļu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::MainWindowActions</name>
    <message>
        <source>&amp;New Message</source>
        <translation>&amp;Jauna vēstule</translation>
    </message>
    <message>
        <source>&amp;Get Mail</source>
        <translation>&amp;Saņemt pastu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Iziet</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Atbildēt</translation>
    </message>
    <message>
        <source>Reply &amp;All</source>
        <translation>Atbildēt &amp;visiem</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Pārsūtīt</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dzēst</translation>
    </message>
    <message>
        <source>Mark as &amp;Read/Unread</source>
        <translation>Atzīmēt kā &amp;lasītu/nelasītu</translation>
    </message>
    <message>
        <source>&amp;Flag/Unflag</source>
        <translation>&amp;Karodziņš ieslēgt/izslēgt</translation>
    </message>
    <message>
        <source>&amp;Threads</source>
        <translation>&amp;Pavedieni</translation>
    </message>
    <message>
        <source>&amp;About Kestrel</source>
        <translation>&amp;Par Kestrel</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::ReaderPane</name>
    <message>
        <source>Message</source>
        <translation>Vēstule</translation>
    </message>
    <message>
        <source>Select a message to read it.</source>
        <translation>Izvēlieties vēstuli, lai to lasītu.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez temata)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>No</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kam</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Kopija</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>The message text has not been downloaded yet.</source>
        <translation>Vēstules teksts vēl nav lejupielādēts.</translation>
    </message>
</context>
<context>
    <name>SessionErrors</name>
    <message>
        <source>%1 refused %2: %3</source>
        <translation>%1 atteica %2: %3</translation>
    </message>
    <message>
        <source>%1 did not accept the user name or password: %2</source>
        <translation>%1 nepieņēma lietotājvārdu vai paroli: %2</translation>
    </message>
    <message>
        <source>%1 offers no way of logging in that Kestrel supports.</source>
        <translation>%1 nepiedāvā nevienu Kestrel atbalstītu pieteikšanās veidu.</translation>
    </message>
    <message>
        <source>%1 does not allow logging in over this connection.</source>
        <translation>%1 neatļauj pieteikties caur šo savienojumu.</translation>
    </message>
    <message>
        <source>%1 could not prove that it knows the password; the connection may be intercepted.</source>
        <translation>%1 nevarēja pierādīt, ka zina paroli; savienojums, iespējams, tiek pārtverts.</translation>
    </message>
    <message>
        <source>%1 closed the connection: %2</source>
        <translation>%1 aizvēra savienojumu: %2</translation>
    </message>
    <message>
        <source>%1 stopped answering.</source>
        <translation>%1 pārstāja atbildēt.</translation>
    </message>
    <message>
        <source>%1 sent a response that Kestrel cannot understand.</source>
        <translation>%1 atsūtīja atbildi, ko Kestrel nevar saprast.</translation>
    </message>
    <message>
        <source>%1 does not support %2.</source>
        <translation>%1 neatbalsta %2.</translation>
    </message>
    <message>
        <source>%1 cannot be sent to %2 at this point of the connection.</source>
        <translation>%1 nevar sūtīt uz %2 šajā savienojuma posmā.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Nav savienojuma ar %1.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed before the command finished.</source>
        <translation>Savienojums ar %1 tika aizvērts, pirms komanda pabeidzās.</translation>
    </message>
</context>
<context>
    <name>kestrel-cli</name>
    <message>
        <source>Usage:</source>
        <translation>Lietošana:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Komandas:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kestrel, a fast desktop mail client.</source>
        <translation>Kestrel — ātrs darbvirsmas e-pasta klients.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt;.</source>
        <translation>Izmantot profilu mapē &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Saglabāt galvenā loga attēlu failā &lt;file&gt;, kad tas parādīts, un iziet.</translation>
    </message>
    <message>
        <source>Use the user-interface language &lt;code&gt; (en, ru, lv).</source>
        <translation>Izmantot saskarnes valodu &lt;code&gt; (en, ru, lv).</translation>
    </message>
    <message>
        <source>A mailto: link to compose.</source>
        <translation>Saite mailto: jaunai vēstulei.</translation>
    </message>
    <message>
        <source>Kestrel</source>
        <translation>Kestrel</translation>
    </message>
    <message>
        <source>%1 is up to date.</source>
        <translation>%1 ir atjaunināts.</translation>
    </message>
</context>
</TS>
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
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>Konts ar nosaukumu “%1” jau pastāv.</translation>
    </message>
    <message>
        <source>Added account &quot;%1&quot; (%2).</source>
        <translation>Pievienots konts “%1” (%2).</translation>
    </message>
    <message>
        <source>--%1-host, --%1-port and --%1-security (tls, starttls or none) are required.</source>
        <translation>Nepieciešami --%1-host, --%1-port un --%1-security (tls, starttls vai none).</translation>
    </message>
    <message>
        <source>--prefetch is none, text or everything.</source>
        <translation>--prefetch vērtība ir none, text vai everything.</translation>
    </message>
    <message>
        <source>--prefetch-days is a number of days, at least 1.</source>
        <translation>--prefetch-days ir dienu skaits, vismaz 1.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::AccountRemoveCommand</name>
    <message>
        <source>No account named &quot;%1&quot;.</source>
        <translation>Nav konta ar nosaukumu “%1”.</translation>
    </message>
    <message>
        <source>Removed account &quot;%1&quot;.</source>
        <translation>Konts “%1” noņemts.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::DeleteCommand</name>
    <message>
        <source>Deleted UID %1 in %2.</source>
        <translation>UID %1 mapē %2 izdzēsts.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::FlagCommand</name>
    <message>
        <source>&quot;%1&quot; is not a flag: use seen, flagged, answered, deleted, draft or a keyword without spaces or brackets.</source>
        <translation>“%1” nav karodziņš: izmantojiet seen, flagged, answered, deleted, draft vai atslēgvārdu bez atstarpēm un iekavām.</translation>
    </message>
    <message>
        <source>Cleared %1 on UID %2 in %3.</source>
        <translation>Karodziņš %1 noņemts UID %2 mapē %3.</translation>
    </message>
    <message>
        <source>Set %1 on UID %2 in %3.</source>
        <translation>Karodziņš %1 uzlikts UID %2 mapē %3.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::IdleCommand</name>
    <message>
        <source>online</source>
        <translation>tiešsaistē</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>savienojas</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>bezsaistē</translation>
    </message>
    <message>
        <source>Usage: idle ACCOUNT [--seconds N]</source>
        <translation>Lietošana: idle KONTS [--seconds N]</translation>
    </message>
    <message>
        <source>No account named &quot;%1&quot;.</source>
        <translation>Nav konta ar nosaukumu “%1”.</translation>
    </message>
    <message>
        <source>No password is stored for &quot;%1&quot;.</source>
        <translation>Kontam “%1” nav saglabāta parole.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::ListCommand</name>
    <message>
        <source>Usage: list ACCOUNT FOLDER [--limit N]</source>
        <translation>Lietošana: list KONTS MAPE [--limit N]</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is not in the cache; run sync first.</source>
        <translation>Mapes “%1” nav kešatmiņā; vispirms palaidiet sync.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::MoveCommand</name>
    <message>
        <source>Moved UID %1 from %2 to %3.</source>
        <translation>UID %1 pārvietots no %2 uz %3.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::PrefetchCommand</name>
    <message>
        <source>Usage: prefetch ACCOUNT [FOLDER] [--days N] [--everything]</source>
        <translation>Lietošana: prefetch KONTS [MAPE] [--days N] [--everything]</translation>
    </message>
    <message>
        <source>No account named &quot;%1&quot;.</source>
        <translation>Nav konta ar nosaukumu “%1”.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is not in the cache; run sync first.</source>
        <translation>Mapes “%1” nav kešatmiņā; vispirms palaidiet sync.</translation>
    </message>
    <message>
        <source>No password is stored for &quot;%1&quot;.</source>
        <translation>Kontam “%1” nav saglabāta parole.</translation>
    </message>
    <message numerus="yes">
        <source>%1/%2: %n message(s) prefetched</source>
        <translation>
            <numerusform>%1/%2: iepriekš ielādēts %n ziņojums</numerusform>
            <numerusform>%1/%2: iepriekš ielādēti %n ziņojumi</numerusform>
            <numerusform>%1/%2: iepriekš ielādēti %n ziņojumu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::QueueCommand</name>
    <message>
        <source>No account named &quot;%1&quot;.</source>
        <translation>Nav konta ar nosaukumu “%1”.</translation>
    </message>
    <message>
        <source>No offline action is waiting.</source>
        <translation>Neviena bezsaistes darbība negaida.</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>atmesta</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::ReplayCommand</name>
    <message>
        <source>No password is stored for &quot;%1&quot;.</source>
        <translation>Kontam “%1” nav saglabāta parole.</translation>
    </message>
    <message>
        <source>queued, will be sent when %1 is reachable</source>
        <translation>rindā, tiks nosūtīts, kad %1 būs sasniedzams</translation>
    </message>
    <message>
        <source>No account named &quot;%1&quot;.</source>
        <translation>Nav konta ar nosaukumu “%1”.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Lietošana: %1</translation>
    </message>
    <message>
        <source>%1; the action stays queued.</source>
        <translation>%1; darbība paliek rindā.</translation>
    </message>
    <message>
        <source>%1: %2 sent, %3 dropped, %4 left</source>
        <translation>%1: nosūtītas %2, atmestas %3, atlikušas %4</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::SaveAttachmentCommand</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Nevar ierakstīt “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>Message %1 has no attachment number %2 (it has %n).</source>
        <translation>
            <numerusform>Ziņojumam %1 nav pielikuma ar numuru %2 (tam ir %n pielikums).</numerusform>
            <numerusform>Ziņojumam %1 nav pielikuma ar numuru %2 (tam ir %n pielikumi).</numerusform>
            <numerusform>Ziņojumam %1 nav pielikuma ar numuru %2 (tam ir %n pielikumu).</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachment %1 of message %2 is not in the cache; run without --offline to fetch it.</source>
        <translation>Ziņojuma %2 pielikuma %1 nav kešatmiņā; palaidiet bez --offline, lai to ielādētu.</translation>
    </message>
    <message>
        <source>Saved %1 (%2 bytes) to %3</source>
        <translation>%1 (%2 baiti) saglabāts failā %3</translation>
    </message>
    <message>
        <source>Usage: save-attachment ACCOUNT FOLDER UID INDEX FILE [--offline] (INDEX as show lists it, from 1)</source>
        <translation>Lietošana: save-attachment KONTS MAPE UID NUMURS FAILS [--offline] (NUMURS kā show sarakstā, no 1)</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::SearchCommand</name>
    <message>
        <source>Usage: search QUERY [--account A] [--limit N]</source>
        <translation>Lietošana: search VAICĀJUMS [--account A] [--limit N]</translation>
    </message>
    <message>
        <source>No account named &quot;%1&quot;.</source>
        <translation>Nav konta ar nosaukumu “%1”.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::ShowCommand</name>
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
    <message>
        <source>[This message has no text.]</source>
        <translation>[Šim ziņojumam nav teksta.]</translation>
    </message>
    <message>
        <source>Attachment %1: %2 (%3, %4)</source>
        <translation>Pielikums %1: %2 (%3, %4)</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>bez nosaukuma</translation>
    </message>
    <message>
        <source>The structure of message %1 is not in the cache; run without --offline to fetch it.</source>
        <translation>Ziņojuma %1 struktūras nav kešatmiņā; palaidiet bez --offline, lai to ielādētu.</translation>
    </message>
    <message>
        <source>The text of message %1 is not in the cache; run without --offline to fetch it.</source>
        <translation>Ziņojuma %1 teksta nav kešatmiņā; palaidiet bez --offline, lai to ielādētu.</translation>
    </message>
    <message>
        <source>Usage: show ACCOUNT FOLDER UID [--offline]</source>
        <translation>Lietošana: show KONTS MAPE UID [--offline]</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::ShowCommandSupport</name>
    <message>
        <source>No account named &quot;%1&quot;.</source>
        <translation>Nav konta ar nosaukumu “%1”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a message UID.</source>
        <translation>“%1” nav ziņojuma UID.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is not in the cache; run sync first.</source>
        <translation>Mapes “%1” nav kešatmiņā; vispirms palaidiet sync.</translation>
    </message>
    <message>
        <source>There is no message with UID %1 in &quot;%2&quot;; run sync first.</source>
        <translation>Mapē “%2” nav ziņojuma ar UID %1; vispirms palaidiet sync.</translation>
    </message>
    <message>
        <source>No password is stored for &quot;%1&quot;.</source>
        <translation>Kontam “%1” nav saglabāta parole.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::ShowFileCommand</name>
    <message>
        <source>Cannot read the message file &quot;%1&quot;: %2</source>
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
        <source>No account named &quot;%1&quot;.</source>
        <translation>Nav konta ar nosaukumu “%1”.</translation>
    </message>
    <message>
        <source>There is no account to synchronise.</source>
        <translation>Nav konta, ko sinhronizēt.</translation>
    </message>
    <message>
        <source>No password is stored for &quot;%1&quot;.</source>
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
    <name>Kestrel::RemoteContentPolicy</name>
    <message>
        <source>Could not read the list of senders allowed to show remote content.</source>
        <translation>Neizdevās nolasīt to sūtītāju sarakstu, kuriem atļauts rādīt ārējo saturu.</translation>
    </message>
    <message>
        <source>The list of senders allowed to show remote content is damaged; remote content stays blocked.</source>
        <translation>To sūtītāju saraksts, kuriem atļauts rādīt ārējo saturu, ir bojāts; ārējais saturs paliek bloķēts.</translation>
    </message>
    <message>
        <source>Could not save the list of senders allowed to show remote content.</source>
        <translation>Neizdevās saglabāt to sūtītāju sarakstu, kuriem atļauts rādīt ārējo saturu.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Render::HtmlSanitizer</name>
    <message>
        <source>Caution: this link leads to %1</source>
        <translation>Uzmanību: šī saite ved uz %1</translation>
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
        <source>The address &quot;%1&quot; cannot be used for sending.</source>
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
        <source>The folder &quot;%1&quot; does not exist on %2.</source>
        <translation>Mape “%1” nepastāv serverī %2.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::ActionReplayer</name>
    <message>
        <source>The connection was closed before the queue was sent.</source>
        <translation>Savienojums tika aizvērts, pirms rinda tika nosūtīta.</translation>
    </message>
    <message>
        <source>A queued action could not be read (%1) and was not done.</source>
        <translation>Rindā esošo darbību neizdevās nolasīt (%1), un tā netika izpildīta.</translation>
    </message>
    <message>
        <source>%1 refused this action %2 times (%3); it was not done.</source>
        <translation>%1 šo darbību noraidīja %2 reizes (%3); tā netika izpildīta.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::BodyFetcher</name>
    <message>
        <source>The message is no longer in the cache.</source>
        <translation>Ziņojuma vairs nav kešatmiņā.</translation>
    </message>
    <message numerus="yes">
        <source>The message has no attachment number %1 (it has %n).</source>
        <translation>
            <numerusform>Ziņojumam nav pielikuma ar numuru %1 (tam ir %n pielikums).</numerusform>
            <numerusform>Ziņojumam nav pielikuma ar numuru %1 (tam ir %n pielikumi).</numerusform>
            <numerusform>Ziņojumam nav pielikuma ar numuru %1 (tam ir %n pielikumu).</numerusform>
        </translation>
    </message>
    <message>
        <source>The message is no longer on the server.</source>
        <translation>Ziņojuma vairs nav serverī.</translation>
    </message>
    <message>
        <source>%1 did not describe the message&apos;s parts.</source>
        <translation>%1 neaprakstīja ziņojuma daļas.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::ContentFetchCoordinator</name>
    <message>
        <source>No password is stored for &quot;%1&quot;.</source>
        <translation>Kontam “%1” nav saglabāta parole.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::FolderActions</name>
    <message>
        <source>A folder needs a name.</source>
        <translation>Mapei vajadzīgs nosaukums.</translation>
    </message>
    <message>
        <source>There is already a folder &quot;%1&quot;.</source>
        <translation>Mape “%1” jau pastāv.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is not in the cache; synchronise first.</source>
        <translation>Mapes “%1” nav kešatmiņā; vispirms sinhronizējiet.</translation>
    </message>
    <message>
        <source>The inbox cannot be deleted.</source>
        <translation>Iesūtni nevar izdzēst.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::FolderExamine</name>
    <message>
        <source>The folder &quot;%1&quot; was recreated on the server; synchronise it first.</source>
        <translation>Mape “%1” serverī tika izveidota no jauna; vispirms to sinhronizējiet.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::FolderWatcher</name>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 aizvēra savienojumu.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::MessageActionRun</name>
    <message>
        <source>flag change</source>
        <translation>karodziņu maiņa</translation>
    </message>
    <message>
        <source>move to &quot;%1&quot;</source>
        <translation>pārvietošana uz “%1”</translation>
    </message>
    <message>
        <source>copy to &quot;%1&quot;</source>
        <translation>kopēšana uz “%1”</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>dzēšana</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; no longer exists on %2, so the %3 of UID %4 was not done.</source>
        <translation>Mape “%1” serverī %2 vairs nepastāv, tāpēc UID %4 darbība “%3” netika izpildīta.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; on %2 was rebuilt since, so the %3 of UID %4 was not done.</source>
        <translation>Mape “%1” serverī %2 pa to laiku tika izveidota no jauna, tāpēc UID %4 darbība “%3” netika izpildīta.</translation>
    </message>
    <message>
        <source>UID %1 in &quot;%2&quot; no longer exists on %3, so the %4 was not done for it.</source>
        <translation>UID %1 mapē “%2” serverī %3 vairs nepastāv, tāpēc darbība “%4” tam netika izpildīta.</translation>
    </message>
    <message>
        <source>This action cannot be replayed on messages.</source>
        <translation>Šo darbību nevar atkārtot ziņojumiem.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::MessageActions</name>
    <message>
        <source>The folder &quot;%1&quot; is not in the cache; synchronise first.</source>
        <translation>Mapes “%1” nav kešatmiņā; vispirms sinhronizējiet.</translation>
    </message>
    <message>
        <source>No message was chosen.</source>
        <translation>Neviens ziņojums nav izvēlēts.</translation>
    </message>
    <message>
        <source>There is no message with UID %1 in &quot;%2&quot; in the cache.</source>
        <translation>Kešatmiņā mapē “%2” nav ziņojuma ar UID %1.</translation>
    </message>
    <message>
        <source>The messages are already in &quot;%1&quot;.</source>
        <translation>Ziņojumi jau ir mapē “%1”.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::SessionLease</name>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>Savienojums ar serveri tika aizvērts.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::SyncCoordinator</name>
    <message>
        <source>No password is stored for &quot;%1&quot;.</source>
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
    <name>Kestrel::Ui::ConnectionIndicator</name>
    <message>
        <source>No accounts configured</source>
        <translation>Nav iestatītu kontu</translation>
    </message>
    <message>
        <source>not connected yet</source>
        <translation>vēl nav savienots</translation>
    </message>
    <message>
        <source>online</source>
        <translation>tiešsaistē</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>savienojas</translation>
    </message>
    <message>
        <source>offline, will retry</source>
        <translation>bezsaistē, mēģinās vēlreiz</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>bezsaistē</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Bezsaistē</translation>
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
        <source>Ready</source>
        <translation>Gatavs</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n vēstule</numerusform>
            <numerusform>%n vēstules</numerusform>
            <numerusform>%n vēstuļu</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading the message…</source>
        <translation>Lejupielādē ziņojumu…</translation>
    </message>
    <message>
        <source>&amp;Pending Actions…</source>
        <translation>&amp;Gaidošās darbības…</translation>
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
    <name>Kestrel::Ui::NewMailNotifier</name>
    <message numerus="yes">
        <source>Kestrel: %n unread message(s)</source>
        <translation>
            <numerusform>Kestrel: %n nelasīts ziņojums</numerusform>
            <numerusform>Kestrel: %n nelasīti ziņojumi</numerusform>
            <numerusform>Kestrel: %n nelasītu ziņojumu</numerusform>
        </translation>
    </message>
    <message>
        <source>Kestrel</source>
        <translation>Kestrel</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) in %1 (%2)</source>
        <translation>
            <numerusform>%n jauns ziņojums mapē %1 (%2)</numerusform>
            <numerusform>%n jauni ziņojumi mapē %1 (%2)</numerusform>
            <numerusform>%n jaunu ziņojumu mapē %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>No %1: %2</translation>
    </message>
    <message>
        <source>New mail</source>
        <translation>Jauns pasts</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::PendingActionsDialog</name>
    <message>
        <source>Pending Actions</source>
        <translation>Gaidošās darbības</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konts</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stāvoklis</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Izveidota</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Darbība</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Mēģinājumi</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Pēdējā kļūda</translation>
    </message>
    <message>
        <source>Pending actions</source>
        <translation>Gaidošās darbības</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atsvaidzināt</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>gaida</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>atmesta</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Nekas negaida nosūtīšanu.</translation>
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
    <message>
        <source>Part of the message text has not been downloaded yet.</source>
        <translation>Daļa ziņojuma teksta vēl nav lejupielādēta.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::ReaderWidget</name>
    <message>
        <source>Attachments: %1</source>
        <translation>Pielikumi: %1</translation>
    </message>
    <message>
        <source>Link to: %1</source>
        <translation>Saite uz: %1</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::RemoteContentBar</name>
    <message>
        <source>Load once</source>
        <translation>Ielādēt vienreiz</translation>
    </message>
    <message>
        <source>Remote content blocked</source>
        <translation>Ārējais saturs bloķēts</translation>
    </message>
    <message numerus="yes">
        <source>Remote content blocked (%n item(s)) to protect your privacy.</source>
        <translation>
            <numerusform>Ārējais saturs (%n vienums) bloķēts, lai aizsargātu jūsu privātumu.</numerusform>
            <numerusform>Ārējais saturs (%n vienumi) bloķēts, lai aizsargātu jūsu privātumu.</numerusform>
            <numerusform>Ārējais saturs (%n vienumu) bloķēts, lai aizsargātu jūsu privātumu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Always for %1</source>
        <translation>Vienmēr no %1</translation>
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

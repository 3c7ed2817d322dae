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
    <name>Kestrel::App::LaunchArguments</name>
    <message>
        <source>Kestrel does not know what to do with "%1".</source>
        <translation>Kestrel nezina, ko darīt ar “%1”.</translation>
    </message>
    <message>
        <source>Add an account before writing a message.</source>
        <translation>Pirms vēstules rakstīšanas pievienojiet kontu.</translation>
    </message>
</context>
<context>
    <name>Kestrel::AutoconfigXmlParser</name>
    <message>
        <source>The settings file is not valid XML (line %1: %2).</source>
        <translation>Iestatījumu fails nav derīgs XML (%1. rinda: %2).</translation>
    </message>
    <message>
        <source>The settings file is not a mail client configuration.</source>
        <translation>Iestatījumu fails nav e-pasta klienta konfigurācija.</translation>
    </message>
    <message>
        <source>The settings file lists no encrypted IMAP or SMTP server.</source>
        <translation>Iestatījumu failā nav norādīts neviens šifrēts IMAP vai SMTP serveris.</translation>
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
        <source>No account named "%1".</source>
        <translation>Nav konta ar nosaukumu “%1”.</translation>
    </message>
    <message>
        <source>Removed account "%1".</source>
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
        <source>"%1" is not a flag: use seen, flagged, answered, deleted, draft or a keyword without spaces or brackets.</source>
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
        <source>No account named "%1".</source>
        <translation>Nav konta ar nosaukumu “%1”.</translation>
    </message>
    <message>
        <source>No password is stored for "%1".</source>
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
        <source>The folder "%1" is not in the cache; run sync first.</source>
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
    <name>Kestrel::Cli::OutboxCommand</name>
    <message>
        <source>No account named "%1".</source>
        <translation>Nav konta ar nosaukumu “%1”.</translation>
    </message>
    <message>
        <source>%1: %2 sent, %3 left in the outbox</source>
        <translation>%1: nosūtītas %2, izsūtnē atlikušas %3</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Lietošana: %1</translation>
    </message>
    <message>
        <source>No message %1 in the outbox.</source>
        <translation>Izsūtnē nav vēstules %1.</translation>
    </message>
    <message>
        <source>message %1 removed from the outbox</source>
        <translation>vēstule %1 izņemta no izsūtnes</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::PrefetchCommand</name>
    <message>
        <source>Usage: prefetch ACCOUNT [FOLDER] [--days N] [--everything]</source>
        <translation>Lietošana: prefetch KONTS [MAPE] [--days N] [--everything]</translation>
    </message>
    <message>
        <source>No account named "%1".</source>
        <translation>Nav konta ar nosaukumu “%1”.</translation>
    </message>
    <message>
        <source>The folder "%1" is not in the cache; run sync first.</source>
        <translation>Mapes “%1” nav kešatmiņā; vispirms palaidiet sync.</translation>
    </message>
    <message>
        <source>No password is stored for "%1".</source>
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
        <source>No account named "%1".</source>
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
    <message>
        <source>outbox</source>
        <translation>izsūtne</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::ReplayCommand</name>
    <message>
        <source>No password is stored for "%1".</source>
        <translation>Kontam “%1” nav saglabāta parole.</translation>
    </message>
    <message>
        <source>queued, will be sent when %1 is reachable</source>
        <translation>rindā, tiks nosūtīts, kad %1 būs sasniedzams</translation>
    </message>
    <message>
        <source>No account named "%1".</source>
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
        <source>Cannot write "%1": %2</source>
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
        <source>No account named "%1".</source>
        <translation>Nav konta ar nosaukumu “%1”.</translation>
    </message>
    <message>
        <source>The search index could not be brought up to date (%1); messages not yet in it are searched one by one.</source>
        <translation>Meklēšanas indeksu neizdevās atjaunināt (%1); ziņojumi, kuru tajā vēl nav, tiek pārbaudīti pa vienam.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::SendCommand</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>Opcijai %1 nepieciešama vērtība.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nevar nolasīt %1: %2</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Nezināma opcija %1.</translation>
    </message>
    <message>
        <source>--subject and --body-file are required.</source>
        <translation>Nepieciešami --subject un --body-file.</translation>
    </message>
    <message>
        <source>No password is stored for "%1".</source>
        <translation>Kontam “%1” nav saglabāta parole.</translation>
    </message>
    <message>
        <source>message %1: accepted by the server</source>
        <translation>vēstule %1: serveris to pieņēma</translation>
    </message>
    <message>
        <source>message %1: not delivered to %2</source>
        <translation>vēstule %1: nav piegādāta uz %2</translation>
    </message>
    <message>
        <source>message %1: sent and saved in Sent</source>
        <translation>vēstule %1: nosūtīta un saglabāta mapē “Nosūtītās”</translation>
    </message>
    <message>
        <source>It stays in the outbox and is tried again after %1.</source>
        <translation>Tā paliek izsūtnē, un pēc %1 tiks mēģināts vēlreiz.</translation>
    </message>
    <message>
        <source>It stays in the outbox.</source>
        <translation>Tā paliek izsūtnē.</translation>
    </message>
    <message>
        <source>%1: another Kestrel is sending this outbox now; it sends this message too.</source>
        <translation>%1: šo izsūtni pašlaik sūta cits Kestrel; tas nosūtīs arī šo vēstuli.</translation>
    </message>
    <message>
        <source>No account named "%1".</source>
        <translation>Nav konta ar nosaukumu “%1”.</translation>
    </message>
    <message>
        <source>message %1: stored in the outbox</source>
        <translation>vēstule %1: saglabāta izsūtnē</translation>
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
        <source>No account named "%1".</source>
        <translation>Nav konta ar nosaukumu “%1”.</translation>
    </message>
    <message>
        <source>"%1" is not a message UID.</source>
        <translation>“%1” nav ziņojuma UID.</translation>
    </message>
    <message>
        <source>The folder "%1" is not in the cache; run sync first.</source>
        <translation>Mapes “%1” nav kešatmiņā; vispirms palaidiet sync.</translation>
    </message>
    <message>
        <source>There is no message with UID %1 in "%2"; run sync first.</source>
        <translation>Mapē “%2” nav ziņojuma ar UID %1; vispirms palaidiet sync.</translation>
    </message>
    <message>
        <source>No password is stored for "%1".</source>
        <translation>Kontam “%1” nav saglabāta parole.</translation>
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
    <message>
        <source>[The source of the message follows.]</source>
        <translation>[Tālāk seko vēstules pirmkods.]</translation>
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
    <name>Kestrel::Compose::AddressListText</name>
    <message>
        <source>"%1" is not an email address.</source>
        <translation>“%1” nav e-pasta adrese.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Compose::DraftStore</name>
    <message>
        <source>The draft could not be saved: it has no valid name.</source>
        <translation>Melnrakstu nevarēja saglabāt: tam nav derīga nosaukuma.</translation>
    </message>
    <message>
        <source>The drafts folder %1 could not be created.</source>
        <translation>Melnrakstu mapi %1 nevarēja izveidot.</translation>
    </message>
    <message>
        <source>The draft could not be saved to %1: %2</source>
        <translation>Melnrakstu nevarēja saglabāt failā %1: %2</translation>
    </message>
    <message>
        <source>There is no draft named %1.</source>
        <translation>Nav melnraksta ar nosaukumu %1.</translation>
    </message>
    <message>
        <source>The draft %1 could not be read: %2</source>
        <translation>Melnrakstu %1 nevarēja nolasīt: %2</translation>
    </message>
    <message>
        <source>The draft %1 is damaged or from a newer Kestrel; it was left as it is.</source>
        <translation>Melnraksts %1 ir bojāts vai saglabāts ar jaunāku Kestrel versiju; tas atstāts neskarts.</translation>
    </message>
    <message>
        <source>The draft %1 could not be deleted: %2</source>
        <translation>Melnrakstu %1 nevarēja izdzēst: %2</translation>
    </message>
    <message>
        <source>The disk is full, so the draft could not be saved. The version saved before is kept. Free some disk space and save again.</source>
        <translation>Disks ir pilns, tāpēc melnrakstu nevarēja saglabāt. Iepriekš saglabātā versija paliek nemainīta. Atbrīvojiet vietu diskā un saglabājiet vēlreiz.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Compose::MailtoUrl</name>
    <message>
        <source>"%1" is not a mailto: link.</source>
        <translation>“%1” nav mailto: saite.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Compose::QuotedText</name>
    <message>
        <source>%1 wrote:</source>
        <comment>reply attribution without a date; %1 = the author</comment>
        <translation>%1 rakstīja:</translation>
    </message>
    <message>
        <source>On %1, %2 wrote:</source>
        <comment>reply attribution; %1 = date and time, %2 = the author</comment>
        <translation>%1, %2 rakstīja:</translation>
    </message>
</context>
<context>
    <name>Kestrel::Compose::RawMessageFetch</name>
    <message>
        <source>The message to forward is no longer in %1 on the server.</source>
        <translation>Pārsūtāmās vēstules vairs nav mapē %1 serverī.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Compose::RawMessageFetcher</name>
    <message>
        <source>No password is stored for %1.</source>
        <translation>Kontam %1 nav saglabāta parole.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Compose::ReplyTemplate</name>
    <message>
        <source>Unknown sender</source>
        <translation>Nezināms sūtītājs</translation>
    </message>
    <message>
        <source>-------- Forwarded Message --------</source>
        <translation>-------- Pārsūtīta vēstule --------</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Temats: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datums: %1</translation>
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
        <source>Forwarded message</source>
        <comment>file name of a message forwarded as attachment, without .eml</comment>
        <translation>Pārsūtīta vēstule</translation>
    </message>
</context>
<context>
    <name>Kestrel::Compose::ServerDraftSave</name>
    <message>
        <source>%1 has no Drafts folder; the draft is kept on this computer only.</source>
        <translation>%1 nav mapes “Melnraksti”; melnraksts saglabāts tikai šajā datorā.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Compose::ServerDrafts</name>
    <message>
        <source>No password is stored for %1.</source>
        <translation>Kontam %1 nav saglabāta parole.</translation>
    </message>
</context>
<context>
    <name>Kestrel::CredentialStore</name>
    <message>
        <source>The system keychain could not be used: %1</source>
        <translation>Neizdevās izmantot sistēmas paroļu glabātuvi: %1</translation>
    </message>
    <message>
        <source>No keychain service is running on this computer (such as GNOME Keyring or KWallet), so Kestrel cannot store passwords. Passwords you enter are kept in memory until Kestrel quits and are never written to disk.</source>
        <translation>Šajā datorā nedarbojas neviens paroļu glabātuves pakalpojums (piemēram, GNOME Keyring vai KWallet), tāpēc Kestrel nevar saglabāt paroles. Ievadītās paroles tiek glabātas atmiņā, līdz Kestrel tiek aizvērts, un nekad netiek ierakstītas diskā.</translation>
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
    <message>
        <source>All Inboxes</source>
        <translation>Visas iesūtnes</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Izsūtne</translation>
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
    <name>Kestrel::OAuthSignIn</name>
    <message>
        <source>Kestrel is signed in. You may close this page.</source>
        <translation>Kestrel ir pieteicies. Varat aizvērt šo lapu.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Pieteikšanās tika atcelta.</translation>
    </message>
</context>
<context>
    <name>Kestrel::OAuthSignInPanel</name>
    <message>
        <source>Sign in with Microsoft</source>
        <translation>Pieteikties ar Microsoft</translation>
    </message>
    <message>
        <source>Sign in with Google</source>
        <translation>Pieteikties ar Google</translation>
    </message>
    <message>
        <source>Opens the sign-in page in your web browser; no password is stored.</source>
        <translation>Atver pieteikšanās lapu jūsu tīmekļa pārlūkā; parole netiek saglabāta.</translation>
    </message>
    <message>
        <source>Kestrel could not open a web browser. Open this address yourself: %1</source>
        <translation>Kestrel nevarēja atvērt tīmekļa pārlūku. Atveriet šo adresi manuāli: %1</translation>
    </message>
    <message>
        <source>Saving the sign-in in the keychain…</source>
        <translation>Saglabā pieteikšanās datus paroļu glabātuvē…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Pieteikšanās izdevās.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your web browser…</source>
        <translation>Gaida pieteikšanos jūsu tīmekļa pārlūkā…</translation>
    </message>
</context>
<context>
    <name>Kestrel::OAuthTokenBroker</name>
    <message>
        <source>"%1" signs in with OAuth2, but no sign-in is available here. Open the account settings and sign in again.</source>
        <translation>“%1” piesakās ar OAuth2, taču šeit nav pieejami pieteikšanās dati. Atveriet konta iestatījumus un piesakieties vēlreiz.</translation>
    </message>
</context>
<context>
    <name>Kestrel::OAuthTokenSource</name>
    <message>
        <source>The sign-in was being renewed when Kestrel stopped it. Try again.</source>
        <translation>Pieteikšanās tika atjaunota, kad Kestrel to pārtrauca. Mēģiniet vēlreiz.</translation>
    </message>
</context>
<context>
    <name>Kestrel::OutboxListModel</name>
    <message>
        <source>waiting</source>
        <translation>gaida</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nav nosūtīta</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>tiek sūtīta</translation>
    </message>
    <message>
        <source>Send “%1” to %2</source>
        <translation>Sūtīt “%1” adresātiem %2</translation>
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
        <source>Subject</source>
        <translation>Temats</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Saņēmēji</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Mēģinājumi</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Pēdējā kļūda</translation>
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
    <name>Kestrel::Send::Outbox</name>
    <message>
        <source>No password is stored for "%1".</source>
        <translation>Kontam “%1” nav saglabāta parole.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Send::SendErrors</name>
    <message>
        <source>The message has no sender address.</source>
        <translation>Vēstulei nav sūtītāja adreses.</translation>
    </message>
    <message>
        <source>Add at least one recipient in To, Cc or Bcc.</source>
        <translation>Pievienojiet vismaz vienu saņēmēju laukā “Kam”, “Kopija” vai “Diskrētā kopija”.</translation>
    </message>
    <message>
        <source>"%1" is not a valid email address.</source>
        <translation>“%1” nav derīga e-pasta adrese.</translation>
    </message>
    <message>
        <source>The account "%1" has no outgoing (SMTP) server.</source>
        <translation>Kontam “%1” nav izejošā pasta (SMTP) servera.</translation>
    </message>
    <message>
        <source>The message was sent, but not to: %1</source>
        <translation>Vēstule nosūtīta, taču ne šiem adresātiem: %1</translation>
    </message>
    <message>
        <source>Kestrel stopped while the server was receiving this message, so it is not known whether the server accepted it. It was not sent again, to avoid a duplicate; check with a recipient.</source>
        <translation>Kestrel apstājās, kamēr serveris saņēma šo vēstuli, tāpēc nav zināms, vai serveris to pieņēma. Lai izvairītos no dublikāta, tā netika nosūtīta vēlreiz; pārjautājiet kādam saņēmējam.</translation>
    </message>
    <message>
        <source>The account "%1" has no Sent folder, so no copy of the sent message was kept.</source>
        <translation>Kontam “%1” nav mapes “Nosūtītās”, tāpēc nosūtītās vēstules kopija netika saglabāta.</translation>
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
    <name>Kestrel::Sync::AccountReplay</name>
    <message>
        <source>Another Kestrel window or command is sending this account's queued actions.</source>
        <translation>Cits Kestrel logs vai komanda pašlaik sūta šī konta rindā esošās darbības.</translation>
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
    <name>Kestrel::Sync::AttachmentFiles</name>
    <message>
        <source>Cannot write "%1": %2</source>
        <translation>Nevar ierakstīt “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder "%1".</source>
        <translation>Nevar izveidot mapi “%1”.</translation>
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
        <source>%1 did not describe the message's parts.</source>
        <translation>%1 neaprakstīja ziņojuma daļas.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::ContentFetchCoordinator</name>
    <message>
        <source>No password is stored for "%1".</source>
        <translation>Kontam “%1” nav saglabāta parole.</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>Lejupielāde tika atcelta.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::FolderActions</name>
    <message>
        <source>A folder needs a name.</source>
        <translation>Mapei vajadzīgs nosaukums.</translation>
    </message>
    <message>
        <source>There is already a folder "%1".</source>
        <translation>Mape “%1” jau pastāv.</translation>
    </message>
    <message>
        <source>The folder "%1" is not in the cache; synchronise first.</source>
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
        <source>The folder "%1" was recreated on the server; synchronise it first.</source>
        <translation>Mape “%1” serverī tika izveidota no jauna; vispirms to sinhronizējiet.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::FolderWatcher</name>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 aizvēra savienojumu.</translation>
    </message>
    <message>
        <source>New mail in “%1” cannot be watched: %2</source>
        <translation>Jaunu pastu mapē “%1” nevar uzraudzīt: %2</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::MessageActionRun</name>
    <message>
        <source>flag change</source>
        <translation>karodziņu maiņa</translation>
    </message>
    <message>
        <source>move to "%1"</source>
        <translation>pārvietošana uz “%1”</translation>
    </message>
    <message>
        <source>copy to "%1"</source>
        <translation>kopēšana uz “%1”</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>dzēšana</translation>
    </message>
    <message>
        <source>The folder "%1" no longer exists on %2, so the %3 of UID %4 was not done.</source>
        <translation>Mape “%1” serverī %2 vairs nepastāv, tāpēc UID %4 darbība “%3” netika izpildīta.</translation>
    </message>
    <message>
        <source>The folder "%1" on %2 was rebuilt since, so the %3 of UID %4 was not done.</source>
        <translation>Mape “%1” serverī %2 pa to laiku tika izveidota no jauna, tāpēc UID %4 darbība “%3” netika izpildīta.</translation>
    </message>
    <message>
        <source>UID %1 in "%2" no longer exists on %3, so the %4 was not done for it.</source>
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
        <source>The folder "%1" is not in the cache; synchronise first.</source>
        <translation>Mapes “%1” nav kešatmiņā; vispirms sinhronizējiet.</translation>
    </message>
    <message>
        <source>No message was chosen.</source>
        <translation>Neviens ziņojums nav izvēlēts.</translation>
    </message>
    <message>
        <source>There is no message with UID %1 in "%2" in the cache.</source>
        <translation>Kešatmiņā mapē “%2” nav ziņojuma ar UID %1.</translation>
    </message>
    <message>
        <source>The messages are already in "%1".</source>
        <translation>Ziņojumi jau ir mapē “%1”.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::ReadingJob</name>
    <message>
        <source>The download was cancelled.</source>
        <translation>Lejupielāde tika atcelta.</translation>
    </message>
    <message>
        <source>The message is no longer in the cache.</source>
        <translation>Ziņojuma vairs nav kešatmiņā.</translation>
    </message>
    <message>
        <source>The message's parts are not known yet; open the message first.</source>
        <translation>Ziņojuma daļas vēl nav zināmas; vispirms atveriet ziņojumu.</translation>
    </message>
    <message>
        <source>The message has no attachment number %1.</source>
        <translation>Ziņojumam nav pielikuma ar numuru %1.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::ReadingOutput</name>
    <message>
        <source>The part is no longer in the cache; try again.</source>
        <translation>Šīs daļas vairs nav kešatmiņā; mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>The folder "%1" does not exist.</source>
        <translation>Mape “%1” nepastāv.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::SectionFetch</name>
    <message>
        <source>The message is no longer on the server.</source>
        <translation>Ziņojuma vairs nav serverī.</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>Lejupielāde tika atcelta.</translation>
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
    <name>Kestrel::Ui::AccessibilitySetup</name>
    <message>
        <source>Folders</source>
        <translation>Mapes</translation>
    </message>
    <message>
        <source>The folders of every account; the chosen folder's messages are listed beside it.</source>
        <translation>Visu kontu mapes; izvēlētās mapes vēstules ir uzskaitītas blakus.</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Filtra teksts</translation>
    </message>
    <message>
        <source>Shows only messages whose sender or subject contain this text.</source>
        <translation>Rāda tikai tās vēstules, kuru sūtītājā vai tematā ir šis teksts.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Vēstules</translation>
    </message>
    <message>
        <source>The messages of the chosen folder. R replies, Delete deletes, M marks read or unread.</source>
        <translation>Izvēlētās mapes vēstules. R — atbildēt, Delete — dzēst, M — atzīmēt kā lasītu vai nelasītu.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Vēstule</translation>
    </message>
    <message>
        <source>The text of the chosen message. Space reads on to the next unread message.</source>
        <translation>Izvēlētās vēstules teksts. Ar atstarpes taustiņu turpina lasīt nākamo nelasīto vēstuli.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>No</translation>
    </message>
    <message>
        <source>The identity the message is sent from.</source>
        <translation>Identitāte, no kuras vēstule tiek sūtīta.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kam</translation>
    </message>
    <message>
        <source>Recipients, separated by commas.</source>
        <translation>Saņēmēji, atdalīti ar komatiem.</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Kopija</translation>
    </message>
    <message>
        <source>Recipients who receive a copy, separated by commas.</source>
        <translation>Saņēmēji, kas saņem kopiju, atdalīti ar komatiem.</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Diskrētā kopija</translation>
    </message>
    <message>
        <source>Recipients who receive a copy without the others seeing them.</source>
        <translation>Saņēmēji, kas saņem kopiju tā, ka citi to neredz.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temats</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pielikumi</translation>
    </message>
    <message>
        <source>Files sent with the message.</source>
        <translation>Ar vēstuli sūtītie faili.</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Vēstules teksts</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::AccountListDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Pievienot…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediģēt…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Noņemt…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Atspējot</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Uz augšu</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Uz &amp;leju</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konti</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (atspējots)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Iespējot</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Noņemt kontu</translation>
    </message>
    <message>
        <source>Remove the account "%1"?</source>
        <translation>Noņemt kontu “%1”?</translation>
    </message>
    <message>
        <source>Its mail stored on this computer and its saved password are deleted. The mail on the server is not touched.</source>
        <translation>Šajā datorā saglabātais konta pasts un saglabātā parole tiks izdzēsti. Pasts serverī netiks skarts.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::AccountOptionsForm</name>
    <message>
        <source>All mail</source>
        <translation>Viss pasts</translation>
    </message>
    <message>
        <source>the last </source>
        <translation>pēdējās </translation>
    </message>
    <message>
        <source> days</source>
        <translation> dienas</translation>
    </message>
    <message>
        <source>Older mail stays on the server but is not kept on this computer.</source>
        <translation>Vecākais pasts paliek serverī, bet netiek glabāts šajā datorā.</translation>
    </message>
    <message>
        <source>New mail in the checked folders shows up at once (IDLE); each uses a connection of its own.</source>
        <translation>Jauns pasts atzīmētajās mapēs parādās uzreiz (IDLE); katra mape izmanto savu savienojumu.</translation>
    </message>
    <message>
        <source>&amp;Synchronise:</source>
        <translation>&amp;Sinhronizēt:</translation>
    </message>
    <message>
        <source>&amp;Watch for new mail in:</source>
        <translation>&amp;Uzraudzīt jaunu pastu mapēs:</translation>
    </message>
    <message>
        <source>Sen&amp;t messages:</source>
        <translation>&amp;Nosūtītās vēstules:</translation>
    </message>
    <message>
        <source>&amp;Drafts:</source>
        <translation>&amp;Melnraksti:</translation>
    </message>
    <message>
        <source>De&amp;leted messages:</source>
        <translation>&amp;Dzēstās vēstules:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automātiski</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::AccountSettingsForm</name>
    <message>
        <source>Nothing</source>
        <translation>Neko</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Vēstuļu tekstu</translation>
    </message>
    <message>
        <source>Text and attachments</source>
        <translation>Tekstu un pielikumus</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dienām</translation>
    </message>
    <message>
        <source>of the last </source>
        <translation>no pēdējām </translation>
    </message>
    <message>
        <source>Sent to the servers exactly as typed, e.g. user@example.org\shared for a shared mailbox.</source>
        <translation>Tiek nosūtīts serveriem tieši tā, kā ierakstīts, piem., user@example.org\shared koplietojamai pastkastei.</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>Konta &amp;nosaukums:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-pasta adrese:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Lietotājvārds:</translation>
    </message>
    <message>
        <source>&amp;Incoming (IMAP):</source>
        <translation>&amp;Ienākošais (IMAP):</translation>
    </message>
    <message>
        <source>&amp;Outgoing (SMTP):</source>
        <translation>I&amp;zejošais (SMTP):</translation>
    </message>
    <message>
        <source>Keep for &amp;offline reading:</source>
        <translation>Saglabāt lasīšanai &amp;bezsaistē:</translation>
    </message>
    <message>
        <source>Enter the email address, e.g. ann@example.org.</source>
        <translation>Ievadiet e-pasta adresi, piem., ann@example.org.</translation>
    </message>
    <message>
        <source>Enter the user name the servers expect.</source>
        <translation>Ievadiet lietotājvārdu, ko sagaida serveri.</translation>
    </message>
    <message>
        <source>Enter the incoming (IMAP) server.</source>
        <translation>Ievadiet ienākošā pasta (IMAP) serveri.</translation>
    </message>
    <message>
        <source>Enter the outgoing (SMTP) server.</source>
        <translation>Ievadiet izejošā pasta (SMTP) serveri.</translation>
    </message>
    <message>
        <source>Ser&amp;vers</source>
        <translation>&amp;Serveri</translation>
    </message>
    <message>
        <source>O&amp;ptions</source>
        <translation>&amp;Opcijas</translation>
    </message>
    <message>
        <source>Identities and &amp;Signatures</source>
        <translation>Identitātes un &amp;paraksti</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::AccountWizard</name>
    <message>
        <source>Add Account</source>
        <translation>Pievienot kontu</translation>
    </message>
    <message>
        <source>Ann Lee</source>
        <translation>Anna Lī</translation>
    </message>
    <message>
        <source>ann@example.org</source>
        <translation>ann@example.org</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Turpināt</translation>
    </message>
    <message>
        <source>Set up &amp;manually</source>
        <translation>Iestatīt &amp;manuāli</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Jūsu &amp;vārds:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-pasta adrese:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parole:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atpakaļ</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Pār&amp;baudīt savienojumu</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Pabeigt</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Rediģēt kontu</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Nemainīta</translation>
    </message>
    <message>
        <source>Enter the whole address, e.g. ann@example.org.</source>
        <translation>Ievadiet pilnu adresi, piem., ann@example.org.</translation>
    </message>
    <message>
        <source>Enter the settings your provider gives.</source>
        <translation>Ievadiet pakalpojumu sniedzēja norādītos iestatījumus.</translation>
    </message>
    <message>
        <source>Looking for the settings of %1…</source>
        <translation>Meklē %1 iestatījumus…</translation>
    </message>
    <message>
        <source>No settings were found for this address. Enter the ones your provider gives.</source>
        <translation>Šai adresei iestatījumi netika atrasti. Ievadiet pakalpojumu sniedzēja norādītos.</translation>
    </message>
    <message>
        <source>Settings were found, but you have already changed the form; it is left as you typed it.</source>
        <translation>Iestatījumi tika atrasti, taču jūs jau mainījāt veidlapu; tā atstāta, kā ievadījāt.</translation>
    </message>
    <message>
        <source>incoming server: %1</source>
        <translation>ienākošā pasta serveris: %1</translation>
    </message>
    <message>
        <source>outgoing server: %1</source>
        <translation>izejošā pasta serveris: %1</translation>
    </message>
    <message>
        <source>Found (%1). Every value can be changed.</source>
        <translation>Atrasts (%1). Jebkuru vērtību var mainīt.</translation>
    </message>
    <message>
        <source>built-in settings</source>
        <translation>iebūvētie iestatījumi</translation>
    </message>
    <message>
        <source>the provider's configuration file</source>
        <translation>pakalpojumu sniedzēja konfigurācijas fails</translation>
    </message>
    <message>
        <source>DNS SRV records</source>
        <translation>DNS SRV ieraksti</translation>
    </message>
    <message>
        <source>a server that answered</source>
        <translation>serveris, kas atbildēja</translation>
    </message>
    <message>
        <source>Enter the password (on the first page) to test the connection.</source>
        <translation>Lai pārbaudītu savienojumu, ievadiet paroli (pirmajā lappusē).</translation>
    </message>
    <message>
        <source>Incoming: connecting…</source>
        <translation>Ienākošais: savienojas…</translation>
    </message>
    <message>
        <source>Outgoing: connecting…</source>
        <translation>Izejošais: savienojas…</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Ienākošais</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Izejošais</translation>
    </message>
    <message>
        <source>%1: logged in (%2).</source>
        <translation>%1: pieteikšanās izdevās (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Enter the password on the first page; it is kept in the system keychain.</source>
        <translation>Ievadiet paroli pirmajā lappusē; tā tiek glabāta sistēmas paroļu glabātuvē.</translation>
    </message>
    <message>
        <source>The sign-in did not work: %1</source>
        <translation>Pieteikties neizdevās: %1</translation>
    </message>
    <message>
        <source>Signed in: no password is needed for this account.</source>
        <translation>Pieteikšanās veikta: šim kontam parole nav vajadzīga.</translation>
    </message>
    <message>
        <source>Sign in on the first page, or enter the password there; it is kept in the system keychain.</source>
        <translation>Piesakieties pirmajā lapā vai ievadiet tur paroli; tā tiek glabāta sistēmas atslēgu glabātuvē.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::AttachedMessageWindow</name>
    <message>
        <source>(no subject)</source>
        <translation>(bez temata)</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::AttachmentList</name>
    <message>
        <source>Attach…</source>
        <translation>Pievienot…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Pievienot failus</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 nav fails.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 nevarēja nolasīt: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>attachment: file name (size)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::AttachmentPanel</name>
    <message>
        <source>Attachments</source>
        <translation>Pielikumi</translation>
    </message>
    <message>
        <source>Save All…</source>
        <translation>Saglabāt visus…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atvērt</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Saglabāt kā…</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::CertificatePrompt</name>
    <message>
        <source>Certificate of %1</source>
        <translation>%1 sertifikāts</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified. Trust it only if you know it is your provider's, e.g. by comparing the fingerprint with theirs.</source>
        <translation>%1 sertifikātu nevarēja pārbaudīt. Uzticieties tam tikai tad, ja zināt, ka tas pieder jūsu pakalpojumu sniedzējam, piemēram, salīdzinot tā nospiedumu ar sniedzēja publicēto.</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for %1</source>
        <translation>&amp;Uzticēties šim %1 sertifikātam</translation>
    </message>
    <message>
        <source>&amp;Do not trust</source>
        <translation>&amp;Neuzticēties</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subjekts: %1</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organizācija: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Izdevējs: %1</translation>
    </message>
    <message>
        <source>Valid from: %1</source>
        <translation>Derīgs no: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Derīgs līdz: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 nospiedums: %1</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problēmas:</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::ComposerLauncher</name>
    <message>
        <source>Sending is not available in this window.</source>
        <translation>Sūtīšana šajā logā nav pieejama.</translation>
    </message>
    <message>
        <source>Add an account before writing a message.</source>
        <translation>Pirms vēstules rakstīšanas pievienojiet kontu.</translation>
    </message>
    <message>
        <source>Select a message first.</source>
        <translation>Vispirms izvēlieties vēstuli.</translation>
    </message>
    <message>
        <source>The original's text is not downloaded yet, so it is not quoted in full.</source>
        <translation>Oriģinālās vēstules teksts vēl nav lejupielādēts, tāpēc tas nav citēts pilnībā.</translation>
    </message>
    <message>
        <source>The message to forward is not downloaded, and this window cannot fetch it.</source>
        <translation>Pārsūtāmā vēstule nav lejupielādēta, un šis logs to nevar iegūt.</translation>
    </message>
    <message>
        <source>Fetching the message to forward…</source>
        <translation>Iegūst pārsūtāmo vēstuli…</translation>
    </message>
    <message>
        <source>The server sent an empty message to forward.</source>
        <translation>Serveris atsūtīja tukšu pārsūtāmo vēstuli.</translation>
    </message>
    <message>
        <source>Only messages of a Drafts folder can be edited.</source>
        <translation>Rediģēt var tikai mapes “Melnraksti” vēstules.</translation>
    </message>
    <message>
        <source>The draft is not downloaded, and this window cannot fetch it.</source>
        <translation>Melnraksts nav lejupielādēts, un šis logs to nevar iegūt.</translation>
    </message>
    <message>
        <source>The server sent an empty draft.</source>
        <translation>Serveris atsūtīja tukšu melnrakstu.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::ComposerWindow</name>
    <message>
        <source>New Message</source>
        <translation>Jauna vēstule</translation>
    </message>
    <message>
        <source>Draft saved on this computer.</source>
        <translation>Melnraksts saglabāts šajā datorā.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;No:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Kam:</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>Kop&amp;ija:</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>&amp;Diskrētā kopija:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Temats:</translation>
    </message>
    <message>
        <source>Name &lt;address@example.org&gt;, …</source>
        <translation>Vārds &lt;address@example.org&gt;, …</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Vēstule</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Sūtīt</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>Saglabāt &amp;melnrakstu</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Pievienot…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>identity (account)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation>Pievienojiet vismaz vienu saņēmēju.</translation>
    </message>
    <message>
        <source>There is no account to send from.</source>
        <translation>Nav konta, no kura sūtīt.</translation>
    </message>
    <message>
        <source>Attachments are still being read; try again in a moment.</source>
        <translation>Pielikumi vēl tiek nolasīti; pēc brīža mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sūta…</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>Vēstule netika nosūtīta: %1</translation>
    </message>
    <message>
        <source>Saving the draft to the server…</source>
        <translation>Saglabā melnrakstu serverī…</translation>
    </message>
    <message>
        <source>Draft saved to the server's %1 folder.</source>
        <translation>Melnraksts saglabāts servera mapē %1.</translation>
    </message>
    <message>
        <source>The draft is saved on this computer but not on the server: %1</source>
        <translation>Melnraksts saglabāts šajā datorā, bet ne serverī: %1</translation>
    </message>
    <message>
        <source>Save Draft?</source>
        <translation>Saglabāt melnrakstu?</translation>
    </message>
    <message>
        <source>This message has changes that are not saved as a draft.</source>
        <translation>Šajā vēstulē ir izmaiņas, kas nav saglabātas kā melnraksts.</translation>
    </message>
    <message>
        <source>Kestrel</source>
        <translation>Kestrel</translation>
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
    <name>Kestrel::Ui::FolderCommands</name>
    <message>
        <source>A folder needs a name.</source>
        <translation>Mapei vajadzīgs nosaukums.</translation>
    </message>
    <message>
        <source>A folder name cannot contain “%1”: the server uses it to separate folder levels.</source>
        <translation>Mapes nosaukumā nedrīkst būt “%1”: serveris to izmanto mapju līmeņu atdalīšanai.</translation>
    </message>
    <message>
        <source>A folder name cannot contain “*” or “%”.</source>
        <translation>Mapes nosaukumā nedrīkst būt “*” vai “%”.</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Jauna mape</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Jaunās mapes nosaukums:</translation>
    </message>
    <message>
        <source>Name of the new folder in “%1”:</source>
        <translation>Jaunās mapes nosaukums mapē “%1”:</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>Pārdēvēt mapi</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Jaunais nosaukums mapei “%1”:</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Dzēst mapi</translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder “%1” and the %n message(s) in it? This cannot be undone.</source>
        <translation>
            <numerusform>Dzēst mapi “%1” un tajā esošo %n vēstuli? To nevar atsaukt.</numerusform>
            <numerusform>Dzēst mapi “%1” un tajā esošās %n vēstules? To nevar atsaukt.</numerusform>
            <numerusform>Dzēst mapi “%1” un tajā esošās %n vēstules? To nevar atsaukt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::IdentitiesEditor</name>
    <message>
        <source>&amp;Add Identity</source>
        <translation>&amp;Pievienot identitāti</translation>
    </message>
    <message>
        <source>&amp;Remove Identity</source>
        <translation>&amp;Noņemt identitāti</translation>
    </message>
    <message>
        <source>Added below the "-- " line of new messages from this address.</source>
        <translation>Tiek pievienots zem rindas “-- ” jaunās vēstulēs no šīs adreses.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Vārds:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>&amp;Adrese:</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>Pa&amp;raksts:</translation>
    </message>
    <message>
        <source>(no address yet)</source>
        <translation>(vēl nav adreses)</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::LocalDraftsDialog</name>
    <message>
        <source>Drafts</source>
        <translation>Melnraksti</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Atvērt</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez temata)</translation>
    </message>
    <message>
        <source>%1 — saved %2</source>
        <translation>%1 — saglabāts %2</translation>
    </message>
    <message>
        <source>No drafts are kept on this computer.</source>
        <translation>Šajā datorā nav saglabātu melnrakstu.</translation>
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
    <message>
        <source>No more unread messages in this list.</source>
        <translation>Šajā sarakstā vairs nav nelasītu vēstuļu.</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Iet</translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation>&amp;Mape</translation>
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
    <message>
        <source>&amp;Quick Filter</source>
        <translation>&amp;Ātrais filtrs</translation>
    </message>
    <message>
        <source>&amp;Next Unread Message</source>
        <translation>&amp;Nākamā nelasītā vēstule</translation>
    </message>
    <message>
        <source>Read &amp;On</source>
        <translation>Lasīt &amp;tālāk</translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation>&amp;Jauna mape…</translation>
    </message>
    <message>
        <source>&amp;Rename Folder…</source>
        <translation>&amp;Pārdēvēt mapi…</translation>
    </message>
    <message>
        <source>&amp;Delete Folder…</source>
        <translation>&amp;Dzēst mapi…</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;Abonēt</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe</source>
        <translation>Atcel&amp;t abonēšanu</translation>
    </message>
    <message>
        <source>&amp;Mark Folder Read</source>
        <translation>Atzīmēt mapi kā &amp;lasītu</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konti…</translation>
    </message>
    <message>
        <source>&amp;Drafts…</source>
        <translation>&amp;Melnraksti…</translation>
    </message>
    <message>
        <source>Forward as A&amp;ttachment</source>
        <translation>Pārsūtīt kā &amp;pielikumu</translation>
    </message>
    <message>
        <source>&amp;Edit Draft</source>
        <translation>&amp;Rediģēt melnrakstu</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Iesta&amp;tījumi…</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::MessageDelegate</name>
    <message numerus="yes">
        <source>%1 (%n message(s))</source>
        <translation>
            <numerusform>%1 (%n vēstule)</numerusform>
            <numerusform>%1 (%n vēstules)</numerusform>
            <numerusform>%1 (%n vēstuļu)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::MessageListPane</name>
    <message>
        <source>Messages</source>
        <translation>Vēstules</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::MessageSourceWindow</name>
    <message>
        <source>Source of "%1"</source>
        <translation>Pirmkods: “%1”</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez temata)</translation>
    </message>
    <message numerus="yes">
        <source>[%n more byte(s) not shown]</source>
        <translation>
            <numerusform>[vēl %n baits netiek rādīts]</numerusform>
            <numerusform>[vēl %n baiti netiek rādīti]</numerusform>
            <numerusform>[vēl %n baitu netiek rādīts]</numerusform>
        </translation>
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
    <name>Kestrel::Ui::OutboxPane</name>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Nekas negaida nosūtīšanu.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Izsūtne</translation>
    </message>
    <message>
        <source>Send &amp;Now</source>
        <translation>Sūtīt &amp;tūlīt</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediģēt</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Dzēst…</translation>
    </message>
    <message>
        <source>The account of this message no longer exists; edit or delete it.</source>
        <translation>Šīs vēstules konts vairs nepastāv; rediģējiet vai izdzēsiet to.</translation>
    </message>
    <message>
        <source>Sending “%1”…</source>
        <translation>Sūta “%1”…</translation>
    </message>
    <message>
        <source>Delete Message</source>
        <translation>Dzēst vēstuli</translation>
    </message>
    <message>
        <source>Delete “%1” from the outbox? It will not be sent.</source>
        <translation>Dzēst “%1” no izsūtnes? Tā netiks nosūtīta.</translation>
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
    <name>Kestrel::Ui::ProtocolLogWindow</name>
    <message>
        <source>Follow new lines</source>
        <translation>Sekot jaunām rindām</translation>
    </message>
    <message>
        <source>Protocol Log</source>
        <translation>Protokola žurnāls</translation>
    </message>
    <message>
        <source>The protocol log is not being recorded.</source>
        <translation>Protokola žurnāls netiek ierakstīts.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Notīrīt</translation>
    </message>
    <message>
        <source>Protocol &amp;Log</source>
        <translation>Protokola &amp;žurnāls</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::QuickFilterBar</name>
    <message>
        <source>Unread</source>
        <translation>Nelasītās</translation>
    </message>
    <message>
        <source>Show only unread messages</source>
        <translation>Rādīt tikai nelasītās vēstules</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Ar karodziņu</translation>
    </message>
    <message>
        <source>Show only flagged messages</source>
        <translation>Rādīt tikai vēstules ar karodziņu</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pielikums</translation>
    </message>
    <message>
        <source>Show only messages with attachments</source>
        <translation>Rādīt tikai vēstules ar pielikumiem</translation>
    </message>
    <message>
        <source>Filter these messages…</source>
        <translation>Filtrēt šīs vēstules…</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Filtra teksts</translation>
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
    <name>Kestrel::Ui::ReaderTasks</name>
    <message>
        <source>Saving %1…</source>
        <translation>Saglabā %1…</translation>
    </message>
    <message>
        <source>Saving the attachments…</source>
        <translation>Saglabā pielikumus…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Atver %1…</translation>
    </message>
    <message>
        <source>Opening the attached message…</source>
        <translation>Atver pievienoto vēstuli…</translation>
    </message>
    <message>
        <source>Downloading the message source…</source>
        <translation>Lejupielādē vēstules pirmkodu…</translation>
    </message>
    <message>
        <source>This message's account is not available.</source>
        <translation>Šīs vēstules konts nav pieejams.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Atcelts.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s).</source>
        <translation>
            <numerusform>Saglabāts %n fails.</numerusform>
            <numerusform>Saglabāti %n faili.</numerusform>
            <numerusform>Saglabāti %n failu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::ReaderWidget</name>
    <message>
        <source>Link to: %1</source>
        <translation>Saite uz: %1</translation>
    </message>
    <message>
        <source>View &amp;Source</source>
        <translation>Skatīt &amp;pirmkodu</translation>
    </message>
    <message>
        <source>Save &amp;All Attachments…</source>
        <translation>Saglabāt &amp;visus pielikumus…</translation>
    </message>
    <message>
        <source>"%1" is a program or script; it is not opened from mail. Use Save As to keep it.</source>
        <translation>“%1” ir programma vai skripts; no pasta tas netiek atvērts. Lai to saglabātu, izmantojiet “Saglabāt kā”.</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Saglabāt pielikumu</translation>
    </message>
    <message>
        <source>Save All Attachments</source>
        <translation>Saglabāt visus pielikumus</translation>
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
    <name>Kestrel::Ui::SendCertificateHandler</name>
    <message>
        <source>%1 cannot send: the certificate of %2 is not trusted.</source>
        <translation>%1 nevar nosūtīt: %2 sertifikāts nav uzticams.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::ServerSettingsEditor</name>
    <message>
        <source>imap.example.org</source>
        <translation>imap.example.org</translation>
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation>smtp.example.org</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Nav (nešifrēts)</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::SessionPasswordHandler</name>
    <message>
        <source>%1 is offline: no password for this session.</source>
        <translation>%1 ir bezsaistē: šai sesijai nav paroles.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::SessionPasswordPrompt</name>
    <message>
        <source>Password for %1</source>
        <translation>Parole kontam %1</translation>
    </message>
    <message>
        <source>Password for %1 (%2):</source>
        <translation>Parole kontam %1 (%2):</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Iestatījumu lapas</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Vispārīgi</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>&amp;Lasīšana</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>&amp;Konti</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Sistēmas noklusējums</translation>
    </message>
    <message>
        <source>English</source>
        <comment>language name in English; keep as is</comment>
        <translation>English</translation>
    </message>
    <message>
        <source>Русский</source>
        <comment>language name in Russian; keep as is</comment>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Latviešu</source>
        <comment>language name in Latvian; keep as is</comment>
        <translation>Latviešu</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Valoda:</translation>
    </message>
    <message>
        <source>A new language takes effect when Kestrel is restarted.</source>
        <translation>Jaunā valoda stāsies spēkā pēc Kestrel restartēšanas.</translation>
    </message>
    <message>
        <source>Show a &amp;notification when new mail arrives</source>
        <translation>Rādīt &amp;paziņojumu, kad pienāk jauns pasts</translation>
    </message>
    <message>
        <source>&amp;Mark messages read when shown in the reader</source>
        <translation>&amp;Atzīmēt vēstules kā lasītas, kad tās parādītas lasīšanas rūtī</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;Pēc:</translation>
    </message>
    <message>
        <source>Load &amp;remote content in every message (not recommended)</source>
        <translation>Ielādēt ā&amp;rējo saturu visās vēstulēs (nav ieteicams)</translation>
    </message>
    <message>
        <source>Remote images tell the sender when and where you read a message. When off, each message asks, and you can allow a sender for good.</source>
        <translation>Ārējie attēli ziņo sūtītājam, kad un kur jūs lasāt vēstuli. Ja šī opcija ir izslēgta, katrā vēstulē tiek jautāts, un sūtītāju var atļaut pastāvīgi.</translation>
    </message>
    <message>
        <source>&amp;Default account:</source>
        <translation>&amp;Noklusējuma konts:</translation>
    </message>
    <message>
        <source>New messages and mailto: links are written from this account. Its offline reading is set below.</source>
        <translation>Jaunas vēstules un mailto: saites tiek rakstītas no šī konta. Tā lasīšana bezsaistē ir iestatīta tālāk.</translation>
    </message>
    <message>
        <source>Nothing (download when opened)</source>
        <translation>Neko (lejupielādēt atverot)</translation>
    </message>
    <message>
        <source>Text of recent messages</source>
        <translation>Neseno vēstuļu tekstu</translation>
    </message>
    <message>
        <source>Recent messages with attachments</source>
        <translation>Nesenās vēstules ar pielikumiem</translation>
    </message>
    <message>
        <source>&amp;Keep for offline reading:</source>
        <translation>Saglabāt lasīšanai &amp;bezsaistē:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dienas</translation>
    </message>
    <message>
        <source>&amp;Recent means the last:</source>
        <translation>Par &amp;nesenām uzskatīt pēdējās:</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::SyncCertificateHandler</name>
    <message>
        <source>%1 is offline: the certificate of %2 is not trusted.</source>
        <translation>%1 ir bezsaistē: %2 sertifikāts nav uzticams.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::TaskProgressBar</name>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
</context>
<context>
    <name>OAuthErrors</name>
    <message>
        <source>The sign-in with %1 has expired or was withdrawn. Please sign in again.</source>
        <translation>Pieteikšanās ar %1 ir novecojusi vai atsaukta. Lūdzu, piesakieties vēlreiz.</translation>
    </message>
    <message>
        <source>The account %1 is set to sign in with OAuth2, but has no provider set up.</source>
        <translation>Konts %1 ir iestatīts pieteikties ar OAuth2, taču tam nav iestatīts pakalpojumu sniedzējs.</translation>
    </message>
    <message>
        <source>%1 refused to issue a token: %2</source>
        <translation>%1 atteicās izsniegt piekļuves marķieri: %2</translation>
    </message>
    <message>
        <source>Kestrel could not reach %1 to sign in.</source>
        <translation>Kestrel nevarēja sazināties ar %1, lai pieteiktos.</translation>
    </message>
    <message>
        <source>%1 answered the sign-in with something Kestrel cannot use.</source>
        <translation>%1 uz pieteikšanos atbildēja ar datiem, ko Kestrel nevar izmantot.</translation>
    </message>
    <message>
        <source>%1 did not grant access: %2</source>
        <translation>%1 nepiešķīra piekļuvi: %2</translation>
    </message>
    <message>
        <source>Kestrel could not wait for the browser's answer on this computer.</source>
        <translation>Kestrel šajā datorā nevarēja sagaidīt pārlūka atbildi.</translation>
    </message>
    <message>
        <source>The sign-in with %1 did not finish in time.</source>
        <translation>Pieteikšanās ar %1 netika pabeigta laikā.</translation>
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
    <message>
        <source>Links opened elsewhere will start another Kestrel: %1</source>
        <translation>Citur atvērtās saites palaidīs vēl vienu Kestrel: %1</translation>
    </message>
</context>
</TS>
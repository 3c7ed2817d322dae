<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Kestrel::AccountRepository</name>
    <message>
        <source>Cannot read the account settings in %1.</source>
        <translation>Не удаётся прочитать настройки учётных записей в %1.</translation>
    </message>
    <message>
        <source>The account settings in %1 are damaged.</source>
        <translation>Настройки учётных записей в %1 повреждены.</translation>
    </message>
    <message>
        <source>The account settings in %1 were written by a newer Kestrel.</source>
        <translation>Настройки учётных записей в %1 записаны более новой версией Kestrel.</translation>
    </message>
    <message>
        <source>Cannot save the account settings in %1.</source>
        <translation>Не удаётся сохранить настройки учётных записей в %1.</translation>
    </message>
</context>
<context>
    <name>Kestrel::App::LaunchArguments</name>
    <message>
        <source>Kestrel does not know what to do with "%1".</source>
        <translation>Kestrel не знает, что делать с «%1».</translation>
    </message>
    <message>
        <source>Add an account before writing a message.</source>
        <translation>Прежде чем писать письмо, добавьте учётную запись.</translation>
    </message>
</context>
<context>
    <name>Kestrel::AutoconfigXmlParser</name>
    <message>
        <source>The settings file is not valid XML (line %1: %2).</source>
        <translation>Файл настроек не является корректным XML (строка %1: %2).</translation>
    </message>
    <message>
        <source>The settings file is not a mail client configuration.</source>
        <translation>Файл настроек не является конфигурацией почтового клиента.</translation>
    </message>
    <message>
        <source>The settings file lists no encrypted IMAP or SMTP server.</source>
        <translation>В файле настроек нет ни одного сервера IMAP или SMTP с шифрованием.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::AccountAddCommand</name>
    <message>
        <source>--name and --email are required.</source>
        <translation>Нужны --name и --email.</translation>
    </message>
    <message>
        <source>An account named "%1" already exists.</source>
        <translation>Учётная запись «%1» уже существует.</translation>
    </message>
    <message>
        <source>Added account "%1" (%2).</source>
        <translation>Добавлена учётная запись «%1» (%2).</translation>
    </message>
    <message>
        <source>--%1-host, --%1-port and --%1-security (tls, starttls or none) are required.</source>
        <translation>Нужны --%1-host, --%1-port и --%1-security (tls, starttls или none).</translation>
    </message>
    <message>
        <source>--prefetch is none, text or everything.</source>
        <translation>--prefetch принимает значения none, text или everything.</translation>
    </message>
    <message>
        <source>--prefetch-days is a number of days, at least 1.</source>
        <translation>--prefetch-days — число дней, не меньше 1.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::AccountRemoveCommand</name>
    <message>
        <source>No account named "%1".</source>
        <translation>Нет учётной записи «%1».</translation>
    </message>
    <message>
        <source>Removed account "%1".</source>
        <translation>Учётная запись «%1» удалена.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::DeleteCommand</name>
    <message>
        <source>Deleted UID %1 in %2.</source>
        <translation>UID %1 в %2 удалён.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::FlagCommand</name>
    <message>
        <source>"%1" is not a flag: use seen, flagged, answered, deleted, draft or a keyword without spaces or brackets.</source>
        <translation>«%1» — не флаг: используйте seen, flagged, answered, deleted, draft или ключевое слово без пробелов и скобок.</translation>
    </message>
    <message>
        <source>Cleared %1 on UID %2 in %3.</source>
        <translation>Флаг %1 снят с UID %2 в %3.</translation>
    </message>
    <message>
        <source>Set %1 on UID %2 in %3.</source>
        <translation>Флаг %1 установлен на UID %2 в %3.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::IdleCommand</name>
    <message>
        <source>online</source>
        <translation>в сети</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>подключение</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>не в сети</translation>
    </message>
    <message>
        <source>Usage: idle ACCOUNT [--seconds N]</source>
        <translation>Использование: idle УЧЁТНАЯ_ЗАПИСЬ [--seconds N]</translation>
    </message>
    <message>
        <source>No account named "%1".</source>
        <translation>Нет учётной записи «%1».</translation>
    </message>
    <message>
        <source>No password is stored for "%1".</source>
        <translation>Для «%1» не сохранён пароль.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::ListCommand</name>
    <message>
        <source>Usage: list ACCOUNT FOLDER [--limit N]</source>
        <translation>Использование: list УЧЁТНАЯ_ЗАПИСЬ ПАПКА [--limit N]</translation>
    </message>
    <message>
        <source>The folder "%1" is not in the cache; run sync first.</source>
        <translation>Папки «%1» нет в кэше; сначала выполните sync.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::MoveCommand</name>
    <message>
        <source>Moved UID %1 from %2 to %3.</source>
        <translation>UID %1 перемещён из %2 в %3.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::OutboxCommand</name>
    <message>
        <source>No account named "%1".</source>
        <translation>Нет учётной записи «%1».</translation>
    </message>
    <message>
        <source>%1: %2 sent, %3 left in the outbox</source>
        <translation>%1: отправлено %2, в исходящих осталось %3</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Использование: %1</translation>
    </message>
    <message>
        <source>No message %1 in the outbox.</source>
        <translation>В исходящих нет письма %1.</translation>
    </message>
    <message>
        <source>message %1 removed from the outbox</source>
        <translation>письмо %1 удалено из исходящих</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::PrefetchCommand</name>
    <message>
        <source>Usage: prefetch ACCOUNT [FOLDER] [--days N] [--everything]</source>
        <translation>Использование: prefetch УЧЁТНАЯ_ЗАПИСЬ [ПАПКА] [--days N] [--everything]</translation>
    </message>
    <message>
        <source>No account named "%1".</source>
        <translation>Нет учётной записи «%1».</translation>
    </message>
    <message>
        <source>The folder "%1" is not in the cache; run sync first.</source>
        <translation>Папки «%1» нет в кэше; сначала выполните sync.</translation>
    </message>
    <message>
        <source>No password is stored for "%1".</source>
        <translation>Для «%1» не сохранён пароль.</translation>
    </message>
    <message numerus="yes">
        <source>%1/%2: %n message(s) prefetched</source>
        <translation>
            <numerusform>%1/%2: загружено заранее %n сообщение</numerusform>
            <numerusform>%1/%2: загружено заранее %n сообщения</numerusform>
            <numerusform>%1/%2: загружено заранее %n сообщений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::QueueCommand</name>
    <message>
        <source>No account named "%1".</source>
        <translation>Нет учётной записи «%1».</translation>
    </message>
    <message>
        <source>No offline action is waiting.</source>
        <translation>Нет ожидающих автономных действий.</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>отброшено</translation>
    </message>
    <message>
        <source>outbox</source>
        <translation>исходящие</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::ReplayCommand</name>
    <message>
        <source>No password is stored for "%1".</source>
        <translation>Для «%1» не сохранён пароль.</translation>
    </message>
    <message>
        <source>queued, will be sent when %1 is reachable</source>
        <translation>в очереди, будет отправлено, когда %1 станет доступен</translation>
    </message>
    <message>
        <source>No account named "%1".</source>
        <translation>Нет учётной записи «%1».</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Использование: %1</translation>
    </message>
    <message>
        <source>%1; the action stays queued.</source>
        <translation>%1; действие остаётся в очереди.</translation>
    </message>
    <message>
        <source>%1: %2 sent, %3 dropped, %4 left</source>
        <translation>%1: отправлено %2, отброшено %3, осталось %4</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::SaveAttachmentCommand</name>
    <message>
        <source>Cannot write "%1": %2</source>
        <translation>Не удаётся записать «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>Message %1 has no attachment number %2 (it has %n).</source>
        <translation>
            <numerusform>У сообщения %1 нет вложения номер %2 (у него %n вложение).</numerusform>
            <numerusform>У сообщения %1 нет вложения номер %2 (у него %n вложения).</numerusform>
            <numerusform>У сообщения %1 нет вложения номер %2 (у него %n вложений).</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachment %1 of message %2 is not in the cache; run without --offline to fetch it.</source>
        <translation>Вложения %1 сообщения %2 нет в кэше; запустите без --offline, чтобы загрузить его.</translation>
    </message>
    <message>
        <source>Saved %1 (%2 bytes) to %3</source>
        <translation>%1 (%2 байт) сохранено в %3</translation>
    </message>
    <message>
        <source>Usage: save-attachment ACCOUNT FOLDER UID INDEX FILE [--offline] (INDEX as show lists it, from 1)</source>
        <translation>Использование: save-attachment УЧЁТНАЯ_ЗАПИСЬ ПАПКА UID НОМЕР ФАЙЛ [--offline] (НОМЕР — как в выводе show, с 1)</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::SearchCommand</name>
    <message>
        <source>Usage: search QUERY [--account A] [--limit N]</source>
        <translation>Использование: search ЗАПРОС [--account A] [--limit N]</translation>
    </message>
    <message>
        <source>No account named "%1".</source>
        <translation>Нет учётной записи «%1».</translation>
    </message>
    <message>
        <source>The search index could not be brought up to date (%1); messages not yet in it are searched one by one.</source>
        <translation>Не удалось обновить поисковый индекс (%1); сообщения, которых в нём ещё нет, просматриваются по одному.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::SendCommand</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>Для %1 нужно значение.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Неизвестный параметр %1.</translation>
    </message>
    <message>
        <source>--subject and --body-file are required.</source>
        <translation>Нужны --subject и --body-file.</translation>
    </message>
    <message>
        <source>No password is stored for "%1".</source>
        <translation>Для «%1» не сохранён пароль.</translation>
    </message>
    <message>
        <source>message %1: accepted by the server</source>
        <translation>письмо %1: принято сервером</translation>
    </message>
    <message>
        <source>message %1: not delivered to %2</source>
        <translation>письмо %1: не доставлено для %2</translation>
    </message>
    <message>
        <source>message %1: sent and saved in Sent</source>
        <translation>письмо %1: отправлено и сохранено в «Отправленных»</translation>
    </message>
    <message>
        <source>It stays in the outbox and is tried again after %1.</source>
        <translation>Оно остаётся в исходящих; следующая попытка — после %1.</translation>
    </message>
    <message>
        <source>It stays in the outbox.</source>
        <translation>Оно остаётся в исходящих.</translation>
    </message>
    <message>
        <source>%1: another Kestrel is sending this outbox now; it sends this message too.</source>
        <translation>%1: эти исходящие сейчас отправляет другой экземпляр Kestrel; он отправит и это письмо.</translation>
    </message>
    <message>
        <source>No account named "%1".</source>
        <translation>Нет учётной записи «%1».</translation>
    </message>
    <message>
        <source>message %1: stored in the outbox</source>
        <translation>письмо %1: помещено в исходящие</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::ShowCommand</name>
    <message>
        <source>From: %1</source>
        <translation>От: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Кому: %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Копия: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Дата: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>[This message has no text.]</source>
        <translation>[В этом сообщении нет текста.]</translation>
    </message>
    <message>
        <source>Attachment %1: %2 (%3, %4)</source>
        <translation>Вложение %1: %2 (%3, %4)</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>без имени</translation>
    </message>
    <message>
        <source>The structure of message %1 is not in the cache; run without --offline to fetch it.</source>
        <translation>Структуры сообщения %1 нет в кэше; запустите без --offline, чтобы загрузить её.</translation>
    </message>
    <message>
        <source>The text of message %1 is not in the cache; run without --offline to fetch it.</source>
        <translation>Текста сообщения %1 нет в кэше; запустите без --offline, чтобы загрузить его.</translation>
    </message>
    <message>
        <source>Usage: show ACCOUNT FOLDER UID [--offline]</source>
        <translation>Использование: show УЧЁТНАЯ_ЗАПИСЬ ПАПКА UID [--offline]</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::ShowCommandSupport</name>
    <message>
        <source>No account named "%1".</source>
        <translation>Нет учётной записи «%1».</translation>
    </message>
    <message>
        <source>"%1" is not a message UID.</source>
        <translation>«%1» — не UID сообщения.</translation>
    </message>
    <message>
        <source>The folder "%1" is not in the cache; run sync first.</source>
        <translation>Папки «%1» нет в кэше; сначала выполните sync.</translation>
    </message>
    <message>
        <source>There is no message with UID %1 in "%2"; run sync first.</source>
        <translation>В «%2» нет сообщения с UID %1; сначала выполните sync.</translation>
    </message>
    <message>
        <source>No password is stored for "%1".</source>
        <translation>Для «%1» не сохранён пароль.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::ShowFileCommand</name>
    <message>
        <source>Cannot read the message file "%1": %2</source>
        <translation>Не удаётся прочитать файл письма «%1»: %2</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>От: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Кому: %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Копия: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Дата: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message numerus="yes">
        <source>[This message has only an HTML part of %n character(s).]</source>
        <translation>
            <numerusform>[В этом письме есть только HTML-часть из %n символа.]</numerusform>
            <numerusform>[В этом письме есть только HTML-часть из %n символов.]</numerusform>
            <numerusform>[В этом письме есть только HTML-часть из %n символов.]</numerusform>
        </translation>
    </message>
    <message>
        <source>[This message has no text that could be decoded.]</source>
        <translation>[В этом письме нет текста, который удалось бы декодировать.]</translation>
    </message>
    <message>
        <source>Attachment: %1 (%2, %3)</source>
        <translation>Вложение: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>без имени</translation>
    </message>
    <message>
        <source>[The source of the message follows.]</source>
        <translation>[Далее следует исходный текст письма.]</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::SyncCommand</name>
    <message>
        <source>No account named "%1".</source>
        <translation>Нет учётной записи «%1».</translation>
    </message>
    <message>
        <source>There is no account to synchronise.</source>
        <translation>Нет учётных записей для синхронизации.</translation>
    </message>
    <message>
        <source>No password is stored for "%1".</source>
        <translation>Для «%1» не сохранён пароль.</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 removed, %4 changed</source>
        <translation>%1: новых %2, удалено %3, изменено %4</translation>
    </message>
</context>
<context>
    <name>Kestrel::Compose::AddressListText</name>
    <message>
        <source>"%1" is not an email address.</source>
        <translation>«%1» — не адрес электронной почты.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Compose::DraftStore</name>
    <message>
        <source>The draft could not be saved: it has no valid name.</source>
        <translation>Не удалось сохранить черновик: у него нет допустимого имени.</translation>
    </message>
    <message>
        <source>The drafts folder %1 could not be created.</source>
        <translation>Не удалось создать папку черновиков %1.</translation>
    </message>
    <message>
        <source>The draft could not be saved to %1: %2</source>
        <translation>Не удалось сохранить черновик в %1: %2</translation>
    </message>
    <message>
        <source>There is no draft named %1.</source>
        <translation>Нет черновика с именем %1.</translation>
    </message>
    <message>
        <source>The draft %1 could not be read: %2</source>
        <translation>Не удалось прочитать черновик %1: %2</translation>
    </message>
    <message>
        <source>The draft %1 is damaged or from a newer Kestrel; it was left as it is.</source>
        <translation>Черновик %1 повреждён или создан более новой версией Kestrel; он оставлен без изменений.</translation>
    </message>
    <message>
        <source>The draft %1 could not be deleted: %2</source>
        <translation>Не удалось удалить черновик %1: %2</translation>
    </message>
    <message>
        <source>The disk is full, so the draft could not be saved. The version saved before is kept. Free some disk space and save again.</source>
        <translation>Диск заполнен, поэтому черновик не удалось сохранить. Ранее сохранённая версия сохранена. Освободите место на диске и сохраните снова.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Compose::MailtoUrl</name>
    <message>
        <source>"%1" is not a mailto: link.</source>
        <translation>«%1» — не ссылка mailto:.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Compose::QuotedText</name>
    <message>
        <source>%1 wrote:</source>
        <comment>reply attribution without a date; %1 = the author</comment>
        <translation>%1 пишет:</translation>
    </message>
    <message>
        <source>On %1, %2 wrote:</source>
        <comment>reply attribution; %1 = date and time, %2 = the author</comment>
        <translation>%1, %2 пишет:</translation>
    </message>
</context>
<context>
    <name>Kestrel::Compose::RawMessageFetch</name>
    <message>
        <source>The message to forward is no longer in %1 on the server.</source>
        <translation>Пересылаемого письма больше нет в %1 на сервере.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Compose::RawMessageFetcher</name>
    <message>
        <source>No password is stored for %1.</source>
        <translation>Для %1 не сохранён пароль.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Compose::ReplyTemplate</name>
    <message>
        <source>Unknown sender</source>
        <translation>Неизвестный отправитель</translation>
    </message>
    <message>
        <source>-------- Forwarded Message --------</source>
        <translation>-------- Пересылаемое сообщение --------</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Дата: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>От: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Кому: %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Копия: %1</translation>
    </message>
    <message>
        <source>Forwarded message</source>
        <comment>file name of a message forwarded as attachment, without .eml</comment>
        <translation>Пересылаемое сообщение</translation>
    </message>
</context>
<context>
    <name>Kestrel::Compose::ServerDraftSave</name>
    <message>
        <source>%1 has no Drafts folder; the draft is kept on this computer only.</source>
        <translation>У %1 нет папки «Черновики»; черновик сохранён только на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Compose::ServerDrafts</name>
    <message>
        <source>No password is stored for %1.</source>
        <translation>Для %1 не сохранён пароль.</translation>
    </message>
</context>
<context>
    <name>Kestrel::CredentialStore</name>
    <message>
        <source>The system keychain could not be used: %1</source>
        <translation>Не удалось воспользоваться системным хранилищем паролей: %1</translation>
    </message>
    <message>
        <source>No keychain service is running on this computer (such as GNOME Keyring or KWallet), so Kestrel cannot store passwords. Passwords you enter are kept in memory until Kestrel quits and are never written to disk.</source>
        <translation>На этом компьютере не запущена служба хранения паролей (например, GNOME Keyring или KWallet), поэтому Kestrel не может сохранять пароли. Введённые вами пароли хранятся в памяти до завершения работы Kestrel и никогда не записываются на диск.</translation>
    </message>
</context>
<context>
    <name>Kestrel::FolderTreeModel</name>
    <message>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправленные</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Junk</source>
        <translation>Спам</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <source>All Inboxes</source>
        <translation>Все входящие</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Исходящие</translation>
    </message>
</context>
<context>
    <name>Kestrel::Imap::ImapConnection</name>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 не ответил вовремя.</translation>
    </message>
    <message>
        <source>%1 sent data that cannot be read.</source>
        <translation>%1 прислал данные, которые невозможно прочитать.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 отказал в соединении.</translation>
    </message>
    <message>
        <source>%1 does not allow a secure connection (STARTTLS).</source>
        <translation>%1 не поддерживает защищённое соединение (STARTTLS).</translation>
    </message>
    <message>
        <source>%1 sent unexpected data while starting a secure connection.</source>
        <translation>%1 прислал неожиданные данные при установке защищённого соединения.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted.</source>
        <translation>Сертификат %1 не является доверенным.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established.</source>
        <translation>Не удалось установить защищённое соединение с %1.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Не удаётся подключиться к %1: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 закрыл соединение.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>Соединение с %1 потеряно: %2</translation>
    </message>
</context>
<context>
    <name>Kestrel::MessageListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
</context>
<context>
    <name>Kestrel::OAuthSignIn</name>
    <message>
        <source>Kestrel is signed in. You may close this page.</source>
        <translation>Вход в Kestrel выполнен. Эту страницу можно закрыть.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Вход отменён.</translation>
    </message>
</context>
<context>
    <name>Kestrel::OAuthSignInPanel</name>
    <message>
        <source>Sign in with Microsoft</source>
        <translation>Войти через Microsoft</translation>
    </message>
    <message>
        <source>Sign in with Google</source>
        <translation>Войти через Google</translation>
    </message>
    <message>
        <source>Opens the sign-in page in your web browser; no password is stored.</source>
        <translation>Открывает страницу входа в веб-браузере; пароль не сохраняется.</translation>
    </message>
    <message>
        <source>Kestrel could not open a web browser. Open this address yourself: %1</source>
        <translation>Kestrel не удалось открыть веб-браузер. Откройте этот адрес самостоятельно: %1</translation>
    </message>
    <message>
        <source>Saving the sign-in in the keychain…</source>
        <translation>Сохранение данных входа в хранилище паролей…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Вход выполнен.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your web browser…</source>
        <translation>Ожидание входа в веб-браузере…</translation>
    </message>
</context>
<context>
    <name>Kestrel::OAuthTokenBroker</name>
    <message>
        <source>"%1" signs in with OAuth2, but no sign-in is available here. Open the account settings and sign in again.</source>
        <translation>«%1» использует вход через OAuth2, но данных входа здесь нет. Откройте настройки учётной записи и войдите снова.</translation>
    </message>
</context>
<context>
    <name>Kestrel::OAuthTokenSource</name>
    <message>
        <source>The sign-in was being renewed when Kestrel stopped it. Try again.</source>
        <translation>Вход обновлялся, когда Kestrel его прервал. Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>Kestrel::OutboxListModel</name>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>не отправлено</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <source>Send “%1” to %2</source>
        <translation>Отправка «%1» для %2</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Последняя ошибка</translation>
    </message>
</context>
<context>
    <name>Kestrel::Profile</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Не удаётся создать папку профиля %1.</translation>
    </message>
</context>
<context>
    <name>Kestrel::RemoteContentPolicy</name>
    <message>
        <source>Could not read the list of senders allowed to show remote content.</source>
        <translation>Не удалось прочитать список отправителей, которым разрешено показывать внешнее содержимое.</translation>
    </message>
    <message>
        <source>The list of senders allowed to show remote content is damaged; remote content stays blocked.</source>
        <translation>Список отправителей, которым разрешено показывать внешнее содержимое, повреждён; внешнее содержимое по-прежнему блокируется.</translation>
    </message>
    <message>
        <source>Could not save the list of senders allowed to show remote content.</source>
        <translation>Не удалось сохранить список отправителей, которым разрешено показывать внешнее содержимое.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Render::HtmlSanitizer</name>
    <message>
        <source>Caution: this link leads to %1</source>
        <translation>Осторожно: эта ссылка ведёт на %1</translation>
    </message>
</context>
<context>
    <name>Kestrel::Send::Outbox</name>
    <message>
        <source>No password is stored for "%1".</source>
        <translation>Для «%1» не сохранён пароль.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Send::SendErrors</name>
    <message>
        <source>The message has no sender address.</source>
        <translation>В письме нет адреса отправителя.</translation>
    </message>
    <message>
        <source>Add at least one recipient in To, Cc or Bcc.</source>
        <translation>Добавьте хотя бы одного получателя в поле «Кому», «Копия» или «Скрытая копия».</translation>
    </message>
    <message>
        <source>"%1" is not a valid email address.</source>
        <translation>«%1» — недопустимый адрес электронной почты.</translation>
    </message>
    <message>
        <source>The account "%1" has no outgoing (SMTP) server.</source>
        <translation>У учётной записи «%1» нет сервера исходящей почты (SMTP).</translation>
    </message>
    <message>
        <source>The message was sent, but not to: %1</source>
        <translation>Письмо отправлено, но не этим получателям: %1</translation>
    </message>
    <message>
        <source>Kestrel stopped while the server was receiving this message, so it is not known whether the server accepted it. It was not sent again, to avoid a duplicate; check with a recipient.</source>
        <translation>Kestrel остановился, пока сервер принимал это письмо, поэтому неизвестно, принял ли его сервер. Чтобы избежать дубликата, оно не отправлено повторно; уточните у получателя.</translation>
    </message>
    <message>
        <source>The account "%1" has no Sent folder, so no copy of the sent message was kept.</source>
        <translation>У учётной записи «%1» нет папки «Отправленные», поэтому копия отправленного письма не сохранена.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Smtp::SmtpErrors</name>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 не ответил вовремя.</translation>
    </message>
    <message>
        <source>%1 did not reply to %2 in time.</source>
        <translation>%1 не ответил на %2 вовремя.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Не удаётся подключиться к %1: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 закрыл соединение.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted.</source>
        <translation>Сертификат %1 не является доверенным.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established.</source>
        <translation>Не удалось установить защищённое соединение с %1.</translation>
    </message>
    <message>
        <source>%1 does not offer a secure connection (STARTTLS).</source>
        <translation>%1 не предлагает защищённое соединение (STARTTLS).</translation>
    </message>
    <message>
        <source>%1 sent unexpected data while starting a secure connection.</source>
        <translation>%1 прислал неожиданные данные при установке защищённого соединения.</translation>
    </message>
    <message>
        <source>%1 sent a reply that cannot be read.</source>
        <translation>%1 прислал ответ, который невозможно прочитать.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Нет соединения с %1.</translation>
    </message>
    <message>
        <source>%1 refused the connection: %2</source>
        <translation>%1 отказал в соединении: %2</translation>
    </message>
    <message>
        <source>%1 rejected %2: %3</source>
        <translation>%1 отклонил %2: %3</translation>
    </message>
    <message>
        <source>%1 did not accept the user name or password (%2): %3</source>
        <translation>%1 не принял имя пользователя или пароль (%2): %3</translation>
    </message>
    <message>
        <source>%1 offers no sign-in method that Kestrel supports (it offers: %2).</source>
        <translation>%1 не предлагает ни одного способа входа, который поддерживает Kestrel (предлагает: %2).</translation>
    </message>
    <message>
        <source>%1 could not prove that it knows the password (%2).</source>
        <translation>%1 не смог доказать, что знает пароль (%2).</translation>
    </message>
    <message>
        <source>The message is %1 bytes, but %2 accepts at most %3 bytes.</source>
        <translation>Размер письма — %1 байт, но %2 принимает не более %3 байт.</translation>
    </message>
    <message>
        <source>%1 does not support %2, which this message needs.</source>
        <translation>%1 не поддерживает %2, что нужно для этого письма.</translation>
    </message>
    <message>
        <source>The address "%1" cannot be used for sending.</source>
        <translation>Адрес «%1» нельзя использовать для отправки.</translation>
    </message>
    <message>
        <source>%1 rejected every recipient: %2</source>
        <translation>%1 отклонил всех получателей: %2</translation>
    </message>
</context>
<context>
    <name>Kestrel::StorageError</name>
    <message>
        <source>The disk is full, so Kestrel could not save to its mail cache. Nothing saved earlier was lost. Free some disk space and try again.</source>
        <translation>Диск заполнен, поэтому Kestrel не смог сохранить данные в почтовый кэш. Ничего из сохранённого ранее не потеряно. Освободите место на диске и повторите попытку.</translation>
    </message>
    <message>
        <source>The mail cache is busy: another program, or another Kestrel, is using this profile.</source>
        <translation>Почтовый кэш занят: этот профиль использует другая программа или другой экземпляр Kestrel.</translation>
    </message>
    <message>
        <source>The mail cache is damaged.</source>
        <translation>Почтовый кэш повреждён.</translation>
    </message>
    <message>
        <source>The mail cache could not be read or updated.</source>
        <translation>Не удалось прочитать или обновить почтовый кэш.</translation>
    </message>
    <message>
        <source>Cannot open the mail cache %1.</source>
        <translation>Не удаётся открыть почтовый кэш %1.</translation>
    </message>
    <message>
        <source>The mail cache %1 was written by a newer version of Kestrel. Update Kestrel, or use another profile.</source>
        <translation>Почтовый кэш %1 записан более новой версией Kestrel. Обновите Kestrel или используйте другой профиль.</translation>
    </message>
    <message>
        <source>Cannot read or write the cached message part %1.</source>
        <translation>Не удаётся прочитать или записать сохранённую часть письма %1.</translation>
    </message>
    <message>
        <source>The change to the mail cache was not saved because an earlier step failed.</source>
        <translation>Изменение почтового кэша не сохранено, так как не удался предыдущий шаг.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::AccountReplay</name>
    <message>
        <source>Another Kestrel window or command is sending this account's queued actions.</source>
        <translation>Действия из очереди этой учётной записи уже отправляет другое окно или команда Kestrel.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::AccountSync</name>
    <message>
        <source>The folder "%1" does not exist on %2.</source>
        <translation>Папки «%1» нет на %2.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::ActionReplayer</name>
    <message>
        <source>The connection was closed before the queue was sent.</source>
        <translation>Соединение закрылось до отправки очереди.</translation>
    </message>
    <message>
        <source>A queued action could not be read (%1) and was not done.</source>
        <translation>Действие из очереди не удалось прочитать (%1), и оно не выполнено.</translation>
    </message>
    <message>
        <source>%1 refused this action %2 times (%3); it was not done.</source>
        <translation>%1 отклонил это действие %2 раз (%3); оно не выполнено.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::AttachmentFiles</name>
    <message>
        <source>Cannot write "%1": %2</source>
        <translation>Не удаётся записать «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder "%1".</source>
        <translation>Не удаётся создать папку «%1».</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::BodyFetcher</name>
    <message>
        <source>The message is no longer in the cache.</source>
        <translation>Сообщения больше нет в кэше.</translation>
    </message>
    <message numerus="yes">
        <source>The message has no attachment number %1 (it has %n).</source>
        <translation>
            <numerusform>У сообщения нет вложения номер %1 (у него %n вложение).</numerusform>
            <numerusform>У сообщения нет вложения номер %1 (у него %n вложения).</numerusform>
            <numerusform>У сообщения нет вложения номер %1 (у него %n вложений).</numerusform>
        </translation>
    </message>
    <message>
        <source>The message is no longer on the server.</source>
        <translation>Сообщения больше нет на сервере.</translation>
    </message>
    <message>
        <source>%1 did not describe the message's parts.</source>
        <translation>%1 не сообщил структуру частей сообщения.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::ContentFetchCoordinator</name>
    <message>
        <source>No password is stored for "%1".</source>
        <translation>Для «%1» не сохранён пароль.</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>Загрузка отменена.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::FolderActions</name>
    <message>
        <source>A folder needs a name.</source>
        <translation>У папки должно быть имя.</translation>
    </message>
    <message>
        <source>There is already a folder "%1".</source>
        <translation>Папка «%1» уже существует.</translation>
    </message>
    <message>
        <source>The folder "%1" is not in the cache; synchronise first.</source>
        <translation>Папки «%1» нет в кэше; сначала синхронизируйте.</translation>
    </message>
    <message>
        <source>The inbox cannot be deleted.</source>
        <translation>Входящие нельзя удалить.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::FolderExamine</name>
    <message>
        <source>The folder "%1" was recreated on the server; synchronise it first.</source>
        <translation>Папка «%1» была пересоздана на сервере; сначала синхронизируйте её.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::FolderWatcher</name>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 закрыл соединение.</translation>
    </message>
    <message>
        <source>New mail in “%1” cannot be watched: %2</source>
        <translation>Не удаётся отслеживать новую почту в «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::MessageActionRun</name>
    <message>
        <source>flag change</source>
        <translation>изменение флагов</translation>
    </message>
    <message>
        <source>move to "%1"</source>
        <translation>перемещение в «%1»</translation>
    </message>
    <message>
        <source>copy to "%1"</source>
        <translation>копирование в «%1»</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>удаление</translation>
    </message>
    <message>
        <source>The folder "%1" no longer exists on %2, so the %3 of UID %4 was not done.</source>
        <translation>Папки «%1» больше нет на %2, поэтому %3 для UID %4 не выполнено.</translation>
    </message>
    <message>
        <source>The folder "%1" on %2 was rebuilt since, so the %3 of UID %4 was not done.</source>
        <translation>Папка «%1» на %2 с тех пор была пересоздана, поэтому %3 для UID %4 не выполнено.</translation>
    </message>
    <message>
        <source>UID %1 in "%2" no longer exists on %3, so the %4 was not done for it.</source>
        <translation>UID %1 в «%2» больше нет на %3, поэтому %4 для него не выполнено.</translation>
    </message>
    <message>
        <source>This action cannot be replayed on messages.</source>
        <translation>Это действие нельзя повторить для сообщений.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::MessageActions</name>
    <message>
        <source>The folder "%1" is not in the cache; synchronise first.</source>
        <translation>Папки «%1» нет в кэше; сначала синхронизируйте.</translation>
    </message>
    <message>
        <source>No message was chosen.</source>
        <translation>Сообщение не выбрано.</translation>
    </message>
    <message>
        <source>There is no message with UID %1 in "%2" in the cache.</source>
        <translation>В кэше нет сообщения с UID %1 в «%2».</translation>
    </message>
    <message>
        <source>The messages are already in "%1".</source>
        <translation>Сообщения уже находятся в «%1».</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::ReadingJob</name>
    <message>
        <source>The download was cancelled.</source>
        <translation>Загрузка отменена.</translation>
    </message>
    <message>
        <source>The message is no longer in the cache.</source>
        <translation>Сообщения больше нет в кэше.</translation>
    </message>
    <message>
        <source>The message's parts are not known yet; open the message first.</source>
        <translation>Структура сообщения ещё неизвестна; сначала откройте сообщение.</translation>
    </message>
    <message>
        <source>The message has no attachment number %1.</source>
        <translation>У сообщения нет вложения номер %1.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::ReadingOutput</name>
    <message>
        <source>The part is no longer in the cache; try again.</source>
        <translation>Этой части больше нет в кэше; повторите попытку.</translation>
    </message>
    <message>
        <source>The folder "%1" does not exist.</source>
        <translation>Папка «%1» не существует.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::SectionFetch</name>
    <message>
        <source>The message is no longer on the server.</source>
        <translation>Сообщения больше нет на сервере.</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>Загрузка отменена.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::SessionLease</name>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>Соединение с сервером закрыто.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::SyncCoordinator</name>
    <message>
        <source>No password is stored for "%1".</source>
        <translation>Для «%1» не сохранён пароль.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::AboutDialog</name>
    <message>
        <source>About Kestrel</source>
        <translation>О программе Kestrel</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Kestrel %1&lt;/h2&gt;&lt;p&gt;A fast desktop mail client.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kestrel %1&lt;/h2&gt;&lt;p&gt;Быстрый почтовый клиент для рабочего стола.&lt;/p&gt;&lt;p&gt;Собран с Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::AccessibilitySetup</name>
    <message>
        <source>Folders</source>
        <translation>Папки</translation>
    </message>
    <message>
        <source>The folders of every account; the chosen folder's messages are listed beside it.</source>
        <translation>Папки всех учётных записей; письма выбранной папки показаны рядом.</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Текст фильтра</translation>
    </message>
    <message>
        <source>Shows only messages whose sender or subject contain this text.</source>
        <translation>Показывает только письма, отправитель или тема которых содержат этот текст.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>The messages of the chosen folder. R replies, Delete deletes, M marks read or unread.</source>
        <translation>Письма выбранной папки. R — ответить, Delete — удалить, M — пометить как прочитанное или непрочитанное.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>The text of the chosen message. Space reads on to the next unread message.</source>
        <translation>Текст выбранного письма. Пробел — читать дальше, до следующего непрочитанного письма.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>The identity the message is sent from.</source>
        <translation>Личность, от имени которой отправляется письмо.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Recipients, separated by commas.</source>
        <translation>Получатели через запятую.</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Копия</translation>
    </message>
    <message>
        <source>Recipients who receive a copy, separated by commas.</source>
        <translation>Получатели копии через запятую.</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Скрытая копия</translation>
    </message>
    <message>
        <source>Recipients who receive a copy without the others seeing them.</source>
        <translation>Получатели копии, которых не видят остальные.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Files sent with the message.</source>
        <translation>Файлы, отправляемые с письмом.</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Текст письма</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::AccountListDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Переместить вв&amp;ерх</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Переместить в&amp;низ</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (отключена)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Удаление учётной записи</translation>
    </message>
    <message>
        <source>Remove the account "%1"?</source>
        <translation>Удалить учётную запись «%1»?</translation>
    </message>
    <message>
        <source>Its mail stored on this computer and its saved password are deleted. The mail on the server is not touched.</source>
        <translation>Её почта, хранящаяся на этом компьютере, и сохранённый пароль будут удалены. Почта на сервере останется нетронутой.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::AccountOptionsForm</name>
    <message>
        <source>All mail</source>
        <translation>Вся почта</translation>
    </message>
    <message>
        <source>the last </source>
        <translation>последние </translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Older mail stays on the server but is not kept on this computer.</source>
        <translation>Более старая почта остаётся на сервере, но не хранится на этом компьютере.</translation>
    </message>
    <message>
        <source>New mail in the checked folders shows up at once (IDLE); each uses a connection of its own.</source>
        <translation>Новая почта в отмеченных папках появляется сразу (IDLE); каждая папка использует отдельное соединение.</translation>
    </message>
    <message>
        <source>&amp;Synchronise:</source>
        <translation>&amp;Синхронизировать:</translation>
    </message>
    <message>
        <source>&amp;Watch for new mail in:</source>
        <translation>Следить за &amp;новой почтой в:</translation>
    </message>
    <message>
        <source>Sen&amp;t messages:</source>
        <translation>&amp;Отправленные письма:</translation>
    </message>
    <message>
        <source>&amp;Drafts:</source>
        <translation>&amp;Черновики:</translation>
    </message>
    <message>
        <source>De&amp;leted messages:</source>
        <translation>&amp;Удалённые письма:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::AccountSettingsForm</name>
    <message>
        <source>Nothing</source>
        <translation>Ничего</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Текст письма</translation>
    </message>
    <message>
        <source>Text and attachments</source>
        <translation>Текст и вложения</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>of the last </source>
        <translation>за последние </translation>
    </message>
    <message>
        <source>Sent to the servers exactly as typed, e.g. user@example.org\shared for a shared mailbox.</source>
        <translation>Передаётся серверам точно в том виде, в каком введено, например user@example.org\shared для общего почтового ящика.</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>&amp;Название учётной записи:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Адрес электронной почты:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Incoming (IMAP):</source>
        <translation>&amp;Входящая почта (IMAP):</translation>
    </message>
    <message>
        <source>&amp;Outgoing (SMTP):</source>
        <translation>Исход&amp;ящая почта (SMTP):</translation>
    </message>
    <message>
        <source>Keep for &amp;offline reading:</source>
        <translation>&amp;Хранить для автономного чтения:</translation>
    </message>
    <message>
        <source>Enter the email address, e.g. ann@example.org.</source>
        <translation>Введите адрес электронной почты, например ann@example.org.</translation>
    </message>
    <message>
        <source>Enter the user name the servers expect.</source>
        <translation>Введите имя пользователя, которое ожидают серверы.</translation>
    </message>
    <message>
        <source>Enter the incoming (IMAP) server.</source>
        <translation>Введите сервер входящей почты (IMAP).</translation>
    </message>
    <message>
        <source>Enter the outgoing (SMTP) server.</source>
        <translation>Введите сервер исходящей почты (SMTP).</translation>
    </message>
    <message>
        <source>Ser&amp;vers</source>
        <translation>&amp;Серверы</translation>
    </message>
    <message>
        <source>O&amp;ptions</source>
        <translation>&amp;Параметры</translation>
    </message>
    <message>
        <source>Identities and &amp;Signatures</source>
        <translation>&amp;Личности и подписи</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::AccountWizard</name>
    <message>
        <source>Add Account</source>
        <translation>Добавление учётной записи</translation>
    </message>
    <message>
        <source>Ann Lee</source>
        <translation>Анна Ли</translation>
    </message>
    <message>
        <source>ann@example.org</source>
        <translation>ann@example.org</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>Про&amp;должить</translation>
    </message>
    <message>
        <source>Set up &amp;manually</source>
        <translation>&amp;Настроить вручную</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Ваше имя:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Адрес электронной почты:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>На&amp;зад</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Проверить &amp;соединение</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Изменение учётной записи</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Enter the whole address, e.g. ann@example.org.</source>
        <translation>Введите адрес полностью, например ann@example.org.</translation>
    </message>
    <message>
        <source>Enter the settings your provider gives.</source>
        <translation>Введите настройки, предоставленные вашим провайдером.</translation>
    </message>
    <message>
        <source>Looking for the settings of %1…</source>
        <translation>Поиск настроек для %1…</translation>
    </message>
    <message>
        <source>No settings were found for this address. Enter the ones your provider gives.</source>
        <translation>Настройки для этого адреса не найдены. Введите настройки, предоставленные вашим провайдером.</translation>
    </message>
    <message>
        <source>Settings were found, but you have already changed the form; it is left as you typed it.</source>
        <translation>Настройки найдены, но вы уже изменили форму; она оставлена в том виде, в каком вы её заполнили.</translation>
    </message>
    <message>
        <source>incoming server: %1</source>
        <translation>сервер входящей почты: %1</translation>
    </message>
    <message>
        <source>outgoing server: %1</source>
        <translation>сервер исходящей почты: %1</translation>
    </message>
    <message>
        <source>Found (%1). Every value can be changed.</source>
        <translation>Найдено (%1). Любое значение можно изменить.</translation>
    </message>
    <message>
        <source>built-in settings</source>
        <translation>встроенные настройки</translation>
    </message>
    <message>
        <source>the provider's configuration file</source>
        <translation>файл конфигурации провайдера</translation>
    </message>
    <message>
        <source>DNS SRV records</source>
        <translation>записи DNS SRV</translation>
    </message>
    <message>
        <source>a server that answered</source>
        <translation>ответивший сервер</translation>
    </message>
    <message>
        <source>Enter the password (on the first page) to test the connection.</source>
        <translation>Чтобы проверить соединение, введите пароль (на первой странице).</translation>
    </message>
    <message>
        <source>Incoming: connecting…</source>
        <translation>Входящая почта: подключение…</translation>
    </message>
    <message>
        <source>Outgoing: connecting…</source>
        <translation>Исходящая почта: подключение…</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Входящая почта</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Исходящая почта</translation>
    </message>
    <message>
        <source>%1: logged in (%2).</source>
        <translation>%1: вход выполнен (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Enter the password on the first page; it is kept in the system keychain.</source>
        <translation>Введите пароль на первой странице; он хранится в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>The sign-in did not work: %1</source>
        <translation>Не удалось войти: %1</translation>
    </message>
    <message>
        <source>Signed in: no password is needed for this account.</source>
        <translation>Вход выполнен: для этой учётной записи пароль не нужен.</translation>
    </message>
    <message>
        <source>Sign in on the first page, or enter the password there; it is kept in the system keychain.</source>
        <translation>Войдите на первой странице или введите там пароль; он хранится в системной связке ключей.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::AttachedMessageWindow</name>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::AttachmentList</name>
    <message>
        <source>Attach…</source>
        <translation>Вложить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Вложить файлы</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 не является файлом.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
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
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Save All…</source>
        <translation>Сохранить все…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Сохранить как…</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::CertificatePrompt</name>
    <message>
        <source>Certificate of %1</source>
        <translation>Сертификат %1</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified. Trust it only if you know it is your provider's, e.g. by comparing the fingerprint with theirs.</source>
        <translation>Не удалось проверить сертификат %1. Доверяйте ему, только если знаете, что он принадлежит вашему провайдеру, например сравнив его отпечаток с отпечатком провайдера.</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for %1</source>
        <translation>&amp;Доверять этому сертификату для %1</translation>
    </message>
    <message>
        <source>&amp;Do not trust</source>
        <translation>&amp;Не доверять</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Субъект: %1</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Организация: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Издатель: %1</translation>
    </message>
    <message>
        <source>Valid from: %1</source>
        <translation>Действителен с: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Действителен до: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Отпечаток SHA-256: %1</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Проблемы:</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::ComposerLauncher</name>
    <message>
        <source>Sending is not available in this window.</source>
        <translation>В этом окне отправка недоступна.</translation>
    </message>
    <message>
        <source>Add an account before writing a message.</source>
        <translation>Прежде чем писать письмо, добавьте учётную запись.</translation>
    </message>
    <message>
        <source>Select a message first.</source>
        <translation>Сначала выберите письмо.</translation>
    </message>
    <message>
        <source>The original's text is not downloaded yet, so it is not quoted in full.</source>
        <translation>Текст исходного письма ещё не загружен, поэтому он процитирован не полностью.</translation>
    </message>
    <message>
        <source>The message to forward is not downloaded, and this window cannot fetch it.</source>
        <translation>Пересылаемое письмо не загружено, и это окно не может его получить.</translation>
    </message>
    <message>
        <source>Fetching the message to forward…</source>
        <translation>Загрузка пересылаемого письма…</translation>
    </message>
    <message>
        <source>The server sent an empty message to forward.</source>
        <translation>Сервер прислал пустое пересылаемое письмо.</translation>
    </message>
    <message>
        <source>Only messages of a Drafts folder can be edited.</source>
        <translation>Редактировать можно только письма из папки «Черновики».</translation>
    </message>
    <message>
        <source>The draft is not downloaded, and this window cannot fetch it.</source>
        <translation>Черновик не загружен, и это окно не может его получить.</translation>
    </message>
    <message>
        <source>The server sent an empty draft.</source>
        <translation>Сервер прислал пустой черновик.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::ComposerWindow</name>
    <message>
        <source>New Message</source>
        <translation>Новое письмо</translation>
    </message>
    <message>
        <source>Draft saved on this computer.</source>
        <translation>Черновик сохранён на этом компьютере.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;От:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>Ко&amp;пия:</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>&amp;Скрытая копия:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Name &lt;address@example.org&gt;, …</source>
        <translation>Имя &lt;address@example.org&gt;, …</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Отп&amp;равить</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>Сохранить &amp;черновик</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Вложить…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>identity (account)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation>Добавьте хотя бы одного получателя.</translation>
    </message>
    <message>
        <source>There is no account to send from.</source>
        <translation>Нет учётной записи для отправки.</translation>
    </message>
    <message>
        <source>Attachments are still being read; try again in a moment.</source>
        <translation>Вложения ещё считываются; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>Письмо не отправлено: %1</translation>
    </message>
    <message>
        <source>Saving the draft to the server…</source>
        <translation>Сохранение черновика на сервере…</translation>
    </message>
    <message>
        <source>Draft saved to the server's %1 folder.</source>
        <translation>Черновик сохранён на сервере в папке %1.</translation>
    </message>
    <message>
        <source>The draft is saved on this computer but not on the server: %1</source>
        <translation>Черновик сохранён на этом компьютере, но не на сервере: %1</translation>
    </message>
    <message>
        <source>Save Draft?</source>
        <translation>Сохранить черновик?</translation>
    </message>
    <message>
        <source>This message has changes that are not saved as a draft.</source>
        <translation>В этом письме есть изменения, не сохранённые в черновике.</translation>
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
        <translation>Нет настроенных учётных записей</translation>
    </message>
    <message>
        <source>not connected yet</source>
        <translation>ещё не подключено</translation>
    </message>
    <message>
        <source>online</source>
        <translation>в сети</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>подключение</translation>
    </message>
    <message>
        <source>offline, will retry</source>
        <translation>не в сети, повторная попытка позже</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>не в сети</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::FolderCommands</name>
    <message>
        <source>A folder needs a name.</source>
        <translation>У папки должно быть имя.</translation>
    </message>
    <message>
        <source>A folder name cannot contain “%1”: the server uses it to separate folder levels.</source>
        <translation>Имя папки не может содержать «%1»: сервер использует этот символ для разделения уровней папок.</translation>
    </message>
    <message>
        <source>A folder name cannot contain “*” or “%”.</source>
        <translation>Имя папки не может содержать «*» или «%».</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Имя новой папки:</translation>
    </message>
    <message>
        <source>Name of the new folder in “%1”:</source>
        <translation>Имя новой папки в «%1»:</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>Переименование папки</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Новое имя для «%1»:</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Удаление папки</translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder “%1” and the %n message(s) in it? This cannot be undone.</source>
        <translation>
            <numerusform>Удалить папку «%1» и %n письмо в ней? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить папку «%1» и %n письма в ней? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить папку «%1» и %n писем в ней? Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::IdentitiesEditor</name>
    <message>
        <source>&amp;Add Identity</source>
        <translation>&amp;Добавить личность</translation>
    </message>
    <message>
        <source>&amp;Remove Identity</source>
        <translation>&amp;Удалить личность</translation>
    </message>
    <message>
        <source>Added below the "-- " line of new messages from this address.</source>
        <translation>Добавляется под строкой «-- » в новых письмах с этого адреса.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>&amp;Подпись:</translation>
    </message>
    <message>
        <source>(no address yet)</source>
        <translation>(адрес ещё не указан)</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::LocalDraftsDialog</name>
    <message>
        <source>Drafts</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <source>%1 — saved %2</source>
        <translation>%1 — сохранён %2</translation>
    </message>
    <message>
        <source>No drafts are kept on this computer.</source>
        <translation>На этом компьютере нет сохранённых черновиков.</translation>
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
        <translation>Папки</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Письмо</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n письмо</numerusform>
            <numerusform>%n письма</numerusform>
            <numerusform>%n писем</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading the message…</source>
        <translation>Загрузка сообщения…</translation>
    </message>
    <message>
        <source>&amp;Pending Actions…</source>
        <translation>&amp;Ожидающие действия…</translation>
    </message>
    <message>
        <source>No more unread messages in this list.</source>
        <translation>В этом списке больше нет непрочитанных писем.</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation>П&amp;апка</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::MainWindowActions</name>
    <message>
        <source>&amp;New Message</source>
        <translation>&amp;Новое письмо</translation>
    </message>
    <message>
        <source>&amp;Get Mail</source>
        <translation>&amp;Получить почту</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Ответить</translation>
    </message>
    <message>
        <source>Reply &amp;All</source>
        <translation>Ответить &amp;всем</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>П&amp;ереслать</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Mark as &amp;Read/Unread</source>
        <translation>Отметить как п&amp;рочитанное/непрочитанное</translation>
    </message>
    <message>
        <source>&amp;Flag/Unflag</source>
        <translation>&amp;Пометить/снять пометку</translation>
    </message>
    <message>
        <source>&amp;Threads</source>
        <translation>&amp;Цепочки</translation>
    </message>
    <message>
        <source>&amp;About Kestrel</source>
        <translation>&amp;О программе Kestrel</translation>
    </message>
    <message>
        <source>&amp;Quick Filter</source>
        <translation>&amp;Быстрый фильтр</translation>
    </message>
    <message>
        <source>&amp;Next Unread Message</source>
        <translation>&amp;Следующее непрочитанное письмо</translation>
    </message>
    <message>
        <source>Read &amp;On</source>
        <translation>Читать &amp;дальше</translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation>&amp;Создать папку…</translation>
    </message>
    <message>
        <source>&amp;Rename Folder…</source>
        <translation>&amp;Переименовать папку…</translation>
    </message>
    <message>
        <source>&amp;Delete Folder…</source>
        <translation>&amp;Удалить папку…</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>П&amp;одписаться</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe</source>
        <translation>Отп&amp;исаться</translation>
    </message>
    <message>
        <source>&amp;Mark Folder Read</source>
        <translation>Отметить папку как п&amp;рочитанную</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Учётные записи…</translation>
    </message>
    <message>
        <source>&amp;Drafts…</source>
        <translation>&amp;Черновики…</translation>
    </message>
    <message>
        <source>Forward as A&amp;ttachment</source>
        <translation>Переслать как &amp;вложение</translation>
    </message>
    <message>
        <source>&amp;Edit Draft</source>
        <translation>&amp;Редактировать черновик</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::MessageDelegate</name>
    <message numerus="yes">
        <source>%1 (%n message(s))</source>
        <translation>
            <numerusform>%1 (%n письмо)</numerusform>
            <numerusform>%1 (%n письма)</numerusform>
            <numerusform>%1 (%n писем)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::MessageListPane</name>
    <message>
        <source>Messages</source>
        <translation>Письма</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::MessageSourceWindow</name>
    <message>
        <source>Source of "%1"</source>
        <translation>Исходный текст «%1»</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message numerus="yes">
        <source>[%n more byte(s) not shown]</source>
        <translation>
            <numerusform>[не показан ещё %n байт]</numerusform>
            <numerusform>[не показаны ещё %n байта]</numerusform>
            <numerusform>[не показаны ещё %n байт]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::NewMailNotifier</name>
    <message numerus="yes">
        <source>Kestrel: %n unread message(s)</source>
        <translation>
            <numerusform>Kestrel: %n непрочитанное сообщение</numerusform>
            <numerusform>Kestrel: %n непрочитанных сообщения</numerusform>
            <numerusform>Kestrel: %n непрочитанных сообщений</numerusform>
        </translation>
    </message>
    <message>
        <source>Kestrel</source>
        <translation>Kestrel</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) in %1 (%2)</source>
        <translation>
            <numerusform>%n новое сообщение в %1 (%2)</numerusform>
            <numerusform>%n новых сообщения в %1 (%2)</numerusform>
            <numerusform>%n новых сообщений в %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>От %1: %2</translation>
    </message>
    <message>
        <source>New mail</source>
        <translation>Новая почта</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::OutboxPane</name>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Нет ничего, ожидающего отправки.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <source>Send &amp;Now</source>
        <translation>&amp;Отправить сейчас</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>The account of this message no longer exists; edit or delete it.</source>
        <translation>Учётной записи этого письма больше не существует; измените или удалите письмо.</translation>
    </message>
    <message>
        <source>Sending “%1”…</source>
        <translation>Отправка «%1»…</translation>
    </message>
    <message>
        <source>Delete Message</source>
        <translation>Удаление письма</translation>
    </message>
    <message>
        <source>Delete “%1” from the outbox? It will not be sent.</source>
        <translation>Удалить «%1» из исходящих? Письмо не будет отправлено.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::PendingActionsDialog</name>
    <message>
        <source>Pending Actions</source>
        <translation>Ожидающие действия</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Последняя ошибка</translation>
    </message>
    <message>
        <source>Pending actions</source>
        <translation>Ожидающие действия</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>отброшено</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Нет ничего, ожидающего отправки.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::ProtocolLogWindow</name>
    <message>
        <source>Follow new lines</source>
        <translation>Следить за новыми строками</translation>
    </message>
    <message>
        <source>Protocol Log</source>
        <translation>Журнал протокола</translation>
    </message>
    <message>
        <source>The protocol log is not being recorded.</source>
        <translation>Журнал протокола не ведётся.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Protocol &amp;Log</source>
        <translation>&amp;Журнал протокола</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::QuickFilterBar</name>
    <message>
        <source>Unread</source>
        <translation>Непрочитанные</translation>
    </message>
    <message>
        <source>Show only unread messages</source>
        <translation>Показывать только непрочитанные письма</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Помеченные</translation>
    </message>
    <message>
        <source>Show only flagged messages</source>
        <translation>Показывать только помеченные письма</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Show only messages with attachments</source>
        <translation>Показывать только письма с вложениями</translation>
    </message>
    <message>
        <source>Filter these messages…</source>
        <translation>Фильтровать эти письма…</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Текст фильтра</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::ReaderPane</name>
    <message>
        <source>Message</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Select a message to read it.</source>
        <translation>Выберите письмо, чтобы прочитать его.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Копия</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>The message text has not been downloaded yet.</source>
        <translation>Текст письма ещё не загружен.</translation>
    </message>
    <message>
        <source>Part of the message text has not been downloaded yet.</source>
        <translation>Часть текста сообщения ещё не загружена.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::ReaderTasks</name>
    <message>
        <source>Saving %1…</source>
        <translation>Сохранение %1…</translation>
    </message>
    <message>
        <source>Saving the attachments…</source>
        <translation>Сохранение вложений…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
    <message>
        <source>Opening the attached message…</source>
        <translation>Открытие вложенного письма…</translation>
    </message>
    <message>
        <source>Downloading the message source…</source>
        <translation>Загрузка исходного текста письма…</translation>
    </message>
    <message>
        <source>This message's account is not available.</source>
        <translation>Учётная запись этого письма недоступна.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s).</source>
        <translation>
            <numerusform>Сохранён %n файл.</numerusform>
            <numerusform>Сохранено %n файла.</numerusform>
            <numerusform>Сохранено %n файлов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::ReaderWidget</name>
    <message>
        <source>Link to: %1</source>
        <translation>Ссылка на: %1</translation>
    </message>
    <message>
        <source>View &amp;Source</source>
        <translation>Показать &amp;исходный текст</translation>
    </message>
    <message>
        <source>Save &amp;All Attachments…</source>
        <translation>Сохранить &amp;все вложения…</translation>
    </message>
    <message>
        <source>"%1" is a program or script; it is not opened from mail. Use Save As to keep it.</source>
        <translation>«%1» — программа или сценарий; такие файлы не открываются из почты. Чтобы сохранить файл, используйте «Сохранить как».</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Сохранение вложения</translation>
    </message>
    <message>
        <source>Save All Attachments</source>
        <translation>Сохранение всех вложений</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::RemoteContentBar</name>
    <message>
        <source>Load once</source>
        <translation>Загрузить один раз</translation>
    </message>
    <message>
        <source>Remote content blocked</source>
        <translation>Внешнее содержимое заблокировано</translation>
    </message>
    <message numerus="yes">
        <source>Remote content blocked (%n item(s)) to protect your privacy.</source>
        <translation>
            <numerusform>Внешнее содержимое (%n элемент) заблокировано для защиты вашей конфиденциальности.</numerusform>
            <numerusform>Внешнее содержимое (%n элемента) заблокировано для защиты вашей конфиденциальности.</numerusform>
            <numerusform>Внешнее содержимое (%n элементов) заблокировано для защиты вашей конфиденциальности.</numerusform>
        </translation>
    </message>
    <message>
        <source>Always for %1</source>
        <translation>Всегда для %1</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::SendCertificateHandler</name>
    <message>
        <source>%1 cannot send: the certificate of %2 is not trusted.</source>
        <translation>%1 не может отправить почту: сертификат %2 не является доверенным.</translation>
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
        <translation>Нет (без шифрования)</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::SessionPasswordHandler</name>
    <message>
        <source>%1 is offline: no password for this session.</source>
        <translation>%1 не в сети: нет пароля для этого сеанса.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::SessionPasswordPrompt</name>
    <message>
        <source>Password for %1</source>
        <translation>Пароль для %1</translation>
    </message>
    <message>
        <source>Password for %1 (%2):</source>
        <translation>Пароль для %1 (%2):</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Страницы настроек</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Общие</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>&amp;Чтение</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>&amp;Учётные записи</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
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
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>A new language takes effect when Kestrel is restarted.</source>
        <translation>Новый язык вступит в силу после перезапуска Kestrel.</translation>
    </message>
    <message>
        <source>Show a &amp;notification when new mail arrives</source>
        <translation>Показывать у&amp;ведомление о новой почте</translation>
    </message>
    <message>
        <source>&amp;Mark messages read when shown in the reader</source>
        <translation>&amp;Помечать письма прочитанными при показе в области чтения</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> с</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;Через:</translation>
    </message>
    <message>
        <source>Load &amp;remote content in every message (not recommended)</source>
        <translation>&amp;Загружать внешнее содержимое во всех письмах (не рекомендуется)</translation>
    </message>
    <message>
        <source>Remote images tell the sender when and where you read a message. When off, each message asks, and you can allow a sender for good.</source>
        <translation>Внешние изображения сообщают отправителю, когда и где вы прочитали письмо. Если параметр выключен, каждое письмо спрашивает разрешения, и вы можете разрешить отправителя навсегда.</translation>
    </message>
    <message>
        <source>&amp;Default account:</source>
        <translation>Учётная запись по у&amp;молчанию:</translation>
    </message>
    <message>
        <source>New messages and mailto: links are written from this account. Its offline reading is set below.</source>
        <translation>Новые письма и ссылки mailto: пишутся от этой учётной записи. Её автономное чтение настраивается ниже.</translation>
    </message>
    <message>
        <source>Nothing (download when opened)</source>
        <translation>Ничего (загружать при открытии)</translation>
    </message>
    <message>
        <source>Text of recent messages</source>
        <translation>Текст недавних писем</translation>
    </message>
    <message>
        <source>Recent messages with attachments</source>
        <translation>Недавние письма с вложениями</translation>
    </message>
    <message>
        <source>&amp;Keep for offline reading:</source>
        <translation>&amp;Хранить для автономного чтения:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>&amp;Recent means the last:</source>
        <translation>&amp;Недавними считаются последние:</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::SyncCertificateHandler</name>
    <message>
        <source>%1 is offline: the certificate of %2 is not trusted.</source>
        <translation>%1 не в сети: сертификат %2 не является доверенным.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Ui::TaskProgressBar</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>OAuthErrors</name>
    <message>
        <source>The sign-in with %1 has expired or was withdrawn. Please sign in again.</source>
        <translation>Срок действия входа через %1 истёк, или вход был отозван. Войдите снова.</translation>
    </message>
    <message>
        <source>The account %1 is set to sign in with OAuth2, but has no provider set up.</source>
        <translation>Для учётной записи %1 настроен вход через OAuth2, но не указан провайдер.</translation>
    </message>
    <message>
        <source>%1 refused to issue a token: %2</source>
        <translation>%1 отказался выдать токен: %2</translation>
    </message>
    <message>
        <source>Kestrel could not reach %1 to sign in.</source>
        <translation>Kestrel не удалось связаться с %1 для входа.</translation>
    </message>
    <message>
        <source>%1 answered the sign-in with something Kestrel cannot use.</source>
        <translation>%1 ответил на запрос входа данными, которые Kestrel не может использовать.</translation>
    </message>
    <message>
        <source>%1 did not grant access: %2</source>
        <translation>%1 не предоставил доступ: %2</translation>
    </message>
    <message>
        <source>Kestrel could not wait for the browser's answer on this computer.</source>
        <translation>Kestrel не может ожидать ответа браузера на этом компьютере.</translation>
    </message>
    <message>
        <source>The sign-in with %1 did not finish in time.</source>
        <translation>Вход через %1 не завершился вовремя.</translation>
    </message>
</context>
<context>
    <name>SessionErrors</name>
    <message>
        <source>%1 refused %2: %3</source>
        <translation>%1 отказал в %2: %3</translation>
    </message>
    <message>
        <source>%1 did not accept the user name or password: %2</source>
        <translation>%1 не принял имя пользователя или пароль: %2</translation>
    </message>
    <message>
        <source>%1 offers no way of logging in that Kestrel supports.</source>
        <translation>%1 не предлагает ни одного способа входа, который поддерживает Kestrel.</translation>
    </message>
    <message>
        <source>%1 does not allow logging in over this connection.</source>
        <translation>%1 не разрешает вход через это соединение.</translation>
    </message>
    <message>
        <source>%1 could not prove that it knows the password; the connection may be intercepted.</source>
        <translation>%1 не смог доказать, что знает пароль; возможно, соединение перехвачено.</translation>
    </message>
    <message>
        <source>%1 closed the connection: %2</source>
        <translation>%1 закрыл соединение: %2</translation>
    </message>
    <message>
        <source>%1 stopped answering.</source>
        <translation>%1 перестал отвечать.</translation>
    </message>
    <message>
        <source>%1 sent a response that Kestrel cannot understand.</source>
        <translation>%1 прислал ответ, который Kestrel не может понять.</translation>
    </message>
    <message>
        <source>%1 does not support %2.</source>
        <translation>%1 не поддерживает %2.</translation>
    </message>
    <message>
        <source>%1 cannot be sent to %2 at this point of the connection.</source>
        <translation>%1 нельзя отправить на %2 на этом этапе соединения.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Нет соединения с %1.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed before the command finished.</source>
        <translation>Соединение с %1 закрылось до завершения команды.</translation>
    </message>
</context>
<context>
    <name>kestrel-cli</name>
    <message>
        <source>Usage:</source>
        <translation>Использование:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kestrel, a fast desktop mail client.</source>
        <translation>Kestrel — быстрый почтовый клиент для рабочего стола.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt;.</source>
        <translation>Использовать профиль в &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Сохранить снимок главного окна в &lt;file&gt; после его появления и выйти.</translation>
    </message>
    <message>
        <source>Use the user-interface language &lt;code&gt; (en, ru, lv).</source>
        <translation>Использовать язык интерфейса &lt;code&gt; (en, ru, lv).</translation>
    </message>
    <message>
        <source>A mailto: link to compose.</source>
        <translation>Ссылка mailto: для нового письма.</translation>
    </message>
    <message>
        <source>Kestrel</source>
        <translation>Kestrel</translation>
    </message>
    <message>
        <source>%1 is up to date.</source>
        <translation>%1: всё актуально.</translation>
    </message>
    <message>
        <source>Links opened elsewhere will start another Kestrel: %1</source>
        <translation>Ссылки, открытые из других программ, запустят ещё один экземпляр Kestrel: %1</translation>
    </message>
</context>
</TS>
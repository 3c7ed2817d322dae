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
    <name>Kestrel::Cli::AccountAddCommand</name>
    <message>
        <source>--name and --email are required.</source>
        <translation>Нужны --name и --email.</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>Учётная запись «%1» уже существует.</translation>
    </message>
    <message>
        <source>Added account &quot;%1&quot; (%2).</source>
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
        <source>No account named &quot;%1&quot;.</source>
        <translation>Нет учётной записи «%1».</translation>
    </message>
    <message>
        <source>Removed account &quot;%1&quot;.</source>
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
        <source>&quot;%1&quot; is not a flag: use seen, flagged, answered, deleted, draft or a keyword without spaces or brackets.</source>
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
        <source>No account named &quot;%1&quot;.</source>
        <translation>Нет учётной записи «%1».</translation>
    </message>
    <message>
        <source>No password is stored for &quot;%1&quot;.</source>
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
        <source>The folder &quot;%1&quot; is not in the cache; run sync first.</source>
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
    <name>Kestrel::Cli::PrefetchCommand</name>
    <message>
        <source>Usage: prefetch ACCOUNT [FOLDER] [--days N] [--everything]</source>
        <translation>Использование: prefetch УЧЁТНАЯ_ЗАПИСЬ [ПАПКА] [--days N] [--everything]</translation>
    </message>
    <message>
        <source>No account named &quot;%1&quot;.</source>
        <translation>Нет учётной записи «%1».</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is not in the cache; run sync first.</source>
        <translation>Папки «%1» нет в кэше; сначала выполните sync.</translation>
    </message>
    <message>
        <source>No password is stored for &quot;%1&quot;.</source>
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
        <source>No account named &quot;%1&quot;.</source>
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
</context>
<context>
    <name>Kestrel::Cli::ReplayCommand</name>
    <message>
        <source>No password is stored for &quot;%1&quot;.</source>
        <translation>Для «%1» не сохранён пароль.</translation>
    </message>
    <message>
        <source>queued, will be sent when %1 is reachable</source>
        <translation>в очереди, будет отправлено, когда %1 станет доступен</translation>
    </message>
    <message>
        <source>No account named &quot;%1&quot;.</source>
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
        <source>Cannot write &quot;%1&quot;: %2</source>
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
        <source>No account named &quot;%1&quot;.</source>
        <translation>Нет учётной записи «%1».</translation>
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
        <source>No account named &quot;%1&quot;.</source>
        <translation>Нет учётной записи «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a message UID.</source>
        <translation>«%1» — не UID сообщения.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is not in the cache; run sync first.</source>
        <translation>Папки «%1» нет в кэше; сначала выполните sync.</translation>
    </message>
    <message>
        <source>There is no message with UID %1 in &quot;%2&quot;; run sync first.</source>
        <translation>В «%2» нет сообщения с UID %1; сначала выполните sync.</translation>
    </message>
    <message>
        <source>No password is stored for &quot;%1&quot;.</source>
        <translation>Для «%1» не сохранён пароль.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Cli::ShowFileCommand</name>
    <message>
        <source>Cannot read the message file &quot;%1&quot;: %2</source>
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
</context>
<context>
    <name>Kestrel::Cli::SyncCommand</name>
    <message>
        <source>No account named &quot;%1&quot;.</source>
        <translation>Нет учётной записи «%1».</translation>
    </message>
    <message>
        <source>There is no account to synchronise.</source>
        <translation>Нет учётных записей для синхронизации.</translation>
    </message>
    <message>
        <source>No password is stored for &quot;%1&quot;.</source>
        <translation>Для «%1» не сохранён пароль.</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 removed, %4 changed</source>
        <translation>%1: новых %2, удалено %3, изменено %4</translation>
    </message>
</context>
<context>
    <name>Kestrel::CredentialStore</name>
    <message>
        <source>The system keychain could not be used: %1</source>
        <translation>Не удалось воспользоваться системным хранилищем паролей: %1</translation>
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
        <source>The address &quot;%1&quot; cannot be used for sending.</source>
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
    <name>Kestrel::Sync::AccountSync</name>
    <message>
        <source>The folder &quot;%1&quot; does not exist on %2.</source>
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
        <source>%1 did not describe the message&apos;s parts.</source>
        <translation>%1 не сообщил структуру частей сообщения.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::ContentFetchCoordinator</name>
    <message>
        <source>No password is stored for &quot;%1&quot;.</source>
        <translation>Для «%1» не сохранён пароль.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::FolderActions</name>
    <message>
        <source>A folder needs a name.</source>
        <translation>У папки должно быть имя.</translation>
    </message>
    <message>
        <source>There is already a folder &quot;%1&quot;.</source>
        <translation>Папка «%1» уже существует.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is not in the cache; synchronise first.</source>
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
        <source>The folder &quot;%1&quot; was recreated on the server; synchronise it first.</source>
        <translation>Папка «%1» была пересоздана на сервере; сначала синхронизируйте её.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::FolderWatcher</name>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 закрыл соединение.</translation>
    </message>
</context>
<context>
    <name>Kestrel::Sync::MessageActionRun</name>
    <message>
        <source>flag change</source>
        <translation>изменение флагов</translation>
    </message>
    <message>
        <source>move to &quot;%1&quot;</source>
        <translation>перемещение в «%1»</translation>
    </message>
    <message>
        <source>copy to &quot;%1&quot;</source>
        <translation>копирование в «%1»</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>удаление</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; no longer exists on %2, so the %3 of UID %4 was not done.</source>
        <translation>Папки «%1» больше нет на %2, поэтому %3 для UID %4 не выполнено.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; on %2 was rebuilt since, so the %3 of UID %4 was not done.</source>
        <translation>Папка «%1» на %2 с тех пор была пересоздана, поэтому %3 для UID %4 не выполнено.</translation>
    </message>
    <message>
        <source>UID %1 in &quot;%2&quot; no longer exists on %3, so the %4 was not done for it.</source>
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
        <source>The folder &quot;%1&quot; is not in the cache; synchronise first.</source>
        <translation>Папки «%1» нет в кэше; сначала синхронизируйте.</translation>
    </message>
    <message>
        <source>No message was chosen.</source>
        <translation>Сообщение не выбрано.</translation>
    </message>
    <message>
        <source>There is no message with UID %1 in &quot;%2&quot; in the cache.</source>
        <translation>В кэше нет сообщения с UID %1 в «%2».</translation>
    </message>
    <message>
        <source>The messages are already in &quot;%1&quot;.</source>
        <translation>Сообщения уже находятся в «%1».</translation>
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
        <source>No password is stored for &quot;%1&quot;.</source>
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
        <source>Messages</source>
        <translation>Письма</translation>
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
    <name>Kestrel::Ui::ReaderWidget</name>
    <message>
        <source>Attachments: %1</source>
        <translation>Вложения: %1</translation>
    </message>
    <message>
        <source>Link to: %1</source>
        <translation>Ссылка на: %1</translation>
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
</context>
</TS>

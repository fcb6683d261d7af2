<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>Backup</name>
    <message>
      <source>There is no journal in {folder} to back up.</source>
      <translation>В {folder} нет журнала для резервного копирования.</translation>
    </message>
    <message>
      <source>A backup cannot replace the journal itself.</source>
      <translation>Резервная копия не может заменить сам журнал.</translation>
    </message>
    <message>
      <source>{file} exists and is not a Rapport backup; choose another name, or add --force to replace it</source>
      <translation>{file} уже существует и не является резервной копией Rapport; выберите другое имя или добавьте --force, чтобы заменить файл</translation>
    </message>
    <message>
      <source>The backup failed: {reason}</source>
      <translation>Резервное копирование не удалось: {reason}</translation>
    </message>
    <message>
      <source>The backup did not pass its check and was removed: {detail}</source>
      <translation>Резервная копия не прошла проверку и удалена: {detail}</translation>
    </message>
    <message>
      <source>{file} is not a sound Rapport backup: {detail}</source>
      <translation>{file} — не исправная резервная копия Rapport: {detail}</translation>
    </message>
    <message>
      <source>The restore failed: {reason}</source>
      <translation>Восстановить не удалось: {reason}</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>'{value}' is not a date (YYYY-MM-DD)</source>
      <translation>«{value}» — не дата (нужно ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
      <source>--data-dir {folder}: this is a file, not a folder</source>
      <translation>--data-dir {folder}: это файл, а не папка</translation>
    </message>
    <message>
      <source>there is no journal in {folder} (nothing was created there)</source>
      <translation>в папке {folder} нет журнала (там ничего не создано)</translation>
    </message>
    <message>
      <source>the journal in {folder} was written by a newer version of Rapport; install that version to open it (the journal was left untouched)</source>
      <translation>журнал в {folder} записан более новой версией Rapport; установите её, чтобы открыть журнал (журнал не изменён)</translation>
    </message>
    <message>
      <source>--client: no client has the id or name '{value}'</source>
      <translation>--client: нет клиента с идентификатором или именем «{value}»</translation>
    </message>
    <message>
      <source>--client: several clients are named '{value}'; give one id: {ids}</source>
      <translation>--client: несколько клиентов с именем «{value}»; укажите один идентификатор: {ids}</translation>
    </message>
    <message>
      <source>--from {start} is after --to {end}</source>
      <translation>--from {start} позже, чем --to {end}</translation>
    </message>
    <message>
      <source>{file}: no such file</source>
      <translation>{file}: нет такого файла</translation>
    </message>
    <message numerus="yes">
      <source>nothing was imported: the file has %n problem(s)</source>
      <translation>
        <numerusform>ничего не импортировано: в файле %n ошибка</numerusform>
        <numerusform>ничего не импортировано: в файле %n ошибки</numerusform>
        <numerusform>ничего не импортировано: в файле %n ошибок</numerusform>
      </translation>
    </message>
    <message>
      <source>Imported {summary}.</source>
      <translation>Импортировано: {summary}.</translation>
    </message>
    <message>
      <source>--client: the value is not valid text in this system's encoding</source>
      <translation>--client: значение не является текстом в кодировке этой системы</translation>
    </message>
    <message numerus="yes">
      <source>and %n more problem(s)</source>
      <translation>
        <numerusform>и ещё %n ошибка</numerusform>
        <numerusform>и ещё %n ошибки</numerusform>
        <numerusform>и ещё %n ошибок</numerusform>
      </translation>
    </message>
    <message>
      <source>{file}: {problem}; nothing was imported</source>
      <translation>{file}: {problem}; ничего не импортировано</translation>
    </message>
    <message>
      <source>Imported meetings from {file}: added {added}, updated {updated}, removed {removed}, unchanged {unchanged}; skipped {skipped} (all-day, cancelled, declined or with nobody else).</source>
      <translation>Встречи из {file} импортированы: добавлено — {added}, обновлено — {updated}, удалено — {removed}, без изменений — {unchanged}; пропущено — {skipped} (на весь день, отменённые, отклонённые или без других участников).</translation>
    </message>
    <message>
      <source>{file}: the file name must end in .pdf, .json or .csv</source>
      <translation>{file}: имя файла должно оканчиваться на .pdf, .json или .csv</translation>
    </message>
    <message>
      <source>{folder}: no such folder</source>
      <translation>{folder}: нет такой папки</translation>
    </message>
    <message>
      <source>could not write {file}: {reason}</source>
      <translation>не удалось записать {file}: {reason}</translation>
    </message>
    <message>
      <source>Exported {summary} to {file}.</source>
      <translation>Экспортировано в {file}: {summary}.</translation>
    </message>
    <message>
      <source>Backed up the journal to {file}.</source>
      <translation>Резервная копия журнала сохранена в {file}.</translation>
    </message>
    <message>
      <source>The journal as it was is kept in {file}.</source>
      <translation>Прежний журнал сохранён в {file}.</translation>
    </message>
    <message>
      <source>Restored the journal from {file}.</source>
      <translation>Журнал восстановлен из {file}.</translation>
    </message>
    <message numerus="yes">
      <source>the journal in {folder} has %n problem(s)</source>
      <translation>
        <numerusform>в журнале в {folder} найдена %n проблема</numerusform>
        <numerusform>в журнале в {folder} найдены %n проблемы</numerusform>
        <numerusform>в журнале в {folder} найдено %n проблем</numerusform>
      </translation>
    </message>
    <message>
      <source>(no log: the data folder cannot hold one)</source>
      <translation>(журнала событий нет: в папке данных его не создать)</translation>
    </message>
    <message>
      <source>something went wrong ({error}); your journal is safe. The details are in {log}</source>
      <translation>что-то пошло не так ({error}); ваш журнал в сохранности. Подробности — в {log}</translation>
    </message>
    <message>
      <source>the journal in {folder} is read-only: nothing was changed</source>
      <translation>журнал в {folder} доступен только для чтения: ничего не изменено</translation>
    </message>
    <message>
      <source>another program kept the journal busy for 30 seconds, so nothing was saved; try again when it has finished</source>
      <translation>другая программа занимала журнал 30 секунд, поэтому ничего не сохранено; повторите, когда она закончит</translation>
    </message>
    <message>
      <source>The journal in {folder} is sound.</source>
      <translation>Журнал в {folder} в порядке.</translation>
    </message>
    <message>
      <source>could not open {file}: {reason}</source>
      <translation>не удалось открыть {file}: {reason}</translation>
    </message>
    <message>
      <source>the journal {file} is damaged ({detail}); nothing was written to it.</source>
      <translation>журнал {file} повреждён ({detail}); в него ничего не записано.</translation>
    </message>
    <message>
      <source>There is no sound backup in {folder}.</source>
      <translation>В {folder} нет исправной резервной копии.</translation>
    </message>
    <message numerus="yes">
      <source>The newest sound backup is {file} ({made}, %n entries); bring it back with: rapport restore '{file}'</source>
      <translation>
        <numerusform>Самая свежая исправная копия — {file} ({made}, %n запись); восстановите её командой: rapport restore '{file}'</numerusform>
        <numerusform>Самая свежая исправная копия — {file} ({made}, %n записи); восстановите её командой: rapport restore '{file}'</numerusform>
        <numerusform>Самая свежая исправная копия — {file} ({made}, %n записей); восстановите её командой: rapport restore '{file}'</numerusform>
      </translation>
    </message>
    <message>
      <source>Rapport is open: close it or restore from its Settings</source>
      <translation>Rapport открыт: закройте его или восстановите копию в его настройках</translation>
    </message>
    <message>
      <source>The journal stays unencrypted, as it was; 'rapport encrypt' protects it.</source>
      <translation>Журнал остаётся незашифрованным, как и был; «rapport encrypt» защитит его.</translation>
    </message>
    <message>
      <source>the journal in {folder} is not empty; demo fills only an empty journal</source>
      <translation>журнал в {folder} не пуст; демо-данные заполняют только пустой журнал</translation>
    </message>
    <message>
      <source>Filled the journal with sample data: {summary}.</source>
      <translation>Журнал заполнен примером: {summary}.</translation>
    </message>
    <message>
      <source>TEXT: the value is not valid text in this system's encoding</source>
      <translation>TEXT: значение не является текстом в кодировке этой системы</translation>
    </message>
    <message>
      <source>'{text}' has no word to search for</source>
      <translation>в «{text}» нет ни одного слова для поиска</translation>
    </message>
    <message>
      <source>Nothing in the journal matches '{text}'.</source>
      <translation>В журнале ничего не найдено по запросу «{text}».</translation>
    </message>
    <message>
      <source>'{value}' is not a number of hits from 1 to {most}</source>
      <translation>«{value}» — не число результатов от 1 до {most}</translation>
    </message>
    <message>
      <source>'{value}' is not a number of months from 1 to 240</source>
      <translation>«{value}» — не число месяцев от 1 до 240</translation>
    </message>
    <message>
      <source>Rapport: a journal of client relationships.</source>
      <translation>Rapport: журнал отношений с клиентами.</translation>
    </message>
    <message>
      <source>the data folder (default: $RAPPORT_DATA_DIR, else the user data folder)</source>
      <translation>папка данных (по умолчанию $RAPPORT_DATA_DIR, иначе папка данных пользователя)</translation>
    </message>
    <message>
      <source>start in the tray, without opening the window</source>
      <translation>запуститься в системном лотке, не открывая окно</translation>
    </message>
    <message>
      <source>add or update records from a JSON file, or meetings from a calendar (.ics)</source>
      <translation>добавить или обновить записи из файла JSON либо встречи из календаря (.ics)</translation>
    </message>
    <message>
      <source>export to FILE (.pdf, .json or .csv)</source>
      <translation>экспорт в FILE (.pdf, .json или .csv)</translation>
    </message>
    <message>
      <source>the burnout level and its signals</source>
      <translation>уровень выгорания и его сигналы</translation>
    </message>
    <message>
      <source>full-text search, newest first, the same search as the window's</source>
      <translation>полнотекстовый поиск, сначала новые, тот же, что в окне</translation>
    </message>
    <message>
      <source>at most N hits (20)</source>
      <translation>не больше N результатов (20)</translation>
    </message>
    <message>
      <source>a consistent copy of the journal</source>
      <translation>согласованная копия журнала</translation>
    </message>
    <message>
      <source>replace FILE even if it is not a Rapport backup</source>
      <translation>заменить FILE, даже если это не резервная копия Rapport</translation>
    </message>
    <message>
      <source>replace the journal with a backup</source>
      <translation>заменить журнал резервной копией</translation>
    </message>
    <message>
      <source>integrity check; exit 0 when sound</source>
      <translation>проверка целостности; код 0, если всё в порядке</translation>
    </message>
    <message>
      <source>fill an empty journal with sample data</source>
      <translation>заполнить пустой журнал примером данных</translation>
    </message>
  </context>
</TS>
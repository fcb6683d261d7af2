<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>DamagedDialog</name>
    <message>
      <source>This journal is damaged</source>
      <translation>Этот журнал повреждён</translation>
    </message>
    <message>
      <source>Rapport found damage in %1 and has not written to it (%2).</source>
      <translation>Rapport обнаружил повреждение в %1 и ничего в него не записывал (%2).</translation>
    </message>
    <message>
      <source>&amp;Restore this backup</source>
      <translation>&amp;Восстановить эту копию</translation>
    </message>
    <message>
      <source>&amp;Open another journal…</source>
      <translation>&amp;Открыть другой журнал…</translation>
    </message>
    <message>
      <source>&amp;Show the file</source>
      <translation>&amp;Показать файл</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>В&amp;ыйти</translation>
    </message>
    <message>
      <source>There is no sound backup in the backups folder.</source>
      <translation>В папке резервных копий нет исправной копии.</translation>
    </message>
    <message numerus="yes">
      <source>The newest sound backup is from %1 and holds %n entries.</source>
      <translation>
        <numerusform>Самая свежая исправная копия сделана %1, в ней %n запись.</numerusform>
        <numerusform>Самая свежая исправная копия сделана %1, в ней %n записи.</numerusform>
        <numerusform>Самая свежая исправная копия сделана %1, в ней %n записей.</numerusform>
      </translation>
    </message>
    <message>
      <source>Restoring…</source>
      <translation>Восстановление…</translation>
    </message>
    <message>
      <source>Restored. The damaged file is kept as %1</source>
      <translation>Восстановлено. Повреждённый файл сохранён как %1</translation>
    </message>
    <message>
      <source>The restore failed: %1</source>
      <translation>Восстановить не удалось: %1</translation>
    </message>
    <message>
      <source>Open another journal</source>
      <translation>Открыть другой журнал</translation>
    </message>
  </context>
  <context>
    <name>Display</name>
    <message>
      <source>Rapport's window needs a graphical display and there is none here (DISPLAY is not set); the commands work without one: rapport --help</source>
      <translation>Окну Rapport нужен графический дисплей, а здесь его нет (DISPLAY не задан); команды работают и без него: rapport --help</translation>
    </message>
    <message>
      <source>Rapport's window needs system libraries that are missing ({names}); install them with: {line}</source>
      <translation>Окну Rapport не хватает системных библиотек ({names}); установите их командой: {line}</translation>
    </message>
  </context>
  <context>
    <name>ErrorDialog</name>
    <message>
      <source>Something went wrong</source>
      <translation>Что-то пошло не так</translation>
    </message>
    <message>
      <source>Something went wrong. Your journal is safe.</source>
      <translation>Что-то пошло не так. Ваш журнал в сохранности.</translation>
    </message>
    <message>
      <source>&amp;Copy details</source>
      <translation>&amp;Скопировать подробности</translation>
    </message>
    <message>
      <source>&amp;Open the log</source>
      <translation>&amp;Открыть журнал событий</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
  </context>
  <context>
    <name>Files</name>
    <message>
      <source>0 bytes</source>
      <translation>0 байт</translation>
    </message>
    <message>
      <source>The disk is full: {free} free in {folder}. Nothing was written to {file}.</source>
      <translation>Диск заполнен: в {folder} свободно {free}. В {file} ничего не записано.</translation>
    </message>
    <message>
      <source>{file} could not be written ({reason}); nothing was changed there.</source>
      <translation>Не удалось записать {file} ({reason}); файл остался прежним.</translation>
    </message>
  </context>
  <context>
    <name>Worker</name>
    <message numerus="yes">
      <source>and %n more problem(s)</source>
      <translation>
        <numerusform>и ещё %n ошибка</numerusform>
        <numerusform>и ещё %n ошибки</numerusform>
        <numerusform>и ещё %n ошибок</numerusform>
      </translation>
    </message>
  </context>
</TS>
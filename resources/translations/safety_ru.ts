<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
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
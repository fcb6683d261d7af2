<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>PrivacyCli</name>
    <message>
      <source>no passphrase was given</source>
      <translation>кодовая фраза не введена</translation>
    </message>
    <message>
      <source>the journal in {folder} is encrypted: give its passphrase in RAPPORT_PASSPHRASE or run in a terminal</source>
      <translation>журнал в {folder} зашифрован: укажите кодовую фразу в RAPPORT_PASSPHRASE или запустите команду в терминале</translation>
    </message>
    <message>
      <source>Passphrase: </source>
      <translation>Кодовая фраза: </translation>
    </message>
    <message>
      <source>give the new passphrase in RAPPORT_NEW_PASSPHRASE or run in a terminal</source>
      <translation>укажите новую кодовую фразу в RAPPORT_NEW_PASSPHRASE или запустите команду в терминале</translation>
    </message>
    <message>
      <source>New passphrase: </source>
      <translation>Новая кодовая фраза: </translation>
    </message>
    <message>
      <source>New passphrase again: </source>
      <translation>Новая кодовая фраза ещё раз: </translation>
    </message>
    <message>
      <source>the two passphrases differ; nothing was changed</source>
      <translation>фразы не совпадают; ничего не изменено</translation>
    </message>
    <message numerus="yes">
      <source>the new passphrase is too short: use at least %n characters; nothing was changed</source>
      <translation>
        <numerusform>новая кодовая фраза слишком короткая: нужен хотя бы %n символ; ничего не изменено</numerusform>
        <numerusform>новая кодовая фраза слишком короткая: нужно хотя бы %n символа; ничего не изменено</numerusform>
        <numerusform>новая кодовая фраза слишком короткая: нужно хотя бы %n символов; ничего не изменено</numerusform>
      </translation>
    </message>
    <message>
      <source>--recovery-code: a recovery code has 24 letters and digits, like XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
      <translation>--recovery-code: код восстановления состоит из 24 букв и цифр, например XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
      <source>the recovery code does not open {file}; nothing was changed</source>
      <translation>код восстановления не подходит к {file}; ничего не изменено</translation>
    </message>
    <message>
      <source>wrong passphrase for {file}; nothing was changed</source>
      <translation>неверная кодовая фраза для {file}; ничего не изменено</translation>
    </message>
    <message>
      <source>the keys of {file} cannot be read ({reason})</source>
      <translation>не удаётся прочитать ключи {file} ({reason})</translation>
    </message>
    <message>
      <source>the journal in {folder} is already encrypted; see 'rapport passphrase'</source>
      <translation>журнал в {folder} уже зашифрован; см. «rapport passphrase»</translation>
    </message>
    <message>
      <source>the journal could not be encrypted and was left as it was: {reason}</source>
      <translation>зашифровать журнал не удалось, он остался как был: {reason}</translation>
    </message>
    <message>
      <source>The journal in {folder} is now encrypted.</source>
      <translation>Журнал в {folder} теперь зашифрован.</translation>
    </message>
    <message>
      <source>Keep the recovery code somewhere safe: with it you can set a new passphrase if you forget yours. Without the passphrase or the recovery code nobody can open the journal, including us.</source>
      <translation>Сохраните код восстановления в надёжном месте: с ним можно задать новую кодовую фразу, если эта забудется. Без кодовой фразы или кода восстановления журнал не откроет никто, даже мы.</translation>
    </message>
    <message numerus="yes">
      <source>Also delete the %n unencrypted backup(s)? (Recommended) [Y/n] </source>
      <translation>
        <numerusform>Удалить и %n незашифрованную резервную копию? (Рекомендуется) [Y/n] </numerusform>
        <numerusform>Удалить и %n незашифрованные резервные копии? (Рекомендуется) [Y/n] </numerusform>
        <numerusform>Удалить и %n незашифрованных резервных копий? (Рекомендуется) [Y/n] </numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Deleted %n unencrypted backup(s).</source>
      <translation>
        <numerusform>Удалена %n незашифрованная резервная копия.</numerusform>
        <numerusform>Удалены %n незашифрованные резервные копии.</numerusform>
        <numerusform>Удалено %n незашифрованных резервных копий.</numerusform>
      </translation>
    </message>
    <message>
      <source>the journal in {folder} is not encrypted</source>
      <translation>журнал в {folder} не зашифрован</translation>
    </message>
    <message>
      <source>the journal could not be decrypted and was left as it was: {reason}</source>
      <translation>расшифровать журнал не удалось, он остался как был: {reason}</translation>
    </message>
    <message>
      <source>The journal in {folder} is no longer encrypted.</source>
      <translation>Журнал в {folder} больше не зашифрован.</translation>
    </message>
    <message>
      <source>The encrypted journal as it was is kept in {file}.</source>
      <translation>Зашифрованный журнал в прежнем виде сохранён в {file}.</translation>
    </message>
    <message>
      <source>the journal in {folder} is not encrypted; see 'rapport encrypt'</source>
      <translation>журнал в {folder} не зашифрован; см. «rapport encrypt»</translation>
    </message>
    <message>
      <source>The passphrase of the journal in {folder} was changed.</source>
      <translation>Кодовая фраза журнала в {folder} изменена.</translation>
    </message>
    <message>
      <source>protect the journal with a passphrase</source>
      <translation>защитить журнал кодовой фразой</translation>
    </message>
    <message>
      <source>also delete the unencrypted backups without asking</source>
      <translation>заодно удалить незашифрованные резервные копии, не спрашивая</translation>
    </message>
    <message>
      <source>remove the passphrase</source>
      <translation>снять кодовую фразу</translation>
    </message>
    <message>
      <source>change the passphrase, or set a new one with the recovery code</source>
      <translation>сменить кодовую фразу или задать новую по коду восстановления</translation>
    </message>
    <message>
      <source>{file} is encrypted but its keys ({keys}) are not beside it</source>
      <translation>{file} зашифрован, но его ключей ({keys}) рядом нет</translation>
    </message>
  </context>
</TS>
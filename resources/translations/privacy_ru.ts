<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>NewPassphraseDialog</name>
    <message>
      <source>Encrypt the journal</source>
      <translation>Шифрование журнала</translation>
    </message>
    <message>
      <source>Change the passphrase</source>
      <translation>Смена кодовой фразы</translation>
    </message>
    <message>
      <source>&amp;New passphrase:</source>
      <translation>&amp;Новая кодовая фраза:</translation>
    </message>
    <message>
      <source>&amp;Again:</source>
      <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
      <source>&amp;Encrypt</source>
      <translation>&amp;Зашифровать</translation>
    </message>
    <message>
      <source>&amp;Change passphrase</source>
      <translation>&amp;Сменить кодовую фразу</translation>
    </message>
  </context>
  <context>
    <name>Privacy</name>
    <message>
      <source>&lt;p&gt;Encryption protects the journal, its backups and drafts on disk: a lost or stolen laptop, a synced folder or a backup disk gives nothing away.&lt;/p&gt;&lt;p&gt;It does not protect against someone using this computer while the journal is unlocked, and exports (PDF, JSON, CSV) are plain files.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Without the passphrase or the recovery code the journal cannot be opened by anyone, including us.&lt;/b&gt;&lt;/p&gt;</source>
      <translation>&lt;p&gt;Шифрование защищает журнал, его резервные копии и черновики на диске: потерянный или украденный ноутбук, синхронизируемая папка или диск с копиями ничего не выдадут.&lt;/p&gt;&lt;p&gt;Оно не защищает от того, кто пользуется этим компьютером, пока журнал разблокирован, а экспорт (PDF, JSON, CSV) — обычные незашифрованные файлы.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Без кодовой фразы или кода восстановления журнал не откроет никто, даже мы.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
      <source>Use at least %n characters.</source>
      <translation>
        <numerusform>Нужен хотя бы %n символ.</numerusform>
        <numerusform>Нужно хотя бы %n символа.</numerusform>
        <numerusform>Нужно хотя бы %n символов.</numerusform>
      </translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>Фразы не совпадают.</translation>
    </message>
    <message>
      <source>Rapport locked itself after a while without use.</source>
      <translation>Rapport заблокировался: им какое-то время не пользовались.</translation>
    </message>
  </context>
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
      <source>Rapport is open: close it or use its Settings → Privacy</source>
      <translation>Rapport открыт: закройте его или откройте в нём «Настройки → Конфиденциальность»</translation>
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
    <message numerus="yes">
      <source>%n unencrypted backup(s) remain in {folder}: they can still be read without the passphrase.</source>
      <translation>
        <numerusform>В {folder} осталась %n незашифрованная резервная копия: её можно прочитать без кодовой фразы.</numerusform>
        <numerusform>В {folder} остались %n незашифрованные резервные копии: их можно прочитать без кодовой фразы.</numerusform>
        <numerusform>В {folder} осталось %n незашифрованных резервных копий: их можно прочитать без кодовой фразы.</numerusform>
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
  <context>
    <name>PrivacyPanel</name>
    <message>
      <source>Privacy</source>
      <translation>Конфиденциальность</translation>
    </message>
    <message>
      <source>The journal is encrypted: it opens only with your passphrase or recovery code.</source>
      <translation>Журнал зашифрован: он открывается только кодовой фразой или кодом восстановления.</translation>
    </message>
    <message>
      <source>The journal is not encrypted: anyone who can read its files can read it.</source>
      <translation>Журнал не зашифрован: его прочитает любой, у кого есть доступ к его файлам.</translation>
    </message>
    <message>
      <source>En&amp;crypt the journal…</source>
      <translation>За&amp;шифровать журнал…</translation>
    </message>
    <message>
      <source>Change &amp;passphrase…</source>
      <translation>С&amp;менить кодовую фразу…</translation>
    </message>
    <message>
      <source>T&amp;urn encryption off…</source>
      <translation>Отклю&amp;чить шифрование…</translation>
    </message>
    <message>
      <source>Re&amp;member the passphrase on this computer</source>
      <translation>Запомнить кодовую фразу на &amp;этом компьютере</translation>
    </message>
    <message>
      <source>Kept in the system's keychain, so Rapport opens without asking.</source>
      <translation>Фраза хранится в системной связке ключей, и Rapport открывается без вопроса.</translation>
    </message>
    <message>
      <source>Lock after i&amp;dle minutes:</source>
      <translation>&amp;Блокировать после простоя, минут:</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>Никогда</translation>
    </message>
    <message>
      <source> min</source>
      <translation> мин</translation>
    </message>
    <message>
      <source>Nothing was changed: %1</source>
      <translation>Ничего не изменено: %1</translation>
    </message>
    <message>
      <source>Encrypting the journal…</source>
      <translation>Журнал шифруется…</translation>
    </message>
    <message>
      <source>The journal is now encrypted.</source>
      <translation>Теперь журнал зашифрован.</translation>
    </message>
    <message>
      <source>Unencrypted backups</source>
      <translation>Незашифрованные резервные копии</translation>
    </message>
    <message numerus="yes">
      <source>Also delete the %n unencrypted backups? (Recommended)</source>
      <translation>
        <numerusform>Удалить и %n незашифрованную резервную копию? (Рекомендуется)</numerusform>
        <numerusform>Удалить и %n незашифрованные резервные копии? (Рекомендуется)</numerusform>
        <numerusform>Удалить и %n незашифрованных резервных копий? (Рекомендуется)</numerusform>
      </translation>
    </message>
    <message>
      <source>They were made before encryption was turned on, and anyone can read them.</source>
      <translation>Они сделаны до включения шифрования, и прочитать их может кто угодно.</translation>
    </message>
    <message>
      <source>&amp;Delete them</source>
      <translation>&amp;Удалить</translation>
    </message>
    <message>
      <source>&amp;Keep them</source>
      <translation>&amp;Оставить</translation>
    </message>
    <message numerus="yes">
      <source>Deleted %n unencrypted backups.</source>
      <translation>
        <numerusform>Удалена %n незашифрованная резервная копия.</numerusform>
        <numerusform>Удалены %n незашифрованные резервные копии.</numerusform>
        <numerusform>Удалено %n незашифрованных резервных копий.</numerusform>
      </translation>
    </message>
    <message>
      <source>Enter the passphrase in force now.</source>
      <translation>Введите действующую кодовую фразу.</translation>
    </message>
    <message>
      <source>Changing the passphrase…</source>
      <translation>Кодовая фраза меняется…</translation>
    </message>
    <message>
      <source>The passphrase was changed. The recovery code stays the same.</source>
      <translation>Кодовая фраза изменена. Код восстановления остался прежним.</translation>
    </message>
    <message>
      <source>Decrypting the journal…</source>
      <translation>Журнал расшифровывается…</translation>
    </message>
    <message>
      <source>The journal is no longer encrypted. The encrypted backups still need the passphrase.</source>
      <translation>Журнал больше не зашифрован. Для зашифрованных резервных копий по-прежнему нужна кодовая фраза.</translation>
    </message>
    <message>
      <source>The passphrase is no longer kept on this computer.</source>
      <translation>Кодовая фраза больше не хранится на этом компьютере.</translation>
    </message>
    <message>
      <source>The passphrase is kept in this computer's keychain.</source>
      <translation>Кодовая фраза хранится в связке ключей этого компьютера.</translation>
    </message>
    <message>
      <source>This computer has no keychain Rapport can use.</source>
      <translation>На этом компьютере нет связки ключей, доступной Rapport.</translation>
    </message>
  </context>
  <context>
    <name>RecoveryCodeDialog</name>
    <message>
      <source>Your recovery code</source>
      <translation>Ваш код восстановления</translation>
    </message>
    <message>
      <source>If you forget your passphrase, this code is the only way back into your journal. It is shown only now: copy it, save it or print it, and keep it somewhere safe, away from this computer.</source>
      <translation>Если кодовая фраза забудется, только этот код вернёт доступ к журналу. Он показывается лишь сейчас: скопируйте, сохраните или распечатайте его и держите в надёжном месте, не на этом компьютере.</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Копировать</translation>
    </message>
    <message>
      <source>&amp;Save to file…</source>
      <translation>&amp;Сохранить в файл…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Печать…</translation>
    </message>
    <message>
      <source>I have &amp;kept the recovery code somewhere safe</source>
      <translation>Код восстановления &amp;сохранён в надёжном месте</translation>
    </message>
    <message>
      <source>&amp;Done</source>
      <translation>&amp;Готово</translation>
    </message>
    <message>
      <source>Copied.</source>
      <translation>Скопировано.</translation>
    </message>
    <message>
      <source>Rapport recovery code</source>
      <translation>Код восстановления Rapport</translation>
    </message>
    <message>
      <source>Saved to %1</source>
      <translation>Сохранено в %1</translation>
    </message>
    <message>
      <source>Save the recovery code</source>
      <translation>Сохранение кода восстановления</translation>
    </message>
    <message>
      <source>Could not save: %1</source>
      <translation>Не удалось сохранить: %1</translation>
    </message>
    <message>
      <source>Sent to the printer.</source>
      <translation>Отправлено на печать.</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <source>Unlock the backup</source>
      <translation>Разблокировка резервной копии</translation>
    </message>
    <message>
      <source>Unlock the journal</source>
      <translation>Разблокировка журнала</translation>
    </message>
    <message>
      <source>This backup is encrypted. Enter the passphrase that was in force when it was made.</source>
      <translation>Эта резервная копия зашифрована. Введите кодовую фразу, которая действовала, когда копия была сделана.</translation>
    </message>
    <message>
      <source>Your journal is protected by a passphrase.</source>
      <translation>Журнал защищён кодовой фразой.</translation>
    </message>
    <message>
      <source>&amp;Remember on this computer</source>
      <translation>&amp;Запомнить на этом компьютере</translation>
    </message>
    <message>
      <source>Keeps the passphrase in the system's keychain, so Rapport opens without asking.</source>
      <translation>Кодовая фраза хранится в системной связке ключей, и Rapport открывается без вопроса.</translation>
    </message>
    <message>
      <source>&amp;Forgot it? Use the recovery code</source>
      <translation>&amp;Забыли? Воспользуйтесь кодом восстановления</translation>
    </message>
    <message>
      <source>&amp;Passphrase:</source>
      <translation>&amp;Кодовая фраза:</translation>
    </message>
    <message>
      <source>Recovery &amp;code:</source>
      <translation>&amp;Код восстановления:</translation>
    </message>
    <message>
      <source>&amp;New passphrase:</source>
      <translation>&amp;Новая кодовая фраза:</translation>
    </message>
    <message>
      <source>&amp;Again:</source>
      <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>&amp;Разблокировать</translation>
    </message>
    <message>
      <source>Enter your recovery code and choose a new passphrase.</source>
      <translation>Введите код восстановления и задайте новую кодовую фразу.</translation>
    </message>
    <message>
      <source>Enter the passphrase.</source>
      <translation>Введите кодовую фразу.</translation>
    </message>
    <message>
      <source>Unlocking…</source>
      <translation>Разблокировка…</translation>
    </message>
    <message>
      <source>A recovery code has 24 letters and digits, like XXXX-XXXX-XXXX-XXXX-XXXX-XXXX.</source>
      <translation>Код восстановления состоит из 24 букв и цифр, например XXXX-XXXX-XXXX-XXXX-XXXX-XXXX.</translation>
    </message>
    <message>
      <source>That recovery code does not open it. Check it and try again.</source>
      <translation>Этот код восстановления не подходит. Проверьте его и попробуйте ещё раз.</translation>
    </message>
    <message>
      <source>That passphrase is not the right one. Try again.</source>
      <translation>Кодовая фраза неверна. Попробуйте ещё раз.</translation>
    </message>
  </context>
</TS>
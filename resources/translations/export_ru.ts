<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>BackupsPanel</name>
    <message>
      <source>Made</source>
      <translation>Создана</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Размер</translation>
    </message>
    <message>
      <source>&amp;Back up now</source>
      <translation>Создать &amp;копию сейчас</translation>
    </message>
    <message>
      <source>&amp;Restore…</source>
      <translation>Восст&amp;ановить…</translation>
    </message>
    <message>
      <source>Backups (one a day, kept: the last 7 days and 8 weeks)</source>
      <translation>Резервные копии (одна в день; хранятся последние 7 дней и 8 недель)</translation>
    </message>
    <message>
      <source>Daily</source>
      <translation>Ежедневная</translation>
    </message>
    <message>
      <source>Made by you</source>
      <translation>Созданная вами</translation>
    </message>
    <message>
      <source>Before a restore</source>
      <translation>Перед восстановлением</translation>
    </message>
    <message>
      <source>Before an upgrade</source>
      <translation>Перед обновлением</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Другая</translation>
    </message>
    <message>
      <source>Backed up to %1</source>
      <translation>Копия сохранена: %1</translation>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>Восстановление из копии</translation>
    </message>
    <message>
      <source>Replace the journal with the backup made %1? The journal as it is now is backed up first, so this can be undone by restoring that backup.</source>
      <translation>Заменить журнал копией от %1? Сначала будет сохранена копия журнала в нынешнем виде, так что восстановление можно отменить, вернув эту копию.</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Восстановить</translation>
    </message>
    <message>
      <source>Restoring…</source>
      <translation>Восстановление…</translation>
    </message>
    <message>
      <source>Restored. The journal as it was is kept in %1</source>
      <translation>Восстановлено. Журнал в прежнем виде сохранён в %1</translation>
    </message>
  </context>
  <context>
    <name>Chart</name>
    <message>
      <source>Pressure events</source>
      <translation>Случаи давления</translation>
    </message>
    <message>
      <source>Conceded</source>
      <translation>Уступки</translation>
    </message>
    <message>
      <source>Unpaid hours</source>
      <translation>Неоплаченные часы</translation>
    </message>
    <message>
      <source>Gratitude notes</source>
      <translation>Благодарности</translation>
    </message>
    <message>
      <source>events</source>
      <translation>случаи</translation>
    </message>
    <message>
      <source>hours</source>
      <translation>часы</translation>
    </message>
    <message>
      <source>Week of %1</source>
      <translation>Неделя с %1</translation>
    </message>
    <message numerus="yes">
      <source>%n pressure event(s)</source>
      <translation>
        <numerusform>%n случай давления</numerusform>
        <numerusform>%n случая давления</numerusform>
        <numerusform>%n случаев давления</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n conceded</source>
      <translation>
        <numerusform>уступили: %n</numerusform>
        <numerusform>уступили: %n</numerusform>
        <numerusform>уступили: %n</numerusform>
      </translation>
    </message>
    <message>
      <source>Unpaid hours: %1</source>
      <translation>Неоплаченных часов: %1</translation>
    </message>
    <message numerus="yes">
      <source>%n gratitude note(s)</source>
      <translation>
        <numerusform>%n благодарность</numerusform>
        <numerusform>%n благодарности</numerusform>
        <numerusform>%n благодарностей</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ClientChart</name>
    <message>
      <source>Mean mood</source>
      <translation>Среднее настроение</translation>
    </message>
    <message>
      <source>pushes</source>
      <translation>случаи</translation>
    </message>
    <message>
      <source>mood</source>
      <translation>настроение</translation>
    </message>
  </context>
  <context>
    <name>ClientStoryWords</name>
    <message>
      <source>No interactions in the last 90 days, so no relationship label.</source>
      <translation>За последние 90 дней взаимодействий не было, поэтому оценки отношений нет.</translation>
    </message>
    <message>
      <source>The last 90 days</source>
      <translation>Последние 90 дней</translation>
    </message>
    <message>
      <source>Pushes and mood, month by month</source>
      <translation>Давление и настроение по месяцам</translation>
    </message>
    <message>
      <source>Still open</source>
      <translation>Ещё не закрыто</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>Interactions</source>
      <translation>Взаимодействия</translation>
    </message>
    <message>
      <source>Pushes</source>
      <translation>Давление</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>Unpaid hours</source>
      <translation>Неоплаченные часы</translation>
    </message>
    <message>
      <source>Good signs</source>
      <translation>Хорошие знаки</translation>
    </message>
    <message>
      <source>Promises kept</source>
      <translation>Обещания</translation>
    </message>
    <message>
      <source>Mean mood</source>
      <translation>Среднее настроение</translation>
    </message>
    <message>
      <source>%1 h</source>
      <translation>%1 ч</translation>
    </message>
    <message>
      <source>%1, about %2</source>
      <translation>%1, около %2</translation>
    </message>
    <message>
      <source>none fell due</source>
      <translation>сроков не было</translation>
    </message>
    <message numerus="yes">
      <source>%n of %1 kept on time</source>
      <translation>
        <numerusform>в срок выполнено: %n из %1</numerusform>
        <numerusform>в срок выполнено: %n из %1</numerusform>
        <numerusform>в срок выполнено: %n из %1</numerusform>
      </translation>
    </message>
    <message>
      <source>not noted</source>
      <translation>не отмечено</translation>
    </message>
    <message>
      <source>Promise due %1: %2</source>
      <translation>Обещание к %1: %2</translation>
    </message>
    <message>
      <source>Incident opened %1: %2</source>
      <translation>Инцидент от %1: %2</translation>
    </message>
    <message>
      <source>No open promises or incidents.</source>
      <translation>Открытых обещаний и инцидентов нет.</translation>
    </message>
  </context>
  <context>
    <name>ExportCli</name>
    <message>
      <source>the weekly review of the last 7 days (PDF only)</source>
      <translation>недельный обзор за последние 7 дней (только PDF)</translation>
    </message>
    <message>
      <source>--weekly makes a PDF: give a FILE ending in .pdf</source>
      <translation>--weekly создаёт PDF: укажите ФАЙЛ с окончанием .pdf</translation>
    </message>
    <message>
      <source>--weekly covers the last 7 days: leave out --from, --to and --client</source>
      <translation>--weekly охватывает последние 7 дней: не указывайте --from, --to и --client</translation>
    </message>
    <message>
      <source>{folder}: no such folder</source>
      <translation>{folder}: такой папки нет</translation>
    </message>
    <message>
      <source>could not write {file}: {reason}</source>
      <translation>не удалось записать {file}: {reason}</translation>
    </message>
    <message>
      <source>Wrote {file} (pages: {pages}).</source>
      <translation>Записан {file} (страниц: {pages}).</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>Export</source>
      <translation>Экспорт</translation>
    </message>
    <message>
      <source>Whole journal</source>
      <translation>Весь журнал</translation>
    </message>
    <message>
      <source>A period</source>
      <translation>За период</translation>
    </message>
    <message>
      <source>One client</source>
      <translation>Один клиент</translation>
    </message>
    <message>
      <source>Weekly review (last 7 days)</source>
      <translation>Недельный обзор (последние 7 дней)</translation>
    </message>
    <message>
      <source>&amp;What:</source>
      <translation>&amp;Что:</translation>
    </message>
    <message>
      <source>&amp;Period:</source>
      <translation>&amp;Период:</translation>
    </message>
    <message>
      <source>&amp;Client:</source>
      <translation>&amp;Клиент:</translation>
    </message>
    <message>
      <source>Format:</source>
      <translation>Формат:</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Выбрать…</translation>
    </message>
    <message>
      <source>&amp;Save to:</source>
      <translation>&amp;Сохранить в:</translation>
    </message>
    <message>
      <source>&amp;Open the file</source>
      <translation>&amp;Открыть файл</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;Экспортировать</translation>
    </message>
    <message>
      <source>The journal is encrypted, but an export is a plain file: anyone who gets it can read it.</source>
      <translation>Журнал зашифрован, но экспорт — обычный файл: прочитать его сможет любой, к кому он попадёт.</translation>
    </message>
    <message>
      <source>An export is a plain file: anyone who gets it can read it.</source>
      <translation>Экспорт — обычный незашифрованный файл: прочитать его сможет любой, к кому он попадёт.</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>JSON (*.json)</source>
      <translation>JSON (*.json)</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>Export to</source>
      <translation>Экспорт в файл</translation>
    </message>
    <message>
      <source>The period starts after it ends.</source>
      <translation>Начало периода позже его конца.</translation>
    </message>
    <message>
      <source>There is no client to export yet.</source>
      <translation>Клиентов для экспорта пока нет.</translation>
    </message>
    <message>
      <source>Choose where to save the file.</source>
      <translation>Выберите, куда сохранить файл.</translation>
    </message>
    <message>
      <source>The file name must end in .%1.</source>
      <translation>Имя файла должно оканчиваться на .%1.</translation>
    </message>
    <message>
      <source>The folder %1 does not exist.</source>
      <translation>Папки %1 не существует.</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>Экспорт…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Saved to %1</source>
      <translation>Сохранено: %1</translation>
    </message>
    <message>
      <source>The export failed: %1</source>
      <translation>Экспорт не удался: %1</translation>
    </message>
    <message>
      <source>Export cancelled; no file was written.</source>
      <translation>Экспорт отменён; файл не записан.</translation>
    </message>
  </context>
  <context>
    <name>PdfExport</name>
    <message>
      <source>Weekly review</source>
      <translation>Недельный обзор</translation>
    </message>
    <message>
      <source>Client: %1</source>
      <translation>Клиент: %1</translation>
    </message>
    <message>
      <source>Journal for a period</source>
      <translation>Журнал за период</translation>
    </message>
    <message>
      <source>Whole journal</source>
      <translation>Весь журнал</translation>
    </message>
    <message>
      <source>Page %1 of %2</source>
      <translation>Страница %1 из %2</translation>
    </message>
    <message>
      <source>No entries</source>
      <translation>Записей нет</translation>
    </message>
    <message>
      <source>%1 – %2</source>
      <translation>%1 – %2</translation>
    </message>
    <message>
      <source>Interactions</source>
      <translation>Взаимодействия</translation>
    </message>
    <message>
      <source>Pressure events</source>
      <translation>Случаи давления</translation>
    </message>
    <message>
      <source>Conceded</source>
      <translation>Уступки</translation>
    </message>
    <message>
      <source>Unpaid hours</source>
      <translation>Неоплаченные часы</translation>
    </message>
    <message>
      <source>Lessons</source>
      <translation>Уроки</translation>
    </message>
    <message>
      <source>Made with Rapport on %1</source>
      <translation>Создано в Rapport: %1</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Итоги</translation>
    </message>
    <message>
      <source>By client</source>
      <translation>По клиентам</translation>
    </message>
    <message>
      <source>⚑ PRESSURE</source>
      <translation>⚑ ДАВЛЕНИЕ</translation>
    </message>
    <message>
      <source>%1 h unpaid</source>
      <translation>%1 ч без оплаты</translation>
    </message>
    <message>
      <source>%1% discount</source>
      <translation>скидка %1%</translation>
    </message>
    <message>
      <source>Felt: %1</source>
      <translation>Ощущение: %1</translation>
    </message>
    <message>
      <source>done</source>
      <translation>выполнено</translation>
    </message>
    <message>
      <source>open</source>
      <translation>не выполнено</translation>
    </message>
    <message>
      <source>Follow up on %1 (%2)</source>
      <translation>Связаться снова: %1 (%2)</translation>
    </message>
    <message>
      <source>expressed</source>
      <translation>высказана</translation>
    </message>
    <message>
      <source>felt</source>
      <translation>про себя</translation>
    </message>
    <message>
      <source>Gratitude</source>
      <translation>Благодарность</translation>
    </message>
    <message>
      <source>Resolved on %1</source>
      <translation>Решён %1</translation>
    </message>
    <message>
      <source>Check-in: score %1 of 100</source>
      <translation>Самопроверка: %1 из 100</translation>
    </message>
    <message>
      <source>Lesson</source>
      <translation>Урок</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Что произошло</translation>
    </message>
    <message>
      <source>The lesson</source>
      <translation>Урок</translation>
    </message>
    <message>
      <source>Next time</source>
      <translation>В следующий раз</translation>
    </message>
    <message>
      <source>No entries in this period.</source>
      <translation>За этот период записей нет.</translation>
    </message>
    <message>
      <source>No signal is at amber or red.</source>
      <translation>Ни один показатель не на жёлтом или красном уровне.</translation>
    </message>
    <message>
      <source>What bending cost in the last 28 days.</source>
      <translation>Цена уступок за последние 28 дней.</translation>
    </message>
    <message>
      <source>The pressure signals are Rapport's own heuristics; the check-in is a self-check, not a diagnosis.</source>
      <translation>Показатели давления — собственные эвристики Rapport; самопроверка — не диагноз.</translation>
    </message>
    <message>
      <source>The last 12 weeks</source>
      <translation>Последние 12 недель</translation>
    </message>
    <message>
      <source>The trend chart needs the burnout indicators.</source>
      <translation>Для графика динамики нужны показатели выгорания.</translation>
    </message>
    <message>
      <source>Pressure this week and what it cost</source>
      <translation>Давление за неделю и его цена</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>День</translation>
    </message>
    <message>
      <source>Client</source>
      <translation>Клиент</translation>
    </message>
    <message>
      <source>Burnout risk</source>
      <translation>Риск выгорания</translation>
    </message>
    <message>
      <source>Push</source>
      <translation>Давление</translation>
    </message>
    <message>
      <source>Response</source>
      <translation>Ответ</translation>
    </message>
    <message>
      <source>Hours unpaid</source>
      <translation>Без оплаты, ч</translation>
    </message>
    <message>
      <source>Discount</source>
      <translation>Скидка</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Заметка</translation>
    </message>
    <message>
      <source>No pressure this week.</source>
      <translation>На этой неделе давления не было.</translation>
    </message>
    <message>
      <source>In total: %1 pushes, %2 conceded, %3 unpaid hours.</source>
      <translation>Всего: случаев давления — %1, уступок — %2, неоплаченных часов — %3.</translation>
    </message>
    <message>
      <source>No gratitude noted this week.</source>
      <translation>На этой неделе благодарностей не записано.</translation>
    </message>
    <message>
      <source>No lessons written this week.</source>
      <translation>На этой неделе уроков не записано.</translation>
    </message>
    <message>
      <source>What needs attention</source>
      <translation>Что требует внимания</translation>
    </message>
    <message>
      <source>The reminders need the burnout indicators.</source>
      <translation>Для напоминаний нужны показатели выгорания.</translation>
    </message>
    <message>
      <source>Nothing needs attention.</source>
      <translation>Ничего не требует внимания.</translation>
    </message>
    <message>
      <source>due %1</source>
      <translation>срок %1</translation>
    </message>
  </context>
</TS>
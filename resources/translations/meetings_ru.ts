<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>CalendarGroup</name>
    <message>
      <source>Calendar</source>
      <translation>Календарь</translation>
    </message>
    <message>
      <source>Meetings are read from {file} at start and every hour. Nothing is sent anywhere.</source>
      <translation>Встречи читаются из {file} при запуске и каждый час. Никуда ничего не отправляется.</translation>
    </message>
    <message>
      <source>Name a calendar file (.ics) exported from Outlook, Google Calendar or Apple Calendar, and its meetings become meetings to log on Today. Nothing is sent anywhere.</source>
      <translation>Укажите файл календаря (.ics), выгруженный из Outlook, Google Календаря или Календаря Apple, и его встречи появятся на странице «Сегодня» как встречи, которые стоит записать. Никуда ничего не отправляется.</translation>
    </message>
    <message>
      <source>Choose a calendar file…</source>
      <translation>Выбрать файл календаря…</translation>
    </message>
    <message>
      <source>Read it now</source>
      <translation>Прочитать сейчас</translation>
    </message>
    <message>
      <source>Stop reading it</source>
      <translation>Больше не читать</translation>
    </message>
    <message>
      <source>Choose a calendar file</source>
      <translation>Выбор файла календаря</translation>
    </message>
    <message>
      <source>Calendar files (*.ics)</source>
      <translation>Файлы календаря (*.ics)</translation>
    </message>
    <message>
      <source>Read: the file has not changed.</source>
      <translation>Прочитано: файл не изменился.</translation>
    </message>
    <message>
      <source>Read: {added} new, {updated} changed, {removed} removed, {skipped} skipped.</source>
      <translation>Прочитано: новых — {added}, изменённых — {updated}, удалённых — {removed}, пропущено — {skipped}.</translation>
    </message>
  </context>
  <context>
    <name>CalendarOrigin</name>
    <message>
      <source>From the calendar</source>
      <translation>Из календаря</translation>
    </message>
    <message>
      <source>«{title}», {day}</source>
      <translation>«{title}», {day}</translation>
    </message>
  </context>
  <context>
    <name>MeetingRowWidget</name>
    <message>
      <source>(no title)</source>
      <translation>(без названия)</translation>
    </message>
    <message>
      <source>Log how it went</source>
      <translation>Записать, как прошло</translation>
    </message>
    <message>
      <source>Didn't happen</source>
      <translation>Не состоялась</translation>
    </message>
    <message>
      <source>with {people} · no client matched</source>
      <translation>с участием: {people} · клиент не найден</translation>
    </message>
  </context>
  <context>
    <name>MeetingsToLog</name>
    <message>
      <source>Meetings to log</source>
      <translation>Встречи, которые стоит записать</translation>
    </message>
    <message numerus="yes">
      <source>Meetings to log (%n)</source>
      <translation>
        <numerusform>Встречи, которые стоит записать (%n)</numerusform>
        <numerusform>Встречи, которые стоит записать (%n)</numerusform>
        <numerusform>Встречи, которые стоит записать (%n)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>NoticeText</name>
    <message>
      <source>Rapport: your week</source>
      <translation>Rapport: ваша неделя</translation>
    </message>
    <message>
      <source>Rapport: needs attention</source>
      <translation>Rapport: требует внимания</translation>
    </message>
    <message numerus="yes">
      <source>%n follow-up(s) due</source>
      <translation>
        <numerusform>%n обещанный контакт ждёт</numerusform>
        <numerusform>%n обещанных контакта ждут</numerusform>
        <numerusform>%n обещанных контактов ждут</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n client(s) you have not contacted in {days} days</source>
      <translation>
        <numerusform>%n клиент без связи больше {days} дн.</numerusform>
        <numerusform>%n клиента без связи больше {days} дн.</numerusform>
        <numerusform>%n клиентов без связи больше {days} дн.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n client(s) to get in touch with</source>
      <translation>
        <numerusform>%n клиенту пора написать</numerusform>
        <numerusform>%n клиентам пора написать</numerusform>
        <numerusform>%n клиентам пора написать</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) to log</source>
      <translation>
        <numerusform>%n встреча ждёт записи</numerusform>
        <numerusform>%n встречи ждут записи</numerusform>
        <numerusform>%n встреч ждут записи</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n incident follow-up(s) due</source>
      <translation>
        <numerusform>%n инцидент ждёт повторного контакта</numerusform>
        <numerusform>%n инцидента ждут повторного контакта</numerusform>
        <numerusform>%n инцидентов ждут повторного контакта</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n thank-you(s) not yet said</source>
      <translation>
        <numerusform>%n благодарность ещё не высказана</numerusform>
        <numerusform>%n благодарности ещё не высказаны</numerusform>
        <numerusform>%n благодарностей ещё не высказаны</numerusform>
      </translation>
    </message>
    <message>
      <source>the weekly check-in</source>
      <translation>еженедельная самопроверка</translation>
    </message>
    <message>
      <source>Your week: {interactions}, {pushes}, {conceded}</source>
      <translation>Ваша неделя: {interactions}, {pushes}, {conceded}</translation>
    </message>
    <message numerus="yes">
      <source>%n interaction(s)</source>
      <translation>
        <numerusform>%n контакт</numerusform>
        <numerusform>%n контакта</numerusform>
        <numerusform>%n контактов</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n push(es)</source>
      <translation>
        <numerusform>%n случай давления</numerusform>
        <numerusform>%n случая давления</numerusform>
        <numerusform>%n случаев давления</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n conceded</source>
      <translation>
        <numerusform>%n уступка</numerusform>
        <numerusform>%n уступки</numerusform>
        <numerusform>%n уступок</numerusform>
      </translation>
    </message>
    <message>
      <source>Time for the weekly check-in</source>
      <translation>Пора пройти еженедельную самопроверку</translation>
    </message>
    <message>
      <source>Open the review</source>
      <translation>Открыть обзор</translation>
    </message>
    <message>
      <source>Nothing needs attention</source>
      <translation>Ничего не требует внимания</translation>
    </message>
    <message>
      <source>Rapport: nothing needs attention</source>
      <translation>Rapport: ничего не требует внимания</translation>
    </message>
    <message numerus="yes">
      <source>Rapport: %n thing(s) to attend to</source>
      <translation>
        <numerusform>Rapport: %n дело требует внимания</numerusform>
        <numerusform>Rapport: %n дела требуют внимания</numerusform>
        <numerusform>Rapport: %n дел требуют внимания</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RemindersGroup</name>
    <message>
      <source>Reminders</source>
      <translation>Напоминания</translation>
    </message>
    <message>
      <source>&amp;Keep running in the tray when the window is closed</source>
      <translation>Оставаться в системном &amp;лотке, когда окно закрыто</translation>
    </message>
    <message>
      <source>&amp;Start Rapport when I log in</source>
      <translation>Запускать Rapport при входе в с&amp;истему</translation>
    </message>
    <message>
      <source>Show &amp;notifications of what needs attention</source>
      <translation>Показывать &amp;уведомления о том, что требует внимания</translation>
    </message>
    <message>
      <source>Notif&amp;y from</source>
      <translation>Ув&amp;едомлять с</translation>
    </message>
    <message>
      <source>&amp;Weekly review on</source>
      <translation>&amp;Недельный обзор</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>Никогда</translation>
    </message>
    <message>
      <source>Could not change the start at login: {reason}</source>
      <translation>Не удалось изменить запуск при входе: {reason}</translation>
    </message>
  </context>
  <context>
    <name>Tray</name>
    <message>
      <source>Open Rapport</source>
      <translation>Открыть Rapport</translation>
    </message>
    <message>
      <source>New interaction…</source>
      <translation>Новое взаимодействие…</translation>
    </message>
    <message>
      <source>New gratitude note…</source>
      <translation>Новая благодарность…</translation>
    </message>
    <message>
      <source>Quit Rapport</source>
      <translation>Выйти из Rapport</translation>
    </message>
    <message numerus="yes">
      <source>Meetings to log (%n)</source>
      <translation>
        <numerusform>Встречи, которые стоит записать (%n)</numerusform>
        <numerusform>Встречи, которые стоит записать (%n)</numerusform>
        <numerusform>Встречи, которые стоит записать (%n)</numerusform>
      </translation>
    </message>
    <message>
      <source>Meetings to log</source>
      <translation>Встречи, которые стоит записать</translation>
    </message>
  </context>
  <context>
    <name>WindowReminders</name>
    <message>
      <source>Import &amp;calendar…</source>
      <translation>Импорт &amp;календаря…</translation>
    </message>
    <message>
      <source>Keep Rapport running?</source>
      <translation>Оставить Rapport работать?</translation>
    </message>
    <message>
      <source>Keep Rapport running in the tray when the window is closed, so reminders reach you? You can change this in Settings → Reminders.</source>
      <translation>Оставлять Rapport в системном лотке, когда окно закрыто, чтобы напоминания доходили до вас? Это можно изменить в разделе «Настройки → Напоминания».</translation>
    </message>
    <message>
      <source>Keep running</source>
      <translation>Оставлять</translation>
    </message>
    <message>
      <source>Quit when closed</source>
      <translation>Выходить при закрытии</translation>
    </message>
    <message>
      <source>Import a calendar</source>
      <translation>Импорт календаря</translation>
    </message>
    <message>
      <source>Calendar files (*.ics)</source>
      <translation>Файлы календаря (*.ics)</translation>
    </message>
    <message>
      <source>Reading {file}…</source>
      <translation>Чтение {file}…</translation>
    </message>
    <message>
      <source>{file} was not imported: {problem}</source>
      <translation>{file} не импортирован: {problem}</translation>
    </message>
    <message>
      <source>Meetings from {file}: {added} new, {updated} changed, {removed} removed.</source>
      <translation>Встречи из {file}: новых — {added}, изменённых — {updated}, удалённых — {removed}.</translation>
    </message>
  </context>
</TS>
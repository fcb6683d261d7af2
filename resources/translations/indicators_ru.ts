<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>CalendarProblems</name>
    <message>
      <source>the file is not UTF-8 text</source>
      <translation>файл — не текст в кодировке UTF-8</translation>
    </message>
    <message>
      <source>this is not an iCalendar content line</source>
      <translation>это не строка формата iCalendar</translation>
    </message>
    <message>
      <source>the file does not begin with BEGIN:VCALENDAR</source>
      <translation>файл не начинается с BEGIN:VCALENDAR</translation>
    </message>
    <message>
      <source>the file holds no calendar</source>
      <translation>в файле нет календаря</translation>
    </message>
    <message>
      <source>END:{end} does not close BEGIN:{begin}</source>
      <translation>END:{end} не закрывает BEGIN:{begin}</translation>
    </message>
    <message>
      <source>BEGIN:{kind} is never closed (the file is cut short?)</source>
      <translation>BEGIN:{kind} нигде не закрыт (файл обрезан?)</translation>
    </message>
    <message>
      <source>a time zone definition cannot be read ({detail})</source>
      <translation>не удаётся прочитать описание часового пояса ({detail})</translation>
    </message>
    <message>
      <source>'{value}' is not a date or time</source>
      <translation>«{value}» — не дата и не время</translation>
    </message>
    <message>
      <source>'{value}' is not a duration</source>
      <translation>«{value}» — не продолжительность</translation>
    </message>
    <message>
      <source>a recurring event cannot be read ({detail})</source>
      <translation>не удаётся прочитать повторяющееся событие ({detail})</translation>
    </message>
    <message>
      <source>the file cannot be read ({detail})</source>
      <translation>файл не читается ({detail})</translation>
    </message>
    <message>
      <source>line {line}: {problem}</source>
      <translation>строка {line}: {problem}</translation>
    </message>
  </context>
  <context>
    <name>Checkin</name>
    <message>
      <source>Do you find it hard to work with clients?</source>
      <translatorcomment>CBI client-related burnout item: a careful translation made for Rapport, following the meaning of the item, not the validated R-CBI wording.</translatorcomment>
      <translation>Трудно ли вам работать с клиентами?</translation>
    </message>
    <message>
      <source>Do you find it frustrating to work with clients?</source>
      <translatorcomment>CBI client-related burnout item: a careful translation made for Rapport, following the meaning of the item, not the validated R-CBI wording.</translatorcomment>
      <translation>Вызывает ли у вас работа с клиентами досаду и раздражение?</translation>
    </message>
    <message>
      <source>Does it drain your energy to work with clients?</source>
      <translatorcomment>CBI client-related burnout item: a careful translation made for Rapport, following the meaning of the item, not the validated R-CBI wording.</translatorcomment>
      <translation>Отнимает ли у вас силы работа с клиентами?</translation>
    </message>
    <message>
      <source>Do you feel that you give more than you get back when you work with clients?</source>
      <translatorcomment>CBI client-related burnout item: a careful translation made for Rapport, following the meaning of the item, not the validated R-CBI wording.</translatorcomment>
      <translation>Чувствуете ли вы, что в работе с клиентами отдаёте больше, чем получаете взамен?</translation>
    </message>
    <message>
      <source>Are you tired of working with clients?</source>
      <translatorcomment>CBI client-related burnout item: a careful translation made for Rapport, following the meaning of the item, not the validated R-CBI wording.</translatorcomment>
      <translation>Устали ли вы от работы с клиентами?</translation>
    </message>
    <message>
      <source>Do you sometimes wonder how long you will be able to continue working with clients?</source>
      <translatorcomment>CBI client-related burnout item: a careful translation made for Rapport, following the meaning of the item, not the validated R-CBI wording.</translatorcomment>
      <translation>Бывает ли, что вы задумываетесь, сколько ещё сможете продолжать работать с клиентами?</translation>
    </message>
    <message>
      <source>To a very high degree</source>
      <translatorcomment>CBI client-related burnout item: a careful translation made for Rapport, following the meaning of the item, not the validated R-CBI wording.</translatorcomment>
      <translation>В очень большой степени</translation>
    </message>
    <message>
      <source>To a high degree</source>
      <translatorcomment>CBI client-related burnout item: a careful translation made for Rapport, following the meaning of the item, not the validated R-CBI wording.</translatorcomment>
      <translation>В большой степени</translation>
    </message>
    <message>
      <source>Somewhat</source>
      <translatorcomment>CBI client-related burnout item: a careful translation made for Rapport, following the meaning of the item, not the validated R-CBI wording.</translatorcomment>
      <translation>В некоторой степени</translation>
    </message>
    <message>
      <source>To a low degree</source>
      <translatorcomment>CBI client-related burnout item: a careful translation made for Rapport, following the meaning of the item, not the validated R-CBI wording.</translatorcomment>
      <translation>В малой степени</translation>
    </message>
    <message>
      <source>To a very low degree</source>
      <translatorcomment>CBI client-related burnout item: a careful translation made for Rapport, following the meaning of the item, not the validated R-CBI wording.</translatorcomment>
      <translation>В очень малой степени</translation>
    </message>
    <message>
      <source>Always</source>
      <translatorcomment>CBI client-related burnout item: a careful translation made for Rapport, following the meaning of the item, not the validated R-CBI wording.</translatorcomment>
      <translation>Всегда</translation>
    </message>
    <message>
      <source>Often</source>
      <translatorcomment>CBI client-related burnout item: a careful translation made for Rapport, following the meaning of the item, not the validated R-CBI wording.</translatorcomment>
      <translation>Часто</translation>
    </message>
    <message>
      <source>Sometimes</source>
      <translatorcomment>CBI client-related burnout item: a careful translation made for Rapport, following the meaning of the item, not the validated R-CBI wording.</translatorcomment>
      <translation>Иногда</translation>
    </message>
    <message>
      <source>Seldom</source>
      <translatorcomment>CBI client-related burnout item: a careful translation made for Rapport, following the meaning of the item, not the validated R-CBI wording.</translatorcomment>
      <translation>Редко</translation>
    </message>
    <message>
      <source>Never/almost never</source>
      <translatorcomment>CBI client-related burnout item: a careful translation made for Rapport, following the meaning of the item, not the validated R-CBI wording.</translatorcomment>
      <translation>Никогда или почти никогда</translation>
    </message>
  </context>
  <context>
    <name>Indicators</name>
    <message>
      <source>{number}%</source>
      <translation>{number}%</translation>
    </message>
    <message>
      <source>(red from {threshold})</source>
      <translation>(красный уровень — от {threshold})</translation>
    </message>
    <message>
      <source>(amber from {threshold})</source>
      <translation>(жёлтый уровень — от {threshold})</translation>
    </message>
    <message numerus="yes">
      <source>You conceded %n of {decided} pushes in the last 28 days {threshold}.</source>
      <translation>
        <numerusform>За последние 28 дней вы уступили в %n случае из {decided} {threshold}.</numerusform>
        <numerusform>За последние 28 дней вы уступили в %n случаях из {decided} {threshold}.</numerusform>
        <numerusform>За последние 28 дней вы уступили в %n случаях из {decided} {threshold}.</numerusform>
      </translation>
    </message>
    <message>
      <source>{number} a week</source>
      <translation>{number} в неделю</translation>
    </message>
    <message>
      <source>Clients pushed you once in the last 28 days, {per_week} a week {threshold}.</source>
      <translation>За последние 28 дней клиенты надавили на вас один раз — {per_week} в неделю {threshold}.</translation>
    </message>
    <message>
      <source>Clients pushed you twice in the last 28 days, {per_week} a week {threshold}.</source>
      <translation>За последние 28 дней клиенты давили на вас дважды — {per_week} в неделю {threshold}.</translation>
    </message>
    <message numerus="yes">
      <source>Clients pushed you %n times in the last 28 days, {per_week} a week {threshold}.</source>
      <translation>
        <numerusform>За последние 28 дней клиенты давили на вас %n раз — {per_week} в неделю {threshold}.</numerusform>
        <numerusform>За последние 28 дней клиенты давили на вас %n раза — {per_week} в неделю {threshold}.</numerusform>
        <numerusform>За последние 28 дней клиенты давили на вас %n раз — {per_week} в неделю {threshold}.</numerusform>
      </translation>
    </message>
    <message>
      <source>{number} h a week</source>
      <translation>{number} ч в неделю</translation>
    </message>
    <message>
      <source>You worked {hours} h unpaid in the last 28 days, {per_week} h a week {threshold}.</source>
      <translation>За последние 28 дней вы отработали бесплатно {hours} ч — {per_week} ч в неделю {threshold}.</translation>
    </message>
    <message>
      <source>Your latest check-in scores {score} of 100 for client-related burnout {threshold}.</source>
      <translation>Последняя самопроверка: {score} из 100 по выгоранию в работе с клиентами {threshold}.</translation>
    </message>
    <message>
      <source>not enough data</source>
      <translation>мало данных</translation>
    </message>
  </context>
  <context>
    <name>Problems</name>
    <message>
      <source>text</source>
      <translation>текст</translation>
    </message>
    <message>
      <source>text or null</source>
      <translation>текст или null</translation>
    </message>
    <message>
      <source>true or false</source>
      <translation>true или false</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>число</translation>
    </message>
    <message>
      <source>a number or null</source>
      <translation>число или null</translation>
    </message>
    <message>
      <source>a whole number</source>
      <translation>целое число</translation>
    </message>
    <message>
      <source>a whole number or null</source>
      <translation>целое число или null</translation>
    </message>
    <message>
      <source>a list of tags</source>
      <translation>список тегов</translation>
    </message>
    <message>
      <source>a list</source>
      <translation>список</translation>
    </message>
    <message>
      <source>is required</source>
      <translation>обязательное поле</translation>
    </message>
    <message>
      <source>is not a known field</source>
      <translation>неизвестное поле</translation>
    </message>
    <message>
      <source>must be {expected}</source>
      <translation>должно быть: {expected}</translation>
    </message>
    <message>
      <source>must be {low}–{high} characters</source>
      <translation>должно содержать от {low} до {high} символов</translation>
    </message>
    <message>
      <source>must be between {low} and {high}</source>
      <translation>должно быть от {low} до {high}</translation>
    </message>
    <message>
      <source>'{value}' is not one of {choices}</source>
      <translation>«{value}» — не одно из значений: {choices}</translation>
    </message>
    <message>
      <source>'{value}' is not a date-time with a UTC offset (like 2026-11-20T14:30:00+03:00)</source>
      <translation>«{value}» — не дата и время со смещением от UTC (например, 2026-11-20T14:30:00+03:00)</translation>
    </message>
    <message>
      <source>'{value}' is not a date (YYYY-MM-DD)</source>
      <translation>«{value}» — не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
      <source>'{value}' is outside the years {low}–{high}</source>
      <translation>«{value}» — вне диапазона {low}–{high} годов</translation>
    </message>
    <message>
      <source>the file cannot be read ({detail})</source>
      <translation>файл не удаётся прочитать ({detail})</translation>
    </message>
    <message>
      <source>must be a non-empty string of at most 64 characters</source>
      <translation>должно быть непустой строкой не длиннее 64 символов</translation>
    </message>
    <message>
      <source>give either to_client_id or to_name, not both</source>
      <translation>укажите либо to_client_id, либо to_name, но не оба сразу</translation>
    </message>
    <message>
      <source>must be a list of 6 answers</source>
      <translation>должно быть списком из 6 ответов</translation>
    </message>
    <message>
      <source>'{value}' is not one of 0, 25, 50, 75, 100 or null</source>
      <translation>«{value}» — не одно из значений 0, 25, 50, 75, 100 или null</translation>
    </message>
    <message>
      <source>'{value}' does not refer to a {kind} in the file or the journal</source>
      <translation>«{value}» не указывает на запись «{kind}» ни в файле, ни в журнале</translation>
    </message>
    <message>
      <source>'{value}' appears twice</source>
      <translation>«{value}» встречается дважды</translation>
    </message>
    <message>
      <source>this is not a Rapport journal file (format must be 'rapport-journal')</source>
      <translation>это не файл журнала Rapport (format должен быть 'rapport-journal')</translation>
    </message>
    <message>
      <source>version {value} is not supported (this Rapport reads versions 1 and 2)</source>
      <translation>версия {value} не поддерживается (эта версия Rapport читает версии 1 и 2)</translation>
    </message>
    <message>
      <source>must be null unless follow_up_done is true</source>
      <translation>должно быть null, пока follow_up_done не равно true</translation>
    </message>
    <message>
      <source>'{value}' is before the interaction's day ({day})</source>
      <translation>«{value}» раньше дня взаимодействия ({day})</translation>
    </message>
    <message>
      <source>the file is not valid JSON ({detail})</source>
      <translation>файл не является корректным JSON ({detail})</translation>
    </message>
    <message>
      <source>must be an object</source>
      <translation>должно быть объектом</translation>
    </message>
    <message>
      <source>contains characters that are not valid text (a lone UTF-16 surrogate)</source>
      <translation>содержит символы, которые не являются корректным текстом (одиночный суррогат UTF-16)</translation>
    </message>
    <message>
      <source>must be greater than {value}</source>
      <translation>должно быть больше {value}</translation>
    </message>
  </context>
  <context>
    <name>Reminders</name>
    <message>
      <source>Follow up: {summary}</source>
      <translation>Связаться снова: {summary}</translation>
    </message>
    <message numerus="yes">
      <source>No contact with {name} for %n days</source>
      <translation>
        <numerusform>{name}: нет связи уже %n день</numerusform>
        <numerusform>{name}: нет связи уже %n дня</numerusform>
        <numerusform>{name}: нет связи уже %n дней</numerusform>
      </translation>
    </message>
    <message>
      <source>Incident follow-up due: {title}</source>
      <translation>Пора вернуться к инциденту: {title}</translation>
    </message>
    <message>
      <source>Say thank you to {name}: {text}</source>
      <translation>Поблагодарить вслух — {name}: {text}</translation>
    </message>
    <message>
      <source>Say thank you: {text}</source>
      <translation>Поблагодарить вслух: {text}</translation>
    </message>
    <message>
      <source>Log the meeting: {title}</source>
      <translation>Записать встречу: {title}</translation>
    </message>
    <message>
      <source>Take your first weekly check-in</source>
      <translation>Пройдите первую еженедельную самопроверку</translation>
    </message>
    <message numerus="yes">
      <source>Weekly check-in due (the last one was %n days ago)</source>
      <translation>
        <numerusform>Пора пройти еженедельную самопроверку (последняя была %n день назад)</numerusform>
        <numerusform>Пора пройти еженедельную самопроверку (последняя была %n дня назад)</numerusform>
        <numerusform>Пора пройти еженедельную самопроверку (последняя была %n дней назад)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StatusReport</name>
    <message>
      <source>Why:</source>
      <translation>Почему:</translation>
    </message>
    <message>
      <source>Signals:</source>
      <translation>Сигналы:</translation>
    </message>
    <message>
      <source>{risk} ({day})</source>
      <translation>{risk} ({day})</translation>
    </message>
    <message>
      <source>What could help:</source>
      <translation>Что может помочь:</translation>
    </message>
    <message>
      <source>Last 28 days:</source>
      <translation>За последние 28 дней:</translation>
    </message>
    <message>
      <source>Needs attention:</source>
      <translation>Требует внимания:</translation>
    </message>
    <message numerus="yes">
      <source>…and %n more</source>
      <translation>
        <numerusform>…и ещё %n</numerusform>
        <numerusform>…и ещё %n</numerusform>
        <numerusform>…и ещё %n</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing needs attention.</source>
      <translation>Ничего не требует внимания.</translation>
    </message>
    <message>
      <source>No client was in touch in the last 90 days.</source>
      <translation>За последние 90 дней контактов с клиентами не было.</translation>
    </message>
    <message>
      <source>Clients (last 90 days):</source>
      <translation>Клиенты (за последние 90 дней):</translation>
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
    <message>
      <source>{rate} conceded</source>
      <translation>уступки — {rate}</translation>
    </message>
    <message numerus="yes">
      <source>%n good sign(s)</source>
      <translation>
        <numerusform>%n добрый знак</numerusform>
        <numerusform>%n добрых знака</numerusform>
        <numerusform>%n добрых знаков</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Story</name>
    <message>
      <source>Nothing in the last 28 days yet: log your client interactions, or take the check-in.</source>
      <translation>За последние 28 дней записей нет: записывайте контакты с клиентами или пройдите самопроверку.</translation>
    </message>
    <message>
      <source>Clients are pushing you hard enough to wear you out.</source>
      <translation>Клиенты давят на вас так, что это изматывает.</translation>
    </message>
    <message>
      <source>Your check-in answers are in the range the scale's authors call high.</source>
      <translation>Ваши ответы в самопроверке — в диапазоне, который авторы шкалы называют высоким.</translation>
    </message>
    <message>
      <source>Clients' pressure and your own answers both point to strain.</source>
      <translation>И давление клиентов, и ваши собственные ответы говорят о перегрузке.</translation>
    </message>
    <message>
      <source>No warning signs in the last 28 days.</source>
      <translation>За последние 28 дней тревожных признаков нет.</translation>
    </message>
    <message>
      <source>This is a self-check, not a diagnosis: the pressure signals are Rapport's own rules of thumb, and the check-in is a questionnaire, not a medical test.</source>
      <translation>Это лишь самопроверка, а не диагноз: показатели давления — эмпирические правила самого Rapport, а вопросы самопроверки — опросник, а не медицинский тест.</translation>
    </message>
    <message>
      <source>On the next request for free work or a discount, try holding the line: name the price or the date.</source>
      <translation>В следующий раз, когда попросят сделать бесплатно или дать скидку, попробуйте удержать границу: назовите цену или реальный срок.</translation>
    </message>
    <message>
      <source>Take the check-in again in a week to see whether this lasts.</source>
      <translation>Пройдите самопроверку ещё раз через неделю — станет видно, держится ли это.</translation>
    </message>
    <message>
      <source>Talk it over with someone you trust: a colleague, your manager or a friend.</source>
      <translation>Обсудите это с тем, кому доверяете: с коллегой, руководителем или другом.</translation>
    </message>
    <message>
      <source>If answers like these stay high for weeks, or you feel exhausted most days, consider talking to a doctor or an occupational health service.</source>
      <translation>Если такие ответы держатся неделями или вы чувствуете себя вымотанными почти каждый день, стоит поговорить с врачом или специалистом по охране здоровья на работе.</translation>
    </message>
    <message>
      <source>No promises to clients fell due in the last 28 days.</source>
      <translation>За последние 28 дней сроков по обещаниям клиентам не было.</translation>
    </message>
    <message numerus="yes">
      <source>%n promise(s) to clients fell due in the last 28 days: too few to give a figure.</source>
      <translation>
        <numerusform>За последние 28 дней подошёл срок %n обещания клиентам — слишком мало, чтобы считать долю.</numerusform>
        <numerusform>За последние 28 дней подошёл срок %n обещаний клиентам — слишком мало, чтобы считать долю.</numerusform>
        <numerusform>За последние 28 дней подошёл срок %n обещаний клиентам — слишком мало, чтобы считать долю.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You kept %n of {due} promises on time in the last 28 days.</source>
      <translation>
        <numerusform>За последние 28 дней вы вовремя сдержали %n обещание из {due}.</numerusform>
        <numerusform>За последние 28 дней вы вовремя сдержали %n обещания из {due}.</numerusform>
        <numerusform>За последние 28 дней вы вовремя сдержали %n обещаний из {due}.</numerusform>
      </translation>
    </message>
    <message>
      <source>{hours} h unpaid.</source>
      <translation>Неоплаченных часов: {hours}.</translation>
    </message>
    <message>
      <source>{hours} h unpaid, about {amount} of your time.</source>
      <translation>Неоплаченных часов: {hours} — это около {amount} вашего времени.</translation>
    </message>
    <message>
      <source>That is about {amount} of your time.</source>
      <translation>Это около {amount} вашего времени.</translation>
    </message>
    <message>
      <source>After you first held the line, this client pushed less: {after} pushes per interaction, down from {before}.</source>
      <translation>После того как вы впервые удержали границу, клиент стал давить реже: {after} случая давления на контакт вместо {before}.</translation>
    </message>
    <message>
      <source>After you first held the line, this client pushed more: {after} pushes per interaction, up from {before}.</source>
      <translation>После того как вы впервые удержали границу, клиент стал давить чаще: {after} случая давления на контакт вместо {before}.</translation>
    </message>
    <message>
      <source>After you first held the line, this client pushed as often as before: {after} pushes per interaction.</source>
      <translation>После того как вы впервые удержали границу, клиент давит так же часто: {after} случая давления на контакт.</translation>
    </message>
  </context>
</TS>
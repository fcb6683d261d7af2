<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>AttentionList</name>
    <message>
      <source>Nothing needs attention now.</source>
      <translation>Сейчас ничего не требует внимания.</translation>
    </message>
    <message>
      <source>Show fewer</source>
      <translation>Показать меньше</translation>
    </message>
    <message>
      <source>Show more (%1 of %2 shown)</source>
      <translation>Показать ещё (показано %1 из %2)</translation>
    </message>
  </context>
  <context>
    <name>Chart</name>
    <message>
      <source>high</source>
      <translation>высокий</translation>
    </message>
    <message>
      <source>red</source>
      <translation>красный</translation>
    </message>
    <message>
      <source>No check-ins yet</source>
      <translation>Самопроверок пока не было</translation>
    </message>
  </context>
  <context>
    <name>CheckinDialog</name>
    <message>
      <source>Weekly check-in</source>
      <translation>Еженедельная самопроверка</translation>
    </message>
    <message>
      <source>Six questions about working with clients lately. Answer each as it is for you; there are no right answers. At least three answers give a score.</source>
      <translation>Шесть вопросов о том, как вам работается с клиентами в последнее время. Отвечайте так, как есть у вас; правильных ответов нет. Для оценки достаточно трёх ответов.</translation>
    </message>
    <message>
      <source>A note for yourself (optional)</source>
      <translation>Заметка для себя (необязательно)</translation>
    </message>
    <message>
      <source>This is a self-check, not a diagnosis. The questions are the client-related burnout scale of the Copenhagen Burnout Inventory (Kristensen et al., 2005).</source>
      <translation>Это самопроверка, а не диагноз. Вопросы взяты из шкалы выгорания, связанного с клиентами, Копенгагенского опросника выгорания (Kristensen et al., 2005).</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Answered: %1 of 6</source>
      <translation>Отвечено: %1 из 6</translation>
    </message>
    <message>
      <source>Replace today's check-in?</source>
      <translation>Заменить сегодняшнюю самопроверку?</translation>
    </message>
    <message>
      <source>You already took a check-in today (score %1). Replace it with these answers?</source>
      <translation>Сегодня вы уже прошли самопроверку (оценка %1). Заменить её этими ответами?</translation>
    </message>
    <message>
      <source>Replace</source>
      <translation>Заменить</translation>
    </message>
    <message>
      <source>Keep the earlier one</source>
      <translation>Оставить прежний</translation>
    </message>
    <message>
      <source>Your score is %1 of 100: very high client-related burnout (red from %2).</source>
      <translation>Ваша оценка — %1 из 100: очень высокое выгорание в работе с клиентами (красный уровень — от %2).</translation>
    </message>
    <message>
      <source>Your score is %1 of 100: high client-related burnout (amber from %2).</source>
      <translation>Ваша оценка — %1 из 100: высокое выгорание в работе с клиентами (жёлтый уровень — от %2).</translation>
    </message>
    <message>
      <source>Your score is %1 of 100: below the level the scale's authors call high (%2).</source>
      <translation>Ваша оценка — %1 из 100: ниже уровня, который авторы шкалы называют высоким (%2).</translation>
    </message>
    <message>
      <source>Do not carry this alone: talk to someone you trust, see a doctor, and tell your manager what is wearing you out, so the load can change.</source>
      <translation>Не оставайтесь с этим один на один: поговорите с тем, кому доверяете, обратитесь к врачу и расскажите руководителю, что вас изматывает, чтобы нагрузку можно было изменить.</translation>
    </message>
    <message>
      <source>If that does not match how you feel, trust how you feel and talk to someone.</source>
      <translation>Если это не совпадает с вашим самочувствием, доверьтесь самочувствию и поговорите с кем-нибудь.</translation>
    </message>
    <message>
      <source>Saved, without a score.</source>
      <translation>Сохранено, без оценки.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
  </context>
  <context>
    <name>ClientTable</name>
    <message>
      <source>Client</source>
      <translation>Клиент</translation>
    </message>
    <message>
      <source>Relationship</source>
      <translation>Отношения</translation>
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
      <source>Unpaid hours</source>
      <translation>Неоплаченные часы</translation>
    </message>
    <message>
      <source>Their cost</source>
      <translation>Их стоимость</translation>
    </message>
    <message>
      <source>Good signs</source>
      <translation>Хорошие знаки</translation>
    </message>
    <message>
      <source>Discounts conceded</source>
      <translation>Уступленные скидки</translation>
    </message>
  </context>
  <context>
    <name>IncidentForm</name>
    <message>
      <source>What went wrong, in a few words</source>
      <translation>Что пошло не так, в двух словах</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>Название:</translation>
    </message>
    <message>
      <source>Client:</source>
      <translation>Клиент:</translation>
    </message>
    <message>
      <source>Opened on:</source>
      <translation>Открыт:</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Назад</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Далее</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>Step %1 of %2: %3</source>
      <translation>Шаг %1 из %2: %3</translation>
    </message>
    <message>
      <source>Notes for this step</source>
      <translation>Заметки к этому шагу</translation>
    </message>
    <message>
      <source>The lesson: what did this teach you?</source>
      <translation>Урок: чему это вас научило?</translation>
    </message>
    <message>
      <source>Remind me to follow up on</source>
      <translation>Напомнить проверить</translation>
    </message>
    <message>
      <source>What I will do next time</source>
      <translation>Что я сделаю в следующий раз</translation>
    </message>
    <message>
      <source>Saving keeps this as a lesson linked to the incident; Today brings lessons back.</source>
      <translation>При сохранении это станет уроком, связанным с инцидентом; страница «Сегодня» напоминает об уроках.</translation>
    </message>
    <message>
      <source>Steps with notes: %1 of %2</source>
      <translation>Шагов с заметками: %1 из %2</translation>
    </message>
    <message>
      <source>New incident</source>
      <translation>Новый инцидент</translation>
    </message>
    <message>
      <source>Resolved incident (resolved on %1)</source>
      <translation>Решённый инцидент (решён %1)</translation>
    </message>
    <message>
      <source>Open incident</source>
      <translation>Открытый инцидент</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>Открыть снова</translation>
    </message>
    <message>
      <source>Resolve</source>
      <translation>Отметить решённым</translation>
    </message>
    <message>
      <source>Give the incident a title.</source>
      <translation>Дайте инциденту название.</translation>
    </message>
    <message>
      <source>Choose a client from the list.</source>
      <translation>Выберите клиента из списка.</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Сохранено.</translation>
    </message>
    <message>
      <source>The lesson is kept in the journal.</source>
      <translation>Урок сохранён в журнале.</translation>
    </message>
    <message>
      <source>Today will remind you to follow up on %1.</source>
      <translation>Страница «Сегодня» напомнит вам проверить %1.</translation>
    </message>
  </context>
  <context>
    <name>IncidentsPage</name>
    <message>
      <source>Incidents</source>
      <translation>Инциденты</translation>
    </message>
    <message>
      <source>New incident</source>
      <translation>Новый инцидент</translation>
    </message>
    <message>
      <source>Incident</source>
      <translation>Инцидент</translation>
    </message>
    <message>
      <source>Client</source>
      <translation>Клиент</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Давность</translation>
    </message>
    <message>
      <source>No incidents yet. When a client is upset, open one and work through the six steps.</source>
      <translation>Инцидентов пока нет. Когда клиент недоволен, откройте инцидент и пройдите шесть шагов.</translation>
    </message>
    <message>
      <source>opened today</source>
      <translation>открыт сегодня</translation>
    </message>
    <message numerus="yes">
      <source>open %n day(s)</source>
      <translation>
        <numerusform>открыт %n день</numerusform>
        <numerusform>открыт %n дня</numerusform>
        <numerusform>открыт %n дней</numerusform>
      </translation>
    </message>
    <message>
      <source>follow-up due</source>
      <translation>пора проверить</translation>
    </message>
    <message>
      <source>resolved the same day</source>
      <translation>решён в тот же день</translation>
    </message>
    <message numerus="yes">
      <source>resolved in %n day(s)</source>
      <translation>
        <numerusform>решён за %n день</numerusform>
        <numerusform>решён за %n дня</numerusform>
        <numerusform>решён за %n дней</numerusform>
      </translation>
    </message>
    <message>
      <source>Open (%1)</source>
      <translation>Открытые (%1)</translation>
    </message>
    <message>
      <source>Resolved (%1)</source>
      <translation>Решённые (%1)</translation>
    </message>
  </context>
  <context>
    <name>InsightsPage</name>
    <message>
      <source>Insights</source>
      <translation>Аналитика</translation>
    </message>
    <message>
      <source>As of</source>
      <translation>На дату</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Сегодня</translation>
    </message>
    <message>
      <source>As of:</source>
      <translation>На дату:</translation>
    </message>
    <message>
      <source>Signal</source>
      <translation>Показатель</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Уровень</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Значение</translation>
    </message>
    <message>
      <source>Amber from</source>
      <translation>Жёлтый от</translation>
    </message>
    <message>
      <source>Red from</source>
      <translation>Красный от</translation>
    </message>
    <message>
      <source>Based on</source>
      <translation>На основе</translation>
    </message>
    <message>
      <source>No client had an interaction in the 90 days up to that day.</source>
      <translation>За 90 дней до этого дня не было ни одного взаимодействия с клиентами.</translation>
    </message>
    <message>
      <source>Clients with interactions in the 90 days up to that day. Double-click one to open it.</source>
      <translation>Клиенты, с которыми вы взаимодействовали за 90 дней до этой даты. Дважды щёлкните, чтобы открыть клиента.</translation>
    </message>
    <message>
      <source>About these numbers</source>
      <translation>Об этих числах</translation>
    </message>
    <message>
      <source>Signals over the last 28 days</source>
      <translation>Показатели за последние 28 дней</translation>
    </message>
    <message>
      <source>Promises to clients</source>
      <translation>Обещания клиентам</translation>
    </message>
    <message>
      <source>Clients</source>
      <translation>Клиенты</translation>
    </message>
    <message>
      <source>Check-in score over time</source>
      <translation>Оценки самопроверки во времени</translation>
    </message>
    <message>
      <source>The concession rate, pressure per week and unpaid hours per week, and their thresholds, are Rapport's own heuristics, drawn from the three forms of bending to clients: free work, ever bigger discounts and impossible deadlines. No validated norm exists for them; treat them as a mirror, not a measurement. You can change the thresholds in Settings.</source>
      <translation>Доля уступок, случаи давления в неделю и неоплаченные часы в неделю, как и их пороги, — собственные эвристики Rapport, выведенные из трёх форм «прогиба» перед клиентами: бесплатной работы, всё больших скидок и невозможных сроков. Проверенных норм для них нет; считайте их зеркалом, а не измерением. Пороги можно изменить в настройках.</translation>
    </message>
    <message>
      <source>The check-in is the one validated part: the client-related burnout scale of the Copenhagen Burnout Inventory (Kristensen et al., 2005). Its authors call a score of 50 or more high; the red line at 75 is Rapport's own. It is a self-check, not a diagnosis.</source>
      <translation>Единственная проверенная часть — самопроверка: шкала выгорания, связанного с клиентами, Копенгагенского опросника выгорания (Kristensen et al., 2005). Её авторы называют высокой оценку от 50; красная черта на 75 — решение Rapport. Это самопроверка, а не диагноз.</translation>
    </message>
    <message>
      <source>For scale: UK workers who did unpaid overtime in 2023 averaged 7.2 hours a week (TUC).</source>
      <translation>Для сравнения: британские работники, перерабатывавшие бесплатно в 2023 году, в среднем отдавали 7,2 часа в неделю (TUC).</translation>
    </message>
    <message>
      <source>Your hourly rate in Settings turns this into money.</source>
      <translation>Укажите почасовую ставку в настройках — и здесь будет сумма в деньгах.</translation>
    </message>
    <message>
      <source>What bending cost in the last 28 days.</source>
      <translation>Цена уступок за последние 28 дней.</translation>
    </message>
    <message>
      <source>%1 a week</source>
      <translation>%1 в неделю</translation>
    </message>
    <message numerus="yes">
      <source>%n decided push(es)</source>
      <translation>
        <numerusform>%n решённый случай давления</numerusform>
        <numerusform>%n решённых случая давления</numerusform>
        <numerusform>%n решённых случаев давления</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n push(es) in 28 days</source>
      <translation>
        <numerusform>%n случай давления за 28 дней</numerusform>
        <numerusform>%n случая давления за 28 дней</numerusform>
        <numerusform>%n случаев давления за 28 дней</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n answered question(s)</source>
      <translation>
        <numerusform>%n отвеченный вопрос</numerusform>
        <numerusform>%n отвеченных вопроса</numerusform>
        <numerusform>%n отвеченных вопросов</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 unpaid hours in 28 days</source>
      <translation>неоплаченных часов за 28 дней: %1</translation>
    </message>
  </context>
  <context>
    <name>LevelCard</name>
    <message>
      <source>Working out your level…</source>
      <translation>Считаем ваш уровень…</translation>
    </message>
    <message>
      <source>Show the events</source>
      <translation>Показать случаи</translation>
    </message>
    <message>
      <source>Show the events behind: %1</source>
      <translation>Показать случаи, стоящие за этим: %1</translation>
    </message>
    <message numerus="yes">
      <source>What to try (%n)</source>
      <translation>
        <numerusform>Что попробовать (%n)</numerusform>
        <numerusform>Что попробовать (%n)</numerusform>
        <numerusform>Что попробовать (%n)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReminderRow</name>
    <message>
      <source>Mark done</source>
      <translation>Выполнено</translation>
    </message>
    <message>
      <source>Log a contact</source>
      <translation>Записать взаимодействие</translation>
    </message>
    <message>
      <source>Open the incident</source>
      <translation>Открыть инцидент</translation>
    </message>
    <message>
      <source>Take the check-in</source>
      <translation>Пройти самопроверку</translation>
    </message>
    <message>
      <source>I told them</source>
      <translation>Благодарность передана</translation>
    </message>
    <message>
      <source>Snooze a week</source>
      <translation>Отложить на неделю</translation>
    </message>
    <message>
      <source>Remind me in a week</source>
      <translation>Напомнить через неделю</translation>
    </message>
    <message>
      <source>due %1</source>
      <translation>срок %1</translation>
    </message>
  </context>
  <context>
    <name>ScoreChart</name>
    <message>
      <source>Check-in scores over time</source>
      <translation>Оценки самопроверки во времени</translation>
    </message>
    <message>
      <source>%1: score %2</source>
      <translation>%1: оценка %2</translation>
    </message>
  </context>
  <context>
    <name>TodayPage</name>
    <message>
      <source>Today</source>
      <translation>Сегодня</translation>
    </message>
    <message>
      <source>Irina, for signing off the layout so quickly</source>
      <translation>Ирине — за быстрое согласование макета</translation>
    </message>
    <message>
      <source>Who are you grateful to today?</source>
      <translation>Кому вы благодарны сегодня?</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>A lesson you learned</source>
      <translation>Урок, который вы извлекли</translation>
    </message>
    <message>
      <source>Needs attention</source>
      <translation>Требует внимания</translation>
    </message>
    <message>
      <source>The last 12 weeks</source>
      <translation>Последние 12 недель</translation>
    </message>
    <message>
      <source>Your journal is empty, and that is a fine start. Log the next call, meeting or email with a client as it happens (Ctrl+N): a few words are enough. Your level, the reminders and this chart grow from what you write.</source>
      <translation>Журнал пока пуст — и это хорошее начало. Запишите следующий звонок, встречу или письмо клиента, как только они случатся (Ctrl+N): хватит нескольких слов. Уровень, напоминания и этот график вырастут из ваших записей.</translation>
    </message>
    <message>
      <source>Log an interaction…</source>
      <translation>Записать взаимодействие…</translation>
    </message>
    <message>
      <source>Add a client…</source>
      <translation>Добавить клиента…</translation>
    </message>
    <message>
      <source>Getting started</source>
      <translation>С чего начать</translation>
    </message>
    <message>
      <source>Lessons you write after trouble come back here, a different one each day.</source>
      <translation>Уроки, записанные после трудностей, возвращаются сюда — каждый день другой.</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Что случилось</translation>
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
      <source>Write who you are grateful to, and for what.</source>
      <translation>Напишите, кому и за что вы благодарны.</translation>
    </message>
    <message>
      <source>Saved. If you can, tell them too.</source>
      <translation>Сохранено. Если можете, скажите это и им.</translation>
    </message>
  </context>
  <context>
    <name>TrendChart</name>
    <message>
      <source>12-week trend</source>
      <translation>Динамика за 12 недель</translation>
    </message>
  </context>
</TS>
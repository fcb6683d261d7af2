<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>Formats</name>
    <message>
      <source>d MMMM yyyy</source>
      <translation>d MMMM yyyy 'г'.</translation>
    </message>
    <message>
      <source>dddd, d MMMM yyyy</source>
      <translation>dddd, d MMMM yyyy 'г'.</translation>
    </message>
    <message>
      <source>d MMMM</source>
      <translation>d MMMM</translation>
    </message>
    <message>
      <source>d MMM</source>
      <translation>d MMM</translation>
    </message>
    <message>
      <source>d MMM yyyy</source>
      <translation>d MMM yyyy 'г'.</translation>
    </message>
    <message>
      <source>%1, %2</source>
      <translation>%1, %2</translation>
    </message>
    <message>
      <source>%1 h</source>
      <translation>%1 ч</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary</name>
    <message>
      <source>Interaction</source>
      <translation>Взаимодействие</translation>
    </message>
    <message>
      <source>Gratitude note</source>
      <translation>Благодарность</translation>
    </message>
    <message>
      <source>Lesson</source>
      <translation>Урок</translation>
    </message>
    <message>
      <source>Incident</source>
      <translation>Инцидент</translation>
    </message>
    <message>
      <source>Check-in</source>
      <translation>Самопроверка</translation>
    </message>
    <message>
      <source>client</source>
      <translation>клиент</translation>
    </message>
    <message>
      <source>interaction</source>
      <translation>взаимодействие</translation>
    </message>
    <message>
      <source>gratitude note</source>
      <translation>благодарность</translation>
    </message>
    <message>
      <source>lesson</source>
      <translation>урок</translation>
    </message>
    <message>
      <source>incident</source>
      <translation>инцидент</translation>
    </message>
    <message>
      <source>check-in</source>
      <translation>самопроверка</translation>
    </message>
    <message>
      <source>clients</source>
      <translation>клиенты</translation>
    </message>
    <message>
      <source>interactions</source>
      <translation>взаимодействия</translation>
    </message>
    <message>
      <source>gratitude notes</source>
      <translation>благодарности</translation>
    </message>
    <message>
      <source>lessons</source>
      <translation>уроки</translation>
    </message>
    <message>
      <source>incidents</source>
      <translation>инциденты</translation>
    </message>
    <message>
      <source>check-ins</source>
      <translation>самопроверки</translation>
    </message>
    <message>
      <source>meetings</source>
      <translation>встречи</translation>
    </message>
    <message>
      <source>rows</source>
      <translation>строки</translation>
    </message>
    <message>
      <source>Call</source>
      <translation>Звонок</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Встреча</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Письмо</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Сообщение</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Другое</translation>
    </message>
    <message>
      <source>Free work</source>
      <translation>Бесплатная работа</translation>
    </message>
    <message>
      <source>Discount</source>
      <translation>Скидка</translation>
    </message>
    <message>
      <source>Impossible deadline</source>
      <translation>Невозможный срок</translation>
    </message>
    <message>
      <source>Threat</source>
      <translation>Угроза</translation>
    </message>
    <message>
      <source>Disrespect</source>
      <translation>Неуважение</translation>
    </message>
    <message>
      <source>Other pressure</source>
      <translation>Другое давление</translation>
    </message>
    <message>
      <source>Conceded</source>
      <translation>Уступка</translation>
    </message>
    <message>
      <source>Compromise</source>
      <translation>Компромисс</translation>
    </message>
    <message>
      <source>Held firm</source>
      <translation>Без уступок</translation>
    </message>
    <message>
      <source>Not decided</source>
      <translation>Не решено</translation>
    </message>
    <message>
      <source>−2 · awful</source>
      <translation>−2 · ужасно</translation>
    </message>
    <message>
      <source>−1 · bad</source>
      <translation>−1 · плохо</translation>
    </message>
    <message>
      <source>0 · neutral</source>
      <translation>0 · нейтрально</translation>
    </message>
    <message>
      <source>+1 · good</source>
      <translation>+1 · хорошо</translation>
    </message>
    <message>
      <source>+2 · great</source>
      <translation>+2 · отлично</translation>
    </message>
    <message>
      <source>Not noted</source>
      <translation>Не отмечено</translation>
    </message>
    <message>
      <source>Accepted a no</source>
      <translation>Приняли отказ</translation>
    </message>
    <message>
      <source>Paid for extra work</source>
      <translation>Оплатили доп. работу</translation>
    </message>
    <message>
      <source>Referral</source>
      <translation>Рекомендовали вас</translation>
    </message>
    <message>
      <source>Joint win</source>
      <translation>Общий успех</translation>
    </message>
    <message>
      <source>Thanked you</source>
      <translation>Поблагодарили</translation>
    </message>
    <message>
      <source>Other good sign</source>
      <translation>Другой хороший знак</translation>
    </message>
    <message>
      <source>Accepted a no, an estimate or a price as quoted</source>
      <translation>Приняли отказ, оценку или цену без торга</translation>
    </message>
    <message>
      <source>Paid for extra work or a rush instead of asking for it free</source>
      <translation>Оплатили доп. работу или срочность, а не просили сделать бесплатно</translation>
    </message>
    <message>
      <source>Recommended you or introduced someone</source>
      <translation>Рекомендовали вас или с кем-то познакомили</translation>
    </message>
    <message>
      <source>A success you made together</source>
      <translation>Успех, которого вы добились вместе</translation>
    </message>
    <message>
      <source>Thanked or praised you</source>
      <translation>Поблагодарили или похвалили вас</translation>
    </message>
    <message>
      <source>Something else a partner does</source>
      <translation>Что-то ещё, что делает партнёр</translation>
    </message>
    <message>
      <source>Listen actively</source>
      <translation>Активно выслушать</translation>
    </message>
    <message>
      <source>Acknowledge the feelings</source>
      <translation>Признать чувства</translation>
    </message>
    <message>
      <source>Take personal responsibility</source>
      <translation>Взять ответственность на себя</translation>
    </message>
    <message>
      <source>Offer a solution fitted to this client</source>
      <translation>Предложить решение под этого клиента</translation>
    </message>
    <message>
      <source>Follow up personally</source>
      <translation>Лично проконтролировать</translation>
    </message>
    <message>
      <source>Learn and improve</source>
      <translation>Извлечь урок и улучшить процесс</translation>
    </message>
    <message>
      <source>Let the client say everything; repeat it back in their words before you answer.</source>
      <translation>Дайте клиенту высказаться до конца; прежде чем отвечать, повторите сказанное его словами.</translation>
    </message>
    <message>
      <source>Name what they feel (“I see this is frustrating”) before any defence.</source>
      <translation>Назовите, что чувствует клиент («Понимаю, как это неприятно»), прежде чем оправдываться.</translation>
    </message>
    <message>
      <source>Say what you will personally do about it; blame no colleague and no process.</source>
      <translation>Скажите, что лично вы с этим сделаете; не вините ни коллег, ни процессы.</translation>
    </message>
    <message>
      <source>Propose the fix this client needs, not the standard one, and agree on it.</source>
      <translation>Предложите то решение, которое нужно именно этому клиенту, а не типовое, и договоритесь о нём.</translation>
    </message>
    <message>
      <source>Set a day to check that the fix worked, and keep it: words must match deeds.</source>
      <translation>Назначьте день, чтобы проверить, сработало ли решение, и сдержите слово: слова должны совпадать с делами.</translation>
    </message>
    <message>
      <source>What was the lesson? What will you change so it does not happen again?</source>
      <translation>Какой из этого урок? Что вы измените, чтобы это не повторилось?</translation>
    </message>
    <message>
      <source>Green</source>
      <translation>Зелёный</translation>
    </message>
    <message>
      <source>Amber</source>
      <translation>Жёлтый</translation>
    </message>
    <message>
      <source>Red</source>
      <translation>Красный</translation>
    </message>
    <message>
      <source>Not enough data yet</source>
      <translation>Пока мало данных</translation>
    </message>
    <message>
      <source>Burnout risk: green</source>
      <translation>Риск выгорания: зелёный</translation>
    </message>
    <message>
      <source>Burnout risk: amber</source>
      <translation>Риск выгорания: жёлтый</translation>
    </message>
    <message>
      <source>Burnout risk: red</source>
      <translation>Риск выгорания: красный</translation>
    </message>
    <message>
      <source>Burnout risk: not enough data yet</source>
      <translation>Риск выгорания: пока мало данных</translation>
    </message>
    <message>
      <source>Concession rate</source>
      <translation>Доля уступок</translation>
    </message>
    <message>
      <source>Pressure events per week</source>
      <translation>Случаев давления в неделю</translation>
    </message>
    <message>
      <source>Unpaid hours per week</source>
      <translation>Неоплаченных часов в неделю</translation>
    </message>
    <message>
      <source>Client-related burnout (check-in)</source>
      <translation>Выгорание в работе с клиентами (самопроверка)</translation>
    </message>
    <message>
      <source>Of the pushes you decided, the share you conceded</source>
      <translation>Доля уступок среди решённых случаев давления</translation>
    </message>
    <message>
      <source>How often clients pushed you, on average a week</source>
      <translation>Как часто клиенты на вас давили — в среднем за неделю</translation>
    </message>
    <message>
      <source>Hours you worked for free, on average a week</source>
      <translation>Сколько часов вы отработали бесплатно — в среднем за неделю</translation>
    </message>
    <message>
      <source>Your latest weekly check-in, 0–100; 50 or more is what the scale's authors call high</source>
      <translation>Последняя еженедельная самопроверка, 0–100; от 50 авторы шкалы считают уровень высоким</translation>
    </message>
    <message>
      <source>Bending</source>
      <translation>Прогиб</translation>
    </message>
    <message>
      <source>Drifting</source>
      <translation>Остывание</translation>
    </message>
    <message>
      <source>Watch</source>
      <translation>Под вопросом</translation>
    </message>
    <message>
      <source>Steady</source>
      <translation>Стабильно</translation>
    </message>
    <message>
      <source>Partnership</source>
      <translation>Партнёрство</translation>
    </message>
    <message>
      <source>The client pushes and you give in: half or more of at least 2 decided pushes in 90 days.</source>
      <translation>Клиент давит, и вы уступаете: в половине или больше решённых случаев давления за 90 дней (если их хотя бы два).</translation>
    </message>
    <message>
      <source>You have been out of touch longer than you meant to: the stay-in-touch reminder is due.</source>
      <translation>Вы дольше, чем собирались, не выходили на связь: пора напомнить о себе.</translation>
    </message>
    <message>
      <source>Some concessions or frequent pushes, though not bending: worth keeping an eye on.</source>
      <translation>Есть уступки или частое давление, но это ещё не прогиб: стоит присмотреться.</translation>
    </message>
    <message>
      <source>Nothing conceded and little pressure, but no good sign recorded yet.</source>
      <translation>Без уступок и почти без давления, но хороших знаков пока не отмечено.</translation>
    </message>
    <message>
      <source>Nothing conceded, little pressure, and the client has shown good signs.</source>
      <translation>Без уступок, давления мало, и клиент ведёт себя как партнёр.</translation>
    </message>
    <message>
      <source>Unknown (%1)</source>
      <translation>Неизвестно (%1)</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
  </context>
</TS>
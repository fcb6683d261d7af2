<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>AfterTroubleBar</name>
    <message>
      <source>Thank someone?</source>
      <translation>Поблагодарить кого-нибудь?</translation>
    </message>
    <message>
      <source>Write a gratitude note: to this client, or to anyone</source>
      <translation>Записать благодарность: этому клиенту или кому угодно</translation>
    </message>
    <message>
      <source>What was the lesson?</source>
      <translation>Какой был урок?</translation>
    </message>
    <message>
      <source>Write down a lesson linked to what happened</source>
      <translation>Записать урок, связанный с тем, что случилось</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <source>Close the next steps</source>
      <translation>Закрыть подсказку о следующих шагах</translation>
    </message>
    <message>
      <source>«%1» is resolved. Two small next steps:</source>
      <translation>Инцидент «%1» решён. Два небольших шага дальше:</translation>
    </message>
    <message>
      <source>A hard moment with %1. Two small next steps:</source>
      <translation>%1: было непросто. Два небольших шага дальше:</translation>
    </message>
  </context>
  <context>
    <name>DeleteCommand</name>
    <message>
      <source>Delete %1</source>
      <translation>Удалить: %1</translation>
    </message>
  </context>
  <context>
    <name>DeleteQuestion</name>
    <message>
      <source>Delete a client</source>
      <translation>Удаление клиента</translation>
    </message>
    <message>
      <source>Delete an entry</source>
      <translation>Удаление записи</translation>
    </message>
    <message>
      <source>Delete %1 and all their interactions and incidents?</source>
      <translation>Удалить клиента «%1» со всеми взаимодействиями и инцидентами?</translation>
    </message>
    <message>
      <source>Delete the interaction with %1 on %2?</source>
      <translation>Удалить взаимодействие с клиентом «%1» от %2?</translation>
    </message>
    <message>
      <source>Delete the incident «%1»?</source>
      <translation>Удалить инцидент «%1»?</translation>
    </message>
    <message>
      <source>Delete the gratitude note of %1?</source>
      <translation>Удалить благодарность от %1?</translation>
    </message>
    <message>
      <source>Delete the lesson of %1?</source>
      <translation>Удалить урок от %1?</translation>
    </message>
    <message>
      <source>Delete the check-in of %1?</source>
      <translation>Удалить самопроверку от %1?</translation>
    </message>
    <message>
      <source>Delete this entry?</source>
      <translation>Удалить эту запись?</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>You can undo this with Ctrl+Z while Rapport is open.</source>
      <translation>Пока Rapport открыт, это можно отменить клавишами Ctrl+Z.</translation>
    </message>
  </context>
  <context>
    <name>DetailPane</name>
    <message>
      <source>Ed&amp;it…</source>
      <translation>&amp;Изменить…</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Удалить</translation>
    </message>
    <message>
      <source>Edit the selected entry</source>
      <translation>Изменить выбранную запись</translation>
    </message>
    <message>
      <source>Delete the selected entry</source>
      <translation>Удалить выбранную запись</translation>
    </message>
    <message>
      <source>Selected entry</source>
      <translation>Выбранная запись</translation>
    </message>
    <message>
      <source>Select an entry to see it here. Double-click or press Enter to edit it.</source>
      <translation>Выберите запись, чтобы увидеть её здесь. Двойной щелчок или Enter — изменить.</translation>
    </message>
    <message>
      <source>Client</source>
      <translation>Клиент</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Когда</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Канал</translation>
    </message>
    <message>
      <source>How it felt</source>
      <translation>Ощущение</translation>
    </message>
    <message>
      <source>Follow up on</source>
      <translation>Связаться снова</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Метки</translation>
    </message>
    <message>
      <source>Pressure</source>
      <translation>Давление</translation>
    </message>
    <message>
      <source>Good signs</source>
      <translation>Хорошие знаки</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Кому</translation>
    </message>
    <message>
      <source>Expressed</source>
      <translation>Высказана</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>да</translation>
    </message>
    <message>
      <source>not yet</source>
      <translation>пока нет</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Что произошло</translation>
    </message>
    <message>
      <source>What was the lesson</source>
      <translation>Какой урок</translation>
    </message>
    <message>
      <source>What I'll do next time</source>
      <translation>Что сделаю в следующий раз</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>Открыт</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>Решён</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>Ответы</translation>
    </message>
    <message>
      <source>%1 unpaid hours</source>
      <translation>неоплаченных часов: %1</translation>
    </message>
    <message>
      <source>discount %1%</source>
      <translation>скидка %1%</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <source>All kinds</source>
      <translation>Все виды</translation>
    </message>
    <message>
      <source>All clients</source>
      <translation>Все клиенты</translation>
    </message>
    <message>
      <source>All tags</source>
      <translation>Все метки</translation>
    </message>
    <message>
      <source>any</source>
      <translation>не задано</translation>
    </message>
    <message>
      <source>F&amp;rom</source>
      <translation>&amp;От</translation>
    </message>
    <message>
      <source>T&amp;o</source>
      <translation>&amp;До</translation>
    </message>
    <message>
      <source>&amp;Pressure only</source>
      <translation>Только дав&amp;ление</translation>
    </message>
    <message>
      <source>Clear filters</source>
      <translation>Сбросить фильтры</translation>
    </message>
    <message>
      <source>Filter by client</source>
      <translation>Фильтр по клиенту</translation>
    </message>
    <message>
      <source>Filter by kind</source>
      <translation>Фильтр по виду</translation>
    </message>
    <message>
      <source>Filter by tag</source>
      <translation>Фильтр по метке</translation>
    </message>
    <message>
      <source>From date</source>
      <translation>С даты</translation>
    </message>
    <message>
      <source>To date</source>
      <translation>По дату</translation>
    </message>
    <message>
      <source>Show only entries with pressure</source>
      <translation>Показывать только записи с давлением</translation>
    </message>
    <message>
      <source>Clear all filters</source>
      <translation>Сбросить все фильтры</translation>
    </message>
  </context>
  <context>
    <name>JournalPage</name>
    <message>
      <source>Journal timeline</source>
      <translation>Лента журнала</translation>
    </message>
    <message>
      <source>Your journal is empty. Press Ctrl+N to write down your first interaction.</source>
      <translation>Журнал пуст. Нажмите Ctrl+N, чтобы записать первое взаимодействие.</translation>
    </message>
    <message>
      <source>Nothing matches. Change the search or clear the filters.</source>
      <translation>Ничего не найдено. Измените запрос или сбросьте фильтры.</translation>
    </message>
  </context>
  <context>
    <name>Launcher</name>
    <message>
      <source>Rapport</source>
      <translation>Rapport</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>The daily backup failed: %1</source>
      <translation>Ежедневное резервное копирование не удалось: %1</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Сегодня</translation>
    </message>
    <message>
      <source>Journal</source>
      <translation>Журнал</translation>
    </message>
    <message>
      <source>Clients</source>
      <translation>Клиенты</translation>
    </message>
    <message>
      <source>Incidents</source>
      <translation>Инциденты</translation>
    </message>
    <message>
      <source>Insights</source>
      <translation>Аналитика</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Настройки</translation>
    </message>
    <message numerus="yes">
      <source>%n entries</source>
      <translation>
        <numerusform>%n запись</numerusform>
        <numerusform>%n записи</numerusform>
        <numerusform>%n записей</numerusform>
      </translation>
    </message>
    <message>
      <source>1 entry</source>
      <translation>1 запись</translation>
    </message>
    <message numerus="yes">
      <source>%n found</source>
      <translation>
        <numerusform>найдена %n</numerusform>
        <numerusform>найдено %n</numerusform>
        <numerusform>найдено %n</numerusform>
      </translation>
    </message>
    <message>
      <source>Read-only: changes are not saved</source>
      <translation>Только чтение: изменения не сохраняются</translation>
    </message>
    <message>
      <source>This kind of entry cannot be edited here.</source>
      <translation>Такую запись здесь изменить нельзя.</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Сохранено.</translation>
    </message>
    <message>
      <source>Could not delete: %1</source>
      <translation>Не удалось удалить: %1</translation>
    </message>
    <message>
      <source>Deleting…</source>
      <translation>Удаление…</translation>
    </message>
    <message>
      <source>Deleted. Press Ctrl+Z to undo.</source>
      <translation>Удалено. Ctrl+Z — отменить.</translation>
    </message>
    <message>
      <source>Import a journal</source>
      <translation>Импорт журнала</translation>
    </message>
    <message>
      <source>Rapport journal (*.json)</source>
      <translation>Журнал Rapport (*.json)</translation>
    </message>
    <message>
      <source>About Rapport</source>
      <translation>О программе Rapport</translation>
    </message>
    <message>
      <source>Rapport keeps a journal of your client work and warns you early, with reasons, of burnout.</source>
      <translation>Rapport ведёт журнал работы с клиентами и заранее, с объяснением причин, предупреждает о выгорании.</translation>
    </message>
    <message>
      <source>Sample journal — Rapport</source>
      <translation>Пример журнала — Rapport</translation>
    </message>
    <message>
      <source>Rapport</source>
      <translation>Rapport</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Разделы</translation>
    </message>
    <message>
      <source>Search the journal (Ctrl+F)</source>
      <translation>Поиск по журналу (Ctrl+F)</translation>
    </message>
    <message>
      <source>Search the journal</source>
      <translation>Поиск по журналу</translation>
    </message>
    <message>
      <source>Capture</source>
      <translation>Запись</translation>
    </message>
  </context>
  <context>
    <name>RateSettings</name>
    <message>
      <source>Cost of unpaid hours</source>
      <translation>Стоимость неоплаченных часов</translation>
    </message>
    <message>
      <source>Your hourly r&amp;ate</source>
      <translation>Ваша &amp;почасовая ставка</translation>
    </message>
    <message>
      <source>Currency si&amp;gn</source>
      <translation>Вал&amp;юта</translation>
    </message>
    <message>
      <source>none</source>
      <translation>не задана</translation>
    </message>
    <message>
      <source>Your hourly rate</source>
      <translation>Ваша почасовая ставка</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Валюта</translation>
    </message>
    <message>
      <source>Save rate</source>
      <translation>Сохранить ставку</translation>
    </message>
    <message>
      <source>Without a rate, unpaid time is shown in hours only.</source>
      <translation>Без ставки неоплаченное время показывается только в часах.</translation>
    </message>
    <message>
      <source>For example, 10 unpaid hours cost about %1.</source>
      <translation>Например, 10 неоплаченных часов стоят около %1.</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Сохранено.</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>System</source>
      <translation>Как в системе</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Светлая</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Тёмная</translation>
    </message>
    <message>
      <source>Appearance</source>
      <translation>Внешний вид</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Язык</translation>
    </message>
    <message>
      <source>&amp;Theme</source>
      <translation>&amp;Тема</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Тема</translation>
    </message>
    <message>
      <source>Warning thresholds (amber, red)</source>
      <translation>Пороги предупреждений (жёлтый, красный)</translation>
    </message>
    <message>
      <source>%1, amber from</source>
      <translation>%1, жёлтый от</translation>
    </message>
    <message>
      <source>%1, red from</source>
      <translation>%1, красный от</translation>
    </message>
    <message>
      <source>Save thresholds</source>
      <translation>Сохранить пороги</translation>
    </message>
    <message>
      <source>Data</source>
      <translation>Данные</translation>
    </message>
    <message>
      <source>Your journal is kept in %1</source>
      <translation>Журнал хранится в папке %1</translation>
    </message>
    <message>
      <source>&amp;Open data folder</source>
      <translation>&amp;Открыть папку данных</translation>
    </message>
    <message>
      <source>Open the data folder</source>
      <translation>Открыть папку данных</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Сохранено.</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Импорт…</translation>
    </message>
    <message>
      <source>Import failed: %1</source>
      <translation>Импорт не удался: %1</translation>
    </message>
    <message numerus="yes">
      <source>Imported %n records.</source>
      <translation>
        <numerusform>Импортирована %n запись.</numerusform>
        <numerusform>Импортировано %n записи.</numerusform>
        <numerusform>Импортировано %n записей.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TimelineModel</name>
    <message>
      <source>Today, %1</source>
      <translation>Сегодня, %1</translation>
    </message>
    <message>
      <source>Yesterday, %1</source>
      <translation>Вчера, %1</translation>
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <source>Welcome to Rapport</source>
      <translation>Добро пожаловать в Rapport</translation>
    </message>
    <message>
      <source>Rapport keeps a short record of each client interaction, the thanks you give and get, and the lessons you draw, and warns you early when clients push you too often. Everything stays on this computer.</source>
      <translation>Rapport коротко записывает каждое взаимодействие с клиентом, благодарности — сказанные и полученные — и извлечённые уроки, и заранее предупреждает, когда клиенты давят слишком часто. Всё хранится только на этом компьютере.</translation>
    </message>
    <message>
      <source>Start an &amp;empty journal</source>
      <translation>&amp;Начать пустой журнал</translation>
    </message>
    <message>
      <source>Explore a &amp;sample journal</source>
      <translation>&amp;Посмотреть пример журнала</translation>
    </message>
    <message>
      <source>Start an empty journal</source>
      <translation>Начать пустой журнал</translation>
    </message>
    <message>
      <source>Explore a sample journal, kept apart from your own</source>
      <translation>Посмотреть пример журнала, отдельно от вашего</translation>
    </message>
    <message>
      <source>Writing the sample journal…</source>
      <translation>Создаётся пример журнала…</translation>
    </message>
    <message>
      <source>The sample journal could not be written: %1</source>
      <translation>Не удалось создать пример журнала: %1</translation>
    </message>
  </context>
  <context>
    <name>WindowActions</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <source>&amp;Entry</source>
      <translation>&amp;Запись</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Вид</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Импорт…</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Экспорт…</translation>
    </message>
    <message>
      <source>&amp;Back up now</source>
      <translation>Сделать &amp;резервную копию</translation>
    </message>
    <message>
      <source>&amp;Leave the sample journal</source>
      <translation>&amp;Выйти из примера журнала</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>В&amp;ыход</translation>
    </message>
    <message>
      <source>New &amp;interaction…</source>
      <translation>Новое &amp;взаимодействие…</translation>
    </message>
    <message>
      <source>New &amp;gratitude note…</source>
      <translation>Новая &amp;благодарность…</translation>
    </message>
    <message>
      <source>New &amp;lesson…</source>
      <translation>Новый &amp;урок…</translation>
    </message>
    <message>
      <source>New &amp;client…</source>
      <translation>Новый &amp;клиент…</translation>
    </message>
    <message>
      <source>&amp;Edit selected…</source>
      <translation>&amp;Изменить выбранное…</translation>
    </message>
    <message>
      <source>&amp;Delete selected</source>
      <translation>Уд&amp;алить выбранное</translation>
    </message>
    <message>
      <source>&amp;Search the journal</source>
      <translation>&amp;Поиск по журналу</translation>
    </message>
    <message>
      <source>&amp;About Rapport</source>
      <translation>&amp;О программе Rapport</translation>
    </message>
  </context>
</TS>
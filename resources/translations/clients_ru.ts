<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>ClientChart</name>
    <message>
      <source>Pushes by response and mean mood, last 12 months</source>
      <translation>Давление по ответам и среднее настроение за 12 месяцев</translation>
    </message>
  </context>
  <context>
    <name>ClientTableModel</name>
    <message>
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Компания</translation>
    </message>
    <message>
      <source>Relationship</source>
      <translation>Отношения</translation>
    </message>
    <message>
      <source>Unpaid, 90 days</source>
      <translation>Неоплачено за 90 дней</translation>
    </message>
    <message>
      <source>Last contact</source>
      <translation>Последний контакт</translation>
    </message>
    <message>
      <source>Cadence</source>
      <translation>Периодичность</translation>
    </message>
    <message>
      <source> (archived)</source>
      <translation> (в архиве)</translation>
    </message>
    <message>
      <source>never</source>
      <translation>никогда</translation>
    </message>
    <message numerus="yes">
      <source>every %n day(s)</source>
      <translation>
        <numerusform>каждый %n день</numerusform>
        <numerusform>каждые %n дня</numerusform>
        <numerusform>каждые %n дней</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 h</source>
      <translation>%1 ч</translation>
    </message>
  </context>
  <context>
    <name>ClientView</name>
    <message>
      <source>← All clients</source>
      <translation>← Все клиенты</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Изменить…</translation>
    </message>
    <message>
      <source>&amp;Log an interaction…</source>
      <translation>&amp;Записать взаимодействие…</translation>
    </message>
    <message>
      <source>Log a contact</source>
      <translation>Записать контакт</translation>
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
      <source>History</source>
      <translation>История</translation>
    </message>
    <message>
      <source>History with this client</source>
      <translation>История с этим клиентом</translation>
    </message>
    <message>
      <source>Show older entries</source>
      <translation>Показать более ранние записи</translation>
    </message>
    <message numerus="yes">
      <source>Stay in touch every %n day(s)</source>
      <translation>
        <numerusform>Выходить на связь каждый %n день</numerusform>
        <numerusform>Выходить на связь каждые %n дня</numerusform>
        <numerusform>Выходить на связь каждые %n дней</numerusform>
      </translation>
    </message>
    <message>
      <source>Tags: %1</source>
      <translation>Метки: %1</translation>
    </message>
    <message>
      <source>Unarchive</source>
      <translation>Вернуть из архива</translation>
    </message>
    <message>
      <source>Archive</source>
      <translation>В архив</translation>
    </message>
    <message>
      <source>No interactions in the last 90 days, so no relationship label.</source>
      <translation>За последние 90 дней взаимодействий не было, поэтому оценки отношений нет.</translation>
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
      <source>%1 (conceded %2, negotiated %3, held %4)</source>
      <translation>%1 (уступки: %2, договорились: %3, без уступок: %4)</translation>
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
    <name>ClientsPage</name>
    <message>
      <source>Search clients by name or company</source>
      <translation>Поиск клиентов по имени или компании</translation>
    </message>
    <message>
      <source>Search clients</source>
      <translation>Поиск клиентов</translation>
    </message>
    <message>
      <source>Show archived</source>
      <translation>Показывать архивных</translation>
    </message>
    <message>
      <source>&amp;New client…</source>
      <translation>&amp;Новый клиент…</translation>
    </message>
    <message>
      <source>Clients</source>
      <translation>Клиенты</translation>
    </message>
  </context>
</TS>
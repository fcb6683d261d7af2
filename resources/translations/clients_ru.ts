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
      <source>Ed&amp;it…</source>
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
    <message>
      <source>No clients yet. Add one with New client…, or just log an interaction: a new name creates the client.</source>
      <translation>Клиентов пока нет. Добавьте клиента кнопкой «Новый клиент…» или просто запишите взаимодействие: новое имя само создаст клиента.</translation>
    </message>
  </context>
</TS>
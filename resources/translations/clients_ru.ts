<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>ClientChart</name>
    <message>
      <source>Pushes by response and mean mood, last 12 months</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>The last 90 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pushes and mood, month by month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Still open</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Interactions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pushes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 (conceded %2, negotiated %3, held %4)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unpaid hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Good signs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Promises kept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mean mood</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 h</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1, about %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>none fell due</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n of %1 kept on time</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <source>not noted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Promise due %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Incident opened %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No open promises or incidents.</source>
      <translation type="unfinished" />
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
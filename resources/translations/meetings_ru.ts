<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
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
</TS>
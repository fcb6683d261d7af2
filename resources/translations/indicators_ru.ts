<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Checkin</name>
    <message>
        <source>Do you find it hard to work with clients?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you find it frustrating to work with clients?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does it drain your energy to work with clients?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you feel that you give more than you get back when you work with clients?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you tired of working with clients?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you sometimes wonder how long you will be able to continue working with clients?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To a very high degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To a high degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somewhat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To a low degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To a very low degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sometimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seldom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never/almost never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>{number}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concession rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client burnout score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(red from {threshold})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(amber from {threshold})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You conceded %n of {decided} pushes in the last 28 days {threshold}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{number} a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients pushed you once in the last 28 days, {per_week} a week {threshold}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Clients pushed you %n times in the last 28 days, {per_week} a week {threshold}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{number} h a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You worked {hours} h unpaid in the last 28 days, {per_week} h a week {threshold}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest check-in scores {score} of 100 for client-related burnout {threshold}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be {low}–{high} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date-time with a UTC offset (like 2026-11-20T14:30:00+03:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty string of at most 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either to_client_id or to_name, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of 6 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of 0, 25, 50, 75, 100 or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; does not refer to a {kind} in the file or the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Rapport journal file (format must be &apos;rapport-journal&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {value} is not supported (this Rapport reads version 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid JSON ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Follow up: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No contact with {name} for %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Incident follow-up due: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take your first weekly check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Weekly check-in due (the last one was %n days ago)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>Burnout status on {day}: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded in the last 28 days, so there is nothing to judge yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every signal is green.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most bending clients (last 90 days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name}: conceded {rate} of decided pushes, %n pushes in all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No client is bending you (last 90 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} h a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} of 100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

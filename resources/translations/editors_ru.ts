<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>ClientEditor</name>
    <message>
      <source>Client</source>
      <translation>Клиент</translation>
    </message>
    <message>
      <source>no reminder</source>
      <translation>без напоминания</translation>
    </message>
    <message>
      <source> days</source>
      <translation> дн.</translation>
    </message>
    <message>
      <source>comma, separated</source>
      <translation>через запятую</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Имя</translation>
    </message>
    <message>
      <source>C&amp;ompany</source>
      <translation>&amp;Компания</translation>
    </message>
    <message>
      <source>&amp;Email</source>
      <translation>&amp;Эл. почта</translation>
    </message>
    <message>
      <source>&amp;Phone</source>
      <translation>&amp;Телефон</translation>
    </message>
    <message>
      <source>Stay in &amp;touch every</source>
      <translation>Выходить на &amp;связь каждые</translation>
    </message>
    <message>
      <source>Note&amp;s</source>
      <translation>&amp;Заметки</translation>
    </message>
    <message>
      <source>T&amp;ags</source>
      <translation>&amp;Метки</translation>
    </message>
    <message>
      <source>Edit client</source>
      <translation>Изменить клиента</translation>
    </message>
  </context>
  <context>
    <name>Drafts</name>
    <message>
      <source>Restore unsaved work?</source>
      <translation>Восстановить несохранённое?</translation>
    </message>
    <message>
      <source>An unsaved %1 was kept at %2.</source>
      <translation>Остался черновик (%1) от %2.</translation>
    </message>
    <message>
      <source>Restore it to go on editing?</source>
      <translation>Восстановить, чтобы продолжить редактирование?</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Восстановить</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Later</source>
      <translation>Позже</translation>
    </message>
  </context>
  <context>
    <name>EditableRow</name>
    <message>
      <source>Remove</source>
      <translation>Удалить</translation>
    </message>
  </context>
  <context>
    <name>EditorDialog</name>
    <message>
      <source>Draft status</source>
      <translation>Состояние черновика</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>Save (Ctrl+Enter)</source>
      <translation>Сохранить (Ctrl+Enter)</translation>
    </message>
    <message>
      <source>Could not save: %1</source>
      <translation>Не удалось сохранить: %1</translation>
    </message>
    <message>
      <source>Could not keep a draft</source>
      <translation>Не удалось сохранить черновик</translation>
    </message>
    <message>
      <source>Draft kept at %1</source>
      <translation>Черновик сохранён в %1</translation>
    </message>
    <message>
      <source>Discard changes?</source>
      <translation>Отменить изменения?</translation>
    </message>
    <message>
      <source>You have changed this entry. Close without saving?</source>
      <translation>Вы изменили эту запись. Закрыть без сохранения?</translation>
    </message>
    <message>
      <source>Discard changes</source>
      <translation>Отменить изменения</translation>
    </message>
    <message>
      <source>Keep editing</source>
      <translation>Продолжить редактирование</translation>
    </message>
  </context>
  <context>
    <name>GoodSignList</name>
    <message>
      <source>+ Good sign:</source>
      <translation>+ Хороший знак:</translation>
    </message>
    <message>
      <source>Add a good sign: %1</source>
      <translation>Добавить хороший знак: %1</translation>
    </message>
  </context>
  <context>
    <name>GoodSignRow</name>
    <message>
      <source>What did they do? (optional)</source>
      <translation>Что именно сделали? (необязательно)</translation>
    </message>
    <message>
      <source>Good sign %1: kind</source>
      <translation>Хороший знак %1: вид</translation>
    </message>
    <message>
      <source>Good sign %1: note</source>
      <translation>Хороший знак %1: заметка</translation>
    </message>
    <message>
      <source>Remove good sign %1</source>
      <translation>Удалить хороший знак %1</translation>
    </message>
  </context>
  <context>
    <name>GratitudeEditor</name>
    <message>
      <source>Gratitude note</source>
      <translation>Благодарность</translation>
    </message>
    <message>
      <source>A client, anyone by name, or leave empty</source>
      <translation>Клиент, любой человек по имени или оставьте пустым</translation>
    </message>
    <message>
      <source>What are you grateful for?</source>
      <translation>За что вы благодарны?</translation>
    </message>
    <message>
      <source>Thanked them already</source>
      <translation>Спасибо уже сказано</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>&amp;Дата</translation>
    </message>
    <message>
      <source>&amp;To</source>
      <translation>&amp;Кому</translation>
    </message>
    <message>
      <source>&amp;Gratitude</source>
      <translation>&amp;Благодарность</translation>
    </message>
    <message>
      <source>&amp;Expressed</source>
      <translation>&amp;Высказана</translation>
    </message>
    <message>
      <source>Edit gratitude note</source>
      <translation>Изменить благодарность</translation>
    </message>
  </context>
  <context>
    <name>InteractionEditor</name>
    <message>
      <source>Interaction</source>
      <translation>Взаимодействие</translation>
    </message>
    <message>
      <source>Type a name; a new name creates a client</source>
      <translation>Введите имя; новое имя создаст клиента</translation>
    </message>
    <message>
      <source>What happened, in one line</source>
      <translation>Что произошло, одной строкой</translation>
    </message>
    <message>
      <source>Follow up on</source>
      <translation>Связаться снова</translation>
    </message>
    <message>
      <source>comma, separated</source>
      <translation>через запятую</translation>
    </message>
    <message>
      <source>What was the lesson?…</source>
      <translation>Какой был урок?…</translation>
    </message>
    <message>
      <source>Write down a lesson linked to this interaction</source>
      <translation>Записать урок, связанный с этим взаимодействием</translation>
    </message>
    <message>
      <source>&amp;Client</source>
      <translation>&amp;Клиент</translation>
    </message>
    <message>
      <source>&amp;When</source>
      <translation>Ко&amp;гда</translation>
    </message>
    <message>
      <source>C&amp;hannel</source>
      <translation>К&amp;анал</translation>
    </message>
    <message>
      <source>&amp;Summary</source>
      <translation>&amp;Суть</translation>
    </message>
    <message>
      <source>&amp;Notes (Markdown)</source>
      <translation>&amp;Заметки (Markdown)</translation>
    </message>
    <message>
      <source>Notes (Markdown)</source>
      <translation>Заметки (Markdown)</translation>
    </message>
    <message>
      <source>How it &amp;felt</source>
      <translation>&amp;Ощущения</translation>
    </message>
    <message>
      <source>F&amp;ollow-up</source>
      <translation>&amp;Повторная связь</translation>
    </message>
    <message>
      <source>Follow up</source>
      <translation>Связаться снова</translation>
    </message>
    <message>
      <source>Follow-up date</source>
      <translation>Дата повторной связи</translation>
    </message>
    <message>
      <source>&amp;Tags</source>
      <translation>&amp;Метки</translation>
    </message>
    <message>
      <source>&amp;Pressure</source>
      <translation>&amp;Давление</translation>
    </message>
    <message>
      <source>&amp;Good signs</source>
      <translation>&amp;Хорошие знаки</translation>
    </message>
    <message>
      <source>New client «%1» will be created</source>
      <translation>Будет создан новый клиент «%1»</translation>
    </message>
    <message>
      <source>Edit interaction</source>
      <translation>Изменить взаимодействие</translation>
    </message>
  </context>
  <context>
    <name>LessonEditor</name>
    <message>
      <source>Lesson</source>
      <translation>Урок</translation>
    </message>
    <message>
      <source>What happened?</source>
      <translation>Что произошло?</translation>
    </message>
    <message>
      <source>What was the lesson?</source>
      <translation>Какой был урок?</translation>
    </message>
    <message>
      <source>What will I do next time?</source>
      <translation>Что я сделаю в следующий раз?</translation>
    </message>
    <message>
      <source>comma, separated</source>
      <translation>через запятую</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>&amp;Дата</translation>
    </message>
    <message>
      <source>What &amp;happened</source>
      <translation>Что &amp;произошло</translation>
    </message>
    <message>
      <source>The &amp;lesson</source>
      <translation>&amp;Урок</translation>
    </message>
    <message>
      <source>&amp;Next time</source>
      <translation>В &amp;следующий раз</translation>
    </message>
    <message>
      <source>&amp;Tags</source>
      <translation>&amp;Метки</translation>
    </message>
    <message>
      <source>About the interaction: «%1»</source>
      <translation>О взаимодействии: «%1»</translation>
    </message>
    <message>
      <source>Edit lesson</source>
      <translation>Изменить урок</translation>
    </message>
  </context>
  <context>
    <name>MarkdownField</name>
    <message>
      <source>Write</source>
      <translation>Текст</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Просмотр</translation>
    </message>
  </context>
  <context>
    <name>PressureList</name>
    <message>
      <source>Add a pressure event: free work, conceded; then give the hours</source>
      <translation>Добавить случай давления: бесплатная работа, уступка; затем укажите часы</translation>
    </message>
    <message>
      <source>+ Other pressure</source>
      <translation>+ Другое давление</translation>
    </message>
  </context>
  <context>
    <name>PressureRow</name>
    <message>
      <source>%1 h</source>
      <translation>%1 ч</translation>
    </message>
    <message>
      <source>%1 unpaid hours</source>
      <translation>неоплаченных часов: %1</translation>
    </message>
    <message>
      <source>What did they ask for?</source>
      <translation>Чего от вас хотели?</translation>
    </message>
    <message>
      <source>My response</source>
      <translation>Мой ответ</translation>
    </message>
    <message>
      <source>Unpaid hours</source>
      <translation>Неоплаченные часы</translation>
    </message>
    <message>
      <source>Discount %</source>
      <translation>Скидка, %</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Заметка</translation>
    </message>
    <message>
      <source>Kind of pressure</source>
      <translation>Вид давления</translation>
    </message>
    <message>
      <source>Pressure %1: kind</source>
      <translation>Давление %1: вид</translation>
    </message>
    <message>
      <source>Pressure %1: my response</source>
      <translation>Давление %1: мой ответ</translation>
    </message>
    <message>
      <source>Pressure %1: unpaid hours</source>
      <translation>Давление %1: неоплаченные часы</translation>
    </message>
    <message>
      <source>Pressure %1: discount %</source>
      <translation>Давление %1: скидка, %</translation>
    </message>
    <message>
      <source>Pressure %1: note</source>
      <translation>Давление %1: заметка</translation>
    </message>
    <message>
      <source>Remove pressure %1</source>
      <translation>Удалить давление %1</translation>
    </message>
  </context>
</TS>
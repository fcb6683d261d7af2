"""The sample journal's cast and phrase book, in English and Russian.

`CAST` is the dozen clients of the demo journal with the way each one treats the manager
(`style`: bending, partner or watch), the language the manager writes about them in, how often
they are in touch and how they push. The phrase tables hold summaries and Markdown notes per
pressure kind and response, in both languages; `journal/services/demo.py` draws from them.
Nothing here touches the journal.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypedDict


@dataclass(frozen=True)
class Persona:
    """One demo client and how the relationship goes."""

    name: str
    company: str
    lang: str  # "ru", "en" or "mix" (the manager switches language with this client)
    style: str  # "bending", "partner", "watch", "steady" or "improving" (bends until the manager holds the line)
    weight: float  # share of all interactions
    pressure_rate: float  # chance that an interaction carries a push
    kinds: tuple[str, ...]  # the pushes this client favours
    concede: float  # chance a decided push is conceded
    tags: tuple[str, ...] = ()
    stay_in_touch_days: int | None = None
    silent_days: int = 0  # no contact in the last N days (so some cadences are overdue)
    email: str | None = None
    phone: str | None = None
    archived: bool = False
    gender: str = "f"  # "f" or "m": Russian past tenses about the client («перебивала» / «перебивал»)
    notes: str = ""


CAST: tuple[Persona, ...] = (
    Persona("Ирина Петрова", "ООО Вектор", "ru", "bending", 1.4, 0.3, ("free_work", "deadline", "free_work"), 0.8,
            ("ритейл", "ключевой"), 14, 0, "i.petrova@vector.example", "+7 900 123-45-67",
            notes="Сеть магазинов у дома. Решения принимает сама, любит созвоны вечером."),
    Persona("Олег Тихонов", "ИП Тихонов", "ru", "improving", 1.0, 0.55, ("discount", "threat", "discount"), 0.8,
            ("опт",), 21, 0, None, "+7 911 555-01-02", gender="m",
            notes="Оптовик, торгуется по каждой позиции. С весны держу цену — стал спокойнее."),
    Persona("Daniel Brooks", "Fabrikam Logistics", "en", "bending", 1.1, 0.25, ("deadline", "free_work", "other"), 0.7,
            ("logistics", "key account"), 14, 0, "daniel.brooks@fabrikam.example", gender="m",
            notes="Head of marketing. Everything is urgent; the board meets on Thursdays."),
    Persona("Sarah Collins", "Northwind Traders", "en", "partner", 1.2, 0.06, ("deadline", "discount"), 0.0,
            ("retail", "partner"), 21, 0, "sarah@northwind.example", "+44 20 7946 0101",
            notes="Pays on time, shares their sales figures, plans a quarter ahead."),
    Persona("Анна Соколова", "АО Горизонт", "ru", "partner", 1.0, 0.06, ("discount",), 0.0,
            ("производство", "партнёр"), 30, 0, "a.sokolova@gorizont.example",
            notes="Завод упаковки. Сама предлагает доплату за срочность, рекомендует нас коллегам."),
    Persona("Emma Wilson", "Lakeside Studio", "mix", "partner", 0.8, 0.05, ("free_work",), 0.0,
            ("agency",), 30, 0, "emma@lakeside.example", notes="Design studio; we share clients. Говорит по-русски."),
    Persona("Дмитрий Орлов", "ГК Меридиан", "mix", "watch", 0.9, 0.3, ("discount", "threat", "deadline"), 0.3,
            ("b2b",), 21, 0, "orlov@meridian.example", gender="m",
            notes="Холдинг, три юрлица. Тендер каждый год; пишет то по-русски, то по-английски."),
    Persona("Michael Turner", "Contoso Retail", "en", "steady", 0.8, 0.08, ("free_work", "discount"), 0.0,
            ("retail",), 30, 0, "m.turner@contoso.example", gender="m",
            notes="Procurement. Polite, exact, reads the contract before every call."),
    Persona("Мария Кузнецова", "ООО Ромашка", "ru", "watch", 0.7, 0.3, ("deadline", "disrespect"), 0.3,
            ("ритейл",), 14, 20, notes="Маркетолог, недавно в компании. Просила писать, а не звонить."),
    Persona("James Harper", "Harper & Sons", "en", "watch", 0.5, 0.2, ("discount", "other"), 0.3,
            ("wholesale",), 30, 50, "james@harper.example", gender="m",
            notes="Family wholesaler. Seasonal: busy in autumn, quiet in summer."),
    Persona("Елена Смирнова", "Студия «Лён»", "ru", "partner", 0.5, 0.04, ("free_work",), 0.0,
            ("агентство",), 45, 0, notes="Небольшая студия, работаем вместе над упаковкой для Горизонта."),
    Persona("Павел Николаев", "ООО Альфа-Трейд", "ru", "watch", 0.3, 0.3, ("discount", "threat"), 0.5,
            ("опт",), None, 100, archived=True, gender="m", notes="Ушёл к другому подрядчику в прошлом году."),
)  # fmt: skip

# Things the manager makes for clients, (as a subject, as an object): Russian needs both forms.
# Only deliverables: nobody asks to "finish the invoice for free".
TOPICS = {
    "ru": (("баннеры", "баннеры"), ("лендинг", "лендинг"), ("ежемесячный отчёт", "ежемесячный отчёт"),
           ("презентация", "презентацию"), ("рекламная кампания", "рекламную кампанию"), ("макеты", "макеты"),
           ("каталог", "каталог"), ("рассылка", "рассылку"), ("видеоролик", "видеоролик"),
           ("упаковка", "упаковку"), ("посты для соцсетей", "посты для соцсетей"), ("буклет", "буклет")),
    "en": tuple((topic, topic) for topic in ("banners", "landing page", "monthly report", "deck", "ad campaign",
                "mock-ups", "catalogue", "newsletter", "product video", "packaging", "social posts", "brochure")),
}  # fmt: skip

# (summary, notes, channel): the channel is the one the summary describes.
ROUTINE = {
    "ru": (
        (
            "Созвон: {topic}",
            "Обсудили {topic_acc}. **Договорились:**\n\n- сроки — до {day}\n- правки одним списком\n",
            "call",
        ),
        (
            "Встреча: планы на {quarter}-й квартал",
            "Планы на квартал.\n\n1. {topic}\n2. бюджет на рекламу\n3. отчётность\n",
            "meeting",
        ),
        ("Отправила {topic_acc} на согласование", "Отправлено письмом, ждём ответа. Вопросов пока нет.", "email"),
        ("Согласовали {topic_acc}", "Всё согласовано с первого раза. Следующий шаг — запуск.", "email"),
        ("Переписка: {topic}", "Уточнили детали в мессенджере, ответ пришёл за час.", "message"),
        ("Созвон: итоги месяца — {topic}", "Прошлись по цифрам за месяц — {topic}: результат лучше плана.", "call"),
        ("Отправила счёт за {topic_acc}", "Счёт отправлен, срок оплаты — 10 дней.", "email"),
        ("Встреча у клиента: {topic}", "Показала черновик, записала замечания. Атмосфера рабочая.", "meeting"),
        ("Короткий вопрос по {topic_dat}", "Ответила в мессенджере, вопрос закрыт.", "message"),
        ("Созвон: запуск — {topic}", "Проверили, что всё готово к запуску. Запуск — {day}.", "call"),
    ),
    "en": (
        ("Call: {topic}", "Went through the {topic}. **Agreed:**\n\n- due by {day}\n- one list of changes\n", "call"),
        (
            "Planning meeting for Q{quarter}",
            "Plans for the quarter.\n\n1. {topic}\n2. ad budget\n3. reporting\n",
            "meeting",
        ),
        ("Sent the {topic} for approval", "Sent by email; waiting for their answer. No questions so far.", "email"),
        ("The {topic} approved", "Approved at the first pass. Next step: launch.", "email"),
        ("Messages about the {topic}", "Settled the details over chat; they answered within the hour.", "message"),
        (
            "Monthly review call: {topic}",
            "Went through the month's figures: the {topic} did better than planned.",
            "call",
        ),
        ("Sent the invoice for the {topic}", "Invoice sent, due in 10 days.", "email"),
        (
            "Meeting at their office: {topic}",
            "Showed the draft, took notes of their comments. Good working mood.",
            "meeting",
        ),
        ("Quick question about the {topic}", "Answered over chat; done.", "message"),
        ("Launch check call: {topic}", "Checked everything is ready to go. Launch on {day}.", "call"),
    ),
}

# pressure kind → (summary, the client's words as a quote for the notes, channel)
PUSHES = {
    "ru": {
        "free_work": (("Просит бесплатно доделать {topic_acc}", "«Это же пять минут работы!»", "call"),
                      ("Ещё правки сверх сметы: {topic}", "«Ну что вам стоит, там делов на пять минут»", "email")),
        "discount": (("Требует скидку {pct2}% вместо {pct}%", "«Год работали с {pct}%, теперь хотим {pct2}%, иначе уйдём к конкурентам»", "call"),
                     ("Снова торг по цене: {topic}", "«У других дешевле, давайте {pct2}%»", "email")),
        "deadline": (("Срочно: {topic} — «нужно было вчера»", "«Нам это нужно было ещё вчера»", "message"),
                     ("Срок сдвинули на два дня раньше: {topic}", "«Сделайте к утру, у нас совет директоров»", "call")),
        "threat": (("Грозит уйти к конкурентам", "«Если не договоримся, уходим к конкурентам»", "call"),),
        "disrespect": (("Резкий тон на созвоне", "Перебивал{a}, повышал{a} голос, обесценивал{a} работу команды.", "call"),),
        "other": (("Расширяет объём без изменения бюджета", "«Добавьте ещё пару разделов, бюджет тот же»", "email"),),
    },
    "en": {
        "free_work": (("Asked for extra {topic} for free", "\"It's five minutes of work!\"", "call"),
                      ("More {topic} changes beyond the estimate", "\"Come on, it's a five-minute job\"", "email")),
        "discount": (("Wants {pct2}% off instead of {pct}%", "\"We had {pct}% for a year, now we want {pct2}%, or we go to your competitors\"", "call"),
                     ("Haggling over the {topic} price again", "\"Others are cheaper, give us {pct2}%\"", "email")),
        "deadline": (("Urgent: {topic} \"needed yesterday\"", "\"We needed it yesterday\"", "message"),
                     ("{topic} deadline moved two days earlier", "\"Have it ready by the morning, the board meets at nine\"", "call")),
        "threat": (("Threatened to move to a competitor", "\"If we can't agree, we'll go elsewhere\"", "call"),),
        "disrespect": (("Harsh tone on the call", "Kept interrupting, raised their voice, belittled the team's work.", "call"),),
        "other": (("Scope creep without a budget change", "\"Add a couple more sections, same budget\"", "email"),),
    },
}  # fmt: skip

# What a partner does (good signs), per kind: a note for each language.
SIGNS = {
    "ru": {
        "accepted_no": ("Спокойно отнеслись к отказу делать бесплатно", "Согласились с оценкой без торга"),
        "paid_extra": ("Сами предложили доплату за срочность", "Оплатили дополнительный раунд правок"),
        "referral": ("Порекомендовали нас коллегам из соседнего отдела", "Познакомили с новым заказчиком"),
        "joint_win": ("Кампания дала рекордные продажи — общий успех", "Вместе уложились в срок запуска"),
        "thanked": ("Поблагодарили команду за работу", "Похвалили макеты на общем созвоне"),
    },
    "en": {
        "accepted_no": ('Took the "no" on free extras calmly', "Accepted the estimate as quoted"),
        "paid_extra": ("Offered to pay the rush fee themselves", "Paid for the extra round of changes"),
        "referral": ("Recommended us to a colleague", "Introduced us to a new buyer"),
        "joint_win": ("The campaign beat its target: a shared win", "Launched on time together"),
        "thanked": ("Thanked the team for the work", "Praised the mock-ups in front of their boss"),
    },
}
SIGN_KINDS = ("accepted_no", "paid_extra", "referral", "joint_win", "thanked")

# Topics in the dative for «по …» (Russian only).
DATIVE = {"баннеры": "баннерам", "лендинг": "лендингу", "ежемесячный отчёт": "ежемесячному отчёту",
          "презентация": "презентации", "рекламная кампания": "рекламной кампании", "макеты": "макетам",
          "каталог": "каталогу", "рассылка": "рассылке", "видеоролик": "видеоролику", "упаковка": "упаковке",
          "посты для соцсетей": "постам для соцсетей", "буклет": "буклету"}  # fmt: skip

# A conceded, negotiated or held discount says what was given.
DISCOUNT_OUTCOMES = {
    "ru": {"conceded": "Уступила: скидка {pct2}%.", "negotiated": "Сошлись посередине между {pct}% и {pct2}%.",
           "held": "Оставили {pct}%, показала, что входит в цену.", "pending": "Обещала ответить до пятницы."},
    "en": {"conceded": "Gave in: {pct2}% off.", "negotiated": "Met halfway between {pct}% and {pct2}%.",
           "held": "Kept it at {pct}% and showed what the price includes.", "pending": "Promised an answer by Friday."},
}  # fmt: skip

OUTCOMES = {
    "ru": {
        "conceded": ("Уступила: сделаем без оплаты, вечером.", "Пришлось согласиться, иначе скандал.",
                     "Согласилась, хотя это не по договору."),
        "negotiated": ("Договорились о доплате за срочность.", "Нашли компромисс: часть работ — в следующий этап.",
                       "Согласились на половину, остальное — по смете."),
        "held": ("Вежливо отказала и показала смету.", "Объяснила, что это отдельная работа; клиент согласился.",
                 "Сослалась на договор, границы удержала."),
        "pending": ("Пока не ответила, думаю.", "Обещала ответить завтра."),
    },
    "en": {
        "conceded": ("Gave in: we'll do it unpaid, tonight.", "Had to agree to avoid a row.",
                     "Agreed, though it is not in the contract."),
        "negotiated": ("Agreed a rush fee.", "Met halfway: part of it moves to the next phase.",
                       "Agreed to half; the rest is billed per the estimate."),
        "held": ("Politely said no and showed the estimate.", "Explained it is separate work; they accepted.",
                 "Pointed to the contract and held the line."),
        "pending": ("Haven't answered yet; thinking it over.", "Promised to reply tomorrow."),
    },
}  # fmt: skip

INTERACTION_TAGS = {
    "ru": ("договор", "счёт", "срочно", "объём", "отчёт"),
    "en": ("contract", "invoice", "urgent", "scope", "report"),
}

# (text, said): a note that says "Thanked…" was said; "Спасибо…" may still be waiting to be said.
GRATITUDE = {
    "ru": (("Спасибо, {first}, за быстрое согласование", None),
           ("Поблагодарила {first_acc} за терпение, когда мы ошиблись", True),
           ("Спасибо за рекомендацию новому клиенту", None), ("Спасибо за честную обратную связь", None),
           ("Сказала {first_dat} спасибо за понятное ТЗ", True)),
    "en": (("Thank {first} for the quick sign-off", None), ("Thanked {first} for staying patient when we slipped", True),
           ("Thanks for recommending us to a new client", None), ("Thanks for the honest feedback", None),
           ("Told {first} how much the clear brief helped", True)),
}  # fmt: skip
GRATITUDE_OTHERS = (
    ("Свете из дизайна", "Спасибо Свете, что вытащила макеты в пятницу вечером", None),
    ("Alex (design)", "Thanked Alex for covering the Monday call", True),
    (None, "Спасибо себе: не стала отвечать на письмо сгоряча", True),
    (None, "Grateful for a quiet week and a proper lunch break", True),
)

# Russian first names as objects («поблагодарила Ирину») and datives («сказала Ирине»); English names do not change.
ACCUSATIVE = {"Ирина": "Ирину", "Анна": "Анну", "Мария": "Марию", "Елена": "Елену", "Олег": "Олега",
              "Дмитрий": "Дмитрия", "Павел": "Павла"}  # fmt: skip
DATIVE_NAMES = {"Ирина": "Ирине", "Анна": "Анне", "Мария": "Марии", "Елена": "Елене", "Олег": "Олегу",
                "Дмитрий": "Дмитрию", "Павел": "Павлу"}  # fmt: skip

# (what happened, the lesson, next time) per kind of push; each is used once before any repeats.
LESSONS = {
    "ru": {
        "free_work": (("Сделала бесплатно «пять минут» — ушло четыре часа", "Пять минут почти никогда не пять минут",
                       "Сначала оценка и письмо с суммой, потом работа"),
                      ("Взяла правки сверх сметы «по дружбе»", "Дружба не отменяет смету",
                       "Отвечать: «С радостью, это будет стоить столько-то»"),
                      ("Доделала лендинг в выходные без оплаты", "Мои выходные — не резерв проекта",
                       "Переносить такие просьбы в следующий этап с ценой")),
        "discount": (("Уступила в скидке под угрозой ухода", "Угроза ухода — приём торга, а не решение",
                      "Спросить, что именно им важно, и предложить объём вместо скидки"),
                     ("Дала скидку, не спросив, что взамен", "Скидка без встречного шага — просто подарок",
                      "Любая скидка — только за объём, предоплату или срок"),
                     ("Поверила «у других дешевле» без цифр", "Сравнивать надо одинаковое",
                      "Попросить показать чужое предложение целиком")),
        "deadline": (("Приняла срок «на вчера»", "Срочность клиента — не моя авария", "Называть реальный срок и цену срочности"),
                     ("Сдвинула всё ради чужого совета директоров", "Их календарь — их планирование",
                      "Предлагать два варианта: к утру за доплату или в срок бесплатно"),
                     ("Пообещала к утру и не успела", "Обещание на эмоциях дороже отказа",
                      "Отвечать на срочное через час, а не сразу")),
    },
    "en": {
        "free_work": (("Did the \"five minutes\" for free; it took four hours", "Five minutes is never five minutes",
                       "Estimate first, send the figure, then work"),
                      ("Took changes beyond the estimate as a favour", "Goodwill does not cancel the estimate",
                       "Say: \"Happy to, it will cost this much\""),
                      ("Finished the landing page over the weekend, unpaid", "My weekends are not the project's buffer",
                       "Move such requests to the next phase, with a price")),
        "discount": (("Gave a discount under a threat to leave", "A threat to leave is a bargaining move, not a decision",
                      "Ask what matters to them and offer scope instead of price"),
                     ("Gave a discount without asking for anything back", "A discount with nothing in return is a gift",
                      "Any discount only for volume, prepayment or a longer term"),
                     ("Believed \"others are cheaper\" without numbers", "Compare like with like",
                      "Ask to see the other offer in full")),
        "deadline": (("Accepted a \"needed yesterday\" deadline", "Their urgency is not my emergency",
                      "Name the real date and the price of a rush"),
                     ("Moved everything for their board meeting", "Their calendar is their planning",
                      "Offer two options: by morning with a rush fee, or on time at no extra cost"),
                     ("Promised it by the morning and missed it", "A promise made in a rush costs more than a no",
                      "Answer urgent requests in an hour, not at once")),
    },
}  # fmt: skip
LESSON_GROUP = {"free_work": "free_work", "other": "free_work", "discount": "discount", "threat": "discount",
                "deadline": "deadline", "disrespect": "deadline"}  # fmt: skip


class IncidentText(TypedDict):
    title: str
    lesson: str
    next_time: str
    steps: dict[str, str]


INCIDENTS: tuple[IncidentText, ...] = (
    {
        "title": "Сорвали запуск рассылки",
        "lesson": "Ошибка в цене бьёт по доверию сильнее, чем задержка",
        "next_time": "Перед каждой рассылкой — сверка цен вторым человеком",
        "steps": {
            "listen": "Выслушала Ирину до конца, не перебивая: рассылка ушла с ошибкой в цене.",
            "acknowledge": "Признала, что это неприятно и ударило по их продажам.",
            "own": "Взяла ответственность на себя: проверка цен была на нашей стороне.",
            "solve": "Повторная рассылка с извинением и промокодом за наш счёт.",
            "follow_up": "Позвонила через неделю: отклик лучше обычного.",
            "learn": "Добавили второй взгляд на цены перед каждой отправкой.",
        },
    },
    {
        "title": "Missed delivery date for the catalogue",
        "lesson": 'A date we cannot meet costs more than an honest "no"',
        "next_time": "Check print capacity before promising a date",
        "steps": {
            "listen": "Daniel was angry: the printed catalogue missed the trade show.",
            "acknowledge": "Said plainly that this hurt them in front of their buyers.",
            "own": "Owned the slip: we accepted a date we could not meet.",
            "solve": "",
            "follow_up": "",
            "learn": "",
        },
    },
)

CHECKIN_NOTES = ("", "", "Тяжёлая неделя", "Calm week", "Много срочного", "Felt stretched thin")

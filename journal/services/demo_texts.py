"""The sample journal's cast and phrase book, in English and Russian.

`CAST` is the dozen clients of the demo journal with the way each one treats the manager
(`style`: bending, partner or watch), the language the manager writes about them in, how often
they are in touch and how they push. The phrase tables hold summaries and Markdown notes per
pressure kind and response, in both languages; `journal/services/demo.py` draws from them.
Nothing here touches the journal.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Persona:
    """One demo client and how the relationship goes."""

    name: str
    company: str
    lang: str  # "ru", "en" or "mix" (the manager switches language with this client)
    style: str  # "bending", "partner" or "watch"
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


CAST: tuple[Persona, ...] = (
    Persona("Ирина Петрова", "ООО Вектор", "ru", "bending", 1.4, 0.3, ("free_work", "deadline", "free_work"), 0.8,
            ("ритейл", "ключевой"), 14, 0, "i.petrova@vector.example", "+7 900 123-45-67"),
    Persona("Олег Тихонов", "ИП Тихонов", "ru", "bending", 1.0, 0.25, ("discount", "threat", "discount"), 0.75,
            ("опт",), 21, 0, None, "+7 911 555-01-02"),
    Persona("Daniel Brooks", "Fabrikam Logistics", "en", "bending", 1.1, 0.25, ("deadline", "free_work", "other"), 0.7,
            ("logistics", "key account"), 14, 0, "daniel.brooks@fabrikam.example"),
    Persona("Sarah Collins", "Northwind Traders", "en", "partner", 1.2, 0.06, ("deadline", "discount"), 0.0,
            ("retail", "partner"), 21, 0, "sarah@northwind.example", "+44 20 7946 0101"),
    Persona("Анна Соколова", "АО Горизонт", "ru", "partner", 1.0, 0.06, ("discount",), 0.0,
            ("производство", "партнёр"), 30, 0, "a.sokolova@gorizont.example"),
    Persona("Emma Wilson", "Lakeside Studio", "mix", "partner", 0.8, 0.05, ("free_work",), 0.0,
            ("agency",), 30, 0, "emma@lakeside.example"),
    Persona("Дмитрий Орлов", "ГК Меридиан", "mix", "watch", 0.9, 0.3, ("discount", "threat", "deadline"), 0.3,
            ("b2b",), 21, 0, "orlov@meridian.example"),
    Persona("Michael Turner", "Contoso Retail", "en", "watch", 0.8, 0.3, ("free_work", "discount"), 0.3,
            ("retail",), 30, 0, "m.turner@contoso.example"),
    Persona("Мария Кузнецова", "ООО Ромашка", "ru", "watch", 0.7, 0.3, ("deadline", "disrespect"), 0.3,
            ("ритейл",), 14, 20),
    Persona("James Harper", "Harper & Sons", "en", "watch", 0.5, 0.2, ("discount", "other"), 0.3,
            ("wholesale",), 30, 50, "james@harper.example"),
    Persona("Елена Смирнова", "Студия «Лён»", "ru", "partner", 0.5, 0.04, ("free_work",), 0.0,
            ("агентство",), 45, 0),
    Persona("Павел Николаев", "ООО Альфа-Трейд", "ru", "watch", 0.3, 0.3, ("discount", "threat"), 0.5,
            ("опт",), None, 100, archived=True),
)  # fmt: skip

# (as a subject, as an object): Russian needs both forms.
TOPICS = {
    "ru": (("баннеры", "баннеры"), ("лендинг", "лендинг"), ("ежемесячный отчёт", "ежемесячный отчёт"),
           ("презентация", "презентацию"), ("рекламная кампания", "рекламную кампанию"), ("договор", "договор"),
           ("счёт", "счёт"), ("прайс-лист", "прайс-лист"), ("макеты", "макеты"),
           ("интеграция с CRM", "интеграцию с CRM"), ("каталог", "каталог"), ("рассылка", "рассылку")),
    "en": tuple((topic, topic) for topic in ("banners", "landing page", "monthly report", "deck", "ad campaign",
                "contract", "invoice", "price list", "mock-ups", "CRM integration", "catalogue", "newsletter")),
}  # fmt: skip

ROUTINE = {
    "ru": (
        ("Созвон: {topic}", "Обсудили {topic_acc}. **Договорились:**\n\n- сроки — до {day}\n- правки одним списком\n"),
        ("Встреча: планы на квартал", "Планы на квартал.\n\n1. {topic}\n2. бюджет на рекламу\n3. отчётность\n"),
        ("Отправила {topic_acc} на согласование", "Отправлено, ждём ответа. Клиент спокоен, вопросов нет."),
        ("Спасибо от клиента: {topic}", "{first} — спасибо за {topic_acc}. *Приятно!*"),
        ("Согласовали {topic_acc}", "Всё согласовано с первого раза. Следующий шаг — запуск."),
        ("Переписка: {topic}", "Уточнили детали, ответ пришёл за час."),
    ),
    "en": (
        ("Call: {topic}", "Went through the {topic}. **Agreed:**\n\n- due by {day}\n- one list of changes\n"),
        ("Quarterly planning meeting", "Plans for the quarter.\n\n1. {topic}\n2. ad budget\n3. reporting\n"),
        ("Sent the {topic} for approval", "Sent; waiting for their answer. Calm client, no questions."),
        ("Client thanked us for the {topic}", "{first} wrote to say thanks for the {topic}. *Nice!*"),
        ("The {topic} approved", "Approved at the first pass. Next step: launch."),
        ("Emails about the {topic}", "Settled the details of the {topic}; they answered within the hour."),
    ),
}

# pressure kind → (summary, the client's words as a quote for the notes)
PUSHES = {
    "ru": {
        "free_work": (("Просит бесплатно доделать {topic_acc}", "«Это же пять минут работы!»"),
                      ("Ещё правки сверх сметы: {topic}", "«Ну что вам стоит, там делов на пять минут»")),
        "discount": (("Требует скидку {pct2}% вместо {pct}%", "«Год работали с {pct}%, теперь хотим {pct2}%, иначе уйдём к конкурентам»"),
                     ("Снова торг по цене: {topic}", "«У других дешевле, давайте {pct2}%»")),
        "deadline": (("Срочно: {topic} — «нужно было вчера»", "«Нам это нужно было ещё вчера»"),
                     ("Срок сдвинули на два дня раньше: {topic}", "«Сделайте к утру, у нас совет директоров»")),
        "threat": (("Грозит уйти к конкурентам", "«Если не договоримся, уходим к конкурентам»"),),
        "disrespect": (("Резкий тон на созвоне", "Перебивал(а), повышал(а) голос, обесценивал(а) работу команды."),),
        "other": (("Расширяет объём без изменения бюджета", "«Добавьте ещё пару разделов, бюджет тот же»"),),
    },
    "en": {
        "free_work": (("Asked for extra {topic} for free", "\"It's five minutes of work!\""),
                      ("More {topic} changes beyond the estimate", "\"Come on, it's a five-minute job\"")),
        "discount": (("Wants {pct2}% off instead of {pct}%", "\"We had {pct}% for a year, now we want {pct2}%, or we go to your competitors\""),
                     ("Haggling over the {topic} price again", "\"Others are cheaper, give us {pct2}%\"")),
        "deadline": (("Urgent: {topic} \"needed yesterday\"", "\"We needed it yesterday\""),
                     ("{topic} deadline moved two days earlier", "\"Have it ready by the morning, the board meets at nine\"")),
        "threat": (("Threatened to move to a competitor", "\"If we can't agree, we'll go elsewhere\""),),
        "disrespect": (("Harsh tone on the call", "Kept interrupting, raised their voice, belittled the team's work."),),
        "other": (("Scope creep without a budget change", "\"Add a couple more sections, same budget\""),),
    },
}  # fmt: skip

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

# Russian first names as objects («поблагодарила Ирину»); English names do not change.
ACCUSATIVE = {"Ирина": "Ирину", "Анна": "Анну", "Мария": "Марию", "Елена": "Елену", "Олег": "Олега",
              "Дмитрий": "Дмитрия", "Павел": "Павла"}  # fmt: skip

GRATITUDE = {
    "ru": ("Спасибо, {first}, за быстрое согласование", "Поблагодарила {first_acc} за терпение, когда мы ошиблись",
           "Спасибо за рекомендацию новому клиенту", "Спасибо за честную обратную связь"),
    "en": ("Thanked {first} for the quick sign-off", "Thanked {first} for staying patient when we slipped",
           "Thanks for recommending us to a new client", "Thanks for the honest feedback"),
}  # fmt: skip
GRATITUDE_OTHERS = (
    ("Свете из дизайна", "Спасибо Свете, что вытащила макеты в пятницу вечером"),
    ("Alex (design)", "Thanked Alex for covering the Monday call"),
    (None, "Спасибо себе: не стала отвечать на письмо сгоряча"),
    (None, "Grateful for a quiet week and a proper lunch break"),
)

LESSONS = {
    "ru": (("Сделала бесплатно «пять минут» — ушло четыре часа", "Пять минут почти никогда не пять минут",
            "Сначала оценка и письмо с суммой, потом работа"),
           ("Уступила в скидке под угрозой ухода", "Угроза ухода — приём торга, а не решение",
            "Спросить, что именно им важно, и предложить объём вместо скидки"),
           ("Приняла срок «на вчера»", "Срочность клиента — не моя авария", "Называть реальный срок и цену срочности")),
    "en": (("Did the \"five minutes\" for free; it took four hours", "Five minutes is never five minutes",
            "Estimate first, send the figure, then work"),
           ("Gave a discount under a threat to leave", "A threat to leave is a bargaining move, not a decision",
            "Ask what matters to them and offer scope instead of price"),
           ("Accepted a \"needed yesterday\" deadline", "Their urgency is not my emergency",
            "Name the real date and the price of a rush")),
}  # fmt: skip

INCIDENTS = (
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

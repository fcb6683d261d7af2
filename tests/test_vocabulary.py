"""One vocabulary: every code has one English and one Russian name, and nothing else names them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from journal.domain import indicators, records
from journal.services import text, vocabulary

CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)
ROOT = Path(__file__).resolve().parent.parent

# Every code the product defines, from the domain where it lives there, else from the specs.
GOOD_SIGN_KINDS = ("accepted_no", "paid_extra", "referral", "joint_win", "thanked", "other")
RELATIONSHIP_LABELS = ("bending", "drifting", "watch", "steady", "partnership")
DOMAIN_CODES = {
    "entry_kind": records.ENTRY_KINDS,
    "channel": records.CHANNELS,
    "pressure_kind": records.PRESSURE_KINDS,
    "response": records.RESPONSES,
    "incident_step": records.INCIDENT_STEPS,
    "incident_step_hint": records.INCIDENT_STEPS,
    "mood": (-2, -1, 0, 1, 2),
    "level": indicators.LEVELS,
    "level_risk": indicators.LEVELS,
    "signal": indicators.SIGNAL_NAMES,
    "signal_hint": indicators.SIGNAL_NAMES,
    "label": tuple(dict.fromkeys((*indicators.LABELS, *RELATIONSHIP_LABELS))),
    "label_explanation": RELATIONSHIP_LABELS,
    "good_sign": tuple(dict.fromkeys((*getattr(records, "GOOD_SIGN_KINDS", ()), *GOOD_SIGN_KINDS))),
    "good_sign_hint": GOOD_SIGN_KINDS,
    "record": ("client", *records.ENTRY_KINDS),
}


@pytest.fixture(params=["en", "ru"])
def lang(request):
    text.use_language(request.param)
    yield request.param
    text.use_language("en")


@pytest.mark.parametrize("group", sorted(DOMAIN_CODES))
def test_every_code_of_the_product_has_a_name(group):
    assert set(DOMAIN_CODES[group]) <= set(vocabulary.codes(group))


@pytest.mark.parametrize("group", sorted(vocabulary.GROUPS))
def test_every_name_in_both_languages_is_a_real_word_not_the_code(group, lang):
    for code in vocabulary.codes(group):
        shown = vocabulary.name(group, code)
        assert shown.strip(), (group, code)
        assert "_" not in shown and not shown.startswith("Unknown"), (group, code, shown)
        if lang == "ru":
            assert CYRILLIC.search(shown), f"{group}.{code} is not translated: {shown!r}"
        else:
            assert shown == vocabulary.GROUPS[group][code] and not CYRILLIC.search(shown), (group, code)


def test_the_russian_names_the_native_reader_asked_for():
    text.use_language("ru")
    try:
        responses = [vocabulary.lower_first(vocabulary.response(c)) for c in records.RESPONSES]
        assert responses == ["уступка", "компромисс", "без уступок", "не решено"]
        assert vocabulary.level_risk("red") == "Риск выгорания: красный"
        assert vocabulary.label("watch") == "Под вопросом"
        assert vocabulary.signal("pressure_per_week") == "Случаев давления в неделю"
        assert vocabulary.signal("unpaid_hours_per_week") == "Неоплаченных часов в неделю"
        assert vocabulary.entry_kind("checkin") == "Самопроверка"
        assert vocabulary.pressure_mark("discount", "conceded") == "Скидка: уступка"
        assert vocabulary.mood(2) == "+2 · отлично" and vocabulary.mood(None) == "Не отмечено"
    finally:
        text.use_language("en")
    assert vocabulary.signal("client_burnout_score") == "Client-related burnout (check-in)"
    assert vocabulary.level_risk("red") == "Burnout risk: red"
    assert vocabulary.mood(2) == "+2 · great"
    assert vocabulary.numbered_incident_step("listen") == "1. Listen actively"


def test_an_unknown_code_raises_under_the_tests_and_is_marked_otherwise(monkeypatch):
    with pytest.raises(vocabulary.UnknownCode):
        vocabulary.pressure_kind("bribe")
    monkeypatch.delenv(vocabulary.STRICT_VARIABLE)
    text.use_language("ru")
    try:
        assert vocabulary.pressure_kind("bribe") == "Неизвестно (bribe)"
    finally:
        text.use_language("en")
    assert vocabulary.channel("fax") == "Unknown (fax)"


def test_no_other_module_keeps_its_own_list_of_these_names():
    """The English names of codes appear in journal/ only in the vocabulary module."""
    owned = {
        vocabulary.CHANNELS["email"],
        vocabulary.PRESSURE_KINDS["deadline"],
        vocabulary.PRESSURE_KINDS["free_work"],
        vocabulary.RESPONSES["held"],
        vocabulary.MOODS[-2],
        vocabulary.SIGNALS["concession_rate"],
        vocabulary.LABELS["partnership"],
        vocabulary.INCIDENT_STEPS["acknowledge"],
        vocabulary.GOOD_SIGNS["joint_win"],
        "Held my ground",
        "I gave in",
        "very hard",
        "Client burnout score",
    }
    found = []
    for path in (ROOT / "journal").rglob("*.py"):
        if path.name == "vocabulary.py":
            continue
        source = path.read_text(encoding="utf-8")
        found += [(str(path.relative_to(ROOT)), words) for words in owned if f'"{words}"' in source]
    assert not found


FORBIDDEN_RUSSIAN = (
    "самоопрос", "уступил ", "уступил,", "уступил(", "договорился", "устоял", "Под наблюдением", "Давили ради", "Ничего не ждёт",
    "в одиночку", "Бесплатные часы", "Бесплатных часов", "бесплатных часов", "Уровень выгорания",
    "перед которыми вы прогибаетесь", "Давление в неделю", "(а)", "Создано в Rapport %1",
)  # fmt: skip


def _russian_messages():
    import xml.etree.ElementTree as ET

    for ts in sorted((ROOT / "resources" / "translations").glob("*_ru.ts")):
        for context in ET.parse(ts).iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
                yield context.findtext("name"), message.findtext("source"), forms


def test_the_russian_reads_as_the_native_reader_asked():
    found = [(c, s, f) for c, s, forms in _russian_messages() for f in forms for w in FORBIDDEN_RUSSIAN if w in f]
    assert not found
    shown = {(c, s): forms[0] for c, s, forms in _russian_messages()}
    assert shown[("IncidentsPage", "Age")] == "Давность"
    assert shown[("InsightsPage", "Based on")] == "На основе"
    assert shown[("FilterBar", "any")] == "не задано"
    assert shown[("PressureRow", "Kind of pressure")] == "Вид давления"
    assert shown[("PressureRow", "%1 unpaid hours")] == "неоплаченных часов: %1"
    assert shown[("PdfExport", "Follow up on %1 (%2)")] == "Связаться снова: %1 (%2)"
    assert shown[("DetailPane", "Follow up on")] == shown[("InteractionEditor", "Follow up on")] == "Связаться снова"
    assert shown[("PdfExport", "Made with Rapport on %1")] == "Создано в Rapport: %1"
    assert shown[("Drafts", "An unsaved %1 was kept at %2.")] == "Остался черновик (%1) от %2."
    assert shown[("StatusReport", "Clients bending you most (last 90 days):")].startswith(
        "Клиенты, которые сильнее всего вас прогибают"
    )
    assert shown[("ClientTable", "Interactions")] == "Взаимодействия"


def test_the_english_says_what_it_means():
    sources = [s for _, s, _ in _russian_messages()]
    assert not [s for s in sources if "Client burnout score" in s or "Most bending" in s]
    from journal.domain.indicators import Signal

    signal = Signal("pressure_per_week", 2.5, "amber", 2.0, 4.0, 10, {"events": 2})
    assert text.reason_text(signal).startswith("Clients pushed you twice in the last 28 days")

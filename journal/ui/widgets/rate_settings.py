"""Settings → Indicators: «Your hourly rate» and its currency, so unpaid hours are also shown as money.

The rate is typed as the locale writes numbers (empty: no rate, no money figures); the currency
is a short label (₽, $, EUR), prefilled with the locale's default. Both are checked as you type
by the journal's own reader (`domain.journal_settings.read_settings`, the rules an import uses)
and each problem is said beside its field; Save is enabled only when both are right, and saving
is one transaction (`services.journal_settings.save_rate`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from journal.domain.journal_settings import read_settings
from journal.domain.validation import InvalidInput, Problem
from journal.services import journal_settings, text
from journal.services.story_text import money
from journal.store.db import Journal
from journal.ui.editors.base import error_label, show_problems
from journal.ui.editors.fields import format_number, parse_number


class RateSettings(QGroupBox):
    """The hourly rate and currency of the open journal."""

    saved = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.rate = QLineEdit(self)
        self.rate.setMaximumWidth(160)
        self.currency = QLineEdit(self)
        self.currency.setMaximumWidth(90)
        self.rate_error, self.currency_error = error_label(self), error_label(self)
        self.rate_label, self.currency_label = QLabel(self), QLabel(self)
        self.rate_label.setBuddy(self.rate)
        self.currency_label.setBuddy(self.currency)
        self.example = QLabel(self)
        self.status = QLabel(self)
        self.save_button = QPushButton(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for label, field, error in (
            (self.rate_label, self.rate, self.rate_error),
            (self.currency_label, self.currency, self.currency_error),
        ):
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(field)
            column.addWidget(error)
            form.addRow(label, column)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.example)
        layout.addLayout(buttons)
        self.rate.textEdited.connect(self.validate)
        self.currency.textEdited.connect(self.validate)
        self.rate.returnPressed.connect(self.save)
        self.currency.returnPressed.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Cost of unpaid hours"))
        self.rate_label.setText(self.tr("Your hourly r&ate"))
        self.currency_label.setText(self.tr("Currency si&gn"))
        self.rate.setPlaceholderText(self.tr("none"))
        self.rate.setAccessibleName(self.tr("Your hourly rate"))
        self.currency.setAccessibleName(self.tr("Currency"))
        self.save_button.setText(self.tr("Save rate"))
        self._show_example()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self) -> None:
        saved = journal_settings.load_rate(self.journal)
        self.rate.setText(format_number(saved.hourly_rate))
        self.currency.setText(saved.currency)
        self.validate()

    def values(self) -> dict[str, object]:
        return {"hourly_rate": parse_number(self.rate.text()), "currency": self.currency.text()}

    def validate(self) -> list[Problem]:
        problems: list[Problem] = []
        read_settings(self.values(), "", problems)
        self._show(problems)
        self.status.clear()
        return problems

    def _show(self, problems: list[Problem]) -> None:
        for field, label in (("hourly_rate", self.rate_error), ("currency", self.currency_error)):
            show_problems(label, [text.problem_message(p) for p in problems if p.path == field])
        self.save_button.setEnabled(not problems)
        self._show_example(problems)

    def _show_example(self, problems: list[Problem] | None = None) -> None:
        """'10 unpaid hours cost about 30 000 ₽.', so the rate's meaning is plain before saving."""
        rate = parse_number(self.rate.text())
        if problems or not isinstance(rate, (int, float)):
            self.example.setText(self.tr("Without a rate, unpaid time is shown in hours only."))
            return
        amount = money(10 * rate, self.currency.text().strip())
        self.example.setText(self.tr("For example, 10 unpaid hours cost about %1.").replace("%1", amount))

    def save(self) -> bool:
        if self.validate():
            return False
        values = self.values()
        try:
            journal_settings.save_rate(self.journal, values["hourly_rate"], str(values["currency"]))  # type: ignore[arg-type]
        except InvalidInput as exc:
            self._show(exc.problems)
            return False
        self.status.setText(self.tr("Saved."))
        self.saved.emit()
        return True

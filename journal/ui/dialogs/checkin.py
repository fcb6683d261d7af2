"""The weekly check-in: six questions on one screen, answered with the scale's words, then the score.

The questions are the client-related burnout scale of the Copenhagen Burnout Inventory
(`journal.domain.checkin`); each answer is a button carrying its word. After saving, the
dialog shows the score, what it means against the journal's thresholds, the plain statement
that this is a self-check and not a diagnosis, and what to do when it is high. A second
check-in on the same day asks before it replaces the first (a window-modal question, so the
GUI never blocks). Saved through `journal.services.indicators.save_checkin`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal.domain import checkin
from journal.domain.records import CheckIn
from journal.services import formats, indicators
from journal.services.indicators import CheckinExists
from journal.store.db import Journal

translate = QCoreApplication.translate


class CheckinDialog(QDialog):
    """Take (or retake) today's check-in; `saved(id)` once it is in the journal."""

    saved = Signal(str)

    def __init__(self, journal: Journal, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.journal = journal
        self.today = today or date.today()
        self.saved_checkin: CheckIn | None = None  # not `result`: that is QDialog.result()
        self.replace_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Weekly check-in"))
        self.groups: list[QButtonGroup] = []

        intro = QLabel(
            self.tr(
                "Six questions about working with clients lately. Answer each as it is for you; "
                "there are no right answers. At least three answers give a score."
            )
        )
        intro.setWordWrap(True)
        questions = QWidget()
        grid = QGridLayout(questions)
        for index in range(len(checkin.QUESTIONS)):
            text = translate(checkin.CONTEXT, checkin.QUESTIONS[index])
            label = QLabel(f"{index + 1}. {text}")
            label.setWordWrap(True)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            grid.addWidget(label, index * 2, 0, 1, 5)
            group = QButtonGroup(self)
            group.setExclusive(True)
            words = checkin.SCALES[checkin.QUESTION_SCALES[index]]
            for column, (word, score) in enumerate(zip(words, checkin.SCALE_SCORES, strict=True)):
                button = QPushButton(translate(checkin.CONTEXT, word))
                button.setCheckable(True)
                button.setAutoDefault(False)  # Space picks an answer; Enter saves the check-in
                button.setProperty("word", button.text())
                button.toggled.connect(lambda on, b=button: b.setText(("\u2713 " if on else "") + b.property("word")))
                button.setAccessibleName(f"{index + 1}: {translate(checkin.CONTEXT, word)}")
                group.addButton(button, score)
                grid.addWidget(button, index * 2 + 1, column)
            group.idClicked.connect(self._answered)
            self.groups.append(group)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("A note for yourself (optional)"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(questions)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.disclaimer = QLabel(
            self.tr(
                "This is a self-check, not a diagnosis. The questions are the client-related burnout scale "
                "of the Copenhagen Burnout Inventory (Kristensen et al., 2005)."
            )
        )
        self.disclaimer.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.hide()
        self.counter = QLabel()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.counter, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.disclaimer)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)
        self.setStyleSheet("QPushButton:checked { background: palette(highlight); color: palette(highlighted-text); }")
        self.resize(960, 660)
        self._answered()

    def answers(self) -> tuple[int | None, ...]:
        return tuple(group.checkedId() if group.checkedId() >= 0 else None for group in self.groups)

    def _answered(self, _score: int = 0) -> None:
        count = sum(a is not None for a in self.answers())
        self.counter.setText(self.tr("Answered: %1 of 6").replace("%1", str(count)))
        self.save_button.setEnabled(count >= checkin.MIN_ANSWERED and self.saved_checkin is None)

    def save(self, replace: bool = False) -> None:
        try:
            record = indicators.save_checkin(
                self.journal, self.today, self.answers(), self.note.text().strip(), replace=replace
            )
        except CheckinExists as exc:
            self._ask_replace(exc.existing)
            return
        self.saved_checkin = record
        self._show_result(record)
        self.saved.emit(record.id)

    def _ask_replace(self, existing: CheckIn) -> None:
        score = checkin.score(existing.answers)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Replace today's check-in?"))
        shown = formats.score(score) if score is not None else "—"
        box.setText(
            self.tr("You already took a check-in today (score %1). Replace it with these answers?").replace("%1", shown)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Replace"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep the earlier one"))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _: self._replace_answered(box))
        self.replace_box = box
        box.open()

    def _replace_answered(self, box: QMessageBox) -> None:
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            self.save(replace=True)

    def meaning(self, score: float) -> str:
        """What the score means against the journal's thresholds, and what to do when it is high."""
        amber, red = indicators.load_thresholds(self.journal).client_burnout_score
        shown = formats.score(score)
        if score >= red:
            head = self.tr("Your score is %1 of 100: very high client-related burnout (red from %2).")
        elif score >= amber:
            head = self.tr("Your score is %1 of 100: high client-related burnout (amber from %2).")
        else:
            head = self.tr("Your score is %1 of 100: below the level the scale's authors call high (%2).")
        threshold = red if score >= red else amber
        text = head.replace("%1", shown).replace("%2", formats.score(threshold))
        if score >= amber:
            text += " " + self.tr(
                "Do not carry this alone: talk to someone you trust, see a doctor, and tell your manager "
                "what is wearing you out, so the load can change."
            )
        else:
            text += " " + self.tr("If that does not match how you feel, trust how you feel and talk to someone.")
        return text

    def _show_result(self, record: CheckIn) -> None:
        score = checkin.score(record.answers)
        self.result_label.setText(self.meaning(score) if score is not None else self.tr("Saved, without a score."))
        self.result_label.show()
        font = self.result_label.font()
        font.setBold(True)
        self.result_label.setFont(font)
        for group in self.groups:
            for button in group.buttons():
                button.setEnabled(False)
        self.note.setEnabled(False)
        self.save_button.setEnabled(False)
        self.save_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.close_button.clicked.disconnect()
        self.close_button.clicked.connect(self.accept)
        self.close_button.setDefault(True)

"""The cramp diary: log a cramp, and look back, correct or delete entries."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach.core.diary import (
    LEGS,
    MAX_MINUTES,
    MAX_SEVERITY,
    Cramp,
    DiaryError,
    check_not_future,
)
from coach.core.nights import NightState, in_the_day
from coach.core.text import QT_TRANSLATE_NOOP, translate
from coach.journal import Change, Journal
from coach.ui.dates import local_text
from coach.ui.live_journal import LiveJournal
from coach.ui.pages import Page
from coach.ui.style import scaled_font, show_invalid, width_for_title
from coach.ui.time_field import wheel_only_with_focus_within

SHOWN_DAYS = 365
NOT_SAID = 0  # the severity spin box's "not said": a cramp is 1 to 10 when said
NIGHTS_SHOWN = 14
WARNING = QT_TRANSLATE_NOOP(
    "Diary",
    "Get help at once for a cramp that lasts more than 10 minutes and does not ease, or a "
    "calf that is painful, swollen, warm and red. See a doctor if cramps keep disturbing "
    "your sleep.",
)


def leg_name(leg: str) -> str:
    """How the diary names a leg ("left", "right" or "both")."""
    names = {
        "left": translate("Diary", "Left leg"),
        "right": translate("Diary", "Right leg"),
        "both": translate("Diary", "Both legs"),
    }
    return names[leg]


def severity_words(severity: int | None) -> str:
    """How bad a cramp was, as the diary shows it: "6 of 10", or "not said" (never a
    number nobody gave)."""
    if severity is None:
        return translate("Diary", "not said")
    return translate("Diary", "{severity} of 10").format(severity=severity)


class CrampDialog(QDialog):
    """When, which leg, how bad, how long, a note; refused with a sentence if not allowed."""

    def __init__(
        self,
        cramp: Cramp,
        zone: tzinfo,
        parent: QWidget | None = None,
        now: Callable[[], datetime] | None = None,  # where given, no cramp after it
    ) -> None:
        super().__init__(parent)
        self._now = now
        # Short, as every dialog's: Qt adds " — Bedtime Coach".
        self.setWindowTitle(
            translate("Diary", "Log a cramp")
            if cramp.id is None
            else translate("Diary", "Change this cramp")
        )
        self._id = cramp.id
        self._zone = zone
        self._started_at = cramp.started_at
        local = cramp.started_at.astimezone(zone)
        self._shown = local.replace(second=0, microsecond=0)
        self.when = QDateTimeEdit(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )
        self.when.setCalendarPopup(True)
        # As the diary's table shows it, in the person's language (not ISO's 2026-11-26).
        self.when.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        self.leg = QComboBox()
        for leg in LEGS:
            self.leg.addItem(leg_name(leg), leg)
        self.leg.setCurrentIndex(LEGS.index(cramp.leg))
        # "Not said" is the spin box's lowest choice: a cramp logged at 3 a.m. in one tap
        # opens with it, and how bad can be said here later (or never).
        self.severity = QSpinBox()
        self.severity.setRange(NOT_SAID, MAX_SEVERITY)
        self.severity.setSpecialValueText(translate("Diary", "not said"))
        self.severity.setSuffix(translate("Diary", " of 10"))
        self.severity.setValue(NOT_SAID if cramp.severity is None else cramp.severity)
        self.severity.setAccessibleName(translate("Diary", "How bad, 1 to 10, or not said"))
        self.minutes = QDoubleSpinBox()
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setDecimals(0)
        self.minutes.setSpecialValueText(translate("Diary", "not given"))
        self.minutes.setSuffix(translate("Diary", " minutes"))
        self.minutes.setValue(cramp.minutes or 0)
        self.note = QLineEdit(cramp.note)
        self.error = QLabel()
        self.error.setWordWrap(True)
        # Its lines kept free: the sentence appearing moves nothing below it.
        self.error.setMinimumHeight(self.error.fontMetrics().lineSpacing() * 2)
        form = QFormLayout()
        form.addRow(translate("Diary", "When"), self.when)
        form.addRow(translate("Diary", "Which leg"), self.leg)
        form.addRow(translate("Diary", "How bad"), self.severity)
        form.addRow(translate("Diary", "How long"), self.minutes)
        form.addRow(translate("Diary", "Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        warning = QLabel(translate("Diary", WARNING))
        warning.setWordWrap(True)
        # A dialog is sized before its wrapped text knows its width: the warning asks
        # for the lines it takes at its least width, so the fields above keep theirs.
        warning.setMinimumWidth(warning.fontMetrics().averageCharWidth() * 40)
        warning.setMinimumHeight(warning.heightForWidth(warning.minimumWidth()))
        # The fields and the warning scroll where large text on a small screen needs
        # more room than there is; OK and Cancel stay in sight below them.
        fields = QWidget()
        inside = QVBoxLayout(fields)
        inside.setContentsMargins(0, 0, 0, 0)
        inside.addLayout(form)
        inside.addWidget(self.error)
        inside.addWidget(warning)
        wheel_only_with_focus_within(fields)  # the wheel scrolls the dialog
        area = QScrollArea()
        area.setWidget(fields)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setMinimumHeight(min(fields.sizeHint().height(), 120))
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addWidget(buttons)
        self.when.dateTimeChanged.connect(lambda _: self._check_when())
        self._check_when()
        # Wide enough for its title with the application's name, and for the warning to
        # read in a few lines rather than a narrow column.
        self.setMinimumWidth(max(50 * self.fontMetrics().averageCharWidth(), width_for_title(self)))
        self.cramp: Cramp | None = None

    def _picked(self) -> datetime:
        picked = self.when.dateTime().toPython()
        assert isinstance(picked, datetime)
        return picked.replace(tzinfo=self._zone)

    def _check_when(self) -> None:
        """A time in the future is marked as Settings marks a value not allowed, said
        (with now as the field shows times) and OK waits until it is changed."""
        if self._now is None:
            return
        when, now = self._picked(), self._now()
        future = when != self._shown and when > now
        show_invalid(self.when, future)
        self._ok.setEnabled(not future)
        if future:
            shown = local_text(now.astimezone(self._zone), "ddd d MMM yyyy, HH:mm")
            message = translate("Diary", "A cramp cannot be logged in the future; it is {now} now.")
            self.error.setText(message.format(now=shown))
        else:
            self.error.clear()

    def accept(self) -> None:
        if self._now is not None and self._shown != self._picked() > self._now():
            self._check_when()  # in the future: said, and the dialog stays
            return
        picked = self.when.dateTime().toPython()
        assert isinstance(picked, datetime)
        when = picked.replace(tzinfo=self._zone)
        # The editor shows minutes: a time left as it was keeps its seconds, so the entry
        # stays the same entry (an import knows it by its id and its time).
        if when == self._shown:
            when = self._started_at
        try:
            cramp = Cramp(
                when,
                self.leg.currentData(),
                None if self.severity.value() == NOT_SAID else self.severity.value(),
                self.minutes.value() or None,
                self.note.text().strip(),
                self._id,
            )
            if self._now is not None and when != self._started_at:
                check_not_future(when, self._now())
        except DiaryError as error:
            self.error.setText(str(error))
            return
        self.cramp = cramp
        super().accept()


ROWS_IN_SIGHT = 5  # a table never shrinks below this many rows (or all, when fewer)


def keep_rows_in_sight(table: QTableWidget, rows: int = ROWS_IN_SIGHT) -> None:
    """At least `rows` rows of `table` stay in sight: in a small window (large text) the
    page scrolls, where the table alone shrank to two rows inside it."""
    shown = max(1, min(rows, table.rowCount()))
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    height += shown * table.verticalHeader().defaultSectionSize()
    if table.horizontalScrollBar().isVisible():
        height += table.horizontalScrollBar().sizeHint().height()
    table.setMinimumHeight(height)


class DiaryPage(Page):
    shows = frozenset({Change.CRAMPS, Change.RUNS, Change.WATER, Change.SETTINGS, Change.CHECK_INS})

    def __init__(self, live: LiveJournal) -> None:
        super().__init__(live)
        heading = QLabel(translate("Diary", "Cramp diary"))
        heading.setFont(scaled_font(self.font(), 1.6, bold=True))
        self.table = QTableWidget(0, 5)
        self.table.setTabKeyNavigation(False)  # arrows move in it; Tab moves on
        self.table.setToolTip(translate("Diary", "Every cramp of the last year, newest first"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("Diary", "When"),
                translate("Diary", "Leg"),
                translate("Diary", "How bad"),
                translate("Diary", "Minutes"),
                translate("Diary", "Note"),
            ]
        )
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(translate("Diary", "Cramps, newest first"))
        self.table.doubleClicked.connect(self.edit_selected)
        log = QPushButton(translate("Diary", "Log a cramp…"))
        log.setToolTip(translate("Diary", "Adds a cramp to the diary"))
        log.clicked.connect(self.log_cramp)
        edit = QPushButton(translate("Diary", "Change…"))
        edit.setToolTip(translate("Diary", "Changes the selected cramp"))
        edit.clicked.connect(self.edit_selected)
        delete = QPushButton(translate("Diary", "Delete"))
        delete.setToolTip(translate("Diary", "Deletes the selected cramp, after asking"))
        delete.clicked.connect(self.delete_selected)
        check_in = QPushButton(translate("Diary", "How was the night?…"))
        check_in.setToolTip(
            translate("Diary", "The morning check-in, for any of the last seven nights")
        )
        check_in.clicked.connect(self.check_in)
        # Change and Delete act on the selected cramp: without one they are disabled.
        self.change_button, self.delete_button = edit, delete
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(lambda *_: self._enable_for_selection())
        self._enable_for_selection()
        buttons = QHBoxLayout()
        for button in (check_in, log, edit, delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        nights_heading = QLabel(
            translate("Diary", "The last {count} nights").format(count=NIGHTS_SHOWN)
        )
        nights_heading.setFont(scaled_font(self.font(), 1.2, bold=True))
        self.nights = QTableWidget(0, 4)
        self.nights.setTabKeyNavigation(False)  # arrows move in it; Tab moves on
        self.nights.setToolTip(
            translate(
                "Diary",
                "For each of the last nights: whether the routine was done, the glasses of "
                "water that day and the cramps",
            )
        )
        self.nights.setHorizontalHeaderLabels(
            [
                translate("Diary", "Night"),
                translate("Diary", "Routine"),
                translate("Diary", "Glasses that day"),
                translate("Diary", "Cramps"),
            ]
        )
        self.nights.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.nights.verticalHeader().hide()
        self.nights.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.nights.setAccessibleName(
            translate("Diary", "The last nights: routine, water and cramps")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 2)
        layout.addWidget(nights_heading)
        layout.addWidget(self.nights, 1)
        self._cramps: list[Cramp] = []

    def refresh(self) -> None:
        now = self.journal.clock.now()
        self._cramps = list(reversed(self.journal.cramps(SHOWN_DAYS)))
        self.table.setRowCount(len(self._cramps))
        for row, cramp in enumerate(self._cramps):
            local = cramp.started_at.astimezone(now.tzinfo)
            when = local_text(local, "ddd d MMM yyyy, HH:mm")
            if in_the_day(local, self.journal.settings.water_day_start):  # no night cramp
                when = translate("Diary", "{when} (in the day)").format(when=when)
            cells = [
                when,
                leg_name(cramp.leg),
                severity_words(cramp.severity),
                "" if cramp.minutes is None else f"{cramp.minutes:g}",
                cramp.note,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        self._show_nights()
        self._enable_for_selection()
        for table in (self.table, self.nights):
            keep_rows_in_sight(table)

    def _show_nights(self) -> None:
        # The nights whose morning has come, as History and the report show them:
        # tonight is not over, so it is not a night yet.
        recent = self.journal.recent_nights(NIGHTS_SHOWN)
        self.nights.setRowCount(len(recent))
        for row, night in enumerate(reversed(recent)):
            # A night nobody recorded is not a night without cramps.
            if night.state == NightState.NOT_RECORDED:
                cramps = translate("Diary", "not recorded")
            elif night.state == NightState.EXCLUDED:
                cramps = translate("Diary", "left out")
            else:
                cramps = str(night.cramps)
            # Before the app was in use the routine and the water are not known either.
            cells = [
                local_text(night.night, "ddd d MMM"),
                translate("Diary", "not recorded")
                if night.routine_done is None
                else translate("Diary", "done")
                if night.routine_done
                else translate("Diary", "not done"),
                translate("Diary", "not recorded") if night.glasses is None else str(night.glasses),
                cramps,
            ]
            for column, text in enumerate(cells):
                self.nights.setItem(row, column, QTableWidgetItem(text))

    def check_in(self) -> QDialog:
        """The morning check-in's dialog, over this page (the window's own, if shown)."""
        window = self.window()
        show = getattr(window, "show_check_in", None)
        if callable(show):
            dialog: QDialog = show()
            return dialog
        from coach.ui.check_in import CheckInDialog

        dialog = CheckInDialog(self.live, None, self)
        dialog.open()
        return dialog

    def log_cramp(self) -> Cramp | None:
        """A new cramp, now, in the leg the last one was logged for (often the same)."""
        logged = self.journal.cramps(SHOWN_DAYS)
        leg = logged[-1].leg if logged else "both"
        return self._edit(Cramp(self.journal.clock.now(), leg))

    def edit_selected(self) -> Cramp | None:
        selected = self._selected()
        return None if selected is None else self._edit(selected)

    def delete_selected(self) -> None:
        selected = self._selected()
        if selected is None or selected.id is None:
            return
        answer = QMessageBox.question(
            self,
            translate("Diary", "Delete this cramp?"),
            translate("Diary", "Delete this entry from the diary?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            cramp_id = selected.id
            self._save(lambda journal: journal.delete_cramp(cramp_id))

    def _enable_for_selection(self) -> None:
        chosen = self.table.selectionModel().hasSelection() and self._selected() is not None
        for button in (self.change_button, self.delete_button):
            button.setEnabled(chosen)

    def _selected(self) -> Cramp | None:
        row = self.table.currentRow()
        return self._cramps[row] if 0 <= row < len(self._cramps) else None

    def _edit(self, cramp: Cramp) -> Cramp | None:
        zone = self.journal.clock.now().tzinfo
        assert zone is not None
        dialog = CrampDialog(cramp, zone, self, self.journal.clock.now)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.cramp is None:
            return None
        cramp = dialog.cramp
        if not self._save(
            (lambda journal: journal.log_cramp(cramp))
            if cramp.id is None
            else (lambda journal: journal.change_cramp(cramp))
        ):
            return None
        return cramp

    def _save(self, change: Callable[[Journal], object]) -> bool:
        """Make `change` in the journal (the page redraws when it says so); or say why
        it could not be saved."""
        return self.live.attempt(lambda journal: change(journal) or True) is not None

"""The first start: what the app does, the notice to acknowledge, and three choices."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import time

from PySide6.QtCore import QSize, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coach.core.settings import Settings
from coach.core.text import translate
from coach.ui.health_page import notice, warning_signs
from coach.ui.time_field import TimeField
from coach.ui.voice import missing, voice_check


def _reading(title: str, text: str) -> QScrollArea:
    """`text` wrapped to the page's width; with large text, it scrolls (with the keys
    too) rather than being cut off."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    area = QScrollArea()
    area.setWidget(label)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setAccessibleName(title)
    area.setAccessibleDescription(text)
    return area


def _text_page(title: str, text: str) -> QWizardPage:
    page = QWizardPage()
    page.setTitle(title)
    QVBoxLayout(page).addWidget(_reading(title, text))
    return page


class Welcome(QWizard):
    """At most three screens; the notice must be acknowledged to go on."""

    def __init__(
        self,
        settings: Settings,
        test_sound: Callable[[], None],
        parent: QWidget | None = None,
        try_voice: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Welcome", "Welcome to Bedtime Coach"))
        self._settings = settings
        self.addPage(
            _text_page(
                translate("Welcome", "Welcome to Bedtime Coach"),
                translate(
                    "Welcome",
                    "Each evening Bedtime Coach walks you through a few minutes of calf "
                    "stretches before bed, with a figure to follow and sounds that say when "
                    "to hold and when to rest. It reminds you at bedtime from the tray, keeps "
                    "count of your glasses of water, and keeps a private diary of cramps, so "
                    "you can see whether the routine helps. Everything stays on this computer.",
                ),
            )
        )
        notice_page = QWizardPage()
        notice_page.setTitle(translate("Welcome", "Please read this first"))
        self.understood = QCheckBox(translate("Welcome", "I have read and understood this"))
        self.understood.setToolTip(
            translate("Welcome", "Tick it once you have read the notice; Next waits for it")
        )
        # The notice says "with a warning sign, stop": which signs those are, it says too.
        signs = translate("Welcome", "The warning signs:")
        reading = "\n\n".join([notice(), signs, *warning_signs()])
        layout = QVBoxLayout(notice_page)
        layout.addWidget(_reading(notice_page.title(), reading))
        layout.addWidget(self.understood)
        notice_page.registerField("understood*", self.understood)  # Next waits for it
        self._notice_id = self.addPage(notice_page)
        # Space ticks it at once: the box has the focus on its page, not the text.
        self.currentIdChanged.connect(self._focus_the_box)

        choices = QWizardPage()
        choices.setTitle(translate("Welcome", "Your evening"))
        self.reminder = TimeField(QTime(settings.reminder_time.hour, settings.reminder_time.minute))
        self.reminder.setToolTip(
            translate("Welcome", "When the nightly reminder comes; the settings can change it")
        )
        self.goal = QSpinBox()
        self.goal.setRange(1, 30)
        self.goal.setValue(settings.water_goal)
        self.goal.setSuffix(translate("Welcome", " glasses a day"))
        self.goal.setToolTip(translate("Welcome", "How many glasses of water a day you aim for"))
        sound = QPushButton(translate("Welcome", "Play a sound"))
        sound.setToolTip(
            translate("Welcome", "Plays the sound that starts a hold, to check the volume")
        )
        sound.clicked.connect(test_sound)
        form = QFormLayout(choices)
        form.addRow(translate("Welcome", "Remind me at"), self.reminder)
        form.addRow(translate("Welcome", "Water goal"), self.goal)
        form.addRow(translate("Welcome", "Sound test"), sound)
        form.addRow(translate("Welcome", "Spoken guidance"), self._voice_row(settings, try_voice))
        self.addPage(choices)
        # Sized in lines of its own font, so larger text gets a larger window, within
        # the screen; QWizard's own size cut the notice off at large text sizes.
        metrics = self.fontMetrics()
        wanted = QSize(100 * metrics.averageCharWidth(), 30 * metrics.height())
        self.resize(wanted.boundedTo(self.screen().availableGeometry().size() * 0.9))

    def _voice_row(self, settings: Settings, try_voice: Callable[[], None] | None) -> QWidget:
        """Speak the steps, with a sample; where no voice exists (said at once where
        speech-dispatcher is not installed, else once it has been asked), what to
        install."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.voice = QCheckBox(translate("Welcome", "Speak the steps"))
        self.voice.setChecked(settings.sound_voice)
        self.voice.setToolTip(
            translate("Welcome", "Says each step, hold and rest, for following with eyes closed")
        )
        layout.addWidget(self.voice)
        self.try_voice = QPushButton(translate("Welcome", "Try it"))
        self.try_voice.setToolTip(translate("Welcome", "Says a step as the routine would"))
        self.try_voice.setVisible(try_voice is not None)
        self._try = try_voice
        self.try_voice.clicked.connect(self._try_it)
        layout.addWidget(self.try_voice)
        layout.addStretch()
        self.voice_note = QLabel()  # why there is no voice, or why the try failed
        self.voice_note.setWordWrap(True)
        self.voice_note.hide()
        outer = QVBoxLayout()
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(row)
        outer.addWidget(self.voice_note)
        box = QWidget()
        box.setLayout(outer)
        needed = missing()
        if not needed:
            check = voice_check()
            check.answered.connect(self._no_voice)
            needed = check.ask() or ""
        self._no_voice(needed)
        return box

    def _no_voice(self, needed: str) -> None:
        """The check's answer: where no voice speaks, the choice is off, with why."""
        if not needed:
            return
        self.voice.setChecked(False)
        self.voice.setEnabled(False)
        self.try_voice.setEnabled(False)
        self.voice.setToolTip(needed)
        self.voice_note.setText(needed)
        self.voice_note.show()

    def _try_it(self) -> None:
        """Say the sample; the button says so until it has been said (`voice_tried`)."""
        if self._try is None:
            return
        self.try_voice.setEnabled(False)
        self.try_voice.setText(translate("Welcome", "Speaking…"))
        if self.voice.isEnabled():
            self.voice_note.hide()
        self._try()

    def voice_tried(self, problem: str) -> None:
        """The sample was said, or could not be: said here, where the person tried it."""
        self.try_voice.setText(translate("Welcome", "Try it"))
        if problem:
            self.voice_note.setText(problem)
            self.voice_note.show()
        self.try_voice.setEnabled(self.voice.isEnabled())

    def _focus_the_box(self, page_id: int) -> None:
        if page_id == self._notice_id:
            # Shown, too: the ring is drawn only once the keyboard has moved the focus,
            # and after Next clicked with the mouse the box had it without a ring.
            self.understood.setFocus(Qt.FocusReason.OtherFocusReason)
            self.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
            self.understood.update()

    def chosen(self) -> Settings:
        """The settings with the choices made, and the welcome marked as seen."""
        at = self.reminder.time()
        return replace(
            self._settings,
            reminder_time=time(at.hour(), at.minute()),
            water_goal=self.goal.value(),
            sound_voice=self.voice.isChecked(),
            app_welcomed=True,
        )

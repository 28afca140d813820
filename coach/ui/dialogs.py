"""The settings dialog and the first start's welcome: made when first asked for, and
saved through the journal."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from coach.core.settings import Settings
from coach.journal import Change
from coach.ui.live_journal import LiveJournal
from coach.ui.on_screen import keep_dialogs_on_screen

if TYPE_CHECKING:
    from coach.ui.settings_dialog import SettingsDialog
    from coach.ui.voice import Voice
    from coach.ui.welcome import Welcome


class Dialogs(QObject):
    def __init__(
        self,
        live: LiveJournal,
        test_sound: Callable[[], None],
        window: QWidget,
        voice: Voice | None = None,
    ) -> None:
        super().__init__(window)
        keep_dialogs_on_screen()  # every dialog opens with its title bar in sight
        self._live = live
        self._test_sound = test_sound
        self._voice = voice  # its "Try it" in the welcome
        self._window = window
        self.settings_dialog: SettingsDialog | None = None
        self.welcome: Welcome | None = None  # offered once a run, and again by Start
        self._then: Callable[[], None] | None = None  # after the welcome: the routine asked for
        live.changed.connect(self._journal_changed)

    def open_settings(self) -> SettingsDialog:
        if self.settings_dialog is None:
            from coach.ui.settings_dialog import SettingsDialog

            self.settings_dialog = SettingsDialog(
                self._live.journal, self.apply_settings, self._test_sound, self._window
            )
        self.settings_dialog.show_settings(self._live.journal.settings)
        self.settings_dialog.show()
        self.settings_dialog.raise_()
        return self.settings_dialog

    def apply_settings(self, settings: Settings) -> bool:
        """Saved and in effect at once; or, where the disk is full or read-only, said and
        not used (False)."""
        self._live.attempt(lambda journal: journal.change_settings(settings))
        return self._live.journal.settings == settings

    def offer_welcome(self, then: Callable[[], None] | None = None, again: bool = False) -> None:
        """The first start's three screens, until they are seen (again after Restore
        Defaults); without blocking anything else. Once a run on a look at the window;
        `again` (Start, before the notice was acknowledged) opens it even if it was put
        off, and `then` happens once it is completed (the routine that was asked for)."""
        if self._live.journal.settings.app_welcomed:
            return
        wizard = self.welcome
        if wizard is not None and wizard.isVisible():
            self._then = then or self._then
            wizard.raise_()
            wizard.activateWindow()
            return
        if wizard is not None and not again:
            return
        from coach.ui.welcome import Welcome

        self._then = then
        voice = self._voice
        wizard = self.welcome = Welcome(
            self._live.journal.settings,
            self._test_sound,
            self._window,
            None if voice is None else voice.try_it,
        )
        if voice is not None:
            voice.tried.connect(wizard.voice_tried)

        def done(result: int) -> None:
            then, self._then = self._then, None
            if result == Welcome.DialogCode.Accepted:
                self.apply_settings(wizard.chosen())
                if then is not None and self._live.journal.settings.app_welcomed:
                    then()

        wizard.finished.connect(done)
        wizard.open()

    def put_off_welcome(self) -> None:
        """The window went: the welcome goes with it, offered again at the next start."""
        if self.welcome is not None and self.welcome.isVisible():
            self.welcome.reject()

    def _journal_changed(self, changes: frozenset[Change]) -> None:
        if Change.SETTINGS in changes and self.settings_dialog is not None:
            self.settings_dialog.settings_changed_elsewhere(self._live.journal.settings)

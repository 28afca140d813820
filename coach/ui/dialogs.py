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
    from coach.ui.welcome import Welcome


class Dialogs(QObject):
    def __init__(
        self,
        live: LiveJournal,
        test_sound: Callable[[], None],
        window: QWidget,
        try_voice: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(window)
        keep_dialogs_on_screen()  # every dialog opens with its title bar in sight
        self._live = live
        self._test_sound = test_sound
        self._try_voice = try_voice
        self._window = window
        self.settings_dialog: SettingsDialog | None = None
        self.welcome: Welcome | None = None  # offered at most once a run
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

    def offer_welcome(self) -> None:
        """The first start's three screens, until they are seen (again after Restore
        Defaults); at most once a run, and without blocking anything else."""
        if self.welcome is not None or self._live.journal.settings.app_welcomed:
            return
        from coach.ui.welcome import Welcome

        wizard = self.welcome = Welcome(
            self._live.journal.settings, self._test_sound, self._window, self._try_voice
        )

        def done(result: int) -> None:
            if result == Welcome.DialogCode.Accepted:
                self.apply_settings(wizard.chosen())

        wizard.finished.connect(done)
        wizard.open()

    def put_off_welcome(self) -> None:
        """The window went: the welcome goes with it, offered again at the next start."""
        if self.welcome is not None and self.welcome.isVisible():
            self.welcome.reject()

    def _journal_changed(self, changes: frozenset[Change]) -> None:
        if Change.SETTINGS in changes and self.settings_dialog is not None:
            self.settings_dialog.settings_changed_elsewhere(self._live.journal.settings)

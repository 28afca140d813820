"""The main window: pick a routine, play it, see how it went."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QHideEvent,
    QKeySequence,
    QPalette,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coach import __version__
from coach.core.routine import Purpose
from coach.core.runs import RunRecord
from coach.core.session import Overrides, RoutineSession
from coach.core.text import translate
from coach.journal import WindowPlace
from coach.ui.home_page import HomePage
from coach.ui.live_journal import LiveJournal
from coach.ui.on_screen import FRAME_ROOM as FRAME_ROOM  # known from here too
from coach.ui.on_screen import (
    FRAME_WAIT_MS,
    USUAL_SIZE,
    fitted,
    frame_on_screen,
    free_area,
    keep_dialogs_on_screen,
)
from coach.ui.pages import PAGES, Page
from coach.ui.style import LIGHT, Theme, scaled_font

if TYPE_CHECKING:
    from coach.ui.player import CueSink, PlayerPage


class FittingStack(QStackedWidget):
    """Tonight's pages (home, player, summary), sized by the one on show.

    A stack asks for the room of its largest page, and a scroll area gives a page with
    wrapped text its preferred height for the width: the player then grew to 776 px in a
    600 px screen and scrolled. This one asks for what the page on show needs at least,
    so the page fills the room there is and scrolls only where it cannot fit."""

    def __init__(self) -> None:
        super().__init__()
        self.currentChanged.connect(lambda _: self.updateGeometry())

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return super().sizeHint() if page is None else page.sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return super().minimumSizeHint() if page is None else page.minimumSizeHint()

    def heightForWidth(self, width: int) -> int:
        page = self.currentWidget()
        layout = None if page is None else page.layout()
        if page is None or layout is None or not layout.hasHeightForWidth():
            return self.minimumSizeHint().height()
        return max(layout.minimumHeightForWidth(width), page.minimumSizeHint().height())


class LazyTab(QScrollArea):
    """A tab whose page is made when it is first shown or asked for, so that start-up
    builds (and imports) only what it shows. The page fills the tab; where large text
    makes it taller than the window, it scrolls instead of pushing the window off screen."""

    def __init__(
        self, make: Callable[[], Page], ready: Callable[[Page], None] | None = None
    ) -> None:
        super().__init__()
        self._make = make
        self._ready = ready  # called once the page is in the window (tab order, data)
        self._page: Page | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # A container, not a control: Tab goes to the page's controls, and the area
        # scrolls the one with the focus into view.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    @property
    def built(self) -> bool:
        return self._page is not None

    def page(self) -> Page:
        if self._page is None:
            self._page = self._make()
            self.setWidget(self._page)
            if self._ready is not None:
                self._ready(self._page)
        return self._page

    def showEvent(self, event: QShowEvent) -> None:
        self.page()
        super().showEvent(event)


class NoticeBanner(QFrame):
    """A message across the top of the window until the person closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("✕")
        close.setAccessibleName(translate("MainWindow", "Close this message"))
        close.setToolTip(translate("MainWindow", "Hides this message"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self._text, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, text: str) -> None:
        self._text.setText(text)
        self.show()

    def text(self) -> str:
        return "" if self.isHidden() else self._text.text()


class SummaryPage(QWidget):
    done = Signal()
    log_cramp = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._heading = QLabel()
        self._heading.setFont(scaled_font(self._heading.font(), 1.6, bold=True))
        self._heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._heading.setWordWrap(True)  # "You skipped the stretches tonight, so…"
        self._details = QLabel()
        self._details.setWordWrap(True)
        self._details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.back_button = QPushButton(translate("MainWindow", "Back to routines"))
        self.back_button.setDefault(True)
        self.back_button.setToolTip(translate("MainWindow", "Goes back to the list of routines"))
        self.back_button.clicked.connect(self.done)
        # After cramp relief, the diary is one click away.
        self.log_button = QPushButton(translate("MainWindow", "Log this cramp in the diary…"))
        self.log_button.setToolTip(
            translate("MainWindow", "Logs the cramp that has just eased; it asks only which leg")
        )
        self.log_button.clicked.connect(self.log_cramp)
        self.log_button.hide()
        # Esc, pressed once more after the run ended (the last Skip ended it), goes home.
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.done)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self._heading)
        layout.addWidget(self._details)
        layout.addWidget(self.log_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def show_run(self, title: str, run: RunRecord, offer_cramp_log: bool = False) -> None:
        self.log_button.setVisible(offer_cramp_log)
        minutes = round((run.ended_at - run.started_at).total_seconds() / 60)
        if minutes < 1:
            took = translate("MainWindow", "less than a minute")
        elif minutes == 1:
            took = translate("MainWindow", "about a minute")
        else:
            took = translate("MainWindow", "about {minutes} minutes").format(minutes=minutes)
        # What was followed decides (coach.core.followed): every stretch played through
        # is the routine done, however the run ended; skipping every stretch is not.
        followed = run.followed
        details = translate("MainWindow", "{routine}: {done} of {total} steps done, in {took}.")
        details = details.format(
            routine=title, done=run.steps_completed, total=run.steps_total, took=took
        )
        self._details.setText(details)
        if offer_cramp_log:
            # Cramp relief is not the evening routine: nothing about it being done.
            self._heading.setText(
                translate("MainWindow", "Cramp relief done. Sleep well.")
                if run.steps_total and run.steps_completed >= run.steps_total  # not skipped
                else translate(
                    "MainWindow",
                    "Cramp relief stopped. If the cramp is still there, pull the toes "
                    "towards you again, or walk a few steps.",
                )
            )
            return
        if followed is not None and (followed.done or run.completed):
            self._heading.setText(followed.sentence())
        elif followed is None and run.completed:
            self._heading.setText(translate("MainWindow", "Well done. Sleep well."))
        else:
            self._heading.setText(
                translate("MainWindow", "Stopped. That's fine: tomorrow is another evening.")
            )
            if followed is not None and followed.stretches_played + followed.stretches_held:
                details = f"{details} {followed.sentence()}"  # what counts, and what not
        self._details.setText(details)

    def text(self) -> str:
        return f"{self._heading.text()} {self._details.text()}"


def _first_active(menu: QMenu) -> None:
    if menu.activeAction() is None and menu.actions():
        QTimer.singleShot(0, lambda: menu.setActiveAction(menu.actions()[0]))


class MainWindow(QMainWindow):
    """Routine chooser, player and summary, one page at a time, and the tabs of `PAGES`."""

    closed_to_background = Signal()  # closed while the app keeps running (tray, notifications)
    routine_started = Signal()  # from anywhere: the reminder on show is answered
    log_cramp_requested = Signal()
    cramp_now_requested = Signal(bool)  # the 3 a.m. screen; True: straight to which leg
    settings_requested = Signal()
    quit_requested = Signal()
    advice_requested = Signal()

    def __init__(self, live: LiveJournal) -> None:
        super().__init__()
        self.setWindowTitle(translate("MainWindow", "Bedtime Coach"))
        self._live = live
        self._journal = live.journal

        self.banner = NoticeBanner()
        self.chooser = self.home = HomePage(live)
        self.summary = SummaryPage()
        self.pages = FittingStack()
        for page in (self.chooser, self.summary):
            self.pages.addWidget(page)
        # The player (and the figure's poses) are made when a routine first starts.
        self._player: PlayerPage | None = None
        self._playing = False  # the player has the window (no tabs, menus or notices)
        self._notice_waiting = False  # a notice to show when the routine is over
        self._theme = LIGHT
        self._sound: CueSink | None = None

        # Tonight's routine first, then a tab for each page, made when first needed.
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # Where large text on a small screen needs more room than there is, the page
        # scrolls instead of making the window larger than the screen.
        self.tonight = QScrollArea()
        self.tonight.setWidget(self.pages)
        self.tonight.setWidgetResizable(True)
        self.tonight.setFrameShape(QFrame.Shape.NoFrame)
        self.tonight.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Down, never sideways: the home page reflows where it is narrow.
        self.tonight.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tabs.addTab(self.tonight, translate("MainWindow", "Tonight"))
        self._tabs: dict[str, LazyTab] = {}
        for entry in PAGES:
            tab = LazyTab(partial(entry.make, live), self._page_ready)
            self.tabs.addTab(tab, translate("Desktop", entry.title))
            self._tabs[entry.name] = tab
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._central = layout
        self._margins = layout.contentsMargins()  # none while a routine plays
        self.resize(*USUAL_SIZE)
        keep_dialogs_on_screen()
        self.placed = False  # put within the screen when first shown (the snapshot sets it)
        self._csv_folder = ""  # where the last export or import was
        # What Start on the home page asks for: the app puts the first start's welcome
        # before it (`DesktopApp.start_routine`); on its own, the window just starts.
        self.start_wanted: Callable[[str | None], None] = self.start_routine
        self._inside_at: QPoint | None = None  # where the inside was kept, until framed
        self._add_menus()

        self.chooser.start_requested.connect(self._start_chosen)
        self.home.check_in_requested.connect(lambda: self.show_check_in())
        self.summary.done.connect(self.show_chooser)
        # After cramp relief the cramp is known: the night screen asks only which leg.
        self.summary.log_cramp.connect(lambda: self.cramp_now_requested.emit(True))
        self.check_in_dialog: QDialog | None = None
        live.problem.connect(self.show_notice)
        self.home.set_theme(self._theme)  # which shows tonight
        self.show_chooser()
        self.keep_running = False

    def _add_menus(self) -> None:
        # "File", not "History": the History tab is the charts, this menu the files.
        files = self.menuBar().addMenu(translate("Desktop", "&File"))
        files.addAction(translate("Desktop", "&Export as CSV…"), self.export_history)
        files.addAction(translate("Desktop", "&Import CSV…"), self.import_history)
        files.addSeparator()
        quit_action = files.addAction(translate("Desktop", "&Quit"), self.quit_requested.emit)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # Cmd+Q on macOS: Qt maps Ctrl there
        diary = self.menuBar().addMenu(translate("Desktop", "&Diary"))
        diary.addAction(
            translate("Desktop", "&Check in for last night…"), lambda: self.show_check_in()
        )
        diary.addAction(
            translate("Desktop", "Log a cramp &now"), lambda: self.cramp_now_requested.emit(False)
        )
        diary.addAction(
            translate("Desktop", "&Find out for yourself"),
            lambda: self.show_page(self.page("trial")),
        )
        settings = self.menuBar().addMenu(translate("Desktop", "&Settings"))
        settings.addAction(translate("Desktop", "&Preferences…"), self.settings_requested.emit)
        help_menu = self.menuBar().addMenu(translate("Desktop", "&Help"))
        help_menu.addAction(translate("Desktop", "&About the advice"), self.advice_requested.emit)
        help_menu.addAction(translate("Desktop", "About &Bedtime Coach"), self.show_about)
        for menu in (files, diary, settings, help_menu):
            # Opened with a click, Qt's menu has no item active, and a first Return only
            # makes one so (the tester's "first Return did nothing"; no shortcut clash):
            # the first item is active at once, as when opened with the keyboard.
            menu.aboutToShow.connect(partial(_first_active, menu))

    def show_check_in(self, night: date | None = None) -> QDialog:
        """The morning check-in for `night` (last night by default), over the window;
        the one already open, if it is, turned to that night."""
        from coach.ui.check_in import CheckInDialog

        dialog = self.check_in_dialog
        if dialog is None or not dialog.isVisible():
            dialog = self.check_in_dialog = CheckInDialog(self._live, night, self)
            dialog.open()
        elif night is not None:
            dialog.show_for(night)  # type: ignore[attr-defined]
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def show_about(self) -> None:
        text = translate(
            "Desktop",
            "Bedtime Coach {version}\n\nEvening stretches, water and a diary, against "
            "night-time leg cramps. Free software under the MIT licence. Everything stays "
            "on this computer.",
        ).format(version=__version__)
        QMessageBox.about(self, translate("Desktop", "About Bedtime Coach"), text)

    def show_notice(self, text: str) -> None:
        self.banner.show_message(text)
        if self._playing:
            self.banner.hide()  # shown once the routine is over
            self._notice_waiting = True

    def _give_the_player_the_window(self, playing: bool) -> None:
        """While a routine plays, the player has the whole window: no tabs (Esc stops),
        no menus, no notice across the top; the buttons and the ring always in sight,
        at any text size on any screen. They come back when it is over."""
        if playing == self._playing:
            return
        self._playing = playing
        self.tabs.tabBar().setVisible(not playing)
        self.menuBar().setVisible(not playing)
        margins = self._margins if not playing else QMargins(0, 0, 0, 0)
        self._central.setContentsMargins(margins)
        if playing:
            self._notice_waiting = not self.banner.isHidden()
            self.banner.hide()
        elif self._notice_waiting:
            self._notice_waiting = False
            self.banner.show()

    @property
    def player(self) -> PlayerPage:
        if self._player is None:
            from coach.ui.player import PlayerPage

            self._player = PlayerPage(self._journal.clock)
            self.pages.insertWidget(1, self._player)
            self._player.set_theme(self._theme)
            self._player.set_sound(self._sound)
            self._player.run_over.connect(self._run_over)
        return self._player

    def stop_routine(self) -> None:
        """Stop the routine playing, if one is (it is recorded as stopped)."""
        if self._player is not None:
            self._player.stop()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.home.set_theme(theme)
        if self._player is not None:
            self._player.set_theme(theme)
        for tab in self._tabs.values():
            if tab.built:
                tab.page().set_theme(theme)

    def set_sound(self, sound: CueSink | None) -> None:
        self._sound = sound
        if self._player is not None:
            self._player.set_sound(sound)

    def page(self, name: str) -> Page:
        """The page `name` of `PAGES`, made if it was not yet."""
        return self._tabs[name].page()

    def _page_ready(self, page: Page) -> None:
        page.set_theme(self._theme)  # which shows its data too

    def current_page(self) -> QWidget | None:
        tab = self.tabs.currentWidget()
        return tab.page() if isinstance(tab, LazyTab) else tab

    def show_page(self, page: QWidget) -> None:
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if tab is not None and (tab is page or tab.isAncestorOf(page)):
                self.tabs.setCurrentIndex(index)

    def show_chooser(self) -> None:
        self._give_the_player_the_window(False)
        self.pages.setCurrentWidget(self.chooser)
        self.chooser.start_button.setFocus()

    def start_routine(self, routine_id: str | None = None) -> None:
        """Start `routine_id`, or the person's usual routine; a running one stops first.
        On a "no stretching" night of a personal trial, a stretching routine asks first;
        cramp relief never does."""
        routine = self._journal.routine(routine_id)
        if (
            routine.purpose == Purpose.PREVENTION
            and self._journal.no_stretching_tonight()
            and not self.start_anyway()
        ):
            return
        self.stop_routine()
        self.show_page(self.pages)
        session = RoutineSession(
            routine, self._journal.clock, Overrides.for_routine(routine, self._journal.settings)
        )
        self._give_the_player_the_window(True)
        self.pages.setCurrentWidget(self.player)
        self.player.setFocus()
        self.player.play(session)
        self.routine_started.emit()

    def start_anyway(self) -> bool:
        """Whether to stretch on a "no stretching" night of the trial, once asked."""
        answer = QMessageBox.question(
            self,
            translate("MainWindow", "A no-stretching week"),
            translate(
                "MainWindow",
                "This is a no-stretching week of your personal trial. Stretching tonight "
                "would blur its result. Start anyway?",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _start_chosen(self, routine_id: str) -> None:
        settings = self._journal.settings
        evening = self._journal.routine(routine_id).purpose == Purpose.PREVENTION
        if evening and routine_id != settings.routine_default:
            # The evening routine picked last is the one offered next time (cramp relief,
            # for the night, never becomes the usual one).
            chosen = replace(settings, routine_default=routine_id)
            self._live.attempt(lambda journal: journal.change_settings(chosen))
        self.start_wanted(routine_id)

    def _run_over(self, run: RunRecord) -> None:
        routine = self._journal.routine(run.routine_id)
        title = translate("Routine", routine.title)
        relief = routine.purpose == Purpose.RELIEF
        self.summary.show_run(title, run, offer_cramp_log=relief)
        self._give_the_player_the_window(False)
        self.pages.setCurrentWidget(self.summary)
        self.summary.back_button.setFocus()
        self._live.attempt(lambda journal: journal.record_run(run))

    def export_history(self) -> None:
        folder = self._ask_folder(translate("Desktop", "Export the history to"))
        if folder:
            from coach.requests import Export, perform  # here: the first frame needs none

            self.show_notice(perform(Export(folder), self._journal).text)

    def import_history(self) -> None:
        folder = self._ask_folder(translate("Desktop", "Import the history from"))
        if folder:
            from coach.requests import Import, perform

            self.show_notice(perform(Import(folder), self._journal).text)

    def _ask_folder(self, title: str) -> str:
        """A folder, chosen from the home folder the first time and from the one chosen
        last after that (an import often reads what an export wrote); "" if none."""
        from PySide6.QtWidgets import QFileDialog  # here: the first frame needs none

        start = self._csv_folder or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, title, start)
        if folder:
            self._csv_folder = folder
        return folder

    def showEvent(self, event: QShowEvent) -> None:
        if not self.placed:
            self.placed = True
            self.place()
        super().showEvent(event)

    def place(self) -> None:
        """Where it was last, or the usual size in the middle; within the screen."""
        kept = self._journal.window_place()
        screen = self.screen() or QGuiApplication.primaryScreen()
        place = None
        if kept is not None:
            # Kept in the screen's own pixels: here in Qt's, at this start's text size.
            scale = screen.devicePixelRatio()
            place = QRect(
                *(round(value / scale) for value in (kept.x, kept.y, kept.width, kept.height))
            )
            screen = QGuiApplication.screenAt(place.center()) or screen
        available = free_area(screen)
        # Never narrower than the home page's controls (a narrow window scrolled
        # sideways and cut Start), and never wider than the screen allows.
        room = self.tonight.verticalScrollBar().sizeHint().width() + 2 * self._margins.left()
        least = self.home.least_width() + room
        self.setMinimumWidth(min(least, available.width() - FRAME_ROOM.width()))
        geometry = fitted(place, self.minimumSizeHint(), available)
        self._inside_at = None if place is None else geometry.topLeft()
        if place is None:
            self.resize(geometry.size())
            self.move(geometry.topLeft())  # the frame's top left: room is left for it
        else:
            self.setGeometry(geometry)  # the inside where the inside was
        if kept is not None and kept.maximized:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        else:
            # The frame (title bar, borders) is known once the window manager has put it
            # up: then the whole of it is brought within the screen, if it is not.
            QTimer.singleShot(FRAME_WAIT_MS, self.keep_within_screen)

    def keep_within_screen(self) -> None:
        """Move (and if need be shrink) the window so that its frame is on the screen."""
        if not self.isVisible() or self.isMaximized() or self.isFullScreen():
            return
        inside_at, self._inside_at = self._inside_at, None
        if inside_at is not None and self.geometry().topLeft() != inside_at:
            # The window manager put the frame where the inside was asked for (a title
            # bar higher, or lower): by as much as it is off, for Qt's own frame sizes
            # are wrong at large text (not scaled by the device pixel ratio).
            self.move(self.pos() + inside_at - self.geometry().topLeft())
        frame_on_screen(self)

    def keep_place(self) -> None:
        """Keep where the window is and how big, for the next start: the inside's place
        and size, in the screen's own pixels (with the pixel ratio they were kept at)."""
        if not self.placed:
            return
        inner = self.normalGeometry()
        if self.isMaximized() or not inner.isValid():
            inner = self.geometry()
        scale = self.devicePixelRatioF()
        x, y, width, height = (
            round(value * scale) for value in (inner.x(), inner.y(), inner.width(), inner.height())
        )
        self._journal.keep_window_place(WindowPlace(x, y, width, height, self.isMaximized(), scale))

    def hideEvent(self, event: QHideEvent) -> None:
        self.keep_place()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing mid-run counts as stopping: the run is recorded, not lost.
        self.stop_routine()
        self.show_chooser()
        super().closeEvent(event)
        if self.keep_running and event.isAccepted():
            self.closed_to_background.emit()

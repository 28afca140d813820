"""Spoken guidance: which phrases are said at which cues, nothing when off, cancelled on
pause, stop and quit; the SSIP client against a fake speech-dispatcher; the setting's
rows in the welcome and the settings dialog."""

from __future__ import annotations

import contextlib
import socket
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from coach.core.clock import FakeClock
from coach.core.cues import Cue, CueKind
from coach.core.session import RoutineSession
from coach.core.settings import Settings
from coach.journal import Change
from coach.ui import voice
from coach.ui.desktop import DesktopApp
from coach.ui.settings_dialog import SettingsDialog
from coach.ui.translations import install_translations, remove_translations
from coach.ui.voice import IF_QUIET, QUEUED, SpeechDispatcher, Voice, phrases, socket_path
from coach.ui.welcome import Welcome

ASK_SPEECH_DISPATCHER = voice.probe  # the real check (tests/ui/conftest.py answers "yes")


class FakeSpeaker:
    """Records what would be said, from the voice's worker thread."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, ...]] = []
        self._lock = threading.Lock()

    def say(self, text: str, priority: str) -> None:
        with self._lock:
            self.calls.append(("say", text, priority))

    def finish(self, timeout: float) -> bool:
        with self._lock:
            self.calls.append(("finish",))
        return True

    def cancel(self) -> None:
        with self._lock:
            self.calls.append(("cancel",))

    def close(self) -> None:
        with self._lock:
            self.calls.append(("close",))

    def said(self) -> list[str]:
        with self._lock:
            return [call[1] for call in self.calls if call[0] == "say"]

    def taken(self) -> list[tuple[str, ...]]:
        with self._lock:
            calls, self.calls = self.calls, []
            return calls


def with_voice(make_app, on: bool = True) -> tuple[DesktopApp, FakeSpeaker]:
    desktop: DesktopApp = make_app()
    speaker = FakeSpeaker()
    desktop.voice._make_speaker = lambda: speaker
    journal = desktop.journal
    journal.change_settings(replace(journal.settings, sound_voice=on))
    desktop._journal_changed(frozenset({Change.SETTINGS}))
    return desktop, speaker


def step(desktop: DesktopApp, seconds: float) -> None:
    clock = desktop.journal.clock
    assert isinstance(clock, FakeClock)
    clock.advance(seconds)
    desktop.window.player.refresh()


def test_the_phrases_of_a_stretch_are_name_hold_count_rest_and_well_done(journal) -> None:
    clock = journal.clock
    session = RoutineSession(journal.routine("evening"), clock)
    session.start()
    said = phrases(session.advance(), session)
    assert said == [("Wall calf stretch, left leg", QUEUED), ("Hold", QUEUED)]
    clock.advance(7)  # 10 s hold: 3 left
    assert phrases(session.advance(), session) == [("3", IF_QUIET)]
    clock.advance(1)
    assert phrases(session.advance(), session) == [("2", IF_QUIET)]
    clock.advance(1)
    assert phrases(session.advance(), session) == [("1", IF_QUIET)]
    clock.advance(1)
    assert phrases(session.advance(), session) == [("Rest", QUEUED)]
    clock.advance(10_000)
    assert phrases(session.advance(), session)[-1] == ("In bed", QUEUED)  # the tip
    session.confirm()
    assert phrases(session.advance(), session) == [("Well done", QUEUED)]


def test_the_phrases_are_in_the_apps_language(journal) -> None:
    install_translations(locale=QLocale("es_ES"))
    try:
        session = RoutineSession(journal.routine("evening"), journal.clock)
        session.start()
        texts = [text for text, _ in phrases(session.advance(), session)]
        assert texts[0] != "Wall calf stretch, left leg"
        assert "izquierd" in texts[0]
        assert voice.voice_language() == "es"
    finally:
        remove_translations()
        QLocale.setDefault(QLocale("en_US"))
    assert voice.voice_language() == "en"


def test_a_routine_is_spoken_step_by_step(make_app, qtbot: QtBot) -> None:
    desktop, speaker = with_voice(make_app)
    desktop.window.start_routine("evening")
    qtbot.waitUntil(lambda: speaker.said() == ["Wall calf stretch, left leg", "Hold"])
    step(desktop, 7)
    step(desktop, 1)
    step(desktop, 1)
    step(desktop, 1)
    qtbot.waitUntil(lambda: speaker.said()[2:] == ["3", "2", "1", "Rest"])
    desktop.window.player.skip()  # to the right leg: what is still queued is stale
    qtbot.waitUntil(lambda: speaker.said()[-2:] == ["Wall calf stretch, right leg", "Hold"])
    calls = speaker.taken()
    assert calls[-3:] == [
        ("cancel",),
        ("say", "Wall calf stretch, right leg", QUEUED),
        ("say", "Hold", QUEUED),
    ]


def test_pause_stop_and_quit_cancel_the_speech(make_app, qtbot: QtBot) -> None:
    desktop, speaker = with_voice(make_app)
    desktop.window.start_routine("evening")
    qtbot.waitUntil(lambda: len(speaker.said()) == 2)
    speaker.taken()
    desktop.window.player.toggle_pause()
    qtbot.waitUntil(lambda: ("cancel",) in speaker.calls)
    assert speaker.said() == []
    desktop.window.player.toggle_pause()
    speaker.taken()
    desktop.window.player.stop()
    qtbot.waitUntil(lambda: ("cancel",) in speaker.calls)
    assert speaker.said() == []
    speaker.taken()
    desktop.window.start_routine("evening")
    desktop.close()  # quit: cancelled, the connection closed, the worker gone
    assert speaker.taken()[-2:] == [("cancel",), ("close",)]
    assert desktop.voice._thread is None


def test_nothing_is_said_or_started_when_the_voice_is_off(make_app, qtbot: QtBot) -> None:
    desktop, speaker = with_voice(make_app, on=False)
    made: list[bool] = []
    desktop.voice._make_speaker = lambda: made.append(True) or speaker  # type: ignore[func-returns-value]
    desktop.window.start_routine("evening")
    step(desktop, 12)
    desktop.window.player.toggle_pause()
    desktop.window.player.stop()
    qtbot.wait(100)
    assert (made, speaker.calls) == ([], [])
    assert desktop.voice._thread is None


def test_turning_the_voice_off_mid_routine_silences_it(make_app, qtbot: QtBot) -> None:
    desktop, speaker = with_voice(make_app)
    desktop.window.start_routine("evening")
    qtbot.waitUntil(lambda: len(speaker.said()) == 2)
    speaker.taken()
    journal = desktop.journal
    journal.change_settings(replace(journal.settings, sound_voice=False))
    desktop._journal_changed(frozenset({Change.SETTINGS}))
    step(desktop, 10)
    qtbot.waitUntil(lambda: ("cancel",) in speaker.calls)
    assert speaker.said() == []


def test_a_failing_service_is_said_once_and_nothing_blocks(qtbot: QtBot) -> None:
    def broken() -> FakeSpeaker:
        raise ConnectionRefusedError("refused")

    spoken = Voice(lambda: None, enabled=True, speaker=broken)
    with qtbot.waitSignal(spoken.unavailable) as signal:
        spoken.play_cues([Cue(CueKind.HOLD_START, 0)])
    assert "speech-dispatcher did not answer" in signal.args[0]
    with qtbot.assertNotEmitted(spoken.unavailable, wait=100):
        spoken.play_cues([Cue(CueKind.REST_START, 0)])  # no second message, no exception
    spoken.shutdown()


def test_after_a_failure_the_next_phrase_connects_afresh(qtbot: QtBot) -> None:
    class Flaky(FakeSpeaker):
        def say(self, text: str, priority: str) -> None:
            if text == "Hold":
                raise BrokenPipeError("speech-dispatcher went")
            super().say(text, priority)

    made: list[FakeSpeaker] = []

    def make() -> FakeSpeaker:
        made.append(Flaky())
        return made[-1]

    spoken = Voice(lambda: None, enabled=True, speaker=make)
    with qtbot.waitSignal(spoken.tried) as tried:
        spoken.try_it()  # the step, then "Hold", which fails
    assert tried.args[0] == "The steps cannot be spoken: speech-dispatcher did not answer."
    spoken.try_it()
    qtbot.waitUntil(lambda: len(made) == 2 and ("close",) in made[1].calls)  # one per try
    spoken.shutdown()
    assert made[0].said() == made[1].said() == ["Wall calf stretch, left leg"]
    assert ("close",) in made[0].calls


class FakeDispatcher:
    """A speech-dispatcher that answers SSIP as the real one does, and records it."""

    def __init__(self, path: Path, modules: tuple[str, ...] = ("espeak-ng",)) -> None:
        self.lines: list[str] = []
        self.modules = modules
        self.spoken = 0
        self._server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._server.bind(str(path))
        self._server.listen(1)
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        connection, _ = self._server.accept()
        with connection, connection.makefile("rb") as lines:
            receiving = False
            for raw in lines:
                line = raw.decode().rstrip("\r\n")
                self.lines.append(line)
                if receiving:
                    if line == ".":
                        receiving = False
                        self.spoken += 1
                        number = str(self.spoken).encode()
                        connection.sendall(b"225-" + number + b"\r\n225 OK MESSAGE QUEUED\r\n")
                        # Said at once: its end, as speech-dispatcher tells it.
                        connection.sendall(b"702-" + number + b"\r\n702-3\r\n702 END\r\n")
                elif line == "SPEAK":
                    receiving = True
                    connection.sendall(b"230 OK RECEIVING DATA\r\n")
                elif line == "QUIT":
                    with contextlib.suppress(OSError):  # the client need not wait for it
                        connection.sendall(b"231 HAPPY HACKING\r\n")
                    return
                elif line.startswith("SET self LANGUAGE xx"):
                    connection.sendall(b"410 ERR INVALID PARAMETER\r\n")
                elif line == "LIST OUTPUT_MODULES":
                    listed = b"".join(b"250-" + m.encode() + b"\r\n" for m in self.modules)
                    connection.sendall(listed + b"250 OK MODULE LIST SENT\r\n")
                else:
                    connection.sendall(b"200 OK\r\n")

    def close(self) -> None:
        self._thread.join(timeout=5)
        self._server.close()


def test_the_client_speaks_ssip(tmp_path: Path) -> None:
    path = tmp_path / "speechd.sock"
    server = FakeDispatcher(path)
    client = SpeechDispatcher("es", {"SPEECHD_ADDRESS": f"unix_socket:{path}"})
    client.say("Estiramiento\n.punto", QUEUED)
    client.say("3", IF_QUIET)
    assert client.finish(5)  # its end was told: no waiting
    assert client.modules() == ["espeak-ng"]
    client.cancel()
    client.close()
    server.close()
    assert server.lines == [
        "SET self CLIENT_NAME user:bedtime-coach:main",
        "SET self LANGUAGE es",
        "SET self NOTIFICATION end on",
        "SET self NOTIFICATION cancel on",
        "SET self PRIORITY text",
        "SPEAK",
        "Estiramiento",
        "..punto",  # a line starting with a dot is doubled: a lone dot ends the text
        ".",
        "SET self PRIORITY notification",
        "SPEAK",
        "3",
        ".",
        "LIST OUTPUT_MODULES",
        "CANCEL self",
        "QUIT",
    ]


def test_a_refusal_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "speechd.sock"
    server = FakeDispatcher(path)
    client = SpeechDispatcher("xx", {"SPEECHD_ADDRESS": f"unix_socket:{path}"})
    with pytest.raises(voice.SpeechError, match="410"):
        client.say("hello", QUEUED)
    client.close()
    server.close()


def test_without_a_service_or_program_it_is_an_error(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(voice.shutil, "which", lambda name: None)
    client = SpeechDispatcher("en", {"HOME": str(tmp_path)})
    with pytest.raises(voice.SpeechError, match="not installed"):
        client.say("hello", QUEUED)


def test_the_socket_is_where_speech_dispatcher_puts_it() -> None:
    assert socket_path({"XDG_RUNTIME_DIR": "/run/user/7", "HOME": "/h"}) == Path(
        "/run/user/7/speech-dispatcher/speechd.sock"
    )
    assert socket_path({"HOME": "/h"}) == Path("/h/.cache/speech-dispatcher/speechd.sock")
    assert socket_path({"SPEECHD_ADDRESS": "unix_socket:/tmp/s", "HOME": "/h"}) == Path("/tmp/s")


def no_voice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(voice.shutil, "which", lambda name: None)
    monkeypatch.setenv("SPEECHD_ADDRESS", "unix_socket:/nonexistent/speechd.sock")


def test_without_a_voice_the_setting_is_disabled_with_what_to_install(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, journal
) -> None:
    no_voice(monkeypatch)
    sentence = "Install speech-dispatcher and espeak-ng to hear the steps spoken."
    assert voice.missing() == sentence
    wizard = Welcome(Settings(sound_voice=True), lambda: None, None, lambda: None)
    qtbot.addWidget(wizard)
    assert not wizard.voice.isEnabled()
    assert not wizard.try_voice.isEnabled()
    assert not wizard.chosen().sound_voice
    assert any(sentence == label.text() for label in wizard.findChildren(QLabel))
    dialog = SettingsDialog(journal, lambda s: True, lambda: None)
    qtbot.addWidget(dialog)
    assert not dialog.editors["sound.voice"].isEnabled()
    assert any(sentence == label.text() for label in dialog.findChildren(QLabel))


def test_elsewhere_than_linux_the_voice_is_not_offered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(voice.sys, "platform", "win32")
    assert "not available on this system" in voice.missing()


def test_the_welcome_offers_the_voice_with_a_try(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, journal
) -> None:
    monkeypatch.setattr(voice, "missing", lambda: "")
    monkeypatch.setattr("coach.ui.welcome.missing", lambda: "")
    tried: list[bool] = []
    wizard = Welcome(Settings(), lambda: None, None, lambda: tried.append(True))
    qtbot.addWidget(wizard)
    assert wizard.voice.isEnabled()
    assert not wizard.voice.isChecked()
    wizard.try_voice.click()
    assert tried == [True]
    wizard.voice.setChecked(True)
    assert wizard.chosen().sound_voice
    dialog = SettingsDialog(journal, lambda s: True, lambda: None)
    qtbot.addWidget(dialog)
    editor = dialog.editors["sound.voice"]
    assert editor.isEnabled()
    assert not editor.isChecked()
    editor.setChecked(True)
    assert dialog.chosen().sound_voice


def test_try_it_speaks_a_step_even_when_off(qtbot: QtBot) -> None:
    speaker = FakeSpeaker()
    spoken = Voice(lambda: None, enabled=False, speaker=lambda: speaker)
    spoken.try_it()
    qtbot.waitUntil(lambda: speaker.said() == ["Wall calf stretch, left leg", "Hold"])
    spoken.shutdown()


def test_found_try_it_showed_nothing_and_its_failure_came_later_on_the_window(
    make_app, qtbot: QtBot
) -> None:
    """ "Try it" showed nothing at first, and "did not answer (timed out)" came later as a
    banner on the main window. It says "Speaking…" until the sample was said, and a
    failure in the welcome itself."""
    desktop, speaker = with_voice(make_app, on=False)
    journal = desktop.journal
    journal.change_settings(replace(journal.settings, app_welcomed=False))
    desktop.show_window()
    wizard = desktop.dialogs.welcome
    assert wizard is not None
    wizard.try_voice.click()
    assert (wizard.try_voice.text(), wizard.try_voice.isEnabled()) == ("Speaking…", False)
    qtbot.waitUntil(lambda: wizard.try_voice.text() == "Try it")
    assert wizard.try_voice.isEnabled()
    assert speaker.said() == ["Wall calf stretch, left leg", "Hold"]
    assert ("finish",) in speaker.calls  # it waited for the sample to be said

    def timed_out(text: str, priority: str) -> None:
        raise TimeoutError("timed out")

    speaker.say = timed_out  # type: ignore[method-assign]
    wizard.try_voice.click()
    qtbot.waitUntil(lambda: wizard.try_voice.text() == "Try it")
    assert not wizard.voice_note.isHidden()  # on the page with the button
    assert wizard.voice_note.text() == (
        "The steps cannot be spoken: speech-dispatcher did not answer in time."
    )
    assert desktop.window.banner.text() == ""  # not on the window, later


def serve_ssip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, modules: tuple[str, ...]):
    path = tmp_path / "speechd.sock"
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{path}")
    return FakeDispatcher(path, modules)


@pytest.mark.parametrize(
    ("modules", "answer"),
    [
        (("espeak-ng",), ""),
        ((), "speech-dispatcher has no voice to speak with"),
        (("dummy",), "speech-dispatcher has no voice to speak with"),
    ],
)
def test_found_speech_dispatcher_without_a_voice_was_offered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, modules: tuple[str, ...], answer: str
) -> None:
    monkeypatch.setattr(voice, "missing", lambda: "")
    server = serve_ssip(tmp_path, monkeypatch, modules)
    found = ASK_SPEECH_DISPATCHER("en")
    server.close()
    assert found.startswith(answer) if answer else found == ""


def test_a_speech_dispatcher_that_does_not_answer_is_no_voice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(voice, "missing", lambda: "")
    monkeypatch.setattr(voice, "REPLY_SECONDS", 0.2)
    path = tmp_path / "speechd.sock"
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{path}")
    silent = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    silent.bind(str(path))
    silent.listen(1)  # takes the connection, never answers
    try:
        assert ASK_SPEECH_DISPATCHER("en") == (
            "The steps cannot be spoken: speech-dispatcher did not answer in time."
        )
    finally:
        silent.close()


def test_without_a_voice_found_the_welcome_and_settings_turn_it_off_and_say_why(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, journal
) -> None:
    monkeypatch.setattr(voice, "missing", lambda: "")
    monkeypatch.setattr("coach.ui.welcome.missing", lambda: "")
    monkeypatch.setattr(voice, "probe", lambda language: voice.translate("Voice", voice.NO_MODULE))
    wizard = Welcome(Settings(sound_voice=True), lambda: None, None, lambda: None)
    qtbot.addWidget(wizard)
    qtbot.waitUntil(lambda: not wizard.voice.isEnabled())  # found out without waiting
    assert not wizard.try_voice.isEnabled()
    assert not wizard.chosen().sound_voice
    assert wizard.voice_note.text().startswith("speech-dispatcher has no voice")
    dialog = SettingsDialog(journal, lambda s: True, lambda: None)  # known by now
    qtbot.addWidget(dialog)
    assert not dialog.editors["sound.voice"].isEnabled()
    assert any(
        label.text().startswith("speech-dispatcher has no voice")
        for label in dialog.findChildren(QLabel)
    )


def test_found_a_failed_cancel_after_try_it_put_a_banner_on_the_window(
    make_app, qtbot: QtBot
) -> None:
    """With the voice off, after "Try it", a routine's pause cancelled the speech; the
    cancel timed out and "cannot be spoken" came on the window. Nothing was to be said:
    a cancel that fails is no news."""
    desktop, speaker = with_voice(make_app, on=False)

    def timed_out() -> None:
        raise TimeoutError("timed out")

    speaker.cancel = timed_out  # type: ignore[method-assign]
    with qtbot.waitSignal(desktop.voice.tried):
        desktop.voice.try_it()
    desktop.window.start_routine("evening")
    with qtbot.assertNotEmitted(desktop.voice.unavailable, wait=200):
        desktop.window.player.toggle_pause()
    assert desktop.window.banner.text() == ""


def test_a_check_answered_after_the_app_ended_says_nothing_on_the_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The check's thread outlives a quick quit (speech-dispatcher may take seconds): its
    answer then has no object left to come from. It printed a traceback."""
    import shiboken6

    answer = threading.Event()

    def probe(language: str) -> str:
        answer.wait(10)
        return ""

    monkeypatch.setattr(voice, "probe", probe)
    check = voice.VoiceCheck()
    assert check.ask() is None
    shiboken6.delete(check)  # as at the end of the app
    answer.set()
    assert check._thread is not None
    check._thread.join(10)  # an exception in it fails the test (pytest's thread hook)

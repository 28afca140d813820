"""Spoken guidance: the step, "hold" and "rest", the last three seconds and "well done",
said in the app's language by the voices the person's system already has.

The voice is speech-dispatcher, the service Linux desktops (and their screen readers)
share: it holds the person's chosen synthesizer, voice and rate. Its Python client is not
on PyPI (only Linux distributions package it), so this module speaks its documented
protocol, SSIP, over its Unix socket: five text commands. Like the official client it
starts the service when it is not running.

Nothing here waits on the UI thread: the socket is written by one worker thread, and
speech-dispatcher queues and plays. `Speaker` is the seam the tests replace.
"""

from __future__ import annotations

import contextlib
import getpass
import logging
import os
import queue
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QLocale, QObject, Signal

from coach.core.cues import HOLD_WORD, REST_WORD, Cue, CueKind
from coach.core.text import QT_TRANSLATE_NOOP, translate
from coach.ui.audio import use_system_libraries

if TYPE_CHECKING:
    from coach.core.session import RoutineSession
    from coach.ui.player import CueSink

WELL_DONE = QT_TRANSLATE_NOOP("Voice", "Well done")
NO_VOICE = QT_TRANSLATE_NOOP(
    "Voice", "Install speech-dispatcher and espeak-ng to hear the steps spoken."
)
NOT_HERE = QT_TRANSLATE_NOOP(
    "Voice", "Spoken guidance needs speech-dispatcher, which is not available on this system."
)
FAILED = QT_TRANSLATE_NOOP("Voice", "The steps cannot be spoken: speech-dispatcher did not answer.")
TOO_SLOW = QT_TRANSLATE_NOOP(
    "Voice", "The steps cannot be spoken: speech-dispatcher did not answer in time."
)


def failed(error: BaseException) -> str:
    """Why nothing can be said, in words: the exception's own text is English (it is logged)."""
    return translate("Voice", TOO_SLOW if isinstance(error, TimeoutError) else FAILED)


NO_MODULE = QT_TRANSLATE_NOOP(
    "Voice",
    "speech-dispatcher has no voice to speak with: install speech-dispatcher-espeak-ng "
    "(or another voice for it) to hear the steps spoken.",
)
NOT_SAID = QT_TRANSLATE_NOOP(
    "Voice",
    "speech-dispatcher took the sample but did not say it: its sound output may not work "
    "here (its AudioOutputMethod setting).",
)
SAMPLE_STEP = "Wall calf stretch, left leg"  # a routine title, translated with the routines'
TRY_SECONDS = 10.0  # "Try it" waits at most this long for the sample to be said

# SSIP priorities (speech-dispatcher queues "text" messages in order; a "notification"
# is dropped when anything else is being said, so a count is never said late).
QUEUED = "text"
IF_QUIET = "notification"
SPAWN_SECONDS = 5.0
REPLY_SECONDS = 5.0


class Speaker(Protocol):
    """What says phrases: speech-dispatcher, or a fake in the tests."""

    def say(self, text: str, priority: str) -> None: ...
    def finish(self, timeout: float) -> bool: ...  # until what was said has been said
    def cancel(self) -> None: ...
    def close(self) -> None: ...


def phrases(cues: Iterable[Cue], session: RoutineSession | None) -> list[tuple[str, str]]:
    """What to say for a batch of cues, in order, each with its SSIP priority."""
    said: list[tuple[str, str]] = []
    for cue in cues:
        if cue.kind == CueKind.STEP_START and session is not None:
            step = session.steps[session.phases[cue.phase].step_index].step
            said.append((translate("Routine", step.title), QUEUED))
        elif cue.kind == CueKind.HOLD_START:
            said.append((translate("Routine", HOLD_WORD), QUEUED))
        elif cue.kind == CueKind.REST_START:
            said.append((translate("Routine", REST_WORD), QUEUED))
        elif cue.kind == CueKind.COUNTDOWN:
            said.append((str(cue.seconds_left), IF_QUIET))
        elif cue.kind == CueKind.ROUTINE_DONE:
            said.append((translate("Voice", WELL_DONE), QUEUED))
    return said


def socket_path(environ: dict[str, str] | None = None) -> Path:
    """Where speech-dispatcher listens, as its own client finds it."""
    env = dict(os.environ) if environ is None else environ
    address = env.get("SPEECHD_ADDRESS", "")
    if address.startswith("unix_socket:") and len(address) > len("unix_socket:"):
        return Path(address.partition(":")[2])
    home = env.get("HOME", str(Path.home()))
    runtime = env.get("XDG_RUNTIME_DIR") or env.get("XDG_CACHE_HOME") or f"{home}/.cache"
    return Path(runtime) / "speech-dispatcher" / "speechd.sock"


def missing() -> str:
    """Empty where speech can be had here; else the sentence saying what to install."""
    if not sys.platform.startswith("linux"):
        return translate("Voice", NOT_HERE)  # SAPI and macOS voices: not yet
    if shutil.which("speech-dispatcher") or socket_path().exists():
        return ""
    return translate("Voice", NO_VOICE)


def probe(language: str) -> str:
    """Empty where a voice speaks here; else the sentence saying why not. Asks
    speech-dispatcher itself (started if need be) for its output modules: installed
    without one (or not answering), it cannot speak. Blocking, with timeouts: run it on
    a worker thread (`VoiceCheck`)."""
    if needed := missing():
        return needed
    speaker = SpeechDispatcher(language)
    try:
        modules = speaker.modules()
    except Exception as error:  # not installed after all, not starting, not answering
        logging.getLogger(__name__).info("no voice: %s", error)
        return failed(error)
    finally:
        speaker.close()
    if not [module for module in modules if module != "dummy"]:
        return translate("Voice", NO_MODULE)
    return ""


class VoiceCheck(QObject):
    """Whether a voice speaks here, found out once on a worker thread (speech-dispatcher
    may take seconds to start, or never answer): the UI never waits for it."""

    answered = Signal(str)  # "" or the sentence saying why not

    def __init__(self) -> None:
        super().__init__()
        self.known: str | None = None
        self._thread: threading.Thread | None = None

    def ask(self) -> str | None:
        """The answer, if known; else None, and `answered` says it once found."""
        if self.known is None and (self._thread is None or not self._thread.is_alive()):
            language = voice_language()
            self._thread = threading.Thread(
                target=self._check, args=(language,), name="voice-check", daemon=True
            )
            self._thread.start()
        return self.known

    def assume(self, answer: str) -> None:
        """Take `answer` as found, without asking (the snapshot draws the choice offered)."""
        self.known = answer

    def _check(self, language: str) -> None:
        self.known = answer = sys.modules[__name__].probe(language)  # the tests' seam
        with contextlib.suppress(RuntimeError):  # the app ended while it asked: none to tell
            self.answered.emit(answer)


_CHECK: VoiceCheck | None = None


def voice_check() -> VoiceCheck:
    """The app's one check for a voice."""
    global _CHECK
    if _CHECK is None:
        _CHECK = VoiceCheck()
    return _CHECK


def voice_language(locale: QLocale | None = None) -> str:
    """The language to speak: the app's (Spanish under the Spanish translation)."""
    from coach.ui.translations import language

    chosen = language(locale or QLocale())
    return (chosen or "en").split("_")[0]


class SpeechError(OSError):
    """speech-dispatcher could not be reached or refused a command."""


class SpeechDispatcher:
    """One SSIP connection, opened (and the service started) on first use. Blocking:
    used only from the `Voice` worker thread."""

    def __init__(self, language: str, environ: dict[str, str] | None = None) -> None:
        self._language = language
        self._environ = environ
        self._socket: socket.socket | None = None
        self._buffer = b""
        self._data: list[str] = []  # the lines of the last reply before its last
        self._last: str | None = None  # the id of the last message spoken
        self._event: list[str] = []  # the lines of an event still coming
        self._ended: set[str] = set()  # messages said to their end, or cancelled

    def say(self, text: str, priority: str) -> None:
        self._connected()
        self._command(f"SET self PRIORITY {priority}")
        self._command("SPEAK")
        # The text ends at a line holding a lone dot; a line starting with one is doubled.
        lines = [("." + line if line.startswith(".") else line) for line in text.splitlines()]
        self._command("\r\n".join([*lines, "."]))
        self._last = self._data[0] if self._data else None  # 225-<id>

    def finish(self, timeout: float) -> bool:
        """Wait (at most `timeout` seconds) until the last message was said or cancelled:
        speech-dispatcher tells its end (notifications are on from the first connect).
        Whether it did (it does not where its sound output fails)."""
        if self._socket is None or self._last is None:
            return True
        deadline = time.monotonic() + timeout
        try:
            while self._last not in self._ended:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._socket.settimeout(left)
                self._heard(self._line())
            return True
        except TimeoutError:
            return False
        finally:
            if self._socket is not None:
                self._socket.settimeout(REPLY_SECONDS)

    def modules(self) -> list[str]:
        """The output modules (synthesizers) speech-dispatcher has."""
        self._connected()
        self._command("LIST OUTPUT_MODULES")
        return list(self._data)

    def cancel(self) -> None:
        if self._socket is not None:
            self._command("CANCEL self")

    def close(self) -> None:
        connection, self._socket = self._socket, None
        if connection is None:
            return
        with contextlib.suppress(OSError):
            connection.sendall(b"QUIT\r\n")
        connection.close()

    def _connected(self) -> None:
        if self._socket is not None:
            return
        path = socket_path(self._environ)
        try:
            self._socket = self._connect(path)
        except OSError:
            self._spawn(path)
            self._socket = self._connect(path)
        self._buffer = b""
        self._command(f"SET self CLIENT_NAME {self._user()}:bedtime-coach:main")
        self._command(f"SET self LANGUAGE {self._language}")
        # Told when a message was said, or cancelled ("Try it" waits for it).
        self._command("SET self NOTIFICATION end on")
        self._command("SET self NOTIFICATION cancel on")

    def _user(self) -> str:
        """Who is speaking, for speech-dispatcher's per-client settings."""
        if self._environ is not None:
            return "user"
        try:
            return getpass.getuser().replace(" ", "_").replace(":", "_") or "user"
        except (KeyError, OSError):  # a user id with no name (some containers)
            return "user"

    @staticmethod
    def _connect(path: Path) -> socket.socket:
        connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        connection.settimeout(REPLY_SECONDS)
        try:
            connection.connect(str(path))
        except OSError:
            connection.close()
            raise
        return connection

    def _spawn(self, path: Path) -> None:
        """Start the service as its own client does; it daemonizes and ends by itself
        once no client has been connected for a while."""
        program = shutil.which("speech-dispatcher")
        if program is None:
            raise SpeechError("speech-dispatcher is not installed")
        path.parent.mkdir(parents=True, exist_ok=True)
        command = [program, "--spawn", "--communication-method", "unix_socket"]
        command += ["--socket-path", str(path)]
        environ = dict(os.environ if self._environ is None else self._environ)
        # speech-dispatcher refuses to start under a locale the system has not generated
        # (setlocale fails); the language spoken is set per connection, so C will do.
        for tried in (environ, {**environ, "LC_ALL": "C.UTF-8"}):
            try:
                done = subprocess.run(
                    command,
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    timeout=SPAWN_SECONDS,
                    env=tried,
                    check=False,
                )
            except subprocess.TimeoutExpired as error:
                raise SpeechError("speech-dispatcher did not start") from error
            if done.returncode == 0:
                return

    def _command(self, line: str) -> str:
        """Send one command; its reply, or SpeechError for a refusal."""
        assert self._socket is not None
        self._socket.sendall(line.encode() + b"\r\n")
        reply = self._reply()
        if not reply.startswith("2"):
            raise SpeechError(reply)
        return reply

    def _reply(self) -> str:
        """The last line of a reply (`225-12` lines come before `225 OK MESSAGE QUEUED`;
        they are kept in `_data`); events (7xx) that come in between are taken note of."""
        data: list[str] = []
        while True:
            line = self._line()
            if line.startswith("7"):
                self._heard(line)
            elif len(line) < 4 or line[3] != "-":
                self._data = data
                return line
            else:
                data.append(line[4:])

    def _heard(self, line: str) -> None:
        """A line of an event: `702-<message>`, `702-<client>`, `702 END` (703: cancelled)."""
        if line[3:4] == "-":
            self._event.append(line[4:])
            return
        event, self._event = self._event, []
        if line[:3] in ("702", "703") and event:
            self._ended.add(event[0])

    def _line(self) -> str:
        assert self._socket is not None
        while True:
            end = self._buffer.find(b"\r\n")
            if end >= 0:
                line = self._buffer[:end].decode(errors="replace")
                self._buffer = self._buffer[end + 2 :]
                return line
            data = self._socket.recv(4096)
            if not data:
                raise SpeechError("speech-dispatcher closed the connection")
            self._buffer += data


class Voice(QObject):
    """A sink for the player's cues (beside the cue player) that says them; on or off
    with `sound.voice`. Stops (cancels what is queued) with pause, stop and quit."""

    unavailable = Signal(str)  # once, when speech-dispatcher fails during a routine
    tried = Signal(str)  # "Try it" is over: "" (said), or the sentence saying why not

    def __init__(
        self,
        session: Callable[[], RoutineSession | None],
        enabled: bool = False,
        speaker: Callable[[], Speaker] | None = None,
    ) -> None:
        super().__init__()
        self._session = session
        self._enabled = enabled
        language = voice_language()
        # Before the worker can start speech-dispatcher (the bundle's library path).
        use_system_libraries()
        self._make_speaker = speaker or (lambda: SpeechDispatcher(language))
        # (generation, "say" or "cancel", text, priority); None ends the worker
        self._jobs: queue.SimpleQueue[tuple[int, str, str, str] | None] = queue.SimpleQueue()
        self._generation = 0  # bumped by each cancel: what was queued before it is dropped
        self._thread: threading.Thread | None = None
        self._failed = False  # the failure was said

    @property
    def enabled(self) -> bool:
        return self._enabled

    def configure(self, enabled: bool) -> None:
        self._enabled = enabled
        if not enabled:
            self.stop()

    # -- the player's cue sink --------------------------------------------------------

    def start(self) -> None:
        """Start the worker, when the voice is on; harmless to call twice."""
        if self._enabled:
            self._start()

    def _start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="voice", daemon=True)
            self._thread.start()

    def play_cues(self, cues: Iterable[Cue]) -> None:
        if not self._enabled:
            return
        cues = list(cues)
        if any(cue.kind in (CueKind.STEP_START, CueKind.ROUTINE_DONE) for cue in cues):
            self.stop()  # a new step, or the end: what is still queued is stale
        for text, priority in phrases(cues, self._session()):
            self._put("say", text, priority)

    def stop(self) -> None:
        """Silence what is being said and drop what is queued (pause, stop)."""
        if self._thread is None:
            return
        self._generation += 1
        self._put("cancel", "", "")

    def try_it(self) -> None:
        """A sample, whether the setting is on or not: the person is choosing. `tried`
        says when it has been said, or why it could not be (to the welcome, where the
        person is; not to the window later)."""
        self.stop()
        sample = "\n".join((translate("Routine", SAMPLE_STEP), translate("Routine", HOLD_WORD)))
        self._put("try", sample, QUEUED)

    def shutdown(self) -> None:
        """Cancel what is said, close the connection and end the worker."""
        if self._thread is None:
            return
        self.stop()
        self._jobs.put(None)
        self._thread.join(timeout=2 * REPLY_SECONDS)
        self._thread = None

    def _put(self, action: str, text: str, priority: str) -> None:
        self._start()
        self._jobs.put((self._generation, action, text, priority))

    # -- the worker thread --------------------------------------------------------------

    def _work(self) -> None:
        speaker: Speaker | None = None
        while (job := self._jobs.get()) is not None:
            generation, action, text, priority = job
            if action in ("say", "try") and generation != self._generation:
                if action == "try":
                    self.tried.emit("")
                continue  # cancelled before its turn
            if action == "cancel" and speaker is None:
                continue  # nothing said yet: no need to start speech-dispatcher
            try:
                speaker = speaker or self._make_speaker()
                if action == "cancel":
                    speaker.cancel()
                elif action == "try":
                    for line in text.splitlines():
                        speaker.say(line, priority)
                    said = speaker.finish(TRY_SECONDS)
                    self.tried.emit("" if said else translate("Voice", NOT_SAID))
                else:
                    speaker.say(text, priority)
            except Exception as error:  # no service, or it went: said once; the next
                # phrase connects afresh (a restarted speech-dispatcher speaks again)
                logging.getLogger(__name__).info("speech failed: %s", error)
                if speaker is not None:
                    with contextlib.suppress(Exception):
                        speaker.close()
                speaker = None
                if action == "try":  # said where the person tried it, at once
                    self.tried.emit(failed(error))
                elif action == "say" and not self._failed:  # a phrase lost, not a cancel
                    self._failed = True
                    self.unavailable.emit(failed(error))
        if speaker is not None:
            with contextlib.suppress(OSError):
                speaker.cancel()
            speaker.close()


class CueSinks:
    """Several sinks for the player's cues as one: the cue sounds and the voice."""

    def __init__(self, *sinks: CueSink) -> None:
        self._sinks = sinks

    def start(self) -> None:
        for sink in self._sinks:
            sink.start()

    def play_cues(self, cues: list[Cue]) -> None:
        for sink in self._sinks:
            sink.play_cues(cues)

    def stop(self) -> None:
        for sink in self._sinks:
            sink.stop()

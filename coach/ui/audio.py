"""The cue player: short sounds for hold, rest, the last seconds, step and routine done,
and the reminder's chime.

playsound3 plays files from disk with a helper process (gst-play-1.0 on Linux) and probes
for those helpers with subprocesses when it is imported, so everything here runs on one
worker thread, started on first use: the UI thread never waits for a sound. Volume is
applied by scaling the samples of the copies written to the cache folder.
"""

from __future__ import annotations

import array
import io
import logging
import os
import queue
import sys
import threading
import wave
from collections.abc import Callable, Iterable, MutableMapping
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import QObject, Signal

from coach.core.cues import Cue, CueKind
from coach.core.text import QT_TRANSLATE_NOOP, translate
from coach.ui.assets import read_resource

# When several cues fall on one instant (a step ends as the next hold starts), the one
# that tells the person what to do now is played.
PRIORITY: tuple[CueKind, ...] = (
    CueKind.ROUTINE_DONE,
    CueKind.HOLD_START,
    CueKind.REST_START,
    CueKind.STEP_DONE,
    CueKind.COUNTDOWN,
)
SOUND_FILES = {
    CueKind.ROUTINE_DONE: "routine-done",
    CueKind.HOLD_START: "hold-start",
    CueKind.REST_START: "rest-start",
    CueKind.STEP_DONE: "step-done",
    CueKind.COUNTDOWN: "tick",
}
NO_PLAYER = QT_TRANSLATE_NOOP(
    "Audio",
    "No sound player was found, so the cues are shown as a flash of the ring instead. "
    "On Linux, installing gst-play-1.0 (package gstreamer1.0-plugins-base-apps) brings "
    "the sounds.",
)


def _load_playsound3() -> ModuleType | None:
    """playsound3, if it has a helper to play sounds with on this machine."""
    # It logs its own warning when it finds none; the app says it in its own words.
    logger = logging.getLogger("playsound3")
    logger.addHandler(logging.NullHandler())
    logger.propagate = False
    try:
        import playsound3
    except Exception:  # any failure to load means: no sound
        return None
    return playsound3 if playsound3.DEFAULT_BACKEND is not None else None


def use_system_libraries(environ: MutableMapping[str, str] = os.environ) -> None:
    """In a PyInstaller bundle, give the helpers the system's library path back.

    The bundle's launcher puts its own folder first in LD_LIBRARY_PATH (keeping what was
    there as LD_LIBRARY_PATH_ORIG), and every child inherits it: the system's gst-play-1.0
    would load the bundle's glib. This process keeps what it loaded at start either way.
    """
    if not getattr(sys, "frozen", False):
        return
    original = environ.get("LD_LIBRARY_PATH_ORIG")
    if original is None:
        environ.pop("LD_LIBRARY_PATH", None)
    else:
        environ["LD_LIBRARY_PATH"] = original


def loudest_cue(cues: Iterable[Cue]) -> CueKind | None:
    """The one cue of a batch worth a sound, if any."""
    kinds = {cue.kind for cue in cues}
    return next((kind for kind in PRIORITY if kind in kinds), None)


def scaled_wav(data: bytes, volume: int) -> bytes:
    """A 16-bit WAV file with its samples scaled to `volume` percent."""
    with wave.open(io.BytesIO(data)) as source:
        params = source.getparams()
        samples = array.array("h", source.readframes(params.nframes))
    if sys.byteorder == "big":
        samples.byteswap()
    # Loudness is heard roughly logarithmically: a squared scale feels even.
    factor = (volume / 100) ** 2
    scaled = array.array("h", (round(sample * factor) for sample in samples))
    if sys.byteorder == "big":
        scaled.byteswap()
    out = io.BytesIO()
    with wave.open(out, "wb") as target:
        target.setparams(params)
        target.writeframes(scaled.tobytes())
    return out.getvalue()


# A file in the cache folder by its relative name, made on first use (`Journal.cache_file`).
CacheFile = Callable[[str, Callable[[], bytes]], Path]


class CuePlayer(QObject):
    """Plays one cue at a time, off the UI thread."""

    unavailable = Signal(str)  # once, when no sound can be played here

    def __init__(self, cache_file: CacheFile, enabled: bool = True, volume: int = 70) -> None:
        super().__init__()
        self._cache_file = cache_file
        self._enabled = enabled
        self._volume = volume
        self._jobs: queue.SimpleQueue[tuple[str, str] | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._playing: Any = None  # playsound3's Sound while a cue plays
        self._thread: threading.Thread | None = None
        # Here on the UI thread, before the worker imports playsound3 (whose probes run
        # helpers) and before any helper plays.
        use_system_libraries()

    def configure(self, enabled: bool, volume: int) -> None:
        self._enabled, self._volume = enabled, volume
        if not enabled or volume == 0:
            self.stop()

    def start(self) -> None:
        """Start the worker, which finds the sound helper; harmless to call twice."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="cue-player", daemon=True)
            self._thread.start()

    def play_cues(self, cues: Iterable[Cue]) -> None:
        kind = loudest_cue(cues)
        if kind is None or not self._enabled or self._volume == 0:
            return
        self.start()
        self._jobs.put(("play", SOUND_FILES[kind]))

    def play_chime(self) -> None:
        """The reminder's chime, when sound is on."""
        if self._enabled and self._volume > 0:
            self.start()
            self._jobs.put(("play", "chime"))

    def stop(self) -> None:
        """Silence what is playing now (pause, stop), without waiting for it."""
        self._terminate()
        self._jobs.put(("stop", ""))  # the worker reaps the helper

    def shutdown(self) -> None:
        """Stop, and end the worker: no helper process outlives the app."""
        self._terminate()
        if self._thread is not None:
            self._jobs.put(None)
            self._thread.join(timeout=5)
            self._thread = None
        self._stop_playing()

    # -- the worker thread ----------------------------------------------------------

    def _terminate(self) -> None:
        with self._lock:
            playing = self._playing
        if playing is not None and playing.is_alive():
            playing.stop()

    def _stop_playing(self) -> None:
        """Stop the helper and wait for it to go: on the worker thread, or at exit."""
        with self._lock:
            playing, self._playing = self._playing, None
        if playing is not None and playing.is_alive():
            playing.stop()
            try:
                playing.subprocess.wait(timeout=2)  # reap it: no zombie left behind
            except Exception:  # a helper that will not die is reported, not fatal
                logging.getLogger(__name__).warning("a sound helper did not stop")

    def _work(self) -> None:
        playsound3 = _load_playsound3()
        if playsound3 is None:
            self.unavailable.emit(NO_PLAYER)
        while (job := self._jobs.get()) is not None:
            action, name = job
            if action == "stop":
                self._stop_playing()  # one that started while the stop was on its way
                continue
            if playsound3 is None:
                continue
            if not self._jobs.empty():
                continue  # a newer cue or a stop is waiting: this one is already late
            try:
                path = self._file(name)
            except OSError:  # a full or read-only cache: this cue is silent, the next may not be
                logging.getLogger(__name__).exception("cue %s not written to the cache", name)
                continue
            self._stop_playing()
            try:
                sound = playsound3.playsound(path, block=False)
            except Exception as error:  # the helper failed: say so once, play no more
                playsound3 = None
                self.unavailable.emit(f"{translate('Audio', NO_PLAYER)} ({error})")
                continue
            with self._lock:
                self._playing = sound
        self._stop_playing()

    def _file(self, name: str) -> Path:
        """The cue at the current volume in the cache, written on first use."""
        volume = self._volume
        return self._cache_file(
            f"sounds/{name}-{volume}.wav",
            lambda: scaled_wav(read_resource(f":/sounds/{name}.wav"), volume),
        )

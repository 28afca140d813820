"""Real sound: the app's cues through GStreamer into an ALSA file sink, no sound card."""

from __future__ import annotations

import array
import fcntl
import math
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

from tests.system.conftest import QUICK, RunningApp, need, wait_for

# ALSA's file plugin writes what is played to a file; a FIFO keeps every cue in order.
# The plug in front fixes the format, so the samples are always 16-bit mono.
ASOUNDRC = """
pcm.!default {{
    type plug
    slave {{ pcm "capture"; format S16_LE; rate 22050; channels 1 }}
}}
pcm.capture {{
    type file
    slave.pcm "null"
    file "{sink}"
    format "raw"
}}
"""


PIPE_BYTES = 1 << 20  # Linux's default limit for an unprivileged pipe


class Capture:
    """Reads everything played into the FIFO, for as long as the test runs."""

    def __init__(self, fifo: Path) -> None:
        os.mkfifo(fifo)
        # Opened for writing too, so that each player closing it is no end of file.
        self._fd = os.open(fifo, os.O_RDWR)
        # ALSA drops what does not fit in the pipe; a large one holds a whole cue.
        fcntl.fcntl(self._fd, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
        self._chunks: list[bytes] = []
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        while data := os.read(self._fd, 1 << 20):
            self._chunks.append(data)

    def samples(self) -> array.array:
        data = b"".join(self._chunks)
        return array.array("h", data[: len(data) // 2 * 2])

    def tones(self) -> list[str]:
        """The cues heard, in order, as "hold" or "rest" by their notes.

        GStreamer feeding an unpaced sink may drop or split samples, so a cue is known
        by its notes, not by its length: hold starts on G5, rest ends on C4. Windows of
        the same kind in a row are one cue (the step-done and routine-done chimes, which
        end high too, read as "hold").
        """
        samples = self.samples()
        kinds: list[str] = []
        for start in range(0, len(samples) - WINDOW, WINDOW):
            window = samples[start : start + WINDOW]
            if max(map(abs, window)) < 300:
                continue
            high, low = _power(window, 783.99), _power(window, 261.63)
            if max(high, low) < 0.05 * _energy(window):
                continue
            kind = "hold" if high > low else "rest"
            if not kinds or kinds[-1] != kind:
                kinds.append(kind)
        return kinds


WINDOW = 1024  # samples at 22050 Hz: 46 ms


def _energy(window: array.array) -> float:
    return sum(x * x for x in window) * len(window) / 2


def _power(window: array.array, frequency: float) -> float:
    """Goertzel: the power of one frequency in a window of 22050 Hz samples."""
    coefficient = 2 * math.cos(2 * math.pi * frequency / 22050)
    previous = before = 0.0
    for sample in window:
        previous, before = sample + coefficient * previous - before, previous
    return previous * previous + before * before - coefficient * previous * before


def helpers_of(pid: int) -> list[int]:
    """The child processes of `pid` that are sound helpers."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        if parent == pid and b"gst-play" in command:
            found.append(int(entry.name))
    return found


def helpers_playing(folder: Path) -> list[int]:
    """Any sound helper anywhere still playing a file from `folder`."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if b"gst-play" in command and str(folder).encode() in command:
                found.append(int(entry.name))
    return found


def test_the_cues_sound_in_order_and_no_player_is_left(
    start_app: Callable[..., RunningApp], app_env: dict[str, str], tmp_path: Path
) -> None:
    need("gst-play-1.0", "gstreamer1.0-plugins-base-apps")
    home = Path(app_env["HOME"])
    home.mkdir(parents=True, exist_ok=True)
    capture = Capture(tmp_path / "sink.raw")
    (home / ".asoundrc").write_text(ASOUNDRC.format(sink=tmp_path / "sink.raw"))

    app = start_app({**QUICK, "sound": {"enabled": True, "volume": 100}})
    app.keys("Return")  # the evening routine: 1 s hold, 1 s rest, each leg
    time.sleep(5)
    app.keys("Right", "Right", "Right", "Return")  # past the walk and massages; Done
    wait_for(app.runs)
    # Hold and rest for the left leg, then for the right; then the chimes of the
    # stretches done and of the routine done, which end high like a hold.
    wait_for(lambda: not helpers_of(app.process.pid), timeout=10)  # all played, none left
    assert capture.tones() == ["hold", "rest", "hold", "rest", "hold"]

    code, stderr = app.quit()
    assert (code, stderr) == (0, "")
    assert helpers_playing(app.data) == []


def test_stop_and_quit_silence_a_cue_that_is_still_playing(
    start_app: Callable[..., RunningApp], app_env: dict[str, str], tmp_path: Path
) -> None:
    need("gst-play-1.0", "gstreamer1.0-plugins-base-apps")
    home = Path(app_env["HOME"])
    home.mkdir(parents=True, exist_ok=True)
    sink = tmp_path / "sink.raw"
    # A FIFO that nobody reads: the player waits on it for ever, a cue that never ends.
    os.mkfifo(sink)
    (home / ".asoundrc").write_text(ASOUNDRC.format(sink=sink))
    app = start_app({**QUICK, "sound": {"enabled": True, "volume": 100}})

    app.keys("Return")
    wait_for(lambda: helpers_of(app.process.pid), timeout=10)
    time.sleep(0.5)
    assert helpers_of(app.process.pid)  # still playing: the pipe is full
    app.keys("Escape")  # stop the routine
    wait_for(lambda: not helpers_of(app.process.pid), timeout=10)

    app.keys("Return")  # back to the routines
    app.keys("Return")  # and start again
    wait_for(lambda: helpers_of(app.process.pid), timeout=10)
    code, _ = app.quit()
    assert code == 0
    wait_for(lambda: not helpers_playing(app.data), timeout=5)

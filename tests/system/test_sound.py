"""Real sound: the app's cues through GStreamer into an ALSA file sink, no sound card."""

from __future__ import annotations

import array
import itertools
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

from tests.system.conftest import QUICK, RunningApp, need, wait_for

# ALSA's file plugin writes what is played to a file; a FIFO keeps every cue in order.
ASOUNDRC = """
pcm.!default {{
    type file
    slave.pcm "null"
    file "{sink}"
    format "raw"
}}
"""


class Capture:
    """Reads everything played into the FIFO, for as long as the test runs."""

    def __init__(self, fifo: Path) -> None:
        os.mkfifo(fifo)
        # Opened for writing too, so that each player closing it is no end of file.
        self._fd = os.open(fifo, os.O_RDWR)
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
        """Each cue heard, in order: 'up' if its pitch rises, 'down' if it falls."""
        samples = self.samples()
        block, gap = 256, 16  # blocks; quiet for 16 blocks ends a cue
        loud = [
            max(map(abs, samples[i : i + block]), default=0) > 600
            for i in range(0, len(samples), block)
        ]
        runs, start, quiet = [], None, 0
        for index, is_loud in enumerate(loud):
            if is_loud:
                start = index if start is None else start
                quiet = 0
            elif start is not None:
                quiet += 1
                if quiet > gap:
                    runs.append((start * block, (index - quiet + 1) * block))
                    start, quiet = None, 0
        if start is not None:
            runs.append((start * block, len(samples)))
        return [_direction(samples[a:b]) for a, b in runs]


def _crossings(samples: array.array) -> int:
    return sum((a < 0) != (b < 0) for a, b in itertools.pairwise(samples))


def _direction(samples: array.array) -> str:
    """Rising or falling pitch, from the zero-crossing rates of the first and last parts."""
    part = len(samples) * 2 // 5
    first, last = _crossings(samples[:part]), _crossings(samples[-part:])
    return "up" if last > first else "down"


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
    # Hold rises, rest falls: hold, rest for the left leg, then for the right; then the
    # chimes of the stretches done and of the routine done.
    wait_for(lambda: len(capture.tones()) >= 6, timeout=20)
    assert capture.tones() == ["up", "down", "up", "down", "up", "up"]
    wait_for(lambda: not helpers_of(app.process.pid), timeout=10)

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
    os.mkfifo(sink)
    # Held open but never read: once the pipe is full a cue plays on and on.
    stuck = os.open(sink, os.O_RDWR)
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
    os.close(stuck)

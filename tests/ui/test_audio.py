import array
import errno
import io
import subprocess
import sys
import time
import wave
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest

from coach.core.cues import Cue, CueKind
from coach.journal import Journal
from coach.ui import audio
from coach.ui.assets import read_resource
from coach.ui.audio import CuePlayer, loudest_cue, scaled_wav
from tests.conftest import ROOT


def samples(data: bytes) -> array.array:
    with wave.open(io.BytesIO(data)) as file:
        assert (file.getsampwidth(), file.getnchannels()) == (2, 1)
        return array.array("h", file.readframes(file.getnframes()))


def test_the_cue_that_says_what_to_do_now_wins() -> None:
    step_ends_as_hold_starts = [
        Cue(CueKind.STEP_DONE, 5),
        Cue(CueKind.STEP_START, 6),
        Cue(CueKind.HOLD_START, 6),
    ]
    assert loudest_cue(step_ends_as_hold_starts) == CueKind.HOLD_START
    assert loudest_cue([Cue(CueKind.COUNTDOWN, 0, 1)]) == CueKind.COUNTDOWN
    assert loudest_cue([Cue(CueKind.STEP_START, 0)]) is None
    assert loudest_cue([Cue(CueKind.STEP_DONE, 9), Cue(CueKind.ROUTINE_DONE, 9)]) == (
        CueKind.ROUTINE_DONE
    )


def test_the_cues_are_short_soft_and_distinct() -> None:
    sounds = {}
    for name in ("hold-start", "rest-start", "tick", "step-done", "routine-done"):
        data = read_resource(f":/sounds/{name}.wav")
        sounds[name] = data
        values = samples(data)
        assert len(values) / 22050 < 2.0  # short
        assert 0.2 * 32767 < max(map(abs, values)) < 0.4 * 32767  # soft, not silent
    assert len(set(sounds.values())) == 5


def test_volume_scales_the_samples(tmp_path: Path) -> None:
    original = read_resource(":/sounds/hold-start.wav")
    half = samples(scaled_wav(original, 50))
    full = samples(scaled_wav(original, 100))
    assert list(full) == list(samples(original))
    assert max(map(abs, half)) == round(max(map(abs, full)) * 0.25)  # half on a squared scale
    assert set(samples(scaled_wav(original, 0))) == {0}


def test_the_sounds_are_made_by_the_script(tmp_path: Path) -> None:
    script = (ROOT / "tools" / "make_sounds.py").read_text()
    copy = tmp_path / "tools" / "make_sounds.py"
    copy.parent.mkdir()
    copy.write_text(script)
    subprocess.run([sys.executable, copy], check=True, capture_output=True)
    for made in (tmp_path / "assets" / "sounds").iterdir():
        assert made.read_bytes() == (ROOT / "assets" / "sounds" / made.name).read_bytes()


def no_cache_file(name: str, make: Callable[[], bytes]) -> Path:
    raise AssertionError(f"{name} was asked for")


def test_a_muted_player_starts_nothing() -> None:
    player = CuePlayer(no_cache_file, enabled=False)
    player.play_cues([Cue(CueKind.HOLD_START, 0)])
    assert player._thread is None
    player.configure(enabled=True, volume=0)
    player.play_cues([Cue(CueKind.HOLD_START, 0)])
    assert player._thread is None
    player.shutdown()


def test_a_cue_is_written_to_the_cache_once_at_each_volume(journal: Journal) -> None:
    player = CuePlayer(journal.cache_file, volume=50)
    path = player._file("tick")
    assert path == journal.paths.cache_dir / "sounds" / "tick-50.wav"
    assert path.read_bytes() == scaled_wav(read_resource(":/sounds/tick.wav"), 50)
    path.write_bytes(b"kept")  # made once: not written again
    assert player._file("tick").read_bytes() == b"kept"
    player.configure(enabled=True, volume=80)
    assert player._file("tick") == journal.paths.cache_dir / "sounds" / "tick-80.wav"
    assert player._thread is None  # nothing was played
    player.shutdown()


class FakeSound:
    def is_alive(self) -> bool:
        return False

    def stop(self) -> None:
        pass


def test_a_cache_that_cannot_be_written_does_not_silence_the_cues_for_good(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # BUG (coach/ui/audio.py, CuePlayer._work): `path = self._file(name)` is outside the
    # try, so an OSError from the cache (a full disk, a read-only cache folder) ends the
    # worker thread: that cue and every later one are silent, with nothing said. Left
    # failing until it is fixed (see the report).
    played: list[Path] = []
    monkeypatch.setattr(
        audio,
        "_load_playsound3",
        lambda: SimpleNamespace(
            DEFAULT_BACKEND="fake",
            playsound=lambda path, block: played.append(path) or FakeSound(),
        ),
    )
    asked: list[str] = []

    def cache_file(name: str, make: Callable[[], bytes]) -> Path:
        asked.append(name)
        if len(asked) == 1:
            raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / name))
        return tmp_path / name

    player = CuePlayer(cache_file)
    try:
        player.play_cues([Cue(CueKind.HOLD_START, 0)])
        deadline = time.monotonic() + 5
        while not asked and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.1)  # the worker is done with the first cue, one way or the other
        player.play_cues([Cue(CueKind.REST_START, 1)])
        while not played and time.monotonic() < deadline:
            time.sleep(0.01)
        assert played == [tmp_path / "sounds/rest-start-70.wav"]
    finally:
        player.shutdown()


NO_BACKEND = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from coach.ui.audio import CuePlayer
from coach.core.cues import Cue, CueKind

app = QCoreApplication([])
def cache_file(name, make):
    path = Path(sys.argv[1]) / name
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(make())
    return path


player = CuePlayer(cache_file)
said = []
player.unavailable.connect(said.append)
for _ in range(3):
    player.play_cues([Cue(CueKind.HOLD_START, 0)])
QTimer.singleShot(1500, app.quit)
app.exec()
player.shutdown()
print(len(said), said[0] if said else "")
"""


def test_without_a_sound_helper_it_says_so_once(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", NO_BACKEND, str(tmp_path)],
        env={"PATH": str(tmp_path), "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    count, message = result.stdout.split(" ", 1)
    assert count == "1"
    assert "No sound player was found" in message
    assert "No supported audio backends" not in result.stderr  # said in our words only


@pytest.mark.parametrize(
    ("frozen", "before", "after"),
    [
        # A bundle: the launcher's folder goes, what the person had comes back.
        (
            True,
            {"LD_LIBRARY_PATH": "/opt/b:/usr/local/lib", "LD_LIBRARY_PATH_ORIG": "/usr/local/lib"},
            "/usr/local/lib",
        ),
        (True, {"LD_LIBRARY_PATH": "/opt/b"}, None),
        # From source or pip, the person's own path is theirs.
        (False, {"LD_LIBRARY_PATH": "/opt/b", "LD_LIBRARY_PATH_ORIG": "/x"}, "/opt/b"),
    ],
)
def test_the_sound_helper_gets_the_systems_library_path(
    monkeypatch: pytest.MonkeyPatch, frozen: bool, before: dict[str, str], after: str | None
) -> None:
    monkeypatch.setattr(sys, "frozen", frozen, raising=False)
    environ = dict(before)
    audio.use_system_libraries(environ)
    assert environ.get("LD_LIBRARY_PATH") == after

import array
import io
import subprocess
import sys
import wave
from pathlib import Path

from coach.ui.assets import read_resource
from coach.ui.audio import CuePlayer, loudest_cue, scaled_wav
from coach.core.session import Cue, CueKind
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


def test_a_muted_player_starts_nothing(tmp_path: Path) -> None:
    player = CuePlayer(tmp_path, enabled=False)
    player.play_cues([Cue(CueKind.HOLD_START, 0)])
    assert player._thread is None
    player.configure(enabled=True, volume=0)
    player.play_cues([Cue(CueKind.HOLD_START, 0)])
    assert player._thread is None
    player.shutdown()


NO_BACKEND = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from coach.ui.audio import CuePlayer
from coach.core.session import Cue, CueKind

app = QCoreApplication([])
player = CuePlayer(Path(sys.argv[1]))
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

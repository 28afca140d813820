"""Real speech: the steps spoken through speech-dispatcher and espeak-ng into an ALSA file
sink during a routine, no sound card; and nothing from speech with the voice off."""

from __future__ import annotations

import contextlib
import os
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.system.conftest import QUICK, RunningApp, need, wait_for
from tests.system.test_sound import ASOUNDRC, Capture

# speech-dispatcher reads the person's own configuration: through ALSA (the file sink),
# with espeak-ng; its log (level 5) shows what it was asked to say, and in which language.
SPEECHD_CONF = """
AudioOutputMethod "alsa"
AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
DefaultModule espeak-ng
LogLevel 5
"""
SPOKEN = {
    "C.UTF-8": ("en", "Wall calf stretch, left leg", "Hold"),
    "es_ES.UTF-8": ("es", "Estiramiento de pantorrilla en la pared, pierna izquierda", "Mantén"),
}
MODULES = ("/usr/lib/speech-dispatcher-modules", "/usr/lib64/speech-dispatcher-modules")


def speech_setup(home: Path, sink: Path) -> Capture:
    need("speech-dispatcher", "speech-dispatcher")
    need("espeak-ng", "espeak-ng")
    if not any(Path(folder, "sd_espeak-ng").exists() for folder in MODULES):
        pytest.skip("speech-dispatcher's espeak-ng module is missing (speech-dispatcher-espeak-ng)")
    home.mkdir(parents=True, exist_ok=True)
    capture = Capture(sink)
    (home / ".asoundrc").write_text(ASOUNDRC.format(sink=sink))
    conf = home / ".config" / "speech-dispatcher" / "speechd.conf"
    conf.parent.mkdir(parents=True)
    conf.write_text(SPEECHD_CONF)
    return capture


def stop_speech_dispatcher(home: Path) -> None:
    """The service the app started for this home ends by itself after a while idle; a
    test does not wait for it."""
    pid_file = home / ".cache" / "speech-dispatcher" / "pid" / "speech-dispatcher.pid"
    if pid_file.exists():
        with contextlib.suppress(ValueError, ProcessLookupError):
            os.kill(int(pid_file.read_text().strip()), signal.SIGTERM)


def asked(home: Path) -> str:
    """speech-dispatcher's log of this home: the commands and texts it received."""
    log = home / ".cache" / "speech-dispatcher" / "log" / "speech-dispatcher.log"
    return log.read_text(errors="replace") if log.exists() else ""


def without_locale_notice(stderr: str) -> str:
    """stderr less Qt's notice that it took C.UTF-8: the test machines have not generated
    es_ES.UTF-8, and the PyInstaller bundle does not coerce the C locale as Python does."""
    if stderr.startswith('Detected locale "C"'):
        return stderr.partition("for more information.\n")[2]
    return stderr


def loud(capture: Capture) -> int:
    """How many samples are heard (not silence)."""
    return sum(1 for sample in capture.samples() if abs(sample) > 300)


@pytest.mark.parametrize(
    ("voice", "lang"), [(True, "C.UTF-8"), (True, "es_ES.UTF-8"), (False, "C.UTF-8")]
)
def test_the_steps_are_spoken_into_the_sink_during_the_routine(
    start_app: Callable[..., RunningApp],
    app_env: dict[str, str],
    tmp_path: Path,
    voice: bool,
    lang: str,
) -> None:
    app_env["LANG"] = lang
    home = Path(app_env["HOME"])
    capture = speech_setup(home, tmp_path / "sink.raw")
    settings = {
        **QUICK,
        "routine": {"hold_seconds": 6, "rest_seconds": 1, "reps": 1},
        "sound": {"enabled": False, "voice": voice},  # no cue sounds: the sink hears speech
    }
    try:
        app = start_app(settings)
        app.keys("Return")  # the evening routine: the left leg's stretch, a 6 s hold
        started = time.monotonic()
        if voice:
            wait_for(lambda: loud(capture) > 2000, timeout=5)  # the step's name, said
            assert time.monotonic() - started < 5  # within the first step's hold
            language, title, hold = SPOKEN[lang]
            wait_for(lambda: f"DATA:|{hold}" in asked(home), timeout=5)
            log = asked(home)
            assert log.index(f"DATA:|{title}") < log.index(f"DATA:|{hold}")
            assert f"SET self LANGUAGE {language}" in log
            assert "CANCEL self" not in log
            app.keys("space")  # pause: what is being said stops
            wait_for(lambda: "DATA:|CANCEL self" in asked(home), timeout=5)
            app.keys("space")
        else:
            time.sleep(4)
            assert loud(capture) == 0
            assert asked(home) == ""  # the service was never even started
        app.keys("Escape")  # stop the routine
        wait_for(app.runs)
        code, stderr = app.quit()
        assert (code, without_locale_notice(stderr)) == (0, "")
        if voice:  # quit: cancelled, and the connection closed as the protocol asks
            lines = asked(home).splitlines()
            commands = [line.partition("DATA:|")[2] for line in lines if "DATA:|" in line]
            assert commands[-2:] == ["CANCEL self", "QUIT"]
    finally:
        stop_speech_dispatcher(home)

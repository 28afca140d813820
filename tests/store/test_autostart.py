import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coach import APP_ID
from coach.store import autostart, desktop_entry
from coach.store.paths import Paths
from tests.conftest import ROOT

COMMAND = ["/opt/coach/bin/bedtime-coach", "--data-dir", "/home/ann/My Coach", "--hidden"]


def test_linux_desktop_entry() -> None:
    entry = autostart.desktop_entry(COMMAND)
    assert entry.startswith("[Desktop Entry]\nType=Application\nName=Bedtime Coach\n")
    # Double quotes: the Desktop Entry spec has no single-quoted arguments.
    assert 'Exec=/opt/coach/bin/bedtime-coach --data-dir "/home/ann/My Coach" --hidden\n' in entry
    assert "Icon=io.github.bedtime_coach.BedtimeCoach\n" in entry


def test_found_a_newline_in_the_data_folder_injected_a_second_exec_line() -> None:
    folder = '/home/ann/x\nExec=rm -rf ~ %u "$HOME"'
    entry = autostart.desktop_entry(["/usr/bin/bedtime-coach", "--data-dir", folder, "--hidden"])
    lines = entry.splitlines()
    assert [line for line in lines if line.startswith("Exec=")] == [
        'Exec=/usr/bin/bedtime-coach --data-dir "/home/ann/x\\nExec=rm -rf ~ %%u '
        '\\\\"\\\\$HOME\\\\"" --hidden'
    ]
    assert len(lines) == len(autostart.desktop_entry(["/usr/bin/bedtime-coach"]).splitlines())


def test_a_data_folder_name_that_is_not_utf8_is_refused_in_a_sentence() -> None:
    import os

    odd = os.fsdecode(b"/home/ann/caf\xe9")
    with pytest.raises(OSError, match="not UTF-8 text"):
        autostart.desktop_entry(["/usr/bin/bedtime-coach", "--data-dir", odd])


def test_macos_launch_agent() -> None:
    agent = plistlib.loads(autostart.launch_agent(COMMAND))
    assert agent == {
        "Label": "org.bedtime-coach.app",
        "ProgramArguments": COMMAND,
        "RunAtLoad": True,
    }


def test_windows_run_value() -> None:
    value = autostart.windows_run_value(["C:\\Program Files\\coach.exe", "--hidden"])
    assert value == '"C:\\Program Files\\coach.exe" --hidden'


def test_the_command_starts_this_installation_hidden(tmp_path: Path) -> None:
    command = autostart.launch_command(Paths.in_folder(tmp_path))
    assert command[-3:] == ["--data-dir", str(tmp_path), "--hidden"]
    assert Path(command[0]).name in ("bedtime-coach", Path(sys.executable).name)


def test_linux_entry_for_real(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    autostart.apply(True, platform="linux")
    path = tmp_path / "autostart" / "bedtime-coach.desktop"
    assert path.exists()
    assert autostart.is_enabled(platform="linux")
    autostart.apply(False, platform="linux")
    assert not path.exists()
    assert not autostart.is_enabled(platform="linux")


def test_install_desktop_adds_and_removes_a_launcher(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "share"), "PATH": "/usr/bin"}
    command = [sys.executable, "-m", "coach", "install-desktop"]
    before = tmp_path / "share" / "applications" / "bedtime-coach.desktop"  # 0.1.0's name
    before.parent.mkdir(parents=True)
    before.write_text("[Desktop Entry]\n")
    result = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, check=True)
    assert not before.exists(), "one menu entry, not two"
    launcher = tmp_path / "share" / "applications" / f"{APP_ID}.desktop"
    icon = tmp_path / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert result.stdout == f"installed {launcher}\ninstalled {icon}\n"
    assert "--hidden" not in launcher.read_text()
    assert icon.read_bytes() == (ROOT / "assets" / "icons" / "bedtime-coach.svg").read_bytes()
    subprocess.run([*command, "--uninstall"], env=env, cwd=ROOT, check=True, capture_output=True)
    assert not launcher.exists()
    assert not icon.exists()


def test_found_a_bundle_not_on_path_wrote_a_broken_start_at_login_entry(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`Exec=…/bedtime-coach -m coach --hidden`: a frozen bundle takes no -m."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/bedtime-coach/bedtime-coach")
    monkeypatch.setattr(autostart.shutil, "which", lambda name: None)
    monkeypatch.setattr(autostart, "PACKAGED_COMMAND", Path("/no/such/link"))
    monkeypatch.delenv("APPIMAGE", raising=False)
    assert autostart.launch_command() == ["/opt/bedtime-coach/bedtime-coach", "--hidden"]


def test_a_bundle_in_an_appimage_starts_the_appimage(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bundle's own program is inside the AppImage's mount, a new folder each time."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/tmp/.mount_bedtimX1/bedtime-coach")
    monkeypatch.setenv("APPIMAGE", "/home/ann/Apps/Bedtime Coach.AppImage")
    assert autostart.launch_command() == ["/home/ann/Apps/Bedtime Coach.AppImage", "--hidden"]


def test_the_debian_package_starts_its_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The deb's bundle in /opt is reached through its link in /usr/bin, which stays the
    same across upgrades; a link to another bundle is not this installation."""
    program = tmp_path / "opt" / "bedtime-coach" / "bedtime-coach"
    program.parent.mkdir(parents=True)
    program.touch()
    link = tmp_path / "usr-bin-bedtime-coach"
    link.symlink_to(program)
    monkeypatch.delenv("APPIMAGE", raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    monkeypatch.setattr(autostart, "PACKAGED_COMMAND", link)
    assert autostart.launch_command() == [str(link), "--hidden"]
    monkeypatch.setattr(autostart, "PACKAGED_COMMAND", tmp_path / "no-such-link")
    assert autostart.launch_command() == [str(program), "--hidden"]
    other = tmp_path / "elsewhere" / "bedtime-coach"
    other.parent.mkdir()
    other.touch()
    monkeypatch.setattr(sys, "executable", str(other))
    monkeypatch.setattr(autostart, "PACKAGED_COMMAND", link)
    assert autostart.launch_command() == [str(other), "--hidden"]


def test_the_start_at_login_entry_waits_for_the_panel() -> None:
    entry = autostart.desktop_entry(COMMAND)
    assert "X-GNOME-Autostart-Delay=10\n" in entry
    assert "X-KDE-autostart-after=panel\n" in entry


def test_the_launcher_offers_the_quick_actions_and_validates(tmp_path: Path) -> None:
    """GNOME's dash and KDE's launcher offer a launcher's actions: on a desktop without a
    tray, that is where Start, Cramp relief and a glass of water are."""
    entry = desktop_entry.launcher(["/usr/bin/bedtime-coach"])
    assert "Actions=start;relief;water;cramp-now;check-in;\n" in entry
    assert "[Desktop Action relief]\nName=Cramp relief\n" in entry
    assert "Exec=/usr/bin/bedtime-coach water add\n" in entry
    assert f"Icon={APP_ID}\n" in entry
    assert "StartupWMClass=bedtime-coach\n" in entry  # Qt's X11 window class: the app's name
    path = tmp_path / f"{APP_ID}.desktop"
    path.write_text(entry)
    validate = shutil.which("desktop-file-validate")
    if validate is None:
        pytest.skip("desktop-file-validate is missing (Debian package desktop-file-utils)")
    result = subprocess.run([validate, str(path)], capture_output=True, text=True)
    assert (result.returncode, result.stdout) == (0, "")


def test_found_install_desktop_ignored_the_data_folder(tmp_path: Path) -> None:
    """With --data-dir, the menu entry and its actions worked on the usual folder."""
    env = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "share"), "PATH": "/usr/bin"}
    data = tmp_path / "My Coach"
    command = [sys.executable, "-m", "coach", "--data-dir", str(data), "install-desktop"]
    subprocess.run(command, env=env, cwd=ROOT, capture_output=True, check=True)
    [launcher] = (tmp_path / "share" / "applications").glob("*.desktop")
    execs = [line for line in launcher.read_text().splitlines() if line.startswith("Exec=")]
    assert len(execs) == 6  # the app and its five actions
    assert all(f'--data-dir "{data}"' in line for line in execs)

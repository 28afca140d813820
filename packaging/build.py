"""`make dist`: the PyInstaller bundle, its tarball and (on Debian) the .deb.

    python packaging/build.py [--skip-bundle] [--no-deb]

Writes, from a clean checkout and with nothing fetched from the network:

    dist/bedtime-coach/                              the one-folder bundle
    dist/bedtime-coach-VERSION-linux-x86_64.tar.xz   that folder, as bedtime-coach-VERSION/
    dist/bedtime-coach_VERSION_amd64.deb             /opt/bedtime-coach, /usr/bin link,
                                                     menu entry, icons, metainfo, man page

Reproducible: every time stamp is SOURCE_DATE_EPOCH (the last commit's time unless set),
owners are root, entries sorted, PYTHONHASHSEED fixed; `packaging/compare.py` compares
two builds.
"""

from __future__ import annotations

import argparse
import gzip
import io
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coach import APP_ID, __version__  # noqa: E402
from coach.store.desktop_entry import launcher  # noqa: E402

DIST = ROOT / "dist"
BUILD = ROOT / "build"
BUNDLE = DIST / "bedtime-coach"
PROGRAM = "bedtime-coach"
INSTALL_DIR = Path("/opt/bedtime-coach")
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
METAINFO = ROOT / "packaging" / f"{APP_ID}.metainfo.xml"
ARCHITECTURES = {"x86_64": ("x86_64", "amd64"), "aarch64": ("aarch64", "arm64")}

# What the bundle does not carry. PyInstaller leaves out the C library, the GL and EGL
# drivers' front ends, libdrm, libxcb and the Wayland client libraries (they must match
# the system's display server and drivers); `check_depends` fails the build if a
# library the bundle links is outside the bundle and not in one of these packages.
# The rest of what Qt's xcb and Wayland plugins need is named too, although the bundle
# has copies from the build machine: a build machine without one would leave it out.
DEPENDS = [
    "libc6 (>= 2.36)",
    "libgl1",
    "libegl1",
    "libdrm2",
    "libdbus-1-3",
    "libfontconfig1",  # brings fontconfig's configuration and a font
    # Qt's xcb plugin (X11).
    "libxcb1",
    "libx11-xcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon-x11-0",
    "libxkbcommon0",  # and its keymaps (xkb-data)
    # Qt's Wayland plugin.
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
]
# The sound cues: playsound3 runs gst-play-1.0; without it the ring flashes instead.
# Spoken guidance (sound.voice): speech-dispatcher with a voice; without it the setting
# is disabled and says what to install.
RECOMMENDS = [
    "gstreamer1.0-plugins-base-apps",
    "gstreamer1.0-plugins-good",
    "speech-dispatcher",
    "speech-dispatcher-espeak-ng",
]


def source_date_epoch() -> int:
    if "SOURCE_DATE_EPOCH" in os.environ:
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        found = subprocess.run(
            ["git", "log", "-1", "--format=%ct"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        return int(found.stdout.strip())
    except (OSError, subprocess.CalledProcessError, ValueError):
        return int((ROOT / "pyproject.toml").stat().st_mtime)


def step(text: str, started: float) -> None:
    print(f"  {time.monotonic() - started:5.1f} s  {text}", flush=True)


# -- the bundle ------------------------------------------------------------------------


def build_bundle(epoch: int) -> None:
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch), "PYTHONHASHSEED": "0"}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            f"--distpath={DIST}",
            f"--workpath={BUILD / 'pyinstaller'}",
            str(ROOT / "packaging" / "bedtime-coach.spec"),
        ],
        cwd=ROOT,
        env=env,
        check=True,
    )


def run_program(*arguments: str) -> str:
    """The bundle's program's output, in English, 80 columns wide."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(BUILD / "home"),
        "LANG": "C.UTF-8",
        "COLUMNS": "80",
    }
    result = subprocess.run(
        [str(BUNDLE / PROGRAM), *arguments],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return result.stdout


def check_bundle() -> None:
    answer = run_program("--version")
    if answer != f"{PROGRAM} {__version__}\n":
        raise SystemExit(f"the bundle answered --version with {answer!r}")


# -- the tarball -----------------------------------------------------------------------


def make_tarball(target: Path, epoch: int) -> None:
    """GNU tar with fixed order, owners, modes and times; xz with two threads, always:
    its output depends on the blocks that brings, not on the number of processors."""
    folder = f"{PROGRAM}-{__version__}"
    tar = [
        "tar",
        "--create",
        "--format=gnu",
        "--sort=name",
        "--owner=0",
        "--group=0",
        "--numeric-owner",
        "--mode=u+rwX,go+rX,go-w",
        f"--mtime=@{epoch}",
        f"--transform=s,^{PROGRAM},{folder},S",  # the folder, not the links' targets
        f"--directory={DIST}",
        PROGRAM,
    ]
    target.unlink(missing_ok=True)
    with target.open("wb") as out:
        archive = subprocess.Popen(tar, stdout=subprocess.PIPE)
        xz = subprocess.run(["xz", "-T2", "-6", "-c"], stdin=archive.stdout, stdout=out)
        if archive.wait() != 0 or xz.returncode != 0:
            raise SystemExit("tar or xz failed")


# -- the Debian package ----------------------------------------------------------------


def render_icons(folder: Path) -> None:
    """PNGs of the SVG icon at the hicolor theme's usual sizes, drawn by Qt."""
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "icons.py"), str(folder), APP_ID]
        + [str(size) for size in ICON_SIZES],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )


def roff(text: str) -> str:
    """Plain text as roff that shows it as it is."""
    lines = []
    for line in text.replace("\\", "\\e").replace("-", "\\-").splitlines():
        lines.append("\\&" + line if line.startswith((".", "'")) else line)
    return "\n".join(lines)


def man_page(epoch: int) -> str:
    """bedtime-coach(1) from the program's own --help and each command's."""
    overview = run_program("--help")
    description = overview.split("\n\n")[1].strip()
    commands = re.findall(r"^    ([a-z][a-z-]+)\s", overview.split("COMMAND", 2)[-1], re.M)
    date = time.strftime("%Y-%m-%d", time.gmtime(epoch))
    parts = [
        f'.TH BEDTIME\\-COACH 1 "{date}" "bedtime\\-coach {__version__}" "User Commands"',
        ".SH NAME",
        f"bedtime\\-coach \\- {roff(description[0].lower() + description[1:].rstrip('.'))}",
        ".SH SYNOPSIS",
        ".B bedtime\\-coach",
        "[\\fIOPTIONS\\fR] [\\fICOMMAND\\fR [\\fIARGUMENTS\\fR]]",
        ".SH DESCRIPTION",
        "Bedtime Coach walks you through a short stretching routine each evening, "
        "reminds you at bedtime, counts glasses of water and keeps a private diary of "
        "cramps. Started without a command it opens its window (or shows the running "
        "app's); the commands talk to the running app when there is one, and otherwise "
        "work on the files directly.",
        ".PP",
        ".nf",
        roff(overview.rstrip()),
        ".fi",
        ".SH COMMANDS",
    ]
    for command in commands:
        parts += [f".SS {roff(command)}", ".nf", roff(run_program(command, "--help").rstrip())]
        parts.append(".fi")
    parts += [
        ".SH FILES",
        ".TP",
        ".I ~/.config/bedtime\\-coach/settings.json",
        "The preferences.",
        ".TP",
        ".I ~/.local/share/bedtime\\-coach/history.sqlite3",
        "The history (routine runs, water, cramps), with its backups beside it.",
        ".TP",
        ".I ~/.cache/bedtime\\-coach/bedtime\\-coach.log",
        "What went wrong, in detail.",
        ".SH LICENSE",
        "MIT.",
    ]
    return "\n".join(parts) + "\n"


def installed_size(root: Path) -> int:
    """Kibibytes, as dpkg-gencontrol counts them: each file rounded up, 1 per other entry."""
    total = 0
    for path in root.rglob("*"):
        if "DEBIAN" in path.relative_to(root).parts:
            continue
        if path.is_file() and not path.is_symlink():
            total += -(-path.stat().st_size // 1024)
        else:
            total += 1
    return total


def control(root: Path, architecture: str) -> str:
    fields = {
        "Package": PROGRAM,
        "Version": __version__,
        "Architecture": architecture,
        "Maintainer": "Bedtime Coach developers <bedtime-coach@users.noreply.github.com>",
        "Installed-Size": str(installed_size(root)),
        "Depends": ", ".join(DEPENDS),
        "Recommends": ", ".join(RECOMMENDS),
        "Section": "utils",
        "Priority": "optional",
        "Description": "bedtime stretching coach for night-time leg cramps\n"
        " Bedtime Coach walks you through a short stretching routine each evening, with\n"
        " a countdown and soft sounds for every hold and rest; reminds you at bedtime\n"
        " with a notification; counts glasses of water; and keeps a private diary of\n"
        " cramps. Everything stays on your computer: it never uses the network.\n"
        " .\n"
        " This package carries its own Python and Qt (a PyInstaller bundle) in\n"
        " /opt/bedtime-coach.",
    }
    return "".join(f"{key}: {value}\n" for key, value in fields.items())


def copyright_file() -> str:
    licence = (ROOT / "LICENSE").read_text().strip()
    body = "\n".join(" " + line if line.strip() else " ." for line in licence.splitlines())
    return (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: bedtime-coach\n\n"
        "Files: *\n"
        "Copyright: 2026 Bedtime Coach developers\n"
        f"License: MIT\n{body}\n\n"
        "Files: opt/bedtime-coach/_internal/*\n"
        "Copyright: the authors of Python, Qt, PySide6 and the libraries they use\n"
        "License: various\n"
        " The Python interpreter and libraries bundled by PyInstaller, each under its\n"
        " own licence (Qt and PySide6: LGPL-3; Python: PSF-2.0).\n"
    )


def stage_deb(root: Path, epoch: int, architecture: str) -> None:
    if root.exists():
        shutil.rmtree(root)
    opt = root / INSTALL_DIR.relative_to("/")
    shutil.copytree(BUNDLE, opt, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / PROGRAM).symlink_to(INSTALL_DIR / PROGRAM)
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "applications" / f"{APP_ID}.desktop").write_text(launcher([PROGRAM]))
    icons = share / "icons" / "hicolor"
    render_icons(icons)
    scalable = icons / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copyfile(ROOT / "assets" / "icons" / "bedtime-coach.svg", scalable / f"{APP_ID}.svg")
    (share / "metainfo").mkdir()
    shutil.copyfile(METAINFO, share / "metainfo" / f"{APP_ID}.metainfo.xml")
    (share / "man" / "man1").mkdir(parents=True)
    page = io.BytesIO()
    with gzip.GzipFile(fileobj=page, mode="wb", mtime=epoch, filename="", compresslevel=9) as z:
        z.write(man_page(epoch).encode())
    (share / "man" / "man1" / f"{PROGRAM}.1.gz").write_bytes(page.getvalue())
    doc = share / "doc" / PROGRAM
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_file())
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        executable = path.is_dir() or path.stat().st_mode & 0o111
        path.chmod(0o755 if executable else 0o644)
    (root / "DEBIAN").mkdir(mode=0o755)
    (root / "DEBIAN" / "control").write_text(control(root, architecture))
    (root / "DEBIAN" / "control").chmod(0o644)
    for path in [root, *root.rglob("*")]:
        os.utime(path, (epoch, epoch), follow_symlinks=False)


def owner(library: str) -> str:
    """The package a library on this system comes from (/lib or /usr/lib, either way)."""
    candidates = [library, os.path.realpath(library)]
    candidates += [
        c.removeprefix("/usr") if c.startswith("/usr/") else "/usr" + c for c in candidates
    ]
    for candidate in candidates:
        found = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if found.returncode == 0:
            return found.stdout.split(":")[0]
    raise SystemExit(f"no package has {library}, which the bundle links")


def check_depends(root: Path) -> None:
    """Every library the bundle links and does not carry comes from a package in DEPENDS
    (or one of theirs)."""
    opt = root / INSTALL_DIR.relative_to("/")
    folders = sorted({str(p.parent) for p in opt.rglob("*.so*")})
    env = {**os.environ, "LD_LIBRARY_PATH": ":".join(folders)}
    outside: set[str] = set()
    for path in sorted(opt.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as file:
            if file.read(4) != b"\x7fELF":
                continue
        found = subprocess.run(["ldd", str(path)], env=env, capture_output=True, text=True)
        for line in found.stdout.splitlines():
            if "not found" in line:
                raise SystemExit(f"{path.relative_to(root)} needs a missing library: {line}")
            match = re.search(r"=> (/\S+)", line)
            if match and not match.group(1).startswith(str(opt)):
                outside.add(match.group(1))
    packages = {owner(path) for path in sorted(outside)}
    named = {depend.split()[0] for depend in DEPENDS}
    theirs = subprocess.run(
        ["dpkg-query", "-W", "-f=${Depends}\n", *sorted(named)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    allowed = named | set(re.findall(r"([a-z0-9][a-z0-9.+-]+)", theirs))
    if missing := packages - allowed:
        raise SystemExit(f"the .deb must depend on {sorted(missing)}: the bundle links them")


def make_deb(target: Path, epoch: int, architecture: str) -> None:
    root = BUILD / "deb" / f"{PROGRAM}_{__version__}_{architecture}"
    stage_deb(root, epoch, architecture)
    check_depends(root)
    target.unlink(missing_ok=True)
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(root), str(target)],
        env={**os.environ, "SOURCE_DATE_EPOCH": str(epoch)},
        check=True,
        stdout=subprocess.DEVNULL,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-bundle", action="store_true", help="reuse dist/bedtime-coach")
    parser.add_argument("--no-deb", action="store_true", help="no Debian package")
    arguments = parser.parse_args()
    epoch = source_date_epoch()
    started = time.monotonic()
    if not arguments.skip_bundle:
        build_bundle(epoch)
        step(f"bundle {BUNDLE.relative_to(ROOT)}", started)
    if sys.platform != "linux":
        return  # Windows and macOS: the bundle alone, for now (not tried there yet)
    check_bundle()
    machine, architecture = ARCHITECTURES.get(platform.machine(), (platform.machine(),) * 2)
    tarball = DIST / f"{PROGRAM}-{__version__}-linux-{machine}.tar.xz"
    make_tarball(tarball, epoch)
    step(f"tarball {tarball.relative_to(ROOT)}", started)
    if arguments.no_deb or shutil.which("dpkg-deb") is None:
        return
    deb = DIST / f"{PROGRAM}_{__version__}_{architecture}.deb"
    make_deb(deb, epoch, architecture)
    step(f"Debian package {deb.relative_to(ROOT)}", started)


if __name__ == "__main__":
    main()

"""Download the Flatpak manifest's wheels with pip, checked against its sha256 values.

    python3 packaging/flatpak/wheels.py [PIP]

puts every `path: wheels/NAME.whl` of the manifest into packaging/flatpak/wheels/, so that
flatpak-builder then needs no network. PIP defaults to this Python's pip.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "io.github.bedtime_coach.BedtimeCoach.yml"
WHEELS = HERE / "wheels"
PYTHON = "3.13"  # the runtime's (org.freedesktop.Platform 25.08)


def wanted() -> dict[str, str]:
    """Each wheel's file name: its sha256, as the manifest says."""
    text = MANIFEST.read_text()
    found = re.findall(r"path: wheels/(\S+\.whl)\s+sha256: ([0-9a-f]{64})", text)
    return dict(found)


def download(name: str, pip: list[str]) -> None:
    project, version, python, abi, platform = name.removesuffix(".whl").split("-")
    command = [*pip, "download", "--quiet", "--no-deps", "--only-binary=:all:"]
    command += ["--dest", str(WHEELS), f"{project}=={version}"]
    if platform != "any":
        command += ["--platform", platform, "--python-version", PYTHON]
        command += ["--implementation", python[:2], "--abi", abi]
    subprocess.run(command, check=True)


def main() -> int:
    pip = sys.argv[1:] or [sys.executable, "-m", "pip"]
    WHEELS.mkdir(exist_ok=True)
    wrong = 0
    for name, sha256 in sorted(wanted().items()):
        path = WHEELS / name
        if not path.exists():
            download(name, pip)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != sha256:
            print(f"{name}: sha256 {digest}, the manifest says {sha256}")
            wrong += 1
        else:
            print(f"{name}: as the manifest says")
    return 1 if wrong else 0


if __name__ == "__main__":
    raise SystemExit(main())

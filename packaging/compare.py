"""Compare two builds of `make dist`: are they the same, and if not, what differs?

    python packaging/compare.py DIST_A DIST_B

For the tarball and the .deb in each folder: the whole file's SHA-256, then each member's
name, type, mode, owner, time, link and content. Prints what differs; exits 1 if any.
"""

from __future__ import annotations

import hashlib
import io
import subprocess
import sys
import tarfile
from pathlib import Path


def members(archive: tarfile.TarFile) -> dict[str, tuple[object, ...]]:
    found = {}
    for info in archive:
        digest = ""
        if info.isreg():
            data = archive.extractfile(info)
            assert data is not None
            digest = hashlib.sha256(data.read()).hexdigest()
        found[info.name.removeprefix("./")] = (
            info.type,
            oct(info.mode),
            f"{info.uid}:{info.gid}",
            info.mtime,
            info.linkname,
            digest,
        )
    return found


def tarball(path: Path) -> dict[str, tuple[object, ...]]:
    with tarfile.open(path, "r:xz") as archive:
        return members(archive)


def deb(path: Path) -> dict[str, tuple[object, ...]]:
    found = {}
    for part in ("--ctrl-tarfile", "--fsys-tarfile"):
        data = subprocess.run(["dpkg-deb", part, str(path)], capture_output=True, check=True)
        with tarfile.open(fileobj=io.BytesIO(data.stdout)) as archive:
            prefix = "DEBIAN/" if part == "--ctrl-tarfile" else ""
            found.update({prefix + k: v for k, v in members(archive).items()})
    return found


def compare(a: Path, b: Path, read: object) -> int:
    assert callable(read)
    whole = [hashlib.sha256(p.read_bytes()).hexdigest() for p in (a, b)]
    print(f"{a.name}: {a.stat().st_size} and {b.stat().st_size} bytes", end="; ")
    if whole[0] == whole[1]:
        print("identical")
        return 0
    print("the files differ")
    left, right = read(a), read(b)
    differences = 0
    for name in sorted(left.keys() | right.keys()):
        if name not in right or name not in left:
            print(f"  only in {'the first' if name in left else 'the second'}: {name}")
            differences += 1
        elif left[name] != right[name]:
            fields = ("type", "mode", "owner", "time", "link", "content")
            what = [f for f, x, y in zip(fields, left[name], right[name], strict=True) if x != y]
            print(f"  {name}: {', '.join(what)}")
            differences += 1
    print(f"  {len(left)} and {len(right)} members, {differences} differ")
    return 1


def main() -> int:
    first, second = map(Path, sys.argv[1:3])
    status = 0
    for pattern, read in (("*.tar.xz", tarball), ("*.deb", deb)):
        for a in sorted(first.glob(pattern)):
            b = second / a.name
            if not b.exists():
                print(f"{a.name}: not in {second}")
                status = 1
                continue
            status |= compare(a, b, read)
    return status


if __name__ == "__main__":
    raise SystemExit(main())

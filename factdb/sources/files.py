"""The file system side of reading: walking folders and naming why a path cannot be read.

Nothing under a walked folder is skipped silently except hidden names (.git, .DS_Store): a
folder or file that cannot be listed or read, a broken symlink and a symlink loop are each
reported as a failure naming the path. Symlinked folders are followed; one that leads back into
a folder being walked is a loop, and a folder reached a second time by another link is walked
once.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from factdb.errors import InputError

_REASONS = {
    errno.ELOOP: "symlink loop",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOTDIR: "no such file or directory",
}


def os_reason(exc: OSError, path: Path) -> str:
    """A short reason for EXC, raised when reading PATH."""
    if exc.errno == errno.ENOENT:
        return (
            "broken symlink (its target does not exist)"
            if path.is_symlink()
            else ("no such file or directory")
        )
    if exc.errno in _REASONS:
        return _REASONS[exc.errno]
    return (exc.strerror or str(exc)).lower()


def path_error(path: Path, exc: OSError) -> InputError:
    """The failure to report for PATH."""
    return InputError(str(path), os_reason(exc, path))


def stat_path(path: Path) -> os.stat_result:
    """PATH's status, following symlinks; a path that cannot be reached raises its InputError."""
    try:
        return path.stat()
    except OSError as exc:
        raise path_error(path, exc) from exc


def check_regular(path: Path, status: os.stat_result) -> None:
    """Refuse a FIFO, a device or a socket, which reading would block on or never finish."""
    if not stat.S_ISREG(status.st_mode):
        raise InputError(str(path), "not a regular file")


def walk(root: Path) -> Iterator[Path | InputError]:
    """Every file under ROOT, sorted, files of a folder before its subfolders.

    A path that cannot be listed or reached is yielded as its InputError, in its place.
    """
    yield from _walk_dir(root, frozenset(), set())


def _walk_dir(
    folder: Path, ancestors: frozenset[tuple[int, int]], seen: set[tuple[int, int]]
) -> Iterator[Path | InputError]:
    try:
        status = folder.stat()
    except OSError as exc:
        yield path_error(folder, exc)
        return
    key = (status.st_dev, status.st_ino)
    if key in ancestors:
        yield InputError(str(folder), "symlink loop (leads back into a folder being walked)")
        return
    if key in seen:
        return
    seen.add(key)
    try:
        with os.scandir(folder) as listing:
            entries = sorted(
                (entry for entry in listing if not entry.name.startswith(".")),
                key=lambda entry: entry.name,
            )
    except OSError as exc:
        yield path_error(folder, exc)
        return
    folders = [entry for entry in entries if _is_dir(entry)]
    names = {entry.name for entry in folders}
    yield from (Path(entry.path) for entry in entries if entry.name not in names)
    for entry in folders:
        yield from _walk_dir(Path(entry.path), ancestors | {key}, seen)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        # A symlink loop or an unreadable target: read as a file, which reports why it fails.
        return False

"""Where `export -o` writes: a new path or a regular file, never the database, replaced whole.

The export goes to a temporary file in the target's folder, which replaces the target (by a
rename) only once every row is written; on any failure the temporary file is removed and the
target is left as it was. A rename replaces whatever has the name, so the target is checked
first, after following symbolic links: it must be absent (in an existing folder) or a regular
file, and neither the SQLite database in use nor its journal files. A device node, a FIFO, a
socket or a directory is refused, as a rename would put a plain file in its place.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from factdb.errors import InputError
from factdb.services.database import Database

DATABASE_SUFFIXES = ("", "-wal", "-shm", "-journal")
"""The SQLite database file and the files SQLite keeps beside it."""
_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
)
_DEFAULT_MODE = 0o666


def check_target(path: str, database: Database) -> Path:
    """The file PATH names, links followed, if an export may replace it; else InputError."""
    if not path or not path.strip():
        raise InputError("-o", "an empty path names no file")
    target = Path(os.path.realpath(path))
    if _is_database_file(target, database):
        raise InputError(path, "is the database in use (or one of its files); choose another file")
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        folder = target.parent
        if not folder.is_dir():
            raise InputError(path, f"no such directory: {folder}") from None
        return target
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from exc
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
        raise InputError(path, f"is {kind}, not a regular file; give a new path or a file")
    return target


def _is_database_file(target: Path, database: Database) -> bool:
    """Whether TARGET is the SQLite file of DATABASE or one SQLite keeps beside it."""
    name = database.engine.url.database
    if not database.is_sqlite or not name or name == ":memory:" or name.startswith("file:"):
        return False
    live = Path(os.path.realpath(name))
    for suffix in DATABASE_SUFFIXES:
        other = live.with_name(live.name + suffix)
        if target == other:
            return True
        with contextlib.suppress(OSError):
            if target.exists() and other.exists() and os.path.samefile(target, other):
                return True  # a hard link to it
    return False


@contextmanager
def replaced_whole(path: str, database: Database) -> Iterator[IO[str]]:
    """A text stream that replaces PATH (checked by `check_target`) when the block succeeds."""
    target = check_target(path, database)
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise InputError(path, f"cannot write there: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, _mode_for(target))
        check_target(path, database)  # nothing took its place meanwhile
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):
            raise InputError(path, f"cannot write there: {exc.strerror or exc}") from exc
        raise


def _mode_for(target: Path) -> int:
    """The permissions of the file replaced, or those a new file gets."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return _DEFAULT_MODE & ~umask

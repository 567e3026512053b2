"""Walking folders: nothing is skipped silently, every unreadable path is named with why.

Guards against: an unreadable subfolder skipped silently ("0 failed", exit 0) and a looping
symlink reported as "no such file".
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from factdb.errors import InputError
from factdb.sources import ArticleInput, read_paths
from factdb.sources import files as files_module

STORY = "Headline\n\nThe minister said the plan would cost $2bn.\n"


def read_all(*paths: Path) -> list[ArticleInput | InputError]:
    return list(read_paths([str(p) for p in paths]))


def errors_of(items: list[ArticleInput | InputError]) -> list[InputError]:
    return [i for i in items if isinstance(i, InputError)]


def test_a_looping_symlink_is_a_symlink_loop(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    (error,) = read_all(loop)
    assert isinstance(error, InputError)
    assert error.reason == "symlink loop"


def test_a_looping_symlink_inside_a_folder_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    items = read_all(tmp_path)
    assert [e.reason for e in errors_of(items)] == ["symlink loop", "symlink loop"]
    assert sum(isinstance(i, ArticleInput) for i in items) == 1


def test_a_broken_symlink_says_so(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "missing.txt")
    (error,) = read_all(link)
    assert isinstance(error, InputError) and "broken symlink" in error.reason


def test_a_folder_symlink_back_to_its_parent_is_a_loop(tmp_path: Path) -> None:
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "story.txt").write_text(STORY, encoding="utf-8")
    (sub / "up").symlink_to(tmp_path)
    items = read_all(tmp_path)
    (error,) = errors_of(items)
    assert error.source == str(sub / "up") and "symlink loop" in error.reason
    assert sum(isinstance(i, ArticleInput) for i in items) == 1


def test_a_folder_reached_twice_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "alias").symlink_to(tmp_path / "real")
    items = read_all(tmp_path)
    assert errors_of(items) == []
    assert len(items) == 1


def refuse_listing(monkeypatch: pytest.MonkeyPatch, locked: Path) -> None:
    """Make listing the folder LOCKED fail as a folder without read permission does.

    Root reads every folder whatever its mode, so the refusal is simulated; the test below
    makes a real one when it does not run as root.
    """
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str]) -> object:
        if Path(path) == locked:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(files_module.os, "scandir", scandir)


def test_an_unreadable_subfolder_is_a_failure_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text(STORY, encoding="utf-8")
    refuse_listing(monkeypatch, locked)
    items = read_all(tmp_path)
    (error,) = errors_of(items)
    assert error.source == str(locked) and error.reason == "permission denied"
    assert sum(isinstance(i, ArticleInput) for i in items) == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a folder whatever its mode")
def test_a_folder_without_read_permission_is_reported(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "story.txt").write_text(STORY, encoding="utf-8")
    locked.chmod(0)
    try:
        (error,) = errors_of(read_all(tmp_path))
    finally:
        locked.chmod(0o755)
    assert error.source == str(locked) and error.reason == "permission denied"


def test_an_unreadable_file_is_a_failure_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    (error,) = read_all(tmp_path)
    assert isinstance(error, InputError)
    assert error.source == str(path) and error.reason == "permission denied"


def test_a_fifo_is_refused_rather_than_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (error,) = read_all(fifo)
    assert isinstance(error, InputError) and error.reason == "not a regular file"


def test_walk_order_files_before_subfolders(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "x.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "c.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    names = [Path(p).name for p in files_module.walk(tmp_path) if isinstance(p, Path)]
    assert names == ["a.txt", "c.txt", "x.txt"]

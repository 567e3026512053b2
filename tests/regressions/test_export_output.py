"""`export -o` writes only a new path or a regular file, never the database, and whole.

Guards against: `export links -o factdb.sqlite` replaced the live database and reported
success; `-o` on a FIFO or device node replaced it with a plain file; `-o ""` and
`-o /nonexistent/x` gave tracebacks and left a temporary file behind.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import socket
from pathlib import Path

import pytest

from factdb.errors import InputError
from factdb.services import export
from factdb.services.database import Database
from factdb.services.export.output import check_target, replaced_whole
from tests.cli.helpers import Run, run_cli


@pytest.fixture
def live(tmp_path: Path, sqlite_template: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A SQLite database in the working directory, with one article."""
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "factdb.sqlite"
    path.write_bytes(sqlite_template.read_bytes())
    (tmp_path / "a.txt").write_text('The minister said "we will win" on Monday.\n')
    assert run_cli(f"sqlite:///{path}", "ingest", str(tmp_path / "a.txt")).code == 0
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _export(db: Path, target: str) -> Run:
    return run_cli(f"sqlite:///{db}", "export", "articles", "-o", target)


def _one_error(run: Run, words: str) -> None:
    assert run.code == 1 and run.out == ""
    assert run.err.count("\n") == 1 and run.err.startswith("Error: ") and words in run.err


def _no_temp_files(folder: Path) -> None:
    assert not [p.name for p in folder.iterdir() if p.name.startswith(".") and ".tmp" in p.name]


@pytest.mark.parametrize(
    "target", ["factdb.sqlite", "./factdb.sqlite", "sub/../factdb.sqlite", "factdb.sqlite-wal",
               "factdb.sqlite-shm", "factdb.sqlite-journal", "link", "hard"]
)  # fmt: skip
def test_the_database_in_use_is_never_replaced(live: Path, target: str) -> None:
    (live.parent / "sub").mkdir()
    (live.parent / "link").symlink_to(live)
    os.link(live, live.parent / "hard")
    before = _digest(live)
    _one_error(_export(live, target), "is the database in use")
    assert _digest(live) == before
    assert run_cli(f"sqlite:///{live}", "stats").code == 0
    _no_temp_files(live.parent)


def test_a_relative_database_url_is_recognised(live: Path) -> None:
    _one_error(run_cli("sqlite:///factdb.sqlite", "export", "links", "-o", str(live)), "in use")


def test_fifos_directories_and_sockets_are_refused(live: Path) -> None:
    folder = live.parent
    os.mkfifo(folder / "pipe")
    (folder / "dir").mkdir()
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "sock"))
    try:
        for name, kind in (("pipe", "a named pipe"), ("dir", "a directory"), ("sock", "a socket")):
            _one_error(_export(live, str(folder / name)), f"is {kind}, not a regular file")
    finally:
        sock.close()
    assert (folder / "pipe").is_fifo() and (folder / "dir").is_dir()
    _no_temp_files(folder)


def test_a_device_node_is_refused_before_anything_is_written(live: Path) -> None:
    # Only the check runs here: a test must never risk replacing a real device.
    database = Database.open(f"sqlite:///{live}")
    try:
        with pytest.raises(InputError, match="is a character device"):
            check_target("/dev/null", database)
    finally:
        database.close()


@pytest.mark.parametrize(
    ("target", "words"),
    [("", "an empty path names no file"), ("/nonexistent/x", "no such directory: /nonexistent")],
)
def test_impossible_paths_give_one_error_and_no_temp_file(
    live: Path, target: str, words: str
) -> None:
    _one_error(_export(live, target), words)
    _no_temp_files(live.parent)


def test_a_failed_export_leaves_the_old_file_and_no_temp_file(
    live: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = live.parent / "out.jsonl"
    old.write_text("previous export\n")

    def half_then_fail(database: Database, entity: str, fmt: str, out: object) -> int:
        out.write("half a row")  # type: ignore[attr-defined]
        raise InputError("export", "the database went away")

    command = importlib.import_module("factdb.services.export")
    monkeypatch.setattr(command, "write_export", half_then_fail)
    _one_error(_export(live, str(old)), "the database went away")
    assert old.read_text() == "previous export\n"
    _no_temp_files(live.parent)


def test_a_regular_file_is_replaced_whole_keeping_its_permissions(live: Path) -> None:
    out = live.parent / "out.jsonl"
    out.write_text("old\n")
    out.chmod(0o640)
    run = _export(live, str(out))
    assert run.code == 0 and "Exported 1 articles" in run.err
    assert '"external_id"' in out.read_text() and (out.stat().st_mode & 0o777) == 0o640
    database = Database.open(f"sqlite:///{live}")
    try:
        with replaced_whole(str(live.parent / "new.jsonl"), database) as sink:
            export.write_export(database, "articles", "jsonl", sink)
    finally:
        database.close()
    assert (live.parent / "new.jsonl").read_text() == out.read_text()
    _no_temp_files(live.parent)

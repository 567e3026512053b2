"""Which database a command uses, when it may create one, and which ones it refuses.

Guards against: `factdb stats --db X` being a usage error; `factdb stats` in an empty folder
silently creating factdb.sqlite and printing zeros; a crashed command leaving an empty
database file behind; `factdb upgrade` installing factdb's tables into a foreign database or
crashing with a traceback on a revision it does not know.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from factdb import db
from factdb.cli.commands import COMMANDS
from factdb.services import database as database_module
from tests.cli.helpers import Run, run_args, run_cli
from tests.conftest import EXAMPLES

STORY = str(EXAMPLES / "2026-03-05_meridian-wire_communique.txt")
# Commands that only read (or decide on what is stored), with arguments that would be valid.
READERS = {
    "stats": [],
    "sql": ["SELECT 1"],
    "export": ["articles"],
    "decide": ["1", "confirm", "--reviewer", "ann"],
    "review": ["--reviewer", "ann"],
    "grant-analyst": ["someone"],
    "speakers": ["list"],
    "verdict": ["1", "--rating", "False"],
    "match": ["water that crosses a border"],
    "import": ["claimreview", STORY],
}
WRITERS = {"ingest": [STORY], "link": [], "upgrade": []}


def one_error(run: Run) -> str:
    """The single `Error:` line of a failed command."""
    assert run.code == 1, run
    lines = run.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), run.err
    return lines[0]


def test_every_database_command_is_classified() -> None:
    assert set(READERS) | set(WRITERS) | {"extract", "compare", "eval"} == set(COMMANDS)


@pytest.mark.parametrize("name", sorted({*READERS, *WRITERS} - {"review", "grant-analyst"}))
def test_db_is_accepted_after_the_command(db_url: str, name: str) -> None:
    result = run_args(name, *{**READERS, **WRITERS}[name], "--db", db_url)
    if name == "decide":  # the database was opened and has no link 1
        assert one_error(result) == "Error: link 1 does not exist"
    elif name == "verdict":  # nor cluster 1
        assert one_error(result) == "Error: cluster 1 does not exist"
    elif name == "import":  # and the story is no ClaimReview
        assert result.code == 1 and f"Error: {STORY}: not JSON" in result.err
    else:
        assert result.code == 0, result


def test_db_after_the_command_wins_over_the_one_before(db_url: str, tmp_path: Path) -> None:
    elsewhere = f"sqlite:///{tmp_path / 'elsewhere.sqlite'}"
    assert run_args("--db", elsewhere, "ingest", STORY, "--db", db_url).code == 0
    assert not (tmp_path / "elsewhere.sqlite").exists()
    assert run_cli(db_url, "stats").out.splitlines()[1].split() == ["articles", "1"]


@pytest.mark.parametrize("name", sorted(READERS))
def test_a_reading_command_refuses_a_missing_sqlite_file(tmp_path: Path, name: str) -> None:
    target = tmp_path / "none.db"
    run = run_args("--db", f"sqlite:///{target}", name, *READERS[name])
    line = one_error(run)
    if name != "review":  # review first says it needs a terminal
        assert str(target) in line and "factdb ingest" in line
    assert list(tmp_path.iterdir()) == []  # no database, no -wal or -shm file


def test_the_default_database_is_not_created_by_stats(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTDB_URL", raising=False)
    assert "factdb.sqlite" in one_error(run_args("stats"))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_a_writing_command_creates_the_database(tmp_path: Path, name: str) -> None:
    target = tmp_path / "new.db"
    run = run_args("--db", f"sqlite:///{target}", name, *WRITERS[name])
    assert run.code == 0, run.err
    engine = db.make_engine(f"sqlite:///{target}")
    assert db.current_revision(engine)[0] == db.head_revision()
    engine.dispose()


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_missing_migrations_leave_no_database_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.setattr(db, "migrations_dir", lambda: tmp_path / "gone")
    target = tmp_path / "new.db"
    line = one_error(run_args("--db", f"sqlite:///{target}", name, *WRITERS[name]))
    assert "migrations are missing" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_failed_first_migration_removes_the_file_it_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_engine: object) -> None:
        raise db.DatabaseError("the disk is full")

    monkeypatch.setattr(database_module.db, "ensure_schema", broken)
    target = tmp_path / "new.db"
    assert "disk is full" in one_error(run_args("--db", f"sqlite:///{target}", "ingest", STORY))
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_kept_when_its_migration_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "kept.db"
    target.touch()
    monkeypatch.setattr(database_module.db, "ensure_schema", lambda _e: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        run_args("--db", f"sqlite:///{target}", "ingest", STORY)
    assert target.exists()


def _add_foreign_table(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"))
    engine.dispose()


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_upgrade_refuses_a_foreign_database(empty_db_url: str) -> None:
    _add_foreign_table(empty_db_url)
    line = one_error(run_cli(empty_db_url, "upgrade"))
    assert "not a factdb database" in line
    assert _tables(empty_db_url) == {"notes"}
    assert "not a factdb database" in one_error(run_cli(empty_db_url, "stats"))


def test_upgrade_refuses_an_unknown_revision(empty_db_url: str) -> None:
    engine = create_engine(empty_db_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)"))
        conn.execute(text("INSERT INTO alembic_version VALUES ('f00dfeed')"))
    engine.dispose()
    line = one_error(run_cli(empty_db_url, "upgrade"))
    assert "f00dfeed" in line and "unknown" in line
    assert _tables(empty_db_url) == {"alembic_version"}
    assert "f00dfeed" in one_error(run_cli(empty_db_url, "stats"))


def test_upgrade_of_an_empty_database_installs_the_schema(empty_db_url: str) -> None:
    run = run_cli(empty_db_url, "upgrade")
    assert run.code == 0 and db.head_revision() in run.err
    assert {"articles", "quotes", "claims", "links"} <= _tables(empty_db_url)

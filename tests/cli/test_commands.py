"""Every command: help text, README mention, database selection, schema and error handling."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from factdb import db
from factdb.cli.main import cli
from tests.cli.helpers import run_cli, run_process
from tests.conftest import REPO_ROOT

CONTRACT = [
    "ingest",
    "extract",
    "link",
    "compare",
    "review",
    "decide",
    "export",
    "sql",
    "upgrade",
    "stats",
]


def test_every_contract_command_exists_with_help() -> None:
    for name in CONTRACT:
        assert name in cli.commands, name
        result = run_cli("sqlite://", name, "--help")
        assert result.code == 0
        assert "Usage:" in result.out and len(result.out.splitlines()) > 3


def test_every_command_has_help_text_and_is_in_the_readme() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in cli.commands.items():
        assert command.help, name
        assert f"factdb {name}" in readme, name


def test_default_database_is_a_file_in_the_working_directory(tmp_path: Path) -> None:
    result = run_process("stats", cwd=str(tmp_path), env={"FACTDB_URL": ""})
    assert result.code == 0, result.err
    assert (tmp_path / "factdb.sqlite").exists()


def test_environment_variable_selects_the_database(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.sqlite"
    result = run_process("stats", cwd=str(tmp_path), env={"FACTDB_URL": f"sqlite:///{target}"})
    assert result.code == 0, result.err
    assert target.exists() and not (tmp_path / "factdb.sqlite").exists()


def test_unreachable_server_is_one_error_line() -> None:
    result = run_process("--db", "postgresql+psycopg://nobody@127.0.0.1:9/none", "stats")
    assert result.code == 1
    assert result.err.startswith("Error: cannot use database") and result.err.count("\n") == 1
    assert result.out == ""


def test_bad_url_is_one_error_line() -> None:
    result = run_process("--db", "nosuchdialect://x", "stats")
    assert result.code == 1 and result.err.startswith("Error:")


def test_empty_database_is_migrated_on_first_use(empty_db_url: str) -> None:
    result = run_cli(empty_db_url, "stats")
    assert result.code == 0, result.err
    engine = db.make_engine(empty_db_url)
    assert db.current_revision(engine)[0] == db.head_revision()
    engine.dispose()


def test_older_schema_is_refused_until_upgrade(empty_db_url: str) -> None:
    script = ScriptDirectory.from_config(db.alembic_config())
    previous = script.get_revision(db.head_revision()).down_revision
    assert isinstance(previous, str), "needs at least two migrations"
    engine = db.make_engine(empty_db_url)
    db.upgrade(engine, previous)
    refused = run_cli(empty_db_url, "stats")
    assert refused.code == 1
    assert "factdb upgrade" in refused.err and refused.err.startswith("Error:")
    upgraded = run_cli(empty_db_url, "upgrade")
    assert upgraded.code == 0, upgraded.err
    assert db.current_revision(engine)[0] == db.head_revision()
    assert run_cli(empty_db_url, "stats").code == 0
    engine.dispose()


def test_stats_counts(db_url: str) -> None:
    result = run_cli(db_url, "stats")
    assert result.code == 0
    assert result.out.splitlines()[1].split() == ["articles", "0"]


@pytest.mark.parametrize("module", ["factdb.cli.main", "factdb.services.ingest", "factdb.models"])
def test_core_does_not_load_the_ui(module: str) -> None:
    code = f"import sys, {module}; sys.exit('textual' in sys.modules or 'tui' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0

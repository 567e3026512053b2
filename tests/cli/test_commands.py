"""Every command: help text, README mention, database selection, schema and error handling."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click
import pytest
from alembic.script import ScriptDirectory

from factdb import db
from factdb.cli.commands import COMMANDS
from factdb.cli.main import cli
from tests.cli.helpers import run_cli, run_process
from tests.conftest import EXAMPLES, REPO_ROOT

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


def command(name: str) -> click.Command:
    """The click command NAME, imported through the group as `factdb NAME` would."""
    found = cli.get_command(click.Context(cli), name)
    assert found is not None, name
    return found


def test_every_contract_command_exists_with_help() -> None:
    for name in CONTRACT:
        assert name in COMMANDS, name
        result = run_cli("sqlite://", name, "--help")
        assert result.code == 0
        assert "Usage:" in result.out and len(result.out.splitlines()) > 3


def test_every_command_has_help_text_and_is_in_the_readme() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    for name in COMMANDS:
        assert command(name).help, name
        assert f"factdb {name}" in readme, name


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_the_registry_summary_is_the_commands_first_sentence(name: str) -> None:
    # `factdb --help` shows the registry's summary without importing the command.
    assert COMMANDS[name][1] == command(name).get_short_help_str(limit=1000)


def test_the_command_list_shows_every_summary() -> None:
    out = run_cli("sqlite://", "--help").out
    for name in COMMANDS:
        assert name in out
    assert "Store articles and the quotes and claims" in out


def test_default_database_is_a_file_in_the_working_directory(tmp_path: Path) -> None:
    story = EXAMPLES / "2026-03-05_meridian-wire_communique.txt"
    result = run_process("ingest", str(story), cwd=str(tmp_path), env={"FACTDB_URL": ""})
    assert result.code == 0, result.err
    assert (tmp_path / "factdb.sqlite").exists()
    assert run_process("stats", cwd=str(tmp_path), env={"FACTDB_URL": ""}).code == 0


def test_environment_variable_selects_the_database(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.sqlite"
    story = EXAMPLES / "2026-03-05_meridian-wire_communique.txt"
    env = {"FACTDB_URL": f"sqlite:///{target}"}
    result = run_process("ingest", str(story), cwd=str(tmp_path), env=env)
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

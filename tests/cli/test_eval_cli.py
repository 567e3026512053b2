"""`factdb eval`: each suite has its own `--help`, and errors are one `Error:` line.

Guards against `factdb eval quotes --help` printing the parent's help, and eval errors
without the `Error:` prefix (a missing shared data folder above all).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factdb.cli.commands.evaluate import _SUITES
from tests.cli.helpers import run_args


@pytest.mark.parametrize("suite", sorted(_SUITES))
def test_each_suite_prints_its_own_options(suite: str) -> None:
    result = run_args("eval", suite, "--help")
    assert result.code == 0
    assert result.out.startswith(f"usage: factdb eval {suite} ")
    assert "Commands:" not in result.out


def test_eval_help_lists_the_suites() -> None:
    result = run_args("eval", "--help")
    assert result.code == 0
    for suite in _SUITES:
        assert suite in result.out


@pytest.mark.parametrize("suite", sorted(_SUITES))
def test_missing_shared_data_is_one_error_line(
    suite: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "no-shared-here"
    monkeypatch.setenv("FACTDB_SHARED", str(missing))
    result = run_args("eval", suite)
    assert result.code == 1 and result.out == ""
    lines = result.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: shared data folder not found")
    assert str(missing) in lines[0] and "FACTDB_SHARED" in lines[0]


def test_a_suites_own_error_has_the_prefix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTDB_SHARED", str(tmp_path))
    result = run_args("eval", "quotes", "--polnear", str(tmp_path / "none.jsonl"), "--no-seeds")
    assert result.code == 2
    assert result.err.startswith("Error: no such file:")


def test_an_unknown_suite_is_a_usage_error() -> None:
    result = run_args("eval", "nonsense")
    assert result.code == 2 and "Error:" in result.err

"""Running the factdb command line in-process or as a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass

from click.testing import CliRunner

from factdb.cli.main import cli
from tests.conftest import REPO_ROOT


@dataclass(frozen=True)
class Run:
    """What a command printed and how it exited."""

    code: int
    out: str
    err: str


def run_cli(url: str, *args: str, stdin: str | bytes | None = None) -> Run:
    """Run `factdb --db URL ARGS...` in-process."""
    return run_args("--db", url, *args, stdin=stdin)


def run_args(*args: str, stdin: str | bytes | None = None) -> Run:
    """Run `factdb ARGS...` in-process, with the database (if any) wherever ARGS put it."""
    result = CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)
    return Run(result.exit_code, result.stdout, result.stderr)


def run_process(*args: str, cwd: str | None = None, env: dict[str, str] | None = None) -> Run:
    """Run `python -m factdb ARGS...` as a separate process."""
    full_env = {**os.environ, **(env or {})}
    full_env["PYTHONPATH"] = str(REPO_ROOT)
    proc = subprocess.run(
        [sys.executable, "-m", "factdb", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=full_env,
        stdin=subprocess.DEVNULL,
        check=False,
        timeout=300,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)

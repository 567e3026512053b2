"""Start-up stays light: `--help` and `extract` do not load the heavy libraries.

`factdb --help` used to import Alembic, SQLAlchemy, trafilatura, dateparser and NumPy, about
1.2 s of CPU before printing anything. These tests check which modules a command loads (the
CPU figures themselves come from bench/bench_startup.py).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factdb.cli.commands import COMMANDS
from tests.conftest import REPO_ROOT

HEAVY = (
    "sqlalchemy",
    "alembic",
    "trafilatura",
    "numpy",
    "dateparser",
    "pint",
    "textual",
    "dask",
    "distributed",
)
# Run the command line in a fresh interpreter and report which heavy modules it loaded.
PROBE = f"""
import json, sys
from factdb.cli.main import cli
try:
    cli(sys.argv[1:], prog_name="factdb")
except SystemExit:
    pass
heavy = sorted(name for name in {HEAVY!r} if name in sys.modules)
print("\\n" + json.dumps(heavy), file=sys.stderr)
"""


def loaded_heavy_modules(*args: str, cwd: Path | None = None) -> list[str]:
    """The heavy modules that `factdb ARGS` loads, in a new interpreter."""
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        cwd=cwd or REPO_ROOT,
        env={"PYTHONPATH": str(REPO_ROOT), "PATH": "/usr/bin:/bin"},
        check=False,
        timeout=120,
    )
    found: list[str] = json.loads(proc.stderr.splitlines()[-1])
    return found


def test_help_loads_no_heavy_library() -> None:
    assert loaded_heavy_modules("--help") == []


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_help_loads_no_heavy_library(name: str) -> None:
    assert loaded_heavy_modules(name, "--help") == []


def test_extract_of_a_text_file_loads_no_database_web_or_date_library(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(
        "Port strike ends\n\nPORTO VELHA, March 4, 2026 (Meridian Wire) – Dockworkers ended a "
        'four-day strike. "It is a fair deal," said Lena Okafor, after a 5.5% pay rise.\n',
        encoding="utf-8",
    )
    assert loaded_heavy_modules("extract", str(path), cwd=tmp_path) == []

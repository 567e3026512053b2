"""`factdb sql` stops a runaway query and never holds every row of a table in memory.

Guards against: no query timeout; on SQLite Ctrl-C did not stop a never-ending recursive
query; on PostgreSQL a killed client left its query running; the table format held every
row in memory (2M rows took 990 MB); invalid UTF-8 on `sql -` gave a traceback.
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import text

from factdb.errors import QueryError
from factdb.services.database import Database
from factdb.services.query import TABLE_SAMPLE_ROWS, run_query, write_table
from tests.cli.helpers import run_cli
from tests.conftest import REPO_ROOT

ENDLESS = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT max(x) FROM c"
SLEEP = "SELECT pg_sleep(60) AS runaway_{tag}"


def _runaway(database: Database, tag: str) -> str:
    return ENDLESS if database.is_sqlite else SLEEP.format(tag=tag)


def test_a_query_stops_at_its_timeout_with_one_error(database: Database, db_url: str) -> None:
    run = run_cli(db_url, "sql", "--timeout", "0.5", _runaway(database, "timeout"))
    assert run.code == 1 and run.out == ""
    assert run.err == "Error: query stopped after 0.5 s (--timeout)\n"


def test_a_query_cannot_lift_its_own_timeout(database: Database) -> None:
    if database.is_sqlite:
        pytest.skip("a PostgreSQL setting")
    lifted = "SELECT set_config('statement_timeout', '0', false), pg_sleep(60)"
    with pytest.raises(QueryError, match=r"stopped after 0.5 s"):
        run_query(database, lifted, timeout=0.5)


def test_the_timeout_must_be_positive(db_url: str) -> None:
    run = run_cli(db_url, "sql", "--timeout", "0", "SELECT 1")
    assert run.code == 2 and "--timeout" in run.err


def _start(db_url: str, sql: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "factdb", "--db", db_url, "sql", "--timeout", "300", sql],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        # A shell may start a background job with Ctrl-C ignored; a terminal never does.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def _running(database: Database, tag: str) -> int:
    with database.engine.connect() as conn:
        found = conn.scalar(
            text(
                "SELECT count(*) FROM pg_stat_activity WHERE query LIKE :q"
                " AND pid <> pg_backend_pid()"
            ),
            {"q": f"%runaway_{tag}%"},
        )
    return int(found or 0)


def _wait_until(condition: Any, limit: float = 60.0) -> bool:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return bool(condition())


def _sqlite_opened(database: Database, process: subprocess.Popen[str]) -> bool:
    """Whether the process holds the database file open twice: its own connection and the
    query's (so it is past start-up, where Ctrl-C would stop Python before factdb runs)."""
    path = os.path.realpath(str(database.engine.url.database))
    folder = f"/proc/{process.pid}/fd"
    try:
        links = [os.readlink(os.path.join(folder, fd)) for fd in os.listdir(folder)]
    except OSError:
        return False
    return links.count(path) >= 2


def _started(database: Database, process: subprocess.Popen[str], tag: str) -> None:
    if database.is_sqlite:
        assert _wait_until(lambda: _sqlite_opened(database, process))
    else:
        assert _wait_until(lambda: _running(database, tag) == 1)
    assert process.poll() is None


def test_ctrl_c_stops_the_query(database: Database, db_url: str) -> None:
    if database.is_sqlite and not os.path.isdir("/proc/self/fd"):
        pytest.skip("needs /proc to see that the query started")
    process = _start(db_url, _runaway(database, "ctrl_c"))
    _started(database, process, "ctrl_c")
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 1 and err == "Error: interrupted\n"
    if not database.is_sqlite:
        assert _wait_until(lambda: _running(database, "ctrl_c") == 0)


def test_a_killed_client_leaves_no_query_running(database: Database, db_url: str) -> None:
    if database.is_sqlite:
        pytest.skip("SQLite runs in the client's own process")
    process = _start(db_url, _runaway(database, "killed"))
    _started(database, process, "killed")
    process.kill()
    process.communicate(timeout=60)
    assert _wait_until(lambda: _running(database, "killed") == 0)


def test_table_rows_are_written_as_they_come() -> None:
    """The table is printed before the rows run out: nothing holds them all."""
    written = io.StringIO()

    def rows() -> Iterator[tuple[int, str]]:
        for n in range(TABLE_SAMPLE_ROWS + 500):
            yield n, f"row {n}"
        raise RuntimeError("the rows stop here")

    with pytest.raises(RuntimeError):
        write_table(("n", "label"), rows(), written)
    lines = written.getvalue().splitlines()
    assert len(lines) == 2 + TABLE_SAMPLE_ROWS + 500
    assert lines[0].split() == ["n", "label"] and lines[-1].split() == ["1499", "row", "1499"]


def test_a_later_wider_cell_is_printed_whole() -> None:
    written = io.StringIO()
    rows = [(1,)] * TABLE_SAMPLE_ROWS + [(123456789,)]
    assert write_table(("n",), iter(rows), written) == TABLE_SAMPLE_ROWS + 1
    assert written.getvalue().splitlines()[-1] == "123456789"


def test_invalid_utf8_on_stdin_is_one_error(db_url: str) -> None:
    run = run_cli(db_url, "sql", "-", stdin=b'SELECT 1 AS "\xff"')
    assert run.code == 1 and run.out == ""
    assert run.err == "Error: <stdin>: the query is not UTF-8 text (byte 0xff at 13)\n"


@pytest.mark.parametrize("query", ["SELECT 'a\x00b'", "SELECT '\udcff'"])
def test_characters_no_database_takes_are_one_error(db_url: str, query: str) -> None:
    run = run_cli(db_url, "sql", query)
    assert run.code == 1 and run.err.startswith("Error: the query holds a character")

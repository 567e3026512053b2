"""`factdb decide` and `factdb review` from the command line."""

from __future__ import annotations

import subprocess
import sys

from factdb.services.database import Database
from tests.cli.helpers import run_cli
from tests.conftest import REPO_ROOT
from tests.tui.helpers import audit, link_state
from tests.tui.seed import seed_queue


def test_decide_confirm_with_note(db_url: str) -> None:
    database = Database.open(db_url)
    s = seed_queue(database)
    run = run_cli(
        db_url,
        "decide",
        str(s.links["q12"]),
        "confirm",
        "--reviewer",
        "ann",
        "--note",
        "same speech",
    )
    assert run.code == 0 and run.out == ""
    assert "pending -> confirmed by ann" in run.err
    assert link_state(database, s.links["q12"]) == ("confirmed", "ann", "same speech")
    assert audit(database, s.links["q12"]) == [("confirm", "pending", "confirmed", "ann")]
    database.close()


def test_decide_conflict_and_force(db_url: str) -> None:
    database = Database.open(db_url)
    s = seed_queue(database)
    assert run_cli(db_url, "decide", str(s.links["c12"]), "reject", "--reviewer", "bob").code == 0
    again = run_cli(db_url, "decide", str(s.links["c12"]), "confirm", "--reviewer", "ann")
    assert again.code == 1 and again.out == ""
    assert again.err.startswith("Error: link") and "rejected by bob" in again.err
    assert link_state(database, s.links["c12"])[:2] == ("rejected", "bob")
    forced = run_cli(
        db_url, "decide", str(s.links["c12"]), "confirm", "--reviewer", "ann", "--force"
    )
    assert forced.code == 0
    assert link_state(database, s.links["c12"])[:2] == ("confirmed", "ann")
    database.close()


def test_decide_errors(db_url: str) -> None:
    missing = run_cli(db_url, "decide", "12345", "reject")
    assert missing.code == 1 and missing.err == "Error: link 12345 does not exist\n"
    assert run_cli(db_url, "decide", "1", "maybe").code == 2
    assert run_cli(db_url, "decide", "x", "confirm").code == 2


def test_review_needs_a_terminal(tmp_path: object) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "factdb", "--db", f"sqlite:///{tmp_path}/r.sqlite", "review"],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.startswith("Error: factdb review needs a terminal")


def test_core_does_not_load_textual() -> None:
    code = "import sys, factdb.cli.main; assert 'textual' not in sys.modules, 'textual loaded'"
    subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, check=True)

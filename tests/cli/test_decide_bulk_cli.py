"""`factdb decide` with many ids, ids on stdin, filters and dry runs."""

from __future__ import annotations

from sqlalchemy import update

from factdb.models import Link
from factdb.services.database import Database
from tests.cli.helpers import run_cli
from tests.tui.helpers import audit, link_state
from tests.tui.seed import seed_queue


def test_ids_as_arguments_and_on_stdin(db_url: str) -> None:
    database = Database.open(db_url)
    s = seed_queue(database)
    two = run_cli(db_url, "decide", str(s.links["q12"]), str(s.links["q13"]), "reject",
                  "--reviewer", "ann")  # fmt: skip
    assert two.code == 0 and two.out == ""
    assert two.err.startswith("Decided 2 links (2 pending) -> rejected by ann")
    piped = run_cli(db_url, "decide", "-", "confirm", "--reviewer", "bob",
                    stdin=f"link_id\n{s.links['c13']}\n{s.links['c12']}\n")  # fmt: skip
    assert piped.code == 0, piped.err
    assert link_state(database, s.links["c12"])[:2] == ("confirmed", "bob")
    assert audit(database, s.links["c13"]) == [("confirm", "pending", "confirmed", "bob")]
    assert link_state(database, s.links["q23"])[0] == "pending"
    database.close()


def test_a_filter_with_a_dry_run_first(db_url: str) -> None:
    database = Database.open(db_url)
    s = seed_queue(database)
    args = ("decide", "--kind", "quote", "--max-score", "80", "--reviewer", "ann")
    dry = run_cli(db_url, *args, "--dry-run", "reject")
    assert dry.code == 0 and "Would decide 2 links" in dry.err and "nothing changed" in dry.err
    assert link_state(database, s.links["q23"])[0] == "pending"
    done = run_cli(db_url, *args, "reject")
    assert done.code == 0 and done.err.startswith("Decided 2 links")
    assert {link_state(database, s.links[k])[0] for k in ("q23", "q34")} == {"rejected"}
    assert link_state(database, s.links["q13"])[0] == "pending"
    database.close()


def test_usage_and_errors(db_url: str) -> None:
    database = Database.open(db_url)
    s = seed_queue(database)
    assert run_cli(db_url, "decide", "reject").code == 2
    both = run_cli(db_url, "decide", str(s.links["q12"]), "--kind", "quote", "reject")
    assert both.code == 2 and "not both" in both.err
    bad = run_cli(db_url, "decide", "-", "reject", stdin="12\nabc\n")
    assert bad.code == 2 and "abc" in bad.err
    run_cli(db_url, "decide", str(s.links["q34"]), "reject", "--reviewer", "bob")
    stuck = run_cli(db_url, "decide", str(s.links["q12"]), str(s.links["q34"]), "confirm")
    assert stuck.code == 1 and stuck.out == ""
    assert stuck.err.startswith("Error: link") and "rejected by bob" in stuck.err
    assert link_state(database, s.links["q12"])[0] == "pending"
    database.close()


def test_one_automatic_grouping_is_decided_or_undone(db_url: str) -> None:
    database = Database.open(db_url)
    s = seed_queue(database)
    with database.write() as session:
        ids = [s.links["q12"], s.links["q23"]]
        session.execute(update(Link).where(Link.id.in_(ids)).values(status="auto"))
    rejected = run_cli(db_url, "decide", str(s.links["q12"]), "reject", "--reviewer", "ann")
    assert rejected.code == 0 and "auto -> rejected by ann" in rejected.err
    undone = run_cli(db_url, "decide", str(s.links["q23"]), "undo", "--reviewer", "ann")
    assert undone.code == 0 and "now pending" in undone.err
    assert audit(database, s.links["q12"]) == [("reject", "auto", "rejected", "ann")]
    assert audit(database, s.links["q23"]) == [("undo", "auto", "pending", "ann")]
    database.close()

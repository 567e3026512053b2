"""Two reviewers on one database never see the same link; a saved decision survives SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from factdb.services.database import Database
from tests.conftest import REPO_ROOT
from tests.tui.helpers import link_state, press, settle, sync
from tests.tui.seed import seed_queue
from tui.app import ReviewApp


@sync
async def test_two_reviewer_apps_never_get_the_same_link(database: Database) -> None:
    seeded = seed_queue(database)
    alice, bob = ReviewApp(database, "alice"), ReviewApp(database, "bob")
    seen: dict[str, list[int]] = {"alice": [], "bob": []}
    async with alice.run_test() as pa, bob.run_test() as pb:
        for name, pilot in (("alice", pa), ("bob", pb)):
            screen = await settle(pilot)
            assert screen.current is not None
            seen[name].append(screen.current.id)
        # Both work through the queue, taking turns; each decision is made on the link shown.
        for step in range(4):
            name, pilot = ("alice", pa) if step % 2 == 0 else ("bob", pb)
            screen = await press(pilot, "y" if name == "alice" else "n")
            if screen.current is not None:
                seen[name].append(screen.current.id)
            other = (bob if name == "alice" else alice).review_screen.current
            assert other is None or screen.current is None or other.id != screen.current.id
    assert not set(seen["alice"]) & set(seen["bob"])
    assert sorted(seen["alice"] + seen["bob"]) == sorted(seeded.links.values())
    decided = {link_state(database, i)[1] for i in seen["alice"][:2]}
    assert decided == {"alice"}


KILLED_REVIEWER = """
import sys, time
from factdb.services import review
from factdb.services.database import Database

database = Database.open(sys.argv[1])
owner = review.new_owner("alice")
view = review.claim_next(database, owner)
review.decide(database, view.id, "confirm", "alice", owner=owner)
print(f"saved {view.id}", flush=True)
time.sleep(60)
"""


def test_decision_survives_sigkill(db_url: str) -> None:
    database = Database.open(db_url)
    seeded = seed_queue(database)
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(KILLED_REVIEWER), db_url],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert line == f"saved {seeded.links['c13']}\n"
    database.close()
    # A fresh connection, as after a crash, finds the decision.
    reopened = Database.open(db_url)
    try:
        assert link_state(reopened, seeded.links["c13"]) == ("confirmed", "alice", None)
    finally:
        reopened.close()

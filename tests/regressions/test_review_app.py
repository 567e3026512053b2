"""The review application: no decision on a link the reviewer cannot see, no key lost unseen.

Guards against: at 40x10 a reviewer could confirm or reject without the quote on screen; keys
pressed while a decision was being saved were dropped without a sign; an empty or multi-line
reviewer name was stored with decisions.
"""

from __future__ import annotations

import threading
from typing import Any

import pytest

from factdb.errors import InputError
from factdb.services import review
from factdb.services.database import Database
from tests.cli.helpers import run_cli
from tests.tui.helpers import link_state, settle, sync
from tests.tui.seed import Seeded, seed_queue
from tui.app import ReviewApp
from tui.screens.review import TOO_SMALL
from tui.widgets.counter import QueueCounter
from tui.widgets.item_panel import ItemPanel


@pytest.fixture
def seeded(database: Database) -> Seeded:
    return seed_queue(database)


@sync
async def test_a_tiny_terminal_refuses_decisions_until_the_items_show(
    database: Database, seeded: Seeded
) -> None:
    first = seeded.links["c13"]
    app = ReviewApp(database, "alice")
    async with app.run_test(size=(40, 10)) as pilot:
        screen = await settle(pilot)
        assert screen.current is not None and screen.current.id == first
        assert app.review_screen.query_one(QueueCounter).warning == TOO_SMALL
        for key in ("y", "n"):
            await pilot.press(key)
            await settle(pilot)
        assert link_state(database, first)[0] == "pending"
        assert any(TOO_SMALL in n.message for n in app._notifications)
        await pilot.resize_terminal(100, 30)
        await settle(pilot)
        assert app.review_screen.query_one(QueueCounter).warning == ""
        await pilot.press("y")
        await settle(pilot)
    assert link_state(database, first) == ("confirmed", "alice", None)


@pytest.mark.parametrize("size", [(20, 6), (60, 12), (30, 40)])
@sync
async def test_other_small_sizes_refuse_too(database: Database, seeded: Seeded, size: Any) -> None:
    app = ReviewApp(database, "alice")
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        counter = app.review_screen.query_one(QueueCounter)
        shown = all(panel.item_visible() for panel in app.review_screen.query(ItemPanel))
        assert counter.warning == ("" if shown else TOO_SMALL)
        await pilot.press("y")
        await settle(pilot)
    assert (link_state(database, seeded.links["c13"])[0] == "confirmed") is shown


@sync
async def test_keys_pressed_while_saving_are_refused_visibly(
    database: Database, seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    slow_decide = review.decide_and_claim

    def held(*args: Any, **kwargs: Any) -> review.Step:
        release.wait(timeout=30)
        return slow_decide(*args, **kwargs)

    monkeypatch.setattr(review, "decide_and_claim", held)
    app = ReviewApp(database, "alice")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await settle(pilot)
        first = screen.current.id if screen.current else None
        await pilot.press("y")
        await pilot.pause()
        assert screen.saving
        await pilot.press("n")
        await pilot.press("s")
        await pilot.pause()
        ignored = [n.message for n in app._notifications if "was ignored" in n.message]
        assert ignored == [
            "Still saving the last decision: reject was ignored",
            "Still saving the last decision: skip was ignored",
        ]
        release.set()
        screen = await settle(pilot)
        second = screen.current.id if screen.current else None
    assert first is not None and second is not None and second != first
    assert link_state(database, first)[0] == "confirmed"
    assert link_state(database, second)[0] == "pending"


@pytest.mark.parametrize(
    "name", ["", "   ", "ana\nbob", "ana\rbob", "tab\there", "rtl\u202eoverride"]
)
def test_bad_reviewer_names_are_refused(database: Database, seeded: Seeded, name: str) -> None:
    with pytest.raises(InputError, match="reviewer"):
        ReviewApp(database, name)
    with pytest.raises(InputError, match="reviewer"):
        review.decide(database, seeded.links["c13"], "confirm", name)
    assert link_state(database, seeded.links["c13"])[0] == "pending"


@pytest.mark.parametrize("command", ["review", "decide"])
@pytest.mark.parametrize("name", ["", "ana\nbob"])
def test_bad_reviewer_names_give_one_error_line(db_url: str, command: str, name: str) -> None:
    args = ["decide", "1", "confirm"] if command == "decide" else ["review"]
    run = run_cli(db_url, *args, "--reviewer", name)
    assert run.code == 1
    assert run.err.count("\n") == 1 and run.err.startswith("Error: reviewer: a reviewer name")


def test_a_name_is_kept_without_surrounding_spaces(database: Database, seeded: Seeded) -> None:
    review.decide(database, seeded.links["c13"], "confirm", "  ana  ")
    assert link_state(database, seeded.links["c13"]) == ("confirmed", "ana", None)

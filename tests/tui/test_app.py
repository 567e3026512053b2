"""Pilot tests: every key of the review application changes the database exactly as intended."""

from __future__ import annotations

import gc
import time
from pathlib import Path

import pytest
from sqlalchemy import update
from textual.widgets import Input

from factdb.models import Link
from factdb.models.base import utcnow
from factdb.services import review
from factdb.services.database import Database
from tests.tui.helpers import audit, link_state, press, settle, sync
from tests.tui.seed import Seeded, seed_queue
from tui.app import ReviewApp
from tui.screens.dialogs import ErrorScreen
from tui.screens.help import HelpScreen
from tui.widgets.counter import QueueCounter
from tui.widgets.evidence import EvidencePanel


@pytest.fixture
def seeded(database: Database) -> Seeded:
    return seed_queue(database)


@sync
async def test_confirm_and_reject(database: Database, seeded: Seeded) -> None:
    app = ReviewApp(database, "alice")
    async with app.run_test() as pilot:
        screen = await settle(pilot)
        assert screen.current is not None and screen.current.id == seeded.links["c13"]
        screen = await press(pilot, "y")
        assert screen.current is not None and screen.current.id == seeded.links["q12"]
        screen = await press(pilot, "n")
        assert screen.current is not None and screen.current.id == seeded.links["c12"]
    assert link_state(database, seeded.links["c13"]) == ("confirmed", "alice", None)
    assert link_state(database, seeded.links["q12"]) == ("rejected", "alice", None)
    assert audit(database, seeded.links["c13"]) == [("confirm", "pending", "confirmed", "alice")]
    assert audit(database, seeded.links["q12"]) == [("reject", "pending", "rejected", "alice")]
    assert link_state(database, seeded.links["c12"])[0] == "pending"


@sync
async def test_skip_leaves_the_link_pending(database: Database, seeded: Seeded) -> None:
    app = ReviewApp(database, "alice")
    async with app.run_test() as pilot:
        screen = await press(pilot, "s")
        assert screen.current is not None and screen.current.id == seeded.links["q12"]
    assert link_state(database, seeded.links["c13"]) == ("pending", None, None)
    assert audit(database, seeded.links["c13"]) == []
    assert review.link_view(database, seeded.links["c13"]).lease_owner is None


@sync
async def test_undo_many_steps(database: Database, seeded: Seeded) -> None:
    app = ReviewApp(database, "alice")
    async with app.run_test() as pilot:
        await press(pilot, "y", "n", "y")
        screen = await press(pilot, "u", "u")
        assert screen.current is not None and screen.current.id == seeded.links["q12"]
        screen = await press(pilot, "y")
        assert screen.current is not None and screen.current.id == seeded.links["c12"]
    assert link_state(database, seeded.links["c13"])[0] == "confirmed"
    assert link_state(database, seeded.links["c12"]) == ("pending", None, None)
    assert audit(database, seeded.links["q12"]) == [
        ("reject", "pending", "rejected", "alice"),
        ("undo", "rejected", "pending", "alice"),
        ("confirm", "pending", "confirmed", "alice"),
    ]
    assert [a[0] for a in audit(database, seeded.links["c12"])] == ["confirm", "undo"]


@sync
async def test_note(database: Database, seeded: Seeded) -> None:
    app = ReviewApp(database, "alice")
    async with app.run_test() as pilot:
        await press(pilot, "e")
        await pilot.press(*"check units", "enter")
        await settle(pilot)
    assert link_state(database, seeded.links["c13"]) == ("pending", None, "check units")
    assert audit(database, seeded.links["c13"]) == [("note", "pending", "pending", "alice")]


@sync
async def test_filter(database: Database, seeded: Seeded) -> None:
    app = ReviewApp(database, "alice")
    async with app.run_test(size=(100, 30)) as pilot:
        await press(pilot, "slash")
        field = app.screen.query_one("#outlet", Input)
        field.value = "guard"
        field.focus()
        screen = await press(pilot, "enter")
        assert screen.current is not None and screen.current.id == seeded.links["q34"]
        screen = await press(pilot, "y")
        assert screen.current is None
    assert link_state(database, seeded.links["q34"])[0] == "confirmed"
    assert link_state(database, seeded.links["c13"]) == ("pending", None, None)
    assert review.link_view(database, seeded.links["c13"]).lease_owner is None


@sync
async def test_decision_by_someone_else_is_shown_not_overwritten(
    database: Database, seeded: Seeded
) -> None:
    app = ReviewApp(database, "alice")
    async with app.run_test() as pilot:
        await settle(pilot)
        # Alice's lease lapses while she reads; Bob decides the link meanwhile.
        with database.write() as session:
            session.execute(update(Link).values(lease_expires_at=utcnow()))
        review.decide(database, seeded.links["c13"], "reject", "bob")
        screen = await press(pilot, "y")
        assert screen.current is not None and screen.current.id == seeded.links["q12"]
        assert any("rejected by bob" in n.message for n in app._notifications)
    assert link_state(database, seeded.links["c13"]) == ("rejected", "bob", None)
    assert [a[0] for a in audit(database, seeded.links["c13"])] == ["reject"]


@sync
async def test_blind_mode_hides_the_score(database: Database, seeded: Seeded) -> None:
    app = ReviewApp(database, "alice", blind=True)
    async with app.run_test() as pilot:
        screen = await settle(pilot)
        shown = str(screen.query_one(EvidencePanel).render())
        assert "hidden" in shown and "97" not in shown
        await press(pilot, "m")
        assert "97" in str(screen.query_one(EvidencePanel).render())


@sync
async def test_keymap_and_help(database: Database, seeded: Seeded, tmp_path: Path) -> None:
    keymap = tmp_path / "keys.toml"
    keymap.write_text('[keys]\nconfirm = "j"\n', encoding="utf-8")
    app = ReviewApp(database, "alice", keymap=keymap)
    async with app.run_test() as pilot:
        await press(pilot, "y", "j")
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert ("confirm", "j", "Confirm the link and go on") in app.key_rows()
    assert link_state(database, seeded.links["c13"])[0] == "confirmed"


@sync
async def test_unexpected_error_is_a_dialog(
    database: Database, seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(review, "decide_and_claim", broken)
    app = ReviewApp(database, "alice")
    async with app.run_test() as pilot:
        screen = await press(pilot, "y")
        assert isinstance(app.screen, ErrorScreen)
        assert screen.current is not None and screen.current.id == seeded.links["c13"]
    assert link_state(database, seeded.links["c13"]) == ("pending", None, None)


@sync
async def test_quit_releases_the_lease(database: Database, seeded: Seeded) -> None:
    app = ReviewApp(database, "alice")
    async with app.run_test() as pilot:
        await press(pilot, "q")
    assert review.link_view(database, seeded.links["c13"]).lease_owner is None


@sync
async def test_a_slow_save_says_saving_until_it_is_saved(
    database: Database, seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    decide_and_claim = review.decide_and_claim

    def slow(*args: object, **kwargs: object) -> review.Step:
        time.sleep(1.5)
        return decide_and_claim(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(review, "decide_and_claim", slow)
    app = ReviewApp(database, "alice")
    async with app.run_test() as pilot:
        screen = await settle(pilot)
        counter = screen.query_one(QueueCounter)
        await pilot.press("y")
        await pilot.pause(0.6)
        assert counter.status == "saving…"
        screen = await settle(pilot)
        # The outcome and the next link arrive together.
        assert counter.status == f"saved: #{seeded.links['c13']} confirmed, cluster of 2"
        assert screen.current is not None and screen.current.id == seeded.links["q12"]
    assert link_state(database, seeded.links["c13"])[0] == "confirmed"


@sync
async def test_startup_objects_are_frozen_only_while_the_app_runs(
    database: Database, seeded: Seeded
) -> None:
    app = ReviewApp(database, "alice")
    async with app.run_test() as pilot:
        await settle(pilot)
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0

"""Pilot tests of a cluster's story, the cluster listing and the links listing."""

from __future__ import annotations

import pytest
from sqlalchemy import update
from textual.widgets import DataTable, Select

from factdb.models import Link
from factdb.services import review
from factdb.services.database import Database
from tests.tui.helpers import audit, link_state, press, settle, sync
from tests.tui.seed import Seeded, seed_queue
from tui.app import ReviewApp
from tui.screens.cluster import ClusterScreen
from tui.screens.clusters import ClustersScreen
from tui.screens.dialogs import ConfirmScreen
from tui.screens.links import LinksScreen
from tui.screens.review import ReviewScreen


@pytest.fixture
def seeded(database: Database) -> Seeded:
    """The seed queue with q12 confirmed: quotes 1 and 2 form a cluster."""
    s = seed_queue(database)
    review.decide(database, s.links["q12"], "confirm", "bob")
    return s


async def story(pilot: object, app: ReviewApp) -> ClusterScreen:
    """Wait until the cluster screen has read its timeline."""
    for _ in range(50):
        await app.workers.wait_for_complete()
        await pilot.pause()  # type: ignore[attr-defined]
        screen = app.screen
        if isinstance(screen, ClusterScreen) and screen.story is not None and not screen.busy:
            return screen
    raise AssertionError("the story never came")


def _others(database: Database, seeded: Seeded, keep: set[str]) -> dict[str, str]:
    return {k: link_state(database, v)[0] for k, v in seeded.links.items() if k not in keep}


@sync
async def test_confirming_a_cluster_decides_exactly_its_links(
    database: Database, seeded: Seeded
) -> None:
    app = ReviewApp(database, "alice")
    before = _others(database, seeded, {"q13", "q23"})
    async with app.run_test(size=(100, 30)) as pilot:
        await press(pilot, "s", "s")  # c13, c12, then q13: its A is in the cluster
        await pilot.press("c")
        screen = await story(pilot, app)
        assert [a.member_id for a in screen.story.appearances] == seeded.quotes[:2]  # type: ignore[union-attr]
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "Confirm all 2 pending links of cluster" in app.screen.question
        await pilot.press("y")
        screen = await story(pilot, app)
        assert len(screen.story.appearances) == 3 and screen.story.pending == 1  # type: ignore[union-attr]
        await pilot.press("escape")
        await settle(pilot)
    for key in ("q13", "q23"):
        assert link_state(database, seeded.links[key])[:2] == ("confirmed", "alice")
        assert audit(database, seeded.links[key]) == [("confirm", "pending", "confirmed", "alice")]
    assert _others(database, seeded, {"q13", "q23"}) == before


@sync
async def test_rejecting_a_cluster_asks_first(database: Database, seeded: Seeded) -> None:
    app = ReviewApp(database, "alice")
    async with app.run_test(size=(100, 30)) as pilot:
        await press(pilot, "s", "s")
        await pilot.press("c")
        await story(pilot, app)
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("n")  # no: nothing happens
        screen = await story(pilot, app)
        assert screen.story is not None and screen.story.pending == 2
        await pilot.press("n", "y")
        screen = await story(pilot, app)
        assert screen.story is not None and screen.story.pending == 0
    assert [link_state(database, seeded.links[k])[0] for k in ("q13", "q23")] == ["rejected"] * 2
    assert link_state(database, seeded.links["q34"])[0] == "pending"


@sync
async def test_an_automatic_grouping_is_sent_back_to_review(database: Database) -> None:
    s = seed_queue(database)
    with database.write() as session:
        session.execute(update(Link).where(Link.id == s.links["q23"]).values(status="auto"))
    review.decide(database, s.links["q12"], "confirm", "bob")
    app = ReviewApp(database, "alice")
    async with app.run_test(size=(100, 30)) as pilot:
        await press(pilot, "s", "s")
        await pilot.press("c")
        screen = await story(pilot, app)
        joined = [a.joined.value if a.joined else None for a in screen.story.appearances]  # type: ignore[union-attr]
        assert joined == ["confirmed", "confirmed", "auto"]
        await pilot.press("x")  # the first row was confirmed by a reviewer: nothing to undo
        await pilot.press("down", "down", "x")
        screen = await story(pilot, app)
        assert len(screen.story.appearances) == 2  # type: ignore[union-attr]
    assert link_state(database, s.links["q23"])[0] == "pending"
    assert audit(database, s.links["q23"]) == [("undo", "auto", "pending", "alice")]


@sync
async def test_the_cluster_listing_opens_a_story(database: Database, seeded: Seeded) -> None:
    app = ReviewApp(database, "alice")
    async with app.run_test(size=(100, 30)) as pilot:
        await press(pilot, "g")
        assert isinstance(app.screen, ClustersScreen)
        assert app.screen.query_one("#clusters", DataTable).row_count == 1
        await pilot.press("enter")
        screen = await story(pilot, app)
        assert screen.story is not None and screen.story.outlets == ("Reuters", "AP")


@sync
async def test_a_decided_link_is_revisited_and_changed(database: Database, seeded: Seeded) -> None:
    app = ReviewApp(database, "alice")
    async with app.run_test(size=(100, 30)) as pilot:
        await press(pilot, "l")
        assert isinstance(app.screen, LinksScreen)
        app.screen.query_one("#status", Select).value = "confirmed"
        await settle(pilot)
        table = app.screen.query_one("#links", DataTable)
        assert table.row_count == 1
        table.focus()
        screen = await press(pilot, "enter")
        assert isinstance(app.screen, ReviewScreen)
        assert screen.current is not None and screen.current.id == seeded.links["q12"]
        assert screen.current.status.value == "confirmed"
        screen = await press(pilot, "n")
        assert screen.current is not None and screen.current.status.value == "pending"
    assert link_state(database, seeded.links["q12"])[:2] == ("rejected", "alice")
    assert audit(database, seeded.links["q12"]) == [
        ("confirm", "pending", "confirmed", "bob"),
        ("reject", "confirmed", "rejected", "alice"),
    ]


@sync
async def test_a_pending_link_is_picked_from_the_listing(
    database: Database, seeded: Seeded
) -> None:
    app = ReviewApp(database, "alice")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await press(pilot, "l")
        app.screen.query_one("#sort", Select).value = "weakest"
        await settle(pilot)
        table = app.screen.query_one("#links", DataTable)
        table.focus()
        screen = await press(pilot, "enter")
        assert screen.current is not None and screen.current.id == seeded.links["q34"]
        assert review.link_view(database, seeded.links["q34"]).lease_owner == screen.owner
        # The link shown before is free again for others.
        assert review.link_view(database, seeded.links["c13"]).lease_owner is None
        await press(pilot, "y")
    assert link_state(database, seeded.links["q34"])[:2] == ("confirmed", "alice")


@sync
async def test_v_on_the_story_gives_that_cluster_a_verdict(
    database: Database, seeded: Seeded
) -> None:
    from textual.widgets import Input

    from factdb.services.verdicts import cluster_verdict
    from tui.screens.verdict import VerdictScreen

    app = ReviewApp(database, "alice")
    async with app.run_test(size=(100, 30)) as pilot:
        await press(pilot, "s", "s")
        await pilot.press("c")
        screen = await story(pilot, app)
        cluster = screen.cluster_id
        await pilot.press("v")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, VerdictScreen) and dialog.cluster_id == cluster
        dialog.query_one("#rating", Input).value = "Misleading"
        dialog.query_one("#url", Input).value = "https://check.example/1"
        dialog.query_one("#rating", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ClusterScreen)
    saved = cluster_verdict(database, cluster)
    assert saved is not None and (saved.rating, saved.reviewer) == ("Misleading", "alice")

"""Snapshots of a cluster's story and the listings at fixed terminal sizes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update
from textual.pilot import Pilot

from factdb.models import Link
from factdb.services import review
from factdb.services.database import Database
from tests.tui.helpers import settle
from tests.tui.seed import seed_queue
from tui.app import ReviewApp
from tui.screens.review import ReviewScreen


@pytest.fixture
def app(tmp_path: Path, sqlite_template: Path, monkeypatch: pytest.MonkeyPatch) -> ReviewApp:
    """A cluster of three quotes (two confirmed, one grouped as a copy) and pending links."""
    monkeypatch.setattr(ReviewScreen, "queue_delay", 0.0)
    path = tmp_path / "story.sqlite"
    path.write_bytes(sqlite_template.read_bytes())
    database = Database.open(f"sqlite:///{path}")
    s = seed_queue(database)
    with database.write() as session:
        session.execute(update(Link).where(Link.id == s.links["q23"]).values(status="auto"))
    review.decide(database, s.links["q12"], "confirm", "bob")
    return ReviewApp(database, "alice")


async def _wait(pilot: Pilot[Any]) -> None:
    for _ in range(20):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def _story(pilot: Pilot[Any]) -> None:
    await settle(pilot)
    await pilot.press("s", "s")
    await settle(pilot)
    await pilot.press("c")
    await _wait(pilot)
    await pilot.press("down", "down")
    await _wait(pilot)


async def _clusters(pilot: Pilot[Any]) -> None:
    await settle(pilot)
    await pilot.press("g")
    await _wait(pilot)


async def _links(pilot: Pilot[Any]) -> None:
    await settle(pilot)
    await pilot.press("l")
    await _wait(pilot)


def test_cluster_story_100x30(app: ReviewApp, snap_compare: Any) -> None:
    assert snap_compare(app, terminal_size=(100, 30), run_before=_story)


def test_cluster_story_80x24(app: ReviewApp, snap_compare: Any) -> None:
    assert snap_compare(app, terminal_size=(80, 24), run_before=_story)


def test_cluster_listing_100x30(app: ReviewApp, snap_compare: Any) -> None:
    assert snap_compare(app, terminal_size=(100, 30), run_before=_clusters)


def test_link_listing_100x30(app: ReviewApp, snap_compare: Any) -> None:
    assert snap_compare(app, terminal_size=(100, 30), run_before=_links)

"""Snapshots of the main screens at fixed terminal sizes (update with --snapshot-update)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from factdb.services.database import Database
from tests.tui.helpers import settle
from tests.tui.seed import seed_queue
from tui.app import ReviewApp
from tui.screens.review import ReviewScreen


@pytest.fixture
def app(tmp_path: Path, sqlite_template: Path, monkeypatch: pytest.MonkeyPatch) -> ReviewApp:
    # The queue listing loads at once, so that settle() waits for it.
    monkeypatch.setattr(ReviewScreen, "queue_delay", 0.0)
    # SQLite only: a snapshot is about the screen, not the backend.
    path = tmp_path / "snap.sqlite"
    path.write_bytes(sqlite_template.read_bytes())
    database = Database.open(f"sqlite:///{path}")
    seed_queue(database)
    return ReviewApp(database, "alice")


async def _ready(pilot: Pilot[Any]) -> None:
    await settle(pilot)


async def _second_link(pilot: Pilot[Any]) -> None:
    await settle(pilot)
    await pilot.press("y")
    await settle(pilot)


async def _help(pilot: Pilot[Any]) -> None:
    await settle(pilot)
    await pilot.press("question_mark")
    await pilot.pause()


def test_review_screen_100x30(app: ReviewApp, snap_compare: Any) -> None:
    assert snap_compare(app, terminal_size=(100, 30), run_before=_second_link)


def test_review_screen_80x24(app: ReviewApp, snap_compare: Any) -> None:
    assert snap_compare(app, terminal_size=(80, 24), run_before=_ready)


def test_review_screen_wide_with_queue(app: ReviewApp, snap_compare: Any) -> None:
    assert snap_compare(app, terminal_size=(160, 36), run_before=_ready)


def test_help_screen_80x24(app: ReviewApp, snap_compare: Any) -> None:
    assert snap_compare(app, terminal_size=(80, 24), run_before=_help)


def test_review_screen_too_small_40x10(app: ReviewApp, snap_compare: Any) -> None:
    """At 40x10 the items do not show: the top line says so instead of the counts."""
    assert snap_compare(app, terminal_size=(40, 10), run_before=_ready)

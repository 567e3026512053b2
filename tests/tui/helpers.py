"""Driving the review application in tests: wait until the database work has landed."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from typing import Any, ParamSpec

from sqlalchemy import select
from textual.pilot import Pilot

from factdb.models import Link, Review
from factdb.services.database import Database
from tui.app import ReviewApp
from tui.screens.review import ReviewScreen

P = ParamSpec("P")


def sync(test: Callable[P, Coroutine[Any, Any, None]]) -> Callable[P, None]:
    """Run an async test in its own event loop (no asyncio pytest plugin is installed)."""

    @functools.wraps(test)
    def run(*args: P.args, **kwargs: P.kwargs) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


async def settle(pilot: Pilot[None]) -> ReviewScreen:
    """Wait for every worker and the messages they posted; the review screen."""
    app = pilot.app
    assert isinstance(app, ReviewApp)
    for _ in range(50):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if not app.workers._workers or all(w.is_finished for w in app.workers):
            screen = app.review_screen
            if not screen.busy:
                # One more round so that widgets updated by the last messages are laid out.
                await pilot.pause()
                return screen
    raise AssertionError("the review screen stayed busy")


async def press(pilot: Pilot[None], *keys: str) -> ReviewScreen:
    """Press KEYS one at a time, letting each one's work finish first."""
    screen = await settle(pilot)
    for key in keys:
        await pilot.press(key)
        screen = await settle(pilot)
    return screen


def link_state(database: Database, link_id: int) -> tuple[str, str | None, str | None]:
    """(status, reviewer, note) of a link."""
    with database.read() as session:
        link = session.get(Link, link_id)
        assert link is not None
        return link.status.value, link.reviewer, link.note


def audit(database: Database, link_id: int) -> list[tuple[str, str, str, str]]:
    """(action, before, after, reviewer) of every review row of a link, oldest first."""
    with database.read() as session:
        rows = session.scalars(select(Review).where(Review.link_id == link_id).order_by(Review.id))
        return [
            (r.action.value, r.status_before.value, r.status_after.value, r.reviewer) for r in rows
        ]

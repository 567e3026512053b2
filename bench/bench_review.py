"""Benchmark of the review application on a large queue, driven with Pilot.

Prints the time to the first link shown, the time from a decision key to the next link
shown (min, median, p95, max over --decisions keys, and how many took over 50 ms), the same
service calls without the UI, and peak memory. Run it twice with different --links to see
that memory does not follow the queue size:

    .venv/bin/python bench/bench_review.py --links 1000000
    .venv/bin/python bench/bench_review.py --links 10000
    .venv/bin/python bench/bench_review.py --db postgresql+psycopg://USER@HOST/EMPTY_DB

Without --db it builds (once) a SQLite file in the system temp directory and reuses it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from sqlalchemy import func, insert, select, text, update
from textual.screen import Screen
from textual.widget import Widget

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factdb.extract.records import QuoteKind
from factdb.models import Article, Link, Outlet, Quote
from factdb.models.base import utcnow
from factdb.services import review
from factdb.services.database import Database
from tui.app import ReviewApp
from tui.screens.dialogs import ConfirmScreen
from tui.screens.review import ReviewScreen

# Link n joins quote a = n // SPAN and quote b = a + 1 + n % SPAN: every pair is distinct.
SPAN = 1000
BUDGET = 0.050
"""Seconds a decision may take until the next link is shown."""
SENTENCE = 'The minister said "we will cut taxes for every family by {n} percent" on {d}.'


def rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def seed(database: Database, n_links: int) -> None:
    """Store enough articles and quotes, then N_LINKS pending links in one set-based INSERT."""
    n_quotes = n_links // SPAN + SPAN + 1
    with database.write() as session:
        outlet = Outlet(name="Bench Wire")
        session.add(outlet)
        session.flush()
        for start in range(0, n_quotes, 5000):
            rows = range(start, min(start + 5000, n_quotes))
            session.execute(
                insert(Article),
                [
                    {
                        "outlet_id": outlet.id,
                        "title": f"Article {i}",
                        "published": date(2024, 1, 1),
                        "text": SENTENCE.format(n=i, d="Monday"),
                        "content_hash": f"bench-{i}",
                    }
                    for i in rows
                ],
            )
        first_article = session.scalar(select(func.min(Article.id)))
        assert first_article is not None
        session.execute(
            insert(Quote),
            [
                {
                    "article_id": first_article + i,
                    "kind": QuoteKind.DIRECT,
                    "text": f"we will cut taxes for every family by {i} percent",
                    "start_offset": 19,
                    "end_offset": 19 + len(f"we will cut taxes for every family by {i} percent"),
                    "sentence": SENTENCE.format(n=i, d="Monday"),
                    "sentence_start": 0,
                }
                for i in range(n_quotes)
            ],
        )
        q0 = session.scalar(select(func.min(Quote.id)))
        numbers = (
            "generate_series(0, :n - 1) AS s(n)"
            if not database.is_sqlite
            else "(WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n < :n - 1)"
            " SELECT n FROM s) AS s"
        )
        session.execute(
            text(
                "INSERT INTO links (kind, relation, status, a_quote_id, b_quote_id, score,"
                " evidence, created_at) SELECT 'quote', 'same', 'pending', :q0 + n / :span,"
                " :q0 + n / :span + 1 + n % :span, (n % 10000 * 7919 % 10000) / 100.0, '{}', :now"
                f" FROM {numbers}"
            ),
            {"n": n_links, "q0": q0, "span": SPAN, "now": utcnow()},
        )


def prepare(database: Database, n_links: int) -> None:
    """Seed the database unless it already holds a large enough pending queue."""
    with database.read() as session:
        pending = (
            session.scalar(select(func.count()).select_from(Link).where(Link.status == "pending"))
            or 0
        )
    if pending >= n_links:
        # Leases left by an earlier, interrupted run would hide their links.
        with database.write() as session:
            session.execute(
                update(Link)
                .where(Link.lease_owner.is_not(None))
                .values(lease_owner=None, lease_expires_at=None)
            )
        return
    if pending:
        sys.exit(f"the database holds {pending} pending links; give an empty one or --links")
    started = time.perf_counter()
    seed(database, n_links)
    print(f"seeded {n_links:,} pending links in {time.perf_counter() - started:.1f} s")


class FrameWatch:
    """Stamps the end of the first frame that paints everything a shown link changed.

    `call_after_refresh` is not enough: it runs once the screen's own queue is idle, which
    can be before the updated widgets have even asked the screen for a repaint or a layout
    (each widget has its own message queue), so it could stop the clock before the link is
    on screen (it did, for most keys, until this watch replaced it). Here each widget the link
    changed is followed until its change has reached the screen before a frame starts; that
    frame paints it. This reads Textual's private refresh state (Textual 8.2): a Textual
    upgrade may need it looked at again.
    """

    def __init__(self) -> None:
        self.shown = asyncio.Event()
        self.stamps: list[float] = []
        self.waiting: set[Widget] = set()
        self.ready: set[Widget] | None = None

    def link_handled(self, screen: ReviewScreen) -> None:
        """Note the widgets the link changed: they must all be painted."""
        self.waiting = {w for w in screen.walk_children(Widget) if _refresh_pending(w)}
        if not self.waiting:
            self.stamp()

    def frame_starts(self, screen: Screen[object]) -> None:
        """Note which changed widgets the screen has been told about: this frame paints them."""
        messages: Iterable[object] = screen._message_queue.values
        queued = {getattr(m, "widget", None) for m in messages}
        self.ready = {w for w in self.waiting if not _refresh_pending(w) and w not in queued}

    def frame_sent(self) -> None:
        """A frame is out: stamp if it painted the last of the changed widgets."""
        if self.waiting and self.ready:
            self.waiting -= self.ready
            if not self.waiting:
                self.stamp()
        self.ready = None

    def stamp(self) -> None:
        """The link is on screen."""
        self.stamps.append(time.perf_counter())
        self.shown.set()


def _refresh_pending(widget: Widget) -> bool:
    return widget._layout_required or widget._repaint_required


async def drive(database: Database, decisions: int) -> tuple[float, list[float]]:
    """Open the app; the time to the first link and each decision-to-next-link time.

    A link counts as shown once a frame with it has been sent to the (headless) terminal,
    see FrameWatch. The key is pressed in a task because Pilot's press() also waits for the
    app to go idle, which is not part of what a reviewer waits for.
    """
    watch = FrameWatch()
    render_link = ReviewScreen._render_link
    timer_update, compositor_refresh = Screen._on_timer_update, Screen._compositor_refresh

    def rendered(self: ReviewScreen) -> None:
        render_link(self)
        watch.link_handled(self)

    def frame(self: Screen[object]) -> None:
        # The screen's frames: a layout first, if one is due, then the paint.
        if self is self.app.screen:
            watch.frame_starts(self)
        timer_update(self)
        watch.ready = None

    def paint(self: Screen[object]) -> None:
        top = self is self.app.screen
        if top and watch.ready is None:
            watch.frame_starts(self)  # a paint outside the screen's frame timer
        compositor_refresh(self)
        if top:
            watch.frame_sent()

    ReviewScreen._render_link = rendered  # type: ignore[method-assign]
    Screen._on_timer_update = frame  # type: ignore[method-assign,assignment]
    Screen._compositor_refresh = paint  # type: ignore[method-assign,assignment]
    try:
        app = ReviewApp(database, "bench")
        started = time.perf_counter()
        async with app.run_test(size=(100, 30)) as pilot:
            await watch.shown.wait()
            first = watch.stamps[-1] - started
            times, asked = [], 0
            for i in range(decisions):
                watch.shown.clear()
                t0 = time.perf_counter()
                pressing = asyncio.create_task(pilot.press("y" if i % 3 else "n"))
                if not await _shown_or_asked(app, watch):
                    # A confirmation that merges two clusters asks first: the reviewer's
                    # decision is the answer, timed from there.
                    await pressing
                    asked += 1
                    watch.shown.clear()
                    t0 = time.perf_counter()
                    pressing = asyncio.create_task(pilot.press("y"))
                    await watch.shown.wait()
                times.append(watch.stamps[-1] - t0)
                await pressing
            if asked:
                print(f"merge questions answered: {asked} of {decisions} decisions")
            # Leave the queue as it was, for the next run: undo every decision.
            for _ in range(decisions):
                watch.shown.clear()
                await pilot.press("u")
                await watch.shown.wait()
    finally:
        ReviewScreen._render_link = render_link  # type: ignore[method-assign]
        Screen._on_timer_update = timer_update  # type: ignore[method-assign]
        Screen._compositor_refresh = compositor_refresh  # type: ignore[method-assign]
    return first, times


async def _shown_or_asked(app: ReviewApp, watch: FrameWatch) -> bool:
    """Wait until the next link is shown (True) or a question about merging clusters is (False)."""
    while not watch.shown.is_set():
        if isinstance(app.screen, ConfirmScreen):
            return False
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(watch.shown.wait(), 0.005)
    return True


def service_only(database: Database, decisions: int) -> list[float]:
    """Decide and lease the next link through the services alone (no UI), as the screen does."""
    owner = review.new_owner("bench-svc")
    view = review.claim_next(database, owner)
    times, done = [], []
    for _ in range(decisions):
        assert view is not None
        t0 = time.perf_counter()
        step = review.decide_and_claim(
            database, view.id, "reject", "bench-svc", owner=owner, after=view.cursor
        )
        times.append(time.perf_counter() - t0)
        assert step.decision is not None, step.conflict
        done.append(view.id)
        view = step.next
    for link_id in reversed(done):
        review.undo(database, link_id, "bench-svc")
    if view is not None:
        review.release(database, view.id, owner)
    return times


def ms(values: list[float]) -> str:
    """Min, median, 95th percentile and max of VALUES (seconds) in ms, and how many exceed 50."""
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    over = sum(v > BUDGET for v in ordered)
    return (
        f"min {ordered[0] * 1000:.1f}, median {statistics.median(ordered) * 1000:.1f},"
        f" p95 {p95 * 1000:.1f}, max {ordered[-1] * 1000:.1f} ms;"
        f" {over} of {len(ordered)} over {BUDGET * 1000:.0f} ms"
    )


def main() -> None:
    """Parse the options, prepare the database and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database URL (default: a SQLite file in the temp dir)")
    parser.add_argument("--links", type=int, default=1_000_000)
    parser.add_argument("--decisions", type=int, default=200)
    args = parser.parse_args()
    url = (
        args.db or f"sqlite:///{Path(tempfile.gettempdir()) / f'factdb-bench-{args.links}.sqlite'}"
    )
    database = Database.open(url)
    prepare(database, args.links)
    base = rss_mb()
    load = os.getloadavg()[0]
    first, times = asyncio.run(drive(database, args.decisions))
    print(f"database:                 {database.url} ({args.links:,} pending links)")
    # Other processes' load shows in every figure: compare runs made at a similar load.
    print(f"load average (1 min):     {load:.2f} before the app, {os.getloadavg()[0]:.2f} after")
    print(f"first link shown:         {first * 1000:.0f} ms (app start to first link)")
    print(f"decision to next link:    {ms(times)}")
    print(f"  services alone:         {ms(service_only(database, args.decisions))}")
    print(f"peak memory:              {rss_mb():.0f} MB (before the app: {base:.0f} MB)")
    database.close()


if __name__ == "__main__":
    main()

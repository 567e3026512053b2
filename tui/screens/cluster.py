"""A cluster's story: where the statement first appeared, who ran it since, how its words drifted.

The timeline lists every appearance, first first, with its outlet, date, speaker and how it
joined the cluster (a reviewer's confirmation, or `auto` for a copy); the panel below shows
the chosen appearance's article (title, full date, byline, URL) and its words against the
first version: removed words struck in [-brackets-], added ones underlined in {+braces+},
changed numbers named. The cluster's pending links can be confirmed or rejected all at once
(after a question that gives their count), a copy's automatic grouping sent back to review, and
the cluster given a fact-check verdict.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static
from textual.worker import Worker, WorkerState

from factdb.services import bulk
from factdb.services.database import Database
from factdb.services.timeline import Appearance, Timeline, timeline
from factdb.services.verdicts import VerdictRecord
from factdb.vocab import LinkStatus, ReviewAction
from tui.bindings import CLUSTER_BINDINGS
from tui.diff import drift_text
from tui.messages import BulkDone, TimelineLoaded
from tui.screens.dialogs import ConfirmScreen
from tui.screens.verdict import VerdictScreen
from tui.widgets.item_panel import byline, full_date
from tui.widgets.panel import Panel

COLUMNS = (("#", 3), ("date", 10), ("outlet", 16), ("speaker", 16), ("joined", 8))
CHANGE_MIN = 16
"""The change column takes the width the others leave, this much at least."""
GUTTERS = 2 * (len(COLUMNS) + 1) + 2
"""Cell padding on both sides of each column, and the scroll bar."""
FIRST = "first"


def change_label(a: Appearance) -> str:
    """How an appearance differs from the first, in a few words for the timeline's column."""
    if a.drift is None:
        return FIRST
    if a.drift.numbers_changed:
        return "numbers changed"
    return "same words" if a.drift.same_words else f"reworded ({a.drift.similarity}%)"


def _row(position: int, a: Appearance) -> tuple[str, ...]:
    change = change_label(a)
    joined = "auto" if a.joined is LinkStatus.AUTO else "reviewed"
    return (
        str(position),
        a.published.isoformat() if a.published else "undated",
        a.outlet or "unknown outlet",
        a.speaker or "unknown",
        joined,
        change,
    )


def heading(story: Timeline) -> str:
    """One line about the cluster: size, outlets, the days it ran, pending links."""
    appearances = story.appearances
    days = sorted({a.published.isoformat() for a in appearances if a.published})
    span = (days[0] + (f" to {days[-1]}" if days[-1] != days[0] else "")) if days else "undated"
    return (
        f"#{story.cluster_id} {story.kind} · {story.pending} pending · {len(appearances)}"
        f" appearances, {len(story.outlets)} outlets · {span}"
    )


def details(a: Appearance) -> Text:
    """The chosen appearance: its article and its words against the first version."""
    text = Text(a.title or "(untitled)", style="bold")
    text.append(f"\n{a.outlet or 'unknown outlet'} · {full_date(a.published)}")
    if a.byline:
        text.append(f" · {byline(a.byline)}")
    text.append(f"\n{a.url or '(no URL)'}", style="dim")
    text.append(f"\nSpeaker: {a.speaker or 'unknown'}", style="italic")
    text.append("\n\n")
    text.append_text(drift_text(a.text, a.drift))
    if a.drift is not None:
        text.append(f"\n\n{a.drift.summary()}", style="bold")
    return text


class ClusterScreen(Screen[bool]):
    """The story of one cluster; dismissed with True if a decision here changed anything."""

    BINDINGS: ClassVar[list[BindingType]] = [*CLUSTER_BINDINGS]

    def __init__(
        self, database: Database, reviewer: str, cluster_id: int, owner: str | None = None
    ) -> None:
        super().__init__()
        self.database = database
        self.reviewer = reviewer
        self.owner = owner
        """The reviewing session's lease owner: the link it holds is not someone else's."""
        self.cluster_id = cluster_id
        self.story: Timeline | None = None
        self.changed = False
        self.busy = True

    def compose(self) -> ComposeResult:
        """Heading, timeline, the chosen appearance, keys."""
        yield Static("loading…", id="story-heading")
        table: DataTable[str] = DataTable(id="timeline", cursor_type="row", zebra_stripes=True)
        yield table
        yield Panel(id="appearance")
        yield Footer()

    def on_mount(self) -> None:
        """Set the columns up and read the timeline."""
        table = self.query_one("#timeline", DataTable)
        for label, width in COLUMNS:
            table.add_column(label, width=width)
        rest = self.app.size.width - GUTTERS - sum(width for _, width in COLUMNS)
        table.add_column("change", width=max(CHANGE_MIN, rest))
        self.load()

    @work(thread=True, exclusive=True, group="story", exit_on_error=False)
    def load(self) -> None:
        """Read the cluster's timeline."""
        self.post_message(TimelineLoaded(timeline(self.database, self.cluster_id)))

    @work(thread=True, exclusive=True, group="story-write", exit_on_error=False)
    def decide(self, selection: bulk.Selection, action: ReviewAction) -> None:
        """Decide the selected links in one transaction."""
        result = bulk.decide_many(self.database, selection, action, self.reviewer, owner=self.owner)
        self.post_message(BulkDone(result))

    def on_timeline_loaded(self, message: TimelineLoaded) -> None:
        """Show the timeline, keeping the chosen row."""
        self.story = message.timeline
        self.busy = False
        self.query_one("#story-heading", Static).update(heading(self.story))
        table = self.query_one("#timeline", DataTable)
        row = table.cursor_row
        table.clear()
        for position, appearance in enumerate(self.story.appearances, start=1):
            table.add_row(*_row(position, appearance))
        if self.story.appearances:
            table.move_cursor(row=min(row, len(self.story.appearances) - 1))
            self._show(table.cursor_row)

    def on_bulk_done(self, message: BulkDone) -> None:
        """Say what changed and read the timeline again."""
        result = message.result
        self.changed = self.changed or result.decided > 0
        held = f"; {result.held} held by other reviewers, left" if result.held else ""
        self.notify(f"{result.decided} links -> {result.status_after}{held}", timeout=6)
        self.load()

    @on(DataTable.RowHighlighted, "#timeline")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show(event.cursor_row)

    @on(Worker.StateChanged)
    def _worker_failed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR and event.worker.error is not None:
            self.busy = False
            self.app.report_error(event.worker.error)  # type: ignore[attr-defined]

    def _show(self, row: int) -> None:
        if self.story is None or not 0 <= row < len(self.story.appearances):
            return
        appearance = self.story.appearances[row]
        panel = self.query_one("#appearance", Panel)
        panel.border_title = f"{row + 1} of {len(self.story.appearances)}"
        panel.show_text(details(appearance))

    def action_decide_cluster(self, action: str) -> None:
        """Confirm or reject every pending link of the cluster, once the reviewer says yes."""
        story = self.story
        if story is None or self.busy:
            return
        if not story.pending:
            self.notify("No pending links touch this cluster", timeout=4)
            return
        verb = "Confirm" if action == "confirm" else "Reject"
        question = (
            f"{verb} all {story.pending} pending links of cluster #{story.cluster_id}"
            f" ({len(story.appearances)} appearances)?"
        )

        def answer(yes: bool | None) -> None:
            if yes:
                self.busy = True
                self.decide(bulk.Selection(cluster=story.cluster_id), ReviewAction(action))

        self.app.push_screen(ConfirmScreen(question), answer)

    def action_ungroup(self) -> None:
        """Send the chosen copy's automatic grouping back to review (its `auto` links)."""
        story = self.story
        if story is None or self.busy:
            return
        row = self.query_one("#timeline", DataTable).cursor_row
        appearance = story.appearances[row]
        if appearance.joined is not LinkStatus.AUTO:
            self.notify("A reviewer confirmed this one: nothing automatic to undo", timeout=4)
            return
        self.busy = True
        item = (appearance.kind, appearance.member_id)
        self.decide(bulk.Selection(item=item), ReviewAction.UNDO)

    def action_verdict(self) -> None:
        """Give the cluster a fact-check verdict (or change the one it has)."""
        cluster = self.cluster_id

        def saved(verdict: VerdictRecord | None) -> None:
            if verdict is not None:
                self.notify(f"Verdict saved on cluster #{cluster}: {verdict.rating}", timeout=3)

        self.app.push_screen(VerdictScreen(self.database, cluster, self.reviewer), saved)

    def action_close(self) -> None:
        """Back to where the reviewer was."""
        self.dismiss(self.changed)

"""The review screen: both sides of the current link, its evidence, counts and the queue.

Every database call runs in a thread worker that posts a message back, so a key never waits
on the database. A decision is shown as saved only once its transaction has committed.
"""

from __future__ import annotations

import gc
from collections import deque
from dataclasses import replace
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer
from textual.worker import Worker, WorkerState

from factdb.services import review
from factdb.services.database import Database
from factdb.services.review.queue import QueueCounts
from factdb.services.review.views import Cursor, LinkView, QueueFilter
from factdb.services.verdicts import VerdictRecord
from factdb.vocab import LinkKind, LinkStatus, ReviewAction
from tui.bindings import REVIEW_BINDINGS
from tui.diff import side_by_side
from tui.messages import Conflict, CountsLoaded, LinkShown, NoteSaved, QueueLoaded, Saved, Undone
from tui.screens.article import ArticleScreen
from tui.screens.dialogs import ConfirmScreen, NoteScreen
from tui.screens.filter import FilterScreen
from tui.screens.story_keys import StoryKeys
from tui.screens.verdict import VerdictScreen
from tui.widgets.counter import QueueCounter
from tui.widgets.evidence import EvidencePanel
from tui.widgets.item_panel import ItemPanel
from tui.widgets.queue_list import QueueList

UNDO_DEPTH = 500
COUNT_REFRESH_SECONDS = 30.0
QUEUE_PAGE = 30
SAVING_HINT_SECONDS = 0.2
"""A save still running after this long says "saving…"; a faster one goes straight to the next
link, as painting the hint first would hold the next link back by a frame."""
TOO_SMALL = "Terminal too small: enlarge to decide"
IGNORED = "Still {doing}: {key} was ignored"
"""A key pressed while a decision is saved (or the next link loads) is not kept for the next
link, which the reviewer has not seen yet; it is refused where the reviewer can see it."""


class ReviewScreen(StoryKeys, Screen[None]):
    """Where a reviewer confirms, rejects, skips and undoes, one link at a time."""

    BINDINGS: ClassVar[list[BindingType]] = [*REVIEW_BINDINGS]
    queue_delay = 0.3
    """Seconds the queue listing waits for a pause in decisions before it reloads, so that
    reloading it never competes with showing the next link."""

    def __init__(self, database: Database, reviewer: str, *, blind: bool = False) -> None:
        super().__init__()
        self.database = database
        self.reviewer = reviewer
        self.owner = review.new_owner(reviewer)
        self.blind = blind
        self.flt = QueueFilter()
        self.current: LinkView | None = None
        self.position: Cursor | None = None
        self.history: deque[int] = deque(maxlen=UNDO_DEPTH)
        self.busy = True
        self.saving = False
        self._queue_timer: Timer | None = None
        self._saving_timer: Timer | None = None
        self._frozen = False

    def compose(self) -> ComposeResult:
        """Counter, the two sides, the evidence, the queue (wide terminals) and the keys."""
        yield QueueCounter(id="counter")
        with Horizontal(id="main"):
            with Vertical(id="review"):
                with Horizontal(id="pair"):
                    yield ItemPanel("A", id="a")
                    yield ItemPanel("B", id="b")
                yield EvidencePanel(id="evidence")
            yield QueueList(id="queue")
        yield Footer()

    def on_mount(self) -> None:
        """Claim the first link and count the queue, both in the background."""
        self.query_one("#a", ItemPanel).clear_item("loading…")
        self.claim(self.flt, None, None)
        self.count(self.flt)
        self.set_interval(COUNT_REFRESH_SECONDS, lambda: self.count(self.flt))

    # Workers: they take what they need as arguments and touch no widget.

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def claim(self, flt: QueueFilter, after: Cursor | None, release: int | None) -> None:
        """Lease the next link after AFTER (releasing RELEASE) and show it."""
        view = review.claim_next(
            self.database, self.owner, flt, after=after, release_id=release, wrap=True
        )
        self.post_message(LinkShown(view, view.cursor if view else None))

    @work(thread=True, exclusive=True, group="write", exit_on_error=False)
    def save_decision(
        self, view: LinkView, action: ReviewAction, flt: QueueFilter, after: Cursor | None
    ) -> None:
        """Commit a decision and lease the next link in one transaction, then report both."""
        step = review.decide_and_claim(
            self.database,
            view.id,
            action,
            self.reviewer,
            owner=self.owner,
            flt=flt,
            after=after,
            expected=view.status,
        )
        outcome = (
            Saved(step.decision, view.score)
            if step.decision is not None
            else Conflict(step.conflict or "decided by someone else meanwhile")
        )
        self.post_message(LinkShown(step.next, step.next.cursor if step.next else None, outcome))

    @work(thread=True, exclusive=True, group="write", exit_on_error=False)
    def undo_decision(self, link_id: int, current: LinkView | None, after: Cursor | None) -> None:
        """Undo a decision and show its link again; the link it displaces comes next."""
        view = review.undo(self.database, link_id, self.reviewer, owner=self.owner)
        if current is not None and current.id != link_id:
            review.release(self.database, current.id, self.owner)
            after = Cursor(current.score, current.id + 1)
        self.post_message(LinkShown(view, after, Undone(link_id)))

    @work(thread=True, exclusive=True, group="note", exit_on_error=False)
    def save_note(self, link_id: int, text: str) -> None:
        """Store a note."""
        review.add_note(self.database, link_id, self.reviewer, text)
        self.post_message(NoteSaved(link_id, text))

    @work(thread=True, exclusive=True, group="counts", exit_on_error=False)
    def count(self, flt: QueueFilter) -> None:
        """Count pending and decided links for FLT."""
        self.post_message(CountsLoaded(review.queue_counts(self.database, flt)))

    @work(thread=True, exclusive=True, group="queue", exit_on_error=False)
    def list_next(self, flt: QueueFilter, after: Cursor | None) -> None:
        """Read the next page of the queue for the listing."""
        rows = review.list_queue(self.database, flt, after=after, limit=QUEUE_PAGE)
        self.post_message(QueueLoaded(rows))

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def release_and_exit(self, link_id: int | None) -> None:
        """Give back the current lease so others get the link at once, then leave."""
        if link_id is not None:
            review.release(self.database, link_id, self.owner)
        self.app.call_from_thread(self.app.exit)

    # Messages from the workers.

    def on_link_shown(self, message: LinkShown) -> None:
        """Say what became of the previous link, then show the next one (or that none is left)."""
        if isinstance(message.outcome, Saved):
            self._saved(message.outcome)
        elif isinstance(message.outcome, Undone):
            self._adjust_counts(+1, f"undone: #{message.outcome.link_id}")
        elif isinstance(message.outcome, Conflict):
            self._conflict(message.outcome)
        self.current, self.position = message.view, message.position
        if self._frozen:
            self._show_link()
        else:
            # The first link is drawn once the screen's pending refresh callbacks have run: in
            # one of them the footer lays out its keys, work that would otherwise hold up the
            # first key pressed by 40 ms and more.
            self.call_after_refresh(self._show_first_link)

    def _show_first_link(self) -> None:
        self._show_link()
        # Everything made while starting (Textual, SQLAlchemy, the schema check) lives as long
        # as the app. Frozen, the collector stops scanning it: a full collection took 70-180 ms
        # between two keys (loaded machine, 1M links), frozen 5-20 ms.
        gc.freeze()
        self._frozen = True

    def _show_link(self) -> None:
        self.busy = self.saving = False
        self._render_link()
        self._refresh_queue_soon()
        self.call_after_refresh(self._check_fit)

    def on_resize(self) -> None:
        """A new size may hide the items, or show them again."""
        self.call_after_refresh(self._check_fit)

    def on_item_panel_resized(self) -> None:
        """A panel laid out anew (a queue or evidence panel changed size) may hide its item."""
        self.call_after_refresh(self._check_fit)

    def _items_visible(self) -> bool:
        return all(panel.item_visible() for panel in self.query(ItemPanel))

    def _check_fit(self) -> bool:
        """Whether the reviewer sees both items; if not, say so in place of the counts."""
        fits = self._items_visible()
        self.query_one(QueueCounter).warning = "" if fits else TOO_SMALL
        return fits

    def _refused(self, key: str) -> bool:
        """Whether a key that acts on the shown link must be refused now, saying why."""
        if self.saving or (self.busy and self.current is not None):
            doing = "saving the last decision" if self.saving else "loading the next link"
            self.notify(IGNORED.format(doing=doing, key=key), severity="warning", timeout=3)
            self.app.bell()
            return True
        return self.busy

    def on_unmount(self) -> None:
        """Hand the start-up objects back to the collector (tests run many apps in a process)."""
        if self._frozen:
            gc.unfreeze()

    def _refresh_queue_soon(self) -> None:
        if self._queue_timer is not None:
            self._queue_timer.stop()
        if self.queue_delay <= 0:
            self.list_next(self.flt, self.position)
        else:
            self._queue_timer = self.set_timer(
                self.queue_delay, lambda: self.list_next(self.flt, self.position)
            )

    def _saved(self, saved: Saved) -> None:
        """Say what was saved; remember it for undo."""
        d = saved.decision
        self.history.append(d.link_id)
        status = f"saved: #{d.link_id} {d.status_after}"
        if self.blind:
            status += f" (score was {saved.score:.0f})"
        if d.cluster_size > 1 and d.action is ReviewAction.CONFIRM:
            status += f", cluster of {d.cluster_size}"
        # A decided link revisited and changed leaves the queue as long as it was.
        self._adjust_counts(-1 if d.status_before is LinkStatus.PENDING else 0, status)

    def _conflict(self, conflict: Conflict) -> None:
        """Someone else decided first: say so, loudly, and refresh the counts."""
        self.query_one(QueueCounter).status = ""
        self.notify(conflict.text, title="Decided by someone else", severity="warning", timeout=12)
        self.count(self.flt)

    def on_note_saved(self, message: NoteSaved) -> None:
        """Confirm the note and show it."""
        if self.current is not None and self.current.id == message.link_id:
            self.current = replace(self.current, note=message.text)
            self._render_link()
        self.notify(f"Note saved on #{message.link_id}", timeout=3)

    def on_counts_loaded(self, message: CountsLoaded) -> None:
        """Show fresh counts."""
        self.query_one(QueueCounter).counts = message.counts

    def on_queue_loaded(self, message: QueueLoaded) -> None:
        """Show the next links."""
        self.query_one(QueueList).show(message.rows, blind=self.blind)

    @on(Worker.StateChanged)
    def _worker_failed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR and event.worker.error is not None:
            self.busy = self.saving = False
            self.query_one(QueueCounter).status = ""
            self.app.report_error(event.worker.error)  # type: ignore[attr-defined]

    # Rendering.

    def _adjust_counts(self, delta: int, status: str) -> None:
        counter = self.query_one(QueueCounter)
        counter.status = status
        counter.session_done -= delta
        if counter.counts is not None:
            c = counter.counts
            counter.counts = QueueCounts(
                max(c.remaining + delta, 0), max(c.done - delta, 0), c.auto
            )

    def _render_link(self) -> None:
        a_panel, b_panel = self.query_one("#a", ItemPanel), self.query_one("#b", ItemPanel)
        evidence = self.query_one(EvidencePanel)
        self.query_one(QueueCounter).filter_text = self.flt.describe()
        view = self.current
        if view is None:
            a_panel.clear_item(f"Nothing left to review (filter: {self.flt.describe()}).")
            b_panel.clear_item("Press / to change the filter, q to quit.")
            evidence.clear_link()
            return
        a_text, b_text = side_by_side(
            (view.a.sentence, view.a.span, view.a.text),
            (view.b.sentence, view.b.span, view.b.text),
            diff_sentences=view.kind is LinkKind.CLAIM,
        )
        keys = {b.id: self.app.get_key_display(b) for b in REVIEW_BINDINGS}
        a_panel.show(view.a, a_text, keys["article_a"])
        b_panel.show(view.b, b_text, keys["article_b"])
        evidence.show(view, blind=self.blind)

    # Actions (keys).

    def _decide(self, action: ReviewAction) -> None:
        if self._refused(action.value) or self.current is None:
            return
        if not self._check_fit():
            self.notify(TOO_SMALL, severity="warning", timeout=3)
            self.app.bell()
            return
        self.busy = self.saving = True
        if self._saving_timer is not None:
            self._saving_timer.stop()
        self._saving_timer = self.set_timer(SAVING_HINT_SECONDS, self._saving_hint)
        self.save_decision(self.current, action, self.flt, self.position)

    def _saving_hint(self) -> None:
        if self.saving:
            self.query_one(QueueCounter).status = "saving…"

    def action_confirm(self) -> None:
        """Confirm the current link; ask first if that merges two clusters."""
        view = self.current
        if self._refused("confirm") or view is None:
            return
        a, b = view.a, view.b
        if a.cluster_size > 1 and b.cluster_size > 1 and a.cluster_id != b.cluster_id:
            question = (
                f"Confirming merges two clusters ({a.cluster_size} and {b.cluster_size} items)."
                " Confirm?"
            )
            self.app.push_screen(
                ConfirmScreen(question),
                lambda yes: self._decide(ReviewAction.CONFIRM) if yes else None,
            )
            return
        self._decide(ReviewAction.CONFIRM)

    def action_reject(self) -> None:
        """Reject the current link."""
        self._decide(ReviewAction.REJECT)

    def action_skip(self) -> None:
        """Leave the current link pending for later and go on."""
        if self._refused("skip") or self.current is None:
            return
        self.busy = True
        self.claim(self.flt, self.position, self.current.id)

    def action_undo(self) -> None:
        """Undo the last decision of this session; repeat to go further back."""
        if self._refused("undo"):
            return
        if not self.history:
            self.notify("Nothing to undo in this session", severity="warning", timeout=3)
            return
        self.busy = self.saving = True
        self.undo_decision(self.history.pop(), self.current, self.position)

    def action_note(self) -> None:
        """Write a note on the current link."""
        view = self.current
        if view is None:
            return

        def save(text: str | None) -> None:
            if text:
                self.save_note(view.id, text)

        self.app.push_screen(NoteScreen(view.id, view.note), save)

    def action_filter(self) -> None:
        """Change which links are reviewed."""

        def apply(flt: QueueFilter | None) -> None:
            if flt is None or flt == self.flt or self.busy:
                return
            self.flt, self.busy = flt, True
            self.query_one(QueueCounter).counts = None
            self.claim(flt, None, self.current.id if self.current else None)
            self.count(flt)

        self.app.push_screen(FilterScreen(self.flt), apply)

    def action_article(self, side: str) -> None:
        """Read the article of side A or B around its item."""
        if self.current is not None:
            item = self.current.a if side == "a" else self.current.b
            self.app.push_screen(ArticleScreen(self.database, item))

    def action_verdict(self) -> None:
        """Give the cluster of the current link's side A (else B) a verdict."""
        view = self.current
        if view is None:
            return
        cluster = view.a.cluster_id or view.b.cluster_id
        if cluster is None:
            self.notify("Neither side is in a cluster yet: confirm a link first", timeout=4)
            return

        def saved(verdict: VerdictRecord | None) -> None:
            if verdict is not None:
                self.notify(f"Verdict saved on cluster #{cluster}: {verdict.rating}", timeout=3)

        self.app.push_screen(VerdictScreen(self.database, cluster, self.reviewer), saved)

    def action_blind(self) -> None:
        """Hide or show scores until each decision."""
        self.blind = not self.blind
        self.notify("Blind mode on: scores hidden" if self.blind else "Blind mode off", timeout=3)
        self._render_link()
        self._refresh_queue_soon()

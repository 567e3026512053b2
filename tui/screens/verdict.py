"""The verdict dialog: give a cluster a fact-check verdict, or change its current one.

It needs only a database, a cluster id and a reviewer, so any screen that shows a cluster can
open it: it reads the cluster's current verdict and saves in thread workers, and is dismissed
with the saved verdict (None if cancelled). A verdict the service refuses (a rating off its
scale) is said in a notification and the dialog stays open.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Horizontal, Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static
from textual.worker import Worker, WorkerState

from factdb.errors import FactdbError, InputError
from factdb.services.database import Database
from factdb.services.verdicts import VerdictInput, VerdictRecord, cluster_verdict, set_verdict

TEXT_FIELDS = ("url", "note")
SCALE_FIELDS = ("value", "best", "worst")


@dataclass
class VerdictLoaded(Message):
    """The cluster's current verdict (None: it has none)."""

    verdict: VerdictRecord | None


@dataclass
class VerdictSaved(Message):
    """A verdict is committed."""

    verdict: VerdictRecord


class VerdictScreen(ModalScreen[VerdictRecord | None]):
    """Edit the verdict of cluster CLUSTER_ID as REVIEWER; dismissed with the saved verdict."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="verdict_cancel")
    ]

    def __init__(self, database: Database, cluster_id: int, reviewer: str) -> None:
        super().__init__()
        self.database = database
        self.cluster_id = cluster_id
        self.reviewer = reviewer

    def compose(self) -> ComposeResult:
        """The current verdict, one field per part of a verdict, Save and Cancel."""
        with Vertical(classes="dialog verdict"):
            yield Label(
                f"Verdict on cluster #{self.cluster_id} (Enter saves, Escape cancels)",
                classes="title",
            )
            yield Static("loading…", id="current")
            with Grid(classes="fields"):
                yield Label("rating")
                yield Input(placeholder="as published: False, Misleading…", id="rating")
                yield Label("scale")
                with Horizontal(classes="range"):
                    for name in SCALE_FIELDS:
                        yield Input(placeholder=name, id=name, type="number")
                for name in TEXT_FIELDS:
                    yield Label(name)
                    yield Input(id=name)
            with Horizontal(classes="buttons"):
                yield Button("Save", id="save", variant="primary")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        """Read the current verdict in the background."""
        self.load(self.cluster_id)

    @work(thread=True, exclusive=True, group="verdict", exit_on_error=False)
    def load(self, cluster_id: int) -> None:
        """Read the cluster's current verdict."""
        self.post_message(VerdictLoaded(cluster_verdict(self.database, cluster_id)))

    @work(thread=True, exclusive=True, group="verdict", exit_on_error=False)
    def save(self, given: VerdictInput) -> None:
        """Store the verdict."""
        self.post_message(
            VerdictSaved(set_verdict(self.database, self.cluster_id, given, self.reviewer))
        )

    def on_verdict_loaded(self, message: VerdictLoaded) -> None:
        """Show the current verdict and start from its values."""
        v = message.verdict
        current = self.query_one("#current", Static)
        if v is None:
            current.update("No verdict yet.")
            return
        by = f"{v.publisher} (imported)" if v.publisher else v.reviewer
        current.update(f"Current: {v.rating} by {by}, {v.reviewed_at:%Y-%m-%d}")
        if v.publisher is None:
            values = {"rating": v.rating, "value": v.rating_value, "best": v.best_rating,
                      "worst": v.worst_rating, "url": v.url, "note": v.note}  # fmt: skip
            for name, value in values.items():
                shown = "" if value is None else f"{value:g}" if isinstance(value, float) else value
                self.query_one(f"#{name}", Input).value = str(shown)

    def on_verdict_saved(self, message: VerdictSaved) -> None:
        """Close with the saved verdict."""
        self.dismiss(message.verdict)

    @on(Worker.StateChanged)
    def _worker_failed(self, event: Worker.StateChanged) -> None:
        error = event.worker.error
        if event.state is not WorkerState.ERROR or error is None:
            return
        if isinstance(error, FactdbError):
            self.notify(str(error), title="Not saved", severity="error", timeout=8)
        else:
            report = getattr(self.app, "report_error", None)
            if report is None:
                raise error
            report(error)

    def _given(self) -> VerdictInput:
        def text(name: str) -> str:
            return self.query_one(f"#{name}", Input).value.strip()

        def number(name: str) -> float | None:
            value = text(name)
            try:
                return float(value) if value else None
            except ValueError as exc:
                raise InputError(name, "must be a number") from exc

        value, best, worst = (number(name) for name in SCALE_FIELDS)
        return VerdictInput(
            text("rating"), value, best, worst, text("url") or None, text("note") or None
        )

    def _save(self) -> None:
        try:
            self.save(self._given().checked())
        except InputError as exc:
            self.notify(str(exc), title="Not saved", severity="error", timeout=8)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Save or cancel."""
        if event.button.id == "save":
            self._save()
        else:
            self.dismiss(None)

    def on_input_submitted(self) -> None:
        """Enter in any field saves."""
        self._save()

    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)

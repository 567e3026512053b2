"""The filter dialog: which pending links to review, in which order."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select

from factdb.services.review.views import QueueFilter, QueueSort
from factdb.vocab import LinkKind, Relation

TEXT_FIELDS = ("outlet", "speaker", "text")


class FilterScreen(ModalScreen[QueueFilter | None]):
    """Edit the queue filter; dismissed with the new filter, or None if cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, current: QueueFilter) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        """One field per condition."""
        cur = self.current
        with Vertical(classes="dialog filter"):
            yield Label("Filter the queue (Enter applies, Escape cancels)", classes="title")
            with Grid(classes="fields"):
                yield Label("kind")
                yield Select(
                    [(k.value, k.value) for k in LinkKind],
                    value=cur.kind or Select.NULL,
                    prompt="any",
                    id="kind",
                )
                yield Label("relation")
                yield Select(
                    [(r.value, r.value) for r in Relation],
                    value=cur.relation or Select.NULL,
                    prompt="any",
                    id="relation",
                )
                for name in TEXT_FIELDS:
                    yield Label(name)
                    yield Input(getattr(cur, name) or "", placeholder="contains…", id=name)
                yield Label("score")
                with Horizontal(classes="range"):
                    yield Input(
                        _num(cur.min_score), placeholder="min", id="min_score", type="number"
                    )
                    yield Input(
                        _num(cur.max_score), placeholder="max", id="max_score", type="number"
                    )
                yield Label("dates")
                with Horizontal(classes="range"):
                    yield Input(_iso(cur.published_from), placeholder="from YYYY-MM-DD", id="from")
                    yield Input(_iso(cur.published_to), placeholder="to YYYY-MM-DD", id="to")
                yield Label("order")
                yield Select(
                    [(s.value, s.value) for s in QueueSort],
                    value=cur.sort.value,
                    allow_blank=False,
                    id="sort",
                )
            with Horizontal(classes="buttons"):
                yield Button("Apply", id="apply", variant="primary")
                yield Button("Clear", id="clear")
                yield Button("Cancel", id="cancel")

    def _value(self) -> QueueFilter:
        kind = self.query_one("#kind", Select).value
        relation = self.query_one("#relation", Select).value
        return QueueFilter(
            kind=LinkKind(kind) if isinstance(kind, str) else None,
            relation=Relation(relation) if isinstance(relation, str) else None,
            outlet=self._text("outlet"),
            speaker=self._text("speaker"),
            text=self._text("text"),
            min_score=self._score("min_score"),
            max_score=self._score("max_score"),
            published_from=self._day("from"),
            published_to=self._day("to"),
            sort=QueueSort(str(self.query_one("#sort", Select).value)),
        )

    def _text(self, name: str) -> str | None:
        return self.query_one(f"#{name}", Input).value.strip() or None

    def _score(self, name: str) -> float | None:
        value = self._text(name)
        return float(value) if value is not None else None

    def _day(self, name: str) -> date | None:
        value = self._text(name)
        return date.fromisoformat(value) if value is not None else None

    def _apply(self) -> None:
        try:
            self.dismiss(self._value())
        except ValueError:
            self.notify("A score is a number, a date YYYY-MM-DD", severity="error")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Apply, clear or cancel."""
        if event.button.id == "apply":
            self._apply()
        elif event.button.id == "clear":
            self.dismiss(QueueFilter())
        else:
            self.dismiss(None)

    def on_input_submitted(self) -> None:
        """Enter in any field applies the filter."""
        self._apply()

    def action_cancel(self) -> None:
        """Keep the current filter."""
        self.dismiss(None)


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _iso(day: date | None) -> str:
    return "" if day is None else day.isoformat()

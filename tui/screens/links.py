"""The links listing: any status, a date range, an order; pick one to review or to revisit.

Pending links picked here are leased for review; decided ones (confirmed, rejected, or grouped
automatically) are shown with their decision, which y or n then changes.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Label, Select

from factdb.services import review
from factdb.services.database import Database
from factdb.services.review.queue import QueueRow
from factdb.services.review.views import QueueFilter, QueueSort
from factdb.vocab import LinkStatus
from tui.messages import LinksLoaded

PAGE = 200
ANY = "any"
COLUMNS = (("#", 7), ("status", 9), ("score", 5), ("kind", 5), ("by", 8), ("A", 26), ("B", 26))


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _day(value: str) -> date | None:
    """A YYYY-MM-DD date typed in a field (ValueError if it is something else)."""
    return date.fromisoformat(value.strip()) if value.strip() else None


class LinksScreen(Screen[int | None]):
    """Pick a link by status, dates and order; dismissed with its id, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "Back")]

    def __init__(self, database: Database, flt: QueueFilter) -> None:
        super().__init__()
        self.database = database
        self.flt = flt
        self.rows: list[QueueRow] = []

    def compose(self) -> ComposeResult:
        """The conditions in one bar, the listing, the keys."""
        with Horizontal(id="links-bar"):
            yield Label("status")
            yield Select(
                [(s.value, s.value) for s in LinkStatus] + [(ANY, ANY)],
                value=LinkStatus.PENDING.value,
                allow_blank=False,
                id="status",
            )
            yield Label("order")
            yield Select(
                [(s.value, s.value) for s in QueueSort],
                value=self.flt.sort.value,
                allow_blank=False,
                id="sort",
            )
            yield Input(_iso(self.flt.published_from), placeholder="from YYYY-MM-DD", id="from")
            yield Input(_iso(self.flt.published_to), placeholder="to YYYY-MM-DD", id="to")
        yield DataTable(id="links", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        """Set the columns up and read the first page."""
        table = self.query_one("#links", DataTable)
        for label, width in COLUMNS:
            table.add_column(label, width=width)
        self.reload()

    def _conditions(self) -> tuple[QueueFilter, LinkStatus | None]:
        status = self.query_one("#status", Select).value
        sort = self.query_one("#sort", Select).value
        flt = replace(
            self.flt,
            sort=QueueSort(str(sort)),
            published_from=_day(self.query_one("#from", Input).value),
            published_to=_day(self.query_one("#to", Input).value),
        )
        return flt, (None if status == ANY else LinkStatus(str(status)))

    def reload(self) -> None:
        """Read the listing again for the conditions shown."""
        try:
            flt, status = self._conditions()
        except ValueError:
            self.notify("A date is written YYYY-MM-DD", severity="error")
            return
        self.load(flt, status)

    @work(thread=True, exclusive=True, exit_on_error=False)
    def load(self, flt: QueueFilter, status: LinkStatus | None) -> None:
        """Read a page of links."""
        rows = review.list_queue(self.database, flt, limit=PAGE, status=status)
        self.post_message(LinksLoaded(rows))

    def on_links_loaded(self, message: LinksLoaded) -> None:
        """Show the page."""
        self.rows = message.rows
        table = self.query_one("#links", DataTable)
        table.clear()
        for r in self.rows:
            table.add_row(
                str(r.id), r.status.value, f"{r.score:.0f}", r.kind.value, r.reviewer or "",
                _clip(r.a_text, 26), _clip(r.b_text, 26),
            )  # fmt: skip

    @on(Select.Changed)
    @on(Input.Submitted)
    def _changed(self) -> None:
        self.reload()

    @on(DataTable.RowSelected, "#links")
    def _picked(self, event: DataTable.RowSelected) -> None:
        self.dismiss(self.rows[event.cursor_row].id)

    def action_close(self) -> None:
        """Back, picking nothing."""
        self.dismiss(None)


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""

"""The clusters listing: the statements that travelled, largest (or newest, or oldest) first."""

from __future__ import annotations

from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from factdb.services.database import Database
from factdb.services.timeline import ClusterSort, ClusterSummary, list_clusters
from tui.messages import ClustersLoaded
from tui.screens.cluster import ClusterScreen

PAGE = 200
COLUMNS = (("#", 6), ("kind", 6), ("size", 5), ("outlets", 7), ("first seen", 10), ("words", 60))
SORTS = list(ClusterSort)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


class ClustersScreen(Screen[bool]):
    """Pick a cluster to read its story; dismissed with True if a decision changed anything."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("o", "sort", "Order", tooltip="Largest, newest or oldest first"),
        Binding("escape,q", "close", "Back"),
    ]

    def __init__(self, database: Database, reviewer: str, owner: str | None = None) -> None:
        super().__init__()
        self.database = database
        self.reviewer = reviewer
        self.owner = owner
        self.sort = ClusterSort.LARGEST
        self.clusters: list[ClusterSummary] = []
        self.changed = False

    def compose(self) -> ComposeResult:
        """A heading, the listing and the keys."""
        yield Static("loading…", id="clusters-heading")
        yield DataTable(id="clusters", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        """Set the columns up and read the first page."""
        table = self.query_one("#clusters", DataTable)
        for label, width in COLUMNS:
            table.add_column(label, width=width)
        self.load(self.sort)

    @work(thread=True, exclusive=True, exit_on_error=False)
    def load(self, sort: ClusterSort) -> None:
        """Read a page of clusters in order SORT."""
        self.post_message(ClustersLoaded(list_clusters(self.database, sort, limit=PAGE)))

    def on_clusters_loaded(self, message: ClustersLoaded) -> None:
        """Show the page."""
        self.clusters = message.clusters
        table = self.query_one("#clusters", DataTable)
        table.clear()
        for c in self.clusters:
            first = c.first_seen.isoformat() if c.first_seen else "undated"
            words = _clip(" ".join(c.text.split()), 60)
            table.add_row(str(c.id), c.kind.value, str(c.size), str(c.outlets), first, words)
        shown = f"{len(self.clusters)} clusters" + (
            " (the first ones)" if len(self.clusters) == PAGE else ""
        )
        self.query_one("#clusters-heading", Static).update(
            f"{shown}, {self.sort.value} first · Enter: its story · o: order"
        )

    @on(DataTable.RowSelected, "#clusters")
    def _open(self, event: DataTable.RowSelected) -> None:
        cluster = self.clusters[event.cursor_row]

        def back(changed: bool | None) -> None:
            if changed:
                self.changed = True
                self.load(self.sort)

        screen = ClusterScreen(self.database, self.reviewer, cluster.id, self.owner)
        self.app.push_screen(screen, back)

    def action_sort(self) -> None:
        """The next order."""
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.load(self.sort)

    def action_close(self) -> None:
        """Back to reviewing."""
        self.dismiss(self.changed)

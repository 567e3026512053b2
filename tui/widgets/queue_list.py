"""The next links in the queue, for wide terminals."""

from __future__ import annotations

from textual.widgets import DataTable

from factdb.services.review.queue import QueueRow, owner_name


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


class QueueList(DataTable[str]):
    """A read-only page of upcoming pending links, best first."""

    DEFAULT_CSS = """
    QueueList {
        height: 1fr;
    }
    """

    def on_mount(self) -> None:
        """Set up the columns."""
        self.cursor_type = "none"
        self.can_focus = False
        # Fixed widths: the table lays out at once and never jitters as rows change.
        for label, width in (("score", 5), ("kind", 8), ("A", 24), ("B", 24)):
            self.add_column(label, width=width)

    def show(self, rows: list[QueueRow], *, blind: bool) -> None:
        """Replace the listing with ROWS (scores hidden if BLIND)."""
        self.clear()
        for row in rows:
            score = "—" if blind else f"{row.score:.0f}"
            kind = row.kind.value if row.lease_owner is None else owner_name(row.lease_owner)
            self.add_row(score, kind, _clip(row.a_text, 24), _clip(row.b_text, 24))

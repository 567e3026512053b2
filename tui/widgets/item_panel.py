"""One side of a link: where it appeared, who said it, and the sentence highlighted."""

from __future__ import annotations

from rich.console import Group
from rich.text import Text
from textual.widgets import Static

from factdb.services.review_views import ItemView


class ItemPanel(Static):
    """Shows one item of the current link; the sentence comes pre-highlighted by `tui.diff`."""

    DEFAULT_CSS = """
    ItemPanel {
        border: round $primary;
        padding: 0 1;
        width: 1fr;
        height: 1fr;
    }
    """

    def __init__(self, side: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.side = side
        self.border_title = side

    def show(self, item: ItemView, sentence: Text, article_key: str) -> None:
        """Display ITEM with its highlighted SENTENCE; ARTICLE_KEY opens the article."""
        where = " · ".join(
            part
            for part in (
                item.outlet or "unknown outlet",
                item.published.isoformat() if item.published else "undated",
            )
        )
        self.border_title = f"{self.side} · {where}"
        self.border_subtitle = f"{article_key}: article"
        heading = Text(item.title or "(untitled)", style="bold")
        speaker = Text(f"Speaker: {item.speaker or 'unknown'}", style="italic")
        lines = [heading, speaker, Text(""), sentence]
        if item.cluster_size > 1:
            lines += [Text(""), Text(f"{self.side} is in a cluster of {item.cluster_size} items")]
        self.update(Group(*lines))

    def clear_item(self, message: str) -> None:
        """Show MESSAGE instead of an item."""
        self.border_title = self.side
        self.border_subtitle = ""
        self.update(Text(message, style="dim"))

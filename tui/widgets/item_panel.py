"""One side of a link: where it appeared, who said it, and the sentence highlighted."""

from __future__ import annotations

from rich.text import Text

from factdb.services.review.views import ItemView
from tui.widgets.panel import Panel


class ItemPanel(Panel):
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
        # One Text (rendered as Textual Content) rather than a Rich Group of lines: Textual
        # measures and draws it without going through Rich's console rendering.
        text = Text(item.title or "(untitled)", style="bold")
        text.append("\n")
        text.append(f"Speaker: {item.speaker or 'unknown'}", style="italic")
        text.append("\n\n")
        text.append_text(sentence)
        if item.cluster_size > 1:
            text.append(f"\n\n{self.side} is in a cluster of {item.cluster_size} items")
        self.show_text(text)

    def clear_item(self, message: str) -> None:
        """Show MESSAGE instead of an item."""
        self.border_title = self.side
        self.border_subtitle = ""
        self.show_text(Text(message, style="dim"))

"""One side of a link: its article (URL, byline, full date), speaker and highlighted sentence."""

from __future__ import annotations

from datetime import date

from rich.text import Text

from factdb.services.review.views import ItemView
from tui.widgets.panel import Panel


def full_date(day: date | None) -> str:
    """DAY in full ("Tuesday 3 March 2026"), or "undated"."""
    return f"{day:%A} {day.day} {day:%B %Y}" if day else "undated"


def byline(text: str) -> str:
    """A byline as printed: "By " first unless it says so already."""
    return text if text.lower().startswith("by ") else f"By {text}"


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
        text.append(full_date(item.published))
        if item.byline:
            text.append(f" · {byline(item.byline)}")
        text.append("\n")
        text.append(item.url or "(no URL)", style="dim")
        text.append("\n")
        text.append(f"Speaker: {item.speaker or 'unknown'}", style="italic")
        text.append("\n\n")
        text.append_text(sentence)
        if item.cluster_size > 1:
            text.append(
                f"\n\n{self.side} is one of {item.cluster_size} in cluster #{item.cluster_id}"
            )
        self.show_text(text)

    def clear_item(self, message: str) -> None:
        """Show MESSAGE instead of an item."""
        self.border_title = self.side
        self.border_subtitle = ""
        self.show_text(Text(message, style="dim"))

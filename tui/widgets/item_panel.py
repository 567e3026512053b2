"""One side of a link: its article (URL, byline, full date), speaker and highlighted sentence."""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual import events
from textual.content import Content
from textual.message import Message
from textual.widget import Widget

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

    class Resized(Message):
        """The panel's size changed: what it shows of its item may have changed too."""

    def __init__(self, side: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.side = side
        self.border_title = side
        self._shown_text = Text()
        self._span: tuple[int, int] | None = None
        """Where the item (the highlighted quote or quantity) is in the text shown."""

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
        self._span = (len(text) + item.span[0], len(text) + item.span[1])
        text.append_text(sentence)
        if item.cluster_size > 1:
            text.append(
                f"\n\n{self.side} is one of {item.cluster_size} in cluster #{item.cluster_id}"
            )
        self._shown_text = text
        self.show_text(text)

    def on_resize(self, event: events.Resize) -> None:
        """Tell the screen, which checks that the item is still in view."""
        self.post_message(self.Resized())

    def clear_item(self, message: str) -> None:
        """Show MESSAGE instead of an item."""
        self.border_title = self.side
        self.border_subtitle = ""
        self._span = None
        self.show_text(Text(message, style="dim"))

    def item_visible(self) -> bool:
        """Whether every line of the item's highlighted words is on screen (True with no item).

        A panel squeezed by a small terminal is cut by its containers: the lines the item
        takes once wrapped at the panel's width must lie within what they let through.
        """
        if self._span is None:
            return True
        width = self.content_size.width
        if width <= 0:
            return False
        first = _rows(self._shown_text[: self._span[0]], width) - 1
        last = _rows(self._shown_text[: max(self._span[1], self._span[0] + 1)], width) - 1
        shown = self.content_region
        for ancestor in self.ancestors:
            if isinstance(ancestor, Widget):
                shown = shown.intersection(ancestor.region)
        top = shown.y - self.content_region.y
        return shown.height > 0 and top <= first and last < top + shown.height


def _rows(text: Text, width: int) -> int:
    """How many lines TEXT takes wrapped at WIDTH, as the panel wraps it."""
    return len(Content.from_rich_text(text).wrap(width))

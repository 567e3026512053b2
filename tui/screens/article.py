"""The full article around one item, scrolled to it, read in a worker."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from factdb.services import review
from factdb.services.database import Database
from factdb.services.review.views import ArticleText, ItemView
from tui.diff import SPAN_STYLE


class ArticleScreen(ModalScreen[None]):
    """Shows ITEM's whole article with the item highlighted."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,a,b", "close", "Close")]

    def __init__(self, database: Database, item: ItemView) -> None:
        super().__init__()
        self.database = database
        self.item = item

    def compose(self) -> ComposeResult:
        """A heading and the scrollable text."""
        yield Label(self.item.title or "(untitled)", classes="title", id="article-title")
        with VerticalScroll(id="article-body"):
            yield Static("loading…", id="article-text")

    def on_mount(self) -> None:
        """Start reading the article."""
        self.load()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def load(self) -> None:
        """Read the article off the UI thread."""
        article = review.article_text(self.database, self.item.article_id)
        self.app.call_from_thread(self._show, article)

    def _show(self, article: ArticleText) -> None:
        start, end = self.item.article_span
        text = Text(article.text)
        text.stylize(f"{SPAN_STYLE} reverse", start, end)
        published = article.published.isoformat() if article.published else "undated"
        self.query_one("#article-title", Label).update(
            f"{article.title or '(untitled)'} — {article.outlet or 'unknown outlet'}, {published}"
        )
        body = self.query_one("#article-text", Static)
        body.update(text)
        # Scroll so the item is in view: its line is roughly its share of the text.
        share = start / max(len(article.text), 1)
        self.call_after_refresh(self._scroll_to_share, share)

    def _scroll_to_share(self, share: float) -> None:
        scroll = self.query_one("#article-body", VerticalScroll)
        scroll.scroll_to(y=max(0, int(scroll.max_scroll_y * share) - 2), animate=False)

    def action_close(self) -> None:
        """Back to reviewing."""
        self.dismiss(None)

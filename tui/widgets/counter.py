"""The top line: how much is left, how much is done, the filter and the last save."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static

from factdb.services.review.queue import QueueCounts


class QueueCounter(Static):
    """Remaining and done counts, this session's decisions, the filter and a save status."""

    DEFAULT_CSS = """
    QueueCounter {
        height: 1;
        padding: 0 1;
        background: $boost;
    }
    """

    counts: reactive[QueueCounts | None] = reactive(None)
    session_done: reactive[int] = reactive(0)
    filter_text: reactive[str] = reactive("all")
    status: reactive[str] = reactive("")
    warning: reactive[str] = reactive("")
    """Shown instead of everything else while set: what keeps the reviewer from deciding."""

    def render(self) -> Text:
        """One line: counts, filter, status; or the warning alone."""
        text = Text(no_wrap=True, overflow="ellipsis")
        if self.warning:
            text.append(self.warning, style="bold reverse red")
            return text
        if self.counts is None:
            text.append("counting…", style="dim")
        else:
            text.append(f"{self.counts.remaining:,} left", style="bold")
            text.append(f" · {self.counts.done:,} done")
            if self.counts.auto:
                text.append(f" · {self.counts.auto:,} copies grouped")
        text.append(f" · you: {self.session_done}")
        text.append(f" · filter: {self.filter_text}", style="dim")
        if self.status:
            text.append(f" · {self.status}", style="bold green")
        return text

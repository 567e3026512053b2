"""A bordered text panel whose updates lay the screen out again only when its height changes."""

from __future__ import annotations

from rich.text import Text
from textual.css.scalar import Scalar
from textual.geometry import Size
from textual.widgets import Static


class Panel(Static):
    """Static text that keeps the screen's layout when new text leaves its height as it is.

    `Static.update` lays out the whole screen on every change, as the new text may need
    another height. The next link mostly does not, and a layout costs more than drawing the
    panels and is followed by more frames of Textual's own (scroll bars, sizes), each of which
    holds the next frame back, so the panel works out the height the new text gets and asks
    for a layout only when it differs from the height it has.
    """

    _shown: tuple[int, int] | None = None
    """(content width, lines) of the text shown, once measured."""

    def show_text(self, text: Text) -> None:
        """Display TEXT; lay the screen out again only if its height has to change."""
        # A Rich Text becomes Textual Content, which Textual measures and draws itself.
        self.update(text, layout=False)
        width = self.content_size.width
        lines = self.get_content_height(Size(0, 0), Size(0, 0), width) if width else 0
        if not self._keeps_height(width, lines):
            self.refresh(layout=True)
        self._shown = (width, lines) if width else None

    def _keeps_height(self, width: int, lines: int) -> bool:
        """Whether LINES of text at WIDTH get the content height the panel has now."""
        if not width or self._shown is None or self._shown[0] != width:
            return False  # not laid out yet, or since resized
        styles = self.styles
        if styles.width is not None and styles.width.is_auto:
            return False  # its width follows its text
        if styles.height is None or not styles.height.is_auto:
            return True  # neither its width nor its height follows its text
        height = lines
        for bound, clamp in ((styles.min_height, max), (styles.max_height, min)):
            if bound is not None:
                if not bound.is_cells:
                    return lines == self._shown[1]  # a relative bound: the same text height only
                height = clamp(height, self._lines(bound))
        return height == self.content_size.height

    def _lines(self, bound: Scalar) -> int:
        """A min- or max-height in cells as content lines, as Textual applies it."""
        gutter = self.styles.gutter.height if self.styles.box_sizing == "border-box" else 0
        return int(bound.value) - gutter

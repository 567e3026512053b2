"""The text panel asks for a screen layout only when new text changes its height."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult
from textual.widgets import Static

from tests.tui.helpers import sync
from tui.widgets.panel import Panel


class PanelApp(App[None]):
    """A panel that grows with its text between 3 and 6 lines, one of fixed height, a widget."""

    CSS = """
    Panel { border: round white; }
    #grows { height: auto; min-height: 5; max-height: 8; }
    #fixed { height: 4; }
    """

    def compose(self) -> ComposeResult:
        """The two panels, then a widget whose place shows the layout."""
        yield Panel(id="grows")
        yield Panel(id="fixed")
        yield Static("below", id="below")


def lines(n: int) -> Text:
    """N short lines of text."""
    return Text("\n".join(f"line {i}" for i in range(n)))


@sync
async def test_layout_only_when_the_height_changes() -> None:
    app = PanelApp()
    async with app.run_test(size=(40, 30)) as pilot:
        grows, fixed = app.query_one("#grows", Panel), app.query_one("#fixed", Panel)
        # (lines shown, whether a layout is asked for, content height afterwards)
        steps = [
            (1, True, 3),  # never measured: lay out
            (2, False, 3),  # both under min-height
            (3, False, 3),
            (5, True, 5),
            (5, False, 5),  # the same height, other text
            (9, True, 6),  # clamped by max-height
            (12, False, 6),
            (1, True, 3),
        ]
        for n, layout, height in steps:
            grows.show_text(lines(n))
            fixed.show_text(lines(n))
            assert grows._layout_required is layout, n
            await pilot.pause()
            assert grows.content_size.height == height, n
            below = app.query_one("#below").region.y
            assert below == grows.outer_size.height + fixed.outer_size.height, n
        # A panel whose height does not follow its text never asks after the first time.
        fixed.show_text(lines(1))
        assert not fixed._layout_required


@sync
async def test_a_resized_panel_measures_again() -> None:
    app = PanelApp()
    async with app.run_test(size=(40, 30)) as pilot:
        grows = app.query_one("#grows", Panel)
        text = Text("word " * 16)
        grows.show_text(text)
        await pilot.pause()
        wide = grows.content_size.height
        await pilot.resize_terminal(20, 30)
        grows.show_text(text)
        assert grows._layout_required
        await pilot.pause()
        assert grows.content_size.height > wide

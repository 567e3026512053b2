"""The help screen: every key as currently mapped, and how to remap them."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label, Static

from tui.keymap import DEFAULT_PATH, ENV

HIGHLIGHTS = (
    "In the sentences: [b]the quote or number[/], [u yellow]words that differ[/], "
    "[b reverse red]numbers that differ[/]. In a cluster's story: [s red]\\[-removed-][/] "
    "and [u green]{+added+}[/] words."
)


class HelpScreen(ModalScreen[None]):
    """Lists the review keys; ROWS are (binding id, keys, what it does)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,question_mark", "close", "Close")]

    def __init__(self, rows: list[tuple[str, str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        """The key table and the remapping note."""
        with Vertical(classes="dialog help"):
            yield Label("Review keys", classes="title")
            table: DataTable[str] = DataTable(cursor_type="none", show_cursor=False)
            table.add_columns("key", "action", "id")
            for binding_id, keys, description in self.rows:
                table.add_row(keys, description, binding_id)
            yield table
            yield Static(HIGHLIGHTS)
            yield Static(
                f"Remap keys in {DEFAULT_PATH.name} ([b]${ENV}[/] or --keymap FILE), e.g.\n"
                '\\[keys]\nconfirm = "j"\nreject = "k,ctrl+r"',
                classes="dim",
            )

    def action_close(self) -> None:
        """Back to reviewing."""
        self.dismiss(None)

"""Small modal dialogs: a yes/no confirmation, a note editor and an error report."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static


class ConfirmScreen(ModalScreen[bool]):
    """Ask a yes/no question; dismissed with True for yes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        """A question and two buttons."""
        with Vertical(classes="dialog"):
            yield Label(self.question)
            with Horizontal(classes="buttons"):
                yield Button("Yes (y)", id="yes", variant="primary")
                yield Button("No (n)", id="no")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Answer with the button pressed."""
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        """Answer from the keyboard."""
        self.dismiss(answer)


class NoteScreen(ModalScreen[str | None]):
    """Edit the note of a link; dismissed with the text, or None if cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, link_id: int, note: str | None) -> None:
        super().__init__()
        self.link_id = link_id
        self.note = note or ""

    def compose(self) -> ComposeResult:
        """A one-line editor."""
        with Vertical(classes="dialog"):
            yield Label(f"Note on link #{self.link_id} (Enter saves, Escape cancels)")
            yield Input(self.note, placeholder="why, what to check…", id="note")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Save the note."""
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)


class ErrorScreen(ModalScreen[None]):
    """An unexpected error, said in one paragraph, never as a traceback."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,enter,q", "close", "Close")]

    def __init__(self, title: str, message: str) -> None:
        super().__init__()
        self.title_text = title
        self.message = message

    def compose(self) -> ComposeResult:
        """The error and a close button."""
        with Vertical(classes="dialog error"):
            yield Label(self.title_text, classes="title")
            yield Static(self.message)
            yield Button("Close", id="close", variant="error")

    def on_button_pressed(self) -> None:
        """Close."""
        self.dismiss(None)

    def action_close(self) -> None:
        """Close from the keyboard."""
        self.dismiss(None)

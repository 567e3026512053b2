"""The review application that `factdb review` opens."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import ClassVar

from textual.app import App, SystemCommand
from textual.binding import BindingType
from textual.screen import Screen

from factdb.errors import ConflictError, FactdbError
from factdb.services.database import Database
from factdb.services.review import reviewer_name
from tui.bindings import APP_BINDINGS, BINDING_IDS, CLUSTER_BINDINGS, REVIEW_BINDINGS
from tui.keymap import keymap_path, load_keymap
from tui.screens.dialogs import ConfirmScreen, ErrorScreen
from tui.screens.help import HelpScreen
from tui.screens.review import ReviewScreen


class ReviewApp(App[None]):
    """Review pending links of DATABASE as REVIEWER.

    KEYMAP is a TOML file remapping keys (see `tui.keymap`); without it $FACTDB_KEYMAP or
    ~/.config/factdb/keymap.toml is used when present. BLIND hides scores until a decision.
    An empty or multi-line REVIEWER raises InputError before anything is shown.
    """

    CSS_PATH = "app.tcss"
    TITLE = "factdb review"
    BINDINGS: ClassVar[list[BindingType]] = [*APP_BINDINGS]
    # The queue listing appears beside the link from 120 columns on.
    # Textual declares this a plain attribute, so it cannot be annotated as a ClassVar here.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]  # noqa: RUF012

    def __init__(
        self,
        database: Database,
        reviewer: str,
        *,
        blind: bool = False,
        keymap: Path | None = None,
    ) -> None:
        super().__init__()
        self.database = database
        self.reviewer = reviewer_name(reviewer)
        self.blind = blind
        self.keymap = load_keymap(keymap_path(keymap), BINDING_IDS)

    def on_mount(self) -> None:
        """Apply the keymap and open the review screen."""
        self.set_keymap(self.keymap)
        self.push_screen(ReviewScreen(self.database, self.reviewer, blind=self.blind))

    @property
    def review_screen(self) -> ReviewScreen:
        """The review screen (under any dialog)."""
        return next(s for s in self.screen_stack if isinstance(s, ReviewScreen))

    def report_error(self, error: BaseException) -> None:
        """The one place errors reach the reviewer: a notification, or a modal if unexpected."""
        if isinstance(error, ConflictError):
            self.notify(str(error), title="Changed meanwhile", severity="warning", timeout=12)
        elif isinstance(error, FactdbError):
            self.notify(str(error), title="Error", severity="error", timeout=12)
        else:
            message = f"{type(error).__name__}: {error}".strip()
            self.push_screen(ErrorScreen("Something went wrong", message))

    def key_rows(self) -> list[tuple[str, str, str]]:
        """(binding id, keys as shown, description) of every key, as currently mapped."""
        rows = []
        for binding in REVIEW_BINDINGS + CLUSTER_BINDINGS + APP_BINDINGS:
            assert binding.id is not None
            keys = self.keymap.get(binding.id, binding.key).split(",")
            shown = ", ".join(self.get_key_display(replace(binding, key=k)) for k in keys)
            rows.append((binding.id, shown, binding.tooltip or binding.description))
        return rows

    def action_help(self) -> None:
        """Show the keys."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.key_rows()))

    async def action_quit(self) -> None:
        """Leave; if a decision is still being saved, ask first."""
        screen = self.review_screen
        current = screen.current.id if screen.current else None
        if not screen.saving:
            screen.release_and_exit(current)
            return

        def answer(yes: bool | None) -> None:
            if yes:
                self.exit()

        self.push_screen(
            ConfirmScreen("A decision is still being saved. Quit before it is?"), answer
        )

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The command palette offers every review action too."""
        yield from super().get_system_commands(screen)
        review = self.review_screen
        for binding in REVIEW_BINDINGS:
            action = partial(review.run_action, binding.action)
            yield SystemCommand(binding.description, binding.tooltip or "", action)

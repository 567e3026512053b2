"""`factdb review`: the Textual review application."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

import click

from factdb.cli.context import AppContext, pass_app
from factdb.errors import FactdbError


def default_reviewer() -> str:
    """$FACTDB_REVIEWER, else the login name."""
    return os.environ.get("FACTDB_REVIEWER") or getpass.getuser()


reviewer_option = click.option(
    "--reviewer",
    metavar="NAME",
    default=default_reviewer,
    show_default="$FACTDB_REVIEWER or your login name",
    help="Who is deciding; stored with every decision.",
)


@click.command()
@reviewer_option
@click.option("--blind", is_flag=True, help="Hide scores until each decision is made.")
@click.option(
    "--keymap",
    type=click.Path(dir_okay=False, path_type=Path),
    help="TOML file remapping keys [env FACTDB_KEYMAP; default ~/.config/factdb/keymap.toml].",
)
@pass_app
def review(app: AppContext, reviewer: str, blind: bool, keymap: Path | None) -> None:
    """Review pending links one by one: y confirm, n reject, s skip, u undo, ? help."""
    from factdb.services.review.names import reviewer_name

    reviewer = reviewer_name(reviewer)
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise FactdbError("factdb review needs a terminal (stdin and stdout must be a TTY)")
    database = app.database()
    # Imported here so that the rest of factdb never loads Textual.
    from tui.app import ReviewApp

    ReviewApp(database, reviewer, blind=blind, keymap=keymap).run()

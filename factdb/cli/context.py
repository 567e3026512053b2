"""What every command receives: the chosen database URL, opened on first use."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from factdb.services.database import Database

F = TypeVar("F", bound=Callable[..., Any])

DB_OPTION_HELP = "SQLAlchemy database URL (also accepted before the command)."


@dataclass
class AppContext:
    """The CLI's state for one invocation: a database URL and, once opened, the database."""

    url: str | None
    _db: Database | None = field(default=None, repr=False)

    def database(
        self, *, migrate: bool = True, create: bool = False, upgrade: bool = False
    ) -> Database:
        """The database, opened (and migrated when empty, or UPGRADE-d) on first use.

        Only commands that store data pass CREATE: every other one refuses a SQLite file that
        does not exist (a mistyped path must not become a new, empty database).
        """
        if self._db is None:
            # Imported here so that `--help` and commands without a database skip SQLAlchemy.
            from factdb.services.database import Database

            self._db = Database.open(self.url, migrate=migrate, create=create, upgrade=upgrade)
        return self._db

    def close(self) -> None:
        """Close the database if it was opened."""
        if self._db is not None:
            self._db.close()
            self._db = None


def _set_url(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    app = ctx.find_object(AppContext)
    if value is not None and app is not None:
        app.url = value


_pass_context_object = click.make_pass_decorator(AppContext)


def pass_app(function: F) -> F:
    """Pass the AppContext as first argument, and accept `--db URL` after the command too."""
    option = click.option(
        "--db", metavar="URL", expose_value=False, callback=_set_url, help=DB_OPTION_HELP
    )
    return option(_pass_context_object(function))  # type: ignore[return-value]

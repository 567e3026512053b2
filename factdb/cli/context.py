"""What every command receives: the chosen database URL, opened on first use."""

from __future__ import annotations

from dataclasses import dataclass, field

import click

from factdb.services.database import Database


@dataclass
class AppContext:
    """The CLI's state for one invocation: a database URL and, once opened, the database."""

    url: str | None
    _db: Database | None = field(default=None, repr=False)

    def database(self, *, migrate: bool = True) -> Database:
        """The database, opened (and migrated when empty) on first use."""
        if self._db is None:
            self._db = Database.open(self.url, migrate=migrate)
        return self._db

    def close(self) -> None:
        """Close the database if it was opened."""
        if self._db is not None:
            self._db.close()
            self._db = None


pass_app = click.make_pass_decorator(AppContext)

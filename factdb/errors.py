"""The one error hierarchy of factdb; each front end converts it once."""

from __future__ import annotations


class FactdbError(Exception):
    """Base of every error factdb reports to a user as one line."""


class InputError(FactdbError):
    """An input file, line or value that cannot be read or stored."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class DatabaseError(FactdbError):
    """The database cannot be reached or refused an operation."""


class SchemaOutdatedError(DatabaseError):
    """The database schema is older (or newer) than this version of factdb."""


class ReadOnlyError(FactdbError):
    """A query tried to change the database through a read-only path."""


class QueryError(FactdbError):
    """A user's SQL query failed."""


class NotFoundError(FactdbError):
    """A requested row does not exist."""


class ConflictError(FactdbError):
    """Someone else changed the row meanwhile; nothing was overwritten."""


class UnavailableError(FactdbError):
    """A capability that this version of factdb does not provide yet."""


class CancelledError(FactdbError):
    """A long operation was cancelled by its caller."""


class WorkerError(FactdbError):
    """A worker process of a parallel operation failed."""

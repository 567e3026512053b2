"""Messages that workers post back to the review screen: tiny dataclasses, no behaviour."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from factdb.services.review import Decision
from factdb.services.review_queue import QueueCounts, QueueRow
from factdb.services.review_views import Cursor, LinkView


@dataclass
class LinkShown(Message):
    """A link is leased to this reviewer and ready to show (None: the queue is empty)."""

    view: LinkView | None
    position: Cursor | None
    """Where the next claim in the queue starts after this link is dealt with."""


@dataclass
class Saved(Message):
    """A decision is committed."""

    decision: Decision
    score: float


@dataclass
class Undone(Message):
    """A decision was undone; its link is pending again and shown."""

    link_id: int


@dataclass
class Conflict(Message):
    """Someone else decided the link meanwhile; nothing was overwritten."""

    text: str


@dataclass
class NoteSaved(Message):
    """A note is stored on a link."""

    link_id: int
    text: str


@dataclass
class CountsLoaded(Message):
    """Fresh counts of pending and decided links for the current filter."""

    counts: QueueCounts


@dataclass
class QueueLoaded(Message):
    """The next page of the queue, for the queue list."""

    rows: list[QueueRow]

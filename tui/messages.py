"""Messages that workers post back to the review screen, and the outcomes they carry: tiny
dataclasses, no behaviour."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from factdb.services.bulk import BulkResult
from factdb.services.review import Decision
from factdb.services.review.queue import QueueCounts, QueueRow
from factdb.services.review.views import Cursor, LinkView
from factdb.services.timeline import ClusterSummary, Timeline


@dataclass(frozen=True)
class Saved:
    """Outcome: a decision is committed."""

    decision: Decision
    score: float


@dataclass(frozen=True)
class Undone:
    """Outcome: a decision was undone; its link is pending again and shown."""

    link_id: int


@dataclass(frozen=True)
class Conflict:
    """Outcome: someone else decided the link meanwhile; nothing was overwritten."""

    text: str


@dataclass
class LinkShown(Message):
    """A link is leased to this reviewer and ready to show (None: the queue is empty)."""

    view: LinkView | None
    position: Cursor | None
    """Where the next claim in the queue starts after this link is dealt with."""
    outcome: Saved | Undone | Conflict | None = None
    """What became of the previous link. It comes in the same message as the next link, so
    that both reach the screen in one frame: two messages may be drawn in two frames, and
    Textual then holds the second (the link) back by one to two frame periods."""


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


@dataclass
class TimelineLoaded(Message):
    """A cluster's timeline, read for the cluster screen."""

    timeline: Timeline


@dataclass
class BulkDone(Message):
    """A bulk decision is committed; RESULT says how many links it changed."""

    result: BulkResult


@dataclass
class ClustersLoaded(Message):
    """A page of the cluster listing."""

    clusters: list[ClusterSummary]


@dataclass
class LinksLoaded(Message):
    """A page of the link listing (any status)."""

    rows: list[QueueRow]

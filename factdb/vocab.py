"""The closed vocabularies of links and reviews, shared by the linker, the services and the UI."""

from enum import StrEnum


class LinkKind(StrEnum):
    """What a link joins: two quotes or two claims."""

    QUOTE = "quote"
    CLAIM = "claim"


class Relation(StrEnum):
    """How two linked items relate."""

    SAME = "same"
    CONFLICT = "conflict"


class LinkStatus(StrEnum):
    """Where a link stands in review.

    AUTO: the linker joined two copies of one statement (same speaker, same words) without a
    reviewer; a reviewer may confirm, reject or undo it (undo makes it pending).
    """

    PENDING = "pending"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"
    AUTO = "auto"


JOINING = (LinkStatus.CONFIRMED, LinkStatus.AUTO)
"""The statuses of links that join their items into one cluster."""


class ReviewAction(StrEnum):
    """What a reviewer did to a link; every action is one audit row."""

    CONFIRM = "confirm"
    REJECT = "reject"
    UNDO = "undo"
    NOTE = "note"

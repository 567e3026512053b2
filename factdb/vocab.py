"""The closed vocabularies of factdb (links, reviews, output formats), shared by every layer."""

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


# Kept here rather than in the services so that the command line lists them in `--help`
# without loading SQLAlchemy.
EXPORT_ENTITIES = ("articles", "quotes", "claims", "links", "clusters")
"""What `factdb export` writes."""
EXPORT_FORMATS = ("jsonl", "csv")
"""The formats of `factdb export`."""
QUERY_FORMATS = ("table", "csv", "jsonl")
"""The formats of `factdb sql`."""
SPEAKER_LIST_LIMIT = 50
"""How many speakers `factdb speakers list` prints unless told."""
QUERY_TIMEOUT_S = 60.0
"""How long `factdb sql` lets a query run by default."""

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


class VerdictAction(StrEnum):
    """What happened to a verdict; every change is one history row."""

    SET = "set"
    CHANGE = "change"
    IMPORT = "import"


# Kept here rather than in the services so that the command line lists them in `--help`
# without loading SQLAlchemy.
EXPORT_ENTITIES = ("articles", "quotes", "claims", "links", "clusters")
"""The tables `factdb export` writes."""
EXPORT_DOCUMENTS = ("claimreview",)
"""What else `factdb export` writes: schema.org ClaimReview (JSON-LD, one object a line)."""
TEXT_EXPORT_FORMATS = ("jsonl", "csv")
"""The text formats of `factdb export`, written to any stream."""
EXPORT_FORMATS = (*TEXT_EXPORT_FORMATS, "parquet")
"""The formats of `factdb export`; Parquet is written to a file only."""
QUERY_FORMATS = ("table", "csv", "jsonl")
"""The formats of `factdb sql`."""
SPEAKER_LIST_LIMIT = 50
"""How many speakers `factdb speakers list` prints unless told."""
QUERY_TIMEOUT_S = 60.0
"""How long `factdb sql` lets a query run by default."""

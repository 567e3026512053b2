"""The relational schema of factdb as typed SQLAlchemy models."""

from factdb.models.article import Article, Outlet
from factdb.models.base import Base
from factdb.models.link import Cluster, ClusterMember, Link, LinkRun, LinkScore, Review
from factdb.models.speaker import Speaker, SpeakerAlias, SpeakerPin
from factdb.models.statement import Claim, Quote
from factdb.models.verdict import Check, Verdict, VerdictChange

__all__ = [
    "Article",
    "Base",
    "Check",
    "Claim",
    "Cluster",
    "ClusterMember",
    "Link",
    "LinkRun",
    "LinkScore",
    "Outlet",
    "Quote",
    "Review",
    "Speaker",
    "SpeakerAlias",
    "SpeakerPin",
    "Verdict",
    "VerdictChange",
]

"""Small frozen records that the extractors return: quotes, claims and one article's extraction."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class QuoteKind(StrEnum):
    """How a statement is reported: in full quotation marks, a few quoted words, or paraphrased."""

    DIRECT = "direct"
    PARTIAL = "partial"
    INDIRECT = "indirect"


class SpeakerKind(StrEnum):
    """What sort of source a speaker is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    DOCUMENT = "document"
    ANONYMOUS = "anonymous"


class Qualifier(StrEnum):
    """How exactly a number is claimed."""

    EXACT = "exact"
    APPROX = "approx"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    RANGE = "range"


@dataclass(frozen=True, slots=True)
class SpeakerRef:
    """The speaker a quote is attributed to, with the mention the attribution rests on."""

    name: str
    """Canonical name within the article: "Joe Biden" for "he", "Biden" and "President Biden"."""
    kind: SpeakerKind = SpeakerKind.PERSON
    text: str | None = None
    """The mention as written (a name or a pronoun)."""
    start: int | None = None
    end: int | None = None
    description: str | None = None
    """A role seen with the name, such as "Japanese Prime Minister"."""
    aliases: tuple[str, ...] = ()
    """Every surface form of this speaker seen in the article."""
    resolution: str = "name"
    """How the mention was resolved: name, surname, pronoun, role, organization, description."""
    confidence: float = 1.0
    """How sure the resolution is, 0 to 1; an unresolved mention has 0."""


@dataclass(frozen=True, slots=True)
class QuoteRecord:
    """One quotation or piece of reported speech, with exact offsets into the article text."""

    kind: QuoteKind
    text: str
    start: int
    end: int
    speaker: SpeakerRef | None
    cue: str | None
    sentence: str
    sentence_start: int
    attribution: str | None = None
    """How the quote was tied to its speaker: cue, clause, colon, continued, subject, ..."""
    confidence: float = 0.0
    """How sure the attribution is, 0 to 1; below a threshold the quote has no speaker."""
    anonymous: str | None = None
    """For a source the article does not name, its description ("a senior official")."""


@dataclass(frozen=True, slots=True)
class Conversion:
    """A second form of the same quantity written beside it, as in "1,000 km (600 mi)"."""

    text: str
    value: float
    unit: str | None


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    """One numeric claim: the quantity as written, its value, unit and normalised form."""

    text: str
    start: int
    end: int
    value: float
    value_max: float | None
    unit: str | None
    normalized_value: float
    normalized_value_max: float | None
    normalized_unit: str | None
    qualifier: Qualifier
    measures: str | None
    sentence: str
    sentence_start: int
    change: str | None = None
    """A change the number describes: "double", "increase_by", "increase_to", "n_fold", ..."""
    conversions: tuple[Conversion, ...] = ()
    quote_index: int | None = None
    """Index into the article's quotes of the quote or reported speech that contains the claim."""
    speaker: SpeakerRef | None = None
    base: str | None = None
    """The whole a percentage is taken of: "GDP" in "2% of GDP"."""
    kind: str | None = None
    """What sort of quantity: age, count, money, percent, duration, ratio, multiplier, rate,
    quantity (another physical unit) or number (no unit); see `extract.claims.forms`."""


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article text."""

    quotes: tuple[QuoteRecord, ...] = field(default_factory=tuple)
    claims: tuple[ClaimRecord, ...] = field(default_factory=tuple)

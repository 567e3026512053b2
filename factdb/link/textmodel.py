"""How likely two texts of about one length say the same thing: a small logistic model.

Single RapidFuzz scorers rank restatements above near-misses (same story, much shared wording,
another meaning) only so well: they count every character alike. The model adds what tells the
two apart, each a `FEATURES` entry computed by `features`:

- the scorers themselves (`ratio`, `token_sort_ratio`, `token_set_ratio`, `partial_ratio`) over
  normalised text, `ratio` over the content stems alone in text order (`content_ratio`), and
  the shared content words plain (`overlap`) and weighted by their rarity in news
  (`rare_overlap`, `rarity.weighted_overlap`);
- content-word alignment: the share of each side's rarity mass (`rarity.idf` + 0.5 per word)
  found in the other side, a word matching exactly or a near spelling (RapidFuzz `ratio` at
  least `FUZZY_CUTOFF`, counted by that ratio): the smaller and larger share (`aligned_min`,
  `aligned_max`), and the log of the larger and smaller rarity mass left unmatched
  (`unmatched_max`, `unmatched_min`): a paraphrase leaves little of either side unsaid;
- mismatches: numbers written on both sides that differ (`numbers_differ`) or on one side only
  (`numbers_other`), names (words capitalised inside a sentence) of one side only, as a share of
  all names (`names_other_share`) and at all (`names_other`), one side negated and the other not
  (`negation`), and the shorter side's share of the longer's words (`length_ratio`).

`probability` is the logistic function of the standardised features (mean and scale of the
data it was fitted on) times the weights, all stored in `data/text_model.json` with where they
came from. They are fitted by `python -m factdb.evaluation.text_model_fit` on the tune half of
MRPC train only (`evaluation.mrpc`); the check half is what `factdb eval links` reports.
"""

from __future__ import annotations

import json
import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from rapidfuzz import fuzz, process

from factdb.link import normalize as nz
from factdb.link.rarity import idf, weighted_overlap

MODEL = "text_model.json"
FUZZY_CUTOFF = 85.0
"""Least RapidFuzz `ratio` at which two stems of five letters or more are one word misspelt or
inflected otherwise ("organisation", "organization")."""
FUZZY_MIN_LENGTH = 5
WORD_FLOOR = 0.5
"""Added to each word's rarity when aligning, so that common content words count a little."""
NEGATIONS = frozenset("not no never nor without none nobody nothing cannot".split())  # noqa: SIM905
FEATURES = (
    "ratio",
    "token_sort_ratio",
    "token_set_ratio",
    "partial_ratio",
    "content_ratio",
    "overlap",
    "rare_overlap",
    "aligned_min",
    "aligned_max",
    "unmatched_max",
    "unmatched_min",
    "numbers_differ",
    "numbers_other",
    "names_other_share",
    "names_other",
    "negation",
    "length_ratio",
)


@dataclass(frozen=True, slots=True)
class Side:
    """What the model reads of one text, computed once."""

    norm: str
    stems: tuple[str, ...]
    """Distinct content stems, sorted."""
    content: str
    """The content stems in text order, joined by spaces."""
    numbers: frozenset[float]
    names: frozenset[str]
    words: int
    negated: bool


def side(norm: str, stems: Sequence[str], numbers: frozenset[float], names: frozenset[str]) -> Side:
    """The model's view of a normalised text with its content STEMS, NUMBERS and NAMES."""
    words = nz.tokens(norm)
    negated = any(w in NEGATIONS or w.endswith("n't") for w in words)
    distinct = tuple(sorted(set(stems)))
    return Side(norm, distinct, " ".join(stems), numbers, names, len(words), negated)


def _aligned(a: Sequence[str], b: Sequence[str]) -> tuple[float, float]:
    """The share of A's word rarity found in B, and the rarity mass of A left unmatched."""
    words = [s for s in a if not s[0].isdigit()]
    total = sum(idf(s) + WORD_FLOOR for s in words)
    if not total:
        return 1.0, 0.0
    present = set(b)
    others = [s for s in b if not s[0].isdigit()]
    found = 0.0
    for stem in words:
        mass = idf(stem) + WORD_FLOOR
        if stem in present:
            found += mass
        elif others and len(stem) >= FUZZY_MIN_LENGTH:
            best = process.extractOne(stem, others, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
            if best is not None:
                found += mass * best[1] / 100.0
    return found / total, total - found


def _overlap(a: Collection[str], b: Collection[str]) -> float:
    if not a or not b:
        return 0.0 if a or b else 1.0
    shared = len(set(a).intersection(b))
    return 0.5 * (shared / min(len(a), len(b)) + 2 * shared / (len(a) + len(b)))


def features(a: Side, b: Side, partial: float | None = None) -> list[float]:
    """The `FEATURES` of a pair, in order (`partial`: its `partial_ratio` when known)."""
    x, y = a.norm, b.norm
    if partial is None:
        partial = fuzz.partial_ratio(x, y)
    share_a, left_a = _aligned(a.stems, b.stems)
    share_b, left_b = _aligned(b.stems, a.stems)
    numbers, names = a.numbers ^ b.numbers, a.names ^ b.names
    return [
        fuzz.ratio(x, y) / 100.0,
        fuzz.token_sort_ratio(x, y) / 100.0,
        fuzz.token_set_ratio(x, y) / 100.0,
        partial / 100.0,
        fuzz.ratio(a.content, b.content) / 100.0,
        _overlap(a.stems, b.stems),
        weighted_overlap(a.stems, b.stems) / 100.0,
        min(share_a, share_b),
        max(share_a, share_b),
        math.log1p(max(left_a, left_b)),
        math.log1p(min(left_a, left_b)),
        float(bool(numbers) and bool(a.numbers) and bool(b.numbers)),
        float(bool(numbers)),
        len(names) / max(1, len(a.names | b.names)),
        float(bool(names)),
        float(a.negated != b.negated),
        min(a.words, b.words) / max(a.words, b.words, 1),
    ]


@dataclass(frozen=True, slots=True)
class Model:
    """Standardisation and logistic weights over `FEATURES`."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float

    def logit(self, values: Sequence[float]) -> float:
        """The log-odds of the pair with feature VALUES."""
        z = self.bias
        for v, m, s, w in zip(values, self.mean, self.scale, self.weights, strict=True):
            z += w * (v - m) / s
        return z


def model_from(data: dict[str, Any]) -> Model:
    """A model from its stored form; its feature names must be `FEATURES`, in order."""
    if tuple(data["features"]) != FEATURES:
        raise ValueError("the stored text model was fitted on other features")
    return Model(
        tuple(float(v) for v in data["mean"]),
        tuple(float(v) for v in data["scale"]),
        tuple(float(v) for v in data["weights"]),
        float(data["bias"]),
    )


@lru_cache(maxsize=1)
def stored_model() -> Model:
    """The model in `data/text_model.json`."""
    text = resources.files("factdb.link").joinpath("data", MODEL).read_text("utf-8")
    return model_from(json.loads(text))


def probability(a: Side, b: Side, partial: float | None = None) -> float:
    """How likely A and B say the same thing, 0-1 (1 for one normalised text twice)."""
    if a.norm == b.norm:
        return 1.0 if a.norm else 0.0
    if not a.norm or not b.norm:
        return 0.0
    z = stored_model().logit(features(a, b, partial))
    return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

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
import sys
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from rapidfuzz import fuzz, process

from factdb.link import normalize as nz
from factdb.link.rarity import idf, weight

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
    stem_set: frozenset[str]
    rarity: float
    """The summed `rarity.idf` of `stems`."""
    aligned: tuple[str, ...]
    """The stems that alignment weighs (no figures), in `stems` order."""
    masses: tuple[float, ...]
    """Each `aligned` stem's rarity plus `WORD_FLOOR`."""
    mass: float
    """The sum of `masses`."""
    lengths: frozenset[int]
    """The lengths of `aligned` stems."""


def side(norm: str, stems: Sequence[str], numbers: frozenset[float], names: frozenset[str]) -> Side:
    """The model's view of a normalised text with its content STEMS, NUMBERS and NAMES."""
    words = nz.tokens(norm)
    negated = not NEGATIONS.isdisjoint(words) or (
        "n't" in norm and any(w.endswith("n't") for w in words)
    )
    distinct = tuple(sorted(set(stems)))
    aligned = distinct
    if any(s[0].isdigit() for s in distinct):
        aligned = tuple(s for s in distinct if not s[0].isdigit())
    masses = tuple(idf(s) + WORD_FLOOR for s in aligned)
    return Side(
        norm,
        distinct,
        " ".join(stems),
        numbers,
        names,
        len(words),
        negated,
        frozenset(distinct),
        weight(distinct),
        aligned,
        masses,
        sum(masses),
        _lengths(frozenset(map(len, aligned))),
    )


@lru_cache(maxsize=4096)
def _lengths(lengths: frozenset[int]) -> frozenset[int]:
    """One shared copy of each set of word lengths (few distinct sets, many texts)."""
    return lengths


def _aligned(a: Side, b: Side) -> tuple[float, float]:
    """The share of A's word rarity found in B, and the rarity mass of A left unmatched."""
    total = a.mass
    if not total:
        return 1.0, 0.0
    present, lengths = b.stem_set, b.lengths
    # Stems of A absent from B, long enough to be matched by spelling and of a length that may
    # reach `FUZZY_CUTOFF` against one of B's (`_most_ratio`), scored in one call.
    fuzzy = [
        i
        for i, stem in enumerate(a.aligned)
        if stem not in present and len(stem) >= FUZZY_MIN_LENGTH and _most_ratio(len(stem), lengths)
    ]
    best: dict[int, float] = {}
    if fuzzy and b.aligned:
        best = dict(
            zip(fuzzy, best_spellings([a.aligned[i] for i in fuzzy], b.aligned), strict=True)
        )
    found = 0.0
    for i, (stem, mass) in enumerate(zip(a.aligned, a.masses, strict=True)):
        if stem in present:
            found += mass
        elif best.get(i):
            found += mass * best[i] / 100.0
    return found / total, total - found


def aligned_share(a: Side, b: Side) -> float:
    """The share of A's rarity mass found in B, words matched exactly or by a near spelling."""
    return _aligned(a, b)[0]


def alignment(a: Side, b: Side) -> tuple[float, float]:
    """The share of A's rarity mass found in B (as `aligned_share`), and the mass left unmatched."""
    return _aligned(a, b)


def best_spellings(
    queries: list[str], choices: Sequence[str], *, vectorised: bool | None = None
) -> list[float]:
    """For each query, the best `fuzz.ratio` against CHOICES at or over `FUZZY_CUTOFF`, else 0.

    The linker has NumPy loaded for its index and scores all queries in one `cdist` call
    (float64 keeps the values exactly as `fuzz.ratio` gives them); a lone comparison
    (`factdb compare`) asks one query at a time rather than pay NumPy's import. VECTORISED
    forces one way or the other.
    """
    if vectorised is None:
        vectorised = "numpy" in sys.modules
    if not vectorised:
        found = (
            process.extractOne(q, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
            for q in queries
        )
        return [hit[1] if hit is not None else 0.0 for hit in found]
    import numpy as np

    matrix = process.cdist(
        queries, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, dtype=np.float64
    )
    return [float(v) for v in matrix.max(axis=1).tolist()]


def _overlap(a: Collection[str], b: Collection[str]) -> float:
    if not a or not b:
        return 0.0 if a or b else 1.0
    shared = len(set(a).intersection(b))
    return 0.5 * (shared / min(len(a), len(b)) + 2 * shared / (len(a) + len(b)))


def _rare_overlap(a: Side, b: Side) -> float:
    """`rarity.weighted_overlap` of the two sides' stems, 0-1, from their stored rarity."""
    if not a.stems or not b.stems:
        return 0.0 if a.stems or b.stems else 1.0
    wa, wb = a.rarity, b.rarity
    if wa == 0 or wb == 0:
        return 1.0 if wa == wb == 0 and a.stem_set == b.stem_set else 0.0
    shared = weight(a.stem_set & b.stem_set)
    return 50.0 * (shared / min(wa, wb) + 2 * shared / (wa + wb)) / 100.0


def _alignment_range(a: Side, b: Side) -> tuple[float, float, float, float]:
    """Bounds of `_aligned(a, b)` without spelling matches: the least and most share of A's
    rarity found in B, and the least and most mass left (a near spelling may match fully)."""
    total = a.mass
    if not total:
        return 1.0, 1.0, 0.0, 0.0
    present = b.stem_set
    exact = maybe = 0.0
    for stem, mass in zip(a.aligned, a.masses, strict=True):
        if stem in present:
            exact += mass
        elif len(stem) >= FUZZY_MIN_LENGTH:
            maybe += mass * _most_ratio(len(stem), b.lengths)
    return exact / total, (exact + maybe) / total, total - exact - maybe, total - exact


@lru_cache(maxsize=65536)
def _most_ratio(length: int, lengths: frozenset[int]) -> float:
    """The highest RapidFuzz `ratio` / 100 a word of LENGTH letters can reach against another
    word of one of LENGTHS (0 below `FUZZY_CUTOFF`): at most the shorter word in common, one
    letter less for two words of one length."""
    most = 0.0
    for other in lengths:
        common = min(length, other) - (other == length)
        most = max(most, 2.0 * common / (length + other))
    return most if 100.0 * most >= FUZZY_CUTOFF - 1e-9 else 0.0


def _scores(a: Side, b: Side, scores: Mapping[str, float] | None) -> Mapping[str, float]:
    if scores is not None:
        return scores
    x, y = a.norm, b.norm
    return {
        "ratio": fuzz.ratio(x, y),
        "token_sort_ratio": fuzz.token_sort_ratio(x, y),
        "token_set_ratio": fuzz.token_set_ratio(x, y),
        "partial_ratio": fuzz.partial_ratio(x, y),
    }


def _plain(a: Side, b: Side, scores: Mapping[str, float]) -> tuple[list[float], list[float]]:
    """The features before and after the four alignment features, in `FEATURES` order."""
    numbers, names = a.numbers ^ b.numbers, a.names ^ b.names
    before = [
        scores["ratio"] / 100.0,
        scores["token_sort_ratio"] / 100.0,
        scores["token_set_ratio"] / 100.0,
        scores["partial_ratio"] / 100.0,
        fuzz.ratio(a.content, b.content) / 100.0,
        _overlap(a.stem_set, b.stem_set),
        _rare_overlap(a, b),
    ]
    after = [
        float(bool(numbers) and bool(a.numbers) and bool(b.numbers)),
        float(bool(numbers)),
        len(names) / max(1, len(a.names | b.names)),
        float(bool(names)),
        float(a.negated != b.negated),
        min(a.words, b.words) / max(a.words, b.words, 1),
    ]
    return before, after


def features(a: Side, b: Side, scores: Mapping[str, float] | None = None) -> list[float]:
    """The `FEATURES` of a pair, in order. SCORES: its RapidFuzz `ratio`, `token_sort_ratio`,
    `token_set_ratio` and `partial_ratio` (0-100) when the caller has them already."""
    share_a, left_a = _aligned(a, b)
    share_b, left_b = _aligned(b, a)
    before, after = _plain(a, b, _scores(a, b, scores))
    return before + _aligned_features(share_a, share_b, left_a, left_b) + after


def feature_range(
    a: Side, b: Side, scores: Mapping[str, float] | None = None
) -> tuple[list[float], list[float]]:
    """The least and most value of each of `features(a, b, scores)`, without the spelling
    matches of the alignment (its costly part): every other feature is exact."""
    low_a, high_a, least_a, most_a = _alignment_range(a, b)
    low_b, high_b, least_b, most_b = _alignment_range(b, a)
    before, after = _plain(a, b, _scores(a, b, scores))
    lows = _aligned_features(low_a, low_b, least_a, least_b)
    highs = _aligned_features(high_a, high_b, most_a, most_b)
    return before + lows + after, before + highs + after


def _aligned_features(share_a: float, share_b: float, left_a: float, left_b: float) -> list[float]:
    """The alignment's features from each side's share of rarity aligned and mass left over."""
    return [
        min(share_a, share_b),
        max(share_a, share_b),
        math.log1p(max(left_a, left_b)),
        math.log1p(min(left_a, left_b)),
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

    def most_logit(self, lows: Sequence[float], highs: Sequence[float]) -> float:
        """The largest log-odds of a pair whose features lie between LOWS and HIGHS."""
        z = self.bias
        for lo, hi, m, s, w in zip(lows, highs, self.mean, self.scale, self.weights, strict=True):
            z += max(w * (lo - m) / s, w * (hi - m) / s)
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


def probability(a: Side, b: Side, scores: Mapping[str, float] | None = None) -> float:
    """How likely A and B say the same thing, 0-1 (1 for one normalised text twice); SCORES as
    for `features`."""
    if a.norm == b.norm:
        return 1.0 if a.norm else 0.0
    if not a.norm or not b.norm:
        return 0.0
    return _sigmoid(stored_model().logit(features(a, b, scores)))


def most_probability(a: Side, b: Side, scores: Mapping[str, float] | None = None) -> float:
    """An upper bound of `probability(a, b, scores)`, cheaper: see `feature_range`."""
    if a.norm == b.norm or not a.norm or not b.norm:
        return probability(a, b, scores)
    return _sigmoid(stored_model().most_logit(*feature_range(a, b, scores)))


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

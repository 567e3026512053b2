"""Screening all of an item's candidates at once, before any pair is bounded in Python.

`scoring.could_link` bounds one pair at a time, about 50 µs a pair in Python, and on real news
an item has tens of candidates of which a few per cent may link. `Screen.keep` bounds all of
an item's candidates together: the whole-text scorers in RapidFuzz's C loop (`process.cdist`,
one call a scorer), the rest with NumPy over values kept per item, and a short Python loop for
what two sets of words share. Only the candidates it keeps go on to `could_link` and
`score_prepared`, so it changes what is scored, never a score.

It keeps every pair `could_link` keeps, because it computes an upper bound of the same
quantity (`could_link` passes a pair when its bound of the text plus `scoring.terms_bound`
reaches the threshold):

1. Pairs `could_link` passes without a bound pass here too: one normalised text twice,
   quotes whose clauses may match (`scoring.may_match_locally`) and quotes of which one's
   excerpt is in the other (`scoring.quoted_words`). A pair with an empty text
   never links.
2. Claims: `could_link`'s own arithmetic, every scorer exact, done over arrays; the least
   `partial_ratio` a link needs is computed for each pair and `partial_ratio` only for pairs
   where it decides.
3. Quotes: the text model's log-odds bounded as `textmodel.feature_range` bounds them, each
   feature between a least and a most value, every feature exact except the alignment's, whose
   near-spelling matches are taken at their best (each word absent from the other side and long
   enough to be matched counts fully, where `feature_range` counts it by the best ratio its
   length allows, until the pairs left are few enough to align exactly, `Screen._spell`);
   with the lenient mixes `could_link` also takes (shared names, a contained
   quote). The model's weights are read from the stored model; a model over other features
   than `MODEL_FEATURES` turns quote screening off (every pair is kept) rather than bound
   what it does not know.

Sums are taken in other orders than the scorers take them, so a pair is dropped only when its
bound falls short by more than `MARGIN`.
"""

from __future__ import annotations

import datetime
import gc
import math
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from factdb.link import textmodel
from factdb.link.idsets import IdSets
from factdb.link.rarity import idf
from factdb.link.scoring import (
    CLAIM_MATCH,
    CONTAINED_SHARE,
    COUNT_DAYS,
    DATE_CLOSE,
    DATE_CLOSE_DAYS,
    DATE_FAR,
    DATE_FAR_DAYS,
    DATE_LATER,
    DATE_LATER_DAYS,
    LOCAL_SHARED,
    NAMES_AGREE,
    NAMES_SHARED,
    PARTIAL_MAX_CHARS,
    QUOTED_DAYS,
    QUOTED_STEMS,
    RUN_STEMS,
    SHORT_WORDS,
    SPEAKER_AGREE,
    STORY_COUNT,
    STRICT_WEIGHTS,
    WEIGHTS,
    Known,
    Prepared,
    count_figure,
    may_match_locally,
    quoted_words,
    terms_bound,
)

Floats = npt.NDArray[np.float64]
Flags = npt.NDArray[np.bool_]
Ints = npt.NDArray[np.int64]
Texts = npt.NDArray[np.object_]
Candidates = Sequence[int] | npt.NDArray[np.integer[Any]]
"""An item's candidates: positions, as a list or an array."""
MARGIN = 1e-6
"""Score points a bound may fall short by and still keep its pair (sums in another order)."""
MODEL_FEATURES = textmodel.FEATURES
"""The text model's features this module can bound; see `_feature_ranges`."""
LENGTH_RAMP = (0.6, 0.9)
"""As `scoring.LENGTH_RAMP`: lenience is recomputed here over arrays."""
CONTAINED_RATIO = 0.6
"""As `scoring.CONTAINED_RATIO`."""
SPELL_SLACK = 1e-9
"""Rounding slack (times one plus a side's mass) added to an alignment computed in another
order of sums than the text model's (`Screen._spell`)."""
MASK_BITS = 62
"""Bits of a word's `letter_mask`: it fits a non-negative 64-bit integer."""
MISMATCHES = ("numbers_differ", "numbers_other", "names_other_share", "names_other")


NUMBERS = (
    "norm_len",
    "stems",
    "words",
    "mass",
    "rarity",
    "negated",
    "quote",
    "day",
    "speaker",
    "clauses",
    "plain_day",
    "article",
    "count",
    "excerpts",
)
"""The per-item numbers the screen keeps, one NumPy array each (`Screen.refresh`)."""
BLOCK = 4096
"""Items whose numbers are gathered at a time."""
RANGED = ("token_sort_ratio", "token_set_ratio", "partial_ratio")
"""The scorers a quote's bound takes between a least and a most value until computed."""
KNOWN = ("ratio", *RANGED)
"""The scorers whose exact values the screen hands on with the pairs it keeps (`Known`)."""


@dataclass(slots=True)
class _Columns:
    """Per-item texts and sets the screen reads, by position, grown as the index grows."""

    read: list[Prepared] = field(default_factory=list)
    norms: list[str] = field(default_factory=list)
    sorted_norms: list[str] = field(default_factory=list)
    """Each normalised text's words sorted and joined by spaces: RapidFuzz's `token_sort_ratio`
    of two texts is the `ratio` of these (`Screen._token_sort`), which skips splitting and
    sorting both texts again for every pair."""
    contents: list[str] = field(default_factory=list)
    hashes: array[int] = field(default_factory=lambda: array("q"))
    """Each normalised text's hash: texts of one hash are compared (`Screen._same_text`)."""
    stems: IdSets = field(default_factory=IdSets)
    names: IdSets = field(default_factory=IdSets)
    numbers: IdSets = field(default_factory=IdSets)
    speakers: IdSets = field(default_factory=IdSets)
    spellings: array[int] = field(default_factory=lambda: array("i"))
    """The id of each quote's set of word lengths (`textmodel.Side.lengths`) in
    `spelling_sets`, for the spelling bound (`Screen._spelling_most`); 0 for a claim."""
    spelling_sets: dict[frozenset[int], int] = field(default_factory=lambda: {frozenset(): 0})

    def truncate(self, size: int) -> None:
        """Keep the first SIZE items."""
        for column in (
            self.read,
            self.norms,
            self.sorted_norms,
            self.contents,
            self.hashes,
            self.spellings,
        ):
            del column[size:]
        for sets in (self.stems, self.names, self.numbers, self.speakers):
            sets.truncate(size)


class Screen:
    """Bounds every candidate of an item at once over ITEMS (an index's list, read as it grows)."""

    def __init__(self, items: Sequence[Prepared]) -> None:
        self.items = items
        self._cols = _Columns()
        self._arrays: dict[str, Floats] = {name: np.zeros(0) for name in NUMBERS}
        self._model = textmodel.stored_model() if textmodel.FEATURES == MODEL_FEATURES else None
        self._weights: tuple[Floats, ...] = tuple(np.zeros(0) for _ in range(4))
        self._table: Floats = np.zeros((0, 0))
        self._fits: Flags = np.zeros((0, 0), dtype=np.bool_)
        self._letters: Ints = np.zeros(0, dtype=np.int64)
        self._long_masses: Floats | None = None
        """Each item's mass in long words (`_long_mass`), made again when the items change."""
        self._objects: dict[str, Texts] = {}
        """Text columns as object arrays (`_texts`), made again when the columns change."""

    def refresh(self) -> None:
        """Read the items added since the last call (before forking workers, so they share it)."""
        # Reading makes objects (texts, ids) that live as long as the screen, next to an index
        # of millions: the cyclic collector would scan everything for nothing (as in
        # `linker.build_index`).
        enabled = gc.isenabled()
        gc.disable()
        try:
            self._read_new()
        finally:
            if enabled:
                gc.enable()

    def _read_new(self) -> None:
        """`refresh` with the collector off."""
        cols = self._cols
        # Items taken off the end (`blocking.probe`), or put in their place, are read again.
        keep = min(len(cols.read), len(self.items))
        while keep and cols.read[keep - 1] is not self.items[keep - 1]:
            keep -= 1
        if keep < len(cols.read):
            self._objects.clear()
            self._long_masses = None
            cols.truncate(keep)
            self._arrays = {name: values[:keep].copy() for name, values in self._arrays.items()}
        if len(cols.read) == len(self.items):
            return
        new = self.items[len(cols.read) :]
        self._objects.clear()
        self._long_masses = None
        for p in new:
            cols.read.append(p)
            cols.norms.append(p.norm)
            cols.sorted_norms.append(" ".join(sorted(p.norm.split())))
            side = p.side
            cols.contents.append(side.content if side is not None else "")
            cols.hashes.append(hash(p.norm))
            cols.stems.append(p.stems)
            cols.names.append(p.names)
            cols.numbers.append(p.numbers)
            cols.speakers.append(p.speaker)
            lengths = side.lengths if side is not None else frozenset()
            sets = cols.spelling_sets
            cols.spellings.append(sets.setdefault(lengths, len(sets)))
        # A block of items at a time: no Python float is kept for every item at once.
        blocks = [
            np.array([_numbers(p) for p in new[start : start + BLOCK]], dtype=np.float64)
            for start in range(0, len(new), BLOCK)
        ]
        added = np.concatenate(blocks).reshape(len(new), len(NUMBERS))
        for i, name in enumerate(NUMBERS):
            self._arrays[name] = np.concatenate((self._arrays[name], added[:, i]))
        # The sets' arrays made now, before workers are forked, are one copy they share.
        for column in (cols.stems, cols.names, cols.numbers, cols.speakers):
            column.arrays()

    def other_articles(self, pos: int, candidates: npt.NDArray[np.int32]) -> Ints:
        """The CANDIDATES (positions) from another article than the item at POS's."""
        self.refresh()
        found: Ints = candidates.astype(np.int64)
        articles = self._arrays["article"]
        other: Ints = found[articles[found] != articles[pos]]
        return other

    def keep(self, pos: int, candidates: Sequence[int], threshold: float) -> list[int]:
        """The CANDIDATES (positions) of the item at POS that `could_link` may pass at THRESHOLD."""
        return self.keep_many([(pos, candidates)], threshold)[0]

    def keep_many(
        self, queries: Sequence[tuple[int, Sequence[int]]], threshold: float
    ) -> list[list[int]]:
        """`keep` for each (position, candidates) of QUERIES, all pairs bounded together."""
        return [[c for c, _ in kept] for kept in self.screen_many(queries, threshold)]

    def screen_many(
        self, queries: Sequence[tuple[int, Candidates]], threshold: float
    ) -> list[list[tuple[int, Known]]]:
        """`keep_many`, each kept candidate with the scorer values of the pair the screen
        computed exactly (`scoring.Known`: `could_link` and `score_prepared` run them no more)."""
        self.refresh()
        counts = [len(cands) for _, cands in queries]
        qp = np.repeat(np.array([pos for pos, _ in queries], dtype=np.int64), counts)
        cp = np.concatenate([np.zeros(0, dtype=np.int64)] + [np.asarray(c) for _, c in queries])
        cp = cp.astype(np.int64, copy=False)
        kept = np.zeros(len(cp), dtype=np.bool_)
        values = {name: np.full(len(cp), np.nan) for name in KNOWN}
        if len(cp):
            norm_len = self._arrays["norm_len"]
            live = (norm_len[qp] > 0) & (norm_len[cp] > 0)  # an empty text links to nothing
            quote = self._arrays["quote"][qp] > 0
            for group in (live & ~quote, live & quote):
                at = np.flatnonzero(group)
                if len(at):
                    kept[at], found = self._keep(qp[at], cp[at], threshold)
                    for name, column in found.items():
                        values[name][at] = column
        at = np.flatnonzero(kept)
        rows = zip(*(values[name][at].tolist() for name in KNOWN), strict=True)
        known = [
            {name: v for name, v in zip(KNOWN, row, strict=True) if not math.isnan(v)}
            for row in rows
        ]
        out: list[list[tuple[int, Known]]] = [[] for _ in counts]
        query = np.repeat(np.arange(len(counts)), counts)[at].tolist()
        for q, c, scores in zip(query, cp[at].tolist(), known, strict=True):
            out[q].append((c, scores))
        return out

    def _keep(self, qp: Ints, cp: Ints, threshold: float) -> tuple[Flags, dict[str, Floats]]:
        """Whether each pair (QP, CP) of one kind, no text empty, may pass `could_link`, and
        the `KNOWN` scorers' values computed, by name (NaN for a pair where not computed)."""
        if threshold <= 0:
            return np.ones(len(qp), dtype=np.bool_), {}
        facts = self._facts(qp, cp)
        claims = not self._arrays["quote"][qp[0]] > 0
        if not claims and self._model is None:
            return np.ones(len(qp), dtype=np.bool_), {}
        facts["terms"] = self._most_terms(qp, cp, facts["names"], claims)
        if claims:
            passes, computed = self._claims(qp, cp, facts, threshold)
        else:
            passes, computed = self._quotes(qp, cp, facts, threshold)
        return (facts["sure"] > 0) | passes, computed

    def _terms(self, qp: Ints, cp: Ints) -> Floats:
        """`scoring.terms_bound` of each pair, a Python call a pair."""
        items = self.items
        return np.fromiter(
            (
                terms_bound(items[q], items[c])
                for q, c in zip(qp.tolist(), cp.tolist(), strict=True)
            ),
            np.float64,
            len(qp),
        )

    def _most_terms(self, qp: Ints, cp: Ints, names: Floats, claims: bool) -> Floats:
        """An upper bound of `scoring.terms_bound` of each pair: its date term (for dates
        that are days, `_plain_day`), the speakers' and whether the names' term counts
        (NAMES) exact, the measured thing's for every claim (`STORY_COUNT` for two of one
        count within `COUNT_DAYS` and a day); the numbers' term is never above
        0 (and always 0 for quotes, whose bound is exact where `_plain_day`)."""
        arrays = self._arrays
        day = arrays["day"]
        gap = np.abs(day[qp] - day[cp])
        with np.errstate(invalid="ignore"):
            date = np.where(
                gap <= DATE_CLOSE_DAYS,
                DATE_CLOSE,
                np.where(
                    gap > DATE_FAR_DAYS, DATE_FAR, np.where(gap > DATE_LATER_DAYS, DATE_LATER, 0.0)
                ),
            )
        date = np.where(np.isnan(gap), 0.0, date)
        speakers = self._cols.speakers.shared_counts(qp, cp) > 0  # `speakers_agree`
        terms = date + np.where(speakers, SPEAKER_AGREE, 0.0)
        terms += np.where(names > 0, NAMES_AGREE, 0.0)
        if not claims:
            return terms
        # One count of one story's days (`scoring.story_figure`) may gain `STORY_COUNT`; a
        # day's slack for dates that are times, whose `date_gap` counts whole days.
        count = arrays["count"]
        with np.errstate(invalid="ignore"):
            story = (count[qp] == count[cp]) & (gap <= COUNT_DAYS + 1)
        return terms + np.where(story, STORY_COUNT, CLAIM_MATCH)

    def _facts(self, qp: Ints, cp: Ints) -> dict[str, Floats]:
        """What each pair's bound needs from the items' sets, over arrays (`idsets`).

        `sure`: `could_link` passes it without a bound (one text twice, clauses that may
        match); `shared`: shared content stems; `names`: whether they share `NAMES_SHARED`
        names; for quotes also their rarity (`rare`), alignment mass (`mass`) and its part in
        long words (`long`), one set of stems twice (`same`), the four mismatch features
        (`_mismatches`) and whether the lenient mix counts for shared names (`named`).
        """
        cols, arrays = self._cols, self._arrays
        pair, stem = cols.stems.shared(qp, cp)
        shared = np.bincount(pair, minlength=len(qp)).astype(np.float64)
        common_names = cols.names.shared_counts(qp, cp)
        names = common_names >= NAMES_SHARED
        sure = self._same_text(qp, cp)
        facts: dict[str, npt.NDArray[Any]] = {"shared": shared, "names": names}
        if self.items[int(qp[0])].side is not None:
            rare, mass, _, _ = self._stem_weights()
            facts["rare"] = np.bincount(pair, weights=rare[stem], minlength=len(qp))
            facts["mass"] = np.bincount(pair, weights=mass[stem], minlength=len(qp))
            facts["maybe"], facts["their_maybe"] = self._spelling_crude(qp, cp, pair, stem)
            stems = arrays["stems"]
            facts["same"] = (shared == stems[qp]) & (shared == stems[cp])
            facts.update(_mismatches(cols, qp, cp, common_names))
            speaker = arrays["speaker"]
            attributed = (speaker[qp] > 0) & (speaker[cp] > 0)
            facts["named"] = names & attributed
            sure |= self._may_match_locally(qp, cp, shared, attributed)
            sure |= self._quoted_words(qp, cp, shared, attributed)
        facts["sure"] = sure
        return {name: values.astype(np.float64) for name, values in facts.items()}

    def _same_text(self, qp: Ints, cp: Ints) -> Flags:
        """Whether each pair's normalised texts are one."""
        hashes = np.frombuffer(self._cols.hashes, dtype=np.int64)
        same: Flags = hashes[qp] == hashes[cp]
        norms = self._cols.norms
        for k in np.flatnonzero(same).tolist():
            same[k] = norms[int(qp[k])] == norms[int(cp[k])]
        return same

    def _may_match_locally(self, qp: Ints, cp: Ints, shared: Floats, attributed: Flags) -> Flags:
        """`scoring.may_match_locally` of each quote pair, called only for the pairs that meet
        its first conditions (a text in clauses, both attributed, `LOCAL_SHARED` stems shared,
        said within `DATE_LATER_DAYS` or on unknown days)."""
        arrays = self._arrays
        clauses = arrays["clauses"] > 0
        gap = np.abs(arrays["day"][qp] - arrays["day"][cp])
        with np.errstate(invalid="ignore"):
            close = np.isnan(gap) | (gap <= DATE_LATER_DAYS + 1)  # a day more: dates by ordinal
        maybe = (clauses[qp] | clauses[cp]) & attributed & close & (shared >= LOCAL_SHARED)
        found = np.zeros(len(qp), dtype=np.bool_)
        items = self.items
        for k in np.flatnonzero(maybe).tolist():
            found[k] = may_match_locally(items[int(qp[k])], items[int(cp[k])])
        return found

    def _quoted_words(self, qp: Ints, cp: Ints, shared: Floats, attributed: Flags) -> Flags:
        """Whether `scoring.quoted_words` finds an excerpt of one quote in the other, or a run
        of words both write (`scoring.shared_run`), asked only of the pairs that meet its
        first conditions (an excerpt in each, or in one of two attributed quotes, and
        `QUOTED_STEMS` stems shared, or `RUN_STEMS` shared; said at most `QUOTED_DAYS`
        apart)."""
        arrays = self._arrays
        excerpts = arrays["excerpts"] > 0
        gap = np.abs(arrays["day"][qp] - arrays["day"][cp])
        with np.errstate(invalid="ignore"):
            close = gap <= QUOTED_DAYS + 1  # a day more, as dates are ordinals; NaN is False
        marked = (excerpts[qp] & excerpts[cp]) | ((excerpts[qp] | excerpts[cp]) & attributed)
        maybe = close & ((marked & (shared >= QUOTED_STEMS)) | (shared >= RUN_STEMS))
        found = np.zeros(len(qp), dtype=np.bool_)
        items = self.items
        for k in np.flatnonzero(maybe).tolist():
            found[k] = quoted_words(items[int(qp[k])], items[int(cp[k])]) is not None
        return found

    def _stem_weights(self) -> tuple[Floats, Floats, Floats, Ints]:
        """Each stem's rarity, alignment mass, alignment mass as a long word (one a spelling
        may match) and length, by its id."""
        seen = self._cols.stems.values
        if len(self._weights[0]) < len(seen):
            added = np.array(
                [_stem_weight(str(s)) for s in seen[len(self._weights[0]) :]], dtype=np.float64
            ).reshape(-1, 4)
            self._weights = tuple(
                np.concatenate((old, added[:, i])) for i, old in enumerate(self._weights)
            )
        rare, mass, long, length = self._weights
        return rare, mass, long, length.astype(np.int64)

    def _spelling_crude(self, qp: Ints, cp: Ints, pair: Ints, stem: Ints) -> tuple[Floats, Floats]:
        """`_spelling_most` with every long word the other side lacks counted in full: each
        side's mass in long words less that of the shared ones (PAIR and STEM as
        `IdSets.shared` gives them), without reading every word of every pair."""
        long_mass = self._long_mass()
        both = np.bincount(pair, weights=self._stem_weights()[2][stem], minlength=len(qp))
        return tuple(  # type: ignore[return-value]
            np.maximum(long_mass[side] - both, 0.0) * (1 + 1e-9) for side in (qp, cp)
        )

    def _long_mass(self) -> Floats:
        """Each item's alignment mass in long words (`_stem_weight`), by position."""
        found = self._long_masses
        if found is None:
            _, _, long, _ = self._stem_weights()
            found = self._long_masses = _summed(self._cols.stems, long)
        return found

    def _spelling_most(self, qp: Ints, cp: Ints, pair: Ints, stem: Ints) -> tuple[Floats, Floats]:
        """The most rarity mass of each side of each pair that near spellings may match in the
        other, as `textmodel._alignment_range` bounds it: each long word the other side lacks
        (all its long words but the shared ones, PAIR and STEM as `IdSets.shared` gives them)
        at its mass times the best `ratio` its length allows against the other's word lengths.
        """
        _, _, long, length = self._stem_weights()
        table = self._ratio_table(int(length.max(initial=0)))
        kinds = np.frombuffer(self._cols.spellings, dtype=np.int32)
        out = []
        for side, other in ((qp, cp), (cp, qp)):
            index, ids = self._cols.stems.members(side)
            every = long[ids] * table[kinds[other[index]], length[ids]]
            both = long[stem] * table[kinds[other[pair]], length[stem]]
            most = np.bincount(index, weights=every, minlength=len(qp))
            most -= np.bincount(pair, weights=both, minlength=len(qp))
            out.append(np.maximum(most, 0.0) * (1 + 1e-9))  # sums taken in another order
        return out[0], out[1]

    def _ratio_table(self, longest: int) -> Floats:
        """`textmodel._most_ratio` of each word length up to LONGEST (a column each) against
        each set of word lengths seen (a row each, by its id in `spelling_sets`)."""
        sets = list(self._cols.spelling_sets)
        table = self._table
        if table.shape[0] < len(sets) or table.shape[1] <= longest:
            width = max(longest + 1, table.shape[1])
            table = np.array(
                [[textmodel._most_ratio(n, lengths) for n in range(width)] for lengths in sets],
                dtype=np.float64,
            ).reshape(len(sets), width)
            self._table = table
        return table

    def _scores(
        self,
        qp: Ints,
        cp: Ints,
        scorer: Any,
        cutoff: float = 0.0,
        column: str = "norms",
    ) -> Floats:
        """SCORER of each pair (RapidFuzz's C loop) over the texts of COLUMN (`_Columns`)."""
        texts = self._texts(column)
        return process.cpdist(
            texts[qp].tolist(),
            texts[cp].tolist(),
            scorer=scorer,
            dtype=np.float64,
            score_cutoff=cutoff,
        )

    def _texts(self, column: str) -> Texts:
        """The texts of COLUMN (`_Columns`) as an object array: a chunk's texts are gathered by
        NumPy's indexing and `tolist`, about half the cost of a Python loop over positions."""
        found = self._objects.get(column)
        if found is None:
            found = self._objects[column] = _objects(getattr(self._cols, column))
        return found

    def _token_sort(self, qp: Ints, cp: Ints) -> Floats:
        """RapidFuzz's `token_sort_ratio` of each pair: the `ratio` of the texts' sorted words."""
        return self._scores(qp, cp, fuzz.ratio, column="sorted_norms")

    def _partial(self, qp: Ints, cp: Ints, cutoff: float = 0.0) -> Floats:
        """`scoring.partial_ratio` of each pair: `ratio` when both texts are long."""
        out = np.zeros(len(qp), dtype=np.float64)
        if not len(qp):
            return out
        long = self._long(qp, cp)
        if (~long).any():
            out[~long] = self._scores(qp[~long], cp[~long], fuzz.partial_ratio, cutoff)
        if long.any():
            out[long] = self._scores(qp[long], cp[long], fuzz.ratio, cutoff)
        return out

    def _most_partial(self, qp: Ints, cp: Ints, ratio: Floats) -> Floats:
        """An upper bound of each pair's `scoring.partial_ratio` from its `ratio` (RATIO)."""
        lengths = self._arrays["norm_len"]
        most = most_partial_by_ratio(ratio, lengths[qp], lengths[cp])
        return np.where(self._long(qp, cp), ratio, most)

    def _long(self, qp: Ints, cp: Ints) -> Flags:
        """Pairs whose `partial_ratio` is `ratio` (`scoring.PARTIAL_MAX_CHARS`)."""
        lengths = self._arrays["norm_len"]
        return np.minimum(lengths[qp], lengths[cp]) > PARTIAL_MAX_CHARS

    def _least_partial(self, qp: Ints, cp: Ints, ratio: Floats) -> Floats:
        """A lower bound of each pair's `scoring.partial_ratio`, for a tenth of its cost.

        `partial_ratio` is the best `ratio` of the shorter text against a window of the longer
        one as long as it (or a shorter window at either end), so it is at least the `ratio`
        against the longer text's first and last windows; for two long texts it is `ratio`,
        and for two texts of one length both windows are the whole text, whose `ratio` is RATIO:
        the windows are cut and scored only for the other pairs.
        """
        least = ratio.copy()
        lengths = self._arrays["norm_len"]
        mine, theirs = lengths[qp], lengths[cp]
        ask = np.flatnonzero(~self._long(qp, cp) & (mine != theirs))
        if not len(ask):
            return least
        flip = mine[ask] > theirs[ask]
        norms = self._texts("norms")
        shorter = norms[np.where(flip, cp[ask], qp[ask])].tolist()
        longer = norms[np.where(flip, qp[ask], cp[ask])].tolist()
        sizes = np.minimum(mine[ask], theirs[ask]).astype(np.int64).tolist()
        first = [text[:size] for text, size in zip(longer, sizes, strict=True)]
        last = [text[-size:] for text, size in zip(longer, sizes, strict=True)]  # sizes > 0
        head = process.cpdist(shorter, first, scorer=fuzz.ratio, dtype=np.float64)
        tail = process.cpdist(shorter, last, scorer=fuzz.ratio, dtype=np.float64)
        least[ask] = np.maximum(head, tail)
        return least

    def _common(
        self, qp: Ints, cp: Ints, facts: dict[str, Floats]
    ) -> tuple[dict[str, Floats], Floats, Floats]:
        """`ratio` and the content overlap of each pair (the scorers every bound needs computed
        first), with `short_factor` and lenience; `length_ratio` among the scores."""
        shared = facts["shared"]
        stems, own = self._arrays["stems"][cp], self._arrays["stems"][qp]
        with np.errstate(divide="ignore", invalid="ignore"):
            overlap = np.where(
                (stems == 0) | (own == 0),
                np.where((stems == 0) & (own == 0), 100.0, 0.0),
                50.0 * (shared / np.minimum(stems, own) + 2 * shared / (stems + own)),
            )
        scores = {"ratio": self._scores(qp, cp, fuzz.ratio), "content_overlap": overlap}
        short = np.minimum(1.0, np.minimum(stems, own) / SHORT_WORDS)
        lengths = self._arrays["norm_len"]
        low = np.minimum(lengths[qp], lengths[cp])
        high = np.maximum(lengths[qp], lengths[cp])
        ratio = np.where(high > 0, low / np.maximum(high, 1), 1.0)
        lo, hi = LENGTH_RAMP
        mix = np.minimum(1.0, np.maximum(0.0, (hi - ratio) / (hi - lo)))
        scores["length_ratio"] = ratio
        return scores, short, mix

    def _claims(
        self, qp: Ints, cp: Ints, facts: dict[str, Floats], threshold: float
    ) -> tuple[Flags, dict[str, Floats]]:
        """`could_link`'s test for claims, over arrays, with the scorers computed (NaN where
        not; `partial_ratio` only where computed at or above its cutoff, its exact value).

        Each token scorer is computed only for the pairs that may pass with it (and those not
        yet computed) at 100 and `partial_ratio` at the most `most_partial_by_ratio` allows.
        With the terms first at their most (FACTS' `terms`, `_most_terms`), then exact
        (`_terms`) for the pairs that may still pass: the test grows with the terms. A pair
        whose `partial_ratio` decides is dropped where `most_partial_by_ratio` falls short.
        """
        scores, short, mix = self._common(qp, cp, facts)
        ratio = scores["ratio"]
        n = len(qp)
        passes = np.zeros(n, dtype=np.bool_)
        tokens = ("token_sort_ratio", "token_set_ratio")
        computed = {"ratio": ratio, **{name: np.full(n, np.nan) for name in tokens}}
        # The text grows with each scorer: each token scorer is computed only for the pairs
        # that may still pass with it (and those not yet computed) at 100.
        at = np.arange(n)
        for name in (None, *tokens):
            if name is not None:
                column = np.full(n, np.nan)
                column[at] = (
                    self._token_sort(qp[at], cp[at])
                    if name == "token_sort_ratio"
                    else self._scores(qp[at], cp[at], fuzz.token_set_ratio)
                )
                scores[name] = computed[name] = column
            most = {k: scores[k] if k in scores else np.full(n, 100.0) for k in tokens}
            text = _combine(dict(scores, **most), np.zeros(n), short, mix)
            needed, alive = _claim_needed(
                threshold - 0.01 - facts["terms"][at] - text[at], ratio[at], short[at], mix[at]
            )
            ask = np.flatnonzero(alive & (mix[at] > 0.0) & (needed > MARGIN))
            alive[ask] = self._most_partial(qp[at[ask]], cp[at[ask]], ratio[at[ask]]) >= needed[ask]
            at = at[alive]
            if not len(at):
                return passes, computed
        rest = threshold - 0.01 - self._terms(qp[at], cp[at]) - text[at]
        needed, alive = _claim_needed(rest, ratio[at], short[at], mix[at])
        strict_only = mix[at] == 0.0
        passes[at] = alive & (strict_only | (needed <= MARGIN))
        ask = np.flatnonzero(alive & ~strict_only & (needed > MARGIN))
        # `partial_ratio` is computed only where the most `ratio` allows may be enough.
        ask = ask[self._most_partial(qp[at[ask]], cp[at[ask]], ratio[at[ask]]) >= needed[ask]]
        if len(ask):
            wanted = needed[ask]
            cutoff = max(0.0, float(wanted.min()) - MARGIN)
            got = self._partial(qp[at[ask]], cp[at[ask]], cutoff)
            passes[at[ask]] = got >= wanted - MARGIN
            # RapidFuzz gives a score under its cutoff as 0, any other exactly; the scorer is
            # symmetric, so the value holds in `could_link`'s order of the pair too.
            exact = got >= cutoff
            computed["partial_ratio"] = np.full(n, np.nan)
            computed["partial_ratio"][at[ask[exact]]] = got[exact]
        return passes, computed

    def _quotes(
        self, qp: Ints, cp: Ints, facts: dict[str, Floats], threshold: float
    ) -> tuple[Flags, dict[str, Floats]]:
        """An upper bound of `could_link`'s text bound for quotes, against the threshold, with
        the `KNOWN` scorers' values computed (NaN where not).

        The scorers `RANGED` are taken between a least and a most value, narrowed stage by
        stage for the pairs whose bound may still pass:

        1. `ratio`, `token_sort_ratio` and `content_ratio` computed; `token_set_ratio` at
           most 100 (it costs more than the three together); `partial_ratio` between the
           bounds `ratio` sets (`least_partial_by_ratio`, `most_partial_by_ratio`).
        2. `partial_ratio` at least that of the texts' ends (`_least_partial`; the model
           weighs it against a link).
        3. The spelling matches at most what word lengths allow (`_spelling_most`, where the
           first stages took every unshared long word as matched, `_spelling_crude`); then
           `token_set_ratio` computed; then the terms exact (`_terms`) instead of at their
           most (`_most_terms`, exact already but for dates that are not days).
        4. The alignment's spelling matches computed (`_spell`): its range closes.
        5. `partial_ratio` computed, in `could_link`'s order of the pair (`_ordered`).
        """
        scores, short, mix = self._common(qp, cp, facts)
        scores["content_ratio"] = self._scores(qp, cp, fuzz.ratio, column="contents")
        n = len(qp)
        lows = {name: np.zeros(n) for name in RANGED}
        highs = {name: np.full(n, 100.0) for name in RANGED}
        sort = self._token_sort(qp, cp)
        lows["token_sort_ratio"] = highs["token_sort_ratio"] = sort
        ratio, lengths = scores["ratio"], self._arrays["norm_len"]
        lows["partial_ratio"] = least_partial_by_ratio(ratio, lengths[qp], lengths[cp])
        highs["partial_ratio"] = self._most_partial(qp, cp, ratio)
        need = threshold - 0.01 - MARGIN - facts["terms"]

        def still(at: Ints) -> Ints:
            bound = self._quote_bound(
                qp[at],
                cp[at],
                _pick(facts, at),
                _pick(scores, at),
                short[at],
                mix[at],
                (_pick(lows, at), _pick(highs, at)),
            )
            return at[bound >= need[at]]

        passes = np.zeros(n, dtype=np.bool_)
        computed = {"ratio": ratio, "token_sort_ratio": sort}
        computed.update({name: np.full(n, np.nan) for name in ("token_set_ratio", "partial_ratio")})
        at = still(np.arange(n))  # 1.
        if len(at):  # 2.
            ends = self._least_partial(qp[at], cp[at], ratio[at])
            lows["partial_ratio"][at] = np.maximum(lows["partial_ratio"][at], ends)
            at = still(at)
        if len(at):  # 3.
            pair, stem = self._cols.stems.shared(qp[at], cp[at])
            most = self._spelling_most(qp[at], cp[at], pair, stem)
            facts["maybe"][at], facts["their_maybe"][at] = most
            at = still(at)
        if len(at):
            token_set = self._scores(qp[at], cp[at], fuzz.token_set_ratio)
            lows["token_set_ratio"][at] = highs["token_set_ratio"][at] = token_set
            computed["token_set_ratio"][at] = token_set
            at = still(at)
        if len(at):
            days = self._arrays["plain_day"]
            guess = at[(days[qp[at]] == 0) | (days[cp[at]] == 0)]
            need[guess] = threshold - 0.01 - MARGIN - self._terms(qp[guess], cp[guess])
            at = still(at) if len(guess) else at
        if len(at):  # 4.
            self._spell(qp[at], cp[at], at, facts)
            at = still(at)
        if len(at):  # 5.
            partial = self._partial(*self._ordered(qp[at], cp[at]))
            computed["partial_ratio"][at] = partial
            lows["partial_ratio"][at] = highs["partial_ratio"][at] = partial
            passes[still(at)] = True
        return passes, computed

    def _spell(self, qp: Ints, cp: Ints, at: Ints, facts: dict[str, Floats]) -> None:
        """Narrow the spelling matches of the pairs (QP, CP), at AT in FACTS, to what they are:
        the text model's alignment (`textmodel._aligned`), over arrays. Each long word of one
        side that the other lacks meets each word of the other whose length may reach
        `textmodel.FUZZY_CUTOFF`, all in one RapidFuzz call; its best `ratio` at the cutoff
        times its mass, summed, becomes the side's `maybe` (with a rounding slack), so the
        alignment's range closes on its value."""
        stems = self._cols.stems
        _, mass, long, length = self._stem_weights()
        width = max(len(stems.ids), 1)
        pair, stem = stems.shared(qp, cp)
        shared = np.sort(pair * width + stem)
        fits = self._spelling_fits(int(length.max(initial=0)))
        letters = self._stem_letters()
        sides = self._arrays["mass"]
        for name, side, other in (("maybe", qp, cp), ("their_maybe", cp, qp)):
            index, ids = stems.members(side)
            keys = index * width + ids
            lone = long[ids] > 0
            if len(shared):
                found = np.minimum(np.searchsorted(shared, keys), len(shared) - 1)
                lone &= shared[found] != keys
            index, ids = index[lone], ids[lone]
            theirs, choices = stems.members(other)
            plain = mass[choices] > 0  # `Side.aligned`: no figures
            theirs, choices = theirs[plain], choices[plain]
            # Each query word against each word of its pair's other side.
            per = np.bincount(theirs, minlength=len(qp))
            first = np.cumsum(per) - per
            reps = per[index]
            query = np.repeat(np.arange(len(index), dtype=np.int64), reps)
            offsets = np.arange(len(query), dtype=np.int64) - np.repeat(
                np.cumsum(reps) - reps, reps
            )
            choice = choices[np.repeat(first[index], reps) + offsets]
            word = ids[query]
            near = fits[length[word], length[choice]]
            query, word, choice = query[near], word[near], choice[near]
            # Only pairs whose letters leave room for the cutoff are scored (`most_common`).
            near = _may_spell(length[word], length[choice], letters[word], letters[choice])
            query, word, choice = query[near], word[near], choice[near]
            values = self._stem_texts()
            ratio = process.cpdist(
                values[word].tolist(),
                values[choice].tolist(),
                scorer=fuzz.ratio,
                score_cutoff=textmodel.FUZZY_CUTOFF,
                dtype=np.float64,
            )
            best = np.zeros(len(index))
            np.maximum.at(best, query, ratio)
            spelt = np.bincount(index, weights=mass[ids] * best / 100.0, minlength=len(qp))
            facts[name][at] = spelt + SPELL_SLACK * (1.0 + sides[side])

    def _stem_letters(self) -> Ints:
        """Each stem's `letter_mask`, by its id; ids are never taken back."""
        seen = self._cols.stems.values
        found = self._letters
        if len(found) < len(seen):
            added = np.fromiter(
                (letter_mask(str(s)) for s in seen[len(found) :]), np.int64, len(seen) - len(found)
            )
            found = self._letters = np.concatenate((found, added))
        return found

    def _stem_texts(self) -> Texts:
        """Each stem seen, at its id, as an object array (`_texts`); ids are never taken back."""
        seen = self._cols.stems.values
        found = self._objects.get("stems")
        if found is None or len(found) != len(seen):
            found = self._objects["stems"] = _objects(seen)
        return found

    def _spelling_fits(self, longest: int) -> Flags:
        """Whether a word of each length up to LONGEST (a row each) may reach
        `textmodel.FUZZY_CUTOFF` against a word of each length (a column each)."""
        if self._fits.shape[0] <= longest:
            width = longest + 1
            self._fits = np.array(
                [
                    [
                        n > 0 < m and textmodel._most_ratio(n, frozenset({m})) > 0
                        for m in range(width)
                    ]
                    for n in range(width)
                ],
                dtype=np.bool_,
            ).reshape(width, width)
        return self._fits

    def _ordered(self, qp: Ints, cp: Ints) -> tuple[Ints, Ints]:
        """Each pair in `could_link`'s order: the smaller (normalised text, id) first."""
        items = self.items
        swap = np.fromiter(
            (
                (items[c].norm, items[c].item.id) < (items[q].norm, items[q].item.id)
                for q, c in zip(qp.tolist(), cp.tolist(), strict=True)
            ),
            np.bool_,
            len(qp),
        )
        return np.where(swap, cp, qp), np.where(swap, qp, cp)

    def _quote_bound(
        self,
        qp: Ints,
        cp: Ints,
        facts: dict[str, Floats],
        scores: dict[str, Floats],
        short: Floats,
        mix: Floats,
        ranged: tuple[dict[str, Floats], dict[str, Floats]],
    ) -> Floats:
        """The most `could_link`'s text bound can be for each pair, the `RANGED` scorers given
        as a least and a most value (RANGED)."""
        assert self._model is not None
        lows, highs = self._feature_ranges(qp, cp, facts, scores, ranged)
        model = self._model
        z = np.full(len(qp), model.bias)
        for name, m, s, w in zip(
            MODEL_FEATURES, model.mean, model.scale, model.weights, strict=True
        ):
            z += np.maximum(w * (lows[name] - m) / s, w * (highs[name] - m) / s)
        bound = 100.0 * _sigmoid(z)
        # The lenient mix grows with every scorer: at their most.
        most = dict(scores, **ranged[1])
        partial = ranged[1]["partial_ratio"]
        named = facts["named"] > 0
        if named.any():
            bound = np.where(named, np.maximum(bound, _combine(most, partial, short, mix)), bound)
        contained = scores["length_ratio"] < CONTAINED_RATIO
        if contained.any():
            contained &= self._may_contain(qp, cp, facts)
        if contained.any():
            lenient = _combine(most, partial, short, np.ones(len(qp)))
            bound = np.where(contained, np.maximum(bound, lenient), bound)
        return bound

    def _may_contain(self, qp: Ints, cp: Ints, facts: dict[str, Floats]) -> Flags:
        """Whether `CONTAINED_SHARE` of the shorter text's rarity mass may be found in the
        longer (`scoring.contained`), each unshared long word taken as matched by spelling."""
        arrays = self._arrays
        lengths = arrays["norm_len"]
        mine = lengths[qp] <= lengths[cp]
        mass = np.where(mine, arrays["mass"][qp], arrays["mass"][cp])
        maybe = np.where(mine, facts["maybe"], facts["their_maybe"])
        _, most, _, _ = _alignment(mass, facts["mass"], maybe)
        return most >= CONTAINED_SHARE - MARGIN

    def _feature_ranges(
        self,
        qp: Ints,
        cp: Ints,
        facts: dict[str, Floats],
        scores: dict[str, Floats],
        ranged: tuple[dict[str, Floats], dict[str, Floats]],
    ) -> tuple[dict[str, Floats], dict[str, Floats]]:
        """The least and most value of each model feature of each pair (`MODEL_FEATURES`)."""
        arrays = self._arrays
        rare_shared, exact = facts["rare"], facts["mass"]
        lows: dict[str, Floats] = {}
        highs: dict[str, Floats] = {}
        for name in ("ratio", "content_ratio"):
            lows[name] = highs[name] = scores[name] / 100.0
        lows["overlap"] = highs["overlap"] = scores["content_overlap"] / 100.0
        for name in RANGED:
            lows[name], highs[name] = ranged[0][name] / 100.0, ranged[1][name] / 100.0
        # `textmodel._rare_overlap`
        wa, wb = arrays["rarity"][qp], arrays["rarity"][cp]
        own_stems, stems = arrays["stems"][qp], arrays["stems"][cp]
        with np.errstate(divide="ignore", invalid="ignore"):
            rare = 0.5 * (rare_shared / np.minimum(wa, wb) + 2 * rare_shared / (wa + wb))
        zero = (wa == 0) | (wb == 0)
        rare = np.where(zero, np.where((wa == 0) & (wb == 0) & (facts["same"] > 0), 1.0, 0.0), rare)
        either_empty = (own_stems == 0) | (stems == 0)
        both_empty = (own_stems == 0) & (stems == 0)
        rare = np.where(either_empty, np.where(both_empty, 1.0, 0.0), rare)
        lows["rare_overlap"] = highs["rare_overlap"] = rare
        # `textmodel._alignment_range`
        mass = arrays["mass"]
        low_a, high_a, least_a, most_a = _alignment(mass[qp], exact, facts["maybe"])
        low_b, high_b, least_b, most_b = _alignment(mass[cp], exact, facts["their_maybe"])
        lows["aligned_min"] = np.minimum(low_a, low_b)
        lows["aligned_max"] = np.maximum(low_a, low_b)
        lows["unmatched_max"] = np.log1p(np.maximum(least_a, least_b))
        lows["unmatched_min"] = np.log1p(np.minimum(least_a, least_b))
        highs["aligned_min"] = np.minimum(high_a, high_b)
        highs["aligned_max"] = np.maximum(high_a, high_b)
        highs["unmatched_max"] = np.log1p(np.maximum(most_a, most_b))
        highs["unmatched_min"] = np.log1p(np.minimum(most_a, most_b))
        # `textmodel._plain`'s features after the alignment.
        for name in MISMATCHES:
            lows[name] = highs[name] = facts[name]
        negated = arrays["negated"]
        lows["negation"] = highs["negation"] = (negated[qp] != negated[cp]).astype(np.float64)
        words, own_words = arrays["words"][cp], arrays["words"][qp]
        length = np.minimum(words, own_words) / np.maximum(np.maximum(words, own_words), 1)
        lows["length_ratio"] = highs["length_ratio"] = length
        return lows, highs


def _summed(sets: IdSets, weights: Floats) -> Floats:
    """The WEIGHTS (by id) of each position's set in SETS summed, a `BLOCK` of positions at a
    time: the ids of every set at once would take tens of megabytes in each worker."""
    out: list[Floats] = [np.zeros(0)]
    for start in range(0, len(sets), BLOCK):
        positions = np.arange(start, min(start + BLOCK, len(sets)), dtype=np.int64)
        index, ids = sets.members(positions)
        found = np.bincount(index, weights=weights[ids], minlength=len(positions))
        out.append(found.astype(np.float64))
    summed: Floats = np.concatenate(out)
    return summed


def _objects(values: Sequence[Any]) -> Texts:
    """VALUES as a one-dimensional object array."""
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def _numbers(p: Prepared) -> tuple[float, ...]:
    """An item's `NUMBERS`, in order."""
    side = p.side
    day = math.nan if p.item.published is None else float(p.item.published.toordinal())
    if side is None:
        return (
            len(p.norm),
            len(p.stems),
            0,
            0.0,
            0.0,
            False,
            False,
            day,
            bool(p.speaker),
            False,
            _plain_day(p),
            p.item.article_id,
            _count(p),
            False,
        )
    return (
        len(p.norm),
        len(p.stems),
        side.words,
        side.mass,
        side.rarity,
        side.negated,
        True,
        day,
        bool(p.speaker),
        p.clauses,
        _plain_day(p),
        p.item.article_id,
        math.nan,
        bool(p.excerpts),
    )


def _count(p: Prepared) -> float:
    """A claim's `scoring.count_figure`, NaN when it has none (which equals nothing)."""
    value = count_figure(p.item)
    return math.nan if value is None else value


def letter_mask(word: str) -> int:
    """A bit for each character WORD holds (its code point modulo `MASK_BITS`): a character
    whose bit another word lacks is none of that word's."""
    mask = 0
    for char in word:
        mask |= 1 << (ord(char) % MASK_BITS)
    return mask


def most_common(length: Ints, other: Ints, mask: Ints, other_mask: Ints) -> Ints:
    """An upper bound of the longest common subsequence of two words of LENGTH and OTHER
    characters whose `letter_mask`s are MASK and OTHER_MASK: each bit one word has and the
    other lacks stands for at least one character of it that the other does not hold."""
    most: Ints = np.minimum(
        length - _popcount(mask & ~other_mask), other - _popcount(other_mask & ~mask)
    )
    return most


def _may_spell(length: Ints, other: Ints, mask: Ints, other_mask: Ints) -> Flags:
    """Whether two words (as `most_common` takes them) may reach `textmodel.FUZZY_CUTOFF` of
    RapidFuzz's `ratio`, 200 times the common subsequence over both lengths: for the others
    `process.cpdist` at that cutoff gives 0."""
    common = most_common(length, other, mask, other_mask)
    most: Flags = 200.0 * common >= (textmodel.FUZZY_CUTOFF - MARGIN) * (length + other)
    return most


_BYTE_BITS = np.array([bin(n).count("1") for n in range(256)], dtype=np.int64)


def _popcount(values: Ints) -> Ints:
    """The number of bits set in each of VALUES (non-negative)."""
    count = getattr(np, "bitwise_count", None)
    if count is not None:
        found: Ints = np.asarray(count(values), dtype=np.int64)
        return found
    octets = np.ascontiguousarray(values, dtype=np.int64).view(np.uint8).reshape(-1, 8)
    summed: Ints = _BYTE_BITS[octets].sum(axis=1)
    return summed


def _plain_day(p: Prepared) -> bool:
    """Whether P's date is a day (or unknown): days apart are then ordinals apart."""
    return p.item.published is None or type(p.item.published) is datetime.date


def least_partial_by_ratio(ratio: Floats, a: Floats, b: Floats) -> Floats:
    """A lower bound of RapidFuzz's `partial_ratio` of two texts of lengths A and B whose
    `ratio` is RATIO.

    `ratio` tells the length of the texts' longest common subsequence (`ratio` / 200 times
    both lengths); a window of the longer text as long as the shorter keeps all of it but the
    characters cut off, and `partial_ratio` is at least the shorter text's `ratio` against it.
    """
    short, long = np.minimum(a, b), np.maximum(a, b)
    common = ratio / 200.0 * (short + long)
    with np.errstate(divide="ignore", invalid="ignore"):
        least = np.where(short > 0, 100.0 * (common - (long - short)) / short, 0.0)
    return np.maximum(0.0, least - 1e-6)


def most_partial_by_ratio(ratio: Floats, a: Floats, b: Floats) -> Floats:
    """An upper bound of RapidFuzz's `partial_ratio` of two texts of lengths A and B whose
    `ratio` is RATIO.

    A part of the longer text holds at most the whole common subsequence (C characters, as in
    `least_partial_by_ratio`): against the shorter text (S characters) its `ratio` is at most
    2C / (S + C), whatever the part's length.
    """
    short, long = np.minimum(a, b), np.maximum(a, b)
    common = ratio / 200.0 * (short + long)
    with np.errstate(divide="ignore", invalid="ignore"):
        most = np.where(short + common > 0, 200.0 * common / (short + common), 100.0)
    return np.minimum(100.0, most + 1e-6)


def _pick(values: dict[str, Floats], at: Ints) -> dict[str, Floats]:
    """Each of VALUES at positions AT."""
    return {name: column[at] for name, column in values.items()}


def _claim_needed(rest: Floats, ratio: Floats, short: Floats, mix: Floats) -> tuple[Floats, Flags]:
    """The least `partial_ratio` each claim pair needs when the rest of its bound falls short of
    the threshold by REST, and whether any value of it (or, for the strict mix, none) passes."""
    with np.errstate(divide="ignore", invalid="ignore"):
        needed = rest / (mix * WEIGHTS["partial_ratio"])
        above = needed > ratio
        lifted = ratio + (needed - ratio) / short
    needed = np.where(above, lifted, needed)
    dead = (above & (short == 0)) | (needed > 100 + MARGIN)
    return needed, np.where(mix == 0.0, rest <= MARGIN, ~dead)


def _alignment(
    total: Floats, exact: Floats, maybe: Floats
) -> tuple[Floats, Floats, Floats, Floats]:
    """Least and most share of a side's mass (TOTAL) aligned, and least and most mass left
    over, with EXACT of it shared and at most MAYBE more matched by spelling."""
    with np.errstate(divide="ignore", invalid="ignore"):
        low = np.where(total > 0, exact / total, 1.0)
        high = np.where(total > 0, np.minimum(1.0, (exact + maybe) / total), 1.0)
    least = np.where(total > 0, np.maximum(total - exact - maybe, 0.0), 0.0)
    most = np.where(total > 0, total - exact, 0.0)
    return low, high, least, most


def _stem_weight(stem: str) -> tuple[float, float, float, float]:
    """A stem's rarity, its alignment mass (none for a figure), that mass in a long word, and
    its length."""
    value = idf(stem)
    if stem[0].isdigit():
        return value, 0.0, 0.0, len(stem)
    mass = value + textmodel.WORD_FLOOR
    return value, mass, mass if len(stem) >= textmodel.FUZZY_MIN_LENGTH else 0.0, len(stem)


def _mismatches(
    cols: _Columns, qp: Ints, cp: Ints, common_names: Ints
) -> dict[str, Flags | Floats]:
    """`numbers_differ`, `numbers_other`, `names_other_share` and `names_other` of each pair."""
    mine, theirs = cols.numbers.sizes(qp), cols.numbers.sizes(cp)
    numbers = mine + theirs - 2 * cols.numbers.shared_counts(qp, cp)
    own_names, their_names = cols.names.sizes(qp), cols.names.sizes(cp)
    names = own_names + their_names - 2 * common_names
    union = own_names + their_names - common_names
    return {
        "numbers_differ": (numbers > 0) & (mine > 0) & (theirs > 0),
        "numbers_other": numbers > 0,
        "names_other_share": names / np.maximum(1, union),
        "names_other": names > 0,
    }


def _combine(scores: dict[str, Floats], partial: Floats, short: Floats, mix: Floats) -> Floats:
    """`scoring.combine_text` over arrays (no text model: the `STRICT_WEIGHTS` mix)."""
    base = scores["ratio"]
    lenient = np.zeros(len(base))
    for name, share in WEIGHTS.items():
        value = partial if name == "partial_ratio" else scores[name]
        if name != "ratio":
            value = np.where(value > base, base + short * (value - base), value)
        lenient = lenient + share * value
    strict = np.zeros(len(base))
    for name, share in STRICT_WEIGHTS.items():
        strict = strict + share * scores[name]
    return np.where(mix >= 1.0, lenient, mix * lenient + (1.0 - mix) * strict)


def _sigmoid(z: Floats) -> Floats:
    with np.errstate(over="ignore"):
        return np.where(z > -700, 1.0 / (1.0 + np.exp(-z)), 0.0)

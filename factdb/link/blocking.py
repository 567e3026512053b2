"""Candidate generation: each item meets the earlier items that share its rarest words.

Scoring every pair is quadratic, so an item is scored only against the items that share a few
of its rarest words. Rarity is counted as the archive grows, and every choice is made once, when
an item arrives (its position), from the items before it: what an item is compared with never
depends on what came later. A linking pass over the whole archive and a run of incremental
passes over its successive batches therefore score exactly the same pairs, each once, from its
later side.

1. Every item is posted under all its distinct content stems (stopwords dropped), and a claim
   under its unit and amount (`quantity_key`) and its unit with each word of what it measures
   (`measure_keys`) too. Postings are in arrival order.
2. When an item arrives, the words of the items so far are counted, per kind (quotes and
   claims never link), so a word's rarity is its document frequency among earlier quotes or
   claims plus this one.
3. Forward: the item looks up its `keys_per_item` rarest stems that an earlier item has, and
   the earlier items holding `min_shared` of them (one when it has a single key) are
   candidates. A claim looks up only words in at most `claim_lookup_share` (5%) of the claims
   (or `CLAIM_LOOKUP_FLOOR`, in a small archive), and always its quantity first: two claims
   of one amount often share only common words besides. A claim also meets every earlier
   claim that shares one of its measure keys, whatever their amounts, so that two claims of
   one measured thing are compared and a contradiction can be found. And a claim of one
   story's figure (`story_keys`: a count of one kind of thing, or an age) meets every earlier
   claim of that figure and kind in the story's days, whatever their words.
4. Backward: the item also names its `keys_per_item` rarest stems as they are on arrival,
   words no earlier item has first (`reach`); a later item holding `min_shared` of them (one
   when it names a single one) finds it. A short quote whose words were new meets the longer
   one that repeats it later, whose own rarest words are elsewhere.
5. A quote written in several clauses does both for each clause: each clause looks up its
   `PIECE_KEYS` rarest earlier-seen stems, and names its `PIECE_KEYS` rarest on arrival; two of
   them shared make a candidate. A clause quoted inside another outlet's longer sentence shares
   few of that sentence's rarest words, but most of the clause's own.

At most `max_candidates` are kept: those sharing the rarest forward keys first (a key weighs
log(items / frequency) as counted on arrival), then those found backward, then by a clause.

Near-duplicates share most of their words, and therefore their rarest ones, so they meet;
unrelated items rarely share two rare words. The benchmark measures what this misses
against brute-force scoring.

Postings are arrays of 32-bit positions; a lookup takes the part before the item (a binary
search, postings being in arrival order) and counts them with NumPy (one sort of the
concatenated lists): at a million items a looked-up key holds thousands of positions.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from factdb.link.agreement import measure_stems
from factdb.link.relations import COUNTABLE
from factdb.link.retold import is_age
from factdb.link.scoring import PEOPLE_KINDS, Prepared, count_figure, count_kinds, counted_head
from factdb.link.segments import piece_stems
from factdb.vocab import LinkKind

PIECE_KEYS, PIECE_SHARED = 3, 2
"""A quote's clause looks up (and names) its 3 rarest stems; sharing 2 makes a candidate."""
MEASURE_PREFIX, QUANTITY_PREFIX, STORY_PREFIX = "\x01", "\x00", "\x02"
"""Open a claim's measure, quantity and story keys; no stem holds any of these characters."""
STORY_SPAN = 4
"""Days of one bucket of `story_keys`: a claim looks up its own bucket and the two beside it,
so that claims up to `STORY_SPAN` days apart meet (`scoring.COUNT_DAYS` is 3, and a date
that is a time counts whole days elapsed)."""
CLAIM_LOOKUP_FLOOR = 30.0
"""A claim looks up words in at most this many claims however small the archive, where 5% of
it is a handful: in the sample corpus most pairs of one story's figures share only such words."""
_NO_POSITIONS: npt.NDArray[np.int32] = np.zeros(0, dtype=np.int32)


@dataclass(frozen=True, slots=True)
class Keys:
    """What an item looks up and names, chosen on arrival."""

    forward: tuple[str, ...]
    """Stems (and a claim's quantity) to look up among earlier items, rarest first."""
    reach: tuple[str, ...]
    """The item's rarest stems on arrival, by which later items find it."""
    pieces: tuple[tuple[str, ...], ...]
    """For a quote in clauses: each clause's rarest earlier-seen stems, looked up."""
    piece_reach: tuple[tuple[str, ...], ...]
    """For a quote in clauses: each clause's rarest stems on arrival, for later ones to find."""


class BlockIndex:
    """Items of one archive in arrival order, indexed under their words, quotes and claims apart."""

    def __init__(
        self,
        *,
        keys_per_item: int = 6,
        min_shared: int = 2,
        max_candidates: int = 2000,
        claim_lookup_share: float = 0.05,
    ) -> None:
        self.keys_per_item = keys_per_item
        self.min_shared = min_shared
        self.max_candidates = max_candidates
        self.claim_lookup_share = claim_lookup_share
        self.items: list[Prepared] = []
        self.df: dict[LinkKind, Counter[str]] = {kind: Counter() for kind in LinkKind}
        self.count: Counter[LinkKind] = Counter()
        self.postings: dict[LinkKind, dict[str, array[int]]] = {kind: {} for kind in LinkKind}
        # Positions that name a word in `reach`, and clause ids that name it in `piece_reach`.
        self.reach_postings: dict[LinkKind, dict[str, array[int]]] = {k: {} for k in LinkKind}
        self.piece_postings: dict[str, array[int]] = {}
        # Kept per item for its own lookups (what it names is only posted).
        self._forward: list[tuple[str, ...]] = []
        self._claim_keys: list[tuple[str, ...]] = []
        """A claim's quantity and measure keys (`_words` less its stems); empty for a quote."""
        self._pieces: list[tuple[tuple[str, ...], ...]] = []
        self._arrival = array("i")  # how many items of its kind had arrived, itself included
        self._reach_need = bytearray()
        self._piece_owner = array("i")  # clause id -> position of its quote
        self._first_piece = array("i")  # position -> its first clause id
        self._piece_owner_np: npt.NDArray[np.int32] = _NO_POSITIONS
        self._reach_need_np: npt.NDArray[np.uint8] = np.zeros(0, dtype=np.uint8)
        self._posted = 0

    def __len__(self) -> int:
        return len(self.items)

    def add(self, items: Iterable[Prepared]) -> range:
        """Append ITEMS in arrival order, to be posted by the next `post()`; returns positions."""
        start = len(self.items)
        self.items.extend(items)
        return range(start, len(self.items))

    def post(self) -> None:
        """Count, key and post every item added since the last call, one after the other."""
        for pos in range(self._posted, len(self.items)):
            self._arrive(pos)
        self._piece_owner_np = np.array(self._piece_owner, dtype=np.int32)
        self._reach_need_np = np.frombuffer(bytes(self._reach_need), dtype=np.uint8)
        self._posted = len(self.items)

    def _arrive(self, pos: int) -> None:
        item = self.items[pos]
        kind = item.item.kind
        self.df[kind].update(item.stems)
        self.count[kind] += 1
        self._arrival.append(self.count[kind])
        keys = self.choose_keys(item)
        self._forward.append(keys.forward)
        self._pieces.append(keys.pieces)
        words = _words(item)
        self._claim_keys.append(words[len(item.stems) :] if len(words) > len(item.stems) else ())
        for word in words:
            _posting(self.postings[kind], word).append(pos)
        for word in keys.reach:
            _posting(self.reach_postings[kind], word).append(pos)
        self._reach_need.append(min(self.min_shared, len(keys.reach)))
        self._first_piece.append(len(self._piece_owner))
        for piece in keys.piece_reach:
            clause = len(self._piece_owner)
            self._piece_owner.append(pos)
            for word in piece:
                _posting(self.piece_postings, word).append(clause)

    def _depart(self) -> None:
        """Undo `_arrive` of the last item: every posting it entered ends with it."""
        item = self.items.pop()
        kind = item.item.kind
        keys = self.choose_keys(item)  # the counts are as they were on its arrival
        for postings, words in (
            (self.postings[kind], _words(item)),
            (self.reach_postings[kind], keys.reach),
            (self.piece_postings, [w for piece in keys.piece_reach for w in piece]),
        ):
            for word in words:
                posting = postings[word]
                posting.pop()
                if not posting:
                    del postings[word]
        del self._piece_owner[self._first_piece.pop() :]
        self._reach_need.pop()
        self._forward.pop()
        self._claim_keys.pop()
        self._pieces.pop()
        self._arrival.pop()
        self.count[kind] -= 1
        df = self.df[kind]
        for stem in item.stems:
            df[stem] -= 1
            if not df[stem]:
                del df[stem]

    def forward_keys(self, pos: int) -> tuple[str, ...]:
        """The keys the item at POS looks up among earlier items."""
        return self._forward[pos]

    def candidates(self, pos: int) -> list[int]:
        """Positions of earlier items worth scoring against the item at POS, best first."""
        found: list[int] = self.candidate_array(pos).tolist()
        return found

    def candidate_array(self, pos: int) -> npt.NDArray[np.int32]:
        """`candidates` as an array."""
        item = self.items[pos]
        kind = item.item.kind
        postings = self.postings[kind]
        # 3. Forward: earlier items holding enough of this item's rarest words.
        forward = self._forward[pos]
        found, shared = _count([postings.get(key) for key in forward], pos)
        hits = found[shared >= min(self.min_shared, len(forward))]
        if len(hits) > self.max_candidates:
            lists = [_before(postings.get(key), pos) for key in forward]
            hits = hits[np.argsort(-self._weigh(hits, lists, pos), kind="stable")]
        order = [hits]
        # The claim's quantity and measure keys, which it is posted under besides its stems.
        extra = self._claim_keys[pos]
        # A shared measured thing makes a candidate alone, whatever the amounts.
        measured = [postings.get(k) for k in extra if k[0] == MEASURE_PREFIX]
        measured += [postings.get(k) for k in _story_lookups(extra)]
        if measured:
            got, n = _count(measured, pos)
            order.append(got[n > 0])
        # 4. Backward: earlier items naming enough of this item's words.
        reach = self.reach_postings[kind]
        named = [reach.get(word) for word in item.stems]
        named += [reach.get(word) for word in extra]
        got, n = _count(named, pos)
        if len(got):
            order.append(got[n >= self._reach_need_np[got]])
        # 5. Clauses, both ways.
        for piece in self._pieces[pos]:
            got, n = _count([postings.get(key) for key in piece], pos)
            order.append(got[n >= PIECE_SHARED])
        if kind is LinkKind.QUOTE:
            first = self._first_piece[pos]
            pieces = self.piece_postings
            clauses, n = _count([pieces.get(w) for w in item.stems], first)
            if len(clauses):
                order.append(self._piece_owner_np[clauses[n >= PIECE_SHARED]])
        return _first_seen(order)[: self.max_candidates]

    def _weigh(
        self, hits: npt.NDArray[np.int32], lists: list[npt.NDArray[np.int32]], pos: int
    ) -> npt.NDArray[np.float64]:
        """Each hit's summed weight of the forward keys it holds (LISTS, their postings).

        A key weighs log(items / frequency) as both were on the item's arrival: the item
        itself and the earlier items holding the key.
        """
        arrived = max(self._arrival[pos], 2)
        total = np.zeros(len(hits), dtype=np.float64)
        for posting in lists:
            total += math.log(arrived / (len(posting) + 1)) * np.isin(hits, posting)
        return total

    def choose_keys(self, item: Prepared) -> Keys:
        """ITEM's keys with the word counts as they are now (its own words counted)."""
        kind = item.item.kind
        df = self.df[kind]
        ranked = sorted(item.stems, key=lambda s: (df[s], s))
        seen = [s for s in ranked if df[s] > 1]
        reach = ranked
        if kind is LinkKind.CLAIM:
            limit = max(CLAIM_LOOKUP_FLOOR, self.claim_lookup_share * self.count[kind])
            seen = [s for s in seen if df[s] <= limit]
            reach = [s for s in ranked if df[s] <= limit]
        # The quantity is looked up and named first, whatever its frequency: see `quantity_key`.
        quantity = quantity_key(item)
        head: tuple[str, ...] = (quantity,) if quantity is not None else ()
        pieces, piece_reach = self._choose_pieces(item)
        return Keys(
            forward=(*head, *seen[: self.keys_per_item]),
            reach=(*head, *reach[: self.keys_per_item]),
            pieces=pieces,
            piece_reach=piece_reach,
        )

    def _choose_pieces(
        self, item: Prepared
    ) -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
        """Each clause's rarest earlier-seen stems (two at least) and rarest stems, for a quote."""
        if item.item.kind is not LinkKind.QUOTE:
            return (), ()
        df = self.df[LinkKind.QUOTE]
        looked, named = [], []
        for stems in piece_stems(item.item.text):
            ranked = sorted(stems, key=lambda s: (df[s], s))
            seen = [s for s in ranked if df[s] > 1]
            if len(seen) >= PIECE_SHARED:
                looked.append(tuple(seen[:PIECE_KEYS]))
            named.append(tuple(ranked[:PIECE_KEYS]))
        return tuple(looked), tuple(named)


def quantity_key(item: Prepared) -> str | None:
    """A claim's unit and value to two significant digits, as one key ("\x00km 1e+03").

    Two claims of one amount in one unit ("2 people") often share only a word or two besides,
    and those common ones that no rarity ranking picks; the amount is what they have in common.
    The key starts with a character no stem holds, so it never meets a word.
    """
    value = item.item.value
    if item.item.kind is not LinkKind.CLAIM or value is None:
        return None
    return f"{QUANTITY_PREFIX}{item.item.unit or ''} {value:.2g}"


def measure_keys(item: Prepared) -> tuple[str, ...]:
    """A claim's unit with each word of what it measures ("\x01m3 reservoir"): two claims of one
    measured thing meet whatever their amounts, so that a contradiction can be found."""
    if item.item.kind is not LinkKind.CLAIM or not item.item.measures:
        return ()
    unit = item.item.unit if item.item.unit not in COUNTABLE else ""
    stems = measure_stems(item.item.measures)
    return tuple(sorted(f"{MEASURE_PREFIX}{unit} {stem}" for stem in stems))


def story_keys(item: Prepared) -> tuple[str, ...]:
    """A dated claim of one story's figure, keyed by the figure, what it is of and the days
    (`STORY_SPAN`) of its article: a count of one kind of thing (`scoring.count_figure`, its
    counted noun's kind in `count_kinds`, people of any kind as people: "\x02people 60
    184530") or a person's age (`retold.is_age`).

    Outlets state such a figure in sentences of their own ("more than 100 Russian officials"
    expelled, "more than 100 Russian diplomats were sent home"), which share no rare word for
    the other keys; the scorer reads them (`scoring.one_count`, `retold.one_age`)."""
    claim = item.item
    if claim.kind is not LinkKind.CLAIM or claim.published is None or claim.value is None:
        return ()
    what = "age" if is_age(claim) else _counted_kind(item)
    if what is None:
        return ()
    return (f"{STORY_PREFIX}{what} {claim.value:.6g} {claim.published.toordinal() // STORY_SPAN}",)


def _counted_kind(item: Prepared) -> str | None:
    """The kind of thing a count claim counts (`count_kinds`; its noun's stem when of none)."""
    if count_figure(item.item) is None:
        return None
    head = counted_head(item.item)
    if head is None:
        return None
    kinds, generic = count_kinds()
    kind = kinds.get(head, head)
    return "people" if head in generic or kind in PEOPLE_KINDS else kind


def _story_lookups(keys: Sequence[str]) -> list[str]:
    """The story keys a claim with KEYS looks up: its own bucket's and the two beside it."""
    found = []
    for key in keys:
        if key[0] == STORY_PREFIX:
            head, bucket = key.rsplit(" ", 1)
            found += [f"{head} {int(bucket) + step}" for step in (-1, 0, 1)]
    return found


def _words(item: Prepared) -> tuple[str, ...]:
    """What ITEM is posted under: its stems, and a claim's quantity, measure and story keys."""
    quantity = quantity_key(item)
    head = () if quantity is None else (quantity,)
    return (*item.stems, *head, *measure_keys(item), *story_keys(item))


def _posting(postings: dict[str, array[int]], key: str) -> array[int]:
    """The positions posted under KEY, made empty on first use."""
    found = postings.get(key)
    if found is None:
        found = postings[key] = array("i")
    return found


def _before(posting: array[int] | None, stop: int) -> npt.NDArray[np.int32]:
    """The entries of an ascending POSTING below STOP."""
    if not posting:
        return _NO_POSITIONS
    if posting[-1] < stop:
        return np.frombuffer(posting, dtype=np.int32)  # every linking pass asks this of most keys
    # A binary search over the array itself: cheaper than NumPy's for one value.
    return np.frombuffer(posting, dtype=np.int32, count=bisect_left(posting, stop))


def _joined(postings: Iterable[array[int] | None], stop: int) -> tuple[array[int], int]:
    """The entries below STOP of each of POSTINGS (ascending), one after the other, and how
    many postings gave some. Gathered as one `array` (copies in C): a lookup reads tens of
    postings, and a NumPy view of each cost more than the counting."""
    out = array("i")
    given = 0
    for posting in postings:
        if not posting or posting[0] >= stop:
            continue
        if posting[-1] < stop:
            out += posting  # every linking pass asks this of most keys
        else:
            # A binary search over the array itself: cheaper than NumPy's for one value.
            out += posting[: bisect_left(posting, stop)]
        given += 1
    return out, given


def _count(
    postings: Iterable[array[int] | None], stop: int
) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.int64]]:
    """The distinct entries below STOP of POSTINGS, ascending, and in how many of the postings
    each is."""
    joined, given = _joined(postings, stop)
    if not given:
        return _NO_POSITIONS, np.zeros(0, dtype=np.int64)
    found = np.frombuffer(joined, dtype=np.int32)
    if given == 1:
        return found, np.ones(len(found), dtype=np.int64)  # a posting holds each once
    found.sort()
    # Where each run of one entry starts and ends, without NumPy's Python-level wrappers
    # (`diff`, `append`, `flatnonzero`): a lookup makes several of these small calls.
    first = np.empty(len(found), dtype=np.bool_)
    first[0] = True
    np.not_equal(found[1:], found[:-1], out=first[1:])
    starts = first.nonzero()[0]
    ends = np.empty_like(starts)
    ends[:-1] = starts[1:]
    ends[-1] = len(found)
    return found[starts], ends - starts


def _first_seen(groups: Sequence[npt.NDArray[np.int32]]) -> npt.NDArray[np.int32]:
    """The entries of GROUPS in order, each once, at its first place."""
    groups = [g for g in groups if len(g)]
    if len(groups) < 2:
        return np.asarray(groups[0], dtype=np.int32) if groups else _NO_POSITIONS
    joined = np.concatenate([np.asarray(g, dtype=np.int32) for g in groups])
    _, first = np.unique(joined, return_index=True)
    return joined[np.sort(first)]


def probe(index: BlockIndex, item: Prepared) -> list[int]:
    """Positions of INDEX's items worth scoring against ITEM, which the index does not keep.

    ITEM arrives as the last item, is looked up as `BlockIndex.candidates` looks up an item of
    the archive (it meets every stored item, all of them earlier), then departs again: the
    index is left as it was, word counts included, so one index answers any number of queries.
    """
    if index._posted != len(index.items):
        raise ValueError("post() the index before probing it")
    pos = len(index.items)
    index.items.append(item)
    index._arrive(pos)
    try:
        return index.candidates(pos)
    finally:
        index._depart()

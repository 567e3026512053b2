"""Candidate generation: an inverted index from each item's rarest words to the items using them.

Scoring every pair is quadratic, so each item is indexed under a few keys and only items
sharing keys are scored:

1. Every item's distinct content stems (stopwords dropped) are counted across the archive,
   per kind, so a word's rarity is its document frequency among quotes or among claims.
2. An item is posted under its `post_keys` rarest stems seen in at least two items, plus up to
   `singletons` stems seen only in it, so that a later item repeating a rare word finds it.
3. A query item looks up its `keys_per_item` rarest shared stems and keeps the items posted
   under at least `min_shared` of them (one for items with few keys), most first, at most
   `max_candidates`. Posting under more keys than are looked up lets a trimmed quote, whose
   rarest words are not the rarest of the full quote, still meet it.

4. A quote written in several clauses is also posted under each clause's `PIECE_POST` rarest
   stems, looks up each clause's `PIECE_KEYS` rarest, and keeps the items posted under
   `PIECE_SHARED` of them: a clause quoted inside another outlet's longer sentence shares few
   of that sentence's rarest words, but most of the clause's own.

Near-duplicates share most of their words, and therefore their rarest ones, so they meet;
unrelated items rarely share two rare words. The benchmark measures what this misses
against brute-force scoring.

5. A claim is also posted under, and looks up, its unit and amount (`quantity_key`): two claims
   of one amount share it, however common their words. And a claim is posted under every word
   it shares with another claim, looking up its `keys_per_item` rarest that are in at most
   `claim_lookup_share` (5%) of the claims: a short claim of common words ("2 people") meets a
   long sentence that restates it, whose rarest words are not the short one's. Claims are a
   minority of items and their sentences short, so this costs about a tenth more time at a million
   items, where it took brute-force recall from 51 to 55 of 55 pairs.

Postings are arrays of 32-bit positions, and a lookup counts them with NumPy (one sort of the
concatenated lists) rather than item by item: at a million items a looked-up key holds
thousands of positions, and counting them in Python would cost more than all the scoring.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
import numpy.typing as npt

from factdb.link.scoring import Prepared
from factdb.link.segments import piece_stems
from factdb.vocab import LinkKind

PIECE_KEYS, PIECE_SHARED, PIECE_POST = 3, 2, 5
"""A quote's clause looks up its 3 rarest stems and is posted under its 5 rarest; items posted
under 2 of the looked-up stems are candidates."""


class BlockIndex:
    """Items of one archive indexed under their rarest content words, quotes and claims apart."""

    def __init__(
        self,
        *,
        keys_per_item: int = 6,  # at most 255: key counts are kept in a bytearray
        post_keys: int = 10,
        singletons: int = 2,
        min_shared: int = 2,
        max_candidates: int = 2000,
        claim_words: bool = True,
        claim_lookup_share: float = 0.05,
    ) -> None:
        self.keys_per_item = keys_per_item
        self.claim_words = claim_words
        self.claim_lookup_share = claim_lookup_share
        self.post_keys = max(post_keys, keys_per_item)
        self.singletons = singletons
        self.min_shared = min_shared
        self.max_candidates = max_candidates
        self.items: list[Prepared] = []
        # Quotes and claims never link to each other, so their words are counted apart.
        self.df: dict[LinkKind, Counter[str]] = {kind: Counter() for kind in LinkKind}
        self.count: Counter[LinkKind] = Counter()
        self.postings: dict[LinkKind, dict[str, array[int]]] = {kind: {} for kind in LinkKind}
        # Clause keys of quotes live apart, so that whole-item lookups stay as short as they were.
        self.piece_postings: dict[str, array[int]] = {}
        self._keys: list[tuple[str, ...]] = []
        self._piece_posted: list[tuple[str, ...]] = []
        self._piece_query: list[tuple[tuple[str, ...], ...]] = []
        self._nkeys = bytearray()
        self._floor = bytearray()  # max(1, nkeys): how many shared keys always make a candidate
        self._floor_np: npt.NDArray[np.uint8] = np.zeros(0, dtype=np.uint8)
        self._posted = 0

    def __len__(self) -> int:
        return len(self.items)

    def add(self, items: Iterable[Prepared]) -> range:
        """Count the words of ITEMS, to be posted by the next `post()`; returns their positions."""
        start = len(self.items)
        for item in items:
            self.items.append(item)
            self.df[item.item.kind].update(item.stems)
            self.count[item.item.kind] += 1
        return range(start, len(self.items))

    def post(self) -> None:
        """Post every item added since the last call under its keys, with today's frequencies."""
        for pos in range(self._posted, len(self.items)):
            item = self.items[pos]
            keys, n_query = self._choose_keys(item)
            self._keys.append(keys)
            self._nkeys.append(n_query)
            self._floor.append(max(1, n_query))
            postings = self.postings[item.item.kind]
            for key in keys:
                _posting(postings, key).append(pos)
            piece_keys = self._choose_piece_keys(item, keys)
            self._piece_posted.append(piece_keys)
            for key in piece_keys:
                _posting(self.piece_postings, key).append(pos)
            # What the item looks up is fixed here too: `finds` must see what `candidates` saw.
            self._piece_query.append(self._choose_piece_query(item))
        self._floor_np = np.frombuffer(bytes(self._floor), dtype=np.uint8)
        self._posted = len(self.items)

    def keys(self, pos: int) -> tuple[str, ...]:
        """The keys the item at POS is posted under."""
        return self._keys[pos]

    def candidates(self, pos: int) -> list[int]:
        """Positions of items worth scoring against the item at POS, most shared keys first."""
        keys = self._keys[pos][: self._nkeys[pos]]
        postings = self.postings[self.items[pos].item.kind]
        found, counts = _count([postings[key] for key in keys])
        needed = min(self.min_shared, len(keys))
        keep = ((counts >= needed) | (counts >= self._floor_np[found])) & (found != pos)
        hits, shared = found[keep], counts[keep]
        extra = []
        for piece in self._piece_query[pos]:
            lists = [postings.get(key) for key in piece]
            lists += [self.piece_postings.get(key) for key in piece]
            got, n = _count([p for p in lists if p is not None])
            extra.append(got[(n >= PIECE_SHARED) & (got != pos)])
        if extra:
            # Found by a clause only: after every item found by its whole-item keys.
            more = np.setdiff1d(np.concatenate(extra), hits, assume_unique=False)
            hits = np.concatenate((hits, more))
            shared = np.concatenate((shared, np.zeros(len(more), dtype=shared.dtype)))
        if len(hits) > self.max_candidates:
            hits = self._rarest_first(hits, [postings[key] for key in keys], shared)
        result: list[int] = hits.tolist()
        return result

    def _rarest_first(
        self, hits: npt.NDArray[np.int32], lists: list[array[int]], shared: npt.NDArray[np.int64]
    ) -> npt.NDArray[np.int32]:
        """The `max_candidates` HITS sharing the rarest keys (LISTS are the keys' postings).

        A hit's weight is the sum of log(items / posted) over the keys it shares: two shared
        rare words outweigh three common ones. Hits found by a clause only (SHARED 0) come last.
        """
        total = max(len(self.items), 2)
        found, inverse = np.unique(
            np.concatenate([np.frombuffer(p, dtype=np.int32) for p in lists]), return_inverse=True
        )
        weights = np.concatenate([np.full(len(p), math.log(total / len(p))) for p in lists])
        weight = np.bincount(inverse.ravel(), weights=weights, minlength=len(found))
        where = np.searchsorted(found, hits)
        inside = (where < len(found)) & (found[np.minimum(where, len(found) - 1)] == hits)
        rank = np.where(inside & (shared > 0), weight[np.minimum(where, len(found) - 1)], -1.0)
        return hits[np.argsort(-rank, kind="stable")[: self.max_candidates]]

    def finds(self, pos: int, other: int) -> bool:
        """Whether the item at POS has the item at OTHER among its candidates (before the cap)."""
        query = self._keys[pos][: self._nkeys[pos]]
        posted = self._keys[other]
        shared = len(set(query).intersection(posted))
        if shared >= min(self.min_shared, len(query)) or shared >= max(1, self._nkeys[other]):
            return True
        posted_set = set(posted).union(self._piece_posted[other])
        return any(
            len(posted_set.intersection(piece)) >= PIECE_SHARED for piece in self._piece_query[pos]
        )

    def _choose_piece_query(self, item: Prepared) -> tuple[tuple[str, ...], ...]:
        """For a quote cut in clauses, each clause's `PIECE_KEYS` rarest stems seen elsewhere."""
        if item.item.kind is not LinkKind.QUOTE:
            return ()
        df = self.df[LinkKind.QUOTE]
        out = []
        for stems in piece_stems(item.item.text):
            ranked = sorted((s for s in stems if df[s] > 1), key=lambda s: (df[s], s))
            if len(ranked) >= PIECE_SHARED:
                out.append(tuple(ranked[:PIECE_KEYS]))
        return tuple(out)

    def _choose_keys(self, item: Prepared) -> tuple[tuple[str, ...], int]:
        df = self.df[item.item.kind]
        ranked = sorted(item.stems, key=lambda s: (df[s], s))
        single = [s for s in ranked if df[s] == 1][: self.singletons]
        quantity = quantity_key(item)
        if self.claim_words and item.item.kind is LinkKind.CLAIM:
            return self._claim_keys(ranked, single, quantity)
        shared = [s for s in ranked if df[s] > 1][: self.post_keys]
        if quantity is None:
            return tuple(shared + single), min(len(shared), self.keys_per_item)
        # Looked up first, whatever its frequency: see `quantity_key`.
        n_query = min(len(shared), self.keys_per_item) + 1
        return (quantity, *shared, *single), n_query

    def _claim_keys(
        self, ranked: list[str], single: list[str], quantity: str | None
    ) -> tuple[tuple[str, ...], int]:
        """A claim's keys: posted under every word, looking up its rarest uncommon ones."""
        df = self.df[LinkKind.CLAIM]
        limit = max(2.0, self.claim_lookup_share * self.count[LinkKind.CLAIM])
        shared = [s for s in ranked if df[s] > 1]
        looked = [s for s in shared if df[s] <= limit][: self.keys_per_item]
        rest = [s for s in shared if s not in looked]
        head = [quantity] if quantity is not None else []
        return (*head, *looked, *rest, *single), len(head) + len(looked)

    def _choose_piece_keys(self, item: Prepared, keys: tuple[str, ...]) -> tuple[str, ...]:
        """The rarest stems of each clause of a quote that its whole-item KEYS do not hold."""
        if item.item.kind is not LinkKind.QUOTE:
            return ()
        df = self.df[LinkKind.QUOTE]
        seen = set(keys)
        out: list[str] = []
        for stems in piece_stems(item.item.text):
            for stem in sorted(stems, key=lambda s: (df[s], s))[:PIECE_POST]:
                if stem not in seen:
                    seen.add(stem)
                    out.append(stem)
        return tuple(out)


def quantity_key(item: Prepared) -> str | None:
    """A claim's unit and value to two significant digits, as one key ("\x00km 1e+03").

    Two claims of one amount in one unit ("2 people") often share only a word or two besides,
    and those common ones that no rarity ranking picks; the amount is what they have in common.
    The key starts with a character no stem holds, so it never meets a word.
    """
    value = item.item.value
    if item.item.kind is not LinkKind.CLAIM or value is None:
        return None
    return f"\x00{item.item.unit or ''} {value:.2g}"


_NO_POSITIONS: npt.NDArray[np.int32] = np.zeros(0, dtype=np.int32)


def _posting(postings: dict[str, array[int]], key: str) -> array[int]:
    """The positions posted under KEY, made empty on first use."""
    found = postings.get(key)
    if found is None:
        found = postings[key] = array("i")
    return found


def _count(lists: Sequence[array[int]]) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.int64]]:
    """The distinct positions of LISTS, ascending, and in how many of the lists each is."""
    if not lists:
        return _NO_POSITIONS, np.zeros(0, dtype=np.int64)
    joined = np.concatenate([np.frombuffer(p, dtype=np.int32) for p in lists])
    found, counts = np.unique(joined, return_counts=True)
    return found, counts


def probe(index: BlockIndex, item: Prepared) -> list[int]:
    """Positions of INDEX's items worth scoring against ITEM, which the index does not keep.

    ITEM is added and posted as the last item, looked up as `BlockIndex.candidates` looks up an
    item of the archive, then taken out again: the index is left as it was, word counts
    included, so one index answers any number of queries.
    """
    pos = len(index)
    index.add([item])
    index.post()
    try:
        return index.candidates(pos)
    finally:
        _remove_last(index)


def _remove_last(index: BlockIndex) -> None:
    """Undo `add` and `post` of the last item (every posting's last position is that item)."""
    pos = len(index.items) - 1
    item = index.items.pop()
    kind = item.item.kind
    df = index.df[kind]
    for stem in item.stems:
        df[stem] -= 1
        if not df[stem]:
            del df[stem]
    index.count[kind] -= 1
    for postings, keys in (
        (index.postings[kind], index._keys.pop()),
        (index.piece_postings, index._piece_posted.pop()),
    ):
        for key in keys:
            posting = postings[key]
            posting.pop()
            if not posting:
                del postings[key]
    index._piece_query.pop()
    index._nkeys.pop()
    index._floor.pop()
    index._floor_np = index._floor_np[:pos]
    index._posted = pos

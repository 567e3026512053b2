"""Sets of values, one per item, as sorted integer ids in one flat array, and what pairs share.

`screening` asks, for hundreds of thousands of candidate pairs at a time, which words, names and
numbers both items of a pair hold. A Python loop over frozensets costs about a microsecond a
pair for each question; here each value is given an integer id once, an item's set is a run of
sorted ids, and the shared values of every pair are found by one binary search over arrays.
"""

from __future__ import annotations

from array import array
from collections.abc import Hashable, Iterable

import numpy as np
import numpy.typing as npt

Ints = npt.NDArray[np.int64]


class IdSets:
    """One set of hashable values per position, appended in order; values are given ids as
    they are first seen (`ids`)."""

    def __init__(self) -> None:
        self.ids: dict[Hashable, int] = {}
        """Each value seen, by its id (ids count from 0 in the order values are first seen)."""
        self.values: list[Hashable] = []
        """Each value seen, at its id."""
        self._flat = array("i")
        self._starts = array("q", [0])
        self._arrays: tuple[npt.NDArray[np.int32], Ints] | None = None

    def __len__(self) -> int:
        return len(self._starts) - 1

    def append(self, values: Iterable[Hashable]) -> None:
        """Add the set of VALUES at the next position."""
        ids, seen = self.ids, self.values
        found = set()
        for value in values:
            got = ids.get(value)
            if got is None:
                got = ids[value] = len(seen)
                seen.append(value)
            found.add(got)
        self._flat.extend(sorted(found))
        self._starts.append(len(self._flat))
        self._arrays = None

    def truncate(self, size: int) -> None:
        """Keep the first SIZE positions (the ids given stay given)."""
        if size < len(self):
            del self._flat[self._starts[size] :]
            del self._starts[size + 1 :]
            self._arrays = None

    def arrays(self) -> tuple[npt.NDArray[np.int32], Ints]:
        """Every set's ids one after the other, and where each position's set starts (and the
        last one ends)."""
        if self._arrays is None:
            self._arrays = (
                np.frombuffer(self._flat, dtype=np.int32).copy(),
                np.frombuffer(self._starts, dtype=np.int64).copy(),
            )
        return self._arrays

    def sizes(self, positions: Ints) -> Ints:
        """How many values the set at each of POSITIONS holds."""
        _, starts = self.arrays()
        return starts[positions + 1] - starts[positions]

    def shared(self, a: Ints, b: Ints) -> tuple[Ints, Ints]:
        """The values both sets of each pair (A, B) of positions hold: the pair's index and the
        value's id, one entry a shared value, pairs in order."""
        flat, starts = self.arrays()
        if not len(a):
            return a[:0], a[:0]
        # Every value of each pair's B side, with its pair.
        pair, values = _runs(flat, starts, b)
        # Looked up among the A sides' values, as one sorted array of (position, id) keys.
        width = max(len(self.ids), 1)
        sides = np.unique(a)
        owner, own = _runs(flat, starts, sides)
        keys = sides[owner] * width + own
        wanted = a[pair] * width + values
        if not len(keys):
            return pair[:0], values[:0]
        at = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
        hit = keys[at] == wanted
        return pair[hit], values[hit]

    def members(self, positions: Ints) -> tuple[Ints, Ints]:
        """The ids of the sets at POSITIONS one after the other, each with its index in
        POSITIONS."""
        flat, starts = self.arrays()
        return _runs(flat, starts, positions)

    def shared_counts(self, a: Ints, b: Ints) -> Ints:
        """How many values both sets of each pair (A, B) of positions hold."""
        pair, _ = self.shared(a, b)
        return np.bincount(pair, minlength=len(a)).astype(np.int64)


def _runs(flat: npt.NDArray[np.int32], starts: Ints, positions: Ints) -> tuple[Ints, Ints]:
    """The ids of the sets at POSITIONS one after the other, each with its index in POSITIONS."""
    counts = starts[positions + 1] - starts[positions]
    index = np.repeat(np.arange(len(positions), dtype=np.int64), counts)
    offsets = np.arange(len(index), dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)
    return index, flat[np.repeat(starts[positions], counts) + offsets].astype(np.int64)

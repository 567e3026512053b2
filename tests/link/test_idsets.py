"""Sets as integer ids: what pairs share is what Python's sets say they share."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from factdb.link.idsets import IdSets

sets = st.lists(st.frozensets(st.sampled_from("abcdefgh") | st.integers(0, 5)), max_size=12)


@settings(max_examples=300, deadline=None)
@given(sets, st.data())
def test_shared_is_the_intersection(values: list[frozenset[object]], data: st.DataObject) -> None:
    idsets = IdSets()
    for one in values:
        idsets.append(one)
    if not values:
        return
    position = st.integers(0, len(values) - 1)
    pairs = data.draw(st.lists(st.tuples(position, position), max_size=30))
    a = np.array([p for p, _ in pairs], dtype=np.int64)
    b = np.array([q for _, q in pairs], dtype=np.int64)
    pair, ids = idsets.shared(a, b)
    got: list[set[object]] = [set() for _ in pairs]
    for k, i in zip(pair.tolist(), ids.tolist(), strict=True):
        got[k].add(idsets.values[i])
    assert got == [set(values[p] & values[q]) for p, q in pairs]
    assert idsets.shared_counts(a, b).tolist() == [len(values[p] & values[q]) for p, q in pairs]
    assert idsets.sizes(a).tolist() == [len(values[p]) for p in a.tolist()]


def test_truncate_drops_the_last_sets() -> None:
    idsets = IdSets()
    for one in ({"x", "y"}, {"y"}, {"x", "z"}):
        idsets.append(one)
    idsets.truncate(2)
    idsets.append({"y", "z"})
    pair, ids = idsets.shared(np.array([2, 2]), np.array([0, 1]))
    assert [(k, idsets.values[i]) for k, i in zip(pair, ids, strict=True)] == [(0, "y"), (1, "y")]

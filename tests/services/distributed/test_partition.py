"""The partition the dask engine relies on: each kind's own block index gives its items the
candidates, in the same order, that the index of every item gives them; and the ids a spec
carries come back as they went."""

from __future__ import annotations

from datetime import date

import pytest

from factdb.link import LinkItem
from factdb.link.linker import build_index
from factdb.services.distributed.tasks import pack_ids, unpack_ids
from factdb.vocab import LinkKind
from tests.services.distributed.test_dask_engine import synthetic


def items() -> list[LinkItem]:
    """The synthetic articles as the linker's items, quotes and claims numbered apart."""
    found: list[LinkItem] = []
    ids = {LinkKind.QUOTE: 0, LinkKind.CLAIM: 0}
    for article, (quotes, claims) in enumerate(synthetic(seed=5), 1):
        for text, speaker in quotes:
            ids[LinkKind.QUOTE] += 1
            found.append(
                LinkItem(
                    ids[LinkKind.QUOTE],
                    LinkKind.QUOTE,
                    article,
                    text,
                    speaker,
                    published=date(2024, 1, 1 + article % 28),
                )
            )
        for claim in claims:
            ids[LinkKind.CLAIM] += 1
            found.append(
                LinkItem(
                    ids[LinkKind.CLAIM],
                    LinkKind.CLAIM,
                    article,
                    claim.sentence,
                    value=claim.value,
                    unit=claim.unit,
                    quantity=claim.quantity,
                )
            )
    return found


@pytest.mark.parametrize("stored_share", [0.0, 0.5])
def test_each_kind_alone_has_the_candidates_of_all_items(stored_share: float) -> None:
    every = items()
    cut = int(len(every) * stored_share)
    # As `linking` hands them over: stored quotes, stored claims, new quotes, new claims.
    stored = sorted(every[:cut], key=lambda i: i.kind is LinkKind.CLAIM)
    new = sorted(every[cut:], key=lambda i: i.kind is LinkKind.CLAIM)
    together, _ = build_index(stored, new)
    compared = 0
    for kind in LinkKind:
        positions = [p for p, i in enumerate(together.items) if i.item.kind is kind]
        alone, _ = build_index(
            [i for i in stored if i.kind is kind], [i for i in new if i.kind is kind]
        )
        assert [p.item for p in alone.items] == [together.items[p].item for p in positions]
        place = {theirs: mine for mine, theirs in enumerate(positions)}
        for mine, theirs in enumerate(positions):
            expected = [place[c] for c in together.candidates(theirs)]
            assert alone.candidates(mine) == expected
            compared += len(expected)
    assert compared > 1000


@pytest.mark.parametrize("ids", [[], [1], [3, 4, 5, 900, 901, 2**40]])
def test_packed_ids_come_back(ids: list[int]) -> None:
    assert unpack_ids(pack_ids(ids)) == ids

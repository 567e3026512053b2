"""find_links: candidates through the block index, once per pair, incremental, cancellable."""

from __future__ import annotations

import multiprocessing
import os
import threading
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdb.errors import CancelledError, WorkerError
from factdb.link import LinkItem, LinkStats, find_links, linker, score_pair
from factdb.link.blocking import BlockIndex, quantity_key
from factdb.link.scoring import prepare
from factdb.vocab import LinkKind

TOPICS = [
    "the central bank raised interest rates again to curb stubborn inflation",
    "volunteers rebuilt the flooded library with donated books and timber",
    "the striker scored twice as the home team won the derby in extra time",
    "engineers found cracks in the old bridge and closed it to heavy lorries",
    "the minister promised cheaper trains for commuters in the northern towns",
]


def archive() -> list[LinkItem]:
    """Three articles that each report every topic, reworded a little, plus a claim pair."""
    items: list[LinkItem] = []
    for article in range(3):
        for n, text in enumerate(TOPICS):
            words = text.split()
            if article == 1:
                words = words[1:]  # trimmed
            if article == 2:
                words[3], words[4] = words[4], words[3]  # reordered
            items.append(
                LinkItem(len(items) + 1, LinkKind.QUOTE, article, " ".join(words), f"Speaker {n}")
            )
    sentence = "Japan will buy missiles with a range of {} km from the United States"
    items.append(LinkItem(100, LinkKind.CLAIM, 0, sentence.format("1,000"), value=1e6, unit="m"))
    items.append(LinkItem(101, LinkKind.CLAIM, 1, sentence.format("1,200"), value=1.2e6, unit="m"))
    return items


def brute_force(items: list[LinkItem]) -> set[tuple[int, int]]:
    return {
        (min(a.id, b.id), max(a.id, b.id))
        for a, b in combinations(items, 2)
        if a.kind is b.kind and a.article_id != b.article_id and score_pair(a, b).link
    }


def pairs(found: object) -> list[tuple[int, int]]:
    return sorted((p.a_id, p.b_id) for p in found)  # type: ignore[attr-defined]


def test_finds_what_brute_force_finds_once_each() -> None:
    items = archive()
    stats = LinkStats()
    found = pairs(find_links(items, stats=stats))
    assert len(found) == len(set(found))
    assert set(found) == brute_force(items)
    assert (100, 101) in found and stats.conflicts >= 1
    assert stats.candidates < len(items) * (len(items) - 1) / 2


def test_incremental_equals_full() -> None:
    items = archive()
    old, new = items[:5] + items[-2:-1], items[5:-2] + items[-1:]
    incremental = pairs(find_links(new, old))
    full = pairs(find_links(items))
    assert incremental == full
    # Pairs of two stored items are not compared again.
    old_ids = {i.id for i in old}
    assert not any(a in old_ids and b in old_ids for a, b in incremental)


@pytest.mark.parametrize("workers", [2, 3])
def test_workers_find_the_same_pairs(monkeypatch: pytest.MonkeyPatch, workers: int) -> None:
    monkeypatch.setattr(linker, "CHUNK", 2)  # several chunks, so the workers are really used
    items = archive()
    assert pairs(find_links(items, workers=workers)) == pairs(find_links(items))


def test_a_failing_worker_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(linker, "CHUNK", 1)
    parent, score = os.getpid(), linker._score_chunk
    # The parent scores only once the child has taken a job, so that on a loaded machine the
    # parent cannot take every job before the child starts (and no worker would fail).
    child_started = multiprocessing.get_context("fork").Event()

    def fail_in_a_child(job: linker.Job) -> linker.Result:
        if os.getpid() != parent:
            child_started.set()
            raise RuntimeError("worker broke")
        child_started.wait(timeout=60)
        return score(job)

    monkeypatch.setattr(linker, "_score_chunk", fail_in_a_child)
    with pytest.raises(WorkerError, match="worker broke"):
        list(find_links(archive(), workers=2))


def test_cancel_stops_the_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(linker, "CHUNK", 1)
    cancel = threading.Event()
    with pytest.raises(CancelledError):
        list(find_links(archive(), workers=2, cancel=cancel, progress=lambda d, t: cancel.set()))
    assert not multiprocessing.active_children()


def test_progress_and_cancel() -> None:
    seen: list[tuple[int, int]] = []
    list(find_links(archive(), progress=lambda done, total: seen.append((done, total))))
    assert seen[-1] == (17, 17)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(CancelledError):
        list(find_links(archive(), cancel=cancel))


def test_a_late_item_finds_an_earlier_one_by_words_new_when_it_came() -> None:
    index = BlockIndex(keys_per_item=2)
    first = prepare(LinkItem(1, LinkKind.QUOTE, 1, "zebra crossings painted near the school"))
    index.add([first])
    index.post()
    # Alone, no word was seen before: the first item looks nothing up, and names its rarest.
    assert index.forward_keys(0) == ()
    assert index.candidates(0) == []
    late = prepare(LinkItem(2, LinkKind.QUOTE, 2, "zebra crossings painted near schools"))
    new = index.add([late])
    index.post()
    assert index.candidates(new.start) == [0]


def test_candidates_are_earlier_items_only() -> None:
    items = [prepare(item) for item in archive()]
    index = BlockIndex()
    index.add(items)
    index.post()
    for pos in range(len(items)):
        assert all(other < pos for other in index.candidates(pos))


def test_claims_of_one_amount_meet_through_their_quantity() -> None:
    # The filler words are common across the archive, so no rarity ranking picks them as keys
    # for both sides; what the two claims share is "2 people" and the word "landslide".
    filler = [f"report{i} village{i} rescue{i} valley{i} river{i}" for i in range(40)]
    common = " ".join(f"common{j}" for j in range(8))
    index = BlockIndex(keys_per_item=2, claim_lookup_share=0.01)
    crowd = [
        prepare(LinkItem(10 + i, LinkKind.CLAIM, 10 + i, f"{common} 2 people and {text}",
                         value=3.0, unit="people"))
        for i, text in enumerate(filler)
    ]  # fmt: skip
    a = prepare(LinkItem(1, LinkKind.CLAIM, 1, f"landslide {common} 2 people {filler[0]}",
                         value=2.0, unit="people"))  # fmt: skip
    b = prepare(LinkItem(2, LinkKind.CLAIM, 2, f"the landslide killed 2 people {filler[1]}",
                         value=2.0, unit="people"))  # fmt: skip
    index.add([*crowd, a, b])
    index.post()
    pos_a, pos_b = len(crowd), len(crowd) + 1
    assert quantity_key(a) == quantity_key(b) != quantity_key(crowd[0])
    assert pos_a in index.candidates(pos_b)


@pytest.mark.parametrize("long_first", [True, False])
def test_a_short_claim_and_a_long_one_meet_whichever_comes_first(long_first: bool) -> None:
    # The long claim's rarest words are its own ("aaone" ...); it shares "yyword" and "zzword"
    # with the short one, which a ranking by rarity puts last (ties go alphabetically). Coming
    # later, the short one looks them up; coming earlier, it names them for the long one.
    crowd = [f"people filler{i} more{i}" for i in range(37)]
    crowd += ["people aaone other", "people aatwo other", "people aathree other"]
    items = [
        prepare(LinkItem(10 + i, LinkKind.CLAIM, 10 + i, text, value=5.0, unit="people"))
        for i, text in enumerate(crowd)
    ]
    long = prepare(LinkItem(1, LinkKind.CLAIM, 1, "aaone aatwo aathree yyword zzword people 2",
                            value=2.0, unit="people"))  # fmt: skip
    short = prepare(LinkItem(2, LinkKind.CLAIM, 2, "yyword zzword people 3", value=3.0,
                             unit="people"))  # fmt: skip
    index = BlockIndex(keys_per_item=3)
    pair = [long, short] if long_first else [short, long]
    index.add([*items, *pair])
    index.post()
    assert len(items) in index.candidates(len(items) + 1)


WORDS = [f"{stem}{n}" for stem in ("defend", "budget", "river", "strike") for n in range(10)]


@st.composite
def _archives(draw: st.DrawFn) -> list[LinkItem]:
    """Items of a few articles, often repeating each other's words, some more than others."""
    common = st.sampled_from(WORDS[:8])
    word = st.one_of(common, common, st.sampled_from(WORDS))
    texts = draw(st.lists(st.lists(word, min_size=3, max_size=14), min_size=2, max_size=40))
    return [
        LinkItem(n + 1, LinkKind.QUOTE, draw(st.integers(1, 5)), " ".join(words))
        for n, words in enumerate(texts)
    ]


@settings(max_examples=100, deadline=None)
@given(items=_archives(), data=st.data())
def test_linking_in_two_batches_equals_one_run(items: list[LinkItem], data: st.DataObject) -> None:
    cut = data.draw(st.integers(0, len(items)))
    first = pairs(find_links(items[:cut]))
    second = pairs(find_links(items[cut:], items[:cut]))
    assert sorted(first + second) == pairs(find_links(items))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.integers(0, 40), unique=True), max_size=6), st.integers(0, 45))
def test_blocking_counts_each_position_by_the_postings_holding_it(
    postings: list[list[int]], stop: int
) -> None:
    from array import array

    from factdb.link.blocking import _count

    found, counts = _count([array("i", sorted(p)) for p in postings] + [None], stop)
    cut = [[x for x in p if x < stop] for p in postings]
    want = sorted({x: sum(x in p for p in cut) for p in cut for x in p}.items())
    assert list(zip(found.tolist(), counts.tolist(), strict=True)) == want


def test_screened_pairs_are_scored_without_could_link(monkeypatch: pytest.MonkeyPatch) -> None:
    # After the screen `could_link` passes nearly every pair, and its text is the score's.
    def refuse(*_: object, **__: object) -> bool:
        raise AssertionError("could_link called after the screen")

    monkeypatch.setattr(linker, "could_link", refuse)
    assert pairs(find_links(archive())) == sorted(brute_force(archive()))

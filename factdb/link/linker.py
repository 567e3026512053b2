"""The linker: each new item against the items before it, through the block index, in parallel."""

from __future__ import annotations

import gc
import multiprocessing
import queue
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from factdb.errors import CancelledError, WorkerError
from factdb.link.blocking import BlockIndex
from factdb.link.records import LinkItem, LinkStats, ScoredPair
from factdb.link.scoring import (
    DEFAULT_THRESHOLD,
    NO_SCORES,
    Known,
    could_link,
    prepare,
    score_prepared,
)
from factdb.link.screening import Screen

Progress = Callable[[int, int], None]
"""Called as `progress(done, total)` with the number of new items compared so far."""
CHUNK = 1000
SCREEN = True
"""Whether a chunk's candidates are screened together (`screening`) before they are scored."""
_INDEX: BlockIndex | None = None
"""The index a forked worker inherits; set only around a pool's lifetime."""
_SCREEN: Screen | None = None
"""The screen over `_INDEX`'s items, inherited likewise."""
_SCREENS: weakref.WeakKeyDictionary[BlockIndex, Screen] = weakref.WeakKeyDictionary()
"""Each index's screen, kept while the index lives: a pass over part of an index (the
distributed engine links an index part by part) reads only the items added since the last."""


def find_links(
    new_items: Iterable[LinkItem],
    stored_items: Iterable[LinkItem] = (),
    *,
    threshold: float = DEFAULT_THRESHOLD,
    workers: int = 1,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
    stats: LinkStats | None = None,
) -> Iterator[ScoredPair]:
    """Pairs of different articles, each new item against the items before it, at THRESHOLD.

    STORED_ITEMS come first and NEW_ITEMS after them, each in the order they arrived (by id):
    an item is compared with the items before it, so linking the new items now finds what
    linking them with the stored ones in one pass would (see `blocking`). Each unordered pair
    comes once, side `a` holding the smaller id. CANCEL is checked between chunks of new items
    and stops the pass with `CancelledError`.
    """
    index, new = build_index(stored_items, new_items)
    yield from link_new(
        index,
        new,
        threshold=threshold,
        workers=workers,
        cancel=cancel,
        progress=progress,
        stats=stats,
    )


def build_index(
    stored_items: Iterable[LinkItem], new_items: Iterable[LinkItem]
) -> tuple[BlockIndex, range]:
    """An index of every item, posted, and the positions of the new ones in it."""
    # Building makes millions of objects that live as long as the index: the cyclic
    # collector would scan them over and over for nothing.
    enabled = gc.isenabled()
    gc.disable()
    try:
        index = BlockIndex()
        index.add(prepare(item) for item in stored_items)
        new = index.add(prepare(item) for item in new_items)
        index.post()
    finally:
        if enabled:
            gc.enable()
    return index, new


def link_new(
    index: BlockIndex,
    new: range,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    workers: int = 1,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
    stats: LinkStats | None = None,
) -> Iterator[ScoredPair]:
    """Link the items at positions NEW of a posted INDEX against the items before each."""
    stats = stats if stats is not None else LinkStats()
    stats.items = len(index)
    chunks = [range(s, min(s + CHUNK, new.stop)) for s in range(new.start, new.stop, CHUNK)]
    jobs = [(c.start, c.stop, threshold) for c in chunks]
    done = 0
    for queried, candidates, pairs in _run(index, jobs, workers, cancel):
        done += queried
        stats.queried += queried
        stats.candidates += candidates
        for pair in pairs:
            stats.links += 1
            stats.conflicts += pair.match.relation == "conflict"
            yield pair
        if progress is not None:
            progress(done, len(new))


Job = tuple[int, int, float]
Result = tuple[int, int, list[ScoredPair]]


def _run(
    index: BlockIndex, jobs: list[Job], workers: int, cancel: threading.Event | None
) -> Iterator[Result]:
    global _INDEX, _SCREEN
    _INDEX = index
    _SCREEN = _SCREENS.get(index)
    if _SCREEN is None:
        _SCREEN = _SCREENS[index] = Screen(index.items)
    _SCREEN.refresh()
    try:
        if workers <= 1 or len(jobs) <= 1 or "fork" not in multiprocessing.get_all_start_methods():
            for job in jobs:
                _check(cancel)
                yield _score_chunk(job)
            return
        # Workers inherit the index by forking; freezing the heap keeps the collector
        # from touching (and so copying) every inherited page.
        gc.freeze()
        yield from _run_forked(jobs, workers, cancel)
    finally:
        _INDEX = None
        _SCREEN = None
        gc.unfreeze()


_NEXT: Any = None
"""The position of the next job to take, shared with the forked workers."""


def _run_forked(jobs: list[Job], workers: int, cancel: threading.Event | None) -> Iterator[Result]:
    """JOBS scored by this process and WORKERS - 1 forked ones, each taking the next job free.

    This process is one of the workers: a child's copy of the index (pages copied as it
    touches them) is as large as the index, so one child fewer is one copy fewer.
    """
    global _NEXT
    context = multiprocessing.get_context("fork")
    _NEXT = context.Value("i", 0)
    results: Any = context.Queue()
    children = [
        context.Process(target=_child, args=(jobs, results), daemon=True)
        for _ in range(workers - 1)
    ]
    for child in children:
        child.start()
    running = len(children)
    try:
        while (job := _take(jobs)) is not None:
            _check(cancel)
            yield _score_chunk(job)
            while running:
                try:
                    result = results.get_nowait()
                except queue.Empty:
                    break
                running -= result is None
                if result is not None:
                    yield _unpack(result)
        while running:
            result = results.get()
            _check(cancel)
            running -= result is None
            if result is not None:
                yield _unpack(result)
    finally:
        with _NEXT.get_lock():
            _NEXT.value = len(jobs)  # the children stop after the chunk they are scoring
        for child in children:
            if child.is_alive():
                child.terminate()
            child.join()
        results.close()
        _NEXT = None


def _take(jobs: list[Job]) -> Job | None:
    """The next job no process has taken, or None."""
    with _NEXT.get_lock():
        position: int = _NEXT.value
        if position >= len(jobs):
            return None
        _NEXT.value = position + 1
    return jobs[position]


def _child(jobs: list[Job], results: Any) -> None:
    """A forked worker: score jobs until none is left, then put None."""
    try:
        while (job := _take(jobs)) is not None:
            results.put(_score_chunk(job))
    except BaseException as error:  # handed to the parent, which raises it
        results.put(_Failed(repr(error)))
    results.put(None)


@dataclass(frozen=True, slots=True)
class _Failed:
    """A worker's error, raised again in the parent."""

    error: str


def _unpack(result: Result | _Failed) -> Result:
    if isinstance(result, _Failed):
        raise WorkerError(f"a linking worker failed: {result.error}")
    return result


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise CancelledError("linking cancelled")


def _score_chunk(job: Job) -> Result:
    start, stop, threshold = job
    index, screen = _INDEX, _SCREEN
    assert index is not None and screen is not None
    items = index.items
    pairs: list[ScoredPair] = []
    # Candidates are earlier items only: each pair is scored once, from its later side.
    queries = [
        (pos, screen.other_articles(pos, index.candidate_array(pos))) for pos in range(start, stop)
    ]
    candidates = sum(len(found) for _, found in queries)
    kept: list[list[tuple[int, Known]]]
    if SCREEN:
        kept = screen.screen_many(queries, threshold)
    else:
        kept = [[(o, NO_SCORES) for o in found.tolist()] for _, found in queries]
    for (pos, _), screened in zip(queries, kept, strict=True):
        query = items[pos]
        for other, known in screened:
            cand = items[other]
            # The scorers the screen ran on the pair are not run again. After the screen,
            # `could_link` passes nearly every pair it is given (57,300 of 58,847 on 3,000
            # archive articles) and its text is `score_prepared`'s: the pair is scored at once.
            if not SCREEN and not could_link(query, cand, threshold, known):
                continue
            match = score_prepared(query, cand, threshold, known)
            if match.link:
                a, b = sorted((query.item.id, cand.item.id))
                pairs.append(ScoredPair(query.item.kind, a, b, match))
    return stop - start, candidates, pairs

"""Benchmark of the linker on a synthetic archive: time, peak memory and recall against brute force.

Run from the repository root, for example:

    .venv/bin/python bench/bench_link.py --sizes 10000 100000 1000000 --workers 2

The archive is news-like: articles of `ARTICLE_ITEMS` quotes and claims whose words follow a
Zipf law over a generated vocabulary, with speakers, dates and numbers with units. A share
of items are variants of an earlier item in another article: reworded (words replaced,
dropped or swapped), trimmed (a quote cut to a part), embedded (a clause of it inside a longer
sentence, after a comma), re-attributed (another speaker) or,
for claims, with a changed number. For each size it prints the time to link everything
from scratch, the peak memory, the time to link one more article against the whole index,
and the recall of the pairs that brute-force scoring finds on a sample of items. Brute force
is exact: the text term is at most the weighted sum of each scorer or `ratio`, whichever is
larger, and the other terms add at most `terms_bound` (see `factdb.link.scoring`), so every item
is screened with that bound (RapidFuzz's C loop for `ratio` and `token_set_ratio`) and only
items that could reach the threshold, or whose clauses may match on their own, are scored in
full.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(1, str(Path(__file__).resolve().parent))


from factdb.link import normalize as nz
from factdb.link.agreement import date_gap, polled
from factdb.link.blocking import BlockIndex
from factdb.link.commonplace import two_fillings
from factdb.link.linker import build_index, link_new
from factdb.link.records import LinkItem, LinkStats
from factdb.link.scoring import (
    DEFAULT_THRESHOLD,
    SHORT_WORDS,
    STRICT_WEIGHTS,
    WEIGHTS,
    WHOLE_WORDS,
    Prepared,
    may_match_locally,
    prepare,
    quoted_words,
    same_person,
    score_prepared,
    terms_bound,
    word_overlap,
)
from factdb.vocab import LinkKind

ARTICLE_ITEMS = 25
Scorer = Any
VARIANT_SHARE = 0.15
CLAUSE_BREAK = 0.06
FUNCTION = [
    "the",
    "a",
    "of",
    "to",
    "in",
    "and",
    "that",
    "for",
    "on",
    "with",
    "as",
    "by",
    "at",
    "from",
    "is",
    "was",
    "will",
    "has",
    "said",
]
UNITS = ["km", "USD", "percent", "people", "tonnes", "years"]
CONSONANTS = "bbccddffgghjkllmmnnnppqrrrsssstttttvwxyz"
VOWELS = "aaaeeeeiiioouuy"
ZIPF_OFFSET = 30


class Archive:
    """A generator of synthetic items, reproducible from a seed.

    Word frequencies follow a Zipf-Mandelbrot law (rank offset `ZIPF_OFFSET`), so that the
    commonest content word is in a few per cent of sentences as in news text; each article has
    a topic, a set of mid-frequency words that a third of its words come from, so articles on
    one topic share vocabulary as real coverage of one event does.
    """

    def __init__(self, seed: int = 7, vocabulary: int = 80000, topics: int = 5000) -> None:
        self.rng = random.Random(seed)
        words = {self._word() for _ in range(vocabulary * 2)}
        self.vocab = sorted(words)[:vocabulary]
        self.rng.shuffle(self.vocab)
        self.cum = list(accumulate(1.0 / (r + ZIPF_OFFSET) ** 1.1 for r in range(vocabulary)))
        middle = self.vocab[500:20000]
        self.topics = [self.rng.sample(middle, 30) for _ in range(topics)]
        self.speakers = [f"{self._word().title()} {self._word().title()}" for _ in range(20000)]
        self.items: list[LinkItem] = []

    def _word(self) -> str:
        letters = [
            self.rng.choice(CONSONANTS if i % 2 == 0 else VOWELS)
            for i in range(self.rng.randint(3, 10))
        ]
        return "".join(letters)

    def _sentence(self, topic: list[str]) -> list[str]:
        out: list[str] = []
        for _ in range(self.rng.randint(6, 18)):
            if self.rng.random() < 0.5:
                out.append(self.rng.choice(FUNCTION))
            if self.rng.random() < 0.3:
                out.append(self.rng.choice(topic))
            else:
                out.append(self.rng.choices(self.vocab, cum_weights=self.cum)[0])
            if self.rng.random() < CLAUSE_BREAK:
                out[-1] += ","
        return out

    def generate(self, n: int) -> list[LinkItem]:
        """Append N items in articles of ARTICLE_ITEMS and return them."""
        start = len(self.items)
        while len(self.items) < start + n:
            article = len(self.items) // ARTICLE_ITEMS + 1
            published = date(2022, 1, 1) + timedelta(days=self.rng.randint(0, 900))
            topic = self.rng.choice(self.topics)
            speakers = self.rng.sample(self.speakers, 3)
            earlier = len(self.items)
            for _ in range(ARTICLE_ITEMS):
                item_id = len(self.items) + 1
                if earlier and self.rng.random() < VARIANT_SHARE:
                    base = self.items[self.rng.randrange(earlier)]
                    item = self._variant(base, item_id, article, published)
                else:
                    item = self._fresh(item_id, article, published, topic, speakers)
                self.items.append(item)
        return self.items[start:]

    def _fresh(
        self, item_id: int, article: int, published: date, topic: list[str], speakers: list[str]
    ) -> LinkItem:
        words = self._sentence(topic)
        speaker = self.rng.choice(speakers) if self.rng.random() < 0.8 else None
        if self.rng.random() < 0.3:
            value = float(self.rng.choice([1, 2, 5, 12, 40, 150, 1000, 2500, 70000]))
            unit = self.rng.choice(UNITS)
            words.insert(self.rng.randrange(len(words)), f"{value:,.0f} {unit}")
            return LinkItem(
                item_id,
                LinkKind.CLAIM,
                article,
                " ".join(words),
                speaker,
                value=value,
                unit=unit,
                published=published,
            )
        return LinkItem(
            item_id, LinkKind.QUOTE, article, " ".join(words), speaker, published=published
        )

    def _variant(self, base: LinkItem, item_id: int, article: int, published: date) -> LinkItem:
        words = base.text.split()
        kind = self.rng.random()
        speaker, value = base.speaker, base.value
        if kind < 0.5:  # reworded
            for _ in range(self.rng.randint(1, 4)):
                i = self.rng.randrange(len(words))
                op = self.rng.random()
                if op < 0.4:
                    words[i] = self.rng.choices(self.vocab, cum_weights=self.cum)[0]
                elif op < 0.7 and len(words) > 6:
                    del words[i]
                elif i + 1 < len(words):
                    words[i], words[i + 1] = words[i + 1], words[i]
        elif kind < 0.65:  # trimmed
            keep = self.rng.randint(max(5, len(words) * 6 // 10), len(words))
            first = self.rng.randint(0, len(words) - keep)
            words = words[first : first + keep]
        elif kind < 0.75:  # a clause of it inside a longer sentence of the new article
            keep = min(len(words), self.rng.randint(5, 8))
            first = self.rng.randint(0, len(words) - keep)
            clause = [w.rstrip(",") for w in words[first : first + keep]]
            before = self._sentence(self.rng.choice(self.topics))[: self.rng.randint(3, 8)]
            words = [*before[:-1], before[-1].rstrip(",") + ",", *clause]
        elif kind < 0.87:  # re-attributed
            speaker = self.rng.choice(self.speakers)
        elif base.value is not None:  # changed number
            value = base.value * 1.2
            words = [f"{value:,.0f}" if w == f"{base.value:,.0f}" else w for w in words]
        return LinkItem(
            item_id,
            base.kind,
            article,
            " ".join(words),
            speaker,
            value=value,
            unit=base.unit,
            published=published + timedelta(days=1),
        )


class MemoryWatch:
    """The peak memory of this process and its children, sampled every SECONDS in a thread.

    Forked workers share the parent's pages until they write to them, so adding up resident
    sizes counts shared pages twice; the proportional set size (Linux's `Pss`, each shared page
    divided among the processes mapping it) adds up to what the machine really holds. Where
    /proc has no `smaps_rollup`, this process's peak resident size plus its largest child's is
    reported instead (an overestimate).
    """

    def __init__(self, seconds: float = 0.2) -> None:
        self.seconds = seconds
        self.peak_kb = 0
        self.exact = Path(f"/proc/{os.getpid()}/smaps_rollup").exists()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> MemoryWatch:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        while True:
            self.peak_kb = max(self.peak_kb, _tree_pss_kb(os.getpid()) if self.exact else 0)
            if self._stop.wait(self.seconds):
                return

    @property
    def peak_mb(self) -> float:
        """The peak in MB."""
        if self.exact:
            return self.peak_kb / 1024
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        return (own + child) / 1024


def _tree_pss_kb(pid: int) -> int:
    """The summed Pss of PID and its descendants, in KB."""
    total = 0
    for proc in _tree(pid):
        try:
            with open(f"/proc/{proc}/smaps_rollup", encoding="ascii") as rollup:
                total += sum(int(line.split()[1]) for line in rollup if line.startswith("Pss:"))
        except OSError:
            pass  # a child that has just ended
    return total


def _tree(pid: int) -> list[int]:
    found = [pid]
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as children:
                for child in children.read().split():
                    found += _tree(int(child))
    except OSError:
        pass
    return found


_BRUTE: tuple[list[Prepared], list[str], float] | None = None
NEAR_ROWS = 2000
"""Rows of one brute-force block in `near_duplicates`."""
NEAR_WORDS = 3
"""Content words (stems) an item needs to count in `near_duplicates`."""
Pair = tuple[str, int, int]
"""A linked pair as the benchmark compares them: kind, lower id, higher id (quote and claim
ids are counted apart, so a quote and a claim may share one)."""


def _all_scores(scorer: Scorer, query: str, choices: list[str]) -> Any:
    """SCORER of QUERY against every choice, as a NumPy array (RapidFuzz's C loop)."""
    return process.cdist([query], choices, scorer=scorer, dtype=np.float32)[0]


def _brute_one(pos: int) -> set[Pair]:
    assert _BRUTE is not None
    items, norms, threshold = _BRUTE
    query = items[pos]
    # Only items of the same kind from other articles can pair with the query.
    others = [
        i
        for i, other in enumerate(items)
        if other.item.kind is query.item.kind and other.item.article_id != query.item.article_id
    ]
    choices = [norms[i] for i in others]
    # text <= sum of weight * max(scorer, ratio): shrinking only lowers a lenient scorer; the
    # terms add at most `terms_bound`.
    need = (
        threshold
        - 0.01
        - np.fromiter((terms_bound(query, items[i]) for i in others), np.float32, len(others))
    )
    ratio = _all_scores(fuzz.ratio, query.norm, choices)
    token_set = _all_scores(fuzz.token_set_ratio, query.norm, choices)
    overlap = np.fromiter(
        (word_overlap(query.stems, items[i].stems) for i in others), np.float32, len(others)
    )
    bound = (
        WEIGHTS["ratio"] * ratio
        + WEIGHTS["token_set_ratio"] * np.maximum(token_set, ratio)
        + WEIGHTS["content_overlap"] * np.maximum(overlap, ratio)
    )
    # text mixes the lenient sum above with the strict one (`scoring.combine_text`): it is at
    # most the larger of the two
    token_sort = _all_scores(fuzz.token_sort_ratio, query.norm, choices)
    strict = (
        STRICT_WEIGHTS["ratio"] * ratio
        + STRICT_WEIGHTS["token_sort_ratio"] * token_sort
        + STRICT_WEIGHTS["content_overlap"] * overlap
        + STRICT_WEIGHTS["token_set_ratio"] * token_set
    )
    # A pair whose segments may match (see `scoring.local_match`), or one of whose quotes marks
    # words the other writes (`scoring.quoted_words`), escapes this bound: it is scored in
    # full, as `could_link` does.
    local = np.fromiter(
        (
            may_match_locally(query, items[i]) or quoted_words(query, items[i]) is not None
            for i in others
        ),
        bool,
        len(others),
    )
    w_partial = WEIGHTS["partial_ratio"]
    open_ = np.flatnonzero((bound + w_partial * 100 >= need) | (strict >= need) | local)
    partial = _all_scores(fuzz.partial_ratio, query.norm, [choices[i] for i in open_])
    partial = np.maximum(partial, ratio[open_])
    best = np.maximum(bound[open_] + w_partial * partial, strict[open_])
    scored = open_[(best >= need[open_]) | local[open_]]
    pairs: set[Pair] = set()
    for j in scored.tolist():
        cand = items[others[j]]
        if score_prepared(query, cand, threshold).link:
            low, high = sorted((query.item.id, cand.item.id))
            pairs.add((query.item.kind.value, low, high))
    return pairs


def brute_force(
    items: list[Prepared], sample: list[int], threshold: float, workers: int
) -> set[Pair]:
    """Every pair at THRESHOLD that involves a sampled item, by exhaustive screened scoring."""
    global _BRUTE
    _BRUTE = (items, [p.norm for p in items], threshold)
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        found: set[Pair] = set()
        for pairs in pool.imap_unordered(_brute_one, sample):
            found |= pairs
    _BRUTE = None
    return found


def run(size: int, workers: int, sample_size: int, threshold: float) -> None:
    """Generate SIZE items, link them, link one more article, and check against brute force."""
    t0 = time.perf_counter()
    archive = Archive()
    items = archive.generate(size)
    t_gen = time.perf_counter() - t0
    stats = LinkStats()
    with MemoryWatch() as memory:
        t0 = time.perf_counter()
        index, everything = build_index((), items)
        t_index = time.perf_counter() - t0
        found = {
            (p.kind.value, p.a_id, p.b_id)
            for p in link_new(index, everything, threshold=threshold, workers=workers, stats=stats)
        }
        t_link = time.perf_counter() - t0
    kind = "proportional set size" if memory.exact else "resident size, children added"
    print(
        f"{size:>9,} items: generated in {t_gen:.1f} s; index {t_index:.1f} s, "
        f"linked from scratch in {t_link:.1f} s with {workers} workers "
        f"({stats.candidates:,} candidates scored, {len(found):,} links, "
        f"{stats.conflicts:,} conflicts); peak memory {memory.peak_mb:,.0f} MB ({kind})",
        flush=True,
    )
    t0 = time.perf_counter()
    new = index.add(prepare(item) for item in archive.generate(ARTICLE_ITEMS * 2))
    index.post()
    extra = list(link_new(index, new, threshold=threshold))
    t_one = time.perf_counter() - t0
    print(
        f"{'':>9}        one more article ({len(new)} items) against {len(items):,}: "
        f"{t_one * 1000:.0f} ms, {len(extra)} links",
        flush=True,
    )
    rng = random.Random(size)
    sample = rng.sample(range(len(items)), min(sample_size, len(items)))
    t0 = time.perf_counter()
    truth = brute_force(index.items[: len(items)], sample, threshold, workers)
    sampled = {(items[i].kind.value, items[i].id) for i in sample}
    kept = {p for p in found if (p[0], p[1]) in sampled or (p[0], p[2]) in sampled} & truth
    recall = len(kept) / len(truth) if truth else 1.0
    print(
        f"{'':>9}        brute force on {len(sample)} sampled items: {len(truth)} pairs, "
        f"{len(kept)} found by the linker: recall {recall:.4f} "
        f"(checked in {time.perf_counter() - t0:.0f} s)",
        flush=True,
    )


def real_items(articles: int, workers: int) -> list[LinkItem]:
    """The quotes and claims of ARTICLES real articles (`real_archive`), as the linker reads them.

    The articles are the shared archive's own (no shuffled copies while there are enough), stored
    once with `ingest` into a SQLite file kept in the temporary folder.
    """
    from real_archive import write_archive

    from factdb.services.database import Database
    from factdb.services.ingest import ingest_many
    from factdb.services.linking import stored_items
    from factdb.sources import read_paths

    folder = Path(tempfile.gettempdir())
    path = folder / f"bench-link-real-{articles}.db"
    if not path.exists():
        # Ingested under another name and renamed once whole: a run stopped halfway leaves no
        # file that a later run would take for the complete archive.
        part = path.with_suffix(".part")
        part.unlink(missing_ok=True)
        source = write_archive(folder / f"real-archive-{articles}-0.jsonl", articles)
        building = Database.open(f"sqlite:///{part}")
        try:
            ingest_many(building, read_paths([str(source)]), workers=workers)
        finally:
            building.close()
        part.rename(path)
    database = Database.open(f"sqlite:///{path}")
    try:
        with database.read() as session:
            return list(stored_items(session))
    finally:
        database.close()


def run_real(
    articles: int,
    workers: int,
    threshold: float,
    near: float | None,
    save_links: Path | None = None,
    near_file: Path | None = None,
    missed_file: Path | None = None,
) -> None:
    """Link the items of ARTICLES real articles from scratch and compare with brute force: every
    pair by exhaustive scoring, or with NEAR the near-duplicates of `near_duplicates`. With
    SAVE_LINKS, each link is written there, one a line (kind, ids, score, relation), sorted.
    With NEAR_FILE, the near-duplicates are read from that file when an earlier run on the same
    items wrote it (`load_near`), and written there otherwise. With MISSED_FILE, every
    brute-force pair not linked is written there with both texts and speakers."""
    items = real_items(articles, workers)
    stats = LinkStats()
    cpu = _cpu()
    with MemoryWatch() as memory:
        t0 = time.perf_counter()
        index, everything = build_index((), items)
        links = list(link_new(index, everything, threshold=threshold, workers=workers, stats=stats))
        t_link = time.perf_counter() - t0
    cpu = _cpu() - cpu
    found = {(p.kind.value, p.a_id, p.b_id) for p in links}
    if save_links is not None:
        rows = sorted(
            f"{p.kind.value} {p.a_id} {p.b_id} {p.match.score} {p.match.relation}" for p in links
        )
        save_links.write_text("".join(f"{row}\n" for row in rows), encoding="utf-8")
    print(
        f"{articles:,} real articles, {len(items):,} items: linked from scratch in {t_link:.1f} s "
        f"with {workers} workers ({stats.candidates:,} candidates scored, {len(found):,} links; "
        f"{cpu:.1f} s CPU, workers included); peak memory {memory.peak_mb:,.0f} MB",
        flush=True,
    )
    t0 = time.perf_counter()
    cpu_brute = _cpu()
    cached: set[Pair] | None = None
    if near is None:
        truth = brute_force(index.items, list(range(len(items))), threshold, workers)
        what = "brute force over every item"
    else:
        cached = None if near_file is None else load_near(near_file, index.items, near)
        truth = cached if cached is not None else near_duplicates(index.items, near, workers)
        if near_file is not None and cached is None:
            save_near(near_file, index.items, near, truth)
        what = f"brute-force RapidFuzz (ratio >= {near:g}) over every pair, near-duplicates"
    t_brute = time.perf_counter() - t0
    cpu_brute = _cpu() - cpu_brute
    kept = found & truth
    recall = len(kept) / len(truth) if truth else 1.0
    if near is not None and cached is not None:
        timing = "read from the file of an earlier run"
    else:
        timing = (
            f"in {t_brute:.1f} s ({cpu_brute:.1f} s CPU); linking {t_brute / t_link:.1f}x faster "
            f"by wall clock, {cpu_brute / cpu:.1f}x by CPU"
        )
    print(
        f"{'':>9} {what}: {len(truth)} pairs, {len(kept)} found by the linker: recall "
        f"{recall:.4f}; {timing}",
        flush=True,
    )
    if near is not None:
        report_occasions(index.items, truth, found)
    met = candidate_pairs(index, truth)
    print(
        f"{'':>9} recall of the blocking: {met} of the {len(truth)} brute-force pairs were "
        f"candidates ({met / len(truth) if truth else 1.0:.4f}); "
        f"{len(truth) - met} never met, so never scored",
        flush=True,
    )
    missed = truth - found
    if missed:
        lost = missed_causes(index, missed, threshold)
        print(
            f"{'':>9} of the {len(missed)} not linked, scored again with the linker's scorer: "
            f"{lost['blocking']} never candidates that it links (lost by blocking), "
            f"{lost['screening']} candidates that it links (lost by screening), "
            f"{lost['rejected']} turned down by the link score "
            f"({lost['rejected_candidates']} of them candidates, "
            f"{lost['rejected'] - lost['rejected_candidates']} never candidates)",
            flush=True,
        )
    for kind, a_id, b_id in sorted(missed)[:20]:
        print(f"{'':>9} not linked: {kind} {a_id} and {b_id}")
    if missed_file is not None:
        missed_file.write_text(describe_pairs(index.items, missed), encoding="utf-8")


def describe_pairs(items: list[Prepared], pairs: set[Pair]) -> str:
    """PAIRS written out for reading: per pair its kind, ids and `two_occasions`, then each
    side's article, date, speaker and text."""
    by_id = {(p.item.kind.value, p.item.id): p.item for p in items}
    out: list[str] = []
    why = occasions(items, pairs)
    for kind, a_id, b_id in sorted(pairs):
        reason = why[kind, a_id, b_id]
        out.append(f"{kind} {a_id} {b_id}: {reason or 'one statement retold'}")
        for item in (by_id[kind, a_id], by_id[kind, b_id]):
            out.append(f"  [{item.article_id} {item.published} {item.speaker}] {item.text}")
    return "".join(f"{line}\n" for line in out)


def _fingerprint(items: list[Prepared], cutoff: float) -> str:
    """What a saved near-duplicate list depends on: the cutoff and every item's kind, id,
    article and normalised text."""
    digest = hashlib.sha256(f"{cutoff:g}".encode())
    for p in items:
        digest.update(f"\0{p.item.kind.value}\0{p.item.id}\0{p.item.article_id}\0".encode())
        digest.update(p.norm.encode())
    return digest.hexdigest()


def save_near(path: Path, items: list[Prepared], cutoff: float, pairs: set[Pair]) -> None:
    """Write PAIRS, the near-duplicates of ITEMS at CUTOFF, to PATH for `load_near`."""
    record = {"fingerprint": _fingerprint(items, cutoff), "pairs": sorted(pairs)}
    path.write_text(json.dumps(record), encoding="utf-8")


def load_near(path: Path, items: list[Prepared], cutoff: float) -> set[Pair] | None:
    """The near-duplicates saved at PATH by `save_near`, or None when there are none or they were
    found for other items or another cutoff."""
    if not path.exists():
        return None
    record = json.loads(path.read_text(encoding="utf-8"))
    if record.get("fingerprint") != _fingerprint(items, cutoff):
        return None
    return {(str(kind), int(a), int(b)) for kind, a, b in record["pairs"]}


OCCASION_DAYS = 30
"""Days between two articles over which like words are said again, not retold (`two_occasions`);
the linker's `DATE_LATER_DAYS`."""


def two_occasions(a: Prepared, b: Prepared) -> str | None:
    """Why two near-duplicates (`near_duplicates`) are like words of two occasions, which a
    user does not want linked, or None for one statement retold, which the linker should link.

    - Claims whose sentences each write a figure, a month or an ordinal the other does not
      (`commonplace.two_fillings`) are one template filled in twice: a market report of two
      days ("Volume on U.S. exchanges was 7.77 billion shares" and "11.62 billion shares,
      compared to the ... average over the last 20 trading days"), the rules of the "third"
      and the "fourth" debate.
    - Shares of polls (`agreement.polled`) in articles over `OCCASION_DAYS` apart are two polls'
      ("The survey's overall sampling error is plus or minus 3.5 percentage points" of two
      surveys months apart).
    - A quote of a few words (under `scoring.SHORT_WORDS` content words and under
      `scoring.WHOLE_WORDS` words) in articles not known to be within `OCCASION_DAYS` of each
      other, whose speakers are not one named person, is a slogan, a chant or a commonplace
      said again ("Black lives matter!" three years apart; "We'll see what happens" of two
      people; "I don't ski myself" against "I don't kid myself", one undated).

    One sentence with a figure added ("Abrams, 44, is trying to become ...") is retold, and one
    person's words said again are linked by the linker on purpose (`scoring.VERBATIM`).
    """
    gap = date_gap(a.item, b.item)
    if a.item.kind is LinkKind.CLAIM:
        if two_fillings(a.item.text, b.item.text):
            return "other figures"
        if gap is not None and gap > OCCASION_DAYS and (polled(a.item) or polled(b.item)):
            return "two polls"
        return None
    few = min(len(a.stems), len(b.stems)) < SHORT_WORDS
    phrase = few and min(len(nz.tokens(a.norm)), len(nz.tokens(b.norm))) < WHOLE_WORDS
    one = bool(a.item.speaker and b.item.speaker) and same_person(a.item.speaker, b.item.speaker)
    if phrase and (gap is None or gap > OCCASION_DAYS) and not one:
        return "a phrase said again"
    return None


def occasions(items: list[Prepared], pairs: set[Pair]) -> dict[Pair, str | None]:
    """`two_occasions` of each of PAIRS (pairs of ITEMS)."""
    by_id = {(p.item.kind.value, p.item.id): p for p in items}
    return {pair: two_occasions(by_id[pair[0], pair[1]], by_id[pair[0], pair[2]]) for pair in pairs}


def report_occasions(items: list[Prepared], truth: set[Pair], found: set[Pair]) -> None:
    """Print the near-duplicates TRUTH split by `two_occasions` and how many of each FOUND
    holds: the recall that measures what a user wants is that of the retold ones."""
    why = occasions(items, truth)
    retold = {pair for pair, reason in why.items() if reason is None}
    other = truth - retold
    print(
        f"{'':>9} near-duplicates that are one statement retold: {len(retold)}, "
        f"{len(retold & found)} linked: recall {len(retold & found) / max(1, len(retold)):.4f}",
        flush=True,
    )
    reasons = sorted({why[pair] or "" for pair in other})
    split = ", ".join(f"{sum(why[p] == r for p in other)} {r}" for r in reasons)
    print(
        f"{'':>9} near-duplicates of two occasions ({split}): {len(other)}, "
        f"{len(other & found)} linked",
        flush=True,
    )


def candidate_pairs(index: BlockIndex, pairs: set[Pair]) -> int:
    """How many of PAIRS (pairs of a posted INDEX) the blocking makes candidates: each looked up
    from its later side, as the linker looks it up (`candidate_array`)."""
    where = {(p.item.kind.value, p.item.id): pos for pos, p in enumerate(index.items)}
    met = 0
    for kind, a_id, b_id in pairs:
        early, late = sorted((where[kind, a_id], where[kind, b_id]))
        met += early in set(index.candidate_array(late).tolist())
    return met


def missed_causes(index: BlockIndex, missed: set[Pair], threshold: float) -> dict[str, int]:
    """Why each pair of MISSED (pairs of a posted INDEX the linker did not link) was missed.

    A pair is looked up as the linker looks it up, from its later side (`candidate_array`),
    and scored directly with the linker's own pair scorer (`score_prepared`): `blocking`
    counts the pairs it links that were never candidates, `screening` those it links that
    were candidates (the screen or `could_link` dropped them), `rejected` those it turns down
    (`rejected_candidates` of them candidates).
    """
    where = {(p.item.kind.value, p.item.id): pos for pos, p in enumerate(index.items)}
    out = {"blocking": 0, "screening": 0, "rejected": 0, "rejected_candidates": 0}
    for kind, a_id, b_id in sorted(missed):
        early, late = sorted((where[kind, a_id], where[kind, b_id]))
        candidate = early in set(index.candidate_array(late).tolist())
        if score_prepared(index.items[late], index.items[early], threshold).link:
            out["screening" if candidate else "blocking"] += 1
        else:
            out["rejected"] += 1
            out["rejected_candidates"] += candidate
    return out


def _cpu() -> float:
    """CPU seconds (user + system) of this process, its threads and its ended children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def near_duplicates(items: list[Prepared], cutoff: float, workers: int) -> set[Pair]:
    """Every pair of items of one kind from two articles whose normalised texts have a RapidFuzz
    `ratio` of at least CUTOFF: brute force, each pair scored once (RapidFuzz's C loop on WORKERS
    threads, a block of rows at a time so that memory stays small). A claim's text is its
    sentence, so two claims are near-duplicates only with the same amount too; both items need
    `NEAR_WORDS` content words (a lone "No," or "But," recurs everywhere and restates nothing)."""
    found: set[Pair] = set()
    for kind in LinkKind:
        mine = [p for p in items if p.item.kind is kind]
        norms = [p.norm for p in mine]
        articles = np.array([p.item.article_id for p in mine])
        ids = [p.item.id for p in mine]
        worded = np.array([len(p.stems) >= NEAR_WORDS for p in mine], dtype=bool)
        for start in range(0, len(mine), NEAR_ROWS):
            block = process.cdist(
                norms[start : start + NEAR_ROWS],
                norms[start:],
                scorer=fuzz.ratio,
                score_cutoff=cutoff,
                dtype=np.uint8,
                workers=workers,
            )
            rows, cols = np.nonzero(block)
            rows, cols = rows + start, cols + start
            keep = (cols > rows) & (articles[rows] != articles[cols]) & worded[rows] & worded[cols]
            for a, b in zip(rows[keep].tolist(), cols[keep].tolist(), strict=True):
                if kind is LinkKind.CLAIM and _amount(mine[a]) != _amount(mine[b]):
                    continue  # one sentence with two figures holds two claims
                low, high = sorted((ids[a], ids[b]))
                found.add((kind.value, low, high))
    return found


def _amount(item: Prepared) -> tuple[float | None, float | None, str | None]:
    return item.item.value, item.item.value_max, item.item.unit


def main() -> int:
    """Run the benchmark at each size asked for."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument(
        "--real",
        type=int,
        metavar="ARTICLES",
        help="link this many real articles instead, and check every item by brute force",
    )
    parser.add_argument(
        "--near",
        type=float,
        metavar="CUTOFF",
        help="with --real: compare with the near-duplicates that brute-force RapidFuzz finds "
        "(ratio at least CUTOFF over every pair) instead of brute-force scoring",
    )
    parser.add_argument(
        "--save-links",
        type=Path,
        metavar="FILE",
        help="with --real: write the links found there, one a line, to compare two versions",
    )
    parser.add_argument(
        "--near-file",
        type=Path,
        metavar="FILE",
        help="with --near: read the brute-force near-duplicates from FILE when an earlier run on "
        "the same items wrote them there, else find them and write them there",
    )
    parser.add_argument(
        "--missed",
        type=Path,
        metavar="FILE",
        help="with --real: write every brute-force pair not linked there, with both texts",
    )
    args = parser.parse_args()
    if args.real:
        run_real(
            args.real,
            args.workers,
            args.threshold,
            args.near,
            args.save_links,
            args.near_file,
            args.missed,
        )
        return 0
    if len(args.sizes) == 1:
        run(args.sizes[0], args.workers, args.sample, args.threshold)
        return 0
    # One process a size, so that each peak memory figure is its own.
    for size in args.sizes:
        command = [
            sys.executable,
            __file__,
            "--sizes",
            str(size),
            "--workers",
            str(args.workers),
            "--sample",
            str(args.sample),
            "--threshold",
            str(args.threshold),
        ]
        subprocess.run(command, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Hand-labelled PolNeAR quote pairs for the linker: how they were drawn, labelled and stored.

Selection (`select_pairs`, run once per split; the labels are stored, not re-drawn):

1. Items (`quote_items`): every attribution whose content has a quotation mark; text = the
   content spans joined, source = the source spans joined, date = the publication date.
2. Candidates (`candidate_pairs`), always two items of different articles, from four pools
   chosen so that no one scorer, factdb's linker least of all, decides what is looked at:
   - each item's `TOP_K` best other-article items by RapidFuzz `token_set_ratio`, and its
     `TOP_K` best by `partial_ratio`, both over `normalize_text` (exact search over all pairs);
   - one random other-article item whose source shares a name word (same speaker, most often
     a different remark);
   - the linker's own `TOP_K` best among its block-index candidates.
3. Sample (`stratified_sample`): each candidate falls in a stratum: its band of best baseline
   score, max(token_set_ratio, partial_ratio), split at `BAND_EDGES`, crossed with whether the
   shorter text has fewer than `SHORT_WORDS` distinct words (a short phrase fits inside almost
   any longer text, so the top bands would otherwise hold little else). `QUOTAS[split]` pairs
   are drawn from each stratum with seed `SEED`, all of it when it holds fewer, and no item
   enters more than `PER_ITEM` drawn pairs: a speech transcript or a one-word quote is among
   the best matches of hundreds of items and would otherwise fill the sample. Same statements
   are rare among candidates, so the quotas lean to the top bands.

   The candidate pools include the linker's own choice, so re-running this after the linker
   changes draws other pairs (the stored set was drawn with the linker as it stood before
   commit a967fa5); the stored labels, not a re-run, define the set. The exact search takes
   about a quarter of an hour on one core for train, seconds for dev.

Labelling guideline (applied by reading both texts with their sources, cues, outlets and
dates; no score was shown while labelling; when in doubt, 0):

- 1, the same statement: both items quote one utterance or written statement of one speaker
  on one occasion (a speech, interview, debate answer, tweet, press release, court ruling).
  Either side may be trimmed, extended by neighbouring sentences, paraphrased around the
  quoted words, mistranscribed (a word changed), or attributed differently (the speaker, their
  campaign or agency, "a statement", a crowd or reporter repeating it). Overlap is enough: a
  content holding two remarks matches a content quoting one of them. An article published
  twice (an updated edition, a live blog carried on) repeats the same statements: 1.
- 1 also when one item's speaker quotes the other's words verbatim (a tweet citing an
  official's sentence): the quoted words are the same remark. A paraphrase or retort in the
  second speaker's own words is their own statement: 0.
- 0, a different statement: another remark of the same speaker, even on the same topic or
  the same day, or any remark of another speaker sharing words or a topic.
- Slogans, stump lines, nicknames and recurring epithets ("make America great again", a
  promise repeated at every rally) are 0 across different events; they are 1 only when the
  two items clearly report the same event.
- A short quoted phrase (one to three words) is 1 when both sides clearly point at the same
  original remark (a famous line of one known speech or debate, evident from the context and
  dates); when the occasion cannot be told, or the phrase is used on several, 0.
- Names of things in quotation marks (a bill, a programme, a memo title, a scare-quoted
  term) are 0 unless they come with the same statement around them; the same memo title
  reported twice counts as the same written statement.

Storage: `polnear_link_labels.tsv` beside this module holds no PolNeAR text, only where each
side is (split, article line in the split's JSONL, attribution index in that article) and
the label; `labelled_pairs` rebuilds the texts from the shared data and refuses a row that
no longer points at a quote item.
"""

from __future__ import annotations

import argparse
import csv
import heapq
import json
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from rapidfuzz import fuzz

from factdb.config import shared_dir
from factdb.errors import InputError
from factdb.link import normalize as nz
from factdb.link.blocking import BlockIndex
from factdb.link.records import LinkItem
from factdb.link.scoring import Prepared, prepare, score_prepared
from factdb.vocab import LinkKind

SHARED = shared_dir()
POLNEAR = SHARED / "data" / "quotes" / "polnear"
LABELS = Path(__file__).with_name("polnear_link_labels.tsv")
HEADER = ("split", "a_line", "a_attribution", "b_line", "b_attribution", "label")
TOP_K, SEED = 3, 2016
BAND_EDGES = (40.0, 55.0, 70.0, 85.0, 95.0)
SHORT_WORDS, PER_ITEM = 4, 2
# Per split: quotas of the bands for pairs whose shorter text is long, then short.
QUOTAS = {
    "train": ((10, 20, 40, 70, 90, 150), (5, 5, 10, 15, 10, 15)),
    "dev": ((7, 10, 15, 40, 8, 9), (1, 3, 6, 6, 7, 4)),
}
_PRONOUN_TEXT = "i you he she it we they him her them his their this that who"
_PRONOUNS = frozenset(_PRONOUN_TEXT.split())
Scorer = Callable[..., float]


@dataclass(frozen=True, slots=True, order=True)
class QuoteRef:
    """Where a quote item is: split, article line (0-based) and attribution index in it."""

    split: str
    line: int
    attribution: int


@dataclass(frozen=True, slots=True)
class QuoteItem:
    """One PolNeAR attribution with a quotation mark, prepared for scoring."""

    ref: QuoteRef
    source: str
    cue: str
    publisher: str
    title: str
    prepared: Prepared

    @property
    def text(self) -> str:
        """The attribution's content as written."""
        return self.prepared.item.text


@dataclass(frozen=True, slots=True)
class LabelledPair:
    """Two quote items and whether they are the same statement."""

    a: QuoteItem
    b: QuoteItem
    label: bool


def quote_items(split: str, folder: Path = POLNEAR) -> list[QuoteItem]:
    """The quote items of one PolNeAR split, in file order."""
    items: list[QuoteItem] = []
    lines = (folder / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
    for line_no, line in enumerate(lines):
        doc = json.loads(line)
        published = date.fromisoformat(doc["publication_date"])
        for index, attribution in enumerate(doc["attributions"]):
            if not attribution["content_has_quote_mark"]:
                continue
            text = " ".join(span["text"] for span in attribution["content"])
            source = " ".join(span["text"] for span in attribution["source"]).strip()
            speaker = None if source.lower() in _PRONOUNS or not source else source
            link_item = LinkItem(
                len(items) + 1, LinkKind.QUOTE, line_no, text, speaker, published=published
            )
            items.append(
                QuoteItem(
                    ref=QuoteRef(split, line_no, index),
                    source=source,
                    cue=" ".join(span["text"] for span in attribution["cue"]),
                    publisher=doc["publisher"],
                    title=doc["title"],
                    prepared=prepare(link_item),
                )
            )
    return items


def best_baseline(a: QuoteItem, b: QuoteItem) -> float:
    """The band score of a pair: the higher of token_set_ratio and partial_ratio."""
    na, nb = a.prepared.norm, b.prepared.norm
    return max(fuzz.token_set_ratio(na, nb), fuzz.partial_ratio(na, nb))


def candidate_pairs(items: Sequence[QuoteItem], seed: int = SEED) -> dict[tuple[int, int], str]:
    """Candidate pairs (positions, smaller first) and the pools that proposed each."""
    found: dict[tuple[int, int], set[str]] = defaultdict(set)
    for name, tops in _top_by_scorers(items).items():
        for i, top in enumerate(tops):
            for j in top:
                found[min(i, j), max(i, j)].add(name)
    for i, j in _same_speaker(items, random.Random(seed)):
        found[min(i, j), max(i, j)].add("speaker")
    for i, top in enumerate(_linker_tops(items)):
        for j in top:
            found[min(i, j), max(i, j)].add("linker")
    return {key: "+".join(sorted(pools)) for key, pools in sorted(found.items())}


def band(score: float) -> int:
    """The index of the band SCORE falls in (0 below the first edge)."""
    return sum(score >= edge for edge in BAND_EDGES)


def stratum(a: QuoteItem, b: QuoteItem) -> int:
    """The stratum of a pair: its band, plus the band count when the shorter text is short."""
    words = min(len(set(nz.tokens(a.prepared.norm))), len(set(nz.tokens(b.prepared.norm))))
    return band(best_baseline(a, b)) + (len(BAND_EDGES) + 1) * (words < SHORT_WORDS)


def stratified_sample(
    strata: dict[tuple[int, int], int], quotas: Sequence[int]
) -> list[tuple[int, int]]:
    """QUOTAS[k] keys of each stratum k of STRATA, in seeded random order, `PER_ITEM` per item."""
    groups: list[list[tuple[int, int]]] = [[] for _ in quotas]
    for key in sorted(strata):
        groups[strata[key]].append(key)
    rng = random.Random(SEED)
    uses: Counter[int] = Counter()
    chosen: list[tuple[int, int]] = []
    # The scarcest strata draw first, so that the per-item cap does not starve them.
    for k in sorted(range(len(quotas)), key=lambda k: (len(groups[k]), k)):
        members, quota = groups[k], quotas[k]
        taken: list[tuple[int, int]] = []
        for i, j in rng.sample(members, len(members)):
            if len(taken) == quota:
                break
            if uses[i] < PER_ITEM and uses[j] < PER_ITEM:
                uses.update((i, j))
                taken.append((i, j))
        chosen += sorted(taken)
    return chosen


def select_pairs(split: str, folder: Path = POLNEAR) -> list[tuple[QuoteRef, QuoteRef]]:
    """The unlabelled pairs of SPLIT, by the procedure in the module docstring."""
    items = quote_items(split, folder)
    strata = {(i, j): stratum(items[i], items[j]) for i, j in candidate_pairs(items)}
    long_quotas, short_quotas = QUOTAS[split]
    chosen = stratified_sample(strata, (*long_quotas, *short_quotas))
    return [(items[i].ref, items[j].ref) for i, j in chosen]


def read_labels(path: Path = LABELS) -> list[tuple[QuoteRef, QuoteRef, bool]]:
    """The rows of a label TSV, checked for shape; an `InputError` names a bad row."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))
    if not rows or tuple(rows[0]) != HEADER:
        raise InputError(str(path), f"the header must be {' '.join(HEADER)}")
    out = []
    for row_no, row in enumerate(rows[1:], start=2):
        if len(row) != len(HEADER) or row[5] not in ("0", "1"):
            raise InputError(f"{path}:{row_no}", "expected 6 fields with a 0/1 label")
        try:
            a = QuoteRef(row[0], int(row[1]), int(row[2]))
            b = QuoteRef(row[0], int(row[3]), int(row[4]))
        except ValueError as exc:
            raise InputError(f"{path}:{row_no}", "line and attribution must be integers") from exc
        out.append((a, b, row[5] == "1"))
    return out


def labelled_pairs(
    split: str, path: Path = LABELS, folder: Path = POLNEAR
) -> tuple[list[QuoteItem], list[LabelledPair]]:
    """The quote items of SPLIT and its labelled pairs, texts rebuilt from the shared data."""
    items = quote_items(split, folder)
    by_ref = {item.ref: item for item in items}
    pairs = []
    for a, b, label in read_labels(path):
        if a.split != split:
            continue
        for ref in (a, b):
            if ref not in by_ref:
                raise InputError(
                    str(path),
                    f"{split} line {ref.line} attribution {ref.attribution} is not a quote "
                    f"item of {folder / (split + '.jsonl')}: the data has changed",
                )
        pairs.append(LabelledPair(by_ref[a], by_ref[b], label))
    return items, pairs


def write_labels(rows: Iterable[tuple[QuoteRef, QuoteRef, bool | None]], path: Path) -> None:
    """Write ROWS as a label TSV; an unknown label is written empty."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(HEADER)
        for a, b, label in rows:
            mark = "" if label is None else str(int(label))
            writer.writerow([a.split, a.line, a.attribution, b.line, b.attribution, mark])


def _top_by_scorers(items: Sequence[QuoteItem]) -> dict[str, list[list[int]]]:
    # Exact top-k over all cross-article pairs; a pair that cannot enter either side's top k
    # is cut short by `score_cutoff`, which leaves the result unchanged and saves most time.
    scorers: dict[str, Scorer] = {
        "token_set_ratio": fuzz.token_set_ratio,
        "partial_ratio": fuzz.partial_ratio,
    }
    norms = [item.prepared.norm for item in items]
    articles = [item.ref.line for item in items]
    result = {}
    for name, scorer in scorers.items():
        heaps: list[list[tuple[float, int]]] = [[] for _ in items]
        for i, a in enumerate(norms):
            for j in range(i + 1, len(norms)):
                if articles[i] == articles[j]:
                    continue
                hi, hj = heaps[i], heaps[j]
                cut = min(_floor(hi), _floor(hj))
                s = scorer(a, norms[j], score_cutoff=cut)
                if s >= cut:
                    _offer(hi, (s, -j))
                    _offer(hj, (s, -i))
        result[name] = [sorted(-j for _, j in heap) for heap in heaps]
    return result


def _floor(heap: list[tuple[float, int]]) -> float:
    return heap[0][0] if len(heap) == TOP_K else 0.0


def _offer(heap: list[tuple[float, int]], entry: tuple[float, int]) -> None:
    # Ties go to the smaller position (larger negated index), whatever the visiting order.
    if len(heap) < TOP_K:
        heapq.heappush(heap, entry)
    elif entry > heap[0]:
        heapq.heapreplace(heap, entry)


def _same_speaker(items: Sequence[QuoteItem], rng: random.Random) -> list[tuple[int, int]]:
    by_word: dict[str, list[int]] = defaultdict(list)
    for pos, item in enumerate(items):
        for word in sorted(item.prepared.speaker):
            by_word[word].append(pos)
    pairs = []
    for pos, item in enumerate(items):
        others = {
            o
            for word in item.prepared.speaker
            for o in by_word[word]
            if items[o].ref.line != item.ref.line
        }
        if others:
            pairs.append((pos, rng.choice(sorted(others))))
    return pairs


def _linker_tops(items: Sequence[QuoteItem]) -> list[list[int]]:
    index = BlockIndex()
    index.add(item.prepared for item in items)
    index.post()
    tops = []
    for pos, item in enumerate(items):
        scored = [
            (score_prepared(item.prepared, items[o].prepared).score, -o)
            for o in index.candidates(pos)
            if items[o].ref.line != item.ref.line
        ]
        tops.append(sorted(-o for _, o in heapq.nlargest(TOP_K, scored)))
    return tops


def show(pairs: Sequence[LabelledPair | tuple[QuoteItem, QuoteItem]], out: Path) -> None:
    """Write PAIRS for a human reader to OUT (outside the repository: it holds PolNeAR text)."""
    with out.open("w", encoding="utf-8") as handle:
        for n, pair in enumerate(pairs, start=1):
            a, b = (pair.a, pair.b) if isinstance(pair, LabelledPair) else pair
            handle.write(f"=== {n}\n")
            for side, item, other in (("A", a, b), ("B", b, a)):
                it = item.prepared.item
                handle.write(
                    f"{side} [{item.ref.line}:{item.ref.attribution}] {item.publisher} "
                    f"{it.published} | {item.title}\n"
                    f"  SOURCE: {item.source!r}  CUE: {item.cue!r}\n"
                    f"  {_excerpt(item.text, other.text)}\n"
                )


def _excerpt(text: str, other: str, limit: int = 1200) -> str:
    # A speech transcript is unreadable in full next to a one-line quote: show its opening
    # and the stretch the other text aligns best with.
    if len(text) <= limit:
        return text
    where = fuzz.partial_ratio_alignment(other[: limit // 2], text)
    start = max(limit // 4, (where.dest_start if where else 0) - limit // 4)
    end = min(len(text), start + limit // 2)
    return f"{text[: limit // 4]} [...] {text[start:end]} [... {len(text)} characters in all]"


def main(argv: Sequence[str] | None = None) -> int:
    """Draw the unlabelled pairs of a split into a TSV; --show also writes their texts."""
    parser = argparse.ArgumentParser(prog="python -m factdb.evaluation.link_pairs")
    parser.add_argument("split", choices=sorted(QUOTAS))
    parser.add_argument("--out", type=Path, required=True, help="unlabelled TSV to write")
    parser.add_argument("--show", type=Path, help="write the texts here (never in the repo)")
    args = parser.parse_args(argv)
    pairs = select_pairs(args.split)
    rng = random.Random(SEED)
    shuffled = rng.sample(pairs, len(pairs))  # bands must not be visible from the order
    write_labels(((a, b, None) for a, b in shuffled), args.out)
    if args.show:
        by_ref = {item.ref: item for item in quote_items(args.split)}
        show([(by_ref[a], by_ref[b]) for a, b in shuffled], args.show)
    print(f"{len(pairs)} pairs of {args.split} written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

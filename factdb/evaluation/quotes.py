"""Evaluate the quote extractor on PolNeAR (derived JSONL) and on the seed articles.

PolNeAR scoring
    Gold quotes are the attributions whose content has a double quotation mark and that have a
    source; gold reported speech the attributions with a source and no quotation mark.
    Predictions are grouped into attribution units: a direct or partial quote that lies inside a
    reported clause of the same speaker mention is part of that clause's unit (PolNeAR annotates
    "X said that ... “words”" as one attribution). A unit is a quote prediction when its span holds
    a double quotation mark, otherwise a reported-speech prediction.
    A prediction matches a gold content when their overlap covers at least ``t`` of each (``t`` =
    0.3 and 0.8); discontinuous gold contents count all their pieces. Precision counts predictions
    that match a gold quote; predictions that match only a gold attribution without a source are
    left out of precision (neither right nor wrong). Recall counts gold quotes matched by some
    prediction. With speaker: the match must also have the predicted speaker mention overlapping
    the gold source span.

Seeds scoring
    Each gold item of ../shared/seeds/gold.json is found when a prediction of the same family
    (direct/partial vs indirect) overlaps it by at least 30% of each, and has the right speaker
    when the canonical names agree (joint items accept any name in "also").
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factdb.config import shared_dir
from factdb.extract.quotes import extract_quotes
from factdb.extract.records import QuoteKind, QuoteRecord
from factdb.extract.speakers.names import name_key

_DOUBLE = re.compile(r"[“”\"„‟«»]")
DEFAULT_SHARED = shared_dir()


@dataclass(slots=True)
class _Unit:
    spans: list[tuple[int, int]]
    is_quote: bool
    spk: tuple[int, int] | None
    records: list[QuoteRecord]

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


@dataclass
class PRF:
    """Precision, recall and F1 with their counts."""

    tp_pred: int = 0
    n_pred: int = 0
    tp_gold: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.tp_pred += other.tp_pred
        self.n_pred += other.n_pred
        self.tp_gold += other.tp_gold
        self.n_gold += other.n_gold


@dataclass
class PolnearReport:
    """Scores on one or more PolNeAR JSONL files."""

    paths: list[str]
    articles: int
    overlaps: tuple[float, ...]
    quote: dict[float, PRF] = field(default_factory=dict)
    quote_speaker: dict[float, PRF] = field(default_factory=dict)
    indirect: dict[float, PRF] = field(default_factory=dict)
    unflagged: dict[float, PRF] = field(default_factory=dict)
    """Gold without “ ” " marks found by an indirect record or a quote in other marks ('')."""
    neutral: dict[float, int] = field(default_factory=dict)
    seconds: float = 0.0
    chars: int = 0

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


@dataclass
class SeedsReport:
    """Scores on the seed articles."""

    quotes_gold: int = 0
    quotes_found: int = 0
    quotes_speaker: int = 0
    quotes_exact: int = 0
    quotes_alone: int = 0
    """Direct and partial gold found as records of their own (not inside a reported clause)."""
    reported_gold: int = 0
    reported_found: int = 0
    reported_speaker: int = 0
    invented_quotes: list[str] = field(default_factory=list)
    extra_indirect: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)


def _overlap(a: Sequence[tuple[int, int]], spans: Sequence[tuple[int, int]]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in spans)


def _matches(pred: Sequence[tuple[int, int]], gold: Sequence[tuple[int, int]], t: float) -> bool:
    ov = _overlap(pred, gold)
    plen = sum(e - s for s, e in pred)
    glen = sum(e - s for s, e in gold)
    return plen > 0 and glen > 0 and ov >= t * plen and ov >= t * glen


def units(text: str, records: Sequence[QuoteRecord]) -> list[_Unit]:
    """Group records into attribution units.

    A direct or partial quote inside a reported clause of the same speaker mention belongs to that
    clause's unit; quotes resting on the same speaker mention and cue ("“A,” he said. “B.”",
    continued paragraphs) form one unit, as PolNeAR annotates them as one attribution.
    """
    out: list[_Unit] = []
    by_mention: dict[tuple[tuple[int, int], str | None], _Unit] = {}
    clauses = [r for r in records if r.kind == QuoteKind.INDIRECT]
    for r in records:
        spk = (
            (r.speaker.start, r.speaker.end) if r.speaker and r.speaker.start is not None else None
        )
        spk_key = (spk, r.cue) if spk is not None and spk[1] is not None else None
        if r.kind != QuoteKind.INDIRECT:
            inside = any(
                c.start <= r.start and r.end <= c.end + 1 and c.speaker == r.speaker
                for c in clauses
            )
            if inside:
                continue
            s, e = r.start, r.end
            # Count the marks, as PolNeAR contents include them.
            if s > 0 and text[s - 1] in "“\"‘'«":
                s -= 1
            if e < len(text) and text[e] in "”\"’'»":
                e += 1
            is_q = bool(_DOUBLE.search(text[max(0, s - 1) : e + 1]))
            if spk_key is not None and spk_key in by_mention and by_mention[spk_key].is_quote:
                u = by_mention[spk_key]
                u.spans.append((s, e))
                u.records.append(r)
                continue
            u = _Unit([(s, e)], is_q, spk, [r])  # type: ignore[arg-type]
            if spk_key is not None and is_q:
                by_mention[spk_key] = u  # type: ignore[index]
            out.append(u)
        else:
            has_q = bool(_DOUBLE.search(text[r.start : r.end]))
            out.append(_Unit([(r.start, r.end)], has_q, spk, [r]))  # type: ignore[arg-type]
    return out


def _score_doc(
    doc: dict[str, Any], recs: Sequence[QuoteRecord], t: float
) -> tuple[PRF, PRF, PRF, int, PRF]:
    text = doc["text"]
    us = units(text, recs)
    gold_q: list[tuple[list[tuple[int, int]], list[tuple[int, int]]]] = []
    gold_i: list[tuple[list[tuple[int, int]], list[tuple[int, int]]]] = []
    nosrc: list[list[tuple[int, int]]] = []
    for a in doc["attributions"]:
        content = [(c["start"], c["end"]) for c in a["content"]]
        source = [(c["start"], c["end"]) for c in a["source"]]
        if not content:
            continue
        if not source:
            nosrc.append(content)
        elif a["content_has_quote_mark"]:
            gold_q.append((content, source))
        else:
            gold_i.append((content, source))

    def spk_ok(u: _Unit, source: list[tuple[int, int]]) -> bool:
        return u.spk is not None and _overlap([u.spk], source) > 0

    q, qs, ind = PRF(), PRF(), PRF()
    neutral = 0
    qunits = [u for u in us if u.is_quote]
    # Reported speech is scored on indirect records only; quotes in other marks ('' or ‘’),
    # which PolNeAR does not flag as quoted, are counted apart (``also``).
    iunits = [
        u for u in us if not u.is_quote and all(r.kind == QuoteKind.INDIRECT for r in u.records)
    ]
    other = [u for u in us if not u.is_quote and u not in iunits]
    for u in qunits:
        span = u.spans
        hits = [g for g in gold_q if _matches(span, g[0], t)]
        if not hits and any(_matches(span, c, t) for c in nosrc):
            neutral += 1
            continue
        q.n_pred += 1
        qs.n_pred += 1
        if hits:
            q.tp_pred += 1
            if any(spk_ok(u, g[1]) for g in hits):
                qs.tp_pred += 1
    for content, source in gold_q:
        q.n_gold += 1
        qs.n_gold += 1
        found = [u for u in qunits if _matches(u.spans, content, t)]
        if found:
            q.tp_gold += 1
            if any(spk_ok(u, source) for u in found):
                qs.tp_gold += 1
    all_gold = [g[0] for g in gold_q + gold_i]
    for u in iunits:
        span = u.spans
        if any(_matches(span, c, t) for c in nosrc) and not any(
            _matches(span, c, t) for c in all_gold
        ):
            continue
        ind.n_pred += 1
        if any(_matches(span, c, t) for c in all_gold):
            ind.tp_pred += 1
    also = PRF()
    for content, _source in gold_i:
        ind.n_gold += 1
        also.n_gold += 1
        if any(_matches(u.spans, content, t) for u in iunits):
            ind.tp_gold += 1
            also.tp_gold += 1
        elif any(_matches(u.spans, content, t) for u in other):
            also.tp_gold += 1
    return q, qs, ind, neutral, also


def load_jsonl(paths: Iterable[str | Path]) -> list[dict[str, Any]]:
    """Every article of the given JSONL files."""
    docs: list[dict[str, Any]] = []
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            docs.extend(json.loads(line) for line in fh if line.strip())
    return docs


def time_extraction(texts: Sequence[str], min_seconds: float = 1.0) -> float:
    """CPU seconds of one pass of ``extract_quotes`` over *texts*: best of several, one core."""
    best = float("inf")
    spent = 0.0
    passes = 0
    while spent < min_seconds or passes < 2:
        # CPU time of this process: one core, whatever else the machine is running.
        t0 = time.process_time()
        for t in texts:
            extract_quotes(t)
        dt = time.process_time() - t0
        best = min(best, dt)
        spent += dt
        passes += 1
        if passes >= 10:
            break
    return best


def evaluate_polnear(
    paths: Sequence[str | Path], overlaps: Sequence[float] = (0.3, 0.8)
) -> PolnearReport:
    """Quote, quote-with-speaker and reported-speech scores on PolNeAR JSONL files."""
    docs = load_jsonl(paths)
    rep = PolnearReport([str(p) for p in paths], len(docs), tuple(overlaps))
    preds = [extract_quotes(d["text"]) for d in docs]
    rep.seconds = time_extraction([d["text"] for d in docs])
    rep.chars = sum(len(d["text"]) for d in docs)
    for t in overlaps:
        rep.quote[t], rep.quote_speaker[t], rep.indirect[t] = PRF(), PRF(), PRF()
        rep.unflagged[t] = PRF()
        rep.neutral[t] = 0
        for d, recs in zip(docs, preds, strict=True):
            q, qs, ind, neutral, also = _score_doc(d, recs, t)
            rep.unflagged[t].add(also)
            rep.quote[t].add(q)
            rep.quote_speaker[t].add(qs)
            rep.indirect[t].add(ind)
            rep.neutral[t] += neutral
    return rep


def _speaker_key(name: str) -> str:
    s = re.sub(r"\(unnamed\)", "", name, flags=re.I)
    s = s.replace("-", " ")
    return name_key(s)


def speaker_agrees(pred: str | None, gold: str, also: Sequence[str] = ()) -> bool:
    """Whether a predicted canonical speaker name agrees with a gold one (or an alternative)."""
    if not pred:
        return False
    pk = _speaker_key(pred)
    for g in (gold, *also):
        gk = _speaker_key(g)
        if pk == gk:
            return True
    return False


def _kept_within(rec: QuoteRecord, item: dict[str, Any]) -> bool:
    """A quotation kept as part of a longer reported record (its marks inside the record)."""
    return rec.kind == QuoteKind.INDIRECT and rec.start < item["start"] and item["end"] < rec.end


def evaluate_seeds(seeds_dir: str | Path) -> SeedsReport:
    """Score the seed articles against their gold.json."""
    seeds = Path(seeds_dir)
    gold = json.loads((seeds / "gold.json").read_text(encoding="utf-8"))
    rep = SeedsReport()
    by_article: dict[str, list[dict[str, Any]]] = {}
    for item in gold.get("quotes", []):
        by_article.setdefault(item["article"], []).append(item)
    for path in sorted(seeds.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        recs = extract_quotes(text)
        items = by_article.get(path.name, [])
        matched: set[int] = set()
        for it in items:
            is_ind = it["kind"] == "indirect"
            span = [(it["start"], it["end"])]
            cands = [
                (i, r)
                for i, r in enumerate(recs)
                if (
                    (r.kind == QuoteKind.INDIRECT) == is_ind
                    and _matches([(r.start, r.end)], span, 0.3)
                )
                or (not is_ind and _kept_within(r, it))
            ]
            if is_ind:
                rep.reported_gold += 1
            else:
                rep.quotes_gold += 1
            if not cands:
                rep.misses.append(f"{path.name}: MISSED {it['kind']} {it['text'][:70]!r}")
                continue
            good = [
                (i, r)
                for i, r in cands
                if speaker_agrees(
                    r.speaker.name if r.speaker else None, it["speaker"], it.get("also", ())
                )
            ]
            matched.update(i for i, _ in cands)
            if is_ind:
                rep.reported_found += 1
                rep.reported_speaker += bool(good)
            else:
                rep.quotes_found += 1
                rep.quotes_speaker += bool(good)
                rep.quotes_alone += any(r.kind != QuoteKind.INDIRECT for _, r in cands)
                rep.quotes_exact += any(
                    r.start == it["start"] and r.end == it["end"] for _, r in good
                )
            if not good:
                got = cands[0][1].speaker.name if cands[0][1].speaker else None
                rep.misses.append(
                    f"{path.name}: SPEAKER {it['text'][:50]!r} gold={it['speaker']!r} got={got!r}"
                )
        for i, r in enumerate(recs):
            if i in matched:
                continue
            who = r.speaker.name if r.speaker else None
            line = f"{path.name}: {r.kind.value} {r.text[:70]!r} ({who})"
            if r.kind == QuoteKind.INDIRECT:
                rep.extra_indirect.append(line)
            else:
                rep.invented_quotes.append(line)
    return rep


_UNFLAGGED_LABEL = "  ...or by a quote in '' marks"


def _fmt_prf(label: str, p: PRF) -> str:
    return (
        f"  {label:<28} P {p.precision:6.3f}  R {p.recall:6.3f}  F1 {p.f1:6.3f}"
        f"   (pred {p.tp_pred}/{p.n_pred}, gold {p.tp_gold}/{p.n_gold})"
    )


def format_report(
    polnear: PolnearReport | None = None, seeds: SeedsReport | None = None, *, verbose: bool = False
) -> str:
    """The figures as printable text."""
    lines: list[str] = []
    if polnear is not None:
        lines.append(f"PolNeAR: {polnear.articles} articles from {', '.join(polnear.paths)}")
        for t in polnear.overlaps:
            lines.append(f" overlap >= {t:.0%} of each span")
            lines.append(_fmt_prf("quotes", polnear.quote[t]))
            lines.append(_fmt_prf("quotes with speaker", polnear.quote_speaker[t]))
            ind = polnear.indirect[t]
            lines.append(
                f"  {'reported speech':<28} R {ind.recall:6.3f}  (gold {ind.tp_gold}/{ind.n_gold};"
                f" precision vs all attributions {ind.precision:.3f}, {ind.tp_pred}/{ind.n_pred})"
            )
            un = polnear.unflagged[t]
            lines.append(
                f"  {_UNFLAGGED_LABEL:<28} R {un.recall:6.3f}  (gold {un.tp_gold}/{un.n_gold})"
            )
            lines.append(
                f"  predictions matching only source-less gold (ignored): {polnear.neutral[t]}"
            )
        lines.append(
            f" speed: {polnear.articles_per_second:,.0f} articles/s on one core "
            f"({polnear.chars / max(polnear.seconds, 1e-9) / 1e6:.2f} MB/s, extraction alone)"
        )
    if seeds is not None:
        lines.append("Seeds:")
        lines.append(
            f"  direct+partial quotes found {seeds.quotes_found}/{seeds.quotes_gold}, "
            f"with right speaker {seeds.quotes_speaker}/{seeds.quotes_gold}, "
            f"exact offsets {seeds.quotes_exact}/{seeds.quotes_alone} of those stored on their own"
            f" (the others are kept inside the reported clause that holds them)"
        )
        lines.append(
            f"  reported speech found {seeds.reported_found}/{seeds.reported_gold}, "
            f"with right speaker {seeds.reported_speaker}/{seeds.reported_gold}"
        )
        lines.append(f"  invented direct/partial quotes: {len(seeds.invented_quotes)}")
        lines.append(f"  indirect records not in gold: {len(seeds.extra_indirect)}")
        if verbose:
            lines.extend("    " + m for m in seeds.misses)
            lines.extend("    invented: " + m for m in seeds.invented_quotes)
            lines.extend("    extra: " + m for m in seeds.extra_indirect)
    return "\n".join(lines)


def _polnear_paths(arg: str) -> list[Path]:
    base = DEFAULT_SHARED / "data" / "quotes" / "polnear"
    out: list[Path] = []
    for part in arg.split(","):
        if part in ("dev", "train", "test"):
            out.append(base / f"{part}.jsonl")
        else:
            out.append(Path(part))
    return out


def main(argv: list[str] | None = None) -> int:
    """``python -m factdb.evaluation.quotes [--polnear dev|train|PATH] [--seeds DIR]``."""
    ap = argparse.ArgumentParser(
        prog="factdb eval quotes",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument(
        "--polnear",
        default="dev",
        help="dev, train, a JSONL path, or several joined by commas (default: dev)",
    )
    ap.add_argument("--seeds", default=str(DEFAULT_SHARED / "seeds"), help="seed articles folder")
    ap.add_argument("--no-polnear", action="store_true", help="skip PolNeAR")
    ap.add_argument("--no-seeds", action="store_true", help="skip the seeds")
    ap.add_argument("-v", "--verbose", action="store_true", help="list seed misses")
    args = ap.parse_args(argv)
    pol = None
    seeds = None
    if not args.no_polnear:
        paths = _polnear_paths(args.polnear)
        missing = [p for p in paths if not p.exists()]
        if missing:
            print(f"Error: no such file: {', '.join(map(str, missing))}", file=sys.stderr)
            return 2
        pol = evaluate_polnear(paths)
    if not args.no_seeds:
        if not (Path(args.seeds) / "gold.json").exists():
            print(f"Error: no gold.json in {args.seeds}", file=sys.stderr)
            return 2
        seeds = evaluate_seeds(args.seeds)
    print(format_report(pol, seeds, verbose=args.verbose))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

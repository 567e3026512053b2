"""Evaluate quotes and their canonical speakers on hand-labelled real news (`factdb eval news`).

The labelled articles and the tune/check split are described in
:mod:`factdb.evaluation.news_data`, the matching and speaker rules in
:mod:`factdb.evaluation.news_rules`. What is scored is what ``factdb extract`` prints for each
article: its quote records with their kind and canonical ``speaker``.

Figures, per split:

- quotes: direct and partial predictions against direct and partial gold. A gold quotation kept
  as part of a longer reported record (its quotation marks inside the record's span) is found.
- quotes with speaker: the same, the match also needing the right speaker; speaker name
  accuracy: of the gold quotations found, the share found with the right speaker;
- scare quotes and titles stored as quotes: gold scare and title items that a direct or partial
  prediction matches (count and share);
- junk speakers: of the distinct stored speaker names per article, the share that are pronouns,
  lower-case words, all-capitals words or datelines;
- reported speech: indirect predictions against reported gold, with and without the speaker.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factdb.evaluation.news_data import SPLITS, GoldQuote, NewsArticle, load_news
from factdb.evaluation.news_rules import junk_reason, name_words, spans_match, speaker_right
from factdb.evaluation.quotes import DEFAULT_SHARED, PRF
from factdb.extract import extract_article
from factdb.extract.serialize import quote_dict

QUOTE_GOLD = frozenset({"direct", "partial"})
NOT_QUOTE_GOLD = frozenset({"scare", "title"})
QUOTE_PRED = frozenset({"direct", "partial"})
MODES = ("extract", "stored")


@dataclass(frozen=True, slots=True)
class Pred:
    """A predicted quote as the user sees it."""

    start: int
    end: int
    kind: str
    speaker: str | None
    anonymous: bool
    aliases: tuple[str, ...] = ()
    """The other names the registry holds for the stored speaker (stored mode)."""

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Pred:
        """From a record of ``factdb extract``."""
        anon = d.get("speaker_kind") == "anonymous" or bool(d.get("anonymous"))
        return cls(d["start"], d["end"], d["kind"], d.get("speaker"), anon)


@dataclass(slots=True)
class NewsScores:
    """The figures of one group of articles."""

    articles: int = 0
    quote: PRF = field(default_factory=PRF)
    quote_speaker: PRF = field(default_factory=PRF)
    matched: int = 0
    matched_right: int = 0
    not_quotes: int = 0
    not_quotes_stored: int = 0
    speakers: int = 0
    junk: list[str] = field(default_factory=list)
    reported: PRF = field(default_factory=PRF)
    reported_speaker: PRF = field(default_factory=PRF)
    errors: list[str] = field(default_factory=list)

    def add(self, o: NewsScores) -> None:
        """Add another group's counts."""
        self.articles += o.articles
        for mine, theirs in (
            (self.quote, o.quote),
            (self.quote_speaker, o.quote_speaker),
            (self.reported, o.reported),
            (self.reported_speaker, o.reported_speaker),
        ):
            mine.add(theirs)
        self.matched += o.matched
        self.matched_right += o.matched_right
        self.not_quotes += o.not_quotes
        self.not_quotes_stored += o.not_quotes_stored
        self.speakers += o.speakers
        self.junk.extend(o.junk)
        self.errors.extend(o.errors)


def _holds(pred: Pred, g: GoldQuote) -> bool:
    """A reported record that keeps the quotation G, marks included, inside its span."""
    return pred.kind == "indirect" and pred.start < g.start and g.end < pred.end


def _score_prf(
    preds: Sequence[Pred], golds: Sequence[GoldQuote], s: NewsScores, quotes: bool
) -> None:
    plain, spk = (s.quote, s.quote_speaker) if quotes else (s.reported, s.reported_speaker)
    pred_kinds = QUOTE_PRED if quotes else frozenset({"indirect"})
    mine = [p for p in preds if p.kind in pred_kinds]
    for p in mine:
        hits = [g for g in golds if spans_match((p.start, p.end), (g.start, g.end))]
        plain.n_pred += 1
        spk.n_pred += 1
        plain.tp_pred += bool(hits)
        spk.tp_pred += any(speaker_right(p.speaker, p.anonymous, g, p.aliases) for g in hits)
    for g in golds:
        found = [p for p in mine if spans_match((p.start, p.end), (g.start, g.end))]
        if quotes:
            found += [p for p in preds if _holds(p, g)]
        right = any(speaker_right(p.speaker, p.anonymous, g, p.aliases) for p in found)
        plain.n_gold += 1
        spk.n_gold += 1
        plain.tp_gold += bool(found)
        spk.tp_gold += right
        if quotes and found:
            s.matched += 1
            s.matched_right += right
            if not right:
                got = found[0].speaker
                s.errors.append(f"speaker: gold {g.speaker!r} got {got!r} at {g.start}")
        elif quotes:
            s.errors.append(f"missed {g.kind} at {g.start} ({g.speaker!r})")


def score_article(
    art: NewsArticle, preds: Sequence[Pred], known: set[tuple[str, ...]]
) -> NewsScores:
    """The figures of one article."""
    s = NewsScores(articles=1)
    _score_prf(preds, [g for g in art.gold if g.kind in QUOTE_GOLD], s, quotes=True)
    _score_prf(preds, [g for g in art.gold if g.kind == "reported"], s, quotes=False)
    quote_preds = [p for p in preds if p.kind in QUOTE_PRED]
    for g in art.gold:
        if g.kind in NOT_QUOTE_GOLD:
            s.not_quotes += 1
            s.not_quotes_stored += any(
                spans_match((p.start, p.end), (g.start, g.end)) for p in quote_preds
            )
    s.errors = [f"{art.id}: {e}" for e in s.errors]
    names = {p.speaker for p in preds if p.speaker is not None}
    s.speakers = len(names)
    for name in sorted(names):
        why = junk_reason(name, art.text, known)
        if why is not None:
            s.junk.append(f"{name} ({why})")
    return s


def known_names(articles: Iterable[NewsArticle]) -> set[tuple[str, ...]]:
    """The name words of every labelled speaker and alias (an acronym named so is no junk)."""
    out: set[tuple[str, ...]] = set()
    for a in articles:
        for g in a.gold:
            if g.speaker and not g.anonymous:
                out.update(tuple(name_words(n)) for n in (g.speaker, *g.aliases))
    return out


def predict(text: str) -> list[Pred]:
    """The quote records ``factdb extract`` prints for TEXT."""
    return [Pred.from_dict(quote_dict(q)) for q in extract_article(text).quotes]


def stored_predictions(articles: Sequence[NewsArticle]) -> dict[str, list[Pred]]:
    """Per article id, its quotes as stored, each with its stored speaker's name."""
    from factdb.evaluation.news_stored import stored_quotes  # loads the database layer

    return {
        art_id: [Pred(*row) for row in rows] for art_id, rows in stored_quotes(articles).items()
    }


def evaluate(
    articles: Sequence[NewsArticle],
    mode: str = "extract",
    archive: Sequence[NewsArticle] | None = None,
) -> dict[tuple[str, str], NewsScores]:
    """Scores per (set, split), with "all" rows for either.

    MODE ``extract`` scores what ``factdb extract`` prints, ``stored`` what the database stores
    after ``factdb ingest`` of ARCHIVE (default: the ARTICLES scored), names as the speaker
    registry keeps them.
    """
    known = known_names(articles)
    stored = stored_predictions(archive or articles) if mode == "stored" else {}
    out: dict[tuple[str, str], NewsScores] = {}
    for art in articles:
        preds = stored.get(art.id, []) if mode == "stored" else predict(art.text)
        s = score_article(art, preds, known)
        for key in (
            (art.set_name, art.split),
            (art.set_name, "all"),
            ("all", art.split),
            ("all", "all"),
        ):
            out.setdefault(key, NewsScores()).add(s)
    return out


def _row(label: str, s: NewsScores) -> list[str]:
    q, qs, r, rs = s.quote, s.quote_speaker, s.reported, s.reported_speaker
    acc = s.matched_right / s.matched if s.matched else 0.0
    nq = s.not_quotes_stored / s.not_quotes if s.not_quotes else 0.0
    junk = len(s.junk) / s.speakers if s.speakers else 0.0
    return [
        f"{label} ({s.articles} articles)",
        f"  quotes                      P {q.precision:.3f}  R {q.recall:.3f}  F1 {q.f1:.3f}"
        f"   (pred {q.tp_pred}/{q.n_pred}, gold {q.tp_gold}/{q.n_gold})",
        f"  quotes with right speaker   P {qs.precision:.3f}  R {qs.recall:.3f}  F1 {qs.f1:.3f}",
        f"  speaker name right          {acc:.3f} of matched quotes"
        f" ({s.matched_right}/{s.matched})",
        f"  scare quotes/titles stored  {s.not_quotes_stored} of {s.not_quotes} ({nq:.1%})",
        f"  junk speakers               {len(s.junk)} of {s.speakers} ({junk:.1%})",
        f"  reported speech             P {r.precision:.3f}  R {r.recall:.3f}  F1 {r.f1:.3f}"
        f"   (pred {r.tp_pred}/{r.n_pred}, gold {r.tp_gold}/{r.n_gold})",
        f"  reported with speaker       P {rs.precision:.3f}  R {rs.recall:.3f}  F1 {rs.f1:.3f}",
    ]


def format_report(
    scores: dict[tuple[str, str], NewsScores],
    split: str,
    *,
    verbose: bool = False,
    errors: bool = False,
) -> str:
    """The figures of SPLIT (tune, check or all) per set and overall, as printable text; with
    ERRORS, each quote of a tune article missed or given the wrong speaker (never a check
    article's: the check half is only scored)."""
    splits = [*SPLITS, "all"] if split == "all" else [split]
    lines: list[str] = []
    sets = sorted({k[0] for k in scores} - {"all"})
    for sp in splits:
        for set_name in [*sets, "all"] if len(sets) > 1 else sets:
            s = scores.get((set_name, sp))
            if s is None:
                continue
            lines.extend(_row(f"{set_name} / {sp}", s))
            if verbose:
                lines.extend(f"    junk: {j}" for j in s.junk)
    tune = scores.get(("all", "tune"))
    if errors and tune is not None and split in ("tune", "all"):
        lines.append("tune errors (article: what)")
        lines.extend(f"    {e}" for e in tune.errors)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """``python -m factdb.evaluation.news [--split tune|check|all] [--news DIR]``."""
    ap = argparse.ArgumentParser(
        prog="factdb eval news",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--split", choices=[*SPLITS, "all"], default="check")
    ap.add_argument("--news", default=str(DEFAULT_SHARED / "data" / "news"), help="data folder")
    ap.add_argument(
        "--mode",
        choices=[*MODES, "both"],
        default="stored",
        help="score the extractor's names, the stored (registry) names, or both",
    )
    ap.add_argument("-v", "--verbose", action="store_true", help="list junk speakers")
    ap.add_argument(
        "--errors",
        action="store_true",
        help="list the quotes of tune articles missed or given the wrong speaker",
    )
    args = ap.parse_args(argv)
    news_dir = Path(args.news)
    if not (news_dir / "dev-gold.jsonl").exists():
        print(f"Error: no dev-gold.jsonl in {news_dir}", file=sys.stderr)
        return 1
    everything = load_news(news_dir)
    articles = [a for a in everything if args.split == "all" or a.split == args.split]
    modes = MODES if args.mode == "both" else (args.mode,)
    for n, mode in enumerate(modes):
        if len(modes) > 1:
            print(f"{'' if n == 0 else chr(10)}== {mode} ==")
        scores = evaluate(articles, mode, everything)
        print(format_report(scores, args.split, verbose=args.verbose, errors=args.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

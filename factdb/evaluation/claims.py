"""Score the numeric claim extractor on the labelled quantity sets and the seed articles.

``python -m factdb.evaluation.claims [--data DIR] [--seeds DIR]`` prints precision, recall and F1
for the value, and for the value with its unit, on each labelled set and overall; the seed
targets; and sentences per second on one core.

Data (``DIR`` defaults to ``../shared/data`` and ``../shared/seeds`` beside the repository):

- ``quantities/quantulum3_tests/quantities.json`` and ``quantities.ambiguity.json``: every
  prediction is scored (their gold lists every quantity of a sentence). ``errors.json`` strings
  must be read without raising.
- ``quantities/recognizers_text_en``: each spec file labels only its own type, so only the
  predictions of that type are scored against it: currencies for CurrencyModel, physical units
  other than time and temperature for DimensionModel, temperatures for TemperatureModel, times
  for AgeModel, percentages for PercentModel, and numbers without a physical unit (bare numbers,
  counts, money and durations) for NumberModel. The other Number files (ranges, ordinals, the
  experimental and percent modes) are almost all marked NotSupported for Python.

Gold items excluded, and why (the report prints how many of each):

- ``not_supported``: cases whose ``NotSupported`` lists python (as PROVENANCE.md advises);
- ``no_value``: unit mentions with no number ("convert 10 celsius to *fahrenheit*");
- ``year``: a bare four-digit whole number from 1100 to 2100 with no unit (quantulum3 labels
  "in 1979" as the number 1979; factdb never stores years as claims);
- ``date``, ``time``, ``phone``, ``ip``, ``ordinal``, ``group_of``, ``roman``: numbers inside
  dates, clock times, phone numbers, IP addresses, ordinals and numbered names ("Group of 20",
  "World War II"), found with the extractor's own not-a-claim patterns;
- ``name``: a bare number glued to or right after a name ("Voyager 2", "SCP-173", "English 101",
  "L2").
A prediction overlapping an excluded gold item is not counted either way.

Ranges: quantulum3 stores a range as its mean and half-width ("8- to 16-meter" is 12 +/- 4);
the scorer turns that back into low and high ends (8 and 16) and compares them with ``value``
and ``value_max``. A "+/-" or "±" uncertainty is not a range: its gold value is compared with
``value``. A conversion written beside a quantity ("1,000 km (600 mi)") is one claim; each of its
forms is scored against the gold item it covers.

Value match: the spans overlap and the values agree to 1e-4 (relative); for ranges both ends.
Value-with-unit match: the value matches and the gold unit, mapped to factdb's unit codes,
normalises to the same canonical unit and value; quantulum3's "dimensionless" matches a bare
number or a count. Value-with-unit is scored on the sets whose gold has units (not NumberModel).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factdb.config import shared_dir
from factdb.extract.claims import extract_claims
from factdb.extract.claims import lexicon as lx
from factdb.extract.claims.units import is_currency, is_physical, normalize
from factdb.extract.records import ClaimRecord, Qualifier

DEFAULT_DATA = shared_dir() / "data"
DEFAULT_SEEDS = shared_dir() / "seeds"

_NOT_A_CLAIM_PATTERNS = ("date", "time", "phone", "ip", "ordinal", "group_of", "roman")
_NAME_RE = re.compile(r"(?:[A-Za-z][-]?|\b[A-Z][a-z]+\s)$")
_RANGE_SURFACE_RE = re.compile(r"\d\s*(?:-|–|to|and)\s*-?\s*\d|\bto\b|\band\b|[-–]\s*\d", re.I)

# Gold unit names (quantulum3 and Recognizers-Text) that factdb's surface tables do not spell.
GOLD_UNITS: dict[str, str | None] = {
    "dimensionless": None, "percentage": "percent", "pound sterling": "GBP", "dollar": "USD",
    "euro": "EUR", "pound-mass": "lb", "pound": "lb", "metre": "m", "kilometre": "km",
    "nanometre": "nm", "picometre": "pm", "attometre": "am", "centilitre": "cl", "litre": "L",
    "cubic centimetre": "cm3", "square kilometre": "km2", "square mile": "mi2",
    "cubic kilometre": "km3", "degree celsius": "degC", "degree fahrenheit": "degF",
    "kelvin": "K", "kilometre per hour": "km/h", "mile per hour": "mph", "cent": "USD_cent",
    "penny": "GBP_penny", "pence": "GBP_penny", "dollar per hour": "USD/h",
    "dollar per kilogram": "USD/kg", "watt hour": "Wh", "megawatt hour": "MWh",
    "teraelectronvolt": "TeV", "electronvolt": "eV", "ton per day": "t/day", "tonne": "t",
    "metric ton": "t", "ton": "ton", "square meter": "m2", "cubic foot": "ft3",
    "kilometer per hour": "km/h", "milliliter": "ml", "millimeter": "mm", "kilometer": "km",
    "meter": "m", "decimeter": "dm", "microgram": "ug", "milligram": "mg", "kilogram": "kg",
    "megabit": "Mbit", "megabyte": "MB", "gigahertz": "GHz", "gray": "Gy", "milligray": "mGy",
    "c": "degC", "f": "degF", "degree": "deg", "watt": "W", "british thermal unit": "BTU",
    "exabyte": "EB", "bit": "bit", "byte": "B", "kilobit per second": "kbit/s",
    "japanese yen": "JPY", "chinese yuan": "CNY", "canadian dollar": "CAD",
    "united states dollar": "USD", "hong kong dollar": "HKD", "australian dollar": "AUD",
    "finnish markka": "FIM", "franc": "FRF", "swiss franc": "CHF", "peseta": "ESP",
    "netherlands guilder": "NLG", "rupee": "INR", "mexican peso": "MXN", "year": "year",
    "month": "month", "week": "week", "day": "day", "hour": "h", "minute": "min",
    "inch": "in", "foot": "ft", "mile": "mi", "acre": "acre", "gallon": "gal",
    "barrel": "bbl", "ounce": "oz", "square kilometer": "km2", "gigayear": "Gyr",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class GoldItem:
    """One labelled quantity: its span in the sentence, value (or range ends) and unit code."""

    start: int
    end: int
    value: float
    value_max: float | None
    unit: str | None
    unit_known: bool
    has_unit_label: bool


@dataclass(slots=True)
class Case:
    """One labelled sentence and the prediction filter of its set."""

    text: str
    gold: list[GoldItem]
    excluded: list[tuple[int, int, str]]
    accept: Callable[[ClaimRecord], bool]


@dataclass(slots=True)
class Score:
    """True positives, false positives and false negatives, for value and for value with unit."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tp_u: int = 0
    fp_u: int = 0
    fn_u: int = 0
    excluded: Counter[str] = field(default_factory=Counter)
    sentences: int = 0
    gold: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        """Add another score's counts to this one."""
        for name in ("tp", "fp", "fn", "tp_u", "fp_u", "fn_u", "sentences", "gold"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.excluded.update(other.excluded)
        self.errors.extend(other.errors)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-4, abs_tol=1e-9)


def gold_unit(name: str | None, kind: str = "") -> tuple[str | None, bool]:
    """Map a gold unit name to factdb's unit code; the flag says whether the name was known."""
    if name is None:
        return None, True
    low = name.lower()
    if kind == "currency" and low == "pound":
        return "GBP", True
    if low in GOLD_UNITS:
        return GOLD_UNITS[low], True
    for table in (lx.UNIT_WORDS, lx.CURRENCY_SUFFIXES):
        if low in table:
            return table[low], True
    return None, False


# --- loading ------------------------------------------------------------------------------------


def _excluded_spans(text: str) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    for name in _NOT_A_CLAIM_PATTERNS:
        spans.extend((m.start(), m.end(), name) for m in lx.BLOCK_PATTERNS[name].finditer(text))
    return spans


def _exclusion(
    text: str,
    start: int,
    end: int,
    value: float | None,
    unitless: bool,
    spans: list[tuple[int, int, str]],
) -> str | None:
    surface = text[start:end]
    if value is None:
        return "no_value"
    if unitless and re.fullmatch(r"\d{4}", surface) and lx.YEAR_MIN <= value <= lx.YEAR_MAX:
        return "year"
    for a, b, name in spans:
        if a < end and start < b:
            return name
    if unitless and re.fullmatch(r"\d+", surface) and _NAME_RE.search(text[:start]):
        return "name"
    return None


def _find(text: str, surface: str, used: set[int]) -> int:
    pos = text.find(surface)
    while pos in used:
        pos = text.find(surface, pos + 1)
    if pos < 0:
        low = text.lower()
        pos = low.find(surface.lower())
    return pos


def load_quantulum(folder: Path) -> tuple[list[Case], list[str]]:
    """quantulum3's quantities*.json as cases, and its errors.json strings."""
    cases = []
    for name in ("quantities.json", "quantities.ambiguity.json"):
        for item in json.loads((folder / name).read_text()):
            text = item["req"]
            spans = _excluded_spans(text)
            gold: list[GoldItem] = []
            excluded: list[tuple[int, int, str]] = []
            used: set[int] = set()
            for r in item["res"]:
                start = _find(text, r["surface"], used)
                if start < 0:
                    continue
                used.add(start)
                end = start + len(r["surface"])
                unit_name = r.get("unit")
                unitless = unit_name == "dimensionless"
                why = _exclusion(text, start, end, r.get("value"), unitless, spans)
                if why:
                    excluded.append((start, end, why))
                    continue
                value, value_max = float(r["value"]), None
                unc = r.get("uncertainty")
                if (
                    unc
                    and _RANGE_SURFACE_RE.search(r["surface"])
                    and "±" not in r["surface"]
                    and "+/-" not in r["surface"]
                ):
                    value, value_max = value - unc, value + unc
                code, known = gold_unit(unit_name)
                gold.append(GoldItem(start, end, value, value_max, code, known, True))
            cases.append(Case(text, gold, excluded, lambda c: True))
    errors = json.loads((folder / "errors.json").read_text())
    return cases, [e if isinstance(e, str) else e.get("req", "") for e in errors]


def _accept_for(file: str) -> tuple[str, Callable[[ClaimRecord], bool]] | None:
    def money(c: ClaimRecord) -> bool:
        return is_currency((c.unit or "").split("/")[0])

    def dimension(c: ClaimRecord) -> bool:
        u = (c.unit or "").split("/")[0]
        return (
            is_physical(u)
            and u not in lx.TIME_UNITS
            and u not in _TEMPERATURE
            and u not in {"percent", "percentage_point", "fold", "point"}
        )

    def temperature(c: ClaimRecord) -> bool:
        return c.unit in _TEMPERATURE

    def age(c: ClaimRecord) -> bool:
        return c.unit in lx.TIME_UNITS

    def percent(c: ClaimRecord) -> bool:
        return c.unit in {"percent", "percentage_point"}

    def number(c: ClaimRecord) -> bool:
        return c.unit is None or c.normalized_unit == "count" or money(c) or age(c)

    table: dict[str, tuple[str, Callable[[ClaimRecord], bool]]] = {
        "CurrencyModel.json": ("currency", money),
        "DimensionModel.json": ("dimension", dimension),
        "TemperatureModel.json": ("temperature", temperature),
        "AgeModel.json": ("age", age),
        "PercentModel.json": ("percent", percent),
        "NumberModel.json": ("number", number),
    }
    return table.get(file)


_TEMPERATURE = frozenset({"degC", "degF", "K", "deg"})
_INTERVAL_RE = re.compile(r"^[\[(]\s*(?P<lo>[-\d.eE+]*)\s*,\s*(?P<hi>[-\d.eE+]*)\s*[\])]$")


def load_recognizers(folder: Path) -> dict[str, tuple[list[Case], int]]:
    """Recognizers-Text spec files as cases per file, with the count of NotSupported cases."""
    out: dict[str, tuple[list[Case], int]] = {}
    for path in sorted(folder.glob("*/*.json")):
        found = _accept_for(path.name)
        if found is None:
            continue
        kind, accept = found
        cases, skipped = [], 0
        for item in json.loads(path.read_text()):
            if "python" in item.get("NotSupported", "").lower():
                skipped += 1
                continue
            text = item["Input"]
            spans = _excluded_spans(text)
            gold, excluded = [], []
            for r in item["Results"]:
                start, end = r["Start"], r["End"] + 1
                res = r.get("Resolution") or {}
                raw = res.get("value")
                value, value_max = _recognizers_value(raw)
                unit_name = res.get("unit")
                if kind == "percent":
                    unit_name = "percentage"
                why = _exclusion(text, start, end, value, unit_name is None, spans)
                if why:
                    excluded.append((start, end, why))
                    continue
                assert value is not None
                iso = res.get("isoCurrency")
                code, known = (iso, True) if iso else gold_unit(unit_name, kind)
                gold.append(GoldItem(start, end, value, value_max, code, known, kind != "number"))
            cases.append(Case(text, gold, excluded, accept))
        out[f"recognizers/{path.stem}"] = (cases, skipped)
    return out


def _recognizers_value(raw: str | None) -> tuple[float | None, float | None]:
    if raw is None:
        return None, None
    raw = raw.strip().rstrip("%")
    m = _INTERVAL_RE.match(raw)
    if m:
        lo = float(m.group("lo")) if m.group("lo") else None
        hi = float(m.group("hi")) if m.group("hi") else None
        if lo is not None and hi is not None:
            return lo, hi
        return (lo if lo is not None else hi), None
    try:
        return float(raw), None
    except ValueError:
        return None, None


# --- scoring ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Pred:
    start: int
    end: int
    value: float
    value_max: float | None
    unit: str | None
    count: bool


def _predictions(claims: Iterable[ClaimRecord]) -> list[_Pred]:
    """Claims as scorable items, a claim with conversions giving one item per form."""
    out = []
    for c in claims:
        count = c.normalized_unit == "count"
        main_end = c.end
        for conv in c.conversions:
            pos = c.text.rfind(conv.text)
            if pos >= 0:
                out.append(
                    _Pred(
                        c.start + pos,
                        c.start + pos + len(conv.text),
                        conv.value,
                        None,
                        conv.unit,
                        False,
                    )
                )
                main_end = min(main_end, c.start + pos)
        out.append(_Pred(c.start, main_end, c.value, c.value_max, c.unit, count))
    return out


def _value_ok(g: GoldItem, p: _Pred) -> bool:
    if g.value_max is not None:
        return _close(g.value, p.value) and _close(g.value_max, p.value_max)
    return _close(g.value, p.value) and (p.value_max is None or _close(g.value, p.value_max))


def _unit_ok(g: GoldItem, p: _Pred) -> bool:
    if not g.unit_known:
        return False
    if g.unit is None:
        return p.unit is None or p.count
    if p.unit is None or p.count:
        return False
    gv, gu = normalize(g.value, g.unit)
    pv, pu = normalize(p.value, p.unit)
    return gu == pu and _close(gv, pv)


def score_case(case: Case) -> Score:
    """Score one labelled sentence."""
    s = Score(sentences=1, gold=len(case.gold))
    s.excluded.update(why for _, _, why in case.excluded)
    try:
        claims = [c for c in extract_claims(case.text) if case.accept(c)]
    except Exception as exc:  # the extractor must never raise: record it as a failure
        s.errors.append(f"{case.text!r}: {exc!r}")
        claims = []
    preds = [
        p
        for p in _predictions(claims)
        if not any(a < p.end and p.start < b for a, b, _ in case.excluded)
    ]
    for with_unit in (False, True):
        golds = [g for g in case.gold if g.has_unit_label] if with_unit else case.gold
        used: set[int] = set()
        tp = 0
        for g in golds:
            for i, p in enumerate(preds):
                if i in used or not (p.start < g.end and g.start < p.end):
                    continue
                if _value_ok(g, p) and (not with_unit or _unit_ok(g, p)):
                    used.add(i)
                    tp += 1
                    break
        fp, fn = len(preds) - tp, len(golds) - tp
        if with_unit:
            s.tp_u, s.fp_u, s.fn_u = tp, fp, fn
        else:
            s.tp, s.fp, s.fn = tp, fp, fn
    return s


def score_cases(cases: Sequence[Case]) -> Score:
    """Score a labelled set."""
    total = Score()
    for case in cases:
        total.add(score_case(case))
    return total


def _unit_scored(cases: Sequence[Case]) -> bool:
    return any(g.has_unit_label for c in cases for g in c.gold)


def score_datasets(data: Path) -> dict[str, Score]:
    """Scores per labelled set, keyed "quantulum3", "recognizers/<Model>"."""
    q_cases, errors = load_quantulum(data / "quantities" / "quantulum3_tests")
    results = {"quantulum3": score_cases(q_cases)}
    for text in errors:
        try:
            extract_claims(text)
        except Exception as exc:
            results["quantulum3"].errors.append(f"{text!r}: {exc!r}")
    for name, (cases, skipped) in load_recognizers(
        data / "quantities" / "recognizers_text_en"
    ).items():
        sc = score_cases(cases)
        sc.excluded["not_supported"] += skipped
        if not _unit_scored(cases):
            sc.tp_u = sc.fp_u = sc.fn_u = 0
        results[name] = sc
    return results


# --- seeds --------------------------------------------------------------------------------------


@dataclass(slots=True)
class SeedResult:
    """How the seed labels fared: each labelled claim, each labelled non-claim."""

    claims: list[tuple[str, bool, str]] = field(default_factory=list)
    non_claims: list[tuple[str, bool]] = field(default_factory=list)
    predicted: int = 0

    @property
    def claims_ok(self) -> int:
        return sum(ok for _, ok, _ in self.claims)

    @property
    def non_claims_hit(self) -> int:
        return sum(hit for _, hit in self.non_claims)


def score_seeds(seeds: Path) -> SeedResult:
    """Check the 6 labelled claims (value, unit, qualifier) and the 5 labelled non-claims."""
    gold = json.loads((seeds / "gold.json").read_text())
    texts = {p.name: p.read_text(encoding="utf-8") for p in seeds.glob("*.txt")}
    claims = {name: extract_claims(t) for name, t in texts.items()}
    result = SeedResult(predicted=sum(len(c) for c in claims.values()))
    for g in gold["claims"]:
        expected_unit, _ = gold_unit(g["unit"])
        if expected_unit is None:
            expected_unit = lx.COUNT_NOUNS.get(g["unit"], g["unit"])
        lead = lx.QUALIFIER_RE.search(g["text"].split()[0] + " ")
        expected_q = Qualifier.APPROX if lead and lead.lastgroup == "approx" else Qualifier.EXACT
        found = [
            c for c in claims.get(g["article"], []) if c.start < g["end"] and g["start"] < c.end
        ]
        why = "not found"
        ok = False
        for c in found:
            if not _close(c.value, g["value"]):
                why = f"value {c.value}"
            elif c.unit != expected_unit:
                why = f"unit {c.unit}"
            elif c.qualifier is not expected_q:
                why = f"qualifier {c.qualifier.value}"
            else:
                ok, why = True, ""
                break
        result.claims.append((g["text"], ok, why))
    for g in gold["not_claims"]:
        hit = any(c.start < g["end"] and g["start"] < c.end for c in claims.get(g["article"], []))
        result.non_claims.append((g["text"], hit))
    return result


# --- speed --------------------------------------------------------------------------------------


def sentences_per_second(sentences: Sequence[str], *, rounds: int = 7) -> float:
    """Sentences through ``extract_claims`` per CPU second: the median of ``rounds`` passes.

    CPU time of this process (``time.process_time``), not wall time, so that other work on a
    shared machine does not count against the extractor; the median drops the outliers.
    """
    for s in sentences:  # warm-up: regex compilation, the pint registry, caches
        extract_claims(s)
    rates = []
    for _ in range(rounds):
        start = time.process_time()
        for s in sentences:
            extract_claims(s)
        rates.append(len(sentences) / max(time.process_time() - start, 1e-9))
    return statistics.median(rates)


def scaling(text: str, sizes: Sequence[int] = (100_000, 1_000_000)) -> list[tuple[int, float]]:
    """CPU seconds ``extract_claims`` takes on ``text`` repeated to each size in characters."""
    out = []
    for size in sizes:
        big = (text * (size // max(len(text), 1) + 1))[:size]
        start = time.process_time()
        extract_claims(big)
        out.append((size, time.process_time() - start))
    return out


def speed_corpus(data: Path, seeds: Path) -> list[str]:
    """The dataset sentences plus the seed articles' sentences."""
    from factdb.extract.claims import split_sentences

    q_cases, _ = load_quantulum(data / "quantities" / "quantulum3_tests")
    out = [c.text for c in q_cases]
    for cases, _ in load_recognizers(data / "quantities" / "recognizers_text_en").values():
        out.extend(c.text for c in cases)
    for p in sorted(seeds.glob("*.txt")):
        t = p.read_text(encoding="utf-8")
        out.extend(t[a:b] for a, b in split_sentences(t))
    return out


def _seed_text(seeds: Path) -> str:
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt")))


# --- report -------------------------------------------------------------------------------------


def overall(results: dict[str, Score]) -> Score:
    """All labelled sets pooled (micro-averaged)."""
    total = Score()
    for sc in results.values():
        total.add(sc)
    return total


def format_report(
    results: dict[str, Score],
    seeds: SeedResult | None,
    speed: float | None,
    sizes: Sequence[tuple[int, float]] = (),
) -> str:
    """The figures as a plain-text table."""
    lines = [
        f"{'set':<28}{'sent':>6}{'gold':>6}  {'value P/R/F1':<20}{'value+unit P/R/F1':<20}excluded",
    ]

    def row(name: str, sc: Score) -> str:
        p, r, f = prf(sc.tp, sc.fp, sc.fn)
        pu, ru, fu = prf(sc.tp_u, sc.fp_u, sc.fn_u)
        unit = f"{pu:.3f}/{ru:.3f}/{fu:.3f}" if sc.tp_u + sc.fp_u + sc.fn_u else "-"
        ex = ", ".join(f"{k} {v}" for k, v in sorted(sc.excluded.items()))
        return f"{name:<28}{sc.sentences:>6}{sc.gold:>6}  {p:.3f}/{r:.3f}/{f:.3f}   {unit:<20}{ex}"

    for name, sc in results.items():
        lines.append(row(name, sc))
    lines.append(row("ALL (micro)", overall(results)))
    errors = [e for sc in results.values() for e in sc.errors]
    lines.append(f"extractor errors: {len(errors)}")
    lines.extend(f"  {e}" for e in errors[:10])
    if seeds is not None:
        lines.append("")
        lines.append(
            f"seeds: labelled claims right (value, unit, qualifier): "
            f"{seeds.claims_ok}/{len(seeds.claims)}; labelled non-claims extracted: "
            f"{seeds.non_claims_hit}/{len(seeds.non_claims)}; claims extracted in all: "
            f"{seeds.predicted}"
        )
        lines.extend(f"  claim {t!r}: {'ok' if ok else why}" for t, ok, why in seeds.claims)
        lines.extend(
            f"  non-claim {t!r}: {'EXTRACTED' if hit else 'ok'}" for t, hit in seeds.non_claims
        )
    if speed is not None:
        lines.append("")
        lines.append(
            f"speed: {speed:,.0f} sentences/second on one core "
            "(CPU time, median of 7 passes over the dataset and seed sentences)"
        )
    for size, seconds in sizes:
        lines.append(f"  {size:>9,} characters of seed articles: {seconds:.2f} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the claim extractor's figures; 0 on success, 1 when a data folder is missing."""
    parser = argparse.ArgumentParser(
        prog="factdb eval claims",
        description=__doc__.splitlines()[0] if __doc__ else None,
    )
    parser.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        help="folder holding quantities/ (default: ../shared/data)",
    )
    parser.add_argument(
        "--seeds",
        type=Path,
        default=DEFAULT_SEEDS,
        help="folder holding gold.json and the seed texts (default: ../shared/seeds)",
    )
    parser.add_argument("--no-speed", action="store_true", help="skip the speed measurement")
    parser.add_argument(
        "--news",
        action="store_true",
        help="score the hand-labelled news articles only (../shared/data/news, by set and half)",
    )
    parser.add_argument("--verbose", action="store_true", help="with --news, list every error")
    args = parser.parse_args(argv)
    if args.news:
        return _news(verbose=args.verbose)
    if not (args.data / "quantities").is_dir():
        print(f"Error: no quantities/ folder in {args.data}", file=sys.stderr)
        return 1
    if not (args.seeds / "gold.json").is_file():
        print(f"Error: no gold.json in {args.seeds}", file=sys.stderr)
        return 1
    results = score_datasets(args.data)
    seeds = score_seeds(args.seeds)
    speed = None if args.no_speed else sentences_per_second(speed_corpus(args.data, args.seeds))
    sizes = [] if args.no_speed else scaling(_seed_text(args.seeds))
    print(format_report(results, seeds, speed, sizes))
    return 0


def _news(*, verbose: bool) -> int:
    from factdb.evaluation.news_articles import ARCHIVE_NAME, NEWS
    from factdb.evaluation.news_claims import format_news, score_news

    for path in (NEWS, NEWS.with_name(ARCHIVE_NAME)):
        if not path.is_file():
            print(f"Error: no {path.name} in {path.parent}", file=sys.stderr)
            return 1
    print(format_news(score_news(), verbose=verbose))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

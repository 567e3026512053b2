"""Parse numbers written in figures or words into floats: "1,234.5", "2 1/2", "half a million"."""

from __future__ import annotations

import math
import re
from functools import lru_cache

from factdb.extract.claims.lexicon import (
    COMPOUND_ORDINALS,
    DOZEN_WORDS,
    ORDINAL_DENOMINATORS,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    SMALL_NUMBERS,
    VULGAR_FRACTIONS,
)

_SCI_RE = re.compile(r"^(?P<m>.+?)(?:[eE](?P<e>[-+]?\d+)|\s?[x×]\s?10\^?(?P<e2>[-−+]?\d+))$")
_SPACES_RE = re.compile(r"[ \u202f\u00a0]")
_TOKEN_RE = re.compile(r"[a-z]+|\d+(?:\.\d+)?", re.IGNORECASE)


def parse_figure(text: str) -> float | None:
    """Parse a number written in figures, or return None.

    Handles separators ("1,234,567", "1 234 567", "12,34,567"), decimals (".08"), scientific
    notation ("1.3e6", "2.48×10−5"), fractions ("3/4"), mixed forms ("2 1/2", "2½") and a
    leading minus sign.
    """
    s = text.strip().replace("−", "-").replace("–", "-")
    negative = s.startswith("-")
    if negative:
        s = s[1:].strip()
    value = _parse_unsigned_figure(s)
    if value is None:
        return None
    return -value if negative else value


def _parse_unsigned_figure(s: str) -> float | None:
    if not s:
        return None
    if s in VULGAR_FRACTIONS:
        return VULGAR_FRACTIONS[s]
    if s[-1] in VULGAR_FRACTIONS:
        whole = _parse_unsigned_figure(s[:-1].strip())
        return None if whole is None else whole + VULGAR_FRACTIONS[s[-1]]
    if "/" in s:
        whole_part, _, frac = s.replace("-", " ").rpartition(" ")  # "2 1/2", "2-1/2"
        num, _, den = frac.partition("/")
        if not (num.isdigit() and den.isdigit()) or int(den) == 0:
            return None
        fraction = int(num) / int(den)
        if whole_part:
            whole = _parse_unsigned_figure(whole_part.strip())
            return None if whole is None else whole + fraction
        return fraction
    m = _SCI_RE.match(s)
    if m:
        mant = _parse_unsigned_figure(m.group("m"))
        exp = m.group("e") or (m.group("e2") or "").replace("−", "-")
        return None if mant is None else mant * 10.0 ** int(exp)
    s = _SPACES_RE.sub("", s).replace(",", "")
    try:
        return float(s)
    except ValueError:
        return None


def scale_of(word: str) -> float | None:
    """The multiplier of a scale word or suffix ("million", "bn", "k"), or None."""
    return SCALE_SUFFIXES.get(word) or SCALE_SUFFIXES.get(word.lower())


@lru_cache(maxsize=4096)
def parse_words(text: str) -> float | None:
    """Parse a number written in words (figures allowed where English puts them), or None.

    "two hundred and forty-five" -> 245, "half a million" -> 500000, "one and a half" -> 1.5,
    "three quarters" -> 0.75, "a dozen" -> 12, "minus five point five" -> -5.5,
    "3 hundred and 21" -> 321, "one twenty-fifth" -> 0.04, "1 over 3" -> 1/3.
    Words that do not join into one number ("one one", "three-nought-four") give None.
    """
    tokens = [t.lower() for t in _TOKEN_RE.findall(text)]
    if not tokens:
        return None
    negative = tokens[0] in {"minus", "negative"}
    if negative:
        tokens = tokens[1:]
    if "point" in tokens:
        value = _point_number(tokens)
    elif "over" in tokens or ("out" in tokens and "of" in tokens):
        i = tokens.index("over") if "over" in tokens else tokens.index("out")
        j = i + 1 if tokens[i] == "over" else i + 2
        num, den = _words_to_number(tokens[:i]), _words_to_number(tokens[j:])
        value = None if num is None or not den else num / den
    else:
        value = _words_to_number(tokens)
    if value is None:
        return None
    return -value if negative else value


def _point_number(tokens: list[str]) -> float | None:
    """ "five point five", "zero point two five": a whole part and spoken decimals."""
    i = tokens.index("point")
    whole = _words_to_number(tokens[:i]) if i else 0.0
    digits = [SMALL_NUMBERS.get(t) for t in tokens[i + 1 :]]
    if whole is None or not digits or any(d is None for d in digits):
        return None
    if len(digits) == 1 or all(d is not None and d < 10 for d in digits):
        return whole + float("0." + "".join(str(d) for d in digits))
    rest = _words_to_number(tokens[i + 1 :])
    if rest is None:
        return None
    return whole + rest / 10.0 ** len(str(int(rest)))


def _words_to_number(tokens: list[str]) -> float | None:
    """Combine number words, with "and" joining a whole part and a fraction.

    "and" right after "hundred" belongs to the number ("one hundred and thirty"); it is kept as
    "&" so that "one hundred and thirty fifths" reads 130/5 while "one hundred thirty fifths"
    reads 100/35. Elsewhere "and" before a fraction adds it: "twenty and three fifths".
    """
    parts: list[list[str]] = [[]]
    for i, tok in enumerate(tokens):
        if tok != "and":
            parts[-1].append(tok)
        elif _starts_fraction(tokens[i + 1 :]):
            parts.append([])
        elif i and tokens[i - 1] == "hundred":
            parts[-1].append("&")
    total = 0.0
    for k, part in enumerate(parts):
        v = _simple_words(part)
        if v is None:
            return None
        # "one million and a half" / "3 million and a half": the fraction scales with the whole.
        if k > 0 and total and v < 1:
            v *= _trailing_scale(parts[0]) or 1.0
        total += v
    return total


def _trailing_scale(tokens: list[str]) -> float | None:
    if tokens and tokens[-1] in SCALE_WORDS and tokens[-1] != "hundred":
        return SCALE_WORDS[tokens[-1]]
    return None


def _starts_fraction(rest: list[str]) -> bool:
    """Whether ``rest`` is the fractional part of a mixed number: a proper fraction.

    "and a half", "and three quarters" are; "and thirty fifths" (six) is not, so "one hundred
    and thirty fifths" reads as 130/5.
    """
    if len(rest) > 1 and rest[-1] in SCALE_WORDS:
        rest = rest[:-1]  # "one billion and a half million"
    if not rest or rest[-1] not in COMPOUND_ORDINALS:
        return False
    if rest[0] in {"a", "an"}:
        return len(rest) > 1 and rest[1] in ORDINAL_DENOMINATORS
    if rest[0] not in SMALL_NUMBERS or any(
        tok not in SMALL_NUMBERS and tok not in COMPOUND_ORDINALS for tok in rest
    ):
        return False
    value = _simple_words(rest)
    return value is not None and value < 1


def _simple_words(tokens: list[str]) -> float | None:
    """A whole number, or a fraction: a numerator then a denominator ("two thirds")."""
    if not tokens:
        return None
    value, used, tens = _cardinal(tokens)
    rest = tokens[used:]
    if not rest:
        return value if used else None
    if rest[0] in {"half", "quarter"} and rest[1:2] in (["a"], ["an"]):
        # "half a million", "a quarter of a million" (the "of" is dropped by the caller)
        whole = _simple_words(rest[2:])
        return None if whole is None else value + whole * (0.5 if rest[0] == "half" else 0.25)
    found = _denominator(rest)
    if found is None:
        return None
    den, scale = found
    if tens and den < 10 and rest[0] not in {"half", "halves", "quarter", "quarters"}:
        # "one hundred thirty fifths" is 100/35: the tens word opens the denominator
        value, den = value - tens, den + tens
    if not used:
        value = 1.0
    if not value or den in {0, 1}:
        return None  # "twenty-fifth", "twenty-first": ordinals, not fractions
    return value / den * scale


def _denominator(rest: list[str]) -> tuple[float, float] | None:
    """ "fifths" -> (5, 1), "twenty-fifths" -> (25, 1), "thirds of a million" -> (3, 1e6)."""
    scale = 1.0
    if len(rest) > 1 and rest[-1] in SCALE_WORDS:
        scale = SCALE_WORDS[rest[-1]]
        rest = rest[:-1]
        while rest and rest[-1] in {"a", "an", "of"}:
            rest = rest[:-1]
    if not rest or rest[-1] not in COMPOUND_ORDINALS:
        return None
    ordinal = COMPOUND_ORDINALS[rest[-1]]
    if len(rest) == 1:
        return (ordinal, scale) if rest[0] in ORDINAL_DENOMINATORS else None
    prefix, used, _ = _cardinal(rest[:-1])
    if used != len(rest) - 1:
        return None
    return (prefix * ordinal if ordinal >= 100 else prefix + ordinal), scale


def _cardinal(tokens: list[str]) -> tuple[float, int, float]:
    """Read the longest run of tokens that joins into one whole number.

    Returns the value, how many tokens were read, and the value of the last token when it was
    a tens word (20, 30, ...) read straight after other words without "and". Words join as
    English writes them: "twenty one", "three hundred (and) five", "two million three
    thousand", "twelve hundred", "three lakh crore"; a figure may open the number or follow
    "hundred" or "thousand" ("4 thousand 3 hundred and 21"). "one one" stops after the first.
    """
    total = group = small = 0.0
    last, last_scale, tens = "", math.inf, 0.0
    read = 0
    for i, tok in enumerate(tokens):
        kind, n = _kind(tok)
        if kind == "&":
            if last != "hundred":
                break
            read = i + 1
            continue
        if not _joins(last, kind, n, group, last_scale):
            break
        tens = n if kind == "tens" and tokens[i - 1 : i] != ["&"] else 0.0
        if kind == "scale":
            if last == "scale":
                total *= n  # "lakh crore"
                last_scale *= n
            else:
                total += (group or 1.0) * n
                last_scale = n
            group = small = 0.0
        elif kind == "hundred":
            group, small = (group or 1.0) * 100, 0.0
        elif kind == "dozen":
            group, small = group - small + (small or 1.0) * n, 0.0
        else:
            small = small + n if last == "tens" else n
            group += n
        last = kind
        read = i + 1
    return total + group, read, tens


def _kind(tok: str) -> tuple[str, float]:
    if tok == "&":
        return "&", 0.0
    if tok in {"a", "an"}:
        return "a", 1.0
    if tok in SMALL_NUMBERS:
        n = SMALL_NUMBERS[tok]
        return ("unit" if n < 10 else "teen" if n < 20 else "tens"), float(n)
    if tok == "hundred":
        return "hundred", 100.0
    if tok in SCALE_WORDS:
        return "scale", SCALE_WORDS[tok]
    if tok in DOZEN_WORDS:
        return "dozen", float(DOZEN_WORDS[tok])
    if tok[0].isdigit():
        return "figure", float(tok)
    return "", 0.0


def _joins(last: str, kind: str, n: float, group: float, last_scale: float) -> bool:
    """Whether a token of ``kind`` (value ``n``) may follow a token of kind ``last``."""
    if kind in {"unit", "teen", "tens"}:
        return last in {"", "hundred", "scale"} or (last == "tens" and kind == "unit" and n > 0)
    if kind == "figure":
        # figures follow only small scales: "4 thousand 3 hundred and 21", never "5 million 300"
        return (
            last == ""
            or (last == "hundred" and n < 100)
            or (last == "scale" and last_scale <= 1000 and n < last_scale)
        )
    if kind == "hundred":
        return last in {"", "a", "unit", "teen", "tens", "figure"} and group < 100
    if kind == "scale":
        if last == "scale":
            return n > last_scale  # "three lakh crore"
        return last in {"", "a", "unit", "teen", "tens", "figure", "hundred", "dozen"} and (
            n < last_scale
        )
    if kind == "dozen":
        return last in {"", "a", "unit", "teen", "tens", "figure"}
    return kind == "a" and last == ""

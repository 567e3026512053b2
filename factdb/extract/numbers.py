"""Parse numbers written in figures or words into floats: "1,234.5", "2 1/2", "half a million"."""

from __future__ import annotations

import re
from functools import lru_cache

from factdb.extract.claim_lexicon import (
    DOZEN_WORDS,
    ORDINAL_DENOMINATORS,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    SMALL_NUMBERS,
    VULGAR_FRACTIONS,
)

_SCI_RE = re.compile(r"^(?P<m>.+?)(?:[eE](?P<e>[-+]?\d+)|\s?[x×]\s?10\^?(?P<e2>[-−+]?\d+))$")
_SPACES_RE = re.compile(r"[ \u202f\u00a0]")
_TOKEN_RE = re.compile(r"[a-z]+", re.IGNORECASE)


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
        whole_part, _, frac = s.rpartition(" ")
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
    """Parse a number written in words, or return None.

    "two hundred and forty-five" -> 245, "half a million" -> 500000, "one and a half" -> 1.5,
    "three quarters" -> 0.75, "a dozen" -> 12, "seven" -> 7, "minus five point five" -> -5.5.
    """
    tokens = [t.lower() for t in _TOKEN_RE.findall(text)]
    if not tokens:
        return None
    negative = tokens[0] in {"minus", "negative"}
    if negative:
        tokens = tokens[1:]
    if "point" in tokens:
        i = tokens.index("point")
        whole = _words_to_number(tokens[:i]) if i else 0.0
        digits = [SMALL_NUMBERS.get(t) for t in tokens[i + 1 :]]
        if whole is None or not digits or any(d is None for d in digits):
            return None
        if len(digits) == 1 or all(d is not None and d < 10 for d in digits):
            frac = float("0." + "".join(str(d) for d in digits))
        else:
            rest = _words_to_number(tokens[i + 1 :])
            if rest is None:
                return None
            frac = rest / 10 ** len(str(int(rest)))
        value: float | None = whole + frac
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


def _words_to_number(tokens: list[str]) -> float | None:
    """Combine number words left to right, with "and" joining a whole part and a fraction."""
    # Split on "and" followed by a fraction ("one and a half", "twenty and three fifths").
    parts: list[list[str]] = [[]]
    for i, tok in enumerate(tokens):
        if tok == "and" and _starts_fraction(tokens[i + 1 :]):
            parts.append([])
        elif tok != "and":
            parts[-1].append(tok)
    total = 0.0
    for k, part in enumerate(parts):
        v = _simple_words(part)
        if v is None:
            return None
        # "one million and a half" / "3 million and a half": the fraction scales with the whole.
        if k > 0 and part and part[-1] not in SCALE_WORDS and total:
            unit_scale = _trailing_scale(parts[0])
            if unit_scale and v < 1:
                v *= unit_scale
        total += v
    return total


def _trailing_scale(tokens: list[str]) -> float | None:
    if tokens and tokens[-1] in SCALE_WORDS and tokens[-1] != "hundred":
        return SCALE_WORDS[tokens[-1]]
    return None


def _starts_fraction(rest: list[str]) -> bool:
    if not rest:
        return False
    if rest[0] in {"a", "an"}:
        return len(rest) > 1 and rest[1] in ORDINAL_DENOMINATORS
    for tok in rest:
        if tok in ORDINAL_DENOMINATORS:
            return True
        if tok not in SMALL_NUMBERS:
            return False
    return False


def _simple_words(tokens: list[str]) -> float | None:
    """A run of number words without "and a half" parts: "two hundred forty", "half a million"."""
    if not tokens:
        return None
    total = 0.0
    current = 0.0
    seen = False
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok in {"a", "an"}:
            current = current or 1.0
            seen = True
        elif tok in SMALL_NUMBERS:
            current += SMALL_NUMBERS[tok]
            seen = True
        elif tok == "hundred":
            current = (current or 1.0) * 100
            seen = True
        elif tok in SCALE_WORDS:
            total += (current or 1.0) * SCALE_WORDS[tok]
            current = 0.0
            seen = True
        elif tok in DOZEN_WORDS:
            current = (current or 1.0) * DOZEN_WORDS[tok]
            seen = True
        elif tok in {"half", "quarter"} and i + 1 < len(tokens) and tokens[i + 1] in {"a", "an"}:
            # "half a million", "quarter of a million" (the "of" never reaches here)
            whole = _simple_words(tokens[i + 2 :])
            if whole is None:
                return None
            return total + current + whole * (0.5 if tok == "half" else 0.25)
        elif tok in ORDINAL_DENOMINATORS:
            numerator = current or (1.0 if not total else 0.0)
            if not numerator and total:
                # "one hundred thirty fifths": denominator applies to the whole
                total, numerator = 0.0, total
            den = ORDINAL_DENOMINATORS[tok]
            frac = numerator / den
            rest = tokens[i + 1 :]
            if rest and rest[0] in SCALE_WORDS:  # "three quarters million"
                frac *= SCALE_WORDS[rest[0]]
                rest = rest[1:]
            if rest:
                return None
            return total + frac
        else:
            return None
        i += 1
    return total + current if seen else None

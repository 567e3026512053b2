"""Spans of a sentence that no claim may overlap (dates, times, codes, URLs), found cheaply.

Running every pattern of ``BLOCK_PATTERNS`` over every sentence was half the extractor's time,
though most sentences hold none of them. Each pattern here has a gate: a necessary condition
checked with substring tests or on the sentence's digit runs, so the pattern runs only where it
could match. A gate may pass when its pattern then finds nothing; it must never fail when the
pattern would match (``tests/extract/test_claims_blocks.py`` checks this on generated text).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Final

from factdb.extract.claims import lexicon as lx
from factdb.extract.claims.scan import digit_runs, matches_at, word_starts

_URL_SCHEME, _URL_WWW = "://", "www."
_URL_DOMAINS = (".com", ".org", ".net", ".gov", ".edu", ".io", ".co.uk")
_FILE_MARKS = tuple(
    "." + ext
    for ext in (
        "jp", "png", "gif", "webp", "pdf", "doc", "xls", "csv", "txt", "htm", "mp3", "mp4",
        "zip", "json", "xml", "svg",
    )
)  # fmt: skip
_MONTH_MARKS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_SET = frozenset(_MONTH_MARKS)
_ROMAN_MARKS = (
    "World War", "Title", "Phase", "Apollo", "Vatican", "Super Bowl", "Pope", "King", "Queen",
)  # fmt: skip
_ORDINAL_ENDS = frozenset({"st", "nd", "rd", "th"})


def _any_of(marks: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern found exactly where one of MARKS is a substring (one search, not one a mark)."""
    return re.compile("|".join(re.escape(m) for m in marks))


_URL_DOMAINS_RE = _any_of(_URL_DOMAINS)
"""Every mark opens with a full stop, which the search looks for first: fast."""
_FILE_MARKS_RE = _any_of(_FILE_MARKS)
_ROMAN_MARKS_RE = _any_of(_ROMAN_MARKS)

Runs = list[tuple[int, int]]
Gate = Callable[[str, str, Runs], bool]


def _char(s: str, i: int) -> str:
    return s[i] if 0 <= i < len(s) else ""


_FOLLOWS_CHARS = ("/.-", "-–/", "-")
_ASCII_FOLLOWS_RE = {
    chars: re.compile(r"[0-9] ?[" + re.escape(chars) + r"] ?[0-9]") for chars in _FOLLOWS_CHARS
}
"""In ASCII text, where a digit run is followed by one of the characters and a digit: what
``_follows`` tests, found by one search."""


RUN_LOOP_MAX = 16
"""A sentence with at most this many digit runs (news prose has a few) is tested run by run,
some times faster than a search of the whole sentence; one with more (a table of figures),
when ASCII, by the search, whose work does not grow with the runs."""


def _follows(s: str, runs: Runs, chars: str) -> bool:
    """A digit run is followed by one of ``chars`` and a digit, spaces allowed: "5-4", "12/03"."""
    if len(runs) > RUN_LOOP_MAX and chars in _ASCII_FOLLOWS_RE and s.isascii():
        return _follows_search(s, chars)
    return _follows_runs(s, runs, chars)


def _follows_search(s: str, chars: str) -> bool:
    """``_follows`` of an ASCII sentence with digits, by one search: a digit is then [0-9]."""
    return _ASCII_FOLLOWS_RE[chars].search(s) is not None


def _follows_runs(s: str, runs: Runs, chars: str) -> bool:
    """``_follows`` run by run, for any text."""
    for _, b in runs:
        i = b + (_char(s, b) == " ")
        if _char(s, i) in chars and chars:
            i += 1
            i += _char(s, i) == " "
            if _char(s, i).isdigit():
                return True
    return False


_ASCII_CODE_RE = re.compile(r"[A-Za-z][0-9]|[0-9][A-Za-z]|[A-Za-z0-9]-[0-9]")
"""In ASCII text, where a letter touches a digit run (``_code``): found by one search."""


def _code(s: str, runs: Runs) -> bool:
    """A letter touches some digit run, perhaps across a hyphen: "G7", "F-35", "737MAX"."""
    if len(runs) > RUN_LOOP_MAX and s.isascii():
        return _code_search(s)
    return _code_runs(s, runs)


def _code_search(s: str) -> bool:
    """``_code`` of an ASCII sentence with digits, by one search: letters, digits and
    alphanumerics are then [A-Za-z], [0-9] and both."""
    return _ASCII_CODE_RE.search(s) is not None


def _code_runs(s: str, runs: Runs) -> bool:
    """``_code`` run by run, for any text."""
    for a, b in runs:
        before = _char(s, a - 1)
        if before.isalpha() or _char(s, b).isalpha():
            return True
        if before in "-‑" and (_char(s, a - 2).isalnum()):
            return True
    return False


def _month_next_to(s: str, runs: Runs) -> bool:
    """A month name right before a digit run ("March 5", "Jan., 2024": the name, a full stop
    or comma, blanks) or right after it ("5 March", "5th of May"): what the date pattern's
    month forms need, as a test on each run rather than a search of the whole sentence."""
    n = len(s)
    for a, b in runs:
        i = a
        while i > 0 and s[i - 1].isspace():
            i -= 1
        if i < a:
            if i > 0 and s[i - 1] == ",":
                i -= 1
            if i > 0 and s[i - 1] == ".":
                i -= 1
            j = i
            while j > 0 and (s[j - 1].isalnum() or s[j - 1] == "_"):
                j -= 1
            if s[j : j + 3] in _MONTH_SET:
                return True
        j = b + 2 if s[b : b + 2] in _ORDINAL_ENDS else b
        k = j
        while k < n and s[k].isspace():
            k += 1
        if k > j:
            if s[k : k + 2] == "of" and k + 2 < n and s[k + 2].isspace():
                k += 2
                while k < n and s[k].isspace():
                    k += 1
            if s[k : k + 3] in _MONTH_SET:
                return True
    return False


_TIME_STARTS = ("a.m", "am", "p.m", "pm", "o'", "o’", "gmt", "utc", "et", "est", "edt", "pt", "hrs")


def _time_like(s: str, runs: Runs) -> bool:
    """A digit run followed by a colon, or (blanks allowed) by a letter that can start
    "a.m.", "pm", "o'clock", "GMT", "UTC", "ET", "EST", "EDT", "PT" or "hrs"."""
    n = len(s)
    for _, b in runs:
        if b < n and s[b] == ":":
            return True
        while b < n and s[b].isspace():
            b += 1
        if s[b : b + 3].lower().startswith(_TIME_STARTS):
            return True
    return False


def _phone_like(s: str, runs: Runs) -> bool:
    """A "+", four digits after "-" or "." and a digit ("555-0142"), or a run of 3 to 5
    digits starting with 0 followed by a blank or "-" and a digit ("0800 555 0142"; not the
    "000" of "2 000 police", which a text without punctuation has everywhere)."""
    if "+" in s:
        return True
    n = len(s)
    for a, b in runs:
        if b - a == 4 and a >= 2 and s[a - 1] in "-." and s[a - 2].isdigit():
            return True
        if (
            s[a] == "0"
            and 3 <= b - a <= 5
            and b + 1 < n
            and (s[b].isspace() or s[b] == "-")
            and s[b + 1].isdigit()
        ):
            return True
    return False


def _subsection_like(s: str, runs: Runs) -> bool:
    """A digit run followed by "(", perhaps after one lower-case letter and a blank ("501(c)",
    "793 (f)"), or one in brackets right before another bracket ("(1)(4)")."""
    n = len(s)
    for a, b in runs:
        j = b + (b < n and s[b].islower())
        j += j < n and s[j] == " "
        if j < n and s[j] == "(":
            return True
        if a > 0 and s[a - 1] == "(" and s[b : b + 2] == ")(":
            return True
    return False


def _verse_like(s: str, runs: Runs) -> bool:
    """A digit run of at most three digits after a blank, followed by a colon and a digit:
    what a verse's "5:12" needs."""
    n = len(s)
    return any(
        b - a <= 3
        and a > 0
        and s[a - 1].isspace()
        and b + 1 < n
        and s[b] == ":"
        and s[b + 1].isdigit()
        for a, b in runs
    )


def _g_number(s: str, runs: Runs) -> bool:
    """ "G7", "G-20" (a run after "G" or "G-"), "P5" or "Group of"."""
    if "Group of" in s or "P5" in s:
        return True
    return "G" in s and any(
        (a >= 1 and s[a - 1] == "G") or (a >= 2 and s[a - 1] == "-" and s[a - 2] == "G")
        for a, _ in runs
    )


_GATES: dict[str, Gate] = {
    "url": lambda s, low, runs: (
        _URL_SCHEME in low or _URL_WWW in low or _URL_DOMAINS_RE.search(low) is not None
    ),
    "email": lambda s, low, runs: "@" in s,
    "file": lambda s, low, runs: _FILE_MARKS_RE.search(low) is not None,
    "phone": lambda s, low, runs: _phone_like(s, runs),
    "citation": lambda s, low, runs: "(" in s and _subsection_like(s, runs),
    "verse": lambda s, low, runs: ":" in s and _verse_like(s, runs),
    "ip": lambda s, low, runs: len(runs) >= 4 and s.count(".") >= 3,
    "id": lambda s, low, runs: any(b - a >= 6 for a, b in runs),
    "date": lambda s, low, runs: _month_next_to(s, runs) or _follows(s, runs, "/.-"),
    "time": lambda s, low, runs: _time_like(s, runs),
    "decade": lambda s, low, runs: "0s" in s or "0's" in s or "0’s" in s,
    "year_range": lambda s, low, runs: (
        any(b - a == 4 for a, b in runs) and _follows(s, runs, "-–/")
    ),
    "ordinal": lambda s, low, runs: any(low[b : b + 2] in _ORDINAL_ENDS for _, b in runs),
    "code": lambda s, low, runs: _code(s, runs),
    "group_of": lambda s, low, runs: _g_number(s, runs),
    "roman": lambda s, low, runs: _ROMAN_MARKS_RE.search(s) is not None,
    "score": lambda s, low, runs: _follows(s, runs, "-–—"),
}
_WORD_ONLY = ("group_of", "roman")


def blocked_spans(s: str, has_digit: bool) -> list[tuple[int, int]]:
    """Every span of ``s`` matched by a not-a-claim pattern whose gate lets it run."""
    low = s.lower()
    runs = digit_runs(s) if has_digit else []
    spans: list[tuple[int, int]] = []
    for gate, pattern, where in _BLOCKS if has_digit else _WORD_ONLY_BLOCKS:
        if gate(s, low, runs):
            found = pattern.finditer(s) if where is None else matches_at(pattern, s, where(s, runs))
            spans.extend(m.span() for m in found)
    return spans


def _word_char(c: str) -> bool:
    """What ``\\w`` matches."""
    return c.isalnum() or c == "_"


def _date_starts(s: str, runs: Runs) -> list[int]:
    """Where a date can start: each alternative of the pattern opens with ``\\b`` and a digit
    (so at a digit run's start) or a month name (at a word start)."""
    return sorted([a for a, _ in runs] + word_starts(s, _MONTH_MARKS))


def _code_starts(s: str, runs: Runs) -> list[int]:
    """Where a name with a number can start: every alternative holds a digit run, which starts
    the match, or which the letters and digits before it (from a word start) reach, perhaps
    across one hyphen ("F-35", "COVID-19"): the start of the word run holding a digit run,
    and the start of the word run before a hyphen right before it."""
    starts: list[int] = []
    prev_end = prev_start = -1
    for a, b in runs:
        p = a
        while p > 0 and _word_char(s[p - 1]):
            p -= 1
            if p == prev_end:  # the previous digit run's word run reaches this one
                p = prev_start
                break
        starts.append(p)
        prev_end, prev_start = b, p
        if p >= 2 and s[p - 1] in "-‑" and _word_char(s[p - 2]):
            q = p - 2
            while q > 0 and _word_char(s[q - 1]):
                q -= 1
            starts.append(q)
    return sorted(starts)


_STARTS: dict[str, Callable[[str, Runs], list[int]]] = {
    "date": _date_starts,
    "code": _code_starts,
}
"""Patterns tried only where a match can start (:mod:`factdb.extract.claims.scan`)."""


Block = tuple[Gate, re.Pattern[str], Callable[[str, Runs], list[int]] | None]


def _blocks(names: Iterable[str]) -> tuple[Block, ...]:
    """The patterns NAMES, in their order, each with its gate and where it can start (looked
    up once here rather than by name for every sentence)."""
    return tuple((_GATES[n], lx.BLOCK_PATTERNS[n], _STARTS.get(n)) for n in names)


_BLOCKS: Final = _blocks(lx.BLOCK_PATTERNS)
_WORD_ONLY_BLOCKS: Final = _blocks(_WORD_ONLY)

"""Text, speaker and number normalisation shared by blocking and scoring."""

from __future__ import annotations

import math
import re
import sys
import unicodedata
from functools import lru_cache
from typing import Any

from factdb.extract.text.links import without_links

# Curly quotes, dashes and ellipses vary by outlet and say nothing about what was said.
_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": " ",
        "\u201d": " ",
        '"': " ",
        "\u2013": " ",
        "\u2014": " ",
        "\u2026": " ",
    }
)
# A thousands separator inside a number ("1,000") must not split it into two tokens.
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_PUNCT = re.compile(r"[^\w\s.%$']+")
_LONE_DOT = re.compile(r"(?<!\d)\.|\.(?!\d)")
_LONE_APOSTROPHE = re.compile(r"'(?!\w)|(?<!\w)'")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_WORD = re.compile(r"[a-z0-9][a-z0-9'%$.]*")
_PAGE_CHROME = re.compile(
    r"\b(?:i\s+(?:can\s+confirm\s+i\s+)?(?:have\s+read|agree|accept)\b[^.]{0,40}?"
    r"\b(?:terms|privacy)|please\s+check\s+to\s+proceed|you\s+may\s+unsubscribe|"
    r"sign\s+up\s+now|by\s+(?:clicking|signing\s+up)\b|check\s+your\s+spam\s+folder)",
    re.I,
)
_CHROME_HINTS = (
    "terms",
    "privacy",
    "proceed",
    "unsubscribe",
    "sign up",
    "clicking",
    "signing",
    "spam folder",
)
"""A web page's sign-up form ("I have read and accept the Terms Of Use. Please check to
proceed.", "If you don't get the confirmation within 10 minutes, please check your spam
folder."), which the text of an article sometimes keeps: the same words on every page of an
outlet, they are no statement (on 1,000 archive articles, grouped as copies across stories; on
3,000, the spam folder's "10 minutes" linked as a claim across 7 articles)."""

_STOPWORD_TEXT = """a about after again against all also am an and any are as at be because been
    before
    being but by can could did do does doing down during each few for from further had has
    have having he her here hers him his how i if in into is it it's its just me more most my
    no nor not now of off on once only or other our ours out over own said same says she
    should so some such than that the their theirs them then there these they this those
    through to too under until up very was we were what when where which while who whom why
    will with would you your yours"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_TITLE_TEXT = "mr mrs ms dr sen rep gov pres president senator representative governor the former"
_TITLES = frozenset(_TITLE_TEXT.split())
EMPTY: frozenset[Any] = frozenset()
_SUFFIXES = ("ingly", "edly", "ings", "ing", "ies", "ied", "ed", "es", "ly", "s")


def page_chrome(text: str) -> bool:
    """Whether TEXT is a web page's sign-up or terms form, which links to nothing."""
    lower = text.lower()
    if not any(hint in lower for hint in _CHROME_HINTS):
        return False  # substring tests first: the pattern is slow, and rarely needed
    return bool(_PAGE_CHROME.search(text))


_CAPTIONS = re.compile(
    r"Media playback is unsupported on your device|Media caption|"
    r"Image copyright\b.{0,60}?Image caption|Image caption|"
    r"\barchived recording(?: \d+)?(?!\w)"
)
"""A news site's player and picture captions glued into a quote (BBC: "Media playback is
unsupported on your device Media caption Brexit ..."), and a podcast transcript's speaker
labels in a claim's sentence (the New York Times's "archived recording 2 Tornado on the
ground.", whose "2" is a claim), which two statements then share."""


def without_captions(text: str) -> str:
    """TEXT without the media and image captions' labels (`_CAPTIONS`)."""
    if "Media " not in text and "Image " not in text and "archived rec" not in text:
        return text  # a substring test first: most texts hold none
    return " ".join(_CAPTIONS.sub(" ", text).split())


def normalize_text(text: str) -> str:
    """Lower-case TEXT with punctuation, quote marks and dashes removed and spaces collapsed;
    outlets' inline link text (a legal name glued to headlines) is left out."""
    if "MORE" in text:
        text = without_links(text)
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLATE).lower()
    if "," in text:
        text = _THOUSANDS.sub("", text)
    text = _PUNCT.sub(" ", text)
    # Dots and apostrophes are rare enough that their slower patterns run only when present.
    if "." in text:
        text = _LONE_DOT.sub(" ", text)
    if "'" in text:
        text = _LONE_APOSTROPHE.sub(" ", text)
    return " ".join(text.split())


def tokens(normalized: str) -> list[str]:
    """The word tokens of an already normalised text."""
    return _WORD.findall(normalized)


@lru_cache(maxsize=262144)
def stem(word: str) -> str:
    """A crude suffix-stripping stem, so "strengthening" and "strengthen" meet.

    Stems are interned: a million items share one string per stem instead of holding copies.
    """
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    # "defense" and "defenses" (stem "defens") meet without their final e.
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return sys.intern(word)


def content_stems(normalized: str) -> list[str]:
    """Stems of the words of NORMALIZED that are not stopwords, in order."""
    return [stem(w) for w in _WORD.findall(normalized) if w not in STOPWORDS]


@lru_cache(maxsize=65536)
def capitalised(text: str) -> frozenset[str]:
    """The content stems of TEXT's capitalised words, an opening one too ("Japan's", "Ford, 51")."""
    words = " ".join(w for w in text.split() if w[:1].isupper())
    return frozenset(content_stems(normalize_text(words)))


def numbers_in(normalized: str) -> frozenset[float]:
    """The distinct numbers written in digits in an already normalised text.

    A figure too long to be a float (over 308 digits) is left out: it would be infinity, which
    the link evidence, stored as JSON, cannot hold.
    """
    found = _NUMBER.findall(normalized)
    if not found:
        return EMPTY
    values = (float(n) for n in found)
    return frozenset(v for v in values if math.isfinite(v))


@lru_cache(maxsize=65536)
def speaker_key(name: str | None) -> frozenset[str]:
    """The name words of a speaker, without titles, for comparing attributions across outlets."""
    if not name:
        return EMPTY
    words = tokens(normalize_text(name))
    return frozenset(w for w in words if w not in _TITLES and w not in STOPWORDS and len(w) > 1)


def speakers_agree(a: frozenset[str], b: frozenset[str]) -> bool | None:
    """Whether two speaker keys name the same source; None when either is unknown.

    Outlets name people differently ("Trump", "Donald Trump", "Mr. Trump"), so one shared
    name word is agreement; so is a body's initials ("FCC", "Federal Communications
    Commission": keys are sets, so the initials are compared in any order).
    """
    if not a or not b:
        return None
    return not a.isdisjoint(b) or _initials(a, b) or _initials(b, a)


def _initials(short: frozenset[str], long: frozenset[str]) -> bool:
    """Whether SHORT is one word of the initials of LONG's words (three words or more)."""
    if len(short) != 1 or len(long) < 3:
        return False
    (word,) = short
    return len(word) == len(long) and sorted(word) == sorted(w[0] for w in long)

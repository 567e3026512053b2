"""The duplicate hash: the same normalisation as ever, so stored hashes keep matching."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from factdb.sources.article import content_hash, normalized_for_hash
from factdb.sources.encoding import BOM

_WHITESPACE = " \t\n\r\f\v\x1c\x1f\x85\xa0\u1680\u2000\u2028\u3000\ufeff"


def _oracle(text: str) -> str:
    """The normalisation as first written, with a regular expression."""
    nfc = unicodedata.normalize("NFC", text)
    return re.sub(r"\s+", " ", nfc).strip().removeprefix(BOM).strip()


@given(st.text(alphabet=st.sampled_from(_WHITESPACE) | st.characters()))
def test_normalisation_matches_the_regular_expression(text: str) -> None:
    assert normalized_for_hash(text) == _oracle(text)


def test_hash_of_a_known_text_is_unchanged() -> None:
    text = f"{BOM}  Prices rose\u00a05%\n\n in\tMay. "
    assert normalized_for_hash(text) == "Prices rose 5% in May."
    expected = hashlib.sha256(b"Prices rose 5% in May.").hexdigest()
    assert content_hash(text) == expected

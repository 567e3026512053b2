from __future__ import annotations

import pytest

from factdb.link.relations import CONFLICT_TEXT
from factdb.link.unlike import COMMON_DAYS, common_words_apart, other_amounts


@pytest.mark.parametrize(
    ("apart", "story", "free", "text", "expected"),
    [
        (True, False, False, 60.0, True),
        (False, False, False, 60.0, False),
        (True, True, False, 60.0, False),
        (True, False, True, 60.0, False),
        (True, False, False, CONFLICT_TEXT, False),
    ],
)
def test_other_amounts_outside_a_story_are_two_statements(
    apart: bool, story: bool, free: bool, text: float, expected: bool
) -> None:
    assert other_amounts(apart, story, free, text) is expected


def test_common_words_apart_from_a_story_s_first_days() -> None:
    assert not common_words_apart(None)
    assert not common_words_apart(COMMON_DAYS)
    assert common_words_apart(COMMON_DAYS + 1)

"""A titled surname of two words is the person named in full with a compound given name."""

from __future__ import annotations

from factdb.extract import extract_article


def _names(text: str) -> list[str]:
    return [q.speaker.name if q.speaker else "" for q in extract_article(text).quotes]


def test_a_hyphenated_given_name_and_a_particle_lead_to_the_full_name() -> None:
    text = (
        "“We believe that,” says Marie-Hélène de Lacoste Lareymondie, a regional counselor. "
        "“She is a feminist, of course,” says Ms. Lacoste Lareymondie."
    )
    assert _names(text) == ["Marie-Hélène de Lacoste Lareymondie"] * 2


def test_a_surname_of_two_words_after_a_compound_given_name() -> None:
    # A guard: a surname that opens with a particle was found before.
    text = "“We will see,” says Jean-Claude Van Damme. “Fine,” said Mr. Van Damme."
    assert _names(text) == ["Jean-Claude Van Damme"] * 2


def test_an_owner_before_a_name_is_still_no_given_name() -> None:
    text = "“It is over,” said Vox's Zack Beauchamp. “It is,” said Zack Beauchamp."
    assert _names(text)[1] == "Zack Beauchamp"

"""Number forms news uses, as the claim extractor reads them in whole sentences."""

from __future__ import annotations

import pytest

from factdb.extract.claims import extract_claims

# (sentence, claim text, value, unit)
CASES = [
    ("The plant employs twelve hundred workers.", "twelve hundred workers", 1200, "worker"),
    ("Some twenty-one thousand people attended.", "twenty-one thousand people", 21000, "person"),
    ("The pilot logged 3 hundred hours last year.", "3 hundred hours", 300, "h"),
    ("It sold 4 thousand 3 hundred and 21 tickets.", "4 thousand 3 hundred and 21", 4321, "ticket"),
    ("The city has 1.5 million residents.", "1.5 million residents", 1.5e6, "resident"),
    ("They sold 3 million and a half copies.", "3 million and a half copies", 3.5e6, "copy"),
    ("A quarter of a million homes lost power.", "A quarter of a million homes", 250_000, "home"),
    ("About two thirds of a million people fled.", "two thirds of a million", 2e6 / 3, "person"),
    ("One third of voters backed the plan.", "One third", 1 / 3, None),
    ("A quarter of adults smoke, the survey found.", "A quarter", 0.25, None),
    ("The beam is 1 1/2 inches thick.", "1 1/2 inches", 1.5, "in"),
    ("Temperatures fell to -5 degrees Celsius overnight.", "-5 degrees Celsius", -5, "degC"),
    ("The index closed at minus 3.2 percent.", "minus 3.2 percent", -3.2, "percent"),
    ("The odds were put at one over twenty.", "one over twenty", 0.05, None),
    ("A kibibyte holds 8x2^10 bits.", "8x2^10 bits", 8192, "bit"),
    # units written in ways the first version missed
    ("The crate weighs 20 (kg) empty.", "20 (kg)", 20, "kg"),
    ("It is 30 C outside today.", "30 C", 30, "degC"),
    ("Overnight it fell to -10C.", "-10C", -10, "degC"),
    ("The mill ships 278,000 t of ore a year.", "278,000 t", 278_000, "t"),
    ("The plant handles roughly 4,500 tpd.", "4,500 tpd", 4500, "t/day"),
    ('The new model has a 55" screen.', '55"', 55, "in"),
    ("The part weighs 2,000.45±0.01 pounds.", "2,000.45±0.01 pounds", 2000.45, "lb"),
    ("Helium stays liquid down to absolute zero.", "absolute zero", 0, "K"),
    ("Water boils at 212° on the Fahrenheit scale.", "212°", 212, "degF"),
]


@pytest.mark.parametrize(("text", "surface", "value", "unit"), CASES)
def test_number_form(text: str, surface: str, value: float, unit: str | None) -> None:
    found = [c for c in extract_claims(text) if surface in c.text]
    assert found, [c.text for c in extract_claims(text)]
    assert found[0].value == pytest.approx(value)
    assert found[0].unit == unit


# (sentence, text that must not be read as one number)
NOT_ONE_NUMBER = [
    ("The twenty-fifth anniversary was held on Sunday.", "twenty"),
    ("Between 5 thousand and 6 thousand people came.", "5 thousand and 6"),
    ("He won the vote 52 over 48.", "52 over 48"),
    ("It raised $5 million 300 days ago.", "5 million 300"),
    ('He said "I paid 5" and left.', '5"'),
    ("Boeing filed a 13F report for its 777F fleet.", "13F"),
]


@pytest.mark.parametrize(("text", "surface"), NOT_ONE_NUMBER)
def test_not_one_number(text: str, surface: str) -> None:
    claims = extract_claims(text)
    assert not [c for c in claims if c.text == surface or c.text.endswith(surface)]

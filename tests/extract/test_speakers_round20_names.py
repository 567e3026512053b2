"""The stored form of a speaker's name (``speakers.resolve``, ``speakers.mentions``): a body's
possessive first word kept ("Moody's Investors Service"), "and" inside a body's name before a
title no joint of two people ("Customs and Border Protection Commissioner Kevin McAleenan"),
a body named with "and" no person ("Immigration and Customs Enforcement"), a person after a
body's name and a title ("CNN Polling Director Keating Holland"), a quantity before a
document's noun no issuer ("Various reports"), a common word opening a sentence after a
closing quotation or a colon no surname, a law a document, and a news agency's acronym after
its noun ("news agency SANA")."""

from __future__ import annotations

import pytest

from tests.extract.speaker_pairs import speaker_pairs

_speakers = speaker_pairs


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The last thing they want to do is manage casinos," an analyst from Moody\'s '
            "Investors Service told the Associated Press.",
            ("Moody's Investors Service", "organization"),
        ),
        (
            '"The outlook is negative," Moody’s Investors Service said in a report.',
            ("Moody’s Investors Service", "organization"),
        ),
        (
            "Customs and Border Protection Commissioner Kevin McAleenan told the committee "
            'that "the infrastructure is not compatible" with families.',
            ("Kevin McAleenan", "person"),
        ),
        (
            "House Ways and Means Committee Chairman Kevin Brady said he hopes Congress "
            '"gets it done."',
            ("Kevin Brady", "person"),
        ),
        (
            'Customs and Border Protection says the incident "is under review".',
            ("Customs and Border Protection", "organization"),
        ),
        (
            'U.S. Immigration and Customs Enforcement announced it had "deported" the pastor.',
            ("Immigration and Customs Enforcement", "organization"),
        ),
        (
            '"If those patterns persist, it may matter," said CNN Polling Director Keating '
            "Holland.",
            ("Keating Holland", "person"),
        ),
        (
            'The 14th Amendment says that "all persons born or naturalized" here are citizens.',
            ("14th Amendment", "document"),
        ),
        (
            'Syrian state-run news agency SANA said the army had "liberated" the town.',
            ("SANA", "organization"),
        ),
        # No person's name goes on past an owner's "'s".
        (
            "Best Buy’s Barry said Thursday that “the impact of stimulus” is something the "
            "company will watch.",
            ("Barry", "person"),
        ),
        (
            "President Obama’s Clean Power Plan will be announced Monday. The president stated "
            'Sunday that his plan is "protecting the world we leave to our children."',
            ("Barack Obama", "person"),
        ),
    ],
)
def test_name_form(text: str, speaker: tuple[str, str]) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Two people stay two: a title opens the second ("Vice President"), or neither part
        # has words a body's name ends in.
        (
            'Biden and Vice President Kamala Harris said they "will win."',
            ("Biden and Kamala Harris", "person"),
        ),
        ('Laffer and Moore wrote that "taxes are too high."', ("Laffer and Moore", "person")),
        (
            "The appeals came shortly after Cruz and Florida Sen. Marco Rubio accused each other "
            'of being "soft."',
            ("Cruz and Marco Rubio", "person"),
        ),
        ('Xi and Moon Jae-in said they "agree."', ("Xi and Moon Jae-in", "person")),
        # A place's possessive is no part of the body's name; a title alone is no body.
        (
            'China\'s Foreign Ministry said it was "firmly opposed."',
            ("Foreign Ministry", "organization"),
        ),
        ('"It may matter," General Motors said.', ("General Motors", "organization")),
    ],
)
def test_names_kept(text: str, speaker: tuple[str, str]) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('Various reports say the talks were "very tense" and long.', "Various"),
        (
            'Possible solution: Unequivocally condemn bigotry and "treat people as individuals."',
            "Unequivocally",
        ),
        (
            'He told Politico, "I consider him a good conservative."Opponents say that Cheney '
            '"is an outsider."',
            "Opponents",
        ),
    ],
)
def test_common_words_no_names(text: str, word: str) -> None:
    # An unnamed source may keep the words that describe it ("Various reports").
    assert all(word not in name.split()[-1:] for name, _ in _speakers(text))

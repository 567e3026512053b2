"""When two claims state one measured thing: age groups' bounds and periods after a figure."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date

import pytest

from factdb.link import LinkItem, agreement, score_pair
from factdb.vocab import LinkKind


def claim(
    item_id: int, sentence: str, quantity: str, value: float, unit: str | None, **kw: object
) -> LinkItem:
    item = LinkItem(item_id, LinkKind.CLAIM, item_id, sentence, value=value, unit=unit)
    return replace(item, quantity=quantity, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("sentence", "quantity", "value_max", "expected"),
    [
        ("One-in-five voters under age 35 in the poll would not choose.", "35", None, True),
        ("It is 24 percent of voters younger than 35 who choose Johnson.", "35", None, True),
        ("Just 12 percent of voters aged 35-54 said so.", "35-54", 54.0, True),
        ("And only 9 percent of voters 55 and older agreed.", "55", None, True),
        (
            "Young people between the ages of 18 and 24 voted at a rate of 20 percent.",
            "18",
            None,
            True,
        ),
        ("They were all young women between the ages of about 18 and 22.", "about 18", None, True),
        # A person's age, a count and a threshold of another kind are no age group.
        (
            "Dylann Roof, the 21-year-old charged with murder, was escorted.",
            "21-year-old",
            None,
            False,
        ),
        ("Smith, aged 35, was arrested on Monday.", "35", None, False),
        ("A gunman killed 17 people at the school.", "17 people", None, False),
        (
            "Employers with more than 50 workers must offer insurance.",
            "more than 50 workers",
            None,
            False,
        ),
    ],
)
def test_a_bound_of_an_age_group_is_a_bracket(
    sentence: str, quantity: str, value_max: float | None, expected: bool
) -> None:
    item = claim(1, sentence, quantity, 35.0, "year", value_max=value_max)
    assert agreement.bracket(item) is expected


def test_two_polls_age_groups_are_not_linked() -> None:
    day = date(2016, 8, 29)
    a = claim(
        1,
        "One-in-five voters under age 35 in the Fox News poll wouldn't choose between the two "
        "candidates.",
        "35",
        35.0,
        "year",
        measures="age",
        published=day,
    )
    b = claim(
        2,
        "In the Fox News poll, she only leads Trump by a 5-point margin among voters under age 35.",
        "35",
        35.0,
        "year",
        measures="age",
        published=day,
    )
    match = score_pair(a, b)
    assert match.evidence["terms"]["claim"] == pytest.approx(-match.evidence["text"], abs=0.01)
    assert not match.link
    # The same sentences stating a person's age are still read as one fact.
    person = [replace(c, text=c.text.replace("voters under age 35", "Smith, 35,")) for c in (a, b)]
    assert not agreement.bracket(person[0]) and not agreement.bracket(person[1])


@pytest.mark.parametrize(
    ("sentence", "quantity", "expected"),
    [
        (
            "The deal hikes federal spending by about $320 billion annually.",
            "about $320 billion",
            "year",
        ),
        ("The strike costs the port 15 million euros a day.", "15 million euros a day", "day"),
        ("Output reached 40,000 barrels per day in May.", "40,000 barrels", "day"),
        ("The port lost 60 million euros in the strike.", "60 million euros", None),
        ("It spends $632 billion on other programmes.", "$632 billion", None),
    ],
)
def test_a_period_right_after_the_figure_is_its_basis(
    sentence: str, quantity: str, expected: str | None
) -> None:
    assert agreement.basis(claim(1, sentence, quantity, 1.0, "USD")) == expected


def test_a_yearly_figure_does_not_contradict_a_total() -> None:
    day = date(2019, 8, 1)
    yearly = claim(
        1,
        "The budget deal hikes federal spending by about $320 billion annually.",
        "about $320 billion",
        320e9,
        "USD",
        measures="federal spending",
        published=day,
    )
    total = claim(
        2,
        "The budget deal sets $400 billion in federal spending for fiscal year 2020.",
        "$400 billion",
        400e9,
        "USD",
        measures="federal spending",
        published=day,
    )
    shared = {"budget", "deal", "feder", "spend"}
    assert not agreement.contradicts(yearly, total, shared, text=60)
    unstated = replace(yearly, text=yearly.text.replace(" annually", ""))
    assert agreement.contradicts(unstated, total, shared, text=60)


def _share(item_id: int, sentence: str, quantity: str, value: float) -> LinkItem:
    return claim(
        item_id, sentence, quantity, value, "percent", measures="Obama", published=date(2012, 10, 1)
    )


def test_two_polls_shares_are_no_conflict() -> None:
    a = _share(1, "The AP-GfK poll showed Obama at 45 percent of likely voters.", "45 percent", 45)
    b = _share(2, "A new Battleground Poll shows Obama ahead with 49 percent.", "49 percent", 49)
    shared = {"obama", "likely", "voter", "battleground", "ahead"}
    assert agreement.polled(a) and agreement.polled(b)
    assert not agreement.contradicts(a, b, shared, text=70)
    # One poll's sentence retold with another figure still is.
    assert agreement.contradicts(a, b, shared, text=agreement.SAME_TEXT)
    # Shares outside polls are read as before.
    c = replace(a, text="Obama's share of the vote in Ohio was 45 percent, officials said.")
    d = replace(b, text="Obama's share of the vote in Ohio reached 49 percent, officials said.")
    assert not agreement.polled(c)
    assert agreement.contradicts(c, d, shared, text=70)


def test_an_approval_rating_is_a_polls_share() -> None:
    a = _share(1, "His job approval rating is hovering around 50 percent.", "50 percent", 50)
    b = _share(2, "Some 45 percent disapprove of the job he is doing.", "45 percent", 45)
    c = _share(3, "Her favorability stood at 41 percent in March.", "41 percent", 41)
    assert agreement.polled(a) and agreement.polled(b) and agreement.polled(c)
    assert not agreement.contradicts(a, b, {"job"}, text=70)
    tax = _share(4, "The top tax rate stood at 41 percent in March.", "41 percent", 41)
    assert not agreement.polled(tax)
    vote = _share(5, "Voters approved the proposal 52% to 48% in November.", "52%", 52)
    assert not agreement.polled(vote)


def test_an_item_of_a_breakdown_contradicts_no_total() -> None:
    total = claim(
        1,
        "In August Manafort was convicted on eight counts of fraud and bank fraud.",
        "eight counts",
        8,
        "count",
        measures="counts",
        published=date(2018, 8, 21),
    )
    part = claim(
        2,
        "A jury found Manafort guilty of five counts of tax fraud, two counts of bank fraud, "
        "and one count of failing to disclose foreign bank accounts.",
        "five counts",
        5,
        "count",
        measures="counts",
        published=date(2018, 8, 22),
    )
    shared = {"manafort", "fraud", "bank", "convict"}
    assert agreement.itemised(part) and not agreement.itemised(total)
    assert not agreement.contradicts(total, part, shared, text=70)
    assert agreement.contradicts(
        total, replace(part, text="He was found guilty of five counts."), shared, text=70
    )


@pytest.mark.parametrize(
    ("quantity", "value", "low", "high"),
    [
        ("below 8 percent", 8.0, -math.inf, 8.0),
        ("as high as 19 percent", 19.0, -math.inf, 19.0),
        ("above 50 percent", 50.0, 50.0, math.inf),
        ("exceeding 50%", 50.0, 50.0, math.inf),
    ],
)
def test_bounds_read_below_above_and_as_high_as(
    quantity: str, value: float, low: float, high: float
) -> None:
    item = claim(1, f"The rate was {quantity}.", quantity, value, "percent")
    assert agreement.bounds(item) == (low, high)


@pytest.mark.parametrize(
    ("quantity", "expected"),
    [
        ("three Republicans", True),
        ("nearly nine minutes", True),
        ("8 minutes", True),
        ("another three years", True),
        ("80 people", False),
        ("8.5 percent", False),
        ("three million people", False),
        ("some 5,000", False),
    ],
)
def test_a_figure_written_one_to_nine_is_small(quantity: str, expected: bool) -> None:
    assert agreement.small(claim(1, "x", quantity, 1.0, "count")) is expected


def test_small_figures_conflict_only_in_much_alike_sentences() -> None:
    # One vote's "five Republicans" and a bill's authors' "three Republicans": two groups.
    day = date(2013, 6, 4)
    five = claim(
        1,
        "The 57-43 vote saw five Republicans join with 52 Democrats.",
        "five Republicans",
        5,
        "count",
        measures="Republicans",
        published=day,
    )
    three = claim(
        2,
        "He negotiated with seven other senators — three Republicans and four Democrats.",
        "three Republicans",
        3,
        "count",
        measures="Republicans",
        published=day,
    )
    shared = {"republican", "democrat", "senat", "vote", "immigr"}
    assert not agreement.contradicts(five, three, shared, text=50)
    assert agreement.contradicts(five, three, shared, text=agreement.ALIKE_TEXT)
    # Larger figures of one measured thing still conflict in other words.
    many = [
        replace(c, quantity=f"{c.value:.0f}0 voters", value=c.value * 10) for c in (five, three)
    ]
    assert agreement.contradicts(*many, shared, text=50)


def test_bare_figures_conflict_only_in_nearly_the_same_sentence() -> None:
    # Two closes of the Dow: an index level moves every day.
    a = claim(
        1,
        "The Dow Jones Industrial Average finished the day down 12.94 points to 14,824.39.",
        "14,824.39",
        14824.39,
        None,
        measures="close",
        published=date(2020, 4, 8),
    )
    b = claim(
        2,
        "The Dow Jones Industrial Average jumped 779 points, or 3.4%, to close at 23,433.",
        "23,433",
        23433,
        None,
        measures="close",
        published=date(2020, 4, 8),
    )
    shared = {"dow", "jone", "industri", "averag", "point"}
    assert not agreement.contradicts(a, b, shared, text=70)
    assert agreement.contradicts(a, b, shared, text=agreement.SAME_TEXT)
    counted = [replace(c, unit="count", text=c.text.replace("points", "")) for c in (a, b)]
    assert agreement.contradicts(*counted, shared, text=70)


def test_a_stock_index_move_conflicts_only_in_nearly_the_same_sentence() -> None:
    day = date(2020, 3, 25)
    a = claim(
        1,
        "The Dow Jones Industrial Average jumped 779 points, or 3.4%, to close at 23,433.",
        "779 points, or 3.4%",
        3.4,
        "percentage_point",
        measures="Jones Industrial Average",
        published=day,
    )
    b = claim(
        2,
        "The Dow Jones Industrial Average jumped 1,351.62 points, or 4.4%, to close at 22,552.17.",
        "1,351.62 points, or 4.4%",
        4.4,
        "percentage_point",
        measures="Jones Industrial Average",
        published=day,
    )
    shared = {"dow", "jone", "industri", "averag", "jump", "close"}
    assert agreement.market(a) and not agreement.market(replace(a, text="Support rose 3 points."))
    assert not agreement.contradicts(a, b, shared, text=82)
    assert agreement.contradicts(a, b, shared, text=agreement.SAME_TEXT)


def test_a_figure_of_another_time_is_no_conflict() -> None:
    day = date(2013, 3, 25)
    then = claim(
        1,
        "Nine years ago, support for gay marriage was just 32 percent.",
        "32 percent",
        32,
        "percent",
        measures="support gay marriage",
        published=day,
    )
    now = claim(
        2,
        "Support for gay marriage now stands at 41 percent, a report found.",
        "41 percent",
        41,
        "percent",
        measures="support gay marriage",
        published=day,
    )
    shared = {"support", "gay", "marriag", "stand"}
    assert agreement.then(then) == "nine years ago" and agreement.then(now) is None
    assert not agreement.contradicts(then, now, shared, text=60)
    assert agreement.contradicts(
        replace(then, text="Support for gay marriage was 32 percent."), now, shared, text=60
    )


def test_a_figure_continued_by_a_smaller_unit_contradicts_nothing() -> None:
    day = date(2020, 5, 29)
    eight = claim(
        1,
        "Chauvin had his knee on Floyd's neck for 8 minutes, 46 seconds, the complaint said.",
        "8 minutes",
        480,
        "s",
        measures="Floyd neck",
        published=day,
    )
    nine = claim(
        2,
        "Chauvin kept his knee on Floyd's neck for nearly nine minutes.",
        "nearly nine minutes",
        540,
        "s",
        measures="Floyd neck",
        published=day,
    )
    shared = {"chauvin", "knee", "floyd", "neck"}
    assert agreement.continued(eight) and not agreement.continued(nine)
    assert not agreement.contradicts(eight, nine, shared, text=74)
    whole = replace(eight, text="Chauvin had his knee on Floyd's neck for 8 minutes.")
    assert agreement.contradicts(whole, nine, shared, text=74)


def test_a_figure_the_other_sentence_writes_too_is_no_conflict() -> None:
    day = date(2016, 3, 1)
    both = claim(
        1,
        "The Lone Star State has the biggest cache -- 222 Democratic delegates and 155 for "
        "Republicans.",
        "222 Democratic delegates",
        222,
        "count",
        measures="delegates",
        published=day,
    )
    one = claim(
        2,
        "With 155 delegates, the Lone Star State is the big prize of Super Tuesday.",
        "155 delegates",
        155,
        "count",
        measures="delegates",
        published=day,
    )
    shared = {"lone", "star", "state", "deleg", "texa"}
    assert agreement.written_in(one, both) and not agreement.written_in(both, one)
    assert not agreement.contradicts(both, one, shared, text=50)
    alone = replace(both, text="The Lone Star State has the biggest cache -- 222 delegates.")
    assert agreement.contradicts(alone, one, shared, text=50)


def test_counts_over_two_spans_of_time_are_no_conflict() -> None:
    month = claim(
        1,
        "He wants to get the 22 million Americans who filed for unemployment benefits in the "
        "past month back to work.",
        "22 million Americans",
        22e6,
        "count",
        measures="Americans",
        published=date(2020, 4, 24),
    )
    weeks = claim(
        2,
        "About 30 million Americans have filed for unemployment over the past six weeks.",
        "About 30 million Americans",
        30e6,
        "count",
        measures="Americans",
        published=date(2020, 4, 30),
    )
    shared = {"unemploy", "file", "american", "benefit", "pandem"}
    assert agreement.span(month) == ("", "month") and agreement.span(weeks) == ("six", "week")
    assert not agreement.contradicts(month, weeks, shared, text=50)
    same_span = replace(weeks, text=weeks.text.replace("six weeks", "month"))
    assert agreement.contradicts(month, same_span, shared, text=50)


def _rate(item_id: int, sentence: str, quantity: str, value: float, **kw: object) -> LinkItem:
    day = date(2012, 6, 14)
    return claim(item_id, sentence, quantity, value, "percent", published=day, **kw)


def test_another_subjects_figure_is_no_conflict() -> None:
    ohio = _rate(
        1,
        "But Ohio, whose unemployment rate is 7.4 percent, is faring better than many other "
        "areas of the country.",
        "7.4 percent",
        7.4,
        measures="unemployment rate",
    )
    nation = _rate(
        2,
        "The report left the national unemployment rate unchanged at 8.2 percent.",
        "8.2 percent",
        8.2,
        measures="unemployment rate unchanged",
    )
    shared = {"unemploy", "rate", "report", "unchang"}
    assert agreement.other_subject(ohio, nation)
    assert not agreement.contradicts(ohio, nation, shared, text=60)
    # Without the other subject, one rate reported twice with two values conflicts.
    plain = replace(ohio, text="The unemployment rate is 7.4 percent, faring better than many.")
    assert agreement.contradicts(
        plain, replace(nation, text=nation.text.replace("national ", "")), shared, text=60
    )


@pytest.mark.parametrize(
    ("first", "q1", "second", "q2"),
    [
        # A name that owns the figure, absent from the other sentence.
        (
            "Hide caption Tsarnaev, 19, is searched by law enforcement officers Friday.",
            "19",
            "Tamerlan Tsarnaev, 26, died after a shootout with police early Friday.",
            "26",
        ),
        # A scope one sentence gives its figure.
        (
            "Unemployment stands at 14.7%, the highest rate since the Great Depression.",
            "14.7%",
            "But for black workers, the unemployment rate was 16.8 percent, a slight uptick.",
            "16.8 percent",
        ),
        # Each names its own subject, in the quantity too ("Republican").
        (
            "To accomplish that, Sanders will need to win about 70% of all remaining pledged "
            "delegates in the final nine contests, according to CNN estimates.",
            "about 70% of all remaining",
            "Trump needs to win 49% of the remaining Republican delegates to capture the "
            "nomination, according to CNN estimates.",
            "49% of the remaining Republican delegates",
        ),
    ],
)
def test_figures_of_other_people_or_scopes_are_other_subjects(
    first: str, q1: str, second: str, q2: str
) -> None:
    a = LinkItem(1, LinkKind.CLAIM, 1, first, quantity=q1)
    b = LinkItem(2, LinkKind.CLAIM, 2, second, quantity=q2)
    assert agreement.other_subject(a, b)
    assert not agreement.other_subject(a, replace(b, text=first, quantity=q1))


def test_figures_of_other_nouns_are_no_conflict() -> None:
    day = date(2012, 12, 2)
    offer = claim(
        1,
        "The plan calls for nearly $1.6 trillion in new tax revenue over the next decade.",
        "nearly $1.6 trillion",
        1.6e12,
        "USD",
        measures="plan calls",
        published=day,
    )
    gop = claim(
        2,
        "The plan promises $2.2 trillion in deficit savings over the next decade.",
        "$2.2 trillion",
        2.2e12,
        "USD",
        measures="plan promises",
        published=day,
    )
    shared = {"plan", "decad", "next"} | {"trillion", "promis", "call", "over"}
    assert agreement.counted(offer) == {"new", "tax", "revenu"}
    assert not agreement.contradicts(offer, gop, shared, text=60)
    # The same noun counted is a conflict (a figure that is no plan's: `qualifiers.planned`).
    raised = replace(offer, text=offer.text.replace("The plan calls for", "The deal raised"))
    revenue = replace(
        gop,
        text=gop.text.replace("The plan promises", "The deal raised").replace(
            "deficit savings", "new revenue"
        ),
    )
    assert agreement.contradicts(raised, revenue, shared, text=60)


def test_part_of_a_count_and_margins_of_error_are_no_conflict() -> None:
    day = date(2012, 9, 27)
    four = claim(
        1,
        "Four Americans, including U.S. Ambassador Christopher Stevens, were killed "
        "in the assault on the consulate in Benghazi.",
        "Four Americans",
        4,
        "count",
        measures="Americans killed",
        published=day,
    )
    three = claim(
        2,
        "Ambassador Christopher Stevens and three other Americans were killed in the "
        "assault on the consulate in Benghazi.",
        "three other Americans",
        3,
        "count",
        measures="Americans killed",
        published=day,
    )
    shared = {"ambassador", "christoph", "steven", "kill", "assault", "consul", "benghazi"}
    assert agreement.partial(three) and not agreement.partial(four)
    assert not agreement.contradicts(four, three, shared, text=90)
    assert agreement.contradicts(four, replace(three, quantity="three Americans"), shared, text=90)
    error = claim(
        3,
        "The survey's overall sampling error is plus or minus 3.5 percentage points.",
        "minus 3.5 percentage points",
        3.5,
        "percentage_point",
        measures="overall sampling error",
        published=day,
    )
    other = replace(
        error,
        id=4,
        article_id=4,
        value=3.1,
        quantity="minus 3.1 percentage points",
        text=error.text.replace("3.5", "3.1"),
    )
    assert agreement.margin(error)
    assert not agreement.contradicts(error, other, {"overal", "sampl", "error", "survey"}, text=100)


@pytest.mark.parametrize(
    ("sentence", "quantity", "expected"),
    [
        (
            "He would raise $600 billion in new tax revenue over a decade.",
            "$600 billion",
            "revenue",
        ),
        ("The deal has $600 billion in spending cuts.", "$600 billion", "cut"),
        ("Congress passed $600 billion in spending last year.", "$600 billion", "spending"),
        ("It adds $1.5 trillion to the deficit.", "$1.5 trillion", None),
        ("Dreamers get three years of temporary legal status.", "three years", None),
        ("He earned $600 billion.", "$600 billion", None),
    ],
)
def test_the_kind_of_a_sum_is_the_noun_heading_what_it_is_of(
    sentence: str, quantity: str, expected: str | None
) -> None:
    assert agreement.kind(claim(1, sentence, quantity, 6e11, "USD")) == expected


@pytest.mark.parametrize(
    ("quantity", "expected"),
    [
        ("almost half", -1),
        ("nearly 800,000", -1),
        ("just under 5 percent", -1),
        ("more than half", 1),
        ("over 800,000", 1),
        ("about half", 0),
        ("half", 0),
        ("at least 10", 0),
    ],
)
def test_the_side_a_figure_is_approached_from(quantity: str, expected: int) -> None:
    assert (
        agreement.side(claim(1, f"They found {quantity} of them.", quantity, 0.5, None)) == expected
    )


@pytest.mark.parametrize(
    ("quantity", "expected"),
    [
        ("two-man", True),
        ("three-judge", True),
        ("9-member", True),
        ("two-state", True),
        ("three-step", True),
        ("three-strikes", True),
        ("two-year", False),
        ("11-month", False),
        ("three judges", False),
    ],
)
def test_a_bodys_make_up_is_a_compound(quantity: str, expected: bool) -> None:
    assert (
        agreement.compound(claim(1, f"It is a {quantity} thing.", quantity, 2.0, "count"))
        is expected
    )


def test_a_two_state_solution_is_no_figure_two_stories_share() -> None:
    # Two stories' "two-state solution" (two weeks apart) linked at 66 as one fact.
    plans = claim(
        1,
        "He said he will try to restart negotiations toward a two-state solution for the "
        "Israelis and Palestinians.",
        "two-state",
        2.0,
        "count",
        measures="Israelis solution",
        published=date(2012, 10, 8),
    )
    hope = claim(
        2,
        "Time may be running out for a two-state solution to the Palestinian-Israeli conflict.",
        "two-state",
        2.0,
        "count",
        measures="solution",
        published=date(2012, 9, 25),
    )
    assert not score_pair(plans, hope).link


@pytest.mark.parametrize(
    ("quantity", "expected"),
    [("501(c", True), ("2(c)", True), ("501 groups", False), ("2 percent", False)],
)
def test_a_section_of_a_code_is_a_citation(quantity: str, expected: bool) -> None:
    item = claim(1, "They are 501(c)(4) groups.", quantity, 501.0, "USD")
    assert agreement.citation(item) is expected


def test_two_articles_citing_one_section_of_the_tax_code_state_no_figure() -> None:
    groups = claim(
        1,
        "These tax-exempt groups include 501(c)(4) organizations (named for the relevant "
        "section of the code).",
        "501(c",
        5.01,
        "USD",
        measures="tax-exempt groups include",
        published=date(2013, 5, 12),
    )
    donors = claim(
        2,
        "It does not include national political groups registered under a section of the Tax "
        "Code - 501(c) - that doesn't require them to disclose their donors.",
        "501(c",
        5.01,
        "USD",
        measures="Tax Code",
        published=date(2013, 6, 12),
    )
    assert not score_pair(groups, donors).link


def _tariff(item_id: int, sentence: str) -> LinkItem:
    return claim(item_id, sentence, "25 percent", 25.0, "percent", measures="tariffs")


def test_rates_of_other_sums_are_apart_and_of_one_sum_are_not() -> None:
    first = _tariff(1, "Trump imposed 25 percent tariffs on $34 billion of Chinese goods.")
    second = _tariff(2, "He raised tariffs on $200 billion worth of Chinese imports to 25 percent.")
    again = _tariff(3, "Tariffs on $200 billion in Chinese goods went up to 25 percent on Friday.")
    plain = _tariff(4, "The tariffs rose to 25 percent on Friday.")
    assert agreement.other_base(first, second)
    assert not agreement.other_base(second, again)
    assert not agreement.other_base(first, plain)  # one sentence writes no sum


def _claim_term(a: LinkItem, b: LinkItem) -> float:
    return float(score_pair(a, b).evidence["terms"]["claim"])


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            (
                "The Democrats want $600 billion in new tax revenue as part of the deal.",
                "$600 billion",
                6e11,
                "USD",
            ),
            (
                "The Republicans offered a deal with $600 billion in spending cuts.",
                "$600 billion",
                6e11,
                "USD",
            ),
        ),
        (
            (
                "Almost half of the new jobs created last month went to women, the report said.",
                "almost half",
                0.5,
                None,
            ),
            (
                "More than half of the new jobs created last month went to part-time workers.",
                "more than half",
                0.5,
                None,
            ),
        ),
        (
            (
                "Trump imposed 25 percent tariffs on $34 billion of Chinese goods this month.",
                "25 percent",
                25.0,
                "percent",
            ),
            (
                "Trump raised tariffs on $200 billion of Chinese goods to 25 percent this month.",
                "25 percent",
                25.0,
                "percent",
            ),
        ),
        (
            (
                "Sanders said the primary had become a two-man race after Super Tuesday.",
                "two-man",
                2.0,
                "count",
            ),
            (
                "Cruz said the Republican primary had become a two-man race with Trump.",
                "two-man",
                2.0,
                "count",
            ),
        ),
    ],
)
def test_one_figure_of_two_things_by_how_it_is_written_is_not_linked(
    first: tuple[str, str, float, str | None], second: tuple[str, str, float, str | None]
) -> None:
    day = date(2019, 5, 10)
    a = claim(
        1, first[0], first[1], first[2], first[3], published=day, measures="jobs deal tariffs race"
    )
    b = claim(
        2,
        second[0],
        second[1],
        second[2],
        second[3],
        published=day,
        measures="jobs deal tariffs race",
    )
    match = score_pair(a, b)
    assert match.evidence["terms"]["claim"] < 0
    assert not match.link


def test_one_figure_written_alike_keeps_its_claim_term() -> None:
    day = date(2019, 5, 10)
    a = claim(
        1,
        "Trump raised tariffs on $200 billion of Chinese goods to 25 percent on Friday.",
        "25 percent",
        25.0,
        "percent",
        published=day,
        measures="tariffs",
    )
    b = claim(
        2,
        "On Friday the U.S. raised tariffs on $200 billion of Chinese imports to 25 percent.",
        "25 percent",
        25.0,
        "percent",
        published=day,
        measures="tariffs",
    )
    assert _claim_term(a, b) > 0


def test_the_kind_of_a_sum_reads_its_whole_noun_phrase() -> None:
    sentence = "With $85 billion in automatic across-the-board spending cuts set to take effect."
    assert agreement.kind(claim(1, sentence, "$85 billion", 8.5e10, "USD")) == "cut"


def test_counts_rounded_either_way_are_not_on_opposite_sides() -> None:
    nearly = claim(1, "DACA protects nearly 800,000 immigrants.", "nearly 800,000", 8e5, "count")
    more = claim(2, "DACA protected more than 800,000 Dreamers.", "more than 800,000", 8e5, "count")
    assert not agreement.opposite_sides(nearly, more)
    almost = claim(3, "Almost half of new jobs went to women.", "almost half", 0.5, None)
    most = claim(4, "More than half of new jobs went to minorities.", "more than half", 0.5, None)
    assert agreement.opposite_sides(almost, most)


def _dated(item: LinkItem, day: date, measures: str) -> LinkItem:
    return replace(item, published=day, measures=measures)


def test_shares_beside_other_shares_are_two_polls() -> None:
    """Archive reading: Christie's "26 percent" positive view against Rubio's, twenty days apart."""
    a = _dated(
        claim(
            1,
            "What's more, a majority of Americans have a negative view (51 percent) of Christie, "
            "while just more than quarter (26 percent) have a positive one.",
            "26 percent",
            26.0,
            "percent",
        ),
        date(2015, 4, 2),
        "positive view",
    )
    b = _dated(
        claim(
            2,
            "Marco Rubio had the highest net favorability rating with 26 percent holding a "
            "positive view versus 21 percent who have a negative view, the poll found.",
            "26 percent",
            26.0,
            "percent",
        ),
        date(2015, 3, 13),
        "positive view",
    )
    assert agreement.shares(a) == {51.0}
    assert agreement.other_shares(a, b)
    assert agreement.figures_apart(a, b)
    assert not score_pair(a, b).link


def test_one_measure_told_twice_shares_its_other_shares() -> None:
    a = claim(
        1,
        "Hispanics are becoming a bigger part of the electorate -- from 9 percent in 2008 to "
        "10 percent in 2012.",
        "10 percent",
        10.0,
        "percent",
    )
    b = claim(
        2,
        "The Hispanic portion of the electorate keeps steadily growing: 8 percent in 2004, 9 "
        "percent in 2008, 10 percent in 2012.",
        "10 percent",
        10.0,
        "percent",
    )
    assert not agreement.other_shares(a, b)


def test_a_rate_beside_other_rates_within_a_story_is_one_rate_unless_polled() -> None:
    day = date(2018, 5, 4)
    a = _dated(
        claim(1, "The jobless rate fell to 3.9%, and wages rose 2.6%.", "3.9%", 3.9, "percent"),
        day,
        "jobless rate",
    )
    b = _dated(
        claim(2, "The jobless rate of 3.9% beat the 4.0% expected.", "3.9%", 3.9, "percent"),
        day,
        "jobless rate",
    )
    assert not agreement.other_shares(a, b)
    polled = replace(b, text="The poll found 3.9% agree and 4.0% disagree.")
    assert agreement.other_shares(a, polled)


def test_the_old_end_of_a_change_is_no_poll() -> None:
    a = claim(
        1,
        "It cuts the corporate rate to 21 percent from 35 percent.",
        "35 percent",
        35.0,
        "percent",
        change="from",
    )
    b = claim(
        2,
        "It would have reduced the corporate tax rate to 20 percent from 35 percent.",
        "35 percent",
        35.0,
        "percent",
        change="from",
    )
    assert not agreement.other_shares(a, b)


@pytest.mark.parametrize(
    ("sentence", "quantity", "expected"),
    [
        ("( Also on POLITICO: RNC 2012: 8 Takeaways)", "8", True),
        ("Here are five things to watch Tuesday:", "five things", True),
        ("Three reasons the deal failed", "Three", True),
        ("Five people were killed in the attack.", "Five people", False),
        ("It has 8 members.", "8", False),
    ],
)
def test_a_list_length_is_no_fact(sentence: str, quantity: str, expected: bool) -> None:
    assert agreement.listing(claim(1, sentence, quantity, 5.0, None)) is expected


def test_a_part_of_a_total_contradicts_no_count_of_it() -> None:
    """Archive reading: "144 delegates at stake" proposed as a conflict of "between 98 and 123
    of the 172 delegates at stake", six days apart."""
    a = _dated(
        claim(
            1,
            "Polls give him an edge in all five contests, with 144 delegates at stake.",
            "144 delegates",
            144.0,
            "delegate",
        ),
        date(2016, 4, 20),
        "delegates",
    )
    b = _dated(
        replace(
            claim(
                2,
                "Trump is widely expected to win all five contests and win between 98 and 123 "
                "of the 172 delegates at stake.",
                "between 98 and 123",
                98.0,
                "delegate",
            ),
            value_max=123.0,
        ),
        date(2016, 4, 26),
        "delegates",
    )
    assert agreement.partial(b)
    assert not agreement.partial(a)
    assert not agreement.contradicts(a, b, frozenset({"contest", "stake", "delegat", "five"}))


def test_spans_of_other_sums_are_two_plans() -> None:
    """Archive reading: "over 10 years" of a tax deal's revenue and of E-Verify's cost."""
    a = claim(
        1,
        "That would generate an estimated $600 billion in additional revenue over 10 years.",
        "over 10 years",
        3652.5,
        "day",
    )
    b = claim(
        2,
        "The Congressional Budget Office estimated the program would cost $17.3 billion in "
        "revenue over 10 years.",
        "over 10 years",
        3652.5,
        "day",
    )
    assert agreement.other_base(a, b)
    same = replace(b, text="It would raise $600 billion in revenue over 10 years.")
    assert not agreement.other_base(a, same)


@pytest.mark.parametrize(
    ("value", "unit", "told"),
    [
        (3.28e6, "count", True),  # "3.28 million" claims
        (69_000.0, "count", True),
        (5.7e9, "USD", True),
        (250_000.0, "GBP", True),
        (800_000.0, "count", False),  # round: many stories' figure
        (1e9, "USD", False),
        (45.0, "count", False),  # too small to tell one story
        (3652.5, "day", False),  # ten years in days: no count or sum
        (12.5e6, "percent", False),
    ],
)
def test_told_figure_is_a_specific_count_or_sum(value: float, unit: str, told: bool) -> None:
    item = LinkItem(1, LinkKind.CLAIM, 1, "x", value=value, unit=unit, quantity="x")
    assert agreement.told_figure(item) is told


def test_other_measured_needs_two_named_things_with_no_word_in_common() -> None:
    def item(measures: str | None) -> LinkItem:
        return LinkItem(1, LinkKind.CLAIM, 1, "x", value=4, unit="count", measures=measures)

    assert agreement.other_measured(item("polls"), item("individual donors"))
    assert not agreement.other_measured(item("unique donors"), item("individual donors"))
    assert not agreement.other_measured(item(None), item("donors"))


def test_a_spread_of_ages_agrees_only_with_the_same_bounds() -> None:
    panel = claim(
        1,
        "The group of 18 men and seven women, ranging in age from 31 to 88, agreed to weigh in.",
        "from 31 to 88",
        31.0,
        None,
        value_max=88.0,
        measures="age",
    )
    shot = claim(
        2,
        "Police say eight women and seven men were shot, ranging in age from 10 to 59.",
        "from 10 to 59",
        10.0,
        None,
        value_max=59.0,
        measures="age",
    )
    men = claim(3, panel.text, "18 men", 18.0, "count", measures="men")
    shared = frozenset({"women", "men", "rang", "age", "seven"})
    assert agreement.spread(panel) and agreement.spread(shot) and not agreement.spread(men)
    assert not agreement.agrees(panel, shot, shared)
    assert not agreement.agrees(shot, men, shared)
    assert agreement.agrees(shot, replace(shot, id=4), shared)
    # A range not of a group's spread still holds a figure inside it.
    plan = claim(5, "Cuts of from 26 to 28 percent by 2025.", "from 26 to 28", 26.0, None)
    assert not agreement.spread(replace(plan, value_max=28.0))


def test_sums_of_other_terms_are_no_conflict() -> None:
    """Archive reading: a budget deal's first year against its two years, one day."""
    day = date(2019, 8, 1)
    first = claim(
        1,
        "It establishes a $1.37 trillion budget agreement in the first year, with $738 billion "
        "for defense spending.",
        "$1.37 trillion",
        1.37e12,
        "USD",
        measures="budget agreement",
        published=day,
    )
    both = claim(
        2,
        "The two-year, $2.7 trillion budget deal hikes federal spending by about $320 billion "
        "annually.",
        "$2.7 trillion",
        2.7e12,
        "USD",
        measures="budget deal",
        published=day,
    )
    shared = frozenset({"trillion", "budget", "spend", "feder"})
    assert agreement.term(first) == {"first year"}
    assert agreement.term(both) == {"two-year"}
    assert not agreement.contradicts(first, both, shared, text=90)
    retold = replace(both, text=both.text.replace("two-year", "first year's"))
    assert agreement.term(retold) == {"first year"}
    assert agreement.contradicts(first, retold, shared, text=90)
    # An age is no term.
    assert not agreement.term(replace(first, text="The 30-year-old paid $1.37 trillion."))


def test_chances_and_baskets_are_no_conflict() -> None:
    """Archive reading: two days' odds of a rate cut, a plan's sum with what else it holds."""
    odds = claim(
        1,
        "The market predicted a 100% chance of a rate cut in March.",
        "100%",
        100.0,
        "percent",
        measures="chance",
        published=date(2020, 3, 3),
    )
    later = claim(
        2,
        "Investors were betting there was a 75% chance the Fed will cut interest rates in March.",
        "75%",
        75.0,
        "percent",
        measures="chance",
        published=date(2020, 3, 9),
    )
    shared = frozenset({"chanc", "rate", "cut", "march", "fed"})
    assert agreement.forecast(odds) and agreement.forecast(later)
    assert not agreement.contradicts(odds, later, shared, text=60)
    plain = [replace(x, text=x.text.replace("chance", "share")) for x in (odds, later)]
    assert not agreement.forecast(plain[0])
    day = date(2012, 10, 9)
    cut = claim(
        3,
        "Romney says he will pay for a $5 trillion tax cut without raising the deficit.",
        "$5 trillion",
        5e12,
        "USD",
        measures="tax cut",
        published=day,
    )
    both = claim(
        4,
        "Romney is promising to pay for $6.34 trillion of new tax cuts and spending increases.",
        "$6.34 trillion",
        6.34e12,
        "USD",
        measures="new tax cuts",
        published=day,
    )
    held = replace(
        cut,
        text="Romney's tax plan is estimated to cost $5 trillion — including the cost of "
        "extending the Bush tax cuts.",
    )
    shared = frozenset({"romney", "tax", "cut", "trillion", "pay"})
    assert agreement.basket(both) and agreement.basket(held) and not agreement.basket(cut)
    assert not agreement.contradicts(cut, both, shared, text=60)
    alone = replace(both, text=both.text.replace(" and spending increases", ""))
    assert not agreement.basket(alone)
    assert agreement.contradicts(cut, alone, shared, text=60)
    assert not agreement.contradicts(held, alone, shared, text=60)
    # Two figures joined by "and" hold no basket.
    pair = replace(alone, text="It offers $6.34 trillion in tax cuts and $1 trillion more.")
    assert not agreement.basket(pair)

"""The validity suite, continued: the false frame findings of check11j-new (Fox, the New York Times and HuffPost on
Michael Steele's future at the RNC, December 2010, and on Chick-fil-A Appreciation Day, August 2012), each as a table of
the sentence misread and near misses, which must keep their reading.

- SR-23: "picked up 19 state legislative bodies in the November midterm election" was Fox's only legality cue
  ("Legality, constitutionality, jurisprudence: highest in US right, 14%"): a legislature is a political body, not law.
- SR-24: "The political director of the committee resigned in protest last month" was the New York Times's only
  public-opinion cue ("Public opinion: highest in US center, 9%"): one official's protest is no public's opinion.
- CF-25: "As gay rights groups launched boycotts" was HuffPost's only legality cue ("highest in US left, 25%"), and
  "gay and lesbian rights groups" the Times's: the rights a group is named for label the group, not the sentence.
- CF-26: "They plan a “kiss-in”", "plans for a same-sex kiss-in" and "his television and radio programs" were the
  policy-prescription cues of Fox and the Times: a protest's plans and broadcasts prescribe no policy.
"""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.frames import frames_lexicon, frames_matcher


def _frames(sentence: str, category: str) -> list[str]:
    return [h.cue.lower() for h in frames_matcher(frames_lexicon(Lenses())).find(sentence) if h.category == category]


# --- SR-23: a legislature is a political body ------------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "Republicans picked up 63 seats in the House, narrowed the gap in the Senate and picked up 19 state legislative "
        "bodies in the November midtem election, but pressure has been mounting all year for Steele to step down from "
        "the position.",
        "The New Jersey state legislature is also investigating the lane closures.",
        "Emails and text messages turned over to legislators suggest it may have been a message to the mayor.",
        "Democrats won control of six state legislatures.",
    ],
)
def test_a_legislature_is_no_legality_cue(sentence: str) -> None:
    assert _frames(sentence, "legality") == []


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        ("The legislature picked up 19 seats.", ["legislature"]),
        ("State legislators met in a special session.", ["legislators"]),
        ("A state legislative committee has also issued subpoenas.", ["legislative"]),
    ],
)
def test_a_legislature_is_a_political_cue(sentence: str, cues: list[str]) -> None:
    assert _frames(sentence, "political") == cues


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        ("Saudi Arabia has objected vehemently to the legislation.", ["legislation"]),
        ("There was ample room for Congress to legislate without worrying about court decisions.",
         ["legislate", "court"]),
        ("The state legislated a ban on the sale of ivory.", ["legislated"]),
        ("The new law was struck down by the court.", ["law", "court"]),
    ],
)
def test_legislation_and_the_law_stay_legality_cues(sentence: str, cues: list[str]) -> None:
    assert _frames(sentence, "legality") == cues


# --- SR-24: one person's protest ------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "The political director of the committee resigned in protest last month and is among those vying for the job.",
        "Two board members resigned from the panel in protest.",
        "She quit in protest over the decision.",
        "The envoy stepped down in protest at the new policy.",
        "His resignation in protest was announced on Friday.",
    ],
)
def test_resigning_in_protest_is_no_public_opinion(sentence: str) -> None:
    assert _frames(sentence, "public_opinion") == []


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        ("But as protests against Chick-fil-A swelled across the country, dozens of groups joined in support of the "
         "company.", ["protests"]),
        ("The video touched off a storm of protests from people on all sides of the political spectrum.", ["protests"]),
        ("Thousands marched in protest against the resignation of the minister.", ["protest"]),
        ("The minister resigned and thousands marched in protest.", ["protest"]),
        ("West Hollywood bar The Abbey introduced a sandwich as a protest against the chain.", ["protest"]),
        ("The minister resigned after weeks of protests and a poll showing his approval at 20 percent.",
         ["protests", "poll", "approval"]),
    ],
)
def test_the_publics_protests_stay_public_opinion(sentence: str, cues: list[str]) -> None:
    assert _frames(sentence, "public_opinion") == cues


# --- CF-25: the rights a group is named for -------------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "As gay rights groups launched boycotts against the company, prominent conservative figures like former "
        "Arkansas Gov. Mike Huckabee began showing their support by visiting the restaurant.",
        "The Gay and Lesbian Alliance Against Defamation has asked supporters to donate the cost of a meal at a "
        "Chick-fil-A, about $6.50, to gay and lesbian rights groups.",
        "Same-sex marriage was a little-discussed item on the agenda of national gay rights leaders.",
        "Evan Wolfson is the founder of Freedom to Marry, a gay rights organization.",
        "One strain of criticism came from human rights and civil liberties activists.",
        "Human rights groups called for his release.",
        "A gay-rights group asked supporters to stay home.",
        "The Human Rights Campaign asked supporters to stay home.",
        "Human Rights Campaign president Chad Griffin asked supporters to stay home.",
        "He was a civil rights leader in the 1960s.",
    ],
)
def test_the_rights_in_a_groups_name_or_label_are_no_legality_cue(sentence: str) -> None:
    assert _frames(sentence, "legality") == []


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        ("Those states offer an array of different rights to same-sex couples.", ["rights"]),
        ("He previously had said he supported equal rights for same-sex couples.", ["rights"]),
        ("Rights groups said the ruling violated the rights of detainees.", ["ruling", "violated", "rights"]),
        ("The report criticised China's record on human rights.", ["human rights"]),
        ("Human rights are universal.", ["human rights"]),
    ],
)
def test_rights_held_or_denied_stay_legality_cues(sentence: str, cues: list[str]) -> None:
    assert _frames(sentence, "legality") == cues


# --- CF-26: a protest's plans, broadcast programs ---------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "They plan a “kiss-in” at Chick-fil-A restaurants across the country – encouraging gays and lesbians to share a "
        "public display of affection at the home of the chicken sandwich.",
        "This prompted calls to boycott Chick-fil-A that were supported by the mayors of Boston and Chicago, along with "
        "plans for a same-sex kiss-in at the restaurants on Friday.",
        "Activists plan a rally outside the statehouse.",
        "Organizers announced plans for a march on Washington.",
        "Last weekend, Mr. Huckabee used his television and radio programs, as well as Facebook, to help organize an "
        "appreciation day for Chick-fil-A on Wednesday.",
        "Central figures on network news programs mixed cautious words of optimism with dire warnings.",
        "“It would result in the stock market really taking a hit,” Ms. Lagarde said on the CNN program “State of the "
        "Union.”",
        "Mr. Graham told “The Mike Gallagher Show” radio program that he would vote for the nominee.",
        "She hosts a TV programme on cooking.",
        "CNN announced that it would fire her from the annual New Year’s Eve program she has co-hosted.",
    ],
)
def test_a_protests_plans_and_broadcast_programs_are_no_policy(sentence: str) -> None:
    assert _frames(sentence, "policy") == []


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        ("But Republicans oppose Mr. Obama’s $447 billion job-creation plan, which also includes tax cuts.", ["plan"]),
        ("The Senate began the latest partisan debate over his plans.", ["plans"]),
        ("Officials unveiled plans for a new tax on imports.", ["plans"]),
        ("The governor's plan a week earlier drew criticism.", ["plan"]),
        ("Republicans want savings in entitlement programs.", ["programs"]),
        ("The Fish and Wildlife Service said the permits will raise money for conservation programs.", ["programs"]),
        ("The agency will expand the school lunch program next year.", ["program"]),
        ("The agency hosts a training program for teachers.", ["program"]),
    ],
)
def test_policy_plans_and_programs_stay_policy_cues(sentence: str, cues: list[str]) -> None:
    assert _frames(sentence, "policy") == cues

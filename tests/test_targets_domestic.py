"""The default actors (China, the United States) are the bundled reports' pair: a story that names only one of them
is not about that pair — a US Senate race, a justice's remarks — and its "Tone naming The United States" would be the
tone of sentences about a candidate or a court (check9 BV-28, TG-28; check7/8 ET-33, FL-26, SE-24). Without report
targets, the defaults apply only where both are named; and a seat, a candidacy or a court named with the country's
name is not the country acting."""

from __future__ import annotations

import pytest

from contrast.metrics import get_metric
from tests.reportkit import make_corpus, origin_figure

CHINA = "China announced new tariffs on soybeans."
US = "The United States imposed harmful and unfair tariffs."
DOMESTIC = "The senator's campaign answered the report in a statement."


def test_the_defaults_need_both_actors_named() -> None:
    domestic = make_corpus({"a": ("x", US + " " + DOMESTIC), "b": ("y", DOMESTIC)})
    figures = get_metric("targets")(domestic).figures
    assert figures is None or figures.filter(figures["measure"].str.contains("united_states")).is_empty()
    both = make_corpus({"a": ("x", US + " " + CHINA), "b": ("y", CHINA + " " + US)})
    measures = set(get_metric("targets")(both).figures.get_column("measure"))
    assert measures == {"tone:china", "mentions:china", "tone:united_states", "mentions:united_states"}


def test_a_reports_own_actor_stays_when_named_alone() -> None:
    corpus = make_corpus(
        {"a": ("x", "The EU praised the deal. " + DOMESTIC), "b": ("y", DOMESTIC)},
        lenses={"targets": [{"id": "eu", "label": "The EU", "aliases": ["EU"]}]},
    )
    assert set(get_metric("targets")(corpus).figures.get_column("measure")) == {"tone:eu", "mentions:eu"}


@pytest.mark.parametrize(
    "sentence",
    [
        # BV-28, TG-28: a seat, a candidacy, a debate, a court
        "He is a Democrat now running for the United States Senate.",
        "Connecticut Attorney General and U.S. Senate candidate Richard Blumenthal spoke on Tuesday.",
        "The two met at a US Senate debate in Hartford.",
        "Justice Ginsburg of the U.S. Supreme Court apologized for her remarks.",
        "The Code of Conduct for U.S. judges does not bind the justices.",
    ],
)
def test_a_seat_a_candidacy_or_a_court_is_not_the_country(sentence: str) -> None:
    corpus = make_corpus({"a": ("x", sentence + " " + CHINA), "b": ("y", US + " " + CHINA), "c": ("z", US)})
    assert origin_figure(get_metric("targets")(corpus).figures, "x", "mentions:united_states")["value"] == 0


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: the country, its government and its legislature acting still name it
        "The U.S. Senate voted to sanction the company.",
        "The United States imposed tariffs on steel.",
        "The White House said the talks would resume.",
    ],
)
def test_the_country_acting_still_names_it(sentence: str) -> None:
    corpus = make_corpus({"a": ("x", sentence + " " + CHINA), "b": ("y", US + " " + CHINA)})
    assert origin_figure(get_metric("targets")(corpus).figures, "x", "mentions:united_states")["value"] == 0.5


BUDGET = (
    "The White House and the speaker's office issued identical statements after the meeting.",
    "Republicans want spending cuts before any deal.",
    "The White House said the president would not budge on tax rates.",
    "Ms. Lagarde warned that failure would hurt growth, as would any uncertainty in China.",
)


def test_an_actor_named_once_in_passing_does_not_make_a_story_about_the_pair() -> None:
    """check10h OB-31: a US budget story with one line on China printed "Tone naming China" and counted the White
    House, one party to a domestic negotiation, as the United States."""
    corpus = make_corpus({"a": ("x", " ".join(BUDGET[:3])), "b": ("y", " ".join(BUDGET))})
    figures = get_metric("targets")(corpus).figures
    assert figures is None or figures.is_empty()
    # named twice but by one origin of two: still in passing for the report
    twice = make_corpus({"a": ("x", " ".join(BUDGET[:3])), "b": ("y", " ".join(BUDGET) + " " + CHINA)})
    figures = get_metric("targets")(twice).figures
    assert figures is None or figures.is_empty()


def test_an_actor_named_by_two_origins_keeps_the_pair() -> None:
    corpus = make_corpus({"a": ("x", " ".join(BUDGET[:3]) + " " + CHINA), "b": ("y", " ".join(BUDGET))})
    measures = set(get_metric("targets")(corpus).figures.get_column("measure"))
    assert measures == {"tone:china", "mentions:china", "tone:united_states", "mentions:united_states"}


def test_one_origin_naming_the_pair_in_two_sentences_each_is_enough_when_it_is_the_only_origin() -> None:
    corpus = make_corpus({"a": ("x", US + " " + CHINA + " " + BUDGET[2] + " " + CHINA), "b": ("x", DOMESTIC)})
    assert not get_metric("targets")(corpus).figures.is_empty()

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
    both = make_corpus({"a": ("x", US + " " + DOMESTIC), "b": ("y", CHINA)})
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
    corpus = make_corpus({"a": ("x", sentence + " " + CHINA), "b": ("y", US + " " + CHINA)})
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

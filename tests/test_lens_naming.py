"""Naming: the same actor and the same event in each origin's words, from aligned claims."""

from __future__ import annotations

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contrast.claims import find_events
from contrast.metrics import get_metric
from contrast.metrics.naming import term_pattern, term_spans
from tests.reportkit import make_corpus

STATE = (
    "The trade bully Washington slapped tariffs on $34bn of Chinese goods on Friday. "
    "The Communist Party of China said Beijing would defend its interests firmly. "
    "Farmers in Iowa will pay the price for this folly, the Communist Party of China warned."
)
WEST = (
    "The Trump administration imposed tariffs on $34bn of Chinese goods on Friday. "
    "The CCP said Beijing would retaliate against the tariffs at once. "
    "Farmers in Iowa fear the retaliation, the CCP warned on Friday."
)


@pytest.fixture(scope="module")
def naming() -> pl.DataFrame:
    corpus = make_corpus({"s": ("state", STATE), "w": ("west", WEST)})
    events = find_events(corpus.sentences, origins=corpus.origins)
    assert events.events.filter(pl.col("n_origins") == 2).height >= 1
    return get_metric("naming")(corpus, events)


def _cues(frames, measure: str, origin: str) -> str:
    return frames.figures.filter((pl.col("measure") == measure) & (pl.col("unit") == origin)).item(0, "cues")


def test_event_row_shows_each_origins_own_words_for_it(naming) -> None:
    events = naming.figures.filter(pl.col("measure").str.starts_with("event:") & (pl.col("unit") == "state"))
    [tariffs] = [r["measure"] for r in events.iter_rows(named=True) if "slapped" in r["cues"]]
    state, west = _cues(naming, tariffs, "state"), _cues(naming, tariffs, "west")
    assert "slapped" in state and "bully" in state and "slapped" not in west
    assert "imposed" in west and "administration" in west
    assert "tariffs" not in state and "tariffs" not in west  # shared words are not anyone's own


def test_actor_named_differently_by_two_origins_is_listed(naming) -> None:
    [measure] = [m for m in naming.figures.get_column("measure").unique().to_list() if m.startswith("actor:") and "c" in m and "p" in m]
    assert _cues(naming, measure, "state") == "Communist Party of China ×2"
    assert _cues(naming, measure, "west") == "CCP ×2"


def test_actor_named_the_same_way_by_everyone_is_not_listed(naming) -> None:
    assert not [m for m in naming.figures.get_column("measure").to_list() if m.startswith("actor:") and "beijing" in m]


def test_evidence_spans_point_at_the_naming_words(naming) -> None:
    texts = {("s", 0): STATE.split(". ")[0], ("w", 0): WEST.split(". ")[0]}
    hits = naming.evidence.filter(pl.col("sentence_index") == 0)
    assert hits.height >= 2
    for row in hits.iter_rows(named=True):
        assert texts[(row["source_id"], 0)][row["start"] : row["end"]].lower() == row["cue"].lower()


def test_a_names_count_is_its_uses_in_the_origins_texts_not_the_sentences_naming_it() -> None:
    """People's Daily wrote "US" 18 times; the naming table printed "US ×15", the claim sentences
    naming it. A name is counted each time it is used, in every sentence (a question too)."""
    state = (
        "The CPC set new tariffs on $34bn of US goods, and the CPC will not back down, China said on Friday. "
        "Why does the CPC face such bullying? "
        "The CPC tariffs took effect at 12.01am on Friday CPC time, officials said."
    )
    west = (
        "The Chinese Communist Party set new tariffs on $34bn of US goods on Friday, officials said. "
        "China said the Chinese Communist Party would not back down, officials said."
    )
    corpus = make_corpus({"s": ("state", state), "w": ("west", west)})
    frames = get_metric("naming")(corpus, find_events(corpus.sentences, origins=corpus.origins))
    [measure] = [m for m in frames.figures.get_column("measure").unique().to_list() if m.startswith("actor:c")]
    assert _cues(frames, measure, "state") == "CPC ×5"
    assert _cues(frames, measure, "west") == "Chinese Communist Party ×2"
    uses = frames.evidence.filter((pl.col("category") == measure) & (pl.col("source_id") == "s"))
    assert uses.height == 5 and set(uses.get_column("cue").to_list()) == {"CPC"}


def _naming_of(texts: dict[str, tuple[str, str]]):
    corpus = make_corpus(texts)
    return get_metric("naming")(corpus, find_events(corpus.sentences, origins=corpus.origins))


def _names_in_table(frames) -> dict[str, dict[str, str]]:
    """actor → origin → the names printed for it."""
    actors = frames.figures.filter(pl.col("measure").str.starts_with("actor:"))
    table: dict[str, dict[str, str]] = {}
    for row in actors.iter_rows(named=True):
        table.setdefault(row["measure"], {})[row["unit"]] = row["cues"]
    return table


@pytest.mark.parametrize(
    ("right", "left"),
    [
        ("the United States", "the U.S."),  # an alias-list acronym (check s5-A PB-45, s5-B BE-48)
        ("the Chinese Communist Party", "the CCP"),  # an acronym and its expansion
        ("House Speaker Nancy Pelosi", "Speaker Nancy Pelosi of California"),  # one person, another title (BE-B2)
        ("Defense Secretary James Mattis", "Defense Secretary Jim Mattis"),  # a short given name (s5-A MT-49)
        ("Secretary of the Interior Ryan Zinke", "Interior Secretary Ryan Zinke"),  # one title reordered (check7 ET-21)
    ],
)
def test_forms_of_one_name_are_no_naming_difference(right: str, left: str) -> None:
    """The handout's key says forms of one name are not counted as a difference; the briefing's table
    printed them as actors "named differently" all the same."""
    frames = _naming_of({
        "r": ("right", f"On Friday {right} met the press in Washington about the budget. Later {right} went home to rest."),
        "l": ("left", f"On Friday {left} met the press in Washington about the budget. Later {left} went home to rest."),
    })
    assert _names_in_table(frames) == {}


def test_a_name_inside_quotation_marks_is_the_speakers_not_the_outlets() -> None:
    """finalcheck-s5 SZ-41: "OPR" (Fox) against "Office of Professional Responsibility" (US left) —
    Fox writes the full name itself; "OPR" stands only inside the FBI's quoted statement, which runs
    over two sentences; and "the FBI's Office of Professional Responsibility" is a use of the office's name."""
    fox = (
        "Goelman said Bowdich overruled the FBI's Office of Professional Responsibility to remove him. "
        "The FBI responded: “The case was referred to the FBI’s Office of Professional Responsibility (OPR). "
        "OPR reviewed the materials and issued OPR's decision.” "
        "Strzok was fired on Friday."
    )
    nyt = (
        "The Office of Professional Responsibility had recommended a demotion, Mr. Goelman said. "
        "The F.B.I. deputy director overruled the Office of Professional Responsibility on Friday. "
        "Strzok was fired on Friday."
    )
    frames = _naming_of({"r": ("right", fox), "l": ("left", nyt)})
    assert _names_in_table(frames) == {}
    assert not frames.evidence.filter(pl.col("cue").str.contains("OPR")).height


def test_an_event_word_no_other_origin_uses_is_searched_in_every_form() -> None:
    """finalcheck-s5 BE-49: "department ×2" printed as a word only US left uses about the event; Fox's
    sentence about it has "the Treasury Department’s forfeiture fund"; check s6-C GF-44 / PM-44 / PM-45:
    "requires" against "requiring", "indictment" against "indictments", "cancelling" against "cancel". A listed
    word occurs in no other origin's sentences about the event in any form, and stands outside quotation marks."""
    fox = ("That money includes about $600 million from the Treasury Department’s forfeiture funds after the "
           "indictment, requiring a vote on cancelling it, officials said.")
    nyt = ("The rest would come from a Treasury department asset forfeiture fund of $600 million after the "
           "indictments; that requires a vote to cancel it, a “slush fund” in the words of one critic.")
    frames = _naming_of({"r": ("right", fox), "l": ("left", nyt)})
    events = frames.figures.filter(pl.col("measure").str.starts_with("event:"))
    assert events.height, "the two sentences report one event"
    listed = {cue.split(" ×")[0].lower() for row in events.iter_rows(named=True) for cue in row["cues"].split("; ")}
    assert not listed & {"department", "department's", "departments", "funds", "fund", "indictment", "indictments",
                         "requires", "requiring", "cancel", "cancelling"}
    assert "slush" not in listed  # inside quotation marks: the critic's word
    assert listed & {"includes", "money", "rest", "asset"}  # the table still shows each origin's own words


WORDS = ["a", "ab", "Ab", "AB", "a'b", "a’b", "A’B", "s", "ſ", "k", "K", "i", "ı", "I", "A-b", "ab_", "1a", "a.b", "ab'", "é"]
SEPARATORS = [" ", "  ", "\u00a0", "\t", ", ", ".", "-", "'", "’", "", "\n"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=8),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=3),
    st.booleans(),
)
def test_whole_word_search_without_a_pattern_finds_what_the_pattern_finds(
    pieces: list[tuple[str, str]], term_words: list[str], ignore_case: bool
) -> None:
    """Curly and straight apostrophes, Unicode case folding (ſ, K, ı), non-breaking spaces, punctuation inside a word."""
    text, term = "".join(word + separator for word, separator in pieces), " ".join(term_words)
    expected = [match.span() for match in term_pattern(term, ignore_case).finditer(text)]
    assert term_spans(text, term, ignore_case=ignore_case) == expected


@pytest.mark.parametrize(
    ("a", "b", "variants"),
    [
        ("Secretary of the Interior Ryan Zinke", "Interior Secretary Ryan Zinke", True),  # check7 ET-21
        ("Department of the Interior", "Interior Department", True),
        ("Speaker of the House Paul Ryan", "House Speaker Paul Ryan", True),
        # near misses: other words, not another order, stay different names
        ("Secretary of the Interior Ryan Zinke", "Secretary of State Ryan Zinke", False),
        ("Beijing", "China", False),
        ("CPC", "CCP", False),
    ],
)
def test_the_same_words_in_another_order_are_one_name(a: str, b: str, variants: bool) -> None:
    from contrast.claims.aliases import name_variants

    assert name_variants(a, b) is variants


@pytest.mark.parametrize(
    ("forms", "different"),
    [
        (["secretary of the interior ryan zinke", "interior secretary ryan zinke"], False),  # check7 ET-21
        (["shanghai composite", "shanghai composite index"], False),
        (["beijing", "china"], True),
        (["belt and road initiative", "bri"], True),  # an acronym the panel shows beside its expansion
    ],
)
def test_an_event_panel_prints_no_naming_difference_for_one_title_in_another_word_order(
    forms: list[str], different: bool
) -> None:
    from contrast.report.briefing.events import _different_names

    assert _different_names(forms) is different

"""The loaded-language lens against people (BASIL's lexical-bias spans): a fixed split whose report half holds
every group made for an independent check, method notes that state what the benchmark measures, and the
rules tuned on the other half (cue words in a sense news uses to name, words annotators mark)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.bench_loaded_basil import (
    BASIL,
    CHECK_GROUPS,
    SPLITS,
    UNSEEN,
    curve,
    in_tuning_half,
    measure,
    stated_differences,
)
from contrast.config import Lenses
from contrast.metrics.loaded import BASIL_CHECK, BASIL_MEASURED, SPEC, LoadedMatcher, loaded_lexicon, neutral_senses

SESSION5_CHECK_EVENTS = {2, 11, 45, 77, 86, 99}
"""BASIL events made into groups for session 5's independent checks (check/basil-new A and B)."""


def test_every_check_group_is_in_the_report_half_never_tuned_on() -> None:
    assert SESSION5_CHECK_EVENTS <= CHECK_GROUPS <= UNSEEN
    for event in SESSION5_CHECK_EVENTS | {60}:
        assert not in_tuning_half(event)
        assert SPLITS["report"](event)


def test_the_halves_split_every_event_once() -> None:
    tune = {e for e in range(100) if SPLITS["tune"](e)}
    report = {e for e in range(100) if SPLITS["report"](e)}
    assert tune.isdisjoint(report) and tune | report == set(range(100))
    assert all(e % 2 == 0 for e in tune)


def test_method_notes_say_it_is_measured_on_the_half_not_tuned_on() -> None:
    assert BASIL_CHECK in SPEC.method
    assert f"{BASIL_MEASURED.articles} articles it was not tuned on" in BASIL_CHECK
    assert f"precision {BASIL_MEASURED.precision:.2f} at recall {BASIL_MEASURED.recall:.2f}" in BASIL_CHECK


@pytest.mark.skipif(not (BASIL / "emnlp19-BASIL" / "data").is_dir(), reason="BASIL corpus not present")
def test_method_notes_state_what_the_benchmark_measures() -> None:
    differences = stated_differences(measure("report"), measure("tune"))
    assert differences == [], (
        "the loaded lens's BASIL figures changed: set BASIL_MEASURED in contrast/metrics/loaded.py to what "
        f"`python benchmarks/bench_loaded_basil.py --check` measures ({'; '.join(differences)})"
    )


def _loaded_words(sentence: str) -> list[str]:
    return [h.cue for h in LoadedMatcher(loaded_lexicon(Lenses())).find(sentence)]


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        # the name of the affair, the name every side uses
        ("He is cooperating with investigators in the Russia meddling case.", []),
        ("Mueller's investigation into Russian meddling and potential collusion.", []),
        ("They discussed meddling in the 2016 presidential election.", []),
        ("It condemned US meddling in Hong Kong affairs.", ["meddling"]),
        # "the extraordinary step of" says unusual; praise stays praise
        ("The office took the extraordinary step of releasing a statement.", []),
        ("It capped an extraordinary rise to power.", ["extraordinary"]),
        # checkR SD-49: of an occurrence or a run of them ("an extraordinary sequence of tweets"), unusual too
        ("The mayor changed course in an extraordinary series of late-night emails.", []),
        ("It was an extraordinary turn of events for the league.", []),
        ("She has been an extraordinary leader for the league.", ["extraordinary"]),
        ("Aides warned against taking the unprecedented step of naming a politician.", []),
        # a system of rules, not a government called illegitimate
        ("Most state income tax regimes begin with federal taxable income.", []),
        ("The new tariff regime took effect on Friday.", []),
        ("He has embraced regimes that oppose every principle we champion.", ["regimes"]),
        # describing militants, not labelling opponents
        ("Warnings about the threat of attacks by Al Qaeda-linked extremists.", []),
        ("Warnings of extremist threats in Libya.", []),
        ("The extremists in the party blocked the bill.", ["extremists"]),
    ],
)
def test_cue_words_in_a_sense_news_uses_to_name_or_describe_are_not_counted(sentence: str, counted: list[str]) -> None:
    assert _loaded_words(sentence) == counted
    assert all(sentence[a:b].lower() in {"meddling", "meddled", "extraordinary", "unprecedented", "extremist", "extremists", "regime",
                                      "regimes"}
               for a, b in neutral_senses(sentence))


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Republicans seized on snippets of the correspondence.", ["seized on"]),
        ("Agents seized the hard drives.", []),  # the literal sense is not a cue
        ("Netanyahu, who has a famously frosty relationship with the president.", ["frosty"]),
        ("He took a swipe at the network.", ["took a swipe"]),
        ("The staff had been complicit in the cover-up.", ["complicit"]),
        ("Groups angrily denounced the deal.", ["angrily"]),
    ],
)
def test_words_people_mark_as_loaded_are_counted(sentence: str, counted: list[str]) -> None:
    assert _loaded_words(sentence) == counted


@pytest.mark.parametrize("noun", ["tirade", "rant", "screed"])
def test_a_noun_for_someones_words_is_name_calling_not_a_slanted_verb(noun: str) -> None:
    """The handout glosses a slanted-verb cue as "A slanted verb": it glossed HuffPost's "his tirade against the
    tech companies" so. A noun that casts someone's words in a bad light is a pejorative label."""
    hits = LoadedMatcher(loaded_lexicon(Lenses())).find(f"He went on a {noun} against the companies.")
    assert [(h.category, h.cue) for h in hits] == [("label", noun)]


def _basil_article(root: Path, index: int, title: str, sentences: list[tuple[str, list[dict[str, object]]]]) -> None:
    folder = root / "emnlp19-BASIL" / "data"
    folder.mkdir(parents=True, exist_ok=True)
    body = [{"sentence": text, "sentence-index": i, "annotations": spans} for i, (text, spans) in enumerate(sentences)]
    data = {"source": "fox", "title": title, "url": f"https://example.com/{index}", "body": body}
    (folder / f"{index}_fox.json").write_text(json.dumps(data), encoding="utf-8")


def _lexical(text: str, start: int) -> dict[str, object]:
    return {"text": text, "start": start, "end": start + len(text), "bias": "Lexical", "quote": "No"}


def test_a_headline_annotators_left_unmarked_is_not_scored(tmp_path: Path) -> None:
    """12 BASIL articles of the tuning half carry their headline as first sentence, and annotators marked nothing in any
    of them (against 36 of its 141 first sentences): a cue there ("Schumer bashed by the left …") was scored as a
    miss though no one read the headline for bias. One that annotators did mark is scored as any sentence."""
    headline = "Schumer bashed by the left over deal"
    _basil_article(tmp_path, 0, headline, [(headline, []), ("Critics lashed out at the deal.", [_lexical("lashed out", 8)])])
    _basil_article(tmp_path, 1, "Trump slammed the plan", [("Trump slammed the plan", [_lexical("slammed", 6)])])
    totals = measure("all", tmp_path).totals["all"]
    assert (totals["counted"], totals["counted_hit"]) == (2, 2)


def test_the_curve_drops_categories_by_their_tuning_half_precision_and_measures_the_report_half(tmp_path: Path) -> None:
    """Issue 13 asks for precision >= 0.6 at the recall reported, and for the measured curve where no cut reaches it:
    a floor on each category's precision is read on the tuning half (event 0: the slanted verb marked, the alarming
    word not), so it drops the categories no cue was counted in there first, then the alarming words; the report half
    (event 1: the other way round) is only measured along that order."""
    _basil_article(tmp_path, 0, "Tuned", [("Critics slammed the plan.", [_lexical("slammed", 8)]), ("It was a stunning move.", [])])
    _basil_article(tmp_path, 1, "Reported", [("Trump slammed the plan.", []), ("It was a stunning move.", [_lexical("stunning", 9)])])
    steps = curve("report", tmp_path)
    assert steps[0][0] == ()
    assert steps[-1][0] == ("glitter", "intensifier", "label", "scare_quote", "emotive")
    assert [(m.totals["all"]["counted"], m.precision(), m.recall()) for _, m in (steps[0], steps[-1])] == [(2, 0.5, 1.0), (1, 0.0, 0.0)]

"""Framing lenses on the handout: loaded words to know, naming questions, what the key says about them."""

from __future__ import annotations

import re
from types import SimpleNamespace

import polars as pl
import pytest

from contrast.claims.aliases import name_variants
from contrast.config import load_report
from contrast.metrics.cues import EVIDENCE_SCHEMA
from contrast.report.handout.build import build_handout
from contrast.report.handout.lenses import loaded_terms, naming_differences
from contrast.report.handout.model import SourceTag, VocabTerm
from contrast.report.handout.questions import BASE_VOCABULARY, vocabulary
from contrast.report.render.html import render_html
from tests.conftest import TARIFFS


@pytest.fixture(scope="module")
def tariffs(tariffs_analysis: object) -> object:
    return tariffs_analysis


@pytest.fixture(scope="module")
def blind_handout(tariffs: object, tariffs_briefing: object) -> tuple[object, object]:
    """The tariffs report's blind handout and teacher key with the lenses' words and naming question, as a
    build makes them: frozen view models, read by several tests (each made its own, briefing included: ~2 s)."""
    return build_handout(
        tariffs, tariffs_briefing, blind=True,  # type: ignore[arg-type]
        loaded_terms=loaded_terms(tariffs), naming=naming_differences(tariffs),  # type: ignore[arg-type]
    )


def test_forms_of_one_name_are_variants_and_different_names_are_not() -> None:
    assert name_variants("US", "United States") and name_variants("U.S.", "US")
    assert name_variants("WTO", "World Trade Organization")
    assert name_variants("Belt and Road", "Belt and Road Initiative")
    assert not name_variants("Beijing", "China")
    assert not name_variants("the CCP", "the Chinese government")
    assert name_variants("House Speaker Nancy Pelosi", "Speaker Nancy Pelosi of California")
    assert name_variants("Senate Democratic Leader Chuck Schumer", "Senator Chuck Schumer of New York")
    assert name_variants("Defense Secretary James Mattis", "Jim Mattis")
    assert not name_variants("Hillary Clinton", "Bill Clinton")
    assert not name_variants("CCP", "CPC")
    assert not name_variants("US", "Russia")  # a name is inside another only as whole words


def _fake_analysis(spans: list[tuple[str, int, str, str]]) -> SimpleNamespace:
    evidence = pl.DataFrame(
        [(s, i, "naming", category, cue, 0, len(cue), None) for s, i, category, cue in spans], schema=EVIDENCE_SCHEMA, orient="row"
    )
    claims = pl.DataFrame({"source_id": ["a", "b", "c"], "sentence_index": [0, 0, 0], "text": ["x", "y", "z"]})
    return SimpleNamespace(
        results=SimpleNamespace(figures=pl.DataFrame(), evidence=evidence),
        events=SimpleNamespace(events=pl.DataFrame({"event": [1], "label": ["e"]}), claims=claims),
    )


def test_an_actor_named_in_two_forms_of_one_name_gives_no_naming_difference() -> None:
    analysis = _fake_analysis([
        ("a", 0, "actor:bri", "BRI"), ("a", 0, "actor:bri", "Belt and Road Initiative"),
        ("b", 0, "actor:bri", "Belt and Road"), ("c", 0, "actor:bri", "Belt and Road Initiative"),
    ])
    assert naming_differences(analysis) == ()  # type: ignore[arg-type]


def test_an_actor_given_different_names_is_a_naming_difference() -> None:
    analysis = _fake_analysis([
        ("a", 0, "actor:china", "Beijing"), ("a", 0, "actor:china", "Beijing"), ("b", 0, "actor:china", "China"),
    ])
    (difference,) = naming_differences(analysis)  # type: ignore[arg-type]
    assert difference.kind == "actor" and difference.forms == (("a", "Beijing"), ("b", "China"))
    assert difference.measure.startswith("Naming lens, actor:china")


def test_loaded_terms_are_cues_counted_in_their_sources_without_intensifiers(tariffs: object) -> None:
    terms = loaded_terms(tariffs)  # type: ignore[arg-type]
    assert len(terms) >= 4 and "slapped" in [t.term for t in terms]
    # "trade bully" is the Ministry of Commerce's phrase, quoted by People's Daily: not the outlet's vocabulary
    assert "“trade bully”" not in [t.term for t in terms]
    text = {(s, i): t for s, i, t in tariffs.results.sentences.select("source_id", "sentence_index", "text").iter_rows()}  # type: ignore[attr-defined]
    for term in terms:
        assert term.sources and term.note.startswith("Loaded-language lens")
        bare = term.term.strip("“”").lower()
        assert any(bare in t.lower() for (s, _), t in text.items() if s in term.sources), term.term
    assert not {"very", "sharply", "tremendous"} & {t.term for t in terms}
    kinds = len({t.meaning for t in terms})
    assert len({t.meaning for t in terms[:kinds]}) == kinds, "one term of each kind before a second of any"


def test_vocabulary_box_shows_lens_terms_as_letters_and_keeps_no_source_id(blind_handout: tuple[object, object]) -> None:
    handout, key = blind_handout
    lens_words = [v for v in handout.vocabulary if v.note]
    assert handout.vocabulary[: len(BASE_VOCABULARY)] == BASE_VOCABULARY
    assert 1 <= len(lens_words) <= 4
    for word in lens_words:
        assert word.sources == () and re.fullmatch(r"Source [A-F]( and Source [A-F]|(, Source [A-F])+ and Source [A-F])?", word.found)
    html = render_html("teacher_key.html.j2", key)
    assert "Words to know: where they come from" in html and lens_words[0].note.split(":")[0] in html


def test_a_loaded_term_naming_an_outlet_is_left_out_in_blind_mode() -> None:
    tags = {"a": SourceTag("A", "Source A", None, "", "solid")}
    terms = [VocabTerm("People's Daily propaganda", "m", sources=("a",), note="n"), VocabTerm("regime", "m", sources=("a",), note="n")]
    seen = ("People's Daily propaganda about the regime.",)  # words the students can see (check11j CF-33)
    blind = vocabulary([], terms, tags, ("People's Daily",), seen=seen)
    assert [v.term for v in blind[len(BASE_VOCABULARY):]] == ["regime"]
    open_mode = vocabulary([], terms, tags, (), seen=seen)
    assert len(open_mode) == len(BASE_VOCABULARY) + 2


def test_a_felt_word_only_one_source_uses_about_an_event_becomes_a_question(blind_handout: tuple[object, object]) -> None:
    handout, key = blind_handout
    (question,) = [q for q in handout.questions if q.kind == "naming"]
    word = re.search(r"the word “([^”]+)”", question.text).group(1)  # type: ignore[union-attr]
    assert question.excerpt is not None and word in question.excerpt.text.lower()
    (answer,) = [a for a in key.answers if a.question.kind == "naming"]
    assert answer.behind[0].startswith("The naming lens, on event e") and word in answer.behind[1]


def test_blind_student_model_with_lens_content_holds_no_source_identity(blind_handout: tuple[object, object]) -> None:
    handout, _ = blind_handout
    manifest = load_report(TARIFFS).manifest
    dumped = repr(handout).lower()
    identities = [s.id for s in manifest.sources] + [s.outlet.split(" (")[0] for s in manifest.sources]
    assert [name for name in identities if name.lower() in dumped] == []
    # origin labels may be in the sources' own words (an outlet they name, shown by its role), never on a source
    assert all(tag.origin is None for tag in handout.sources)


def test_a_second_word_of_the_same_kind_points_back_instead_of_repeating_its_meaning() -> None:
    tags = {"a": SourceTag("A", "Source A", None, "", "solid")}
    scare = "Words put in quote marks to show that the writer does not mean them in the usual way."
    terms = [VocabTerm("“soft power”", scare, sources=("a",), note="n"), VocabTerm("regime", "m", sources=("a",), note="n"),
             VocabTerm("“bridges”", scare, sources=("a",), note="n")]
    seen = ("“soft power”, the regime's “bridges”",)  # words the students can see (check11j CF-33)
    shown = vocabulary([], terms, tags, (), seen=seen)[len(BASE_VOCABULARY):]
    assert [v.meaning for v in shown] == [scare, "m", "The same kind of word as “soft power” above."]


def _felt_analysis(loaded: list[tuple[str, int, str, str]]) -> SimpleNamespace:
    """Event 6: Source a's "lashed out" (slanted) in its linked sentence 0; b's words about it in its sentence 0; the
    ``loaded`` cues (source, sentence, kind, cue) counted in the outlets' own voice."""
    spans = [("a", 0, "naming", "event:e006", "lashed", 0, 6, None), ("b", 0, "naming", "event:e006", "celebratory", 0, 11, None)]
    spans += [("a", 0, "loaded", "slant", "lashed out", 0, 10, "own")]
    spans += [(s, i, "loaded", kind, cue, 100, 100 + len(cue), "own") for s, i, kind, cue in loaded]
    evidence = pl.DataFrame(spans, schema=EVIDENCE_SCHEMA, orient="row")
    claims = pl.DataFrame({"source_id": ["a", "b", "b"], "sentence_index": [0, 0, 3], "event": [6, 6, None],
                           "text": ["The club lashed out at the media.", "A celebratory release.", "They blasted the media."]})
    return SimpleNamespace(
        results=SimpleNamespace(figures=pl.DataFrame(), evidence=evidence),
        events=SimpleNamespace(events=pl.DataFrame({"event": [6], "label": ["e"]}), claims=claims),
    )


@pytest.mark.parametrize(
    ("loaded", "elsewhere"),
    [
        # ET-46: HuffPost's own "blasted" tells the act the Times's "lashed out" tells, in a sentence not linked
        ([("b", 3, "slant", "blasted")], (("b", "blasted"),)),
        # near misses: a loaded word of another kind, and one in the sentence linked to the event
        ([("b", 3, "emotive", "devastating")], ()),
        ([("b", 0, "slant", "blasted")], ()),
    ],
)
def test_a_felt_word_question_knows_the_other_sources_words_of_its_kind_elsewhere(
    loaded: list[tuple[str, int, str, str]], elsewhere: tuple[tuple[str, str], ...]
) -> None:
    (difference,) = naming_differences(_felt_analysis(loaded))  # type: ignore[arg-type]
    assert difference.kind == "event-word" and difference.forms[0] == ("a", "lashed") and difference.elsewhere == elsewhere


def test_the_key_does_not_say_the_others_lack_the_feeling_when_one_uses_a_word_of_its_kind_elsewhere() -> None:
    from contrast.report.handout.questions import _naming

    tags = {s: SourceTag(s.upper(), f"Source {s.upper()}", None, "", "solid") for s in "ab"}
    picker = SimpleNamespace(hidden=(), excerpt=lambda row: SimpleNamespace(text=row["text"]))
    for loaded, says_lack in (([("b", 3, "slant", "blasted")], False), ([], True)):
        analysis = _felt_analysis(loaded)
        naming = naming_differences(analysis)  # type: ignore[arg-type]
        _, answer = _naming(naming=naming, tags=tags, picker=picker, analysis=analysis, events=[], number=2)  # type: ignore[misc]
        assert ("the other sources' words about this event, listed above, do not" in answer.answer) is says_lack
        assert ("“blasted”" in answer.answer and any("blasted" in line for line in answer.behind)) is not says_lack


def test_the_key_leaves_out_an_outlet_or_date_column_no_source_fills_and_says_why(blind_handout: tuple[object, object]) -> None:
    """check14 TG-33/JR-37: sources added from plain text with no metadata left the key's "Who is who" with empty
    Outlet and Date columns, which looked unfinished."""
    from dataclasses import replace

    from contrast.report.text import prose_text

    _, key = blind_handout
    full = prose_text(render_html("teacher_key.html.j2", key))
    assert "Outlet" in full and "Date" in full and "was recorded for these sources" not in full
    bare = replace(key, reveals=tuple(replace(r, outlet="", author="", date="") for r in key.reveals))  # type: ignore[attr-defined]
    text = prose_text(render_html("teacher_key.html.j2", bare))
    who = text[text.index("Who is who"):text.index("Event 1")]
    assert "Outlet" not in who and "Date" not in who
    assert "No outlet or date was recorded for these sources (contrast add records them with --outlet and --date" in who
    undated = replace(key, reveals=tuple(replace(r, date="") for r in key.reveals))  # type: ignore[attr-defined]
    text = prose_text(render_html("teacher_key.html.j2", undated))
    assert "No date was recorded for these sources" in text and "Outlet" in text

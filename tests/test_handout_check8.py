"""The handout and key read true and make sense (check8-new's "confusing or broken" lines).

- A tone question ("which excerpt sounds the most positive?") is asked only of excerpts worded differently,
  never of one quotation printed word for word by two outlets (both check8-new handouts did, with the key's
  scores equal and "Answers will differ").
- An event heading taken from a sentence that quotes or reports a speaker is not called "one source's own words".
"""

from __future__ import annotations

import polars as pl
import pytest

from contrast.report.event_titles import EventTitle, event_title
from contrast.report.handout import questions
from contrast.report.handout.model import Excerpt, HandoutEvent, SourceTag

QUOTE_A = "“We need a plan for corrective action before the Legislature should convene,” the senator said."
QUOTE_C = "“We need a plan for corrective action before the legislature should convene.”"
ANSWER_A = "“I believe that based upon the interview that he gave, you are a better judge of that than I.”"
ANSWER_C = "“I believe that, based upon the interview he gave, you’re a better judge of that than I am.”"
OWN_A = "The governor's wild remarks set off a storm of angry criticism in the capital."
OWN_C = "The governor apologized on Wednesday for remarks he made in a voicemail."


def _tag(letter: str) -> SourceTag:
    return SourceTag(letter, f"Source {letter}", None, "", "solid")


def _excerpt(letter: str, text: str, compound: float = 0.3, attributed: bool = True) -> Excerpt:
    return Excerpt(_tag(letter), text, False, False, "en", compound, attributed)


def _event(number: int, a: str, c: str, tones: tuple[float, float] = (0.3, -0.4)) -> HandoutEvent:
    return HandoutEvent(number, EventTitle("The event"), "2 sources", (_excerpt("A", a, tones[0]), _excerpt("C", c, tones[1])))


@pytest.mark.parametrize(("a", "c", "different"), [
    (QUOTE_A, QUOTE_C, False),  # one quotation, with and without its speaker
    (ANSWER_A, ANSWER_C, False),  # one answer, differing by commas, a contraction and a word
    (QUOTE_A, QUOTE_A, False),
    # near misses: the outlets tell it in words of their own, or quote different things
    (OWN_A, OWN_C, True),
    (QUOTE_A, OWN_C, True),
    (QUOTE_A, ANSWER_C, True),
])
def test_excerpts_are_worded_differently_unless_they_print_one_quotation(a: str, c: str, different: bool) -> None:
    assert questions.worded_differently([_excerpt("A", a), _excerpt("C", c)]) is different


def test_the_tone_question_asks_of_the_first_event_whose_excerpts_are_worded_differently() -> None:
    events = [_event(1, QUOTE_A, QUOTE_C), _event(2, OWN_A, OWN_C)]
    made = questions._tone(events=events, number=1)
    assert made is not None
    question, _ = made
    assert "Event 2" in question.text
    assert "Event 1" not in question.text


def test_no_tone_question_is_asked_of_one_quotation_printed_twice() -> None:
    events = [_event(1, QUOTE_A, QUOTE_C), _event(2, ANSWER_A, ANSWER_C)]
    assert questions._tone(events=events, number=1) is None


def _members(text: str, attributed: bool) -> pl.DataFrame:
    return pl.DataFrame({"source_id": ["s1"], "sentence_index": [0], "text": [text], "compound": [0.2],
                         "attributed": [attributed]})


@pytest.mark.parametrize(("text", "attributed", "quoted"), [
    (QUOTE_A, True, True),
    ("The senate caucus wants a plan before the Legislature convenes, Senate President Mike Smith said.", True, True),
    # near miss: the outlet's own sentence heads the event as its own words
    (OWN_C, False, False),
])
def test_a_heading_from_a_quoting_sentence_is_marked_as_a_speakers_words(text: str, attributed: bool, quoted: bool) -> None:
    assert event_title(_members(text, attributed), ["plan"]).quoted is quoted



DISAGREE = "“With all due respect, I completely disagree with the leader’s position,” Senate President Ann Lee said Wednesday."


def test_an_event_left_out_is_named_by_a_sentence_that_tells_it_and_its_source() -> None:
    """check8-new: "Not reported here …: completely · disagree · respect (e008)" — three key terms, not an event."""
    from contrast.report.briefing.events import told_by

    members = pl.DataFrame({"source_id": ["s2", "s3"], "sentence_index": [4, 9], "compound": [0.1, 0.1],
                            "attributed": [True, True],
                            "text": ["Ms. Lee said she disagreed with the leader on the special session.", DISAGREE]})
    named = told_by(members, ["completely", "disagree", "respect"], {"s2": "S2 · The Times", "s3": "S3 · HuffPost"}, "e008")
    assert named.startswith("“‘With all due respect, I completely disagree with the leader’s position,’ Senate")
    assert named.endswith("” (S3 · HuffPost, e008)")


def _events_and_claims(members: dict[int, list[tuple[str, int, bool]]]) -> tuple[pl.DataFrame, pl.DataFrame]:
    events = pl.DataFrame({"event": list(members), "n_origins": [2] * len(members), "n_sources": [2] * len(members)})
    rows = [(e, s, i, a) for e, found in members.items() for s, i, a in found]
    claims = pl.DataFrame(rows, schema={"event": pl.Int64, "source_id": pl.String, "sentence_index": pl.Int64,
                                        "attributed": pl.Boolean}, orient="row")
    return events, claims


def test_the_top_events_show_one_event_per_quotation() -> None:
    """check8-new LP-2/RM-2: the three top events were consecutive sentences of one interview answer, quoted by the
    same two outlets. The events that go on with an earlier one's quotation are listed after all the others."""
    from contrast.report.briefing.events import one_per_quotation

    events, claims = _events_and_claims({
        1: [("fox", 2, True), ("huff", 8, True)],  # the answer's first sentence
        2: [("fox", 4, True), ("huff", 10, True)],  # its third (the second unmatched): the same answer
        3: [("nyt", 5, True), ("huff", 18, True)],  # another quotation
        4: [("fox", 3, True), ("huff", 9, True)],  # the answer's second sentence
        5: [("fox", 20, False), ("nyt", 21, False)],  # the outlets' own account of something else
    })
    assert one_per_quotation(events, claims).get_column("event").to_list() == [1, 3, 5, 2, 4]


def test_an_event_going_on_with_a_quotation_moves_only_among_events_as_widely_shared() -> None:
    from contrast.report.briefing.events import one_per_quotation

    events, claims = _events_and_claims({1: [("fox", 2, True), ("huff", 8, True)], 2: [("fox", 3, True), ("huff", 9, True)],
                                         3: [("nyt", 5, True), ("huff", 18, True)]})
    events = events.with_columns(n_origins=pl.Series([3, 3, 2]))  # 1 and 2 in three origins' sources, 3 in two
    assert one_per_quotation(events, claims).get_column("event").to_list() == [1, 2, 3]


@pytest.mark.parametrize("second", [
    [("fox", 3, True), ("nyt", 9, True)],  # told by another pair of sources
    [("fox", 3, False), ("huff", 9, True)],  # one outlet tells it in its own voice
    [("fox", 6, True), ("huff", 12, True)],  # further on in both texts
])
def test_an_event_near_a_quotation_but_not_going_on_with_it_keeps_its_place(second: list[tuple[str, int, bool]]) -> None:
    from contrast.report.briefing.events import one_per_quotation

    events, claims = _events_and_claims({1: [("fox", 2, True), ("huff", 8, True)], 2: second,
                                         3: [("nyt", 5, True), ("huff", 18, True)]})
    assert one_per_quotation(events, claims).get_column("event").to_list() == [1, 2, 3]


def test_chart_ticks_use_points_whatever_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """check8-new LP-40: the key chart's axis read "−0,75", "0,25" while every other number uses points. A comma
    locale (simulated: this machine has none) with a matplotlibrc that asks for it must not reach the charts."""
    import locale

    import matplotlib
    import matplotlib.pyplot as plt

    from contrast.report.svg import RC

    monkeypatch.setattr(locale, "format_string", lambda f, v, grouping=False, monetary=False: (f % v).replace(".", ","))
    monkeypatch.setitem(matplotlib.rcParams, "axes.formatter.use_locale", True)
    with matplotlib.rc_context(RC):
        figure, axes = plt.subplots()
        axes.set_xlim(-1, 1)
        figure.canvas.draw()
        labels = [t.get_text() for t in axes.get_xticklabels()]
    plt.close(figure)
    assert "−0.75" in labels or "−0.5" in labels
    assert not any("," in label for label in labels)


@pytest.mark.parametrize(("tones", "asked"), [
    ((0.0, 0.0), False),  # check12-reM BN-38, HB-33: two neutral facts, "which is more positive?" has no answer
    ((0.02, -0.04), False),  # both inside VADER's neutral band
    ((0.80, 0.86), False),  # both positive: the score states no difference of kind
    ((0.0, 0.46), True),  # neutral beside positive (BN Event 2: Fox 0.00, the Times +0.46)
    ((-0.30, 0.0), True),
    ((-0.30, 0.30), True),
])
def test_a_tone_question_is_asked_only_of_scores_in_different_tone_classes(tones: tuple[float, float], asked: bool) -> None:
    made = questions._tone(events=[_event(1, OWN_A, OWN_C, tones)], number=1)
    assert (made is not None) is asked
    if made is not None:
        behind = made[1].behind[0]
        assert "Source A" in behind and questions.tone_class(tones[0]) in behind and questions.tone_class(tones[1]) in behind
        assert "positive from +0.05, negative from −0.05" in behind


def test_the_tone_question_skips_an_event_of_neutral_excerpts_for_one_whose_tones_differ() -> None:
    events = [_event(1, OWN_A, OWN_C, (0.0, 0.0)), _event(2, OWN_A, OWN_C, (0.0, -0.5))]
    made = questions._tone(events=events, number=1)
    assert made is not None and "Event 2" in made[0].text


QUEEN = (
    "Rep. Michele Bachmann has declined to get into the scrum with Newsweek over its cover story of the presidential "
    "candidate called \"The Queen of Rage,\" accompanied by an unflattering photo of the Minnesota Republican, but others "
    "are calling the magazine out of bounds in its depiction."
)


def test_the_key_names_a_word_set_aside_in_a_quoted_title_not_no_word_of_the_list() -> None:
    """The Bachmann key (page13 rebuild): "Words the score reacts to in Source A: none (no word of it is in the score's
    word list)" of a sentence holding "The Queen of Rage": "rage" is in the list, set aside as part of a title."""
    note = questions._reacts_to(_excerpt("A", QUEEN, 0.0, attributed=False))
    assert "“rage”" in note and "set aside" in note and "no word of it" not in note

"""The validity suite, continued: the false findings of check14-reO (a recheck of Rick Perry's "Strong" ad, December
2011: Fox News, the New York Times and HuffPost, claim ids PA-), each as a table of the sentence misread and near misses,
which must keep their reading. Sentences are written in the shape of the ones misread, not copied.

- PA-38: "The Perry ad was denounced by the Log Cabin Republicans, a gay men and lesbian group, which said it was
  “wrong …”" (NYT): the lens counted only "said" as the statement's reporting verb; "denounced", a verb of its own
  alarm-and-blame list, in the passive with the group named as its agent, was dropped, so "Alarm and blame — US center:
  no verb from the list" was false. A statement's verb kinds include every reporting verb attached to it.
- PA-48: event e005's note said "US left attributes the claim to a speaker or source; US center states it in its own
  voice" of "The new ad follows Mr. Perry's statement on Tuesday criticizing the Obama administration's announcement
  that …" (NYT) against "In a statement released Tuesday, he decried the Obama administration's decision …" (HuffPost):
  a noun of speech owned by someone with a participle of speech or judgement reports the owner's words, as the finite
  verb does. Neither sentence states the criticism in the outlet's own voice.
- Page items: "Jan" (of "ahead of the Jan. 3 caucuses", HuffPost) was listed as a name no other origin has, and the
  teacher key told students to search for "Jan"; the Frames bullet's one-sentence excerpt ("… from “criminalize” in
  “The new ad follows … around the world and …”") was cut before its own cue word: an excerpt must contain the word
  it illustrates.
- PA-5, PA-12, PA-54, PA-31, PA-37 (one cause): "The Perry campaign did not say where the ad would run, but the focus
  of Mr. Perry's multimillion-dollar television budget has been in Iowa, …" (NYT) was read as reported speech: its only
  reporting verb is negated and reports nothing, so the sentence is the paper's own voice. It was left out of US
  center's own-voice tone (+0.34 on 1 sentence instead of 2), counted as an attributed statement (90%) and its "say"
  as a neutral reporting verb (67%). A negated verb with content ("did not say that …") still reports.
"""

from __future__ import annotations

import polars as pl
import pytest

from contrast.claims.distinctive import anchor_terms
from contrast.claims.terms import entities
from contrast.metrics.figures import FIGURES_SCHEMA
from contrast.metrics.frames import SPEC as FRAMES_SPEC
from contrast.metrics.voice import OWN, names_no_speaker, sentence_voices
from contrast.report.briefing.events import nothing_noticed, voice_note
from contrast.report.briefing.lenses.build import _quoter
from contrast.report.briefing.lenses.findings import Samples, findings
from tests.test_excerpt_speakers import _column
from tests.test_lens_evidence_floor import REFS
from tests.test_validity_check13n_lens import _verbs

# --- PA-38: a listed verb in the passive, its agent named, counts beside the agent's later verb ----------------------


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        ("The new ad was denounced by the Log Cabin Republicans, a gay men and lesbian group, which said it was “wrong "
         "for the governor to say so.”",
         [("denounced", "verb.alarm"), ("said", "verb.neutral")]),
        ("The plan was praised by the Chamber of Commerce, which said it was “a fine start.”",
         [("praised", "verb.praise"), ("said", "verb.neutral")]),
        ("The remarks were condemned by Senator Roe, who said they were “beneath the office.”",
         [("condemned", "verb.alarm"), ("said", "verb.neutral")]),
        # near misses: what a report says was judged is its content, no verb of the sentence's speaker
        ("Roe said the plan was criticized by the Chamber of Commerce last year.", [("said", "verb.neutral")]),
        ("The plan, praised by Democrats, passed.", []),
        ("He said that statement, which had been widely criticized at the time, was a joke.", [("said", "verb.neutral")]),
    ],
)
def test_a_judgment_in_the_passive_by_a_named_agent_counts_beside_its_later_verb(
    text: str, verbs: list[tuple[str, str]]
) -> None:
    assert _verbs(text) == verbs


# --- PA-48: "X's statement criticizing …" names a speaker ------------------------------------------------------------

PERRY_NYT = ("The new ad follows Mr. Roe's statement on Tuesday criticizing the administration's announcement that the "
             "United States would use foreign aid to promote gay rights around the world.")
PERRY_HUFFPOST = ("In a statement released Tuesday, he decried the administration's decision to use foreign aid to "
                  "promote rights for gays and lesbians abroad.")


@pytest.mark.parametrize(
    "sentence",
    [
        PERRY_NYT,
        "The group's letter urging senators to reject the bill arrived on Friday.",
        "A statement from the White House praising the deal was released on Monday.",
        "His remarks last week attacking the judge drew wide criticism.",
        "The new ad follows the administration's announcement that it would use foreign aid to promote gay rights.",
    ],
)
def test_a_noun_of_speech_with_its_owner_and_a_participle_of_speech_or_a_that_clause_names_a_speaker(sentence: str) -> None:
    assert not names_no_speaker(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a noun of speech with no owner, or a participle on no noun of speech ("the administration's
        # announcement that it would …" names its owner and reports what it announced: check Y FB-19)
        "The new ad follows an announcement that the city would use its reserve to repair the bridge.",
        "The statement was released on Tuesday.",
        "Workers building the wall finished on Tuesday.",
        "The ad, running statewide in Iowa, starts Wednesday.",
    ],
)
def test_near_misses_still_name_no_speaker(sentence: str) -> None:
    assert names_no_speaker(sentence)


def test_the_event_note_contrasts_no_voice_between_two_reports_of_one_statement() -> None:
    columns = [_column("US left", PERRY_HUFFPOST, True), _column("US center", PERRY_NYT, False)]
    assert voice_note(columns) == ""
    # and the panel's note says both attribute it, not that one "reports someone in a clause beside the claim"
    assert nothing_noticed(columns).startswith("Nothing to point out between origins: both origins attribute it to a speaker")


# --- a month's abbreviation before a day is no name --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "anchors"),
    [
        ("Politico reported Tuesday that Roe bought $1 million in broadcast television time ahead of the Jan. 3 "
         "caucuses.", ["Roe", "#1"]),
        ("The Sept. 11 attacks changed the city.", ["#11"]),
        # near misses: a person called Jan, a full date, a name that is a month
        ("Jan Brewer signed the bill in Phoenix.", ["Jan Brewer", "Phoenix"]),
        ("The vote is set for January 3 in Des Moines.", ["January 3", "Des Moines"]),
        ("Theresa May met the president in Washington.", ["Theresa May", "Washington"]),
    ],
)
def test_a_months_abbreviation_before_a_day_is_no_name(sentence: str, anchors: list[str]) -> None:
    assert anchor_terms(sentence, entities(sentence), [], years=True) == anchors


# --- a one-sentence finding's excerpt contains its cue word -----------------------------------------------------------

LONG = ("The new ad follows Mr. Roe's statement on Tuesday criticizing the administration's announcement that the United "
        "States would use all the elements of diplomacy, including the possible granting of foreign aid, to promote gay "
        "rights around the world and beat back efforts in other nations to criminalize homosexual conduct.")


def _crime(quote) -> str:
    def share(unit: str, value: float, n: float, cues: str | None, refs: str | None) -> dict:
        row = dict.fromkeys(FIGURES_SCHEMA)
        row.update(lens="frames", level="origin", unit=unit, measure="crime", value=value, rest=0.0, n=n,
                   base=n / value if n else 3.0, diff_low=-0.2, diff_high=1.0, effect=1.0, effect_kind="Cohen's h",
                   cues=cues, sentences=refs)
        return row

    rows = pl.DataFrame([share("us-right", 0.0, 0.0, None, None), share("us-center", 1.0, 1.0, "criminalize ×1", "nyt:3")],
                        schema=FIGURES_SCHEMA, orient="row")
    said = findings(FRAMES_SPEC, rows, REFS, {"crime": "Crime and punishment"}, Samples(), quote=quote)
    return next(f for f in said if f.startswith("Crime and punishment"))


def test_a_one_sentence_findings_excerpt_keeps_its_cue_word_in_sight() -> None:
    line = _crime(_quoter({("nyt", 3): ("us-center", LONG)}, {"nyt": "S2 · The New York Times"}))
    assert line.startswith("Crime and punishment: too few to compare (1 sentence with a cue)")
    shown = line.split(" in “", 1)[1]
    assert "to criminalize homosexual conduct" in shown
    assert shown.endswith("(S2 · The New York Times, sentence 4).")


def test_a_short_sentence_is_shown_whole() -> None:
    short = "Critics said the plan would criminalize protest."
    line = _crime(_quoter({("nyt", 3): ("us-center", short)}, {"nyt": "S2 · The New York Times"}))
    assert f"in “{short}” (S2 · The New York Times, sentence 4)." in line


# --- PA-5/12/54/31/37: a negated reporting verb with no content reports nothing -----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Roe campaign did not say where the ad would run, but the focus of its television budget has been in Iowa, "
        "where many voters describe themselves as evangelicals.",
        "The White House did not say whether the president would attend.",
        "A spokesman would not tell reporters when the talks would resume.",
        "The campaign has not said how much it spent.",
        "Mr. Roe didn't say whether he would run.",
        "Officials did not say.",
    ],
)
def test_a_negated_reporting_verb_with_no_content_leaves_the_outlets_own_voice(sentence: str) -> None:
    assert sentence_voices([sentence])[0].kind == OWN
    assert _verbs(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a negated verb with content, a denial, another report beside it, a negation inside the report
        "The campaign did not say that the ad would run in Iowa.",
        "Roe never said he would drop out.",
        "He denied that the ad would run in Iowa.",
        "The campaign did not say where the ad would run, but a spokesman said it would air in Iowa.",
        "The campaign said it did not know where the ad would run.",
        "Aides to Mr. Romney declined to say on Tuesday whether he would call on the delegates to reconsider.",
        "The White House did not offer Mr. Roe a paid position, so he considered “advisory board options.”",
    ],
)
def test_near_misses_still_report(sentence: str) -> None:
    assert not names_no_speaker(sentence)  # reported, or (the "but a spokesman said" row) a reported clause beside

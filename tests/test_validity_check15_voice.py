"""check15 (Q-HL: Holder appoints prosecutors for leaks, June 2012; Q-BN: Bannon's testimony, January 2018) on the
voice readings. Each row is a sentence written in the shape of the one misread, not copied; near misses keep their
reading."""

from __future__ import annotations

import pytest

from contrast.metrics.voice import OWN, QUOTED, sentence_voices

# --- HL-18/HL-38: a quotation opened by a closing mark (”) read as a close, its sentences the outlet's own --------


QUOTE_OPENED_BY_A_CLOSING_MARK = [
    "”We will find whoever leaked the plans, and they will answer for it,” the minister said at the briefing.",
    "”In some cases, it’s a crime.",
    "These are serious offences when they expose our people like this.",
    "And we will pursue every lead, as we always have.”",
]


@pytest.mark.parametrize("breaks", [[False] * 4, [False, True, False, False], [False, True, True, True]])
def test_a_quotation_opened_by_a_closing_mark_runs_to_its_close(breaks: list[bool]) -> None:
    """Within one paragraph, or continued into the next ones: every sentence up to the close is the speaker's."""
    voices = sentence_voices(QUOTE_OPENED_BY_A_CLOSING_MARK, breaks=breaks)
    assert [v.kind for v in voices] == [QUOTED] * 4


def test_a_phrase_opened_by_a_closing_mark_is_only_the_phrase() -> None:
    text = "The minister said the government has ”no patience” for such breaches and promised a full inquiry."
    voice = sentence_voices([text])[0]
    start = text.index("”no")
    assert voice.quotes == ((start, start + len("”no patience”")),)


@pytest.mark.parametrize(
    ("texts", "kinds"),
    [
        # near misses: a closing mark after the words it closes still closes the quotation carried in
        (["“We will find them.", "They will answer for it,” he said.", "The inquiry opens on Monday."], [QUOTED, QUOTED, OWN]),
        # a closing mark before a space or a comma closes, with nothing to open
        (["“It is over ”, he said.", "The talks ended on Monday."], [QUOTED, OWN]),
    ],
)
def test_a_closing_mark_after_words_still_closes(texts: list[str], kinds: list[str]) -> None:
    assert [v.kind for v in sentence_voices(texts)] == kinds


# --- HL-39: "identity" of a person (who they are) counted under Cultural identity ----------------------------------


def _cultural_cues(text: str) -> set[str]:
    from contrast.config import Lenses
    from contrast.metrics.frames import CULTURAL, frames_lexicon, frames_matcher

    return {h.cue.lower() for h in frames_matcher(frames_lexicon(Lenses())).find(text) if h.category == CULTURAL}


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("A special prosecutor was named to investigate the disclosure of the identity of a covert agent.", False),
        ("The paper declined to reveal the informant's identity, citing the risk to his family.", False),
        ("Police have not released the identity of the driver, who died at the scene.", False),
        ("The identities of the two suspects were withheld pending charges.", False),
        # near misses: a group's identity keeps the cue
        ("The festival celebrates the national identity of a country that was divided for decades.", True),
        ("Many residents feel their Chinese identity is being erased by the new curriculum.", True),
        ("Critics say the campaign leans on identity politics to mobilise voters.", True),
        ("The region has a shared identity built on its language and its mountains.", True),
    ],
)
def test_identity_is_cultural_only_in_a_groups_sense(text: str, counted: bool) -> None:
    assert ("identity" in _cultural_cues(text) or "identities" in _cultural_cues(text)) is counted


# --- BN-32: "recommended" a measure (subpoenas, charges, a vote) counted as praise ----------------------------------


@pytest.mark.parametrize(
    ("text", "praise"),
    [
        ("At that point, several members of the panel recommended subpoenas for the former aide, the sources said.", False),
        ("The ethics board recommended charges against two officers, according to the report.", False),
        ("The committee recommended a vote on the measure before the recess, the chairman said.", False),
        ("The auditors recommended closing the office by June, the spokesman said.", False),
        # near misses: a recommendation of a thing stays praise
        ("The reviewers recommended the new museum wing, calling it a triumph of design.", True),
        ("Experts recommended the new guidelines as a model for other states.", True),
    ],
)
def test_recommending_a_measure_is_no_praise(text: str, praise: bool) -> None:
    from tests.test_reporting_participles import _first

    _, attributed, _, shown, _, _ = _first(text)
    assert attributed
    assert ("verb.praise" in {h.category for h in shown}) is praise


# --- BN-8: a subhead in capitals ending with "?" read as a sentence the outlet says ---------------------------------


@pytest.mark.parametrize("line", ["WHAT NEXT?", "TRADE WAR?", "NOT AGAIN!", "‘WHO KNEW?’"])
def test_a_line_in_capitals_ending_with_a_question_mark_is_a_heading(line: str) -> None:
    from contrast.segment import is_heading, reads_as_sentence

    assert is_heading(line, own_line=True)
    assert not reads_as_sentence(line, own_line=True)


@pytest.mark.parametrize(
    ("line", "own_line"),
    [
        ("Is this the strategy the party wanted?", True),  # a question in sentence case is prose
        ("NO DEAL.", True),  # two words in capitals with a full stop: a shouted sentence stays prose
        ("WHAT NEXT?", False),  # inside a paragraph: a sentence
    ],
)
def test_questions_in_sentence_case_or_inside_a_paragraph_stay_sentences(line: str, own_line: bool) -> None:
    from contrast.segment import is_heading, reads_as_sentence

    assert not is_heading(line, own_line=own_line)
    assert reads_as_sentence(line, own_line=own_line)


# --- BN-13/BN-41: three of the outlets' own sentences read as reported speech ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # "what … gets said": what is said, as a thing talked about; nobody's words are reported
        "It also means the majority can leak selected lines from the hearing to suit its story, no matter what actually "
        "gets said in the room.",
        "Whatever is said behind closed doors will reach the press within hours.",
        # a work's title closing the sentence with its full stop inside the marks is a title, not a quotation
        "But the two men fell out bitterly over remarks the senator made to a biographer for her new book “Power and "
        "Ruin: Inside the Senate Leadership.”",
        "The feud began over a passage in his memoir, “Standing Alone: A Life in Politics.”",
        # pressing someone to act as an aim (pressure by any means), not words reported
        "After the witness declined to answer, the chairman issued a subpoena during the session to press him to testify.",
        "The Treasury imposed new sanctions to pressure Tehran to return to the talks.",
    ],
)
def test_an_outlets_own_sentence_with_no_speech_reported_is_its_own(text: str) -> None:
    assert sentence_voices([text])[0].kind == OWN


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a speaker's words still report
        "It was said at the time that the mayor would resign before the vote.",
        "In the book, the senator wrote: “We lost the war because we lost the argument.”",
        "Senators pressed Mr. Lowell to answer the committee's questions about the transition.",
        "Democrats plan to press the White House to release the memo, aides said.",
    ],
)
def test_a_speakers_words_still_report(text: str) -> None:
    assert sentence_voices([text])[0].kind != OWN


# --- BN-2/BN-38: a blog post in the first person, asking its readers questions, inferred as news --------------------


BLOG_POST = (
    "The senator will face the committee on Thursday, supposedly to explain his role in the deal.",
    "Did he ever follow up on those oddly specific promises?",
    "We won't know soon, because the hearing will be held behind closed doors.",
    "Which is a real shame, given how rarely he answers anything in public.",
    "Is he a careful witness, or a talker who can't help spilling everything?",
)
NEWS_REPORT = (
    "The senator will appear before the committee on Thursday to answer questions about the deal.",
    "The hearing will be held behind closed doors, committee aides said.",
    "World War I veterans and I. Lewis Libby were named in the US filing.",
    "He is expected to testify for several hours.",
)


def _inferred(own_voice: tuple[str, ...]) -> tuple[str, str]:
    from contrast.genre import source_genre

    genre = source_genre(declared=None, title="The senator testifies", outlet="Daily Planet", own_voice=own_voice)
    return genre.id, genre.shown


def test_a_post_with_few_signs_of_the_writers_voice_leaves_the_genre_not_determined() -> None:
    """One sentence in the first person and two questions (the shape of Daily Kos's post): not news, not sure."""
    genre, shown = _inferred(BLOG_POST)
    assert genre == "undetermined" and shown == "genre not determined"


def test_a_post_in_the_first_person_asking_questions_is_opinion() -> None:
    genre, shown = _inferred((*BLOG_POST, "I have watched him dodge questions like these for years."))
    assert genre == "opinion" and shown == "opinion (inferred)"


@pytest.mark.parametrize(
    "own_voice",
    [
        NEWS_REPORT,
        (*NEWS_REPORT, BLOG_POST[1], BLOG_POST[2]),  # two signs: news writes "we" or asks now and then
        (*NEWS_REPORT, "Her aide called it “the fight we chose.”"),
    ],
)
def test_a_report_without_the_writers_voice_stays_news(own_voice: tuple[str, ...]) -> None:
    assert _inferred(own_voice)[0] == "news"


def test_a_question_on_a_line_of_its_own_is_a_subhead_not_the_writers_question() -> None:
    import polars as pl

    from contrast.report.briefing.build import _own_voice_sentences, _own_voice_texts

    text = "What happens next?\nThe panel meets on Monday. Did he follow up?"
    frame = pl.DataFrame({
        "source_id": ["s"] * 3, "sentence_index": [0, 1, 2], "text": ["What happens next?", "The panel meets on Monday.",
        "Did he follow up?"], "start": [0, 19, 46], "end": [18, 45, 63], "voice": ["own"] * 3, "heading": [False] * 3,
    })
    assert _own_voice_texts(_own_voice_sentences(frame).get("s"), text) == ("The panel meets on Monday.", "Did he follow up?")


def test_a_text_of_undetermined_genre_is_counted_in_words_a_student_reads() -> None:
    from contrast.genre import Genre, count_kinds

    assert count_kinds([Genre("news", True, ""), Genre("undetermined", True, "")]) == (
        "1 news article and 1 text of undetermined genre"
    )


# --- the same quotation printed: its reversed opening mark printed as the opening mark it stands for ---------------


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("”We will find them,” the minister said.", "“‘We will find them,’ the minister said.”"),
        ("The minister has ”no patience” for such breaches.", "“The minister has ‘no patience’ for such breaches.”"),
        ("”In some cases, it’s a crime.", "“In some cases, it’s a crime.”"),
        # near miss: a closing mark after the words it closes still closes (the quotation opened earlier)
        ("They will answer for it,” he said.", "“‘They will answer for it,’ he said.”"),
    ],
)
def test_a_quotation_opened_by_a_closing_mark_is_printed_opened(text: str, printed: str) -> None:
    from contrast.report.text import quotation

    assert quotation(text) == printed


# --- BN (tone lines): a denial with a gerund or what is denied as its object read as the outlet's own voice ---------


@pytest.mark.parametrize(
    "text",
    [
        "Moscow has denied meddling in the vote and the governor has denied any collusion with the campaign.",
        "The minister denies having met the lobbyist before the contract was signed.",
        "The company has repeatedly denied the allegations in court filings.",
    ],
)
def test_a_denial_reports_what_was_said(text: str) -> None:
    assert sentence_voices([text])[0].kind != OWN


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a refusal or a passive reports no one
        "He has been denied bail twice since his arrest.",
        "The court denied the motion to dismiss the case.",
        "The city denied funding for the new stadium.",
        "Officials denied him entry at the border on Sunday.",
    ],
)
def test_a_refusal_or_a_passive_denial_reports_no_one(text: str) -> None:
    assert sentence_voices([text])[0].kind == OWN

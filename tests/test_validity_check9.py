"""The validity suite, continued: false findings of check9-new (Fox, the New York Times and HuffPost on Trump and
Justice Ginsburg, 2016, and on Blumenthal's Vietnam service, 2010) in the voice lens, each as a table of the sentences
that were misread and their near misses, which must keep their voice.

- TG-15/16/36/38: Trump's tweet, introduced by "And Trump himself lashed out on Twitter, saying:" at the end of a
  paragraph and set out in the next ones with no quotation mark, was Fox's own voice (its most negative sentence).
- BV-16a/19/33: the dash-bulleted response points "circulated by Democrats close to Blumenthal's campaign:" were
  HuffPost's own voice ("smear" its name-calling).
- BV-16b/23: HuffPost's excerpt of the Times opens with doubled marks (""We have learned …," Mr. Blumenthal said);
  once Blumenthal's words closed, the rest of the excerpt ("There was one problem: … never served in Vietnam.") was
  HuffPost's own voice (its booster "never").
- TG-21: "…, calling her disdainful remarks about his candidacy “highly inappropriate”": "disdainful" is the Times's
  word for Ginsburg's remarks, outside the quotation marks; it was filed as reported speech.
(BV-9 and the lone "..." of TG-15 are segmenter rules: tests/test_segment.py.)
"""

from __future__ import annotations

import pytest

from contrast.metrics.voice import OWN, QUOTED, REPORTED, cue_context, sentence_voices

# --- TG-15, BV-16a: what follows a colon that attributes is the speaker's until the outlet's narration resumes ------

TWEET = [  # Fox, one sentence a paragraph
    "And Trump himself lashed out on Twitter, saying:",
    "Justice Ginsburg of the U.S. Supreme Court has embarrassed all by making very dumb political statements about me.",
    "Her mind is shot - resign!",
    "The liberal icon justice had kicked off the storm with comments to The New York Times published Saturday.",
    "“I can’t imagine what this place would be,” she said.",
]
POINTS = [  # HuffPost, one sentence a paragraph
    "On Tuesday morning, a set of response points were circulated by Democrats close to Blumenthal's campaign:",
    "-Here are the facts: unlike many of his peers, Dick Blumenthal voluntarily joined the Marine Corps Reserves.",
    "He received no special treatment from anyone.",
    "Today's story unfortunately distorts Dick Blumenthal's record of service by implying that he did not serve.",
    "-Dick has been a constant champion of veterans and of the military.",
    "Today Connecticut veterans will come together to show they have his back, just like he has had theirs.",
    "-His opponent's campaign admits they are the ones who cherry-picked the quotes and are behind the hit piece.",
    "It is no surprise Linda McMahon would want to smear the Attorney General.",
    "UPDATE: Richard Blumenthal defended himself against charges during a press conference on Tuesday afternoon.",
]
LIST_END = [  # the same list with no label after it: the outlet resumes past the last item and two paragraphs on it
    "Aides released these talking points:",
    "-He served six years in the reserves.",
    "He received no special treatment.",
    "It was his duty.",
    "The campaign says he will speak on Tuesday.",
]


@pytest.mark.parametrize(
    ("sentences", "kinds"),
    [
        (TWEET, [REPORTED, REPORTED, REPORTED, OWN, QUOTED]),
        # the intro's "circulated by Democrats close to …" is itself attributed to an unnamed group (check9-new BV-26)
        (POINTS, [REPORTED, REPORTED, REPORTED, REPORTED, REPORTED, REPORTED, REPORTED, REPORTED, OWN]),
        (LIST_END, [OWN, REPORTED, REPORTED, REPORTED, REPORTED]),
        (["Rennie wrote:", "We owe them our support.", "The video was removed."], [REPORTED, REPORTED, OWN]),
        (["Aides posted a statement:", "Our campaign will fight on!", "We will win.", "The polls close at eight."],
         [OWN, REPORTED, REPORTED, OWN]),
        # near misses: the block is a marked quotation; the colon is the outlet's own; the colon is not at the end of
        # the paragraph; no paragraph follows; a sentence with a quotation after its colon ends the paragraph
        (["Rennie wrote:", "“The video was fed to the paper.”", "The story was removed."], [REPORTED, QUOTED, OWN]),
        (["Two senators didn’t vote at all:", "Tim Kaine and Bernie Sanders were away."], [OWN, OWN]),
        (["Here's an excerpt from the report:", "The meeting ran late."], [OWN, OWN]),
        (["Trump lashed out on Twitter, saying: the judge must resign.", "The court did not answer."], [REPORTED, OWN]),
        (["Rep. David Cicilline tweeted to Trump: “Don’t hand another dictator a propaganda victory.”",
          "Most Republicans were keeping mum."], [QUOTED, OWN]),
        (["Aides released these talking points:", "UPDATE: He spoke on Tuesday."], [OWN, OWN]),
    ],
)
def test_what_a_colon_attributes_is_the_speakers_until_the_outlet_resumes(sentences: list[str], kinds: list[str]) -> None:
    breaks = [index > 0 for index in range(len(sentences))]
    assert [v.kind for v in sentence_voices(sentences, breaks=breaks)] == kinds


def test_without_paragraphs_no_block_is_read() -> None:
    """Sentences given with no paragraph breaks: where a block would end cannot be told, so none is read."""
    assert [v.kind for v in sentence_voices(TWEET[:2])] == [REPORTED, OWN]


# --- BV-16b: an excerpt opened by doubled marks stays quoted over its paragraphs to its close --------------------

EXCERPT = [  # HuffPost quoting the Times, one sentence a paragraph
    "Here's an excerpt from the Times report:",
    '""We have learned something important since the days that I served in Vietnam," Mr. Blumenthal said to the '
    "group gathered in Norwalk in March 2008.",
    '"And you exemplify it.',
    "Whatever we think about the war, we owe our military men and women unconditional support.\"",
    "There was one problem: Mr. Blumenthal, a Democrat now running for the United States Senate, never served in "
    "Vietnam.",
    'He obtained at least five military deferments from 1965 to 1970, according to records."',
    "Blumenthal says he's always tried to make it clear his Marine Reserve service never took him overseas.",
]


@pytest.mark.parametrize(
    ("sentences", "kinds"),
    [
        (EXCERPT, [OWN, QUOTED, QUOTED, QUOTED, QUOTED, QUOTED, REPORTED]),
        (["The report read:", "“‘We have learned something,’ he said to the group.", "There was one problem.",
          "He never served there.”", "The campaign disputes it."], [OWN, QUOTED, QUOTED, QUOTED, OWN]),
        # near misses: a paragraph that opens with one mark; doubled marks that no later sentence closes (a stray)
        (['"We have learned something," he said to the group.', "There was one problem.",
          'He never served there, according to records."'], [REPORTED, OWN, QUOTED]),
        (['""We have learned something," he said to the group.', "There was one problem.", "He never served there."],
         [QUOTED, OWN, OWN]),
    ],
)
def test_an_excerpt_opened_by_doubled_marks_is_quoted_to_its_close(sentences: list[str], kinds: list[str]) -> None:
    breaks = [index > 0 for index in range(len(sentences))]
    assert [v.kind for v in sentence_voices(sentences, breaks=breaks)] == kinds


# --- TG-21: the writer's words for what someone is quoted calling -----------------------------------------------

DISDAINFUL = (
    "Donald J. Trump on Tuesday assailed Justice Ruth Bader Ginsburg of the Supreme Court for speaking out on the "
    "presidential race, calling her disdainful remarks about his candidacy “highly inappropriate” and suggesting that "
    "she owed other justices an apology."
)


@pytest.mark.parametrize(
    ("sentence", "word", "context"),
    [
        (DISDAINFUL, "disdainful", OWN),
        (DISDAINFUL, "inappropriate", QUOTED),
        ("Critics slammed the mayor, describing the shameful delays as “unacceptable.”", "shameful", OWN),
        # near misses: the naming is inside what someone else reports; the complement is the speaker's, unquoted;
        # the whole sentence is attributed by a trailing or an "according to" report
        ("He said critics were calling her disdainful remarks “highly inappropriate.”", "disdainful", REPORTED),
        ("Trump criticized the senator, calling him a disdainful man and his plan “a joke.”", "disdainful", REPORTED),
        ("The mayor described the shameful delays as “unacceptable,” aides said.", "shameful", REPORTED),
        ("The mayor, according to aides, described the shameful delays as “unacceptable.”", "shameful", REPORTED),
    ],
)
def test_what_the_writer_names_before_a_quoted_name_is_the_writers(sentence: str, word: str, context: str) -> None:
    voice = sentence_voices([sentence])[0]
    start = sentence.index(word)
    assert cue_context(voice, sentence, start, start + len(word)) == context

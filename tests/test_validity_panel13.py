"""The validity suite, continued: same-event panel and own-voice denominator misreadings of check12-reL and check12-reM
(Fox, the New York Times and HuffPost on the Cheney sisters' quarrel, 2013; on Glenn Beck at CPAC, 2010; on Newsweek's
Bachmann cover, 2011; on Mike Huckabee's bid, 2015). Sentences are written here in the shape of the ones misread, not
copied.

- CH-17: "Hedges: highest in US right, 88.9 per 1,000 words … rests on 3 own-voice sentences" counted the outlet's own
  "reportedly" in four attributed sentences ("“…,” Liz Cheney reportedly said.") over the words of its own-voice
  sentences only, and named three sentences that hold no hedge. Numerator and denominator now count the same words —
  the outlet's own, its verb of report and the adverb on it included — and the finding names the sentences counted.
"""

from __future__ import annotations

import polars as pl
import pytest

from contrast.config import Lenses
from contrast.metrics.certainty import certainty_part
from contrast.metrics.cues import word_count
from contrast.metrics.figures import FIGURES_SCHEMA
from contrast.metrics.lens import OWN_WORDS, with_own_words
from contrast.report.briefing.lenses.findings import Samples
from contrast.schema import ORIGIN

ROE = [
    "Call it Roe versus Roe.",
    "Her sister replied by pulling no punches.",
    "“I am not in favour of the tax,” Ann Roe reportedly said.",
    "The vote is slated for next year.",
]


def _sentences(texts: list[str]) -> pl.DataFrame:
    return pl.DataFrame(
        {"source_id": ["s"] * len(texts), "sentence_index": list(range(len(texts))), "text": texts,
         "words": [word_count(t) for t in texts]},
        schema={"source_id": pl.String, "sentence_index": pl.Int32, "text": pl.String, "words": pl.Int64},
    )


def test_the_outlets_words_of_report_in_a_quotation_are_its_own_words() -> None:
    own = with_own_words(_sentences(ROE)).get_column(OWN_WORDS).to_list()
    assert own == [word_count(ROE[0]), word_count(ROE[1]), word_count("reportedly said"), word_count(ROE[3])]


def test_a_quoted_speakers_words_add_no_own_words() -> None:
    own = with_own_words(_sentences(["“The tax may pass next year, and we will see to it,” Ann Roe said."]))
    assert own.get_column(OWN_WORDS).to_list() == [1]  # "said", the outlet's verb; the quotation is hers


def test_an_own_voice_hedge_rate_counts_its_hedge_over_the_words_it_is_found_among() -> None:
    part = certainty_part(_sentences(ROE).drop("words"), Lenses())
    hedge = part.figures.filter(pl.col("measure") == "hedge").row(0, named=True)
    words = sum(word_count(t) for t in (ROE[0], ROE[1], ROE[3])) + 2
    assert (hedge["n"], hedge["base"]) == (1.0, float(words))
    assert hedge["rows"] == 4.0  # the hedge's sentence is one the figure rests on


def test_a_rate_finding_names_the_sentences_its_denominator_counts() -> None:
    row = dict.fromkeys(FIGURES_SCHEMA) | {"unit": "us-right", "contexts": "own", "rows": 4.0, ORIGIN: "us-right"}
    assert Samples({"us-right": 10}, {"us-right": 3}).of(row) == (4, "sentences with words in its own voice")


# --- HB-5: what the reporting verb reports, not the quoted tail ---------------------------------------------------

ROE_STANCE_FOX = ("On taxes, he insists on a balanced budget, though he favors a credit for children of immigrant "
                  "parents who brought them to the country illegally.")
ROE_STANCE_NYT = ("But Mr. Roe said the immigrant children whose parents brought them into the country illegally should "
                  "not be taxed twice because “you don’t punish a child for something his parents did.”")


def test_a_claim_the_reporting_verb_reports_before_a_quoted_reason_is_attributed() -> None:
    from contrast.report.said import attributes_fact

    assert attributes_fact(ROE_STANCE_NYT, [ROE_STANCE_FOX])


def test_a_short_quotation_inside_the_outlets_telling_still_attributes_nothing() -> None:
    from contrast.report.said import attributes_fact

    griffin = ("Jane Roe admitted Tuesday she “went too far” on her latest photo shoot with a well-known photographer in "
               "which she is holding a bloodied mask of the governor.")
    other = "Shot by a well-known photographer, the comedian holds what resembles the bloody head of the governor."
    assert not attributes_fact(griffin, [other])


# --- HB-7, HB-24, HB-25: a poll cited is a source; a quoted book title is no speech -------------------------------

POLL = ("A new NBC/Wall Street Journal poll of GOP primary voters shows 23 percent picked former Gov. Jane Roe as "
        "their first choice.")
IN_THE_POLL = "Roe is followed in the poll by Ann Doe at 15 percent and Jim Poe at 11 percent."


def test_a_poll_cited_for_its_figures_is_no_statement_of_the_outlets_own() -> None:
    from contrast.metrics.voice import names_no_speaker, sentence_voices

    voices = sentence_voices([POLL, IN_THE_POLL])
    assert [v.kind for v in voices] == ["reported", "reported"]
    assert not names_no_speaker(POLL)
    assert not names_no_speaker(IN_THE_POLL)


def test_the_poll_speaks_for_its_issuer_not_for_the_voters_it_asked() -> None:
    from tests.test_speaker_unnamed_one import _last

    assert _last(f"Roe is running again. {POLL}")[0] == "speaker.media"


def test_a_poll_named_as_a_topic_is_still_the_outlets_own_voice() -> None:
    from contrast.metrics.voice import sentence_voices

    texts = ["He led in the polls for months before the caucuses.", "The poll of the state's voters is due on Friday.",
             "In the poll of 2012, he came second."]
    assert [v.kind for v in sentence_voices(texts)] == ["own", "own", "own"]


def test_a_quoted_book_title_with_its_comma_is_no_quotation_of_speech() -> None:
    from contrast.metrics.voice import sentence_voices

    text = ("His book, “Quit Digging Your Grave with a Knife and Fork,” became a bestseller and he made obesity a major "
            "policy initiative as governor.")
    assert sentence_voices([text])[0].kind == "own"
    assert sentence_voices(["“Thank You Very Much,” he said."])[0].kind != "own"


# --- BN-25: responding by an act is no speech ----------------------------------------------------------------------


def test_responding_by_an_act_reports_no_words() -> None:
    from contrast.metrics.voice import sentence_voices

    text = ("Monday night, the magazine responded to the controversy by posting an “outtakes” gallery on its Web site, "
            "showcasing other photos taken for the article.")
    assert sentence_voices([text])[0].kind == "own"


def test_responding_by_saying_still_reports() -> None:
    from contrast.metrics.voice import sentence_voices

    texts = ["The magazine responded to the controversy by saying the photo was “a fair portrait.”",
             "“It was a fair portrait,” the editor replied."]
    assert [v.kind for v in sentence_voices(texts)] == ["reported", "quoted"]


# --- BK-20: a line between two paraphrases of one speaker is his ----------------------------------------------------


def test_a_line_between_two_paraphrases_of_one_speaker_is_his() -> None:
    from contrast.metrics.voice import sentence_voices

    texts = ["But both parties are to blame, he said.", "The Democrats tax and spend, while the Republicans just spend.",
             "People are losing a basic belief that things will get better, he said."]
    assert [v.kind for v in sentence_voices(texts, breaks=[True, True, True])] == ["reported"] * 3


@pytest.mark.parametrize(
    "texts",
    [
        # a person introduced between: the next "he" may be the new person (check-K, a witness at the dog park)
        ["The police came quickly, he said.", "Noah Roe, 47, lives in a nearby building and was at the park.",
         "He said he heard at least 30 shots."],
        # a quotation before: the speaker's turn ends with it
        ["“Folks cannot get ahead,” he said.", "The economy grew slowly that year.", "“It is a long way,” he said."],
        # no report after
        ["Both parties are to blame, he said.", "The Democrats tax and spend, while the Republicans just spend.",
         "The crowd cheered."],
    ],
)
def test_a_line_that_may_be_the_outlets_stays_its_own(texts: list[str]) -> None:
    from contrast.metrics.voice import sentence_voices

    assert sentence_voices(texts, breaks=[True, True, True])[1].kind == "own"

"""Anonymous sources that the Who speaks table missed, and a defined group it typed anonymous (check Y FB-35b), from new
sentences of the same structures. After a quotation, a verb of any kind before "one" or "another" and a noun is the
quotation's inverted tag, and that one person is unnamed ("“…,” fumed one Democratic ally", "worried another longtime
Clinton adviser", "said one former Obama operative now supporting Clinton"); an unnamed role "familiar with" what it
tells, or one "not authorized to discuss" it, is anonymous. A group defined by a relative clause, with one of its
members named ("Republican leaders who were among the eight recipients of the letter called for …, with Sen. Richard C.
Shelby urging him"), is not."""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.attribution import attribution_lexicon, attribution_matcher, read_statements
from contrast.metrics.voice import source_voices
from contrast.segment import segment

ANONYMOUS = "speaker.anonymous"


def _kinds(text: str) -> tuple[str | None, ...]:
    """The kinds of the one statement in ``text`` (its kind, then the others it also counts as)."""
    sentences = segment({"s": text}, {"s": "o"}).sort("sentence_index")
    voices = dict(zip(sentences.get_column("sentence_index").to_list(), source_voices(sentences), strict=True))
    rows = sentences.select("source_id", "sentence_index", "text").rows()
    read = read_statements(rows, voices, attribution_matcher(attribution_lexicon(Lenses())))
    (found,) = [v for v in read.values() if v[0]]
    return (found[2], *found[4])


@pytest.mark.parametrize(
    "text",
    [
        "“Nobody saw this coming,” groused one senior campaign strategist.",
        "“This is the worst week we have had,” conceded another veteran party fundraiser.",
        "“We have to move on,” sighed one exhausted Biden volunteer.",
        "“Why would they do this now?” marveled one longtime Senate staffer.",
        "“The numbers will recover,” said one former Romney pollster now working for the governor.",
        "“It was a mistake,” admitted another Republican donor close to the family.",
        "A senior aide familiar with the talks said the deal could collapse by Friday.",
        "An official familiar with the investigation said agents had searched the house on Monday.",
        "The plant will close in March, said a company manager who was not authorised to comment on the plan.",
        "The board met twice in secret, said the executive, who is not authorized to discuss the matter publicly.",
    ],
)
def test_one_unnamed_speaker_is_anonymous(text: str) -> None:
    assert ANONYMOUS in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Senate Democrats who had signed the letter demanded answers from the agency, with Sen. Jane Roe calling the "
        "delay unacceptable.",
        "Party officials who sat on the panel called for a new vote, including Gov. Ann Cole of Oregon.",
        "“It was a mistake,” said Sen. Jane Roe, one of the bill's sponsors.",
        "Mayor Jane Roe, who is familiar with the case, said the city would appeal.",
    ],
)
def test_a_defined_group_or_a_named_speaker_is_not_anonymous(text: str) -> None:
    assert ANONYMOUS not in _kinds(text)


def test_an_undefined_group_stays_vague() -> None:
    assert ANONYMOUS in _kinds("Officials who attended the meeting said the plan had been dropped.")
    assert ANONYMOUS in _kinds("Republican leaders called for further disclosures, with Sen. Jane Roe urging a vote.")


def test_a_quoted_word_as_subject_is_no_tag() -> None:
    """A quoted word that is the sentence's subject, with no comma or mark ending it, is the outlet's own sentence:
    "“Busing” offered a Northern analog to states’ rights" (AllSides) is no quotation tagged by "offered"."""
    from contrast.metrics.voice import OWN, sentence_voices

    assert sentence_voices(["“Socialism” offered a tidy label to the party's critics."])[0].kind == OWN
    assert sentence_voices(["“We lost,” offered one weary party volunteer."])[0].kind != OWN

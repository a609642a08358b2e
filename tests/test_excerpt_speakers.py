"""A quoted or reported excerpt shows who speaks (check10-recheckH OB handout Event 1: a quotation with no speaker).

The speaker is the one the attribution lens reads, printed in the source's own words; where no sentence of the
quotation names anyone the line says so, and it never guesses.
"""

from __future__ import annotations

import polars as pl

from contrast.config import Lenses
from contrast.metrics.attribution import SaidBy, statement_speakers
from contrast.report.handout.excerpts import ExcerptPicker
from contrast.report.handout.model import SourceTag
from contrast.report.said import speaker_line
from contrast.report.text import BlindNames
from tests.reportkit import make_corpus

CORKER = (
    "Sen. Bob Corker, R-Tenn., spoke during an interview on Sunday.\n\n"
    "\"There is a growing group of folks that are realizing that we don't have a lot of cards.\n\n"
    "I mean, we have one house, that's it,\" Corker said.\n\n"
    "Outgoing White House economic adviser Larry Summers warned Wednesday that failure would raise the risk.\n\n"
    "A White House aide confirmed that the meeting lasted an hour on Thursday.\n\n"
    "The talks ended at noon and the leaders went home.\n\n"
    "\"It was a long and frank meeting with many people in the room.\""
)


def _speakers(text: str) -> dict[int, SaidBy]:
    corpus = make_corpus({"fox": ("right", text)})
    sentences = corpus.sentences.sort("sentence_index")
    return statement_speakers(sentences, Lenses(), text)


def test_a_quotation_running_on_takes_the_speaker_its_closing_sentence_names() -> None:
    said = _speakers(CORKER)
    assert said[1] == SaidBy("Corker", here=False, own=False)  # "There is a growing group …": Corker, in sentence 3
    assert said[2] == SaidBy("Corker", here=True)


def test_the_speaker_is_the_persons_name_after_a_role_or_the_unnamed_source_as_written() -> None:
    said = _speakers(CORKER)
    assert said[3].name == "Larry Summers" and said[3].here
    assert said[4].name == "a White House aide" and said[4].here


def test_a_quotation_no_sentence_attributes_has_no_speaker() -> None:
    said = _speakers(CORKER)
    assert 5 not in said  # the outlet's own sentence
    assert said[6].name is None and not said[6].own


def test_the_printed_line_says_where_the_name_is_and_never_guesses() -> None:
    assert speaker_line("Corker", quoted=True, here=True, attributed_here=True) == "Speaker: Corker (quoted)"
    assert speaker_line("Corker", quoted=True, here=False, attributed_here=False) == (
        "Speaker: Corker (quoted; named in a nearby sentence)"
    )
    assert speaker_line("Larry Summers", quoted=False, here=True, attributed_here=True) == "Speaker: Larry Summers (reported speech)"
    assert speaker_line(None, quoted=True, here=False, attributed_here=False) == "Quoted; speaker not named in this sentence."
    # a sentence that attributes its words itself to someone the lens cannot name: its own words show who
    assert speaker_line(None, quoted=False, here=False, attributed_here=True) == ""


class _Lines:
    def __init__(self) -> None:
        self.asked: list[tuple[str, int]] = []

    def line(self, source_id: str, index: int, shown: str = "") -> str:
        self.asked.append((source_id, index))
        return "Speaker: Corker (quoted; named in a nearby sentence)"


def test_a_handout_excerpt_that_quotes_someone_carries_its_speaker_line_and_an_own_voice_one_none() -> None:
    tag = SourceTag(letter="A", name="Source A", origin=None, title="", border="solid")
    lines = _Lines()
    picker = ExcerptPicker(pl.DataFrame(), {"fox": tag}, {}, BlindNames(), lines)  # type: ignore[arg-type]
    quoted = picker.excerpt({"source_id": "fox", "sentence_index": 1, "text": "\"There is a growing group.", "attributed": True})
    own = picker.excerpt({"source_id": "fox", "sentence_index": 0, "text": "Corker spoke on Sunday.", "attributed": False})
    assert quoted.speaker.startswith("Speaker: Corker") and own.speaker == ""
    assert lines.asked == [("fox", 1)]


def test_a_bare_pronoun_no_sentence_before_resolves_names_no_one() -> None:
    # check10-recheckH BT Event 2: HuffPost's "“If they don't pass this bill …,” he told a gathering of reporters"
    # follows a sentence in the outlet's own voice: the lens knows no "he"
    said = _speakers(
        "Summers spoke on Tuesday at the White House.\n\n"
        "\"Passing the bill would help the economy a great deal,\" he told reporters."
    )
    assert said[1] == SaidBy(None, here=False, own=False)


def test_an_impersonal_attribution_is_marked_as_naming_no_speaker() -> None:
    # check13-bundled TA-19: the key counted "It's been said that …" as "a speaker it is attributed to"
    said = _speakers(
        "The plan was published on Monday by the ministry of ports.\n\n"
        "It's been said that the plan came from an old book by the economist Jane Roe.\n\n"
        "Some say the plan would fail within a year of its start.\n\n"
        "Critics said the plan would fail within a year of its start.\n\n"
        "The newspaper said the plan would fail within a year of its start."
    )
    assert [said[i].unnamed for i in (1, 2)] == [True, True]
    assert [(said[i].name, said[i].unnamed) for i in (3, 4)] == [("Critics", False), ("the newspaper", False)]


def test_an_unnamed_group_keeps_its_head_noun() -> None:
    said = _speakers(
        "Senior White House officials raised the stakes on Democrats, warning on Wednesday that inaction would hurt."
    )
    assert said[0].name == "Senior White House officials"


# --- a difference of voice holds for the fact, not for a phrase quoted within it (check10-recheckI KG-12, KG-R6) ---

GRIFFIN_FOX = (
    "Kathy Griffin admitted Tuesday she \"went too far\" on her latest photo shoot with controversial photographer "
    "Tyler Shields in which she is holding a bloodied mask of President Trump."
)
GRIFFIN_HUFFPOST = (
    "Shot by celebrity photographer and director Tyler Shields, the comedian stares the camera down in one photo, as "
    "she holds what resembles the bloody head of President Donald Trump."
)
BIDEN_FOX = (
    "Vice President Biden traveled to the Capitol Wednesday for a private meeting with House Democrats who are "
    "resisting the deal, saying it gives away too much to the wealthy."
)
BIDEN_NYT = (
    "Vice President Joseph R. Biden Jr. planned to return to Capitol Hill this afternoon to meet with House Democrats "
    "as President Obama and the White House sought to quell the uproar among liberals about the tax deal."
)
BUSH_NYT = "Mr. Bush said his average federal tax rate was 36 percent, and contrasted that with what he said was 30 percent."
BUSH_HUFFPOST = "Bush paid an effective tax rate of roughly 36 percent over those three decades."


def test_a_short_quoted_phrase_inside_the_outlets_telling_does_not_attribute_the_fact() -> None:
    from contrast.report.said import attributes_fact

    assert not attributes_fact(GRIFFIN_FOX, [GRIFFIN_HUFFPOST])  # the photo is Fox's telling; "went too far" hers
    assert not attributes_fact(BIDEN_FOX, [BIDEN_NYT])  # the trip is Fox's; "saying …" is the House Democrats'
    assert attributes_fact(BUSH_NYT, [BUSH_HUFFPOST])  # the 36 percent is what Mr. Bush said
    # a quotation holding the shared words, and a work cited by author and year, attribute the fact
    assert attributes_fact("\"The tax rate was 36 percent over three decades,\" Bush said.", [BUSH_HUFFPOST])
    assert attributes_fact(
        "Such media strategies reflect the party's desire to shape how China is perceived globally (Lin, 2023).",
        ["This strategy reflects a broader ambition by the party to shape how China is perceived."],
    )


def _column(label: str, text: str, attributed: bool):
    from contrast.report.briefing.model import EventColumn, EventQuote
    from contrast.report.refs import OriginRef

    ref = OriginRef(id=label.lower().replace(" ", "-"), label=label, colour="#000000", marker="circle", border="solid", index=0)
    return EventColumn(origin=ref, quote=EventQuote(text, 0.0, label, 0, attributed), n_members=1, mean_compound=0.0)


def test_the_event_panel_names_a_difference_of_voice_only_when_it_holds_for_the_fact() -> None:
    from contrast.report.briefing.events import voice_note

    assert voice_note([_column("US right", GRIFFIN_FOX, True), _column("US left", GRIFFIN_HUFFPOST, False)]) == ""
    assert voice_note([_column("US right", BIDEN_FOX, True), _column("US center", BIDEN_NYT, False)]) == ""
    assert voice_note([_column("US center", BUSH_NYT, True), _column("US left", BUSH_HUFFPOST, False)]) == (
        "US center attributes the claim to a speaker or source; US left states it in its own voice."
    )


def test_the_handout_asks_who_the_claim_comes_from_only_when_the_fact_is_attributed() -> None:
    from contrast.report.event_titles import EventTitle
    from contrast.report.handout.model import Excerpt, HandoutEvent
    from contrast.report.handout.questions import _attribution

    def excerpt(letter: str, text: str, attributed: bool) -> Excerpt:
        tag = SourceTag(letter=letter, name=f"Source {letter}", origin=None, title="", border="solid")
        return Excerpt(tag, text, False, False, "en", 0.0, attributed, sentence=text)

    def event(*excerpts: Excerpt) -> HandoutEvent:
        return HandoutEvent(number=2, about=EventTitle("x"), reach="", excerpts=excerpts)

    griffin = [event(excerpt("A", GRIFFIN_FOX, True), excerpt("C", GRIFFIN_HUFFPOST, False))]
    assert _attribution(events=griffin, number=2, lenses=Lenses()) is None
    asked = _attribution(events=[event(excerpt("B", BUSH_NYT, True), excerpt("C", BUSH_HUFFPOST, False))], number=2, lenses=Lenses())
    assert asked is not None and "Source B tells you who the claim comes from" in asked[0].text


def test_a_sentence_whose_speaker_phrase_the_lens_cannot_read_is_not_said_to_name_no_one() -> None:
    # check: OB Event 2, the Times' "The White House and Mr. Boehner's office issued identical statements afterward
    # that said “the lines of communication remain open.”" names who speaks; the lens reads no speaker phrase in it
    said = _speakers(
        "The White House and Mr. Boehner’s office issued identical statements afterward that said “the lines of "
        "communication remain open.”"
    )
    assert all(s.own for s in said.values())


def test_a_cited_work_is_named_and_a_phrase_that_names_no_one_is_not_printed() -> None:
    cited = _speakers("Such media strategies reflect the party's desire to shape how China is perceived (Lin, 2023).")
    assert cited[0].name == "Lin, 2023"
    said = _speakers("It's been said that the source of policy has come from economist Peter Navarro's book, released in 2011.")
    assert said[0].name is None  # "It's been said" names no one
    # the lens's window for "The British consulting company that released the index said …" holds no noun phrase
    window = _speakers("The British consulting company that released the global soft power index said that China rose.")
    assert window[0].name in (None, "The British consulting company")


def test_no_line_where_the_excerpt_as_shown_already_names_the_speaker() -> None:
    from types import SimpleNamespace

    from contrast.report.said import Speakers

    corpus = make_corpus({"fox": ("right", CORKER)})
    analysis = SimpleNamespace(
        results=SimpleNamespace(sentences=corpus.sentences), documents={}, report=SimpleNamespace(manifest=SimpleNamespace(lenses=Lenses()))
    )
    speakers = Speakers(analysis)  # type: ignore[arg-type]
    summers = corpus.sentences.filter(pl.col("sentence_index") == 3).get_column("text")[0]
    assert speakers.line("fox", 3, summers) == ""  # "Outgoing White House economic adviser Larry Summers warned …"
    assert speakers.line("fox", 3, "… failure would raise the risk.") == "Speaker: Larry Summers (reported speech)"
    assert speakers.line("fox", 1, "\"There is a growing group of folks …") == (
        "Speaker: Corker (reported speech; named in a nearby sentence)"  # no voice column here: not read as quoted
    )


# checkR EP-59: "According to the EPA, … ¶ It put the cost as high as $8.8 billion a year, but noted …" (CNN): the "it"
# that estimates right after an institution spoke is that institution, as a "he said" after one person spoke is theirs.
AGENCY_THEN_IT = (
    "According to the FDA, the new labels would cut allergic reactions in schools by a fifth.\n\n"
    "It put the cost as high as $400 million a year, but noted the savings on hospital visits would be far larger."
)
PERSON_THEN_IT = (
    "Governor Ann Reyes said the new rules would cut delays at the busiest airports by a fifth.\n\n"
    "It put the cost as high as $3 billion a year, but noted the time saved would be worth far more to travellers."
)


def test_an_it_that_estimates_right_after_an_institution_spoke_is_that_institution() -> None:
    said = _speakers(AGENCY_THEN_IT)
    assert said[0].name is not None and "FDA" in said[0].name
    assert said[1].name == said[0].name and not said[1].here


def test_an_it_after_a_person_spoke_is_not_that_person() -> None:
    said = _speakers(PERSON_THEN_IT)
    assert said[0].name is not None and "Reyes" in said[0].name
    assert said[1].name is None  # reported (the estimate is someone's), but "it" is not the governor

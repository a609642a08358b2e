"""The kind of a speaker comes from the speaker's own role noun, not from any role word near it (check9 TG-23,
BV-24, TA-49): a "court watcher" is no court, a group named "Fix the Court" is an advocacy group, a report a
campaign disputes is not the campaign's voice, and a speaker named after "said" with the title after the name
("said Tai Hui, chief market strategist at …") is typed by that title. Near misses keep their kinds."""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.attribution import UNSPECIFIED, attribution_lexicon, attribution_matcher, read_statements
from contrast.metrics.voice import source_voices
from contrast.segment import segment

OFFICIAL = "speaker.official"
EXPERT = "speaker.expert"
MEDIA = "speaker.media"
CIVIL = "speaker.civil"


def _read(text: str, opening: str) -> tuple[str | None, list[tuple[str, str]]]:
    sentences = segment({"s": text}, {"s": "o"}).sort("sentence_index")
    voices = dict(zip(sentences.get_column("sentence_index").to_list(), source_voices(sentences), strict=True))
    rows = sentences.select("source_id", "sentence_index", "text").rows()
    read = read_statements(rows, voices, attribution_matcher(attribution_lexicon(Lenses())))
    found = next(read[(s, i)] for s, i, t in rows if t.startswith(opening) and read[(s, i)][0])
    return found[2], [(h.category, h.cue) for h in found[3]]


def _kind_of(text: str, opening: str) -> str | None:
    return _read(text, opening)[0]


@pytest.mark.parametrize(
    ("text", "opening", "kind"),
    [
        # TG-23: "court" in a compound noun or in an advocacy group's name is not the speaker's role
        ("Rick Hasen, another avid court watcher who specializes in election law, wrote that Ginsburg’s statements "
         "could very well lead a “reasonable person” to question her impartiality.", "Rick", UNSPECIFIED),
        ("Justices stepped aside in 180 cases during the court’s last term, according to a new analysis by Fix the "
         "Court, a group that pushes for structural reform at the Supreme Court.", "Justices", CIVIL),
        ("Under federal law, justices must step aside from cases where their “impartiality might reasonably be "
         "questioned” ― and they did so in 180 cases during the court’s last term, according to a new analysis by Fix "
         "the Court, a group that pushes for structural reform at the Supreme Court.", "Under", CIVIL),
        # near misses: a court, a justice, a judge speak as officials
        ("Supreme Court Justice Ruth Bader Ginsburg faced a growing backlash Wednesday as she doubled down on her "
         "criticism of the nominee, calling him a “faker” who is unqualified to be president.", "Supreme", OFFICIAL),
        ("The court said in its ruling that the law was unconstitutional and could not be enforced.", "The court", OFFICIAL),
        ("A federal judge said the agency had acted within its authority when it issued the rule.", "A federal", OFFICIAL),
        # BV-24: the report a speaker disputes is what is disputed, not who speaks
        ("Blumenthal's campaign disputed a report in the New York Times as an \"outrageous distortion\" of his service "
         "in the Marines, according to his campaign.", "Blumenthal", UNSPECIFIED),
        # the object of a reporting phrase is not its speaker: the subject is
        ("Top Democrats on Friday swiftly pressured President Trump to consider cancelling his summit with Vladimir "
         "Putin.", "Top", OFFICIAL),
        # near misses: a report that speaks, reports that said, a newspaper cited
        ("Reports said the talks had collapsed late on Monday after a dispute over tariffs.", "Reports", MEDIA),
        ("The A.G., according to the Times, said he had misspoken at a 2008 event in Norfolk.", "The A.G.", MEDIA),
        # TA-49: the title after a name that follows "said"
        ("“Sales have been up and down all year,” said Tai Hui, chief market strategist at JP Morgan Asset "
         "Management.", "“Sales", EXPERT),
        ("“Sales have been up and down all year,” said Tai Hui, chief market strategist at JP Morgan Asset "
         "Management.\n\n“Markets will calm down once the talks resume,” said Hui.", "“Markets", EXPERT),
        ("“The measures are unjustified and must be withdrawn,” said Lu Kang, a foreign ministry spokesman.", "“The",
         OFFICIAL),
        ("Retaliatory measures “took effect immediately,” said a Chinese foreign ministry spokesman, Lu Kang.",
         "Retaliatory", OFFICIAL),
        # near misses: a name after "said" with no title, or a clause after the comma, stays untyped
        ("“Sales have been up and down all year,” said Tai Hui, who has watched the market for decades.", "“Sales",
         UNSPECIFIED),
        ("“Sales have been up and down all year,” said Tai Hui.", "“Sales", UNSPECIFIED),
    ],
)
def test_the_speaker_is_typed_by_its_own_role(text: str, opening: str, kind: str) -> None:
    assert _kind_of(text, opening) == kind


def test_the_disputed_report_is_shown_as_no_speaker() -> None:
    """BV-24: the media noun in the object of "disputed" is not shown as the speaker's kind."""
    _, shown = _read(
        "Blumenthal's campaign disputed a report in the New York Times as an \"outrageous distortion\" of his service.",
        "Blumenthal",
    )
    assert (MEDIA, "a report") not in shown


@pytest.mark.parametrize(
    ("text", "opening", "kind"),
    [
        # BV-26: a list circulated by an unnamed group close to an organisation: attributed, anonymous or vague
        ("On Tuesday morning, a set of response points were circulated by Democrats close to Blumenthal's campaign:",
         "On Tuesday", "speaker.anonymous"),
        ("The talking points, distributed by people close to the governor, said the audit was a partisan attack.",
         "The talking", "speaker.anonymous"),
    ],
)
def test_what_people_close_to_an_organisation_circulate_is_vague(text: str, opening: str, kind: str) -> None:
    assert _kind_of(text, opening) == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # TG-23's cause in the voice lens: "term" the period in office reports nothing
        ("The justices heard 60 cases during the court’s last term, more than in any year since 2005.", "own"),
        ("He served a full term in the Senate before the “reform” bill passed.", "own"),
        # near miss: naming something in quotation marks still reports a characterisation
        ("Critics term the plan “a giveaway to the banks” and want it withdrawn.", "reported"),
    ],
)
def test_a_term_in_office_is_no_reporting_verb(sentence: str, kind: str) -> None:
    from contrast.metrics.voice import sentence_voices

    assert sentence_voices([sentence])[0].kind == kind

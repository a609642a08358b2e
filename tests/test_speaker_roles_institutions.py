"""Officials named by role or institution, plural and collective officials, a lawsuit as speaker, and "they" after
a group that spoke (check8 ET-W3, MJ-27): a table of speakers the attribution lens must type, with near misses
that must stay untyped or keep their kind."""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.attribution import UNSPECIFIED, attribution_lexicon, attribution_matcher, read_statements
from contrast.metrics.voice import source_voices
from contrast.segment import segment

OFFICIAL = "speaker.official"


def _kind_of(text: str, opening: str) -> str | None:
    sentences = segment({"s": text}, {"s": "o"}).sort("sentence_index")
    voices = dict(zip(sentences.get_column("sentence_index").to_list(), source_voices(sentences), strict=True))
    rows = sentences.select("source_id", "sentence_index", "text").rows()
    read = read_statements(rows, voices, attribution_matcher(attribution_lexicon(Lenses())))
    return next(read[(s, i)][2] for s, i, t in rows if t.startswith(opening) and read[(s, i)][0])


LAWSUIT = (
    "The two states filed a lawsuit seeking a court order to prevent Colorado from enforcing the measure.\n\n"
    "The complaint says the measure runs afoul of federal law and therefore violates the Constitution.\n\n"
    "The lawsuit says the sales have strained the finances and legal systems of both states."
)
BROUGHT = (
    "The lawsuit was brought by attorneys general in Nebraska and Oklahoma, and asks the court to strike down the law.\n\n"
    "“Marijuana flows from this gap into neighboring states,” the suit says, undermining their marijuana bans."
)
STATES_THEN_THEY = (
    "Oklahoma and Nebraska said the influx had led to more arrests and higher jail costs.\n\n"
    "They say it has also forced law-enforcement agencies to spend more time on marijuana arrests."
)
SHERIFFS_THEN_THEY = (
    "Some sheriffs in bordering states say they have pulled over drivers and found edibles in their cars.\n\n"
    "They also criticized Colorado for not tracking marijuana once it is sold to buyers."
)


@pytest.mark.parametrize(
    ("text", "opening", "kind"),
    [
        # ET-W3: a committee's chairman, a federal service, "the agency"
        ("“The administration should withdraw this decision until Zimbabwe stabilizes,” the committee chairman said "
         "in a statement.", "“The administration", OFFICIAL),
        ("The U.S. Fish and Wildlife Service said in a written notice issued Thursday that permitting the trophies "
         "would help the elephants.", "The U.S.", OFFICIAL),
        ("“Legal, well-regulated sport hunting can benefit certain species,” the agency said in a statement.", "“Legal",
         OFFICIAL),
        ("Law enforcement agencies have long said that they are feeling the impacts of the new law.", "Law", OFFICIAL),
        # MJ-27: states and groups of officials as speakers
        ("Oklahoma and Nebraska said the influx had led to more arrests and higher jail costs.", "Oklahoma", OFFICIAL),
        ("Nebraska and Oklahoma accused Colorado of leaving huge holes in marijuana rules.", "Nebraska", OFFICIAL),
        ("Two heartland states filed the first major court challenge to marijuana legalization on Thursday, saying that "
         "the system was unconstitutional.", "Two heartland", OFFICIAL),
        ("The states of Nebraska and Oklahoma filed a federal lawsuit Thursday, claiming that the law is unconstitutional.",
         "The states", OFFICIAL),
        ("They include keeping marijuana in-state — something Oklahoma and Nebraska says Colorado has failed to do.",
         "They include", OFFICIAL),
        (SHERIFFS_THEN_THEY, "Some sheriffs", OFFICIAL),
        ("In earlier interviews, some local law-enforcement officers along the borders said that they had not seen an "
         "increase.", "In earlier", OFFICIAL),
        # a lawsuit speaks for whoever brought it, named earlier in the source
        (LAWSUIT, "The complaint says", OFFICIAL),
        (LAWSUIT, "The lawsuit says", OFFICIAL),
        (BROUGHT, "“Marijuana flows", OFFICIAL),
        # "they" right after a group spoke is that group; a surname with an appositive; a title after "by the"
        (STATES_THEN_THEY, "They say", OFFICIAL),
        (SHERIFFS_THEN_THEY, "They also criticized", OFFICIAL),
        ("Nebraska Attorney General Jon Bruning said the state would sue.\n\nBruning, a Republican, blamed the attorney "
         "general for failing to enforce the federal law's ban on drugs.", "Bruning, a", OFFICIAL),
        ("The decision was promoted on Friday by the White House press secretary, Sarah Huckabee Sanders.\n\n"
         "In defending the decision on Friday, Ms. Sanders cited a recently completed review of the program.",
         "In defending", OFFICIAL),
    ],
)
def test_officials_named_by_role_institution_or_as_a_group_are_typed(text: str, opening: str, kind: str) -> None:
    assert _kind_of(text, opening) == kind


@pytest.mark.parametrize(
    ("text", "opening", "kind"),
    [
        # "they" with no group before it, or after one person, stays untyped
        ("They say it has also forced agencies to spend more time on marijuana arrests.", "They say", UNSPECIFIED),
        ("Seattle Mayor Ed Harlow said the law was wrong for the city.\n\nThey say it has also forced agencies to spend "
         "more time on arrests.", "They say", UNSPECIFIED),
        # a lawsuit whose plaintiff the source does not name stays untyped
        ("The lawsuit says the sales have strained the finances and legal systems of both states.", "The lawsuit",
         UNSPECIFIED),
        # a state as a modifier or a place is not the speaker
        ("Brian Vicente, a Colorado attorney and legalization advocate, said the challenge is political grandstanding.",
         "Brian", UNSPECIFIED),
        ("Brian Vicente of Colorado said the challenge is political grandstanding without merit.", "Brian", UNSPECIFIED),
        ("Colorado voters said they wanted the measure to pass this year.", "Colorado", "speaker.ordinary"),
        ("Many people across Colorado said they wanted the measure to pass this year.", "Many", UNSPECIFIED),
        ("Dealers like those in Colorado and Oregon say the rules are too strict for them.", "Dealers", UNSPECIFIED),
        # agencies and services of other kinds keep their kind
        ("The Xinhua news agency said the talks had gone well for both sides.", "The Xinhua", "speaker.media"),
        ("The ratings agency said the outlook for the country was stable.", "The ratings", "speaker.business"),
        ("The Washington Post said the decision was made on Friday night.", "The Washington", "speaker.media"),
    ],
)
def test_near_misses_stay_untyped_or_keep_their_kind(text: str, opening: str, kind: str) -> None:
    assert _kind_of(text, opening) == kind

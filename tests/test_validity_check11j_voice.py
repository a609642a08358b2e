"""The validity suite, continued: voice and speaker misreadings check11j found (Fox, the New York Times and HuffPost on
Michael Steele's RNC chairmanship, 2010, and on Chick-fil-A Appreciation Day, 2012), each with near misses that must
keep their reading. Sentences are written here in the shape of the ones misread, not copied.

- SR-14: a present-tense "tell" with a vague plural subject ("insiders tell Fox News they expect …", "multiple sources
  tell Fox News that …") was no reporting verb: the insiders' expectation was the outlet's own voice (its tone, its
  "most positive" sentence). "Time will tell", "hard to tell", "the numbers tell a story" report nobody.
- SR-15: unnamed speakers were not vague: "some close to the chairman say", "several leading Republicans arguing",
  "according to multiple reports"; unnamed officials ("Republican officials said Sunday", "Senate aides told") were officials only,
  while one unnamed aide ("a White House aide confirmed", check10-recheckH OB-29) is vague too.
- CF-18: "Many said …, while others said …" was the outlet's own voice ("said" after "many" was read as a noun's
  participle, and the "while" clause alone as reported); "As my colleagues … report from Atlanta, …" and "Critics of
  Chick-fil-A argue that …" (the "A" of the name read as an article before a noun) were not attributions.
- CF-19: "Chick-fil-A president Dan Cathy said the Atlanta-based company …" was an official: a president is one of a
  government only where no organisation of another kind holds the title.
"""

from __future__ import annotations

import pytest

from contrast.metrics.attribution import UNSPECIFIED
from contrast.metrics.voice import OWN, REPORTED, sentence_voices
from tests.test_speaker_unnamed_one import _last

ANONYMOUS = "speaker.anonymous"
OFFICIAL = "speaker.official"
BUSINESS = "speaker.business"
EXPERT = "speaker.expert"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # SR-14: present-tense telling, by a vague plural subject, to a named outlet
        ("A handful of influential party insiders tell Fox News they expect the chairman to step down.", REPORTED),
        ("Meanwhile, multiple sources tell The Hill that they believe the chairman will quit the race.", REPORTED),
        ("Aides tell reporters the chairman has not decided.", REPORTED),
        ("But some close to the party chairman say he wants to run for another term.", REPORTED),
        # near misses: telling that reports nobody
        ("Time will tell whether the chairman keeps his job.", OWN),
        ("It is hard to tell how many members still back the chairman.", OWN),
        ("The numbers tell a different story about the party's fortunes.", OWN),
        ("The polls tell us little about how members will vote.", OWN),
        ("Parents tell their children stories at bedtime in every town.", OWN),
        # CF-18: a main clause of saying by a vague subject, a second one joined by "while"
        ("Many said they came because they agreed with the owner's views, while others said they wanted to defend "
         "free speech.", REPORTED),
        ("Some told reporters they had waited two hours in line.", REPORTED),
        # near miss: the main clause is the outlet's, only the joined clause reports
        ("Many customers waited two hours in line, while others said they would come back on Friday.", OWN),
        # CF-18: the reporters the outlet cites for what its main clause says
        ("As our colleagues Jane Roe and John Doe report from Atlanta, the chain's president made the remarks last "
         "month.", REPORTED),
        ("As the newspaper reported on Sunday, the chain's president made the remarks last month.", REPORTED),
        # near misses: "as" of time, and "report" the noun
        ("As prices rose from Atlanta to Boston, the chain's sales fell for a third month.", OWN),
        ("As the report from Atlanta makes plain, the chain's sales fell for a third month.", OWN),
        # CF-18: a name ending in a capital letter is no article before a noun ("Chick-fil-A argue")
        ("Critics of Chick-fil-A argue that the chain's stance goes well beyond one interview.", REPORTED),
        ("Crtitics of Chick-fil-A argue that the chain's stance goes well beyond one interview.", REPORTED),
        ("Chick-fil-A said it would stay out of the debate from now on.", REPORTED),
        # SR-15: calling it quits is quitting, not calling anyone anything
        ("Many in the party expect that the chairman will call it quits after his current term.", OWN),
        ("Critics called it a power grab by the chairman and his allies.", REPORTED),
    ],
)
def test_whose_voice_a_sentence_speaks_in(sentence: str, kind: str) -> None:
    assert sentence_voices([sentence])[0].kind == kind


def _kinds(text: str) -> tuple[str | None, tuple[str, ...]]:
    """(kind, other kinds) of the last statement of ``text``."""
    return _last(text)[:2]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # SR-14/15: insiders and sources are anonymous, whatever the tense of their telling
        ("A handful of influential party insiders tell Fox News they expect the chairman to step down.", (ANONYMOUS, ())),
        ("Meanwhile, multiple sources tell Fox News that they believe the chairman will quit.", (ANONYMOUS, ())),
        # SR-15: people known only by whom they are close to, or by a quantity
        ("But some close to the party chairman say he wants to run for another term.", (ANONYMOUS, ())),
        ("A campaign to replace him has run for weeks, with several leading Republicans arguing that he should go.",
         (ANONYMOUS, ())),
        ("A growing number of Republicans predict that the chairman will quit before the vote.", (ANONYMOUS, ())),
        ("The chairman is expected by some to announce that he will not run again, according to multiple reports.",
         (ANONYMOUS, ())),
        # CF-18: a bare "Many" continues the group named before (customers): attributed, its speaker not guessed
        ("Long lines formed, and many customers posted photos. Many said they came because they agreed with the owner's "
         "views, while others said they wanted to defend free speech.", (UNSPECIFIED, ())),
        # SR-15: unnamed officials, by party, employer or chamber, are vague as well as officials, as one unnamed aide is
        ("But the chairman has kept his plans to himself, Republican officials said Sunday.", (OFFICIAL, (ANONYMOUS,))),
        ("White House officials said the plan would add jobs next year.", (OFFICIAL, (ANONYMOUS,))),
        ("Senate aides told reporters afterward that the vote would slip to Friday.", (OFFICIAL, (ANONYMOUS,))),
        ("Chinese officials said the tariffs would take effect at once.", (OFFICIAL, (ANONYMOUS,))),
        ("Senior White House officials raised the stakes on Democrats, warning on Wednesday that inaction would raise "
         "the risk of a recession.", (OFFICIAL, (ANONYMOUS,))),
        # near misses: a named person, a named group, an institution as a body keep only their kind
        ("Republican Party Chairman Jane Roe said the committee would meet in January.", (OFFICIAL, ())),
        ("Two officials, Jane Roe and John Doe, said the committee would meet in January.", (OFFICIAL, ())),
        ("Goldman Sachs analysts said the plan would add jobs next year.", (EXPERT, ())),
        ("Police said the man was arrested on Tuesday night downtown.", (OFFICIAL, ())),
        # officials in what a named speaker says, with a relative clause of their own, are no source of the sentence
        ("Gov. Tom Roe spoke on Monday. A year later, Roe said that NAACP officials, who had called him out for missing an "
         "event, could “kiss my butt.”", (OFFICIAL, ())),
        # a named person after "some" is no vague source
        ("Some, like Senator Jane Roe, said the chairman should stay.", (OFFICIAL, ())),
    ],
)
def test_an_unnamed_speaker_is_vague(text: str, kinds: tuple[str | None, tuple[str, ...]]) -> None:
    assert _kinds(text) == kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # CF-19: a company's president, named before the title and called a company in the sentence, is business
        ("The surge of support came after Acme-Go president Jane Roe said the Ohio-based company was proud of its "
         "stance.", BUSINESS),
        ("Acme president Jane Roe said the fast-food chain would stay out of politics.", BUSINESS),
        ("Jane Roe, the president of Acme, said the company would stay out of politics.", BUSINESS),
        # near misses: a head of state, a president alone, a country's president keep their office
        ("President Barack Obama said the company would be fined.", OFFICIAL),
        ("Chinese President Xi Jinping said the company would be welcome.", OFFICIAL),
        ("The president said the company would be fined.", OFFICIAL),
        # a president of an organisation the sentence does not type stays unclassified after "of", as before
        ("Jane Roe, the president of Acme, said the plan would work.", UNSPECIFIED),
    ],
)
def test_a_presidents_kind_is_the_kind_of_what_they_preside_over(text: str, kind: str) -> None:
    assert _kinds(text)[0] == kind


@pytest.mark.parametrize(
    "text",
    [
        "Teamsters president Jane Roe said the supply chain would break down by winter.",
        "Acme president Jane Roe said the chain of command had failed the workers.",
    ],
)
def test_a_chain_that_is_no_company_makes_no_business(text: str) -> None:
    assert _kinds(text)[0] != BUSINESS

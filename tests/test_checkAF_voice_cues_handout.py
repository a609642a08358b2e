"""Check AF (DOMA arguments, Trump's border emergency): words read as a report, a booster or a self-contained claim
that are none, and handout text cut where a reader cannot follow it. Each rule on new sentences of the structure the
checker found.

- DM-21: a case "to be argued" / "was argued" in court reports nobody's words;
- BW-15: "made sure to" (took care to) is no booster;
- BW-17b: "a campaign trail call that …" is a noun, and "has declared a national emergency" an act of office, not
  statements;
- reader items: an excerpt is never cut inside a figure ("$3.6 […]"); "X was the most recent example" is no
  self-contained "Only Source X" claim; an origin with no own-voice sentence reads "no own-voice sentences", not
  "0 listed".
"""

from __future__ import annotations

import polars as pl
import pytest

from contrast.claims.absence import ANAPHORIC_EXAMPLE, POSSIBLY_SHARED, UNIQUE, in_context
from contrast.config import Lenses, load_report
from contrast.metrics.certainty import certainty_lexicon, certainty_matcher
from contrast.metrics.voice import OWN, REPORTED, sentence_voices
from contrast.pipeline import analyse
from contrast.report.briefing.build import build_briefing
from contrast.report.render.html import render_html
from contrast.report.text import CUT, trim_excerpt
from tests.reportkit import EASY, ORIGINS, make_report


def _voice(sentence: str) -> str:
    """The voice of ``sentence`` opening a paragraph, as a source's sentence after a break is read."""
    return sentence_voices(["An opening sentence of the story.", sentence], breaks=[True, True])[1].kind


@pytest.mark.parametrize(
    "sentence",
    [
        "The third tax case to be argued this week, the appeal was filed by a bakery in Ohio.",
        "The first gun case to be argued this term, the challenge was brought by a retired officer in New Jersey.",
        "The dispute was argued before the appeals court in March, two years after the bakery sued.",
        "Both cases were argued on the same day, and the rulings are due in June.",
    ],
)
def test_a_case_argued_in_court_reports_nobody(sentence: str) -> None:
    """DM-21: NPR's own-voice "The second same-sex marriage case to be argued in as many days, the DOMA challenge was
    brought by Edith Windsor, …" was read as reported speech and its "argued" counted as a verb of claiming."""
    assert _voice(sentence) == OWN


@pytest.mark.parametrize("sentence", ["It was argued that the law was void.", "He argued that the law was void."])
def test_what_was_argued_is_still_reported(sentence: str) -> None:
    assert _voice(sentence) == REPORTED


def _certainty(sentence: str) -> list[tuple[str, str]]:
    return [(h.category, h.cue) for h in certainty_matcher(certainty_lexicon(Lenses())).find(sentence)]


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        ("The senator on Friday made sure to mention the deadline.", []),
        ("She makes sure to thank every volunteer by name.", []),
        ("Making sure to avoid the cameras, the mayor left by a side door.", []),
        ("The clerk made very sure to file the forms on time.", []),
        ("The vote is sure to anger the base.", [("booster", "sure to")]),  # a prediction still boosts
    ],
)
def test_taking_care_to_do_something_is_no_booster(sentence: str, cues: list[tuple[str, str]]) -> None:
    """BW-15: Vox's "Pelosi on Thursday made sure to point that out." counted the booster "sure to"."""
    found = [(h.category, h.cue) for h in certainty_matcher(certainty_lexicon(Lenses())).find(sentence)]
    assert found == cues


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        # a noun after an article and the words of its noun phrase
        ("Beyond the court fight, there are deeper problems: The state budget was frozen over a stump speech call that the "
         "governor repeats to excite his voters, and there is no real crisis at the port.", OWN),
        ("The city council was shut down over a late-night phone call that the mayor regrets.", OWN),
        # a status an office holder's act creates
        ("Governor Jane Smith has declared a state of emergency across the county in a bid to speed up relief.", OWN),
        ("The mayor declared a curfew after the riots.", OWN),
        ("The airline declared bankruptcy in 2009.", OWN),
        # near misses: a plural subject's verb, a judgment or a claim declared
        ("A group of senators say the bill is dead.", REPORTED),
        ("Senators call the bill a disaster.", REPORTED),
        ("The judge declared the emergency unconstitutional.", REPORTED),
        ("The governor declared that the crisis was over.", REPORTED),
        ("The senator declared victory on Tuesday night.", REPORTED),
    ],
)
def test_a_noun_call_and_a_declared_emergency_report_nobody(sentence: str, voice: str) -> None:
    """BW-17b: Vox's "… The US government was shut down over a campaign trail call that Trump uses to rile up his
    base, …" was a statement with "government" its official speaker, and "President Donald Trump has declared a
    national emergency at the southern border …" an official's statement."""
    assert _voice(sentence) == voice


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        (" $3.6 billion from the fund.", " $3.6 billion"),
        (" 12 per cent of voters agreed.", " 12 per cent"),
        (" 40 million dollars in aid.", " 40 million dollars"),
    ],
)
def test_an_excerpt_is_never_cut_inside_a_figure(tail: str, kept: str) -> None:
    """Reader item 3: the BW handout quoted "… and $3.6 […]", cut between the number and "billion"."""
    words = " ".join(["word"] * 39)
    shown, cut = trim_excerpt(words + tail, mark=CUT)
    assert cut and shown.endswith(kept + CUT)


def test_a_figure_that_ends_the_sentence_is_not_cut_at_all() -> None:
    sentence = " ".join(["word"] * 39) + " $3.6 billion."
    assert trim_excerpt(sentence, mark=CUT) == (sentence, False)


@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        ("Ohio was the latest example in March.", True),
        ("Texas is another example.", True),
        ("One such instance came in 2019.", True),
        ("Vermont is a case in point.", True),
        ("The latest example of the trend came on Monday.", False),
        ("For example, Ohio passed a ban in March.", False),
        ("The second case was argued on Wednesday.", False),
    ],
)
def test_an_example_named_without_what_it_exemplifies_needs_the_sentence_before(sentence: str, leans: bool) -> None:
    assert bool(ANAPHORIC_EXAMPLE.search(sentence)) is leans


def test_an_example_needing_its_context_is_no_only_in_claim_a_handout_may_ask_about() -> None:
    """Reader item 6: Fox's "North Carolina was the most recent example last May." (after "But 31 states have amended
    their constitutions …") was the handout's "Only Source C makes this claim" question. Its state is the search's."""
    claims = pl.DataFrame({
        "claim_id": [0, 1, 2],
        "source_id": ["fox", "fox", "fox"],
        "sentence_index": [0, 1, 5],
        "text": ["Twelve states have passed laws that ban the sale of raw milk.", "Ohio was the latest example in March.",
                 "Texas is another example."],
    })  # fmt: skip
    state, alone = [POSSIBLY_SHARED, UNIQUE, UNIQUE], [False, True, True]
    in_context(claims, state, alone)
    assert alone == [False, False, False]
    assert state[2] == UNIQUE  # no sentence before it among the claims: the search's state stands


QUOTED_ONLY = (
    "\u201cWe are looking at it, and the president is considering it,\u201d Pence said on Sunday. "
    "\u201cThe wall will be built one way or another,\u201d Pence told reporters at the White House. "
)
HEDGED = "The plan may perhaps change before the summer. Officials could possibly delay the vote again. "


THREE_ORIGINS = [
    *ORIGINS, {"id": "wire", "label": "Wire", "colour": "#2e7d32", "description": "Wire services."},
]


def test_an_origin_with_no_own_voice_reads_no_own_voice_sentences_not_0_listed(tmp_path) -> None:
    """Reader item 4: Newsmax, every sentence a quotation or a report, printed "0 listed" hedges and boosters, a
    count of the list's words in nothing but its quotations' frames ("…, Pence said on NBC")."""
    texts = {"hedging": (HEDGED + EASY) * 3, "plain": EASY * 4, "quoting": QUOTED_ONLY * 4}
    briefing = build_briefing(analyse(load_report(make_report(tmp_path, texts, origins=THREE_ORIGINS))))
    section = next(s for s in briefing.lenses if s.id == "certainty")
    html = render_html("briefing.html.j2", briefing)
    rows = dict(section.tables[0].rows)
    left, center, right = rows["Hedges"]
    assert left.kind == "rate" and left.value
    assert (center.kind, center.text) == ("nothing", "0 listed")
    assert (right.kind, right.text) == ("nothing", "no own-voice sentences")
    assert "no own-voice sentences" in html

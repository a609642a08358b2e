"""check-U on voice, speakers and frames (Trump and Puerto Rico: Vox, USA Today, Fox (PR-); Collins and the Kavanaugh
"bribery" crowdfunding: Vox, USA Today, CBN (CO-)). Each finding is a rule; the sentences here are written in the shape
of the ones misread, not copied. Near misses keep their reading.

* PR-52: "The world had days of warning that a hurricane was heading …": the noun "warning", nobody reported.
* PR-51: "The best you can do is admit you were too slow …": the outlet's advice; a writer's imperative ("Note that …").
* PR-46/47: "… rather than a presidential temper tantrum or some bad tweets.": a plural noun read as "…, X tweets.",
  and the administration named in the outlet's clause typed its speaker.
* PR-46 note: "An anonymous administration official told …" counts as an official and as anonymous (test in
  ``test_speaker_vague_groups``), as "a White House aide" does.
* PR-58: a "culture war", a "war of words", a "war room" showed Security and defence.
* PR-60: "the weak financial health of its electrical utility" showed Health and safety.
* CO-40: "According to the website, …" after "… set up a crowdfunding site" was typed the media.
* CO-47: "Crowdpac spokesman" was an official, "a spokesperson for Crowdpac" unclassified: one rule for both.
* CO-49: "the effort, which pledges they won't be charged if …": a campaign's terms, no statement.
* Confusing #9: a Boosters bullet counted six cues and printed five of them.
"""

from __future__ import annotations

import pytest

from contrast.metrics.voice import OWN, REPORTED
from contrast.report.briefing.lenses.findings import _cue_words
from tests.test_speaker_unnamed_one import _last
from tests.test_validity_check11j_voice import OFFICIAL
from tests.test_validity_check12l_lens import _frames
from tests.test_validity_check12m_speakers import _voice as _kind

MEDIA = "speaker.media"
CIVIL = "speaker.civil"
UNSPECIFIED = "speaker.unspecified"

# --- PR-52, PR-51, PR-46: the outlet's own sentences read as reports --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # PR-52: "warning" the noun, after "of", "without" or a word of amount
        ("The city had weeks of warning that the levee was weak.", OWN),
        ("Residents got little warning that the dam would fail.", OWN),
        ("The dam failed without warning, flooding the valley below.", OWN),
        # near misses: the participle and a warning someone issues still report
        ("The governor spoke on Monday, warning that the storm would hit.", REPORTED),
        ("The governor angered residents by warning that the storm would hit.", REPORTED),
        ("Forecasters issued a warning that the storm would hit Tampa.", REPORTED),
        ("The mayor spent days warning that the levee would fail.", REPORTED),
        # PR-51: what one can or should do, and the writer's imperative
        ("The best we can do now is admit our mistakes and move on.", OWN),
        ("All he could do was concede that the race was lost.", OWN),
        ("Note that the figures exclude Puerto Rico and Guam.", OWN),
        ("Just admit it: the response to the storm was slow.", OWN),
        # near misses: what someone did, and a subject that speaks
        ("What the White House did was argue that the mandate should wait.", REPORTED),
        ("Officials admit the response to the storm was slow.", REPORTED),
        ("Critics note that the figures exclude Puerto Rico.", REPORTED),
        # PR-46: a plural noun in "-s" after a plural determiner is no "…, X tweets."
        ("Voters had tired of the scandals rather than the president's many angry tweets.", OWN),
        ("By noon he had sent some angry posts.", OWN),
        # near miss: a trailing speaker who tweets
        ("The plan will fail, the senator's aide tweets.", REPORTED),
        ("The plan will fail, some days he tweets.", REPORTED),
        # CO-49: a plan's or a drive's terms
        ("More than 5,000 fans have given to the drive, which pledges they will be refunded if the team moves.", OWN),
        ("Thousands of parents have signed up for the new program, which promises that no child will be turned away.", OWN),
        # near misses: a person or a campaign that pledges
        ("The governor pledged that no family would be turned away.", REPORTED),
        ("The Clinton campaign promised that it would release the emails.", REPORTED),
    ],
)
def test_the_outlets_own_sentence_is_no_report(text: str, kind: str) -> None:
    assert _kind(text) == kind


def test_an_institution_in_the_outlets_own_clause_is_no_speaker() -> None:
    kind, _, cues = _last(
        "Many of us have wondered for years what would happen when the Obama administration finally had to face a real "
        "crisis rather than some bad headlines or some angry tweets."
    )
    assert kind is None
    assert (OFFICIAL, "administration") not in cues


# --- CO-40, CO-47: who speaks through a website, and for an organisation --------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Two unions set up a crowdfunding site that has raised $2 million. According to the website, donors will be "
         "refunded if the bill fails.", UNSPECIFIED),
        ("A group launched a petition page on Monday. The website said that 5,000 people had signed it.", UNSPECIFIED),
        ("According to the campaign's website, donors will be refunded if the bill fails.", UNSPECIFIED),
        # near misses: a website the source calls nothing else, and a news site by name
        ("The Senate passed the bill on Tuesday. According to the website, the vote was close.", MEDIA),
        ("According to the website Politico, donors will be refunded if the bill fails.", MEDIA),
    ],
)
def test_a_site_that_is_no_news_medium_is_not_the_media(text: str, kind: str) -> None:
    assert _last(text)[0] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # CO-47: an organisation no kind types, before the title or after it: unclassified both ways
        ("Patreon spokeswoman Ellen Ruiz said the page had been removed.", UNSPECIFIED),
        ("Ellen Ruiz, a spokeswoman for Patreon, said the page had been removed.", UNSPECIFIED),
        ("Kickstarter spokesman Tom Lee told the Post that the drive was legal.", UNSPECIFIED),
        # near misses: an organisation a kind types, a country's, and a person's spokesman the source typed
        ("White House spokesman Hogan Gidley said the visit went well.", OFFICIAL),
        ("Humane Society spokesman Ed Lee said the dogs were safe.", CIVIL),
        ("Chinese spokesman Geng Shuang said the talks went well.", OFFICIAL),
        ("President Donald Trump visited the island. Trump spokeswoman Sarah Sanders said the visit went well.", OFFICIAL),
    ],
)
def test_a_spokesman_takes_the_kind_of_whom_he_speaks_for_in_either_order(text: str, kind: str) -> None:
    assert _last(text)[0] == kind


# --- PR-58, PR-60: frames --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "category", "cues"),
    [
        ("Trump turns every dispute into a culture war.", "security", []),
        ("Trump turns every dispute into a culture war.", "cultural_identity", ["culture war"]),
        ("The culture wars over school books have reached Texas.", "security", []),
        ("The two leaders traded insults in a war of words.", "security", []),
        ("The campaign opened a war room in Des Moines and filled its war chest.", "security", []),
        # near misses: a war that is fought; a trade war stays the economy's
        ("The war in Syria has killed thousands of civilians.", "security", ["war"]),
        ("The trade war hurt farmers across Iowa.", "economic", ["trade war"]),
        # PR-60: the health of an organisation or an economy
        ("Analysts worry about the fiscal health of the state pension fund.", "health", []),
        ("The long-term health of the party is in doubt after the primary.", "health", []),
        ("Investors doubt the health of the company after two bad quarters.", "health", []),
        # near misses: people's health
        ("The health of veterans returning from Iraq is a concern.", "health", ["health"]),
        ("Her health declined after the surgery in May.", "health", ["health", "surgery"]),
    ],
)
def test_a_war_of_no_arms_and_the_health_of_no_person_show_no_such_frame(
    sentence: str, category: str, cues: list[str]
) -> None:
    assert _frames(sentence, category) == cues


# --- confusing #9: the cue words printed add up to the count --------------------------------------------------------


def test_one_cue_word_left_over_is_printed_itself() -> None:
    words = _cue_words("of course ×2; entirely ×1; proven ×1; show that ×1; surely ×1")
    assert words == "“of course” ×2, “entirely”, “proven”, “show that”, “surely”"


def test_more_cue_words_left_over_are_counted() -> None:
    words = _cue_words("said ×5; told ×3; added ×2; noted ×1; wrote ×1; argued ×2")
    assert words == "“said” ×5, “told” ×3, “added” ×2, “noted” and 3 more"

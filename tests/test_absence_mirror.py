"""Two claims that find each other cannot both be alone (contrast.claims.absence): check10i KG-15/16/17.

Fox's "Chelsea Clinton called it "vile and wrong" in a Twitter post." was printed "Only in US right" (and asked about in
the handout), and The New York Times' "The Trumps had the support of the daughter of the woman the president beat in
last year's election, among others." — the same fact, the person told by a kinship phrase — "only in US center": one fact
unique to two origins at once. Absence needs evidence: a person's name that another origin never writes is no proof of
absence where that origin tells of someone by a role or kinship ("the president's daughter") beside what the claim
says; and two claims each printed unique that are each other's nearest in the other origin are evidence of each other."""

from __future__ import annotations

import polars as pl
import pytest

from contrast.claims import find_events
from contrast.claims.absence import describes_someone
from contrast.claims.distinctive import is_person_anchor
from contrast.segment import segment

ORIGINS = {"fox": "right", "nyt": "center"}
BANK = "The Bank of Nova Scotia cut its growth forecast on Tuesday, citing weaker exports and slower construction."
CORN = "Separately, farmers in Iowa planted more corn this spring than in any year since records began."


def _states(texts: dict[str, str]) -> dict[str, str]:
    sentences = segment(texts, ORIGINS).with_columns(pl.lit(0.0).alias("compound"))
    claims = find_events(sentences, origins=sorted(set(ORIGINS.values()))).claims
    return {text: state for text, state in claims.select("text", "state").iter_rows()}


@pytest.mark.parametrize(
    ("text", "described"),
    [
        ("The Trumps had the support of the daughter of the woman the president beat, among others.", True),
        ("The President's daughter called the photo vile.", True),
        ("His wife said the image was wrong.", True),
        ("The former president condemned the photo on Twitter.", True),
        ("His spokesman declined to comment on the photo.", True),
        # near misses: the person described is named beside the description; no role or kinship at all
        ("The first lady, Melania Trump, questioned her sanity.", False),
        ("His daughter Ivanka called the photo vile.", False),
        ("The president castigated the comedian for the photo.", False),
    ],
)
def test_a_role_or_kinship_phrase_describes_someone_unnamed(text: str, described: bool) -> None:
    assert describes_someone(text) is described


CHELSEA = "Chelsea Clinton called it vile and wrong in a Twitter post."
DAUGHTER = "The Trumps had the support of the daughter of the woman the president beat last year, among others."
FIRST_LADY = "In a statement on Twitter the first lady said the photo was simply wrong."
DISDAIN = "People took to Twitter to express their disdain for the photo shoot."


def test_a_person_another_origin_describes_by_kinship_is_not_only_in() -> None:
    """KG-15: the named claim and the described one are the same fact; neither is its origin's alone."""
    states = _states({"fox": f"{DISDAIN} {CHELSEA} {BANK}", "nyt": f"{FIRST_LADY} {DAUGHTER} {CORN}"})
    assert states[CHELSEA] == "possibly_shared"
    assert states[DAUGHTER] == "possibly_shared"


def test_a_person_no_other_origin_describes_stays_only_in() -> None:
    """Near miss: the other origin tells of the comedian's photo but of nobody by role or kinship."""
    other = "Markets in Tokyo rose on Tuesday as the yen weakened against the dollar."
    states = _states({"fox": f"{DISDAIN} {CHELSEA} {BANK}", "nyt": f"{other} {CORN}"})
    assert states[CHELSEA] == "unique"


def test_a_description_sharing_nothing_with_the_claim_is_no_evidence() -> None:
    """Near miss: the other origin describes someone by kinship, but in a sentence (and beside sentences) that share no
    word of what the claim states."""
    unrelated = "His daughter opened a bakery in Ohio last spring."
    states = _states({"fox": f"{DISDAIN} {CHELSEA} {BANK}", "nyt": f"{unrelated} {CORN}"})
    assert states[CHELSEA] == "unique"


VIDEO = "Shields posted a YouTube clip called Behind the Scenes from the shoot, which Vimeo later removed."
PAGE = "Carter Page wrote to the committee on Memorial Day that he would testify about Moscow in June."


def test_two_unique_claims_that_find_each_other_only_by_their_words_stay_only_in() -> None:
    """Near miss: each is the other's nearest in the other origin and they share two words ("shoot", "clip"), but
    nobody is described where the other names someone. Two claims found by scores and words alone were no evidence
    of each other on the held-out 200bn gold (``absence._described``)."""
    told = "Footage from the shoot circulated as a clip on Gizmodo before Dailymotion took it down."
    states = _states({"fox": f"{VIDEO} {BANK}", "nyt": f"{told} {CORN}"})
    assert states[VIDEO] == "unique"
    assert states[told] == "unique"


def test_two_unique_claims_sharing_nothing_stay_only_in() -> None:
    """Near miss: two unique claims with no word in common are not each other's evidence."""
    states = _states({"fox": f"{VIDEO} {BANK}", "nyt": f"{PAGE} {CORN}"})
    assert states[VIDEO] == "unique"
    assert states[PAGE] == "unique"


@pytest.mark.parametrize(
    ("anchor", "person"),
    [
        ("Chelsea Clinton", True),
        ("Carter Page", True),
        ("John Brennan", True),
        # near misses: a body's name, a one-word name, a title, a figure
        ("Bank of Nova Scotia", False),
        ("Clinton Family Foundation", False),
        ("Museum for African Art", False),
        ("New York Times", False),
        ("YouTube", False),
        ("Death By China", False),
        ("#2763", False),
    ],
)
def test_only_a_person_shaped_anchor_may_be_told_by_a_description(anchor: str, person: bool) -> None:
    assert is_person_anchor(anchor) is person

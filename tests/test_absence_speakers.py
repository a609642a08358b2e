"""Claims whose only names are their own speakers (issue 12, check10-bundled TA-13 / SP-1): when may the absence search
call them "only in" their origin?

Someone's own words are theirs: where nobody else names the speaker and nothing of another origin comes close at all, a
quotation is its origin's alone (``distinctive.anchor_terms``' ``quoted``). That holds for the end of a quotation opened
in the sentence before too ("…,” Michael Richardson, a digital surveillance analyst, said to ABC."): its words are as
much the speaker's as the first sentence's. A paraphrase is the outlet's words for a point another origin may make by
another speaker, and nothing in a lexical search tells the two apart: the bundled tariffs report's Sato paraphrase
("markets had already factored in the impact …", nothing of another origin scoring 0.05) is told by People's Daily
through someone else ("… has been priced in", the claim check of 5 December 2026), as quiet as paraphrases that no
other origin tells (dev steel's Reichert 0.033, held-out farm-aid's Rounds 0.046, BASIL jasta's Carter 0.020) — so
its speaker stays no anchor."""

from __future__ import annotations

import polars as pl
import pytest

from contrast.claims.distinctive import quotes
from tests.test_absence import COLORADO, _claims

RICHARDSON = (
    "“Some countries might be very keen on Chinese-style surveillance cameras and image processing tools. "
    "Any country with a relatively restless population or with particular security concerns and a growing shift towards "
    "authoritarianism would be interested,” Michael Richardson, a digital surveillance analyst, said to ABC."
)
CONTINUED = "Any country with a relatively restless population or with particular security concerns and a growing shift"


@pytest.mark.parametrize(
    ("sentence", "quoting"),
    [
        ("And we know that,” Kudlow said.", True),
        ('No sane country would do that, right?" Reid said.', True),
        ("I’m not sure we’re well served by them airing them out in the open,” Sen. Chris Murphy, D-Conn., told Politico.", True),
        ("In 2013, she tested “negative” for all clotting disorders, Bardack said.", False),  # a word in quotation marks
        ("Sen. Marco Rubio heralded the tariffs as a “theft tax.”", False),
        ("Rep. David Reichert said the process for excluding countries needs to be effective.", False),
    ],
)
def test_the_end_of_a_quotation_opened_in_the_sentence_before_quotes_someone(sentence: str, quoting: bool) -> None:
    assert quotes(sentence) is quoting


def _state(texts: dict[str, str], claim: str) -> tuple[str, str | None, list[str]]:
    claims = _claims(texts, {"web": "critical", "cctv": "state"})
    return claims.filter(pl.col("text").str.starts_with(claim)).select("state", "basis", "anchors").row(0)


def test_the_end_of_a_quotation_by_someone_no_other_origin_names_with_nothing_close_elsewhere_is_only_in() -> None:
    """soft-power (bundled): the second sentence of Richardson's quotation, which no other source names or comes close to,
    was "possibly reported elsewhere" on "no anchor": the quotation's end was read as a paraphrase."""
    state = _state({"web": f"{RICHARDSON} Xi called for a shared future in cyberspace.", "cctv": COLORADO}, CONTINUED)
    assert state == ("unique", "anchor", ["Michael Richardson", "ABC"])


CARTER = (
    "But the legislation could lead to the public disclosure of secrets and even undercut counterterrorism "
    "efforts by sowing mistrust among partners and allies, according to Carter."
)


def test_a_paraphrase_naming_only_its_speaker_is_not_only_in_with_nothing_close_elsewhere() -> None:
    """A paraphrase's speaker is no evidence that nobody else makes its point (Sato, above): with nothing of another
    origin close, a paraphrase naming only its speaker stays "possibly reported elsewhere". The price, accepted: a
    paraphrase no other origin tells stays held too (BASIL jasta: Fox's paraphrase of Carter, whom no other origin
    names, scoring 0.02 against them; neither The New York Times nor HuffPost tells its point)."""
    state = _state({"web": f"{CARTER} Congress voted on Wednesday.", "cctv": COLORADO}, "But the legislation")
    assert state == ("possibly_shared", "no anchor", [])

"""How linked claims become events (``contrast.claims.align._merge``): the spec of the merge rule.

Two single claims become one event on their link, whatever their words share; a claim or group joins
an event only when it is likely to report the fact of *every* member (the mean probability over the
pairs of claims of different sources), so one shared name or figure with one member cannot glue a
different fact to the event.
"""

from __future__ import annotations

import numpy as np
import polars as pl
import pytest
import scipy.sparse as sp

from contrast.claims.align import MERGE_MEAN_P, _merge
from tests.test_claims_link_start import _events as _texts_events


def _likely(n: int, pairs: dict[tuple[int, int], float]) -> sp.csr_matrix:
    rows = [a for a, b in pairs] + [b for a, b in pairs]
    cols = [b for a, b in pairs] + [a for a, b in pairs]
    data = list(pairs.values()) * 2
    return sp.csr_matrix((np.asarray(data, dtype=np.float32), (rows, cols)), shape=(n, n))


def _links(*links: tuple[int, int, float]) -> pl.DataFrame:
    return pl.DataFrame({"a": [a for a, _, _ in links], "b": [b for _, b, _ in links], "score": [s for _, _, s in links]})


def _events(event_of: list[int | None]) -> list[set[int]]:
    groups: dict[int, set[int]] = {}
    for claim, event in enumerate(event_of):
        if event is not None:
            groups.setdefault(event, set()).add(claim)
    return sorted(groups.values(), key=min)


def test_two_single_claims_linked_are_one_event_however_few_words_they_share() -> None:
    """A link is each claim's best match in the other source (or very likely) with something specific to start it:
    that is the judgment. Check group I: the NYT's "Hillary Rodham Clinton on Friday released her most recent eight
    years of tax returns …" and Fox's "… released a statement from her doctor …, along with eight years of tax
    returns …" (0.74, their words' cosine under 0.3) were linked and then kept apart by a gate on two single claims'
    word overlap (0.3) or a link 0.8 likely."""
    sources = np.array(["a", "b", "a", "b"])
    links = _links((0, 1, 0.74), (2, 3, 0.35))
    likely = _likely(4, {(0, 1): 0.74, (2, 3): 0.35})
    assert _events(_merge(links, likely, sources)) == [{0, 1}, {2, 3}]


def test_a_claim_joins_an_event_only_when_likely_to_report_the_fact_of_every_member() -> None:
    # 0 and 1 are one event; 2 shares a name with 0 (likely 0.9) but says something else than 1 (0.1)
    sources = np.array(["a", "b", "c"])
    links = _links((0, 1, 0.95), (0, 2, 0.9))
    glued = _likely(3, {(0, 1): 0.95, (0, 2): 0.9, (1, 2): 0.1})
    assert _events(_merge(links, glued, sources)) == [{0, 1}]
    # told in other words, 2 is still likely to report the fact of both members: it joins
    paraphrase = _likely(3, {(0, 1): 0.95, (0, 2): 0.9, (1, 2): 2 * MERGE_MEAN_P - 0.9 + 0.05})
    assert _events(_merge(links, paraphrase, sources)) == [{0, 1, 2}]


def test_pairs_the_search_never_scored_count_as_unlikely_when_nothing_can_score_them() -> None:
    sources = np.array(["a", "b", "c"])
    links = _links((0, 1, 0.95), (0, 2, 0.9))
    likely = _likely(3, {(0, 1): 0.95, (0, 2): 0.9})  # (1, 2) shares no feature: never scored
    assert _events(_merge(links, likely, sources)) == [{0, 1}]


def _scoring(found: dict[tuple[int, int], float], conflicting: frozenset[tuple[int, int]] = frozenset()):
    asked: list[tuple[int, int]] = []

    def rescore(left: np.ndarray, right: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        pairs = list(zip(left.tolist(), right.tolist(), strict=True))
        asked.extend(pairs)
        return np.array([found.get(p, 0.0) for p in pairs]), np.array([p in conflicting for p in pairs], dtype=bool)

    return rescore, asked


def test_a_claim_joins_an_event_when_it_reports_the_fact_of_a_member_the_search_never_paired_it_with() -> None:
    """check-s5-A PB-1: HuffPost's list of the bombs' addressees links to the NYT's (0.92) and scores 0.89 with
    Fox's, but the candidate search (each claim's six rarest features) never paired it with Fox's: counted as
    0, the mean (0.46) kept HuffPost out of the event printed "2 of 3 sources". Scored when the merge asks, it joins."""
    sources = np.array(["fox", "nyt", "huffpost"])
    links = _links((0, 1, 0.99), (1, 2, 0.92))
    likely = _likely(3, {(0, 1): 0.99, (1, 2): 0.92})
    rescore, asked = _scoring({(0, 2): 0.89})
    assert _events(_merge(links, likely, sources, rescore=rescore)) == [{0, 1, 2}]
    assert asked == [(0, 2)]
    # what the pair really scores decides: unlikely, the claim stays out
    rescore, _ = _scoring({(0, 2): 0.1})
    assert _events(_merge(links, likely, sources, rescore=rescore)) == [{0, 1}]
    # and a pair that states conflicting arguments keeps it out whatever it scores
    rescore, _ = _scoring({(0, 2): 0.95}, frozenset({(0, 2)}))
    assert _events(_merge(links, likely, sources, rescore=rescore)) == [{0, 1}]


def test_only_a_single_claim_joining_an_event_has_its_unscored_pairs_scored() -> None:
    """Two events of two claims each do not merge on pairs the search never looked up: measured on the dev
    golds, scoring those too joined the US tariffs' first wave ($34 billion from July 6) with China's list of
    545 items worth $34 billion (us-china-50bn purity 0.957 → 0.911)."""
    sources = np.array(["a", "b", "a", "b"])
    links = _links((0, 1, 0.99), (2, 3, 0.99), (1, 2, 0.9))
    likely = _likely(4, {(0, 1): 0.99, (2, 3): 0.99, (1, 2): 0.9})
    rescore, asked = _scoring({(0, 3): 0.9})
    assert _events(_merge(links, likely, sources, rescore=rescore)) == [{0, 1}, {2, 3}]
    assert asked == []


def test_pairs_of_one_source_do_not_count_in_the_mean() -> None:
    # claim 2 is a second sentence of source a telling the event: only its pair with b counts
    sources = np.array(["a", "b", "a"])
    links = _links((0, 1, 0.95), (1, 2, 0.7))
    likely = _likely(3, {(0, 1): 0.95, (1, 2): 0.7})
    assert _events(_merge(links, likely, sources)) == [{0, 1, 2}]


def test_a_group_of_one_source_is_no_event() -> None:
    sources = np.array(["a", "a"])
    links = _links((0, 1, 0.95))
    likely = _likely(2, {(0, 1): 0.95})
    assert _merge(links, likely, sources) == [None, None]


def test_claims_that_conflict_never_share_an_event_whatever_links_them() -> None:
    """A sentence telling two facts (USA Today: "duties on U.S. goods … after Washington's 25 percent tariff on
    $34 billion worth of Chinese imports") links to a sentence of each; the two facts stay apart."""
    sources = np.array(["bridge", "bbc", "daily"])
    links = _links((0, 1, 0.95), (0, 2, 0.95))
    likely = _likely(3, {(0, 1): 0.95, (0, 2): 0.95, (1, 2): 0.95})
    assert _events(_merge(links, likely, sources)) == [{0, 1, 2}]
    assert _events(_merge(links, likely, sources, {1: {2}, 2: {1}})) == [{0, 1}]


CAMPAIGN = ("Hillary Clinton's presidential campaign on Friday released a statement from her doctor declaring she is in “excellent "
            "physical condition and fit to serve as president of the United States,” along with eight years of tax returns "
            "showing the Clintons paid tens of millions of dollars in federal taxes.")  # fmt: skip
RETURNS = ("Hillary Rodham Clinton on Friday released her most recent eight years of tax returns, showing that she and former "
           "President Bill Clinton earned $139 million in adjusted gross income from 2007 to 2014.")  # fmt: skip
RYAN = ("Speaker Paul Ryan, R-Wis., said in an interview with WVLK that the 14th Amendment is “pretty clear” and said that "
        "“you cannot end birthright citizenship with an executive order.”")  # fmt: skip
WVLK = ("“You cannot end birthright citizenship with an executive order,” the House speaker said Tuesday on WVLK Radio, "
        "according to Bloomberg News reporter Erik Wasson.")  # fmt: skip


@pytest.mark.parametrize(("left", "right"), [(CAMPAIGN, RETURNS), (RYAN, WVLK)], ids=["tax-returns", "ryan-quoted"])
def test_one_fact_told_in_few_shared_words_is_one_event(left: str, right: str) -> None:
    """Check group I (the Clintons' returns, 0.74) and the held-out birthright gold (Ryan quoted by two outlets, 0.73):
    linked, and before this never one event — their words' cosine was under 0.3 and the link under 0.8."""
    assert _texts_events({"right": left, "left": right}) == [{left, right}]


def test_a_story_lead_joins_the_event_of_the_other_leads_a_little_more_easily() -> None:
    """check group I: the NYT's "Hillary Rodham Clinton on Friday released her most recent eight years of tax returns,
    showing that she and former President Bill Clinton earned $139 million …" and Fox's "… released a statement from her
    doctor …, along with eight years of tax returns …" are one event; HuffPost's lead, "Hillary and Bill Clinton earned
    roughly $141 million and paid nearly $44 million in federal income taxes from 2007 to 2014, according to tax returns
    released Friday.", is linked to the NYT's as two leads (``LEAD_P``, 0.64) and 0.44 likely with Fox's: a mean of 0.54
    kept it out. Leads joining the leads of the story join from ``LEAD_MERGE_MEAN_P``; any other link still needs
    ``MERGE_MEAN_P``."""
    sources = np.array(["fox", "nyt", "huffpost"])
    likely = _likely(3, {(0, 1): 0.74, (1, 2): 0.64, (0, 2): 0.44})
    lead = _links((0, 1, 0.74), (1, 2, 0.64)).with_columns(pl.Series("lead", [False, True]))
    assert _events(_merge(lead, likely, sources)) == [{0, 1, 2}]
    other = lead.with_columns(pl.lit(False).alias("lead"))
    assert _events(_merge(other, likely, sources)) == [{0, 1}]
    # still an average: a lead unlikely to report what the others tell stays out
    unlikely = _likely(3, {(0, 1): 0.74, (1, 2): 0.64, (0, 2): 0.2})
    assert _events(_merge(lead, unlikely, sources)) == [{0, 1}]

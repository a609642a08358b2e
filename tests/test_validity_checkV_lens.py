"""The validity suite, continued: the frame and certainty cues check V (CN: NYT, USA Today and Newsmax on China's
tariffs, 13 May 2019; KV: the Daily Beast, Reuters and Fox on Kavanaugh's nomination, 10 July 2018) found counted in a
sense their category does not mean, each as a table of new sentences of the misread shape beside near misses in the
category's own sense, which must keep counting.

- CN-48: "the ruling Communist Party" showed Legality ("ruling" = governing).
- CN-49: "Updating customs procedures", "shipments through customs" showed Cultural identity (the border authority).
- CN-50: "Goods that travel by sea … how fast the ship travels" showed Quality of life.
- CN-51: "Investors sought safety in U.S. bonds" showed Health and safety.
- KV-46: "good reason to suspect that he could be the swing vote" showed Crime and punishment.
- KV-47: "qualified insurance plans include contraception coverage" showed Policy prescription.
- KV-48: "if no Republicans break ranks" showed External regulation and reputation.
- KV-27: "she expected Kavanaugh to be confirmed by Oct. 1" counted "confirmed" as a booster.
"""

from __future__ import annotations

import polars as pl
import pytest

from tests.test_lens_findings_true import _boosters
from tests.test_validity_check12l_lens import _frames


@pytest.mark.parametrize(
    ("sentence", "category", "cues"),
    [
        # CN-48: "ruling" of who governs is power, no court's decision
        ("Officials of the ruling Justice and Development Party met in Ankara.", "legality", []),
        ("A ruling military junta has held power since the coup.", "legality", []),
        ("The general has been ruling by decree since the coup.", "legality", []),
        ("The judge was ruling over a dispute between two landlords.", "legality", ["judge", "ruling"]),
        ("The appeals court's ruling Monday blocked the policy.", "legality", ["court", "ruling"]),
        ("The judge issued a ruling against the party on Friday.", "legality", ["judge", "ruling"]),
        ("Lawyers are still studying the ruling.", "legality", ["ruling"]),
        # CN-49: the border's customs are trade's paperwork, no people's customs
        ("Drivers face new customs checks at the border after the split.", "cultural_identity", []),
        ("The crates were held up in customs for a week.", "cultural_identity", []),
        ("Chinese customs data showed exports fell.", "cultural_identity", []),
        ("The festival keeps alive local customs and traditions.", "cultural_identity", ["customs", "traditions"]),
        ("Visitors are asked to respect the customs of the villagers.", "cultural_identity", ["customs"]),
        # CN-50: things that travel are freight, news or oil, no way people live
        ("Oil that travels through the pipeline reaches the coast in days.", "quality_of_life", []),
        ("Bad news travels fast in a small town.", "quality_of_life", []),
        ("Travel restrictions kept the couple apart for months.", "quality_of_life", ["travel"]),
        ("Commuters who travel by train pay more this year.", "quality_of_life", ["travel"]),
        # CN-51: the safety of money is a safe haven, no health or safety of people
        ("Traders sought the relative safety of Treasuries as stocks fell.", "health", []),
        ("Money poured into gold, and investors rushed to safety.", "health", []),
        ("The new rules aim to improve public safety.", "health", ["safety"]),
        ("Regulators questioned the safety of the drug.", "health", ["safety"]),
        ("Residents fled to safety as the water rose.", "health", ["safety"]),
        ("The safety of gold miners has improved.", "health", ["safety"]),
        ("Nurses worry about the safety of cash-strapped rural hospitals.", "health", ["safety", "hospitals"]),
        # KV-46: "suspect" of thinking likely, or of doubtful, is no crime
        ("I suspect the vote will be close.", "crime", []),
        ("Many analysts strongly suspect that the figures were inflated.", "crime", []),
        ("The official figures are highly suspect.", "crime", []),
        ("The suspect fled on foot.", "crime", ["suspect"]),
        ("Two suspects in the bombing were charged.", "crime", ["suspects"]),
        ("Detectives questioned a murder suspect on Tuesday.", "crime", ["suspect"]),
        ("He told officers not to be too gentle with suspects.", "crime", ["suspects"]),
        ("Do suspects often resist after arrest?", "crime", ["suspects", "arrest"]),
        ("She suspects the numbers were padded.", "crime", []),
        ("His brother urged suspect Omar Haddad to surrender.", "crime", ["suspect"]),
        ("His uncle appealed to suspect Omar Haddad to turn himself in.", "crime", ["suspect"]),
        # KV-47: plans that are products or contracts prescribe no policy
        ("Retirement plans lost value in the downturn.", "policy", []),
        ("Several phone plans include free calls abroad.", "policy", []),
        ("The plan would cut taxes for most families.", "policy", ["plan"]),
        ("The governor's plans for the budget drew criticism.", "policy", ["plans"]),
        ("The senator backs a public option insurance plan that would compete with insurers.", "policy", ["plan"]),
        # KV-48: the ranks of a party or an army, and seniority, are no country's standing abroad
        ("Three Democrats broke ranks to vote with the majority.", "external", []),
        ("She rose through the ranks of the army.", "external", []),
        ("The rank-and-file members voted to strike.", "external", []),
        ("Senator Smith, the ranking member of the committee, objected.", "external", []),
        ("The city uses ranked-choice voting.", "external", []),
        ("The country ranks 12th in the world on press freedom.", "external", ["ranks", "world"]),
        ("China's ranking on the index fell.", "external", ["ranking"]),
        ("The panel said Vietnam should join the ranks of countries of particular concern.", "external",
         ["ranks", "countries"]),
        ("Poland has joined the ranks of advanced economies.", "external", ["ranks"]),
    ],
)
def test_frame_cues_count_in_their_frames_sense_only(sentence: str, category: str, cues: list[str]) -> None:
    assert _frames(sentence, category) == cues


def test_a_confirmation_by_a_date_or_to_a_post_is_no_certainty() -> None:
    """KV-27: a nominee confirmed by a date, or to a post, is appointed; a report or a death confirmed by someone is a
    fact made certain, and stays a booster."""
    assert _boosters(
        "Republicans hope the nominee will be confirmed before the midterms.",
        "McConnell wants her confirmed by early October.",
        "He was confirmed as secretary of state in 2017.",
        "Gorsuch was confirmed to the Supreme Court in April.",
    ) == []
    assert _boosters(
        "The report was confirmed by two officials.",
        "The death was confirmed by the coroner on Monday.",
        "The man was confirmed as the gunman by police.",
        "It was confirmed by Tuesday's tests.",
    ) == ["confirmed"] * 4


def test_the_checked_sentences_show_no_frame_in_the_misread_sense() -> None:
    """The sentences check V quoted, as a regression guard beside the new sentences above."""
    checked = [
        ("China's state media tried to reassure businesses and consumers that the ruling Communist Party has the means "
         "to respond.", "legality"),
        ("Updating customs procedures can be slow.", "cultural_identity"),
        ("Goods that travel by sea take two to four weeks to reach the United States, depending on how fast the ship "
         "travels.", "quality_of_life"),
        ("Investors sought safety in U.S. bonds while the U.S. dollar slipped against a basket of currencies.", "health"),
        ("But it gives good reason to suspect that he could be the swing vote to strike down Roe v. Wade.", "crime"),
        ("It held that the requirement that qualified insurance plans include contraception coverage violated the "
         "religious freedom of employers.", "policy"),
        ("Senators in his party cannot block the confirmation if no Republicans break ranks.", "external"),
    ]
    assert [(category, _frames(sentence, category)) for sentence, category in checked] == [(c, []) for _, c in checked]
    assert pl.Series(_boosters("She said she expected Kavanaugh to be confirmed by Oct. 1.")).is_empty()

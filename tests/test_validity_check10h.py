"""The validity suite, continued: false findings of check10h-new (Fox, the New York Times and HuffPost on the 2010 tax
compromise and the 2012 Obama–Boehner deficit talks), each as a table of sentences of the same shape as the one misread
and near misses, which must keep their reading.

- BT-31: "failure to pass a package like the tax deal" — "like" meaning "similar to" after "a" + noun was scored as
  fondness (+1.5 in VADER): the sentence's tone −0.30 instead of −0.57, and the key listed "like" as a feeling word.
- BT-45: "a fairly dire assessment" — the degree adverb "fairly" ("rather") was HuffPost's only fairness cue.
- OB-34: "in large measure", "is effectively caught" ("in effect") and "his policy director" were policy cues.
- OB-22: "Republicans are suggesting the party should …" — "suggest" as a verb of speech (proposing) counted as Fox's
  own hedge; and "highest in US right, 13.8" was printed where US center also showed 13.8.
- Confusing on the page: "from 25% for US left" where US right also shows 25%; "95% CI -0.3 to 5.9" with a hyphen;
  "+0.00 for US center" for a mean of −0.0015.
"""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.certainty import certainty_lexicon, certainty_matcher
from contrast.metrics.frames import frames_lexicon, frames_matcher
from contrast.metrics.vader import tone
from contrast.metrics.vader_exact import polarity_scores
from contrast.report.refs import OriginRef

RIGHT = OriginRef(id="us-right", label="US right", colour="#c0392b", marker="●", border="solid", index=0)
CENTER = OriginRef(id="us-center", label="US center", colour="#7f7f7f", marker="▲", border="solid", index=1)
LEFT = OriginRef(id="us-left", label="US left", colour="#1f5fa8", marker="■", border="solid", index=2)


# --- BT-31: "like" comparing a singular noun with a noun phrase ----------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "without_like"),
    [
        ("Summers told reporters that failure to pass a package like the tax deal would increase the risk of recession.",
         "Summers told reporters that failure to pass a package the tax deal would increase the risk of recession."),
        ("He wants a leader like his father to take over the failing firm.",
         "He wants a leader his father to take over the failing firm."),
        ("Another crisis like this one would hurt the weak recovery.", "Another crisis this one would hurt the weak recovery."),
        ("Every senator like these two opposed the bad bill.", "Every senator these two opposed the bad bill."),
    ],
)
def test_like_comparing_a_singular_noun_carries_no_tone(sentence: str, without_like: str) -> None:
    # the score is VADER's own on the sentence without the word: parity kept, only the word set aside
    assert tone(sentence)["compound"] == polarity_scores(without_like)["compound"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A few voters like the plan.",  # a plural quantity: the verb
        "A man who would like the job applied.",
        "A majority of voters like the deal.",
        "Voters like the plan.",
        "We like this plan and hope it works.",
    ],
)
def test_like_as_a_verb_still_counts(sentence: str) -> None:
    assert tone(sentence)["compound"] > 0.3


# --- BT-45, OB-34: frame cues in a sense no frame means ---------------------------------------------------------------

def _frames(sentence: str, category: str) -> list[str]:
    return [h.cue.lower() for h in frames_matcher(frames_lexicon(Lenses())).find(sentence) if h.category == category]


@pytest.mark.parametrize(
    ("sentence", "category", "cues"),
    [
        ("Larry Summers offered a fairly dire assessment of the stakes in the tax cut debate.", "fairness", []),
        ("The firm replied fairly quickly to the request.", "fairness", []),
        ("The rules were fairly new at the time.", "fairness", []),
        # near misses: treatment that is fair
        ("Workers must be treated fairly.", "fairness", ["fairly"]),
        ("The vote was held freely and fairly.", "fairness", ["fairly"]),
        ("The money was shared fairly among the states.", "fairness", ["fairly"]),
        ("He was fairly elected by the voters.", "fairness", ["fairly"]),
        # OB-34
        ("But the ups and downs of the talks have been in large measure for public consumption.", "policy", []),
        ("The delay was due in some measure to the holiday.", "policy", []),
        ("The speaker is effectively caught between two competing wings of his party.", "policy", []),
        ("The ruling effectively ended the talks.", "policy", []),
        ("His chief of staff and his policy director, Brett Loper, were also in attendance.", "policy", []),
        ("She is the director of policy at the group.", "policy", []),
        # near misses: a measure taken, a judgement of how well something works, a policy
        ("The measure passed the Senate on Friday.", "policy", ["measure"]),
        ("The new rules worked effectively.", "policy", ["effectively"]),
        ("Schools could spend the money more effectively.", "policy", ["effectively"]),
        ("The new policy will raise taxes on the rich.", "policy", ["policy"]),
    ],
)
def test_frame_cues_count_in_their_frames_sense_only(sentence: str, category: str, cues: list[str]) -> None:
    assert _frames(sentence, category) == cues


# --- OB-22: "suggest" with a person for subject reports a proposal --------------------------------------------------

def _hedges(sentence: str) -> list[str]:
    return [h.cue.lower() for h in certainty_matcher(certainty_lexicon(Lenses())).find(sentence) if h.category == "hedge"]


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        ("However, a growing number of Republicans are suggesting the party should give Obama what he wants.", []),
        ("Corker suggested that Republicans instead focus on entitlement cuts.", []),
        ("Rep. Kevin McCarthy, R-Calif., the No. 3 Republican in the House, suggested Sunday that talks had stalled.", []),
        ("A top Republican senator suggested that his party should perhaps accede.", ["perhaps"]),
        ("Boehner, who has long suggested a deal, said nothing.", []),
        ("Officials are suggesting a compromise on rates.", []),
        # near misses: evidence or a fact suggests — the writer's hedge
        ("The data suggest that the economy is slowing.", ["suggest"]),
        ("Prices rose again, suggesting that demand is strong.", ["suggesting"]),
        ("This suggests the plan may fail.", ["suggests", "may"]),
        ("Polls suggest a close race.", ["suggest"]),
        ("It was suggested that the talks may resume.", ["suggested", "may"]),
    ],
)
def test_suggest_with_a_person_for_subject_is_no_hedge(sentence: str, cues: list[str]) -> None:
    assert _hedges(sentence) == cues

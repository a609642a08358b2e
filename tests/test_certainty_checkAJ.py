"""How sure they sound, check AJ (YA-22, YA-23), from new sentences of the same structure.

NPR's hedges and boosters were counted as its own voice where they were a senator's question, a witness's words or the
verb reporting what a witness said:
- a modal inside an embedded "whether …" question is the matter asked, not the writer's doubt ("asked … whether
  congressional IT systems could be a target"), as a booster there already is;
- what a relative clause's speaker "said was certainly possible" is the speaker's ("…, which Clapper said was certainly
  possible"), as "a project lawmakers say is a deal-breaker" is theirs;
- "both", "all" or "each" after its subject ("Yates and Clapper both warned the subcommittee that …") floats off it:
  the warning is theirs, its "might" with it;
- "did confirm that …" reports what the speaker confirmed, as "confirmed that …" does: the verb is no booster of the
  outlet's, and the clause after it is the speaker's.
"""

from __future__ import annotations

import pytest

from tests.test_voice_checkAH_AI import _cues


@pytest.mark.parametrize(
    "text",
    [
        "The pumps could fail in a second storm, which the inspector said was certainly possible.",
        "The council chose a route that the engineers say is clearly the cheapest.",
        "The mayor backed a levy that the treasurer says will probably cover the deficit.",
    ],
)
def test_a_cue_in_what_an_embedded_speaker_said_is_theirs(text: str) -> None:
    cues = _cues(text, "certainty")
    assert cues and all(c[2] != "own" for c in cues if c[1] in {"certainly", "possible", "clearly", "probably"})


@pytest.mark.parametrize(
    "text",
    [
        "Later, Ortiz and Bell both warned the panel that they might not be able to answer every question in public.",
        "They all cautioned that the dam could give way.",
        "He did confirm that the plant could close by the spring.",
        "The minister does confirm that the talks might resume.",
        # a modal in a question asked
        "Rep. Ann Lowe asked the inspector about the levee — among other things, whether the pumps could be overwhelmed "
        "by a second storm.",
        "The board debated for hours whether the fund might run dry before the winter.",
    ],
)
def test_a_question_asked_what_a_named_group_warned_or_a_speaker_did_confirm_is_no_own_cue(text: str) -> None:
    assert [c for c in _cues(text, "certainty") if c[2] == "own"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The pumps could fail in a second storm.",
        "The plan will clearly cost more than the city can pay.",
        "It is unclear whether the dam could hold.",
    ],
)
def test_the_writers_own_hedges_and_boosters_still_count(text: str) -> None:
    assert any(c[2] == "own" for c in _cues(text, "certainty"))

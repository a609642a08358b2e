"""Names of one armed group are one anchor (check AH IQ-29: Newsmax's "… to strip ISIS of its military
strongholds" was printed with "no other origin's text has “ISIS”" while Reuters and Politico wrote "Islamic State"):
a claim's name another origin writes under another listed form is no evidence that the claim is its alone."""

from __future__ import annotations

from contrast.claims.distinctive import AnchorIndex, absent_anchors, anchor_words


def _absent(anchor: str, elsewhere: str) -> list[str]:
    texts = [f"The raid on {anchor} fighters near the border left nine dead.", elsewhere]
    index = AnchorIndex(texts, ["right", "left"], [frozenset(), frozenset()], anchor_words([anchor]))
    return absent_anchors([anchor], index, ["left"])


def test_an_acronym_is_named_where_another_origin_writes_the_group_out() -> None:
    assert _absent("ISIL", "Commanders said the offensive against Islamic State fighters would go on for weeks.") == []
    assert _absent("ISIS", "Officials said the militants of ISIL had retreated east of the river.") == []


def test_a_name_no_listed_form_of_which_is_written_elsewhere_stays_absent() -> None:
    assert _absent("ISIS", "Commanders said the offensive against the rebels would go on for weeks.") == ["ISIS"]

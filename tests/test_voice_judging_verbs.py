"""One rule for the verbs of judging someone aloud (``voice._JUDGED_RE``): each reports the judgment before its object,
a name as much as a pronoun or a determiner ("McConnell condemned Akin's comments", check13n RA-30; "has taken to
Facebook to blast her older sibling", check12-reL CH-23). "blast" took only a pronoun or determiner, so "Cruz blasted
Obama …" was the outlet's own statement while "Cruz condemned Obama …" reported. When a participle of saying follows
the judgment (", saying …"), it carries what was said and the judging clause is the outlet's own account of it, for
every judging verb: "Trump blasted Democrats on Friday, saying …" keeps "blasted" the outlet's word (test_voice_clauses),
and so does "condemned" in the same place (before, the verb was counted in what Trump said); a ground given with
"for" stays the judge's charge."""

from __future__ import annotations

import pytest

from contrast.metrics.voice import OWN, REPORTED, cue_context, sentence_voices
from tests.test_validity_check13n_lens import _verbs


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        ("Cruz blasted Obama in a speech on Monday.", [("blasted", "verb.alarm")]),
        ("Cruz condemned Obama in a speech on Monday.", [("condemned", "verb.alarm")]),
        ("Roe blasted her rivals in a new television ad.", [("blasted", "verb.alarm")]),
    ],
)
def test_a_judging_verb_before_a_name_reports_as_before_a_pronoun(text: str, verbs: list[tuple[str, str]]) -> None:
    assert sentence_voices([text])[0].kind == REPORTED
    assert _verbs(text) == verbs


@pytest.mark.parametrize("verb", ["blasted", "condemned", "criticized", "praised"])
def test_before_a_participle_of_saying_the_judging_clause_is_the_outlets(verb: str) -> None:
    text = f"Trump {verb} Democrats on Friday, saying they were obstructionists."
    voice = sentence_voices([text])[0]
    assert voice.kind == REPORTED
    for own in (verb, "Friday"):
        at = text.index(own)
        assert cue_context(voice, text, at, at + len(own)) == OWN
    at = text.index("obstructionists")
    assert cue_context(voice, text, at, at + len("obstructionists")) == REPORTED


def test_the_ground_of_a_judgment_stays_the_judges_before_a_participle_of_saying() -> None:
    text = "Trump blasted Democrats for their disgraceful obstruction on Friday, saying they were to blame."
    voice = sentence_voices([text])[0]
    at = text.index("disgraceful")
    assert cue_context(voice, text, at, at + len("disgraceful")) == REPORTED


def test_literal_blasting_of_a_named_thing_reports_no_one() -> None:
    """The literal senses of test_validity_check12_reM_voice hold before a possessive name too."""
    assert sentence_voices(["Neighbors blasted Beethoven's music until midnight every night."])[0].kind == OWN


def test_the_literal_senses_of_blast_do_not_stop_other_judging_verbs() -> None:
    assert sentence_voices(["The senator condemned the plan out of hand."])[0].kind == REPORTED

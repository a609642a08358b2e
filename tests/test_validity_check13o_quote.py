"""Validity rows for check13o (perry-faith-ad, PA-) and check13-reN (romney-akin, RA-) quotation-span items.

Each row is a shape the independent checks found printed wrong, with its near misses; every row failed before the
commit that fixed it."""

from __future__ import annotations

import pytest

from contrast.metrics.voice import OWN, QUOTED, REPORTED, cue_context, sentence_voices
from contrast.segment import sentence_spans


def _voices(paragraphs: list[list[str]]) -> list[str]:
    texts = [s for p in paragraphs for s in p]
    breaks = [i == 0 for p in paragraphs for i in range(len(p))]
    return [v.kind for v in sentence_voices(texts, breaks=breaks)]


# --- PA-12/54/65/39/50: a closing mark misplaced at the start of the next paragraph closes the open quotation ----------

STATEMENT = [  # Perry's emailed statement in Fox News: opened, three paragraphs with no mark, closed by a stray mark
    ["In one emailed statement, Perry stated, \"just when you thought Barack Obama couldn't get any more out of touch "
     "with America's values, AP reports his administration wants to make foreign aid decisions based on gay rights."],
    ["This administration's war on traditional American values must stop."],
    ["This is just the most recent example of an administration at war with people of faith in this country."],
    ["Investing tax dollars promoting a lifestyle many Americas of faith find so deeply objectionable is wrong."],
    ["\"Perry is referring to a presidential memorandum released by the White House, in which Obama has directed all "
     "agencies working abroad ensure U.S. diplomacy and aid programs \"promote and protect\" the rights of gays and lesbians."],
    ["Perry is a Methodist."],
]


@pytest.mark.parametrize(
    ("paragraphs", "kinds"),
    [
        # PA-12: the three unmarked paragraphs are Perry's; the paragraph the stray mark opens is Fox's own, with a
        # three-word quotation
        (STATEMENT, [QUOTED, QUOTED, QUOTED, QUOTED, OWN, OWN]),
        # the same with a curly closing mark
        ([*STATEMENT[:4], [STATEMENT[4][0].replace('"', "”", 1)], STATEMENT[5]], [QUOTED, QUOTED, QUOTED, QUOTED, OWN, OWN]),
        # near miss: a paragraph opening with a lone mark that starts a quotation reopened in the next paragraph
        (
            [*STATEMENT[:4], ["\"We will win this state."], ["\"And then the nation,\" he said."], ["He left."]],
            [QUOTED, OWN, OWN, OWN, QUOTED, QUOTED, OWN],
        ),
        # near miss: a paragraph opening with a quotation that closes in it
        (
            [*STATEMENT[:4], ["\"We will win this state,\" he said."], ["He left."]],
            [QUOTED, OWN, OWN, OWN, QUOTED, OWN],
        ),
    ],
)
def test_a_paragraph_opening_with_a_stray_closing_mark_closes_the_open_quotation(
    paragraphs: list[list[str]], kinds: list[str]
) -> None:
    assert _voices(paragraphs) == kinds


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # PA-39: what the speaker had in mind, a thing named after "referring to", is the outlet's explanation
        ("Perry is referring to a presidential memorandum released by the White House, in which Obama has directed all "
         "agencies to ensure aid programs \"promote and protect\" the rights of gays.", OWN),
        # near misses: referring to someone as a quoted name is a speech act
        ("He referred to the senator as \"a thug\" in the speech.", REPORTED),
        ("Trump kept referring to \"the China virus\" on Tuesday.", REPORTED),
    ],
)
def test_referring_to_a_thing_is_no_speech_act(sentence: str, kind: str) -> None:
    assert _voices([[sentence]]) == [kind]


# --- RA-4/5/32 (check13-reN), RA-7 (check13n): a quoted question's speaker tag is in its sentence ----------------------


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # RA-4: the two-word tag after a quoted question is the quotation's attribution, not the outlet's own sentence
        ("\"Why can't Mitt Romney run his race and I'll run mine?\" Akin continued.",
         ["\"Why can't Mitt Romney run his race and I'll run mine?\" Akin continued."]),
        ("“Is that fair?” Akin wondered aloud. The vote came later.", ["“Is that fair?” Akin wondered aloud.", "The vote came later."]),
        ("“What now?” Mr. Akin went on.", ["“What now?” Mr. Akin went on."]),
        # near miss: the verb goes on with an object or a clause of the outlet's own: a new sentence
        ("“Why not?” Akin continued his campaign on Tuesday.", ["“Why not?”", "Akin continued his campaign on Tuesday."]),
        ("“Why not?” Reporters pressed the senator for weeks.", ["“Why not?”", "Reporters pressed the senator for weeks."]),
    ],
)
def test_the_speaker_tag_after_a_quoted_question_stays_in_its_sentence(text: str, sentences: list[str]) -> None:
    assert _sentences(text) == sentences


# --- PA-37: a slanted verb of speech opening the outlet's own participial clause -----------------------------------------

def _context(sentence: str, word: str, *, verb: bool = False) -> str:
    start = sentence.index(word)
    return cue_context(sentence_voices([sentence])[0], sentence, start, start + len(word), verb=verb)


LEDE = ("Republican presidential candidate Rick Perry pledges to end \"[President Barack] Obama's war on religion\" in a new "
        "television ad airing in Iowa, railing against open service of gays and lesbians in the military.")


@pytest.mark.parametrize(
    ("sentence", "word", "context"),
    [
        # PA-37: HuffPost's own word for how Perry's ad speaks, in the participial clause after what he pledges
        (LEDE, "railing against", OWN),
        ("Perry vowed to fight on, lashing out at his rivals.", "lashing out", OWN),
        # near misses: in what is reported, or in the quotation, it is the speaker's
        ("Perry said his rivals were railing against the ad.", "railing against", REPORTED),
        ("Perry said, \"They keep railing against faith.\"", "railing against", QUOTED),
    ],
)
def test_a_slanted_verb_of_speech_in_the_outlets_participial_clause_is_its_own(sentence: str, word: str, context: str) -> None:
    assert _context(sentence, word, verb=True) == context


# --- PA-35: a hedge in the outlet's own main clause, before a coordinated reporting predicate ---------------------------

NYT_LEDE = ("In an appeal to hard-right conservatives, Gov. Rick Perry of Texas is broadcasting a new campaign ad that seems "
            "to contrast Christianity with homosexuality, vows to end what he calls “Obama’s war on religion,” and "
            "highlights Mr. Perry’s criticism of overturning the “don’t ask, don’t tell” policy.")


@pytest.mark.parametrize(
    ("sentence", "word", "context"),
    [
        # PA-35: the outlet's own description of the ad, before what the ad vows
        (NYT_LEDE, "seems", OWN),
        # near misses: in what is reported it is the speaker's
        ("Perry vows that the ad seems to work, and calls it strong.", "seems", REPORTED),
        ("Critics say the ad seems to contrast faith with homosexuality, vows to end it.", "seems", REPORTED),
    ],
)
def test_a_hedge_in_the_outlets_clause_before_a_coordinated_report_is_its_own(sentence: str, word: str, context: str) -> None:
    assert _context(sentence, word) == context

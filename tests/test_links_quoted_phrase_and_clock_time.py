"""What two sentences share that is not one fact (check AE): a phrase one source quotes and another writes in its own
voice about something else (TB-10: Reuters' retired colonel, "“The bottom line is that this does great harm to people
who simply want to serve their country.”", and Slate's own "… his abrupt attack on transgender individuals who simply
want to serve their country in uniform."), and a time of day that sets two facts (BA-9: "… the 10 arrests made after
the 10 p.m. curfew …" / "Dozens of people remained in the streets after the 10 p.m. curfew."). New texts of the same
structure, each with its near miss: the phrase both quote, or one reports its speaker saying, is one statement; two
sentences that share a time and the fact are one event."""

from __future__ import annotations

import polars as pl

from contrast.claims.terms import quantities
from tests.test_links_common_phrases import FILLER, ORIGINS


def events_of(texts: dict[str, str]) -> list[set[str]]:
    """The events (two sources or more) of the texts, each as the set of its member sentences, with the voice of each
    sentence read as a build reads it (``sentiment.score_sentences``: a sentence inside quotation marks is quoted)."""
    from contrast.claims import find_events
    from contrast.metrics.sentiment import score_sentences
    from contrast.segment import segment

    sentences = segment({s: FILLER[s] + t for s, t in texts.items()}, ORIGINS)
    voices = pl.concat([score_sentences(sentences.filter(pl.col("source_id") == s)) for s in texts])
    sentences = sentences.join(voices.select("source_id", "sentence_index", "voice"), on=["source_id", "sentence_index"])
    claims = find_events(sentences, origins=["left", "center", "right"]).claims.filter(pl.col("event").is_not_null())
    grouped: dict[int, set[str]] = {}
    for event, text in claims.select("event", "text").iter_rows():
        grouped.setdefault(event, set()).add(text)
    return [members for members in grouped.values() if len(members) >= 2]


INTRO = "Retired farmer Ada Brandt, 71, the county's longest-serving grower, joined the criticism."
QUOTED = "“The long and short of it is that this hurts farmers who merely want to plant their fields.”"
OWN = (
    "But the agency is showing its unease, and perhaps even annoyance, with his sudden order against immigrant farmers "
    "who merely want to plant their fields in spring."
)


def test_a_phrase_one_source_quotes_and_another_writes_as_its_own_is_not_one_fact() -> None:
    texts = {"wire": f"{INTRO} {QUOTED}", "daily": OWN, "radio": "The mayor opened the fair."}
    assert not any({QUOTED, OWN} <= members for members in events_of(texts))


def test_the_phrase_both_quote_is_still_one_statement() -> None:
    # near miss: the daily quotes the same farmer's words: one quotation printed twice
    daily = "“This hurts farmers who merely want to plant their fields,” said Ada Brandt, a retired farmer."
    texts = {"wire": f"{INTRO} {QUOTED}", "daily": daily, "radio": "The mayor opened the fair."}
    assert any({QUOTED, daily} <= members for members in events_of(texts))


def test_a_phrase_reported_as_its_speakers_is_still_one_statement() -> None:
    # near miss: the daily reports, in its words, the farmer saying it: not the outlet's own voice
    daily = "Ada Brandt said the order hurts farmers who merely want to plant their fields."
    texts = {"wire": f"{INTRO} {QUOTED}", "daily": daily, "radio": "The mayor opened the fair."}
    assert any({QUOTED, daily} <= members for members in events_of(texts))


def test_which_side_quotes_the_shared_words() -> None:
    from contrast.claims.phrases import quoted_against_own

    # the content stems of the shared phrase, when one quotes it and the other writes it as its own
    assert quoted_against_own(QUOTED, OWN, quoted=(True, False), own=(False, True), size=5) == {"farmer", "mere", "want", "plant", "field"}
    # the same words, both in the outlets' own voices, or both quoted: no such phrase
    bare = QUOTED.strip("“”")
    assert quoted_against_own(bare, OWN, quoted=(False, False), own=(True, True), size=5) == frozenset()
    assert quoted_against_own(QUOTED, f"“{OWN}”", quoted=(True, True), own=(False, False), size=5) == frozenset()
    # a sentence inside a quotation running over sentences carries no mark and is quoted whole
    assert quoted_against_own(bare, OWN, quoted=(True, False), own=(False, True), size=5)
    # the own sentence reports a speaker: not its own voice
    assert quoted_against_own(QUOTED, OWN, quoted=(True, False), own=(False, False), size=5) == frozenset()


ARRESTS = "But most of the 12 arrests made after the 11 p.m. curfew were for looting."
SQUARE = "Crowds of people stayed in the square after the 11 p.m. curfew."


def test_two_facts_set_after_one_time_of_day_are_two_events() -> None:
    texts = {"wire": ARRESTS, "daily": SQUARE, "radio": "The mayor opened the fair."}
    assert not any({ARRESTS, SQUARE} <= members for members in events_of(texts))


def test_one_fact_with_its_time_of_day_is_still_one_event() -> None:
    # near miss: both tell the curfew's imposition on the harbour district, at the same hour
    wire = "The mayor imposed an 11 p.m. curfew on the harbour district on Sunday after the riots."
    daily = "An 11 p.m. curfew was imposed on the harbour district by the mayor on Sunday."
    texts = {"wire": wire, "daily": daily, "radio": "The mayor opened the fair."}
    assert any({wire, daily} <= members for members in events_of(texts))


def test_a_time_of_day_is_no_quantity() -> None:
    assert quantities(SQUARE) == []
    assert quantities(ARRESTS) == ["12"]
    assert quantities("The vote opens at 9:30 a.m. and closes at 5pm, with 40 seats at stake.") == ["40"]
    assert quantities("Polls close at 20:00 in 15 states.") == ["15"]
    assert quantities("Turnout rose 12 percent to 1,500 voters.") == ["12%", "1500"]

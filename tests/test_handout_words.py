"""The handout teaches a strongly felt or loaded word only when it is an outlet's choice, not the story's
own word (issue 13; the Steele handout taught "war" and "win", from "win this war", as strongly felt)."""

from __future__ import annotations

from types import SimpleNamespace

import polars as pl

from contrast.report.handout.model import Excerpt, HandoutEvent, SourceTag, VocabTerm
from contrast.report.handout.questions import BASE_VOCABULARY, topic_words, vocabulary
from contrast.schema import ORIGIN, SOURCE_ID, TEXT

FOX = "Steele said the war in Afghanistan was not winnable. We must win this war, he said."
NYT = "Mr. Steele called it a war of Obama's choosing. Republicans said America must win the war on terror."
HUFFPOST = "The war is a disaster, critics said. Can we win a war we did not choose?"


def _sentences(texts: dict[str, tuple[str, str]]) -> pl.DataFrame:
    rows = [(source, origin, text) for source, (origin, text) in texts.items()]
    return pl.DataFrame(rows, schema={SOURCE_ID: pl.String, ORIGIN: pl.String, TEXT: pl.String}, orient="row")


STEELE = _sentences({"fox": ("us-right", FOX), "nyt": ("us-left", NYT), "hpo": ("us-left", HUFFPOST)})


def test_a_word_every_source_and_origin_uses_is_a_word_of_the_story() -> None:
    topic = topic_words(STEELE)
    assert {"war", "win"} <= topic
    assert "disaster" not in topic  # one source’s word
    assert "winnable" not in topic


def test_a_word_of_one_origin_only_is_not_the_topic() -> None:
    one_side = _sentences({"a": ("left", "The ban was cruel."), "b": ("left", "A cruel ban."), "c": ("right", "The ban held.")})
    assert "cruel" not in topic_words(one_side)
    assert "ban" in topic_words(one_side)


def _tag(letter: str) -> SourceTag:
    return SourceTag(letter=letter, name=f"Source {letter}", origin=None, title="", border="solid")


def _event(*texts: tuple[str, str]) -> HandoutEvent:
    excerpts = tuple(Excerpt(_tag(letter), text, False, False, "en", None, False) for letter, text in texts)
    return HandoutEvent(number=1, about=SimpleNamespace(text=""), reach="", excerpts=excerpts)  # type: ignore[arg-type]


def test_the_handout_does_not_teach_the_storys_own_words_as_strongly_felt() -> None:
    events = [_event(("A", "We must win this war, he said."), ("C", "The war is a disaster, critics said."))]
    taught = [w.term for w in vocabulary(events, (), topic=topic_words(STEELE))[len(BASE_VOCABULARY):]]
    assert taught == ["disaster"]
    # without the topic the tone score's list would teach "win" and "disaster" ("war", in both excerpts, is the event's
    # word: check12m HB-36)
    assert {"win", "disaster"} <= {w.term for w in vocabulary(events, ())}


def test_a_loaded_lens_term_that_is_the_topic_is_not_taught() -> None:
    terms = (VocabTerm("“soft power”", "Scare quotes.", sources=("a",)), VocabTerm("bully", "A name-calling word.", sources=("a",)))
    seen = ("Source A calls China's “soft power” a bully's tool.",)  # words the students can see (check11j CF-33)
    taught = vocabulary([], terms, {"a": _tag("A")}, topic=frozenset({"soft", "power"}), seen=seen)[len(BASE_VOCABULARY):]
    assert [w.term for w in taught] == ["bully"]


def test_a_words_meaning_names_no_part_of_speech() -> None:
    """finalcheck-s4 T-A46: "tirade" (HuffPost's "in his tirade against the tech companies", a noun)
    was glossed "A slanted verb". A kind of loaded word mixes parts of speech, so its meaning on the
    student page must fit all of them."""
    import re

    from contrast.report.handout.lenses import LOADED_KINDS, MEANINGS

    for kind in LOADED_KINDS:
        assert not re.search(r"\b(?:verb|noun|adjective|adverb)s?\b", MEANINGS[kind], re.IGNORECASE), kind

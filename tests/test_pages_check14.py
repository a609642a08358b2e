"""What the pages say, as the session-14 checks read them (check14-new: the transgender-ban TG and jobs-report JR
groups, AllSides, never seen before): an event panel notes once that two sources print the same sentences, and the
key says when a word the tone score reacts to is negated."""

from __future__ import annotations

from types import SimpleNamespace


def test_two_sources_printing_several_sentences_word_for_word_get_one_note() -> None:
    """check14 JR-4: NPR and Politico print two sentences of one Romney statement word for word, and the event panel
    printed the same note twice in a row. One note per pair of sources, with the count of sentences."""
    import polars as pl

    from contrast.report.briefing.events import _copy_notes

    first = "Today's weak jobs report is devastating news for American workers and American families."
    second = "Slowing growth and another dismal jobs report all stand as a harsh indictment of the president."
    members = pl.DataFrame({"source_id": ["npr", "politico", "npr", "politico"], "text": [first, f"‘{first}’", second, second]})
    copies = pl.DataFrame({"a": [], "b": []}, schema={"a": pl.String(), "b": pl.String()})
    notes = _copy_notes(members, copies, {"npr": "NPR", "politico": "Politico"})
    assert notes == ("NPR and Politico print 2 of the same sentences word for word: one wording (a shared wire story or "
                     "release, or one quotation with its attribution), not independent agreement.",)
    single = _copy_notes(members.head(2), copies, {"npr": "NPR", "politico": "Politico"})
    assert single[0].startswith("NPR and Politico print the same sentence word for word")


def test_the_key_says_when_a_word_the_score_reacts_to_is_negated() -> None:
    """check14 TG-31: Source C's +0.44 was explained by "ban" alone, in "the Pentagon would not implement a ban":
    VADER reads a word after a negation the other way, and the key must say so."""
    from contrast.metrics.vader import turned_words
    from contrast.report.handout.questions import _reacts_to

    negated = "Dunford informed the military that the Pentagon would not implement a ban until it received direction."
    assert turned_words(negated) == frozenset({"ban"})
    excerpt = SimpleNamespace(text=negated, sentence=None, source=SimpleNamespace(letter="C"))
    assert _reacts_to(excerpt) == "Words the score reacts to in Source C: “ban” (negated here, so it counts the other way)."
    # near miss: the same word unnegated is listed plainly
    plain = SimpleNamespace(text="The Pentagon will implement a ban on Friday.", sentence=None, source=SimpleNamespace(letter="A"))
    assert _reacts_to(plain) == "Words the score reacts to in Source A: “ban”."
    assert turned_words("There was no good news.") == frozenset({"good"})

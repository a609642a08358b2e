"""Reading an event's terms as its sentences write them costs a pass over the sentences, not one per term (issue 16).

At 500 sources, printing each event's key terms (``event_terms.as_printed``) split every token again for every
term of every event (8.7 s of CPU in the render), and ``distinctive.distinct_anchors`` built a regex per pair of
anchors, overflowing ``re``'s cache (4 s in the events stage). Both now read each token, each anchor, once; the
results are those of the plain reading, which these tests spell out as the reference.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from contrast.claims import distinctive
from contrast.claims.distinctive import distinct_anchors
from contrast.report import event_terms
from contrast.report.event_terms import as_printed

ANCHOR_EDGE = " \t\"'“”‘’«»()[],;:"


def reference_distinct(shown: list[str]) -> list[str]:
    """``distinct_anchors`` as specified: each anchor once, without one that is a whole-word part of another."""
    items = [s for s in dict.fromkeys(s.strip(ANCHOR_EDGE) for s in shown) if s]

    def part_of(small: str, big: str) -> bool:
        return small != big and re.search(rf"(?<!\w){re.escape(small)}(?!\w)", big, re.IGNORECASE) is not None

    return [s for s in items if not any(part_of(s, other) for other in items)]


WORDS = st.sampled_from(["July", "20", "july 20", "Trump", "TRUMP", "Trump Jr.", "ſtate", "state", "İstanbul",
                         "istanbul", "Kelvin", "\u212aelvin", "$5bn", "5", "Chick-fil-A", "fil", "Mr. Roe", "roe"])


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=8))
def test_distinct_anchors_is_the_whole_word_reading_whatever_the_script(shown: list[str]) -> None:
    assert distinct_anchors(shown) == reference_distinct(shown)


def test_an_anchors_pattern_is_compiled_once_however_many_anchors_it_is_compared_with() -> None:
    distinctive._whole_word_pattern.cache_clear()
    anchors = [f"Name{k} Surname{k}" for k in range(60)] + [f"Name{k}" for k in range(60)]
    assert distinct_anchors(anchors) == [f"Name{k} Surname{k}" for k in range(60)]
    assert distinctive._whole_word_pattern.cache_info().misses <= len(anchors)


TEXTS = (
    "Chairman Reince Preibus met Chick-fil-A's owners.",
    "Reince Preibus said the fast-food chain, Chick-fil-A, would stay.",
    "Mike Huckabee praised Chick-fil-A on Tuesday; Huckabee spoke first.",
)


def test_terms_are_printed_as_the_sentences_write_them() -> None:
    assert as_printed(["reince", "chick", "huckabee", "mike", "fil", "absent", "25%"], TEXTS) == (
        "Reince Preibus", "Chick-fil-A", "Mike Huckabee", "25%",
    )


def test_each_token_is_read_once_whatever_the_number_of_terms(monkeypatch) -> None:
    calls = []
    keys = event_terms._keys
    monkeypatch.setattr(event_terms, "_keys", lambda token: calls.append(token) or keys(token))
    tokens = sum(len(event_terms._TOKEN.findall(text)) for text in TEXTS)
    as_printed([f"term{k}" for k in range(50)] + ["reince"], TEXTS)
    assert len(calls) == tokens


def test_the_naming_tables_event_labels_are_made_only_for_the_events_shown(monkeypatch) -> None:
    """Every lens section read the Naming table's event labels, each time all of them: at 500 sources, seven
    times ~2,000 labels for the few rows the table shows. One reading serves every section, label by label."""
    from types import SimpleNamespace

    import polars as pl

    from contrast.report.briefing.lenses import build

    made = []
    label = build.event_label
    monkeypatch.setattr(build, "event_label", lambda terms, texts: made.append(terms) or label(terms, texts))
    events = pl.DataFrame({"event": list(range(200)), "label": [f"term{k}" for k in range(200)],
                           "terms": [[f"term{k}"] for k in range(200)], "strength": [0.9] * 200})
    claims = pl.DataFrame({"event": list(range(200)), "text": [f"The term{k} was said." for k in range(200)]})
    labels = build.EventLabels(SimpleNamespace(events=SimpleNamespace(events=events, claims=claims)))  # type: ignore[arg-type]
    for _ in range(7):  # the lens sections
        assert labels.get("event:e007", "?") == "e007: term7"
        assert labels.get("event:nothing", "nothing") == "nothing"
    assert made == [["term7"]]
    assert len(labels) == 200


def test_each_sources_own_voice_is_read_in_one_pass_over_the_sentences() -> None:
    """The briefing filtered the whole sentences frame once per source (the square of the sources); one pass gives
    each source its own-voice sentences in order, as filtering for it did."""
    import polars as pl

    from contrast.metrics.sentiment import own_voice
    from contrast.report.briefing.build import _own_voice_sentences

    frame = pl.DataFrame({
        "source_id": ["b", "a", "b", "a", "c", "a"], "sentence_index": [1, 2, 0, 0, 0, 1],
        "text": ["B1", "A2", "B0", "A0", "C0", "A1"], "voice": ["own", "own", "own", "quoted", "quoted", "own"],
        "heading": [False] * 6,
    })
    read = _own_voice_sentences(frame)
    for source in ("a", "b", "c"):
        alone = frame.filter((pl.col("source_id") == source) & own_voice(frame.columns)).sort("sentence_index")
        if alone.height:
            assert read[source].equals(alone)
        else:
            assert source not in read
    assert _own_voice_sentences(frame.drop("voice")) == {}

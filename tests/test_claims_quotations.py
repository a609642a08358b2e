"""One event per quotation (``contrast.claims.quotations``): the events that are consecutive sentences of one
quotation of one speaker, in every source they share, are one event (check9-new TG-4, BV-3: a remark of three
sentences was three events, "3 events tie as the most widely shared"). Near misses stay apart."""

from __future__ import annotations

import polars as pl
import pytest

from contrast.claims import find_events
from contrast.claims.quotations import quotation_events
from contrast.segment import segment

Line = tuple[str, str, int | None]
"""A sentence of a source: its voice, its text and the event the linker put it in (None: not in one)."""


def _joined(
    sources: dict[str, list[Line]], *, speakers: dict[tuple[str, int], frozenset[str]] | None = None, resumed: bool = True
) -> list[set[int]]:
    """The linker's events, as sets of their ids, after ``quotation_events``."""
    keys, events, said = [], [], []
    sentences = {}
    for source, lines in sources.items():
        for index, (voice, text, event) in enumerate(lines):
            sentences[(source, index)] = (text, voice)
            if event is not None:
                keys.append((source, index))
                events.append(event)
                said.append((speakers or {}).get((source, index), frozenset()))
    joined = quotation_events(events, keys, sentences, said, resumed=resumed)
    groups: dict[int | None, set[int]] = {}
    for old, new in zip(events, joined, strict=True):
        groups.setdefault(new, set()).add(old)
    return sorted(groups.values(), key=min)


NARRATION = ("own", "The justice had kicked off the storm with comments to the newspaper published Saturday.", None)
GINSBURG = {
    "fox": [
        NARRATION,
        ("quoted", "“I can’t imagine what this place would be — with Donald Trump as our president.", 1),
        ("quoted", "For the country, it could be four years.", 2),
        ("quoted", "For the court, it could be — I don’t even want to contemplate that,” she said.", 3),
    ],
    "nyt": [
        ("quoted", "“I can’t imagine what this place would be — with Donald Trump as our president,” Justice Ginsburg told The Times.", 1),
        ("quoted", "“For the country, it could be four years.", 2),
        ("quoted", "For the court, it could be — I don’t even want to contemplate that.”", 3),
        ("own", "She even joked ruefully about moving to New Zealand.", None),
    ],
}  # fmt: skip


def test_sentences_of_one_quotation_in_two_sources_are_one_event() -> None:
    """TG-4: Ginsburg's remark, printed whole by both outlets (the Times resuming it after "Justice Ginsburg told
    The Times"), was three events."""
    assert _joined(GINSBURG) == [{1, 2, 3}]


def test_without_resumed_quotations_only_a_quotation_left_open_goes_on() -> None:
    """``RESUMED`` off: the Times closes the first sentence's quotation and opens another, so only the two
    sentences both outlets print inside one open quotation are one event."""
    assert _joined(GINSBURG, resumed=False) == [{1}, {2, 3}]


def test_a_line_the_linker_left_out_may_stand_between() -> None:
    """BV-3: “And you exemplify it.” is no claim, so the two linked sentences stand two apart."""
    sources = {
        "fox": [("quoted", 'Blumenthal clearly says, "We have learned something important since the days that I served in Vietnam...', 1),
                ("quoted", "whatever we think about the war, we owe our military men and women unconditional support.\"", 2)],
        "nyt": [("quoted", "“We have learned something important since the days that I served in Vietnam,” Mr. Blumenthal said.", 1),
                ("quoted", "“And you exemplify it.", None),
                ("quoted", "Whatever we think about the war, we owe our military men and women unconditional support.”", 2)],
    }  # fmt: skip
    assert _joined(sources) == [{1, 2}]


@pytest.mark.parametrize(
    ("case", "sources"),
    [
        (
            "two quotations of one speaker further apart than two sentences",
            {
                "a": [
                    ("quoted", "“We will win this fight,” the mayor said.", 1),
                    ("quoted", "“The budget is balanced.", None),
                    ("quoted", "It is done.", None),
                    ("quoted", "And the schools are open again,” she said.", 2),
                ],
                "b": [("quoted", "“We will win this fight,” the mayor said.", 1), ("quoted", "“And the schools are open again.”", 2)],
            },
        ),
        (
            "consecutive sentences of the outlet's own narration",
            {
                "a": [("own", "The senate passed the bill on Tuesday.", 1), ("own", "The governor signed it on Friday.", 2)],
                "b": [("own", "The bill passed the senate on Tuesday.", 1), ("own", "It was signed on Friday by the governor.", 2)],
            },
        ),
        (
            "a sentence of the outlet's own voice between two quotations",
            {
                "a": [
                    ("quoted", "“We owe our soldiers unconditional support,” Mr. Blumenthal said.", 1),
                    ("own", "There was one problem: he never served in Vietnam.", None),
                    ("reported", "He obtained five deferments, according to records.", 2),
                ],
                "b": [
                    ("quoted", "“We owe our soldiers unconditional support,” Blumenthal said.", 1),
                    ("own", "There was one problem: he never served in Vietnam.", None),
                    ("quoted", "“He obtained five deferments, according to records.”", 2),
                ],
            },
        ),
        (
            "one speaker's quotation, then another's introduced between them",
            {
                "a": [
                    ("quoted", '"Trade between our nations has been very unfair," he said.', 1),
                    ("reported", "China's Commerce Ministry released a statement accusing the administration.", None),
                    ("quoted", '"This move is damaging bilateral interests," the statement said.', 2),
                ],
                "b": [
                    ("quoted", '"Trade between our nations has been very unfair," he added.', 1),
                    ("reported", "Chinese officials ripped the announcement, calling it damaging.", None),
                    ("quoted", '"This move is damaging bilateral interests," the statement said.', 2),
                ],
            },
        ),
        (
            "another speaker named right after the quotation closed",
            {
                "a": [
                    ("quoted", '"Trade has been very unfair," he said.', 1),
                    ("quoted", '"This move is damaging," the ministry said.', 2),
                ],
                "b": [
                    ("quoted", '"Trade has been very unfair," he said.', 1),
                    ("quoted", '"This move is damaging," the ministry said.', 2),
                ],
            },
        ),
        (
            "next to each other in one source, far apart in the other",
            {
                "a": [("quoted", "“We will win this fight.", 1), ("quoted", "The schools are open again,” she said.", 2)],
                "b": [
                    ("quoted", "“The schools are open again,” she said.", 2),
                    ("own", "The strike ended on Monday.", None),
                    ("own", "Teachers returned.", None),
                    ("quoted", "“We will win this fight,” she said.", 1),
                ],
            },
        ),
    ],
)
def test_near_misses_stay_apart(case: str, sources: dict[str, list[Line]]) -> None:
    assert _joined(sources) == [{1}, {2}], case


def test_two_known_speakers_are_two_quotations() -> None:
    """A quotation resumed with no speaker named, but read (``quotation_speakers``) as another person's."""
    sources = {
        "a": [("quoted", "“These guys are wrong,” Vicente said.", 1), ("quoted", "“They are on the wrong side of history.”", 2)],
        "b": [("quoted", "“These guys are wrong,” Vicente said.", 1), ("quoted", "“They are on the wrong side of history.”", 2)],
    }
    tvert = {(source, 0): frozenset({"vicente"}) for source in sources} | {(source, 1): frozenset({"tvert"}) for source in sources}
    assert _joined(sources, speakers=tvert) == [{1}, {2}]
    assert _joined(sources) == [{1, 2}]


def test_events_sharing_one_source_only_stay_apart() -> None:
    """Same speaker, different sources' interviews: next to each other only in the one source both are in."""
    sources = {
        "a": [("quoted", "“We will win this fight.", 1), ("quoted", "The schools are open again,” she said.", 2)],
        "b": [("quoted", "“We will win this fight,” she told the radio.", 1)],
        "c": [("quoted", "“The schools are open again,” she told a rally.", 2)],
    }
    assert _joined(sources) == [{1}, {2}]


REMARK = (
    "“I can’t imagine what this place would be with Donald Trump as our president,” the judge told the newspaper "
    "on Sunday. “For the country, it could be four long years of trouble. For the court, I don’t even want to "
    "contemplate what it could be.”"
)


def test_find_events_holds_the_quotation_as_one_event() -> None:
    """End to end: three outlets print one three-sentence remark; one event of three sentences per source."""
    texts = {
        "right": f"The judge spoke out about the campaign this week. {REMARK}",
        "centre": f"{REMARK} Critics said the remarks broke with tradition.",
        "left": f"A judge rarely speaks about elections. {REMARK}",
    }
    sentences = segment(texts, {s: s for s in texts}).with_columns(pl.lit(0.0).alias("compound"))
    voice = [
        "quoted" if ("“" in text or "”" in text or text.startswith("For the court")) else "own"
        for text in sentences.get_column("text").to_list()
    ]
    sentences = sentences.with_columns(pl.Series("voice", voice))
    analysis = find_events(sentences, origins=sorted(texts))
    shared = analysis.events.filter(pl.col("n_origins") >= 2)
    assert shared.height == 1
    members = analysis.claims.filter(pl.col("event") == shared.item(0, "event"))
    assert members.group_by("source_id").len().get_column("len").to_list() == [3, 3, 3]


def test_reports_in_turn_without_voices_read_stay_separate_events() -> None:
    """Without the sentences' voices, an attributed claim with no quotation mark is reported speech, not a quotation
    running on: four companies' commitments, each reported in turn by two outlets, are four events."""
    names = ["Kavaro", "Minsel", "Draton", "Polizer"]
    texts = {
        "a1": " ".join(f"{n} Holdings announced ${i + 3}bn for new port facilities in {n}ville." for i, n in enumerate(names)),
        "b1": " ".join(
            f"Officials in {n}ville said {n} Holdings had committed ${i + 3}bn to port facilities."
            for i, n in enumerate(names)
        ),
    }  # fmt: skip
    analysis = find_events(segment(texts, {"a1": "a", "b1": "b"}), origins=["a", "b"])
    assert analysis.events.filter(pl.col("n_origins") == 2).height == len(names)

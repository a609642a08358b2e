"""What ``align._starts`` reads of each claim's text, and how often (issue 16: the start features are a fifth of the
events stage's CPU, which every build that adds a source pays again for every claim). Each test checks the answer is
the one the slower reading gave."""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pytest

from contrast.claims import align

PLACES = [
    ("Voters in Ames, Iowa, lined up before dawn to caucus.", ["Ames", "Iowa"]),
    ("Officials in Lyon and in France disagreed on the budget.", ["Lyon", "France"]),
    ("France, Germany and Italy signed the accord on Friday.", ["France", "Germany", "Italy"]),
    ("The plant in Dayton, Ohio closed, and Ohio lost 900 jobs.", ["Dayton", "Ohio"]),
    ("Protesters marched from Dayton to Columbus, which lies in Ohio.", ["Dayton", "Columbus", "Ohio"]),
    ("Nobody named a place here.", []),
]


def _column(entities: list[list[str]]) -> dict[str, int]:
    names = sorted({f"E:{name}" for row in entities for name in row})
    return {name: k for k, name in enumerate(names)}


def _addresses_per_pair(texts: list[str], entities: list[list[str]], column: dict[str, int]) -> list[frozenset[tuple[int, int]]]:
    """The rule as it was written before: one search per place and region of a claim."""
    regions_of = [[n for n in names if n.lower() in align._REGIONS] for names in entities]
    return [
        frozenset(
            (column[f"E:{place}"], column[f"E:{region}"])
            for place in names
            for region in regions
            if place.lower() not in align._REGIONS
            and re.search(rf"(?<!\w){re.escape(place)},\s+{re.escape(region)}(?!\w)", text)
        )
        for text, names, regions in zip(texts, entities, regions_of, strict=True)
    ]


def test_a_place_is_searched_before_its_region_only_where_the_text_writes_it_before_a_comma(monkeypatch: pytest.MonkeyPatch) -> None:
    texts, entities = [t for t, _ in PLACES], [e for _, e in PLACES]
    aliases = {name: name for row in entities for name in row}
    column = _column(entities)
    expected = _addresses_per_pair(texts, entities, column)
    searched: list[str] = []
    search: Callable[..., object] = re.search

    def counted(pattern: str, string: str, flags: int = 0) -> object:
        searched.append(pattern)
        return search(pattern, string, flags)

    monkeypatch.setattr(re, "search", counted)
    found = align._addresses(texts, entities, aliases, column)
    assert found == expected
    assert found[0] == {(column["E:Ames"], column["E:Iowa"])}
    assert found[3] == {(column["E:Dayton"], column["E:Ohio"])}
    assert not found[1] and not found[2] and not found[4]
    # searched: "Ames," before Iowa, "Dayton," before Ohio, "Columbus," (before "which"); not Lyon, not Dayton in the last
    assert len(searched) == 3


def test_the_start_features_read_each_claims_opening_names_once(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [
        "After Thompson's resignation, the board named Alvarez its chair on Monday.",
        "In a vote to replace Thompson, the board chose Alvarez to lead it.",
        "Alvarez said the board would review the pension fund in March.",
    ]
    entities = [["Thompson", "Alvarez"], ["Thompson", "Alvarez"], ["Alvarez"]]
    aliases = {"Thompson": "Thompson", "Alvarez": "Alvarez"}
    features = [[*align.sentence_stems(t), *(f"E:{e}" for e in row)] for t, row in zip(texts, entities, strict=True)]
    matrix, vocabulary = align.tfidf(features)
    column = {name: k for k, name in enumerate(vocabulary.tolist())}
    calls: list[int] = []
    settings = align._settings

    def counted(*args: object) -> list[frozenset[int]]:
        calls.append(1)
        return settings(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(align, "_settings", counted)
    starts = align._starts(
        matrix, vocabulary, [[] for _ in texts], [[f"E:{e}" for e in row] for row in entities], aliases,
        sources=np.array(["a", "b", "c"]), texts=texts, entities=entities, lead_ranks=[0, 0, 0],
    )  # fmt: skip
    assert len(calls) == 1
    thompson = column["E:Thompson"]
    assert starts.setting[0] == {thompson} and starts.setting[1] == {thompson} and not starts.setting[2]
    # the opening also keeps its words written nowhere after it ("resignation"), never the names it shares with the rest
    assert thompson in starts.opening[0] and column[align.stem("resignation")] in starts.opening[0]
    assert column["E:Alvarez"] not in starts.opening[0] and not starts.opening[2]


"""What the events stage reads of each claim's text alone is read once, in the source's cached ``claims`` stage
(issue 16: adding one source re-aligns every claim, and read every old claim's text again).

The features must be exactly what the events stage would read (``stated``, ``absence.stated_stems``,
``evidence.fold_words``), the events stage must not read a claim's text again when its source's stage did, and no
output may change: the features never reach ``EventAnalysis``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import polars as pl
import pytest

from contrast.claims import absence, candidates, conflicts, distinctive, evidence, features, find_events
from contrast.claims.textmemo import TextMemo
from contrast.config import load_report
from contrast.segment import segment
from tests.conftest import TARIFFS

NEW_TEXT = (
    "Governor Ana Ruiz said on Monday that the state would borrow $3.5 billion to repair its levees. "
    "According to the budget office, the cost-of-living adjustment will reach 4 percent in 2027. "
    "The port authority approved a 12-year lease, a spokeswoman for the agency said. "
    "“We cannot wait for another flood,” Ruiz told reporters in the capital. "
    "Farmers in the valley lost 300 acres of orchards when the river crested on Friday. "
    "The House Agriculture Committee said on Tuesday that 14 senators backed duties on Brazilian sugar imports, and the "
    "central bank kept its rate unchanged at 2.5 percent, as it had during the Cold War. "
    + "The engineers inspected "
    + ", ".join(f"culvert number {n} on the north bank of the river" for n in range(60))
    + " before the rains."
)


MEMOS = (distinctive.stated, absence.stated_stems, evidence.folded_words, distinctive.row_words, conflicts.conflict_reading)


@pytest.fixture
def fresh() -> Iterator[None]:
    """The memos forgotten before and after: a reading must come from the function, not an earlier test."""
    for memo in MEMOS:
        memo.cache_clear()
    yield
    for memo in MEMOS:
        memo.cache_clear()


def _sentences(texts: dict[str, str]) -> pl.DataFrame:
    return segment(texts, {source: "left" for source in texts}).drop("origin")


def test_a_sources_claims_carry_what_the_events_stage_reads_of_each_text(fresh: None) -> None:
    found = features.claim_candidates(_sentences({"a": NEW_TEXT}))
    assert found.height >= 6
    assert found.drop(*features.FEATURE_SCHEMA).equals(candidates.claim_candidates(_sentences({"a": NEW_TEXT})))
    for memo in MEMOS:
        memo.cache_clear()
    read = []
    for text, stated, stems, folded, words, initials, reading in found.select("text", *features.FEATURE_SCHEMA).iter_rows():
        assert stated == distinctive.stated.function(text)
        assert tuple(stems) == absence.stated_stems.function(text)
        assert (frozenset(words), initials) == distinctive.row_words.function(text)
        read.append(conflicts.decode_reading(reading))
        assert read[-1] == conflicts.conflict_reading.function(text)
        if len(text) <= evidence.FOLDED_CHARS:
            assert tuple(folded) == evidence._fold(text)
        else:
            assert folded is None  # never memoised: folded where it is read
    assert "Governor Ana Ruiz said" not in found.get_column("stated")[0]  # the attribution is cut
    assert any(len(t) > evidence.FOLDED_CHARS for t in found.get_column("text").to_list())
    assert all(any(r[k] for r in read) for k in range(7))  # goods, counts, eras, a year, chambers, weekdays, levels


def test_told_results_answer_only_inside_and_are_forgotten_after(fresh: None) -> None:
    text = "The ministry, a spokesman said, will publish the figures on Thursday."
    with distinctive.stated.knowing({text: "told"}):
        assert distinctive.stated(text) == "told"
        assert distinctive.stated("Another sentence, the minister said, of its own.") != "told"
    assert distinctive.stated(text) == distinctive.stated.function(text)


def _tariffs() -> tuple[pl.DataFrame, list[str]]:
    report = load_report(TARIFFS)
    texts = {s.id: (TARIFFS / s.path).read_text(encoding="utf-8") for s in report.manifest.sources}
    origins = {s.id: s.origin for s in report.manifest.sources}
    return segment(texts, origins).with_columns(pl.lit(0.0).alias("compound")), sorted(set(origins.values()))


def _per_source(sentences: pl.DataFrame) -> pl.DataFrame:
    parts = sentences.partition_by("source_id", as_dict=True, maintain_order=True)
    return pl.concat([features.claim_candidates(frame) for (_,), frame in sorted(parts.items())], how="vertical")


def test_the_events_stage_reads_no_claim_text_its_source_read(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    sentences, origins = _tariffs()
    found = _per_source(sentences)
    read: dict[str, list[str]] = {}
    memos: dict[str, TextMemo[Any]] = {
        "stated": distinctive.stated,
        "stems": absence.stated_stems,
        "folded": evidence.folded_words,
        "rows": distinctive.row_words,
        "conflicts": conflicts.conflict_reading,
    }
    for name, memo in memos.items():
        recent = memo._recent

        def counting(text: str, recent: Callable[[str], object] = recent, name: str = name) -> object:
            read.setdefault(name, []).append(text)
            return recent(text)

        monkeypatch.setattr(memo, "_recent", counting)
    claims = set(found.get_column("text").to_list())
    for given, reads in ((found.drop(*features.FEATURE_SCHEMA), True), (found, False)):
        read.clear()  # every text a memo was asked and not told, read now or earlier
        find_events(sentences, origins=origins, candidates=given)
        again = {name: claims.intersection(texts) for name, texts in read.items() if claims.intersection(texts)}
        assert set(again) == (set(memos) if reads else set())


def test_the_events_are_the_same_whether_the_features_come_with_the_candidates_or_not(fresh: None) -> None:
    sentences, origins = _tariffs()
    told = find_events(sentences, origins=origins, candidates=_per_source(sentences))
    for memo in MEMOS:
        memo.cache_clear()
    read = find_events(sentences, origins=origins)
    assert not set(features.FEATURE_SCHEMA) & set(told.claims.columns)
    for field in ("claims", "events", "links", "source_overlap", "origin_overlap", "origin_sharing", "omissions",
                  "evidence", "absences", "set_aside", "copies"):  # fmt: skip
        assert getattr(told, field).equals(getattr(read, field)), field

"""Editions: what changed since the last build, and the snapshot that remembers it.

Comparison rules are tested on hand-made snapshots (fast, exact); the page, the
stability of rebuilds and the handling of a corrupt snapshot on real builds.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import numpy as np
import pypdf
import pytest
import tomlkit

from contrast.editions import baseline_for, compare, match_events, read_edition
from contrast.pipeline import build
from contrast.snapshot import FORMAT, EditionFile, EventEntry, Interval, OriginEntry, Snapshot, SourceEntry, member_key
from contrast.stats import bootstrap_mean_intervals, seed_for
from tests.reportkit import CRITIC, EASY, PRAISE, make_report

# --- hand-made snapshots -------------------------------------------------------------


def _source(source_id: str, origin: str = "state", sha: str = "a" * 64) -> SourceEntry:
    return SourceEntry(id=source_id, title=f"Title {source_id}", origin=origin, path=f"sources/{source_id}.txt", sha256=sha)


def _event(
    event_id: str, members: list[tuple[str, str]], terms: list[str] | None = None, origin_of: dict[str, str] | None = None
) -> EventEntry:
    origin_of = origin_of or {}
    return EventEntry(
        id=event_id,
        label=" · ".join(terms or ["label"]),
        terms=terms or ["label"],
        sources=sorted({s for s, _ in members}),
        origins=sorted({origin_of.get(s, "state") for s, _ in members}),
        members=sorted(member_key(s, text) for s, text in members),
    )


def _origin(origin_id: str, mean: float, low: float, high: float, sentences: int = 100) -> OriginEntry:
    share = Interval(value=0.5, low=0.4, high=0.6)
    return OriginEntry(
        id=origin_id,
        label=origin_id.title(),
        sentences=sentences,
        metrics={"sentiment_mean": Interval(value=mean, low=low, high=high), "share_positive": share, "share_negative": share},
    )


def _snapshot(sources=(), events=(), origins=(), edition: str = "2025-01-01") -> Snapshot:
    return Snapshot(
        edition=dt.date.fromisoformat(edition), title="T", sources=list(sources), origins=list(origins), events=list(events)
    )


def test_sources_added_removed_and_changed_by_hash() -> None:
    before = _snapshot([_source("kept"), _source("edited"), _source("dropped")])
    after = _snapshot([_source("kept"), _source("edited", sha="b" * 64), _source("new")])
    changes = compare(before, after)
    assert [(c.kind, c.id) for c in changes.sources] == [("added", "new"), ("removed", "dropped"), ("changed", "edited")]
    assert changes.sources[2].detail == "its file changed"


def test_a_source_moved_to_another_origin_is_changed() -> None:
    changes = compare(_snapshot([_source("s", origin="state")]), _snapshot([_source("s", origin="critical")]))
    assert [(c.kind, c.detail) for c in changes.sources] == [("changed", "moved from origin state")]


def test_a_source_unread_this_time_is_not_called_removed() -> None:
    changes = compare(_snapshot([_source("a"), _source("b")]), _snapshot([_source("a")]), unread={"b"})
    assert [(c.kind, c.id) for c in changes.sources] == [("unread", "b")]


def test_events_match_by_member_sentences_whatever_their_ids() -> None:
    tariffs = [("a", "Tariffs of 25% took effect."), ("b", "The 25% tariffs began on Friday.")]
    festival = [("a", "The festival opened in Beijing."), ("b", "Beijing's festival began.")]
    before = [_event("e001", tariffs), _event("e002", festival)]
    after = [_event("e001", festival), _event("e002", tariffs)]  # renumbered
    assert [m.id if m else None for m in match_events(before, after)] == ["e002", "e001"]
    assert compare(_snapshot(events=before), _snapshot(events=after)).events == ()


def test_an_event_reported_by_a_new_source_has_grown_and_names_it() -> None:
    members = [("a", "Tariffs of 25% took effect."), ("b", "The 25% tariffs began on Friday.")]
    before = _snapshot(events=[_event("e001", members)])
    after = _snapshot(events=[_event("e003", [*members, ("c", "A 25% tariff now applies.")])])
    (change,) = compare(before, after).events
    assert (change.kind, change.id, change.previous_id, change.added_sources) == ("grown", "e003", "e001", ("c",))


def test_new_and_no_longer_found_events() -> None:
    old = _event("e001", [("a", "One old claim here."), ("b", "Another old claim here.")], terms=["old", "claim"])
    new = _event("e001", [("a", "A fresh claim."), ("c", "The fresh claim again.")], terms=["fresh"])
    changes = compare(_snapshot(events=[old]), _snapshot(events=[new]))
    assert [(c.kind, c.id) for c in changes.events] == [("new", "e001"), ("gone", "e001")]


def test_an_event_whose_sentences_were_edited_still_matches_on_its_terms() -> None:
    old = _event("e001", [("a", "Tariffs of 25% took effect."), ("b", "They began.")], terms=["tariff", "25%", "effect"])
    edited = _event("e004", [("a", "Tariffs of 25% took effect on 6 July."), ("b", "They began.!")], terms=["tariff", "25%", "july"])
    assert match_events([old], [edited]) == [old]
    unrelated = _event("e005", [("a", "Something else.")], terms=["festival", "beijing"])
    assert match_events([old], [unrelated]) == [None]


def test_a_figure_moves_only_when_each_value_is_outside_the_other_interval() -> None:
    before = _snapshot(origins=[_origin("state", 0.30, 0.20, 0.40), _origin("critical", 0.10, 0.00, 0.20)])
    after = _snapshot(origins=[_origin("state", 0.55, 0.45, 0.65), _origin("critical", 0.22, 0.08, 0.36)])
    moves = {(m.origin, m.metric): m.moved for m in compare(before, after).metrics}
    assert moves[("state", "sentiment_mean")] is True  # 0.55 outside [0.20, 0.40] and 0.30 outside [0.45, 0.65]
    assert moves[("critical", "sentiment_mean")] is False  # 0.22 is outside [0.00, 0.20], but 0.10 is inside [0.08, 0.36]
    assert moves[("state", "share_positive")] is False


def test_a_figure_over_too_few_sentences_is_not_judged() -> None:
    before = _snapshot(origins=[_origin("state", 0.30, 0.29, 0.31, sentences=5)])
    after = _snapshot(origins=[_origin("state", 0.90, 0.89, 0.91, sentences=500)])
    (mean, *_) = compare(before, after).metrics
    assert (mean.judged, mean.moved) == (False, False)


def test_an_origin_new_in_this_edition_has_no_figures_to_compare() -> None:
    changes = compare(_snapshot(origins=[_origin("state", 0.3, 0.2, 0.4)]), _snapshot(origins=[_origin("critical", 0.3, 0.2, 0.4)]))
    assert changes.metrics == ()


def test_baseline_is_the_previous_edition_unless_the_results_are_the_same() -> None:
    first, second = _snapshot([_source("a")]), _snapshot([_source("a"), _source("b")])
    assert baseline_for(None, first) is None
    assert baseline_for(EditionFile(format=FORMAT, current=first), second) == first
    rebuilt = EditionFile(format=FORMAT, current=second, baseline=first)
    assert baseline_for(rebuilt, second) == first  # a rebuild keeps comparing with the same edition


# --- bootstrap ---------------------------------------------------------------------------


def test_bootstrap_interval_is_seeded_and_brackets_the_mean() -> None:
    values = np.linspace(-1, 1, 201) ** 3
    one = bootstrap_mean_intervals({"x": values}, seed=seed_for("state"))
    two = bootstrap_mean_intervals({"x": values}, seed=seed_for("state"))
    assert one == two
    low, high = one["x"]
    assert low < values.mean() < high
    assert bootstrap_mean_intervals({"x": values}, seed=seed_for("critical")) != one


def test_bootstrap_interval_narrows_with_more_sentences() -> None:
    rng = np.random.default_rng(7)
    small, large = rng.normal(size=50), rng.normal(size=5000)
    (lo_s, hi_s), (lo_l, hi_l) = (bootstrap_mean_intervals({"x": v}, seed=1)["x"] for v in (small, large))
    assert hi_l - lo_l < (hi_s - lo_s) / 4


def test_bootstrap_of_one_value_is_that_value() -> None:
    assert bootstrap_mean_intervals({"x": np.array([0.25])}, seed=1) == {"x": (0.25, 0.25)}


# --- reading a snapshot -------------------------------------------------------------------


def _valid_document() -> dict[str, object]:
    return json.loads(json.dumps(EditionFile(format=FORMAT, current=_snapshot([_source("a")])).model_dump(mode="json")))


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"format": 1, "current": {"edition": "2025-01-01", "tit', "not valid JSON"),
        (b"\x89PNG\r\n\x1a\n\x00\x00binary", "not valid JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
        (b"[1, 2, 3]", "not a JSON object"),
        (json.dumps(_valid_document() | {"format": 99}).encode(), f"format 99, expected {FORMAT}"),
        (json.dumps(_valid_document() | {"current": {"edition": "yesterday"}}).encode(), "field current."),
        (json.dumps(_valid_document() | {"extra": True}).encode(), "field extra"),
    ],
    ids=["truncated", "binary", "deeply-nested", "not-an-object", "other-format", "wrong-shape", "unknown-field"],
)
def test_an_unusable_snapshot_gives_a_caveat_naming_the_file_and_why(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "build" / "edition.json"
    path.parent.mkdir()
    path.write_bytes(content)
    edition, warning = read_edition(path, root=tmp_path)
    assert edition is None and warning is not None
    assert warning.startswith("build/edition.json: ") and reason in warning and "\n" not in warning


def test_a_folder_named_like_the_snapshot_is_a_caveat(tmp_path: Path) -> None:
    (tmp_path / "edition.json").mkdir()
    assert read_edition(tmp_path / "edition.json", root=tmp_path)[1] is not None


def test_no_snapshot_is_a_first_edition_without_caveat(tmp_path: Path) -> None:
    assert read_edition(tmp_path / "edition.json", root=tmp_path) == (None, None)


def test_a_snapshot_survives_its_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "edition.json"
    path.write_text(json.dumps(_valid_document()), encoding="utf-8")
    edition, warning = read_edition(path, root=tmp_path)
    assert warning is None and edition is not None and edition.current.sources[0].id == "a"


# --- real builds ----------------------------------------------------------------------------

SHARED = "Officials said the Beijing culture festival drew 40,000 visitors on Saturday. "
TEXTS = {
    "state-a": SHARED + (PRAISE + EASY) * 3,
    "critic-b": "Organisers of the Beijing culture festival reported 40,000 visitors on Saturday. " + (CRITIC + EASY) * 3,
}
# the third source tells the festival's count in words of its own: a fact all three sources told in the same four-word
# runs ("the Beijing culture festival", "40,000 visitors on Saturday") would be the story's common vocabulary, which may
# confirm a link but not start one (contrast.claims.phrases; a known limit, check AB ME-37)
THIRD = "Police counted 40,000 people at the Beijing festival of culture on Saturday. " + (CRITIC + PRAISE) * 3


def _page_texts(pdf: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in pypdf.PdfReader(pdf).pages]


def _add_third_source(root: Path) -> None:
    (root / "sources" / "critic-c.txt").write_text(THIRD, encoding="utf-8")
    manifest = tomlkit.parse((root / "report.toml").read_text(encoding="utf-8"))
    entry = tomlkit.table()
    entry.update({"id": "critic-c", "path": "sources/critic-c.txt", "title": "Third article", "outlet": "Outlet 3", "origin": "critical"})
    manifest["sources"].append(entry)
    manifest["edition"] = dt.date(2025, 2, 7)
    (root / "report.toml").write_text(tomlkit.dumps(manifest), encoding="utf-8")


@pytest.fixture(scope="module")
def editions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """Build, add a source, build, build again: what each build wrote."""
    root = make_report(tmp_path_factory.mktemp("editions"), TEXTS)
    first = build(root)
    first_pdf = (root / "build" / "briefing.pdf").read_bytes()
    first_snapshot = json.loads((root / "build" / "edition.json").read_text(encoding="utf-8"))
    _add_third_source(root)
    second = build(root)
    second_pdf = (root / "build" / "briefing.pdf").read_bytes()
    third = build(root)
    return {
        "root": root,
        "first": first,
        "first_pdf": first_pdf,
        "first_snapshot": first_snapshot,
        "second": second,
        "second_pdf": second_pdf,
        "third": third,
    }


def test_a_first_edition_has_no_changes_page(editions: dict[str, object], tmp_path: Path) -> None:
    first = editions["first"]
    assert first.edition.changes is None and first.edition.warning is None  # type: ignore[attr-defined]
    pdf = tmp_path / "first.pdf"
    pdf.write_bytes(editions["first_pdf"])  # type: ignore[arg-type]
    assert not any("Changes since the last edition" in text for text in _page_texts(pdf))
    assert editions["first_snapshot"]["baseline"] is None  # type: ignore[index]


def test_the_snapshot_records_sources_with_their_hash_and_origin_figures_with_intervals(editions: dict[str, object]) -> None:
    snapshot = editions["first_snapshot"]["current"]  # type: ignore[index]
    first = editions["first"]
    assert [s["id"] for s in snapshot["sources"]] == ["state-a", "critic-b"]
    assert snapshot["sources"][0]["sha256"] == first.analysis.documents["state-a"].raw.sha256  # type: ignore[attr-defined]
    origins = {row["origin"]: row for row in first.analysis.results.origins.iter_rows(named=True)}  # type: ignore[attr-defined]
    for entry in snapshot["origins"]:
        mean = entry["metrics"]["sentiment_mean"]
        assert mean["value"] == round(origins[entry["id"]]["sentiment_mean"], 4)
        assert mean["low"] <= mean["value"] <= mean["high"] and mean["low"] < mean["high"]


def test_adding_a_source_shows_it_and_its_events_on_a_changes_page(editions: dict[str, object], tmp_path: Path) -> None:
    changes = editions["second"].edition.changes  # type: ignore[attr-defined]
    assert changes is not None and changes.previous_edition == dt.date(2025, 1, 31)
    assert [(c.kind, c.id) for c in changes.sources] == [("added", "critic-c")]
    assert any("critic-c" in e.sources and e.kind in ("new", "grown") for e in changes.events)
    pdf = tmp_path / "second.pdf"
    pdf.write_bytes(editions["second_pdf"])  # type: ignore[arg-type]
    (page,) = [text for text in _page_texts(pdf) if text.startswith("Changes since the last edition")]
    assert "Compared with the edition of 31 January 2025" in page
    assert "Sources: 1 added, 0 removed or unread, 0 changed (the previous edition had 2)" in page
    assert "Outlet 3" in page and "Mean tone" in page


def test_rebuilding_without_a_change_keeps_the_page_and_the_bytes(editions: dict[str, object]) -> None:
    root = editions["root"]
    assert (root / "build" / "briefing.pdf").read_bytes() == editions["second_pdf"]  # type: ignore[operator]
    assert editions["third"].edition.changes == editions["second"].edition.changes  # type: ignore[attr-defined]


def test_a_corrupt_snapshot_is_a_caveat_and_the_build_goes_on(tmp_path: Path) -> None:
    root = make_report(tmp_path, TEXTS)
    (root / "build").mkdir()
    (root / "build" / "edition.json").write_bytes(b'{"format": 1, "current": {')
    result = build(root)
    assert result.edition is not None and result.edition.changes is None
    (warning,) = [w for w in result.warnings if "edition.json" in w]
    assert warning.startswith("build/edition.json: the previous edition's snapshot cannot be used (not valid JSON")
    texts = _page_texts(root / "build" / "briefing.pdf")
    assert not any(text.startswith("Changes since the last edition") for text in texts)
    assert any("Caveats from this build" in text and "build/edition.json" in text for text in texts)
    assert json.loads((root / "build" / "edition.json").read_text(encoding="utf-8"))["baseline"] is None


def test_the_page_view_says_what_moved_and_names_what_is_gone() -> None:
    from contrast.report.briefing.changes import changes_view

    old_event = _event("e001", [("a", "A shared claim about tariffs."), ("gone-src", "The same claim about tariffs.")])
    origins = [_origin("state", 0.3, 0.2, 0.4), _origin("critical", 0.1, 0.0, 0.2)]
    before = _snapshot([_source("a"), _source("gone-src", origin="critical")], [old_event], origins)
    after = _snapshot([_source("a")], [], [_origin("state", 0.6, 0.5, 0.7)])
    view = changes_view(compare(before, after), refs={}, labels={"a": "S1 · Outlet"}, previous_edition="1 January 2025")
    (removed,) = view.sources
    assert (removed.kind, removed.label, removed.origin.label) == ("Removed", "gone-src (Title gone-src)", "Critical")
    (gone,) = view.gone_events
    assert gone.id == "" and gone.detail == "was e001, in S1 · Outlet, gone-src"
    assert [m.verdict for m in view.metrics] == ["moved up", "within uncertainty", "within uncertainty"]
    assert view.summary[-1] == "Moved beyond their uncertainty: State, mean tone: +0.30 → +0.60."

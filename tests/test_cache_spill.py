"""A cold build holds the cache entries it computes until it ends (all or nothing), but not in memory without bound:
past ``PENDING_BYTES_MAX`` they wait on disk as temporaries beside their place, the flush moves them in, and a build
that fails leaves none of them (scale11, session 11: 258 MB of new entries at 2,000 real articles, ~1.3 GB at 10,000)."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

import contrast.cache as cache_module
import contrast.pipeline as pipeline
from contrast.cache import CACHE_DIR, BuildCache, Entry
from contrast.io import TEMP_NAME
from tests.reportkit import CRITIC, EASY, PRAISE, make_report

KEYS = [f"{k:064x}" for k in range(1, 9)]


def _entry(k: int) -> Entry:
    return Entry({"payload": bytes([k]) * 40_000})


def _files(folder: Path) -> tuple[list[str], list[str]]:
    """(entries in place, temporaries) under a cache folder."""
    names = [p.name for p in folder.rglob("*") if p.is_file()]
    return sorted(n for n in names if not TEMP_NAME.match(n)), sorted(n for n in names if TEMP_NAME.match(n))


def test_new_entries_past_the_limit_wait_on_disk_are_read_from_there_and_are_moved_in_by_the_flush(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache_module, "PENDING_BYTES_MAX", 100_000)  # two entries of 40 kB fit, the third spills
    cache = BuildCache(tmp_path / CACHE_DIR)
    for k, key in enumerate(KEYS, 1):
        cache.store("clean", key, _entry(k))
        assert cache._pending_bytes <= 100_000  # what is held in memory stays under the limit
    placed, waiting = _files(tmp_path / CACHE_DIR)
    assert placed == [] and len(waiting) >= 6  # nothing is an entry before the build ends
    for k, key in enumerate(KEYS, 1):  # a later stage of the same build reads what was stored, spilled or not
        entry = cache.lookup("clean", key)
        assert entry is not None and entry.parts["payload"] == bytes([k]) * 40_000
        assert cache.has("clean", key)
    cache.flush()
    placed, waiting = _files(tmp_path / CACHE_DIR)
    assert placed == KEYS and waiting == []
    again = BuildCache(tmp_path / CACHE_DIR)
    assert all(again.lookup("clean", key).parts["payload"] == bytes([k]) * 40_000 for k, key in enumerate(KEYS, 1))


def test_an_entry_stored_again_replaces_its_spilled_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache_module, "PENDING_BYTES_MAX", 0)  # every entry spills
    cache = BuildCache(tmp_path / CACHE_DIR)
    cache.store("render", KEYS[0], _entry(1))
    cache.store("render", KEYS[0], _entry(2))
    assert cache.lookup("render", KEYS[0]).parts["payload"] == bytes([2]) * 40_000
    assert len(_files(tmp_path / CACHE_DIR)[1]) == 1  # the first temporary is gone
    cache.flush()
    assert BuildCache(tmp_path / CACHE_DIR).lookup("render", KEYS[0]).parts["payload"] == bytes([2]) * 40_000


def test_a_cache_discarded_before_its_flush_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache_module, "PENDING_BYTES_MAX", 0)
    cache = BuildCache(tmp_path / CACHE_DIR)
    for k, key in enumerate(KEYS, 1):
        cache.store("segment", key, _entry(k))
    assert len(_files(tmp_path / CACHE_DIR)[1]) == len(KEYS)
    cache.discard()
    assert _files(tmp_path / CACHE_DIR) == ([], [])


def test_a_worker_computed_entry_is_read_back_after_it_spills(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache_module, "PENDING_BYTES_MAX", 0)
    cache = BuildCache(tmp_path / CACHE_DIR)
    data = cache_module.encode_entry("clean", KEYS[0], _entry(7))
    cache.add_computed("clean", KEYS[0], data)
    assert cache._pending == {}  # not held in memory twice
    assert cache.fetch("clean", KEYS[0], lambda e: e.parts["payload"]) == bytes([7]) * 40_000
    assert cache.stats["clean"].misses == 1  # a worker's entry is a computation
    cache.flush()
    assert _files(tmp_path / CACHE_DIR) == ([KEYS[0]], [])


def test_a_build_that_fails_after_spilling_leaves_no_temporary_and_one_that_succeeds_leaves_its_entries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache_module, "PENDING_BYTES_MAX", 0)
    root = make_report(tmp_path / "report", {"state-a": (PRAISE + EASY) * 3, "critic-b": (CRITIC + EASY) * 3})

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("the render failed")

    with monkeypatch.context() as patched:
        patched.setattr(pipeline, "_render", broken)
        with pytest.raises(RuntimeError, match="the render failed"):
            pipeline.build(root)
    folder = root / "build" / CACHE_DIR
    placed, waiting = _files(folder) if folder.exists() else ([], [])
    assert waiting == [] and placed == []  # all or nothing, as before the spill
    pipeline.build(root)
    placed, waiting = _files(folder)
    assert waiting == [] and len(placed) > 10
    assert not any(name.startswith(".") for name in os.listdir(folder))


def test_a_cache_joined_in_another_process_reads_the_builds_new_entries_and_hands_back_only_its_own(
    tmp_path: Path,
) -> None:
    """``contrast.engine.corpus`` measures a large corpus in a child process through such a cache."""
    cache = BuildCache(tmp_path / CACHE_DIR)
    cache.store("clean", KEYS[0], _entry(1))
    cache.add_computed("segment", KEYS[1], cache_module.encode_entry("segment", KEYS[1], _entry(2)))
    share = pickle.loads(pickle.dumps(cache.share()))  # what passes to the other process
    assert share.pending == {} and cache._pending == {}  # the new entries pass as files
    joined = BuildCache.joined(share)
    payload = lambda e: e.parts["payload"]  # noqa: E731
    assert joined.fetch("clean", KEYS[0], payload) == bytes([1]) * 40_000
    assert joined.fetch("segment", KEYS[1], payload) == bytes([2]) * 40_000
    assert joined.fetch("metrics", KEYS[2], payload) is None
    joined.store("metrics", KEYS[2], _entry(3))
    handed = pickle.loads(pickle.dumps(joined.handed_over()))
    assert set(handed.held()) == {("metrics", KEYS[2])}  # not the build's own entries again
    cache.take(handed)
    assert cache.peek("metrics", KEYS[2], payload) == bytes([3]) * 40_000
    counts = {stage: (s.hits, s.misses) for stage, s in cache.stats.items()}
    assert counts == {"clean": (1, 0), "segment": (0, 1), "metrics": (0, 1)}  # as if this cache had read them
    cache.flush()
    assert _files(tmp_path / CACHE_DIR) == (sorted(KEYS[:3]), [])


def test_a_first_builds_entries_wait_on_disk_too_in_an_output_folder_made_for_them_and_removed_if_the_build_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first build's output folder does not exist until its outputs are written: the spill found no folder to write
    into, kept every entry in memory and tried them all again at each new entry (at 2,000 real articles the build
    process spent minutes of CPU there, session 12)."""
    monkeypatch.setattr(cache_module, "PENDING_BYTES_MAX", 100_000)
    out = tmp_path / "new" / "out"
    cache = BuildCache(out / CACHE_DIR)
    for k, key in enumerate(KEYS, 1):
        cache.store("clean", key, _entry(k))
        assert cache._pending_bytes <= 100_000
    assert len(_files(out / CACHE_DIR)[1]) >= 6
    assert cache.lookup("clean", KEYS[0]).parts["payload"] == bytes([1]) * 40_000
    cache.discard()  # the build failed: nothing of it is left, not even the folders
    assert not (tmp_path / "new").exists()


def test_a_stage_whose_folder_cannot_be_written_keeps_its_entries_in_memory_and_is_not_tried_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache_module, "PENDING_BYTES_MAX", 0)
    (tmp_path / CACHE_DIR).mkdir()
    (tmp_path / CACHE_DIR / "clean").write_bytes(b"a file where the stage's folder should be")
    tried: list[str] = []
    real_folder = cache_module.real_folder

    def counted(root: Path, relative: Path, *, create: bool) -> Path:
        tried.append(str(relative))
        return real_folder(root, relative, create=create)

    monkeypatch.setattr(cache_module, "real_folder", counted)
    cache = BuildCache(tmp_path / CACHE_DIR)
    for k, key in enumerate(KEYS, 1):
        cache.store("clean", key, _entry(k))
    assert tried == [str(Path(CACHE_DIR, "clean"))]  # once, not once per entry held
    assert all(cache.lookup("clean", key).parts["payload"] == bytes([k]) * 40_000 for k, key in enumerate(KEYS, 1))

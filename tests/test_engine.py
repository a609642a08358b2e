"""Where per-source work runs changes nothing: same bytes with one process, a pool, or a cluster."""

from __future__ import annotations

from pathlib import Path

import pytest

import contrast.engine as engine
from contrast.engine import InProcess, executor_for
from contrast.engine.local import LocalPool
from contrast.engine.settings import engine_settings
from contrast.errors import ContrastError
from contrast.pipeline import build
from tests.reportkit import CRITIC, EASY, PRAISE, make_report

TEXTS = {
    f"source-{i}": (PRAISE if i % 2 else CRITIC) * (1 + i % 3) + EASY + f"Source {i} adds its own {i * 7} words. "
    for i in range(6)
}


FORMAT = "html"
"""The documents' format in these builds. What the executor changes is where the per-source stages
run; every value they give is in the data files (sentences.parquet, the CSVs, events.json) and in
the HTML, which are compared byte for byte. A PDF is laid out in the build process, whichever
executor ran the stages, from the same templates and view models as the HTML (its bytes the same
in any process: tests/test_workers.py, tests/test_determinism.py); laying out the three PDFs
would add ~10 s of CPU to each of the seven builds here."""


def square(value: int) -> int:
    return value * value


def outputs_of(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".cache" not in p.relative_to(folder).parts
    }


def test_executors_return_results_in_the_order_of_the_items() -> None:
    items = list(range(40, 0, -1))
    pool = LocalPool(2)
    try:
        assert pool.map(square, items) == InProcess().map(square, items) == [i * i for i in items]
    finally:
        pool.close()


def test_few_tasks_or_one_job_run_in_this_process() -> None:
    assert isinstance(executor_for(jobs=1, tasks=1000), InProcess)
    assert isinstance(executor_for(jobs=4, tasks=engine.POOL_THRESHOLD - 1), InProcess)


def test_a_build_on_worker_processes_writes_the_same_bytes_and_counts_the_same_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "POOL_THRESHOLD", 1)  # six sources: use the pool anyway
    report = make_report(tmp_path / "report", TEXTS)
    pooled = build(report, out_dir=tmp_path / "pooled", jobs=2, format=FORMAT)
    alone = build(report, out_dir=tmp_path / "alone", jobs=1, format=FORMAT)
    assert "sources" in pooled.timings and "sources" not in alone.timings
    assert outputs_of(tmp_path / "pooled") == outputs_of(tmp_path / "alone")
    counts = lambda result: {stage: (s.hits, s.misses) for stage, s in result.cache.items()}  # noqa: E731
    assert counts(pooled) == counts(alone)
    again = build(report, out_dir=tmp_path / "pooled", jobs=2, format=FORMAT)
    assert again.written == () and all(s.misses == 0 for s in again.cache.values())


def test_engine_settings_come_from_the_user_config_unless_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[engine]\nscheduler = "tcp://10.0.0.5:8786"\njobs = 3\n', encoding="utf-8")
    monkeypatch.setenv("CONTRAST_CONFIG", str(config))
    assert engine_settings() == (3, "tcp://10.0.0.5:8786")
    assert engine_settings(jobs=1, scheduler="tcp://other:8786") == (1, "tcp://other:8786")
    config.write_text('[engine]\nworkers = 3\n', encoding="utf-8")
    with pytest.raises(ContrastError, match="unknown keys"):
        engine_settings()
    monkeypatch.setenv("CONTRAST_CONFIG", str(tmp_path / "absent.toml"))
    with pytest.raises(ContrastError, match="scheduler's address"):
        engine_settings(scheduler="10.0.0.5:8786")


def test_a_build_on_a_local_dask_cluster_writes_the_same_bytes_even_when_a_worker_dies(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed", reason="the dask extra is part of the test extra")

    class DieOnFirstTask(distributed.WorkerPlugin):
        """The first worker to start a task kills its own process (a marker file says who was first)."""

        name = "die-on-first-task"

        def __init__(self, marker: str) -> None:
            self.marker = marker

        def transition(self, key: str, start: str, finish: str, **kwargs: object) -> None:
            import os

            if finish == "executing":
                try:
                    os.close(os.open(self.marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
                except FileExistsError:
                    return
                os._exit(1)

    report = make_report(tmp_path / "report", TEXTS)
    alone = build(report, out_dir=tmp_path / "alone", jobs=1, format=FORMAT)
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
    ) as cluster:
        clustered = build(report, out_dir=tmp_path / "cluster", scheduler=cluster.scheduler_address, format=FORMAT)
        assert outputs_of(tmp_path / "cluster") == outputs_of(tmp_path / "alone")
        assert {s: (v.hits, v.misses) for s, v in clustered.cache.items()} == {
            s: (v.hits, v.misses) for s, v in alone.cache.items()
        }
        marker = tmp_path / "died"
        with distributed.Client(cluster.scheduler_address) as client:
            client.register_plugin(DieOnFirstTask(str(marker)))
        build(report, out_dir=tmp_path / "lost", scheduler=cluster.scheduler_address, format=FORMAT)
        assert marker.exists()  # a worker did die mid-build
    assert outputs_of(tmp_path / "lost") == outputs_of(tmp_path / "alone")


def test_the_workers_results_are_taken_in_a_batch_of_sources_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A map returns its results together: one map of every source held all their entries in the build process until
    the last was done (431 -> 517 MB in the first 7 minutes at 10,000 real articles, none spilled). Sources go to the
    workers ``TASKS_PER_MAP`` at a time, each batch's entries taken in (and spilled) before the next; the same bytes."""
    monkeypatch.setattr(engine, "POOL_THRESHOLD", 1)
    monkeypatch.setattr(engine, "TASKS_PER_MAP", 4)
    mapped: list[int] = []
    real = engine.executor_for

    def spied(**settings: object) -> engine.Executor:
        executor = real(**settings)  # type: ignore[arg-type]
        whole = executor.map

        def map(function, items):  # type: ignore[no-untyped-def]
            mapped.append(len(items))
            return whole(function, items)

        executor.map = map  # type: ignore[method-assign]
        return executor

    monkeypatch.setattr(engine, "executor_for", spied)
    report = make_report(tmp_path / "report", TEXTS)
    build(report, out_dir=tmp_path / "pooled", jobs=2, format=FORMAT)
    assert mapped == [4, 2]
    build(report, out_dir=tmp_path / "alone", jobs=1, format=FORMAT)
    assert outputs_of(tmp_path / "pooled") == outputs_of(tmp_path / "alone")

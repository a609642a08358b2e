"""``contrast build --dry-run``: what a build would recompute, from hashes alone.

Every key of a build follows from the sources' bytes and the manifest (``contrast.stages``),
so the plan hashes the files and checks which entries are in the cache (checksums
verified) and whether the outputs on disk are the ones last written. Nothing is parsed,
computed or written.

The PDFs also depend on the edition they are compared with. When nothing else changed,
a build keeps the previous snapshot's baseline (``contrast.editions``), so the plan
assumes that baseline; when something did change, the render is stale whatever it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from contrast.cache import CACHE_DIR, BuildCache
from contrast.codecs import recorded_files
from contrast.config import Report, load_report
from contrast.editions import SNAPSHOT_NAME, read_edition
from contrast.io import report_lock
from contrast.options import BuildOptions
from contrast.outputs import still_current
from contrast.publish import output_folder
from contrast.stages import corpus_keys, output_keys, source_keys


@dataclass(frozen=True)
class DryRun:
    """What a build would recompute."""

    report: Report
    target: Path
    sources: dict[str, tuple[str, ...]]
    """Per-source stage → ids of the sources it would recompute, in manifest order."""
    stages: tuple[str, ...]
    """Cross-source stages that would run: ``metrics``, ``events``, ``event-metrics``, ``snapshot``, ``render``, ``write``."""

    @property
    def up_to_date(self) -> bool:
        return not self.stages and not any(self.sources.values())


def plan_build(path: Path | str, options: BuildOptions) -> DryRun:
    """What ``build_report(path, options)`` would recompute (everything, with ``options.force``).

    Assumes every source can be read: a source skipped by ``--keep-going`` last time is
    retried by a build, so it is listed, and so are the cross-source stages.
    """
    report = load_report(path)
    target = output_folder(report, options.out_dir).path  # a folder a build would refuse is refused here too
    force = options.force
    with report_lock(report.root):
        cache = BuildCache(target / CACHE_DIR, read=not force, write=False)
        sources = list(report.manifest.sources)
        keys = {source.id: source_keys(report, source) for source in sources}
        plan = corpus_keys(report, sources, keys, skipped=[])
        previous, warning = read_edition(target / SNAPSHOT_NAME, root=report.root)
        outputs = output_keys(
            plan,
            blind=options.blind_for(report),
            format=options.format,
            baseline=previous.baseline if previous is not None else None,
            warning=warning,
        )

        def stale(stage: str, key: str) -> bool:
            return force or not cache.is_current(stage, key)

        per_source: dict[str, tuple[str, ...]] = {}
        for source in sources:
            for stage, key in keys[source.id].entries():
                per_source[stage] = per_source.get(stage, ()) + ((source.id,) if stale(stage, key) else ())
        recorded = None if stale("outputs", outputs.outputs) else cache.fetch("outputs", outputs.outputs, recorded_files)
        outputs_current = recorded is not None and still_current(target, recorded)
        corpus = [stage for stage, key in plan.entries() if stale(stage, key)]
        if not outputs_current:
            corpus += ["render"] if stale("render", outputs.render) else []
            corpus += ["write"]
    return DryRun(report=report, target=target, sources=per_source, stages=tuple(corpus))


__all__ = ["DryRun", "plan_build"]

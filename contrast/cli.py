"""The command line: the only module that prints.

Exit codes: 0 success; 2 the user's input is wrong (a ``ContrastError``: one line naming
the file and the problem); 1 a bug (the traceback is kept); 130 interrupted (Ctrl-C).

What it prints is inert: strings from a manifest, a source or a file name reach the
terminal as plain ``Text`` (never parsed as rich markup, so ``"Report [/x]"`` prints as
written) with control characters removed (no escape sequence can recolour, retitle or
clear the terminal; no newline can make one error two lines).
"""

from __future__ import annotations

import logging
import os
import re
import sys
import time
import traceback
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.segment import Segments
from rich.table import Table
from rich.text import Text

from contrast.errors import ContrastError
from contrast.ingest import source_suffixes
from contrast.version import __version__

EXIT_OK, EXIT_BUG, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

app = typer.Typer(
    name="contrast",
    help="Compare how sources of different origins frame the same events, and build PDF briefings.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

ReportDir = Annotated[Path, typer.Argument(help="Report folder holding report.toml and its sources.", show_default=False)]

_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
"""Control characters (C0 but tab and newline, DEL, C1) and the bidirectional overrides that
can make text display in another order than it is written."""


def inert(value: object, *, lines: bool = False) -> str:
    """``value`` as text safe to print: control characters removed; tabs and newlines become
    spaces unless ``lines`` (a traceback keeps its lines)."""
    text = _CONTROLS.sub("", str(value))
    return text if lines else re.sub(r"[\t\n]+", " ", text)


def plain(value: object) -> Text:
    """``value`` as rich ``Text``: printed as written, never read as markup or emoji codes."""
    return Text(inert(value))


class _InertFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return inert(super().format(record), lines=True)


def _version(value: bool) -> None:
    if value:
        out.print(f"contrast {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log each step.")] = False,
) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(_InertFormatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, handlers=[handler])
    if not verbose:
        for noisy in ("weasyprint", "fontTools"):
            logging.getLogger(noisy).setLevel(logging.ERROR)


class OutputFormat(StrEnum):
    """``--format``: the documents' format (``contrast.report.render.formats.FORMATS``)."""

    pdf = "pdf"
    html = "html"
    both = "both"


@app.command()
def build(
    report_dir: ReportDir,
    out_dir: Annotated[Path | None, typer.Option("--out", help="Output folder (default: REPORT_DIR/build).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print a machine-readable summary (outputs, sources, warnings, timings).")
    ] = False,
    keep_going: Annotated[
        bool, typer.Option("--keep-going", help="Skip unreadable sources (listed on the cover) instead of stopping.")
    ] = False,
    blind: Annotated[
        bool | None,
        typer.Option("--blind/--no-blind", help="Hide origins and outlets on the handout's student pages (default: report.toml).",
                     show_default=False),
    ] = None,
    output_format: Annotated[
        OutputFormat,
        typer.Option("--format", help="pdf, html (self-contained pages for projecting) or both.", case_sensitive=False),
    ] = OutputFormat.pdf,
    force: Annotated[
        bool, typer.Option("--force", help="Ignore the build cache: recompute every stage and rewrite every output.")
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="List what would be recomputed, from hashes alone; write nothing.")
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", help="Worker processes for the per-source stages (default: every core; 1: none).",
                     show_default=False),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Run the per-source stages on the Dask cluster at this address (tcp://host:8786).",
                     show_default=False),
    ] = None,
) -> None:
    """Build the briefing, the classroom handout with its teacher key, and the data files of a report
    (only what changed since the last build)."""
    from contrast.engine.settings import engine_settings
    from contrast.options import BuildOptions
    from contrast.pipeline import build_report
    from contrast.plan import plan_build
    from contrast.report.render.formats import check_format
    from contrast.stages import STEPS

    jobs, scheduler = engine_settings(jobs=jobs, scheduler=scheduler)
    options = BuildOptions(
        out_dir=out_dir,
        keep_going=keep_going,
        blind=blind,
        format=check_format(output_format.value),
        force=force,
        jobs=jobs,
        scheduler=scheduler,
    )
    if dry_run:
        plan = plan_build(report_dir, options)
        if as_json:
            out.print_json(data=_plan_summary(plan), ensure_ascii=True)
        else:
            _print_plan(plan)
        return
    quiet = quiet or as_json
    started = time.perf_counter()
    with Progress(
        TextColumn("{task.description:<32}"), BarColumn(bar_width=24), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, disable=quiet, transient=False,
    ) as progress:
        tasks: dict[str, TaskID] = {}
        labels = {step.name: step.label for step in STEPS}

        def report_progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = progress.add_task(labels.get(stage, stage), total=total)
            progress.update(tasks[stage], completed=done, total=total)

        result = build_report(report_dir, options, progress=report_progress)
    elapsed = time.perf_counter() - started
    manifest_warnings = _manifest_warnings(result.analysis.report, _digests(result.analysis))
    if as_json:
        summary = _summary(result, elapsed)
        summary["warnings"] = [*summary["warnings"], *manifest_warnings]  # type: ignore[misc]
        out.print_json(data=summary, ensure_ascii=True)
        return
    if not quiet:
        _print_table(_summary_table(result.analysis))
        for warning in result.warnings:
            err.print(Text.assemble(("caveat: ", "yellow"), inert(warning)))
        _print_warnings(manifest_warnings)
    pdfs = [p for p in result.outputs if p.suffix in (".pdf", ".html")]  # the documents, then the data files
    reused = sum(stats.hits for stats in result.cache.values())
    computed = sum(stats.misses for stats in result.cache.values())
    if not result.written and not computed:
        shown = ", ".join(_display(p) for p in pdfs)
        out.print(Text.assemble(("Up to date ", "green"), f"{shown}: nothing changed, nothing rewritten ({elapsed:.1f} s)"))
    else:
        out.print(Text.assemble(
            ("Built ", "green"),
            f"{', '.join(_display(p) for p in pdfs)} and {len(result.outputs) - len(pdfs)} data files in {elapsed:.1f} s "
            f"({len(result.written)} written; {reused:,} cached results reused, {computed:,} computed)",
        ))
    if not quiet:
        _print_where(pdfs)


@app.command()
def watch(
    report_dir: ReportDir,
    out_dir: Annotated[Path | None, typer.Option("--out", help="Output folder (default: REPORT_DIR/build).")] = None,
    keep_going: Annotated[
        bool, typer.Option("--keep-going", help="Skip unreadable sources (listed on the cover) instead of stopping.")
    ] = False,
) -> None:
    """Build, then rebuild whenever report.toml or a source changes; Ctrl-C stops."""
    from contrast.engine.settings import engine_settings
    from contrast.options import BuildOptions
    from contrast.watch import watch_report

    err.print(plain(f"Watching {_display(report_dir)} for changes to report.toml and sources (Ctrl-C to stop)"))
    try:
        jobs, scheduler = engine_settings()  # [engine] in the user's configuration file
        options = BuildOptions(out_dir=out_dir, keep_going=keep_going, jobs=jobs, scheduler=scheduler)
        for rebuild in watch_report(report_dir, options):
            _print_rebuild(rebuild)
    except KeyboardInterrupt:
        err.print("Stopped watching")


def _print_rebuild(rebuild: object) -> None:
    """One line per rebuild; a bug also gets its traceback, and the watch goes on."""
    from contrast.watch import Rebuild

    assert isinstance(rebuild, Rebuild)
    stamp = time.strftime("%H:%M:%S")
    trigger = [f"changed: {', '.join(inert(path) for path in rebuild.changed)}"] if rebuild.changed else []
    if rebuild.result is not None:
        pdf = next(p for p in rebuild.result.outputs if p.name == "briefing.pdf")
        caveats = len(rebuild.result.warnings)
        notes = trigger + ([f"{caveats} caveat{'s' if caveats != 1 else ''}"] if caveats else [])
        note = f" ({'; '.join(notes)})" if notes else ""
        out.print(Text.assemble((f"{stamp} Built ", "green"), f"{_display(pdf)} in {rebuild.seconds:.1f} s{note}"))
    elif isinstance(rebuild.error, ContrastError):
        err.print(Text.assemble((f"{stamp} error: ", "red"), inert(f"{rebuild.error} ({'; '.join([*trigger, 'still watching'])})")))
    else:
        assert rebuild.error is not None
        err.print(inert("".join(traceback.format_exception(rebuild.error)).rstrip(), lines=True), markup=False, highlight=False)
        err.print(
            Text.assemble(
                (f"{stamp} bug: ", "red"),
                f"the build failed unexpectedly; please report it ({'; '.join([*trigger, 'still watching'])})",
            )
        )


@app.command()
def init(
    report_dir: ReportDir,
    title: Annotated[str | None, typer.Option("--title", help=(
        "Report title, stored in report.toml (default: left empty there, and each build makes one from the sources: "
        "the names every headline shares, how many sources and origins, their dates)."))] = None,
    subtitle: Annotated[str, typer.Option("--subtitle", help="Subtitle printed under the title.")] = "",
    edition: Annotated[
        str | None, typer.Option("--edition", help="Edition date printed on the cover, YYYY-MM-DD (default: today).")
    ] = None,
    origins: Annotated[
        str | None,
        typer.Option("--origins", help="Your own origins: ids separated by commas, each with an optional =label "
                     "(e.g. state-media,independent=Independent press).", show_default=False),
    ] = None,
    preset: Annotated[
        str | None,
        typer.Option("--preset", help="Start from a preset taxonomy: china-west (default: Chinese state media, "
                     "Western left/center/right), china-genres, us-spectrum.", show_default=False),
    ] = None,
) -> None:
    """Create a new report folder: report.toml with an origin taxonomy, and sources/."""
    import datetime as dt
    import shlex

    from contrast.errors import ManifestError
    from contrast.origins import DEFAULT_PRESET, origins_from_list
    from contrast.origins import preset as preset_origins
    from contrast.scaffold import init_report

    if origins is not None and preset is not None:
        raise ManifestError("give --origins or --preset, not both")
    try:
        edition_date = dt.date.fromisoformat(edition) if edition else None
    except ValueError:
        raise ManifestError(f"--edition {edition!r}: must be a date YYYY-MM-DD") from None
    taxonomy = origins_from_list(origins) if origins is not None else preset_origins(preset or DEFAULT_PRESET)
    manifest = init_report(report_dir, title=title, subtitle=subtitle, edition=edition_date, origins=taxonomy)
    folder = shlex.quote(_display(report_dir))
    ids = [o["id"] for o in taxonomy]
    out.print(Text.assemble(("Created ", "green"), inert(f"{_display(manifest)} with {len(ids)} origins: {', '.join(ids)}")))
    steps = (
        (f"contrast add {folder} URL_OR_FILE... --origin {ids[0]}", "web pages by URL, or files; one origin per command"),
        (f"contrast build {folder}", f"then open {_display(report_dir / 'build' / 'briefing.pdf')}"),
    )
    width = max(len(command) for command, _ in steps)
    out.print(Text("Next:"))
    for number, (command, what) in enumerate(steps, start=1):
        out.print(Text.assemble(f"  {number}. ", (inert(command.ljust(width)), "bold"), inert(f"   ({what})")))
    out.print(plain(
        f"Origins: contrast origin add {folder} ID --label LABEL, contrast origin list {folder}, contrast origin remove {folder} ID"
    ))


def _formats() -> str:
    return ", ".join(source_suffixes())


@app.command(help=f"""Add sources to a report: copy files ({_formats()}) into sources/, or fetch web pages
(http:// or https:// URLs) and save them there; list them in report.toml, keeping its comments.
All or nothing: if one cannot be added, none is.""")
def add(
    report_dir: ReportDir,
    sources: Annotated[
        list[str],
        typer.Argument(help=f"Files ({_formats()}) or http(s):// URLs of web pages.", show_default=False, metavar="FILE_OR_URL..."),
    ],
    origin: Annotated[str, typer.Option("--origin", help="Origin id from report.toml for these sources.")],
    source_id: Annotated[str, typer.Option("--id", help="Source id (default: from the file name or the URL).")] = "",
    title: Annotated[str, typer.Option("--title", help="Title (default: the page's or front matter's title, else the first line).")] = "",
    outlet: Annotated[str, typer.Option("--outlet")] = "",
    author: Annotated[str, typer.Option("--author")] = "",
    date: Annotated[str, typer.Option("--date", help="YYYY, YYYY-MM or YYYY-MM-DD.")] = "",
    url: Annotated[str, typer.Option("--url", help="The source's URL, for a file saved from the web.")] = "",
    allow_duplicate: Annotated[
        bool, typer.Option("--allow-duplicate", help="Add a file even when the same content or URL is already a source.")
    ] = False,
) -> None:
    from contrast.sources import SourceFields, add_sources

    fields = SourceFields(origin=origin, title=title, outlet=outlet, author=author, date=date, url=url, id=source_id)
    added = add_sources(
        report_dir, list(sources), fields, allow_duplicate=allow_duplicate, progress=lambda line: err.print(plain(line))
    )
    for source in added:
        where = f" from {source.url}" if source.url else ""
        out.print(Text.assemble(
            ("Added ", "green"), (inert(source.id), "bold"), inert(f" ({source.origin}): {source.title}{where} → {source.path}")
        ))
    out.print(plain(f"Listed in {_display(report_dir / 'report.toml')}; next: contrast build {_display(report_dir)}"))


@app.command()
def check(report_dir: ReportDir) -> None:
    """Validate report.toml and read every source, without building anything."""
    from contrast.config import load_report
    from contrast.ingest import read_source
    from contrast.ingest.isolate import worker_session

    report = load_report(report_dir)
    with worker_session():
        digests = {source.id: read_source(report.source_paths[source.id]).sha256 for source in report.manifest.sources}
    n_sources, n_origins = len(report.manifest.sources), len(report.manifest.origins)
    out.print(Text.assemble(("OK ", "green"), f"{_display(report.manifest_path)}: {n_sources} sources, {n_origins} origins"))
    _print_warnings(_manifest_warnings(report, digests))


@app.command()
def sources(
    report_dir: ReportDir,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print every source's manifest fields and headline metrics as JSON.")
    ] = False,
) -> None:
    """List the sources with their origin and headline metrics."""
    from contrast.cache import CACHE_DIR, BuildCache
    from contrast.config import load_report
    from contrast.pipeline import analyse

    report = load_report(report_dir)
    # Reads what the last build cached (nothing measured twice), writes nothing.
    cache = BuildCache(report.build_dir / CACHE_DIR, write=False)
    analysis = analyse(report, cache=cache)
    cache.warn_problems()
    if as_json:
        out.print_json(ensure_ascii=True, data={"report": str(report.root), "sources": _source_records(analysis),
                             "warnings": list(_manifest_warnings(report, _digests(analysis))), "exit_code": EXIT_OK})
        return
    _print_table(_summary_table(analysis))
    _print_warnings(_manifest_warnings(report, _digests(analysis)))


origin_app = typer.Typer(help="List, add or remove the origins of a report (the groups its sources are compared by).", no_args_is_help=True)
app.add_typer(origin_app, name="origin")


@origin_app.command("list")
def origin_list(
    report_dir: ReportDir,
    as_json: Annotated[bool, typer.Option("--json", help="Print the origins as JSON.")] = False,
) -> None:
    """List the origins with their colour and how many sources each has."""
    from contrast.origins import list_origins

    origins = list_origins(report_dir)
    if as_json:
        records = [{"id": o.id, "label": o.label, "colour": o.colour, "description": o.description, "sources": list(o.sources)}
                   for o in origins]
        out.print_json(data={"origins": records, "exit_code": EXIT_OK}, ensure_ascii=True)
        return
    table = Table(title=plain(f"Origins of {_display(report_dir)}"), title_justify="left")
    for column, justify in (("Origin", "left"), ("Label", "left"), ("Colour", "left"), ("Sources", "right")):
        table.add_column(column, justify=justify, no_wrap=column == "Origin")  # type: ignore[arg-type]
    for o in origins:
        table.add_row(plain(o.id), plain(o.label), Text.assemble(("■ ", o.colour), o.colour), str(len(o.sources)))
    _print_table(table)
    _print_warnings(_origin_warnings(report_dir))


@origin_app.command("add")
def origin_add(
    report_dir: ReportDir,
    origin_id: Annotated[
        str, typer.Argument(metavar="ID", help="New origin id: a lowercase slug, e.g. independent-press.", show_default=False)
    ],
    label: Annotated[str, typer.Option("--label", help="Name shown in the reports (default: the id in words).")] = "",
    colour: Annotated[
        str,
        typer.Option(
            "--colour", "--color",
            help="Hex colour like '#1f5fa8' (default: the next colour-blind-safe palette colour no origin uses).",
        ),
    ] = "",
    description: Annotated[str, typer.Option("--description", help="One sentence on who belongs to it.")] = "",
) -> None:
    """Add an origin to report.toml, keeping its comments."""
    from contrast.origins import add_origin

    origin = add_origin(report_dir, origin_id, label=label, colour=colour, description=description)
    out.print(Text.assemble(
        ("Added origin ", "green"), (inert(origin.id), "bold"), inert(f" ({origin.label}, "), ("■", origin.colour), f" {origin.colour})"
    ))
    from contrast.origins import colour_warnings, list_origins

    _print_warnings(colour_warnings([(o.id, o.colour) for o in list_origins(report_dir)]))


@origin_app.command("remove")
def origin_remove(
    report_dir: ReportDir,
    origin_id: Annotated[str, typer.Argument(metavar="ID", help="Origin id; only an origin no source uses can go.", show_default=False)],
) -> None:
    """Remove an origin no source uses from report.toml, keeping its comments."""
    from contrast.origins import remove_origin

    remove_origin(report_dir, origin_id)
    out.print(Text.assemble(("Removed origin ", "green"), (inert(origin_id), "bold")))


def _manifest_warnings(report: object, digests: dict[str, str]) -> tuple[str, ...]:
    """What the manifest allows but a user probably did not mean, and sources whose files are the same."""
    from contrast.config import Report
    from contrast.origins import manifest_warnings
    from contrast.sources import same_content_warnings

    assert isinstance(report, Report)
    return manifest_warnings(report.manifest) + same_content_warnings(digests)


def _digests(analysis: object) -> dict[str, str]:
    """source id → SHA-256 of its file, for the sources an analysis read."""
    from contrast.analysis import Analysis

    assert isinstance(analysis, Analysis)
    return {source.id: analysis.documents[source.id].raw.sha256 for source in analysis.sources}


def _origin_warnings(report_dir: Path) -> tuple[str, ...]:
    """Warnings about the taxonomy, also for a report that has no source yet (whose origins are all empty)."""
    from contrast.origins import colour_warnings, list_origins, unused_warnings

    origins = list_origins(report_dir)
    used = {o.id for o in origins if o.sources}
    return colour_warnings([(o.id, o.colour) for o in origins]) + (unused_warnings([o.id for o in origins], used) if used else ())


def _print_warnings(warnings: tuple[str, ...] | list[str]) -> None:
    for warning in warnings:
        err.print(Text.assemble(("warning: ", "yellow"), inert(warning)))


def _source_records(analysis: object) -> list[dict[str, object]]:
    """Each source's manifest fields and headline metrics, for ``sources --json``."""
    from contrast.analysis import Analysis

    assert isinstance(analysis, Analysis)
    rows = {row["source_id"]: row for row in analysis.results.sources.iter_rows(named=True)}
    records = []
    for source in analysis.report.manifest.sources:
        row = rows.get(source.id, {})
        records.append({
            **source.model_dump(mode="json"),
            "words": row.get("words"),
            "sentiment_mean": row.get("sentiment_mean"),
            "share_negative": row.get("share_negative"),
            "flesch_kincaid_grade": row.get("flesch_kincaid_grade"),
            "consensus_grade": row.get("consensus_grade"),
            "skipped": next((s.reason for s in analysis.skipped if s.source_id == source.id), None),
        })
    return records


def _print_where(documents: list[Path]) -> None:
    """Where the outputs are and the command that opens the briefing on this system."""
    import shlex

    if not documents:
        return
    folder = documents[0].parent
    briefing = next((p for p in documents if p.stem == "briefing"), documents[0])
    opener = "open" if sys.platform == "darwin" else 'start ""' if sys.platform.startswith("win") else "xdg-open"
    out.print(plain(f"Outputs are in {_display(folder)}{os.sep} (documents and data files: see the README, 'What a build writes')."))
    out.print(Text.assemble("Open the briefing: ", (f"{opener} {shlex.quote(_display(briefing))}", "bold")))


def _summary(result: object, elapsed: float) -> dict[str, object]:
    from contrast.pipeline import BuildResult

    assert isinstance(result, BuildResult)
    analysis = result.analysis
    rows = {row["source_id"]: row for row in analysis.results.sources.iter_rows(named=True)}
    return {
        "report": str(analysis.report.root),
        "outputs": [str(p) for p in result.outputs],
        "sources": [
            {
                "id": s.id,
                "origin": s.origin,
                "words": rows[s.id].get("words"),
                "sentiment_mean": rows[s.id].get("sentiment_mean"),
                "flesch_kincaid_grade": rows[s.id].get("flesch_kincaid_grade"),
                "consensus_grade": rows[s.id].get("consensus_grade"),
            }
            for s in analysis.sources
        ],
        "skipped": [{"id": s.source_id, "path": s.path, "reason": s.reason} for s in analysis.skipped],
        "events": analysis.events.events.height,
        "warnings": list(result.warnings),
        "written": [str(p) for p in result.written],
        "cache": {
            stage: {"hits": stats.hits, "misses": stats.misses, "corrupt": stats.corrupt}
            for stage, stats in result.cache.items()
        },
        "timings": {stage: round(seconds, 3) for stage, seconds in result.timings.items()},
        "seconds": round(elapsed, 3),
        "exit_code": EXIT_OK,
    }


def _plan_summary(plan: object) -> dict[str, object]:
    from contrast.plan import DryRun

    assert isinstance(plan, DryRun)
    return {
        "report": str(plan.report.root),
        "up_to_date": plan.up_to_date,
        "sources": {stage: list(ids) for stage, ids in plan.sources.items()},
        "stages": list(plan.stages),
        "exit_code": EXIT_OK,
    }


def _print_plan(plan: object) -> None:
    from contrast.plan import DryRun

    assert isinstance(plan, DryRun)
    if plan.up_to_date:
        out.print(Text.assemble(("Up to date ", "green"), f"{_display(plan.target)}: a build would recompute and rewrite nothing"))
        return
    out.print(plain(f"A build of {_display(plan.report.root)} would recompute:"))
    total = len(plan.report.manifest.sources)
    for stage, ids in plan.sources.items():
        if ids:
            shown = ", ".join(ids[:10]) + (f", … ({len(ids) - 10} more)" if len(ids) > 10 else "")
            out.print(plain(f"  {stage:<22} {len(ids)} of {total} sources: {shown}"))
    for stage in plan.stages:
        what = "compare outputs, rewrite the changed ones" if stage == "write" else "across all sources"
        out.print(plain(f"  {stage:<22} {what}"))


def _summary_table(analysis: object) -> Table:
    """Each source's words, tone and grade: the grade is Flesch–Kincaid, named, as the briefing prints it (one
    measure in both; textstat's consensus grade stays in sources.csv and ``--json``)."""
    from contrast.analysis import Analysis

    assert isinstance(analysis, Analysis)
    manifest = analysis.report.manifest
    rows = {row["source_id"]: row for row in analysis.results.sources.iter_rows(named=True)}
    labels = {o.id: o.label for o in manifest.origins}
    table = Table(title=plain(manifest.title), title_justify="left")
    for column, justify in (
        ("Source", "left"), ("Origin", "left"), ("Words", "right"), ("Mean tone", "right"),
        ("Negative", "right"), ("FK grade", "right"),
    ):
        table.add_column(column, justify=justify, no_wrap=column != "Origin")  # type: ignore[arg-type]
    for source in analysis.sources:
        row = rows[source.id]
        table.add_row(
            plain(source.id),
            plain(labels[source.origin]),
            _fmt(row.get("words"), "{:,.0f}"),
            _fmt(row.get("sentiment_mean"), "{:+.2f}"),
            _fmt(row.get("share_negative"), "{:.0%}"),
            _fmt(row.get("flesch_kincaid_grade"), "{:.1f}"),  # the briefing's grade (check12-reM: "13" here, 11.5 there)
        )
    return table


def _print_table(table: Table) -> None:
    """Print ``table`` whole: wider than the terminal rather than with ids cut to "…" (a cut id
    cannot be copied into a command or found in report.toml)."""
    natural = out.measure(table, options=out.options.update_width(100_000)).maximum
    if natural <= out.width:
        out.print(table)
        return
    lines = out.render_lines(table, out.options.update_width(natural), new_lines=True)  # print() would narrow it
    out.print(Segments([segment for line in lines for segment in line]))


def _fmt(value: float | None, pattern: str) -> str:
    return "N/A" if value is None else pattern.format(value)


def _display(path: Path) -> str:
    try:
        shown = str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError, RuntimeError):
        shown = str(path)
    return inert(shown)


def _is_usage_error(exc: Exception) -> bool:
    """True for click's usage errors, whether typer vendors click or depends on it."""
    return any(cls.__name__ == "ClickException" for cls in type(exc).__mro__)


def main(argv: list[str] | None = None) -> int:
    """Entry point for the ``contrast`` command and ``python -m contrast``."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    json_mode = "--json" in arguments  # errors then come out as JSON too, for scripts
    try:
        code = app(args=arguments, prog_name="contrast", standalone_mode=False)
    except ContrastError as exc:
        if json_mode:
            out.print_json(data={"error": str(exc), "exit_code": exc.exit_code}, ensure_ascii=True)
        err.print(Text.assemble(("error: ", "red"), inert(exc)), soft_wrap=True)
        return exc.exit_code
    except typer.Exit as exc:
        return exc.exit_code
    except typer.Abort:
        err.print("aborted")
        return EXIT_USAGE
    except KeyboardInterrupt:  # Ctrl-C: nothing half-written (outputs are published whole), no traceback
        err.print("interrupted")
        return EXIT_INTERRUPTED
    except Exception as exc:
        if _is_usage_error(exc):  # unknown command, bad option: click's message, on one line
            context = getattr(exc, "ctx", None)
            command = context.command_path if context is not None else "contrast"
            message = f"{exc.format_message()} (see '{command} --help')"  # type: ignore[attr-defined]
            if json_mode:
                out.print_json(data={"error": inert(message), "exit_code": EXIT_USAGE}, ensure_ascii=True)
            err.print(Text.assemble(("error: ", "red"), inert(message)), soft_wrap=True)
            return EXIT_USAGE
        raise
    if code == EXIT_INTERRUPTED:  # typer turns a KeyboardInterrupt inside a command into this exit code, returned
        err.print("interrupted")
        return EXIT_INTERRUPTED
    return code if isinstance(code, int) else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())

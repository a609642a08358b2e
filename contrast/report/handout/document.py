"""Render the classroom handout and the teacher key, and measure the handout's reading level.

Both are tagged PDF/UA-1 (structure tree, document language, alt text carried over) so
screen readers can read them. The student pages are rendered to HTML first, their own
prose measured, and the grade printed in the teacher key; a grade above the report's
``[audience] max_grade`` is a build warning (``BuildResult.warnings``, ``--json``), not
only a log line: a teacher who reads the summary, not the log, must see it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from contrast.analysis import Analysis
from contrast.report.handout.model import build_handout
from contrast.report.handout.lenses import loaded_terms, naming_differences
from contrast.report.text import prose_grade
from contrast.report.briefing.model import Briefing
from contrast.report.render.jobs import Format, document_jobs
from contrast.report.render.html import render_html
from contrast.report.render.workers import PdfWorker

PDF_VARIANT = "pdf/ua-1"
"""WeasyPrint ≥ 59 writes PDF/UA-1: tagged structure, /Lang, /MarkInfo, title shown."""
OUTPUTS = ("handout.pdf", "teacher-key.pdf")
"""The default (PDF) outputs; ``format="html"`` writes ``handout.html`` and ``teacher-key.html`` instead."""


def render_handout(
    analysis: Analysis, briefing: Briefing, *, blind: bool, epoch: int | None = None, format: Format = "pdf",
    pool: PdfWorker | None = None,
) -> tuple[dict[str, Callable[[], bytes]], tuple[str, ...]]:
    """``{"handout.pdf": job, "teacher-key.pdf": job}`` (and/or ``.html``) for ``analysis``, each job
    returning the document's bytes (``documents.document_jobs``: PDFs render in ``pool`` if given),
    and a warning when the handout's own prose reads above the target grade; same inputs, same bytes."""
    handout, key = build_handout(
        analysis, briefing, blind=blind, loaded_terms=loaded_terms(analysis), naming=naming_differences(analysis)
    )
    student_html = render_html("handout.html.j2", handout)
    grade = prose_grade(student_html)
    warnings = (over_grade(grade, key.max_grade),) if grade > key.max_grade else ()
    key = replace(key, prose_grade=grade)
    pages = {"handout": ("handout.html.j2", handout), "teacher-key": ("teacher_key.html.j2", key)}
    jobs = document_jobs(pages, format=format, epoch=epoch, variant=PDF_VARIANT, html={"handout": student_html}, pool=pool)
    return jobs, warnings


def over_grade(grade: float, target: float) -> str:
    return (
        f"The handout's own prose reads at grade {grade:.1f}, above the target {target:.1f} "
        "([audience] max_grade); the teacher key says so too."
    )

"""The classroom handout and the teacher key as a document, with the handout's reading level.

Both are tagged PDF/UA-1 (structure tree, document language, alt text carried over) so
screen readers can read them. The student pages are rendered to HTML first, their own
prose measured, and the grade printed in the teacher key; a grade above the report's
``[audience] max_grade`` is a build warning (``BuildResult.warnings``, ``--json``), not
only a log line: a teacher who reads the summary, not the log, must see it.
"""

from __future__ import annotations

from dataclasses import replace

from contrast.report.handout.build import build_handout
from contrast.report.handout.lenses import loaded_terms, naming_differences
from contrast.report.registry import DocumentInput, document
from contrast.report.render.html import render_html
from contrast.report.render.jobs import Page, Pages
from contrast.report.text import prose_grade

PDF_VARIANT = "pdf/ua-1"
"""WeasyPrint ≥ 59 writes PDF/UA-1: tagged structure, /Lang, /MarkInfo, title shown."""


@document("handout")
def handout_pages(source: DocumentInput) -> Pages:
    """``handout`` (student pages) and ``teacher-key``, and a warning when the handout's own
    prose reads above the target grade; same inputs, same bytes."""
    analysis = source.analysis
    handout, key = build_handout(
        analysis, source.briefing, blind=source.blind, loaded_terms=loaded_terms(analysis),
        naming=naming_differences(analysis),
    )
    student_html = render_html("handout.html.j2", handout)
    grade = prose_grade(student_html)
    warnings = (over_grade(grade, key.max_grade),) if grade > key.max_grade else ()
    key = replace(key, prose_grade=grade)
    pages = {
        "handout": Page("handout.html.j2", handout, html=student_html),
        "teacher-key": Page("teacher_key.html.j2", key),
    }
    return Pages(pages, variant=PDF_VARIANT, warnings=warnings)


def over_grade(grade: float, target: float) -> str:
    return (
        f"The handout's own prose reads at grade {grade:.1f}, above the target {target:.1f} "
        "([audience] max_grade); the teacher key says so too."
    )

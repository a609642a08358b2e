"""Cleaning: a source's decoded text → clean body text, and a record of what was dropped.

Real captures carry page furniture around the article: related-headline lists, share and
newsletter prompts, image captions, video blurbs, journal headers, author bios, reference
lists. Left in, they become "sentences" that skew every metric. The cleaner is a chain of
small pure steps (textacy's ``make_pipeline`` style), each tested alone:

1. text → text: :func:`normalise`, :func:`split_glued_blocks`; then :func:`unwrap_blocks`
   and, line by line, :func:`strip_markdown`;
2. lines → lines: the ``drop_*`` steps of :data:`STEPS`. Each returns the lines (same
   length, dropped ones blank, so indices stay valid) and its :class:`Removal` records,
   which the report lists by category in document order;
3. lines → paragraphs: :func:`rejoin_page_breaks`.

Every rule describes the *shape* of noise (a short line with a prompt verb, a line ending
in a photo credit, a heading followed by citation-like lines), not one site's strings. Body
paragraphs are long and end with terminal punctuation, so most rules only touch short
lines. Output: NFC paragraphs (headings included, except those in capitals between
paragraphs, subheads and promoted headlines, and the questions heading a question-and-answer
article's sections) separated by one blank line, no newline inside a paragraph, whitespace collapsed.

The package splits the chain by what each part is for; this module composes it:

- :mod:`contrast.clean.shapes`: the shared predicates, helpers and result types;
- :mod:`contrast.clean.markup`: text and line normalisation (step 1);
- :mod:`contrast.clean.rules`: the ``drop_*`` steps (step 2);
- here: :data:`STEPS`, :func:`make_pipeline`, :func:`rejoin_page_breaks` (step 3) and
  :func:`clean_text`, the one entry point the pipeline calls.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from contrast.clean.markup import normalise, split_glued_blocks, strip_markdown, unwrap_blocks
from contrast.clean.rules import (
    drop_capital_headings,
    drop_captions,
    drop_cut_lead_ins,
    drop_dated_headlines,
    drop_datelines,
    drop_emails,
    drop_embedded_posts,
    drop_follow_prompts,
    drop_galleries,
    drop_highlights,
    drop_hover_titles,
    drop_inline_credits,
    drop_inline_headlines,
    drop_journal_header,
    drop_link_lines,
    drop_media,
    drop_numbered_questions,
    drop_opinion_bios,
    drop_post_notes,
    drop_prompts,
    drop_pull_quotes,
    drop_question_headings,
    drop_references,
    drop_related_sections,
    drop_repeated,
    drop_title,
    drop_trailer,
    drop_widget_bars,
    is_citation,
    is_prompt,
    numbered_lines,
)
from contrast.clean.shapes import Cleaned, Removal, Step, ends_sentence, is_date_line, is_prose, words

REMOVAL_CATEGORIES: tuple[str, ...] = (
    "title", "journal_header", "dateline", "post_note", "email", "media", "caption",
    "prompt", "related", "heading", "repeated", "trailer", "references",
)  # fmt: skip
"""Kinds of dropped noise, roughly in the order they appear in a document."""

MAX_PASSES = 6
"""The chain reruns on its own output until it is stable; real texts need two passes."""


@dataclass(frozen=True)
class CleanText:
    """Clean body text; what was dropped (count per category, and each line in document
    order, for the inspection file); how many entries the dropped reference list had."""

    text: str
    removed: dict[str, int]
    removed_lines: tuple[tuple[str, str], ...]
    citations: int


STEPS: tuple[Step, ...] = (
    drop_galleries, drop_media, drop_highlights, drop_embedded_posts, drop_hover_titles, drop_emails, drop_inline_credits, drop_references,
    drop_journal_header, drop_captions, drop_prompts, drop_widget_bars, drop_dated_headlines, drop_related_sections,
    drop_link_lines, drop_inline_headlines, drop_capital_headings, drop_datelines, drop_post_notes, drop_pull_quotes,
    drop_repeated, drop_question_headings, drop_opinion_bios, drop_trailer, drop_follow_prompts, drop_cut_lead_ins,
)  # fmt: skip
"""In order: photo galleries (whole, before any rule reads a caption as a line of its own), media, a box of highlights
(before any rule takes one of its bullets for a caption or a heading), embedded posts,
link hover texts and e-mail first (they sit inside other shapes), references before running headers (citations name
volumes and journals), headline lists before datelines (their dates mark them), pull-quotes after the posts and
captions (what they repeat is then the body), question
headings once the other furniture is gone (they are judged by the paragraphs around them), the
trailer last (it is read from the end), then prompts to follow accounts (the trailer takes a bio with its own whole)
and a lead-in left last with nothing after it."""


def make_pipeline(*steps: Step) -> Step:
    """Compose line steps left to right; what they removed comes back in document order."""

    def pipeline(lines: list[str]) -> Cleaned:
        removed: list[Removal] = []
        for step in steps:
            lines, dropped = step(lines)
            removed += dropped
        return Cleaned(lines, sorted(removed, key=lambda r: r.index))

    return pipeline


# --- lines → paragraphs ---------------------------------------------------------------

_INNER_END = re.compile(r"[a-z)\]\"”’][.!?][\"”’]?\s+[\"“]?[A-Z]")


def _continues(prev: str, nxt: str) -> bool:
    if ends_sentence(prev) or prev.endswith((":", ";")):
        return False
    if nxt[:1].islower():
        return True
    # A long multi-sentence paragraph stopping mid-sentence ("… stationed in" | "Pakistan. …").
    return bool(
        words(prev) >= 25 and _INNER_END.search(prev) and re.search(r"[a-z,]$", prev)
        and (ends_sentence(nxt) or words(nxt) > 20)
    )  # fmt: skip


def rejoin_page_breaks(paragraphs: list[str]) -> list[str]:
    """Join a paragraph that stops without terminal punctuation to the next when that one
    starts in lowercase, or when the first is a long multi-sentence paragraph stopping
    mid-sentence and the next is prose: one sentence broken by a page break."""
    out: list[str] = []
    for paragraph in paragraphs:
        if out and _continues(out[-1], paragraph):
            out[-1] = f"{out[-1]} {paragraph}"
        else:
            out.append(paragraph)
    return out


# --- the whole chain ------------------------------------------------------------------


def clean_text(raw: str, *, title: str | None = None) -> CleanText:
    """Clean one source's decoded text; ``title`` is its manifest title, dropped if the
    text repeats it before the body.

    The chain reruns on its own output until nothing changes (``MAX_PASSES`` at most):
    rejoining a broken sentence can complete markup (``_x`` + ``y_``) or a noise shape,
    and only an idempotent cleaner gives the same text whatever was cleaned before."""
    text, removed = raw, list[tuple[str, str]]()
    for _ in range(MAX_PASSES):
        cleaned, dropped = _clean_once(text, title=title)
        removed += [(r.category, r.text) for r in dropped]
        if cleaned == text:
            break
        text, title = cleaned, None
    counts = dict.fromkeys(REMOVAL_CATEGORIES, 0)
    for category, _ in removed:
        counts[category] += 1
    citations = sum(1 for category, line in removed if category == "references" and is_citation(line))
    return CleanText(text=text, removed=counts, removed_lines=tuple(removed), citations=citations)


def _clean_once(raw: str, *, title: str | None) -> tuple[str, list[Removal]]:
    raw_lines = unwrap_blocks(split_glued_blocks(normalise(raw)).split("\n"))
    lines = [strip_markdown(line) for line in raw_lines]
    lines, removed = make_pipeline(drop_title(title), *STEPS, drop_numbered_questions(numbered_lines(raw_lines)))(lines)
    return "\n\n".join(rejoin_page_breaks([line for line in lines if line])), removed


__all__ = [
    "MAX_PASSES",
    "REMOVAL_CATEGORIES",
    "STEPS",
    "CleanText",
    "Cleaned",
    "Removal",
    "Step",
    "clean_text",
    "drop_capital_headings",
    "drop_captions",
    "drop_cut_lead_ins",
    "drop_dated_headlines",
    "drop_datelines",
    "drop_emails",
    "drop_embedded_posts",
    "drop_follow_prompts",
    "drop_galleries",
    "drop_hover_titles",
    "drop_inline_headlines",
    "drop_journal_header",
    "drop_link_lines",
    "drop_media",
    "drop_opinion_bios",
    "drop_post_notes",
    "drop_prompts",
    "drop_pull_quotes",
    "drop_question_headings",
    "drop_references",
    "drop_related_sections",
    "drop_repeated",
    "drop_title",
    "drop_trailer",
    "drop_widget_bars",
    "ends_sentence",
    "is_citation",
    "is_date_line",
    "is_prompt",
    "is_prose",
    "make_pipeline",
    "normalise",
    "rejoin_page_breaks",
    "split_glued_blocks",
    "strip_markdown",
    "unwrap_blocks",
    "words",
]

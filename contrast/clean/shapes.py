"""Shapes: the vocabulary every cleaning step shares.

Why a module of its own: the rules in :mod:`contrast.clean.rules`, the markup pass in
:mod:`contrast.clean.markup` and the chain in :mod:`contrast.clean` all describe noise by
its *shape* (is this line prose? does it end a sentence? is it only a date?) and pass
lines around in the same result types. Declaring those once, here, keeps every rule
judging lines the same way and keeps the other modules free of one another.

- result types: :class:`Removal` (one dropped line), :class:`Cleaned` (a step's result)
  and :data:`Step` (a lines → :class:`Cleaned` function);
- predicates: :func:`words`, :func:`ends_sentence`, :func:`is_prose`, :func:`is_date_line`;
- helpers for writing steps: ``line_key`` (compare lines ignoring case and punctuation),
  ``nonblank_indices``, ``drop_lines`` and ``drop_matching``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple


@dataclass(frozen=True)
class Removal:
    """One dropped line (or part of one: a wire dateline, a sentence with an e-mail)."""

    index: int
    category: str
    text: str


class Cleaned(NamedTuple):
    """A line step's result: the lines, dropped ones blanked, and what it removed."""

    lines: list[str]
    removed: list[Removal]


Step = Callable[[list[str]], Cleaned]

_TERMINAL = re.compile(r"[.!?…][\"'”’)\]»]*$")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(
    rf"(?<!\d)(?:\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}})(?!\d)",
    re.IGNORECASE,
)
_DATE_EXTRAS = re.compile(
    r"\b\d{1,2}[:.]\d{2}\s*(?:[aApP]\.?[mM]\.?)?|\b(?:published|updated|posted|last|modified|first|on|at|date"
    r"|time|(?-i:[A-Z]{2,4}T|UTC|GMT)|(?:mon|tues|wednes|thurs|fri|satur|sun)(?:day)?)\b",
    re.IGNORECASE,
)


def words(line: str) -> int:
    return len(line.split())


def ends_sentence(line: str) -> bool:
    """True if ``line`` ends with terminal punctuation (maybe inside closing quotes)."""
    return bool(_TERMINAL.search(line))


def is_prose(line: str, *, min_words: int = 12) -> bool:
    """A body sentence or paragraph: long enough and ends like a sentence."""
    return words(line) >= min_words and ends_sentence(line)


def is_date_line(line: str) -> bool:
    """A date (maybe with a time, "Updated", a weekday or a short outlet name), no more."""
    if words(line) > 12 or not _DATE.search(line):
        return False
    return words(re.sub(r"[\W_]+", " ", _DATE_EXTRAS.sub(" ", _DATE.sub(" ", line)))) <= 3


def line_key(line: str) -> str:
    """Case- and punctuation-insensitive form of a line, for comparing repeats."""
    return " ".join(re.sub(r"[\W_]+", " ", line.casefold()).split())


def nonblank_indices(lines: list[str]) -> list[int]:
    """Indices of the lines that are not blank (blanked lines are removed ones)."""
    return [i for i, line in enumerate(lines) if line]


def drop_lines(lines: list[str], verdicts: dict[int, str]) -> Cleaned:
    """Blank the lines at the verdicts' indices, recording their categories."""
    kept = ["" if i in verdicts else line for i, line in enumerate(lines)]
    return Cleaned(kept, [Removal(i, verdicts[i], lines[i]) for i in sorted(verdicts)])


def drop_matching(lines: list[str], category: str, test: Callable[[str], bool]) -> Cleaned:
    """Blank every non-blank line passing ``test``, as ``category``."""
    return drop_lines(lines, {i: category for i in nonblank_indices(lines) if test(lines[i])})

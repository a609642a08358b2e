"""Markup: text and line normalisation, before any rule judges a line.

Why a module of its own: the ``drop_*`` rules only work on plain, whole lines. Raw
captures arrive with odd line breaks and spaces, control characters, markdown (escapes,
emphasis, links, images, bullets) and paragraphs hard-wrapped over many lines, or blocks
glued together by PDF converters. These steps turn them into that shape and drop nothing:

1. text → text: :func:`normalise`, :func:`split_glued_blocks`;
2. lines → lines: :func:`unwrap_blocks` (on the raw markdown lines), then line by line
   :func:`strip_markdown`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from contrast.clean.shapes import ends_sentence

_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c\x1c-\x1e]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u200b\u2060\ufeff\u00ad]")


def normalise(text: str) -> str:
    """NFC; every line break is ``\\n``; nbsp, tabs and odd spaces are one space; soft
    hyphens, zero-width spaces and control characters go. Curly quotes stay: they are
    text, and the segmenter knows them."""
    text = re.sub(r"[^\S\n]+", " ", _CONTROLS.sub("", _BREAKS.sub("\n", text)))
    return unicodedata.normalize("NFC", "\n".join(line.strip() for line in text.split("\n")))


_CENSORED = re.compile(r"(?<![\w*])[^\W\d_]+(?:\*+[a-z]+|\*{3,})(?![\w*])")
"""A word censored with asterisks ("f***ing", "s**t", "sh*t", "What the f***?"): letters, then
asterisks and lower-case letters, or three or more asterisks at its end. Text, not markdown:
an emphasis span or a glued bold run never starts inside a word, and a closing ``**`` has
no letters after it ("**A Title****Jane Roe**" is not a censored word)."""
_HIDDEN = "\x1a"
"""Stands in for a censored word's asterisks while markup is read: a control character that
:func:`normalise` removes, so it is never in the text itself."""


def _keeping_censored(step: Callable[[str], str], text: str) -> str:
    """``step`` applied with censored words' asterisks hidden from it (text that has the
    stand-in already, which normalised text never has, gets ``step`` as it is)."""
    if _HIDDEN in text:
        return step(text)
    hidden = _CENSORED.sub(lambda m: m.group().replace("*", _HIDDEN), text)
    return step(hidden).replace(_HIDDEN, "*")


def split_glued_blocks(text: str) -> str:
    """PDF-to-markdown converters glue blocks (``…](#)**Title****Author**``): a bold run
    starting right after ``)``, ``>`` or a closing ``**`` goes on its own line. A censored
    word's asterisks ("that f***ing wall") are no closing ``**``."""
    return _keeping_censored(lambda t: re.sub(r"(?<=[)>*])(?=\*\*[^\s*])", "\n", t), text)


_ESCAPE = re.compile(r"\\+([!-/:-@\[-`{-~])")
"""Escapes go first in every pass: the output must be markup-free."""
_MARKDOWN = (
    (re.compile(r"^(?:[-*_=]\s*){3,}$"), ""),  # horizontal rule
    (re.compile(r"^#{1,6}\s+|(?<!\s)\s+#+$"), ""),  # heading
    (re.compile(r"^(?:>\s*|[-*+•▪‣◦·]\s+|\d{1,2}[.)]\s+)"), ""),  # quote, bullet
    (re.compile(r"!\[[^\[\]]*\]\([^()\s\[\]]*\)"), ""),  # image
    (re.compile(r"\[([^\[\]]+)\]\([^()\s\[\]]*\)"), r"\1"),  # link → its text
    (re.compile(r"<((?:https?|ftp|mailto):[^<>\s]+|[^@<>\s]+@[^<>\s]+)>"), r"\1"),  # autolink
    # Emphasis; a span never contains its own marker, which keeps the search linear.
    (re.compile(r"\*\*(?=\S)((?:[^*]|\*(?!\*))+?)(?<=\S)\*\*|(?<!\w)__(?=\S)((?:[^_]|_(?!_))+?)(?<=\S)__(?!\w)"), r"\1\2"),
    (re.compile(r"(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<!\w)_(?=[^\s_])([^_]+?)(?<=[^\s_])_(?!\w)"), r"\1"),
    (re.compile(r"`([^`\n]+)`"), r"\1"),
)


def strip_markdown(line: str) -> str:
    """Markdown → plain text: escapes, headings, emphasis, links, autolinks, images,
    bullets, quotes, rules; repeated until stable, since markup nests (``- **[x](y)**``).
    A censored word's asterisks ("f**k", "s**t", escaped or not) are text and stay."""
    for _ in range(8):
        before = line
        line = _keeping_censored(_strip_once, _ESCAPE.sub(r"\1", line))
        if line == before:
            break
    return line


def _strip_once(line: str) -> str:
    for pattern, replacement in _MARKDOWN:
        line = pattern.sub(replacement, line)
    return " ".join(line.split())


def unwrap_blocks(lines: list[str]) -> list[str]:
    """Join a hard-wrapped block into one line, so later rules see whole paragraphs: three
    or more lines, all but the last 40–120 characters and of similar length, most not
    ending a sentence, none a list item or heading. Runs on raw markdown lines."""
    out: list[str] = []
    block: list[str] = []
    for line in [*lines, ""]:
        if line:
            block.append(line)
            continue
        sizes = [len(b) for b in block[:-1]]
        if (
            len(block) >= 3 and min(sizes) >= 40 and max(sizes) <= 120 and min(sizes) >= 0.6 * max(sizes)
            and sum(not ends_sentence(b) for b in block[:-1]) * 2 >= len(sizes)
            and not any(re.match(r"(?:[-*+•#>]|\d{1,2}[.)])\s", b) for b in block)
        ):  # fmt: skip
            block = [" ".join(block)]
        out += [*block, ""]
        block = []
    return out[:-1]

"""Long unbroken strings, made breakable before they reach the layout engine.

WeasyPrint lays out a run of characters with no break opportunity (a 30,000-character
"word", a URL, a hash) at a cost that grows with the square of its length when it must
be broken — under ``overflow-wrap: break-word`` in a paragraph, or any ``overflow-wrap:
anywhere`` / ``word-break: break-all`` in a table cell (measured with WeasyPrint 70: a
30,000-character word in a paragraph, 125 s; 3,000 characters in a cell with ``anywhere``,
159 s; the same word cut into 20-character pieces by zero-width spaces, 3 s and 0.6 s).

So every string a template prints goes through :func:`breakable` (the Jinja
environment's ``finalize``): a run longer than ``RUN_BREAK`` characters gets a zero-width
space after every ``RUN_BREAK`` (invisible; a line may break there), and a run longer
than ``RUN_MAX`` is cut there, "…" marking the cut, so render time stays proportional to
the length of the text. Chinese, Japanese and Korean text breaks between characters
anyway and is left alone. Markup built by our own code (``Markup``) and the charts'
``data:`` URIs are not text and pass unchanged.
"""

from __future__ import annotations

import re

from markupsafe import Markup

RUN_BREAK = 24
"""Characters between the breaks put into a long run (longer than most words of English)."""
RUN_MAX = 500
"""A run longer than this is cut for display (a URL rarely is; a hash is 64)."""
ZERO_WIDTH_SPACE = "\u200b"
_RUN = re.compile(
    rf"[^\s\u200b\u2e80-\u2fff\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]{{{RUN_BREAK + 1},}}"
)
"""A run that gives the layout no place to break: no space, no CJK character."""


def breakable(value: object) -> object:
    """``value`` with each long unbroken run made breakable (see the module docstring)."""
    if not isinstance(value, str) or isinstance(value, Markup) or len(value) <= RUN_BREAK:
        return value
    if value.startswith("data:image/"):
        return value
    return _RUN.sub(_break_run, value)


def _break_run(match: re.Match[str]) -> str:
    run = match.group()
    if len(run) > RUN_MAX:
        run = run[:RUN_MAX] + "…"
    return ZERO_WIDTH_SPACE.join(run[start : start + RUN_BREAK] for start in range(0, len(run), RUN_BREAK))


__all__ = ["RUN_BREAK", "RUN_MAX", "breakable"]

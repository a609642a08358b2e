"""The output formats a build writes, checked before any work.

Apart from ``contrast.report.documents`` (which renders them) so that checking ``--format``
does not import WeasyPrint: a build whose documents are all current never needs it.
"""

from __future__ import annotations

from typing import Literal, get_args

from contrast.errors import ContrastError

Format = Literal["pdf", "html", "both"]
FORMATS: tuple[str, ...] = get_args(Format)


def check_format(format: str) -> Format:
    """``format`` if it is one we write; else a one-line error naming the allowed values."""
    if format not in FORMATS:
        raise ContrastError(f"format {format!r} is not one of {', '.join(FORMATS)}")
    return format  # type: ignore[return-value]


__all__ = ["FORMATS", "Format", "check_format"]

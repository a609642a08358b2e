"""The output formats a build writes, checked before any work.

Apart from ``contrast.report.render.jobs`` (which renders them) so that checking ``--format``
does not import WeasyPrint: a build whose documents are all current never needs it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

from contrast.errors import ContrastError

Format = Literal["pdf", "html", "both"]
FORMATS: tuple[str, ...] = get_args(Format)


def check_format(format: str) -> Format:
    """``format`` if it is one we write; else a one-line error naming the allowed values."""
    if format not in FORMATS:
        raise ContrastError(f"format {format!r} is not one of {', '.join(FORMATS)}")
    return format  # type: ignore[return-value]


@dataclass(frozen=True)
class Rendered:
    """A render's documents (file name → bytes) and what it found worth a warning.

    The warnings travel with the documents (and are cached with them), so a build that
    reuses a cached render warns exactly as the build that rendered it.
    """

    documents: dict[str, bytes]
    warnings: tuple[str, ...] = ()


__all__ = ["FORMATS", "Format", "Rendered", "check_format"]

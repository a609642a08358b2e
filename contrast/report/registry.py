"""The registry of documents a build renders.

A document is a function from a ``DocumentInput`` (the analysis, the changes since the
last edition, the handout's blind mode) to its ``Pages``: the files it writes, each a
template with its view model. It registers with ``@document(name)``; the briefing and the
handout register the same way, so a new document is a new module (its view model, its
builder, its templates) plus one registration — never an edit to the pipeline. Documents
render in registration order into ``<page>.pdf`` and/or ``<page>.html``.

Every document may read the briefing's view model (``DocumentInput.briefing``, built once):
its formatted facts — source codes and labels, origin chips, tone and readability figures
— are what the other documents quote.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from contrast.analysis import Analysis
from contrast.editions import EditionChanges
from contrast.errors import UnknownNameError
from contrast.report.briefing.build import build_briefing
from contrast.report.briefing.model import Briefing
from contrast.report.render.jobs import Pages


@dataclass(frozen=True)
class DocumentInput:
    """What every document is built from."""

    analysis: Analysis
    changes: EditionChanges | None = None
    """What changed since the previous edition (``contrast.editions``); None for a first edition."""
    blind: bool = False
    """Hide outlets and origins on the student pages (``--blind``, ``[audience] blind``)."""

    @cached_property
    def briefing(self) -> Briefing:
        """The briefing's view model, built once for every document that reads it."""
        return build_briefing(self.analysis, changes=self.changes)


DocumentBuilder = Callable[[DocumentInput], Pages]
_DOCUMENTS: dict[str, DocumentBuilder] = {}


def document(name: str) -> Callable[[DocumentBuilder], DocumentBuilder]:
    """Register ``builder`` as the document ``name`` (a decorator); its pages are written as
    ``<page>.pdf`` and/or ``<page>.html``."""

    def register(builder: DocumentBuilder) -> DocumentBuilder:
        if _DOCUMENTS.get(name, builder) is not builder:
            raise ValueError(f"document {name!r} is already registered")
        _DOCUMENTS[name] = builder
        return builder

    return register


def registered_documents() -> dict[str, DocumentBuilder]:
    """Document name → its builder, in registration order (the order they render in)."""
    return dict(_DOCUMENTS)


def get_document(name: str) -> DocumentBuilder:
    try:
        return _DOCUMENTS[name]
    except KeyError:
        raise UnknownNameError("document", name, list(_DOCUMENTS)) from None


def unregister_document(name: str) -> None:
    """Remove a document (for tests and plug-ins that replace one)."""
    _DOCUMENTS.pop(name, None)


__all__ = [
    "DocumentBuilder",
    "DocumentInput",
    "document",
    "get_document",
    "registered_documents",
    "unregister_document",
]

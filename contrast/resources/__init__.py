"""Data files that ship inside the package (word lists, lexicons), loaded without any network."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

LEXICONS = ("attribution", "certainty", "frames", "loaded", "targets")
"""The lexicons in ``contrast/resources/lexicons/``, one TOML file each."""


def cue_problem(cue: str) -> str | None:
    """What is wrong with a lexicon cue, or None: the syntax ``contrast.metrics.cues`` reads
    (words; a trailing ``*`` on the first word needs three letters before it, the index keys on them)."""
    words = cue.split()
    if not words:
        return "a cue needs at least one word"
    if words[0].endswith("*") and len(words[0].rstrip("*")) < 3:
        return "a wildcard needs at least three letters before '*'"
    return None


@cache
def word_list(name: str) -> frozenset[str]:
    """A one-word-per-line resource file, ``#`` comments and blank lines ignored."""
    text = files(__name__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    )


@cache
def word_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """A resource file of words per line (``#`` comments and blank lines ignored), lower case."""
    text = files(__name__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    return tuple(tuple(line.lower().split()) for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#"))


@cache
def alias_groups() -> tuple[tuple[str, ...], ...]:
    """``aliases.toml``: groups of names of one actor (widely used acronyms and their expansions)."""
    data = tomllib.loads(files(__name__).joinpath("aliases.toml").read_text(encoding="utf-8"))
    return tuple(tuple(group) for group in data["groups"])


@dataclass(frozen=True)
class Category:
    id: str
    label: str
    description: str
    cues: tuple[str, ...]
    needs_support: tuple[str, ...] = ()
    """Cues of this category too common or too often part of a name to show it alone ("history" in "Those
    savings have a complicated history"): they count only beside another cue of the category that does not."""


@dataclass(frozen=True)
class Lexicon:
    """A versioned cue lexicon: categories of cue words, with where they come from."""

    name: str
    version: str
    provenance: str
    license: str
    categories: tuple[Category, ...]
    exceptions: tuple[str, ...] = ()
    """Phrases that contain a cue word in a sense the lexicon does not mean ("financial crisis",
    the historical event, is not a fear word): where one matches, its words are not cues."""

    def category(self, category_id: str) -> Category:
        return next(c for c in self.categories if c.id == category_id)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.categories)

    def extended(self, extra: dict[str, list[str]]) -> Lexicon:
        """This lexicon with a report's extra cues appended to the named categories.

        The version records the extension, so exports say which list produced a number.
        """
        if not any(extra.values()):
            return self
        categories = tuple(
            Category(c.id, c.label, c.description, c.cues + tuple(w for w in extra.get(c.id, []) if w not in c.cues),
                     c.needs_support)
            for c in self.categories
        )
        added = sum(len(v) for v in extra.values())
        return Lexicon(self.name, f"{self.version}+report({added})", self.provenance, self.license, categories, self.exceptions)


@cache
def lexicon(name: str) -> Lexicon:
    """Load ``lexicons/<name>.toml``: a ``[lexicon]`` header and ``[categories.<id>]`` tables, in file order."""
    if name not in LEXICONS:
        from contrast.errors import UnknownNameError

        raise UnknownNameError("lexicon", name, list(LEXICONS))
    data = tomllib.loads(files(__name__).joinpath("lexicons", f"{name}.toml").read_text(encoding="utf-8"))
    header = data["lexicon"]
    categories = tuple(
        Category(category_id, body["label"], body.get("description", ""), tuple(body["cues"]), tuple(body.get("needs_support", ())))
        for category_id, body in data["categories"].items()
    )
    exceptions = tuple(data.get("exceptions", {}).get("phrases", ()))
    return Lexicon(
        header["name"], header["version"], " ".join(header["provenance"].split()), header["license"], categories, exceptions
    )

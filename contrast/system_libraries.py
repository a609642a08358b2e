"""WeasyPrint's system libraries: a missing one is one line naming the package to install.

WeasyPrint is pure Python over C libraries it opens at import time with cffi (Pango,
pangoft2, GObject, HarfBuzz, Fontconfig; ``weasyprint/text/ffi.py``). pip cannot install
them. Without them ``import weasyprint`` prints a banner on stdout and raises
``OSError: cannot load library 'libpango-1.0-0': …`` — a traceback that reads like a bug
in contrast. :func:`import_weasyprint` turns it into a :class:`MissingSystemLibraryError`
(exit code 3) that names the library and the packages that provide it.

``python -m contrast.system_libraries`` checks the same thing (``make demo`` runs it first).
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
from types import ModuleType

from contrast.errors import MissingSystemLibraryError

INSTALL_HINT = (
    "on Debian/Ubuntu: apt-get install libpango-1.0-0 libpangoft2-1.0-0; "
    "Fedora: dnf install pango; macOS: brew install pango"
)
"""WeasyPrint's documented install step per system; Pango's packages pull in GObject, HarfBuzz and Fontconfig."""

_LIBRARY = re.compile(r"cannot load library '([^']+)'")


def import_weasyprint() -> ModuleType:
    """``import weasyprint``, or a one-line error naming the system library it could not load."""
    banner = io.StringIO()
    try:
        with contextlib.redirect_stdout(banner):  # WeasyPrint prints its troubleshooting banner there
            import weasyprint
    except OSError as exc:
        found = _LIBRARY.search(str(exc))
        if found is None:  # not a library WeasyPrint failed to open: a bug, keep the traceback
            raise
        library = found.group(1)
        raise MissingSystemLibraryError(
            f"WeasyPrint, which writes the PDFs, cannot load the system library {library!r}; "
            f"install Pango ({INSTALL_HINT})"
        ) from None
    return weasyprint


def main() -> int:
    """Exit 0 when WeasyPrint imports, else print the one-line error and exit 3."""
    try:
        import_weasyprint()
    except MissingSystemLibraryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""contrast: show how sources of different origins frame the same events."""

from __future__ import annotations

__version__ = "0.1.0"

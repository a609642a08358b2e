"""Engine settings from the user's configuration file, overridden by the command line.

``$CONTRAST_CONFIG``, else ``$XDG_CONFIG_HOME/contrast/config.toml``, else
``~/.config/contrast/config.toml``; only its ``[engine]`` table is read::

    [engine]
    scheduler = "tcp://10.0.0.5:8786"   # a Dask scheduler: run the per-source stages there
    jobs = 2                            # local worker processes (0: every core; 1: none)

A report folder never chooses where it is built: these settings belong to the machine.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from contrast.errors import ContrastError

SCHEMES = ("tcp://", "tls://", "inproc://", "ucx://", "ws://", "wss://")


def config_path() -> Path:
    explicit = os.environ.get("CONTRAST_CONFIG")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "contrast" / "config.toml"


def engine_settings(*, jobs: int | None = None, scheduler: str | None = None) -> tuple[int | None, str | None]:
    """(jobs, scheduler): the arguments where given, else the configuration file's ``[engine]``."""
    path = config_path()
    table: dict[str, object] = {}
    if path.is_file():
        try:
            document = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ContrastError(f"cannot read the configuration file ({exc})", path=path) from None
        engine = document.get("engine", {})
        if not isinstance(engine, dict):
            raise ContrastError("[engine] must be a table", path=path)
        unknown = sorted(set(engine) - {"jobs", "scheduler"})
        if unknown:
            raise ContrastError(f"[engine] has unknown keys {unknown}; allowed: jobs, scheduler", path=path)
        table = engine
    if jobs is None and "jobs" in table:
        value = table["jobs"]
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ContrastError("[engine] jobs must be a whole number ≥ 0 (0: every core)", path=path)
        jobs = value
    if scheduler is None and "scheduler" in table:
        value = table["scheduler"]
        if not isinstance(value, str):
            raise ContrastError("[engine] scheduler must be an address such as \"tcp://host:8786\"", path=path)
        scheduler = value
    check_engine(jobs=jobs, scheduler=scheduler)
    return jobs, scheduler


def check_engine(*, jobs: int | None, scheduler: str | None) -> None:
    """A ``jobs`` below 0 or a ``scheduler`` that is no address is the caller's input error."""
    if scheduler is not None and not scheduler.startswith(SCHEMES):
        raise ContrastError(f"scheduler {scheduler!r}: give the Dask scheduler's address, e.g. tcp://host:8786")
    if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 0):
        raise ContrastError(f"--jobs {jobs}: give a whole number ≥ 0 (0: every core)")


__all__ = ["check_engine", "config_path", "engine_settings"]

"""The package's version, in a module of its own: the public API (``contrast/__init__``) imports
the pipeline, so modules below it (the report prints the version on every document) read
the version here rather than from the package, and no import leads back up."""

__version__ = "0.1.0"

"""View model to bytes: HTML through Jinja2 (``html``), PDF through WeasyPrint (``pdf``),
a second process for PDFs (``workers``), the output formats (``formats``) and the jobs that
turn a document's pages into files (``jobs``). Knows nothing of any one document."""

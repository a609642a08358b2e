"""The analysts' briefing: its view model (``model``), how it is built from an analysis
(``build``), its prose at a glance, its charts, and its sections on events, lenses and
changes since the last edition."""

"""The briefing's "How they say it" section: one part per framing lens (model, build,
findings, the words around each lens, charts)."""

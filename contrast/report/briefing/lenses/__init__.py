"""The briefing's "How they say it" section: a part per framing lens, presented as the lens's
``LensSpec`` (registered with its metric) says — view model, tables, findings, charts."""

"""The names of the days, one spelling shared by every reader of dates and reports.

Claims number the weekdays a sentence names (``claims.conflicts``) and align on them; the voice and speaker readers
step over the day a report was made ("said Tuesday that …", "…, prosecutors announced Tuesday."). Each used to spell
the alternation out again (review leftover, session 17): it is written once here.
"""

from __future__ import annotations

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""The weekdays in order, Monday first (``claims.conflicts.weekdays_of`` numbers them)."""
WEEKDAY = "|".join(WEEKDAYS)
"""A regular-expression alternation of the weekdays, in lower case: used inside a case-insensitive group."""
DAY = WEEKDAY + "|yesterday|today"
"""The weekdays, "yesterday" and "today": the day a report was made, as news writes it after the verb."""
WEEKDAY_NAMES = "|".join(day.capitalize() for day in WEEKDAYS)
"""The weekdays as names are written ("Monday|…|Sunday"): for a case-sensitive pattern."""

"""Validity rows from check AJ (group YA): Politico's newsletter sign-up box kept as the outlet's own sentences.

YA-7, YA-11, YA-18: "Breaking News Alerts Get breaking news when it happens — in your inbox. Email Sign Up By signing up
you agree … You can unsubscribe at any time. This site is protected by reCAPTCHA …" passed the sign-up-box rule because
its call ("inbox") stood at word 12 once the dash was counted; it became Politico's "only in" claims and its most
positive sentences. A box is told by its sentences: each one a call or a form's small print. New texts of the same
shape, with near misses that must stay.
"""

from __future__ import annotations

import pytest

from contrast.clean import is_prompt
from tests.test_clean_check15 import PROSE, PROSE_2, cleaned_between


@pytest.mark.parametrize(
    "line",
    [
        # the call late in a long first sentence, the small print after it
        "Evening Ledger Briefing The day's biggest stories from the statehouse and city hall — every weeknight, straight "
        "to your inbox. Email Sign Up By signing up you agree to receive email newsletters or alerts from the Ledger. "
        "You can unsubscribe at any time. This site is protected by reCAPTCHA and the Google Privacy Policy and Terms "
        "of Service apply.",
        # the small print alone, on its own line
        "You may unsubscribe at any time. This site is protected by reCAPTCHA and the Google Privacy Policy and Terms "
        "of Service apply.",
        "By subscribing, you are agreeing to receive a weekly newsletter from the Harbor Post with the top stories and "
        "occasional messages from its sponsors.",
    ],
)
def test_a_sign_up_box_goes_whatever_the_place_of_its_call(line: str) -> None:
    assert is_prompt(line)
    assert cleaned_between(line) == ([PROSE, PROSE_2], [("prompt", line)])


@pytest.mark.parametrize(
    "line",
    [
        # a news paragraph whose one sentence is not a call or small print stays, with the small print quoted in it
        "The bank told customers they can unsubscribe at any time, but regulators found that the link in its emails "
        "had been broken for months. You can unsubscribe at any time, its letters promised.",
        "Subscribers to the paper's newsletter rose by a third this year. Readers can unsubscribe whenever they like, "
        "the editor said, and few have.",
    ],
)
def test_a_paragraph_about_signing_up_stays(line: str) -> None:
    assert not is_prompt(line)

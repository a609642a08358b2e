"""The validity suite, continued: the false findings of check14-reO (a recheck of Rick Perry's "Strong" ad, December
2011: Fox News, the New York Times and HuffPost, claim ids PA-), each as a table of the sentence misread and near misses,
which must keep their reading. Sentences are written in the shape of the ones misread, not copied.

- PA-38: "The Perry ad was denounced by the Log Cabin Republicans, a gay men and lesbian group, which said it was
  “wrong …”" (NYT): the lens counted only "said" as the statement's reporting verb; "denounced", a verb of its own
  alarm-and-blame list, in the passive with the group named as its agent, was dropped, so "Alarm and blame — US center:
  no verb from the list" was false. A statement's verb kinds include every reporting verb attached to it.
"""

from __future__ import annotations

import pytest

from tests.test_validity_check13n_lens import _verbs

# --- PA-38: a listed verb in the passive, its agent named, counts beside the agent's later verb ----------------------


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        ("The new ad was denounced by the Log Cabin Republicans, a gay men and lesbian group, which said it was “wrong "
         "for the governor to say so.”",
         [("denounced", "verb.alarm"), ("said", "verb.neutral")]),
        ("The plan was praised by the Chamber of Commerce, which said it was “a fine start.”",
         [("praised", "verb.praise"), ("said", "verb.neutral")]),
        ("The remarks were condemned by Senator Roe, who said they were “beneath the office.”",
         [("condemned", "verb.alarm"), ("said", "verb.neutral")]),
        # near misses: what a report says was judged is its content, no verb of the sentence's speaker
        ("Roe said the plan was criticized by the Chamber of Commerce last year.", [("said", "verb.neutral")]),
        ("The plan, praised by Democrats, passed.", []),
        ("He said that statement, which had been widely criticized at the time, was a joke.", [("said", "verb.neutral")]),
    ],
)
def test_a_judgment_in_the_passive_by_a_named_agent_counts_beside_its_later_verb(
    text: str, verbs: list[tuple[str, str]]
) -> None:
    assert _verbs(text) == verbs


"""A count every source of a story writes once, in one claim each, is the one fact all of them report — the story's
central fact — not the story's subject: it starts a link (issue 12, "find the story"). Three sources each telling
"police made 14 arrests" once were no event: the figure was read as the subject because every source has it
(``align._in_every_source``). (Its words are the story's common phrase too, ``phrases.common_phrases``, but a shared
figure is no word of a phrase and still starts the link.) A figure a source comes back to is still the
subject (check W CV-9's "$2 trillion package"), and words every source writes once (a person's title where each
introduces her) still start nothing alone. New sentences of those structures."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from contrast.claims.align import _in_every_source
from tests.test_links_common_phrases import FILLER, events_of


def test_a_count_each_source_tells_once_in_the_same_words_is_one_event() -> None:
    told = {
        "wire": "Police made 14 arrests as the march through the harbour district turned violent late on Saturday.",
        "daily": "By nightfall police made 14 arrests, most of them young men, officers told reporters.",
        "radio": "Organisers condemned the clashes, in which police made 14 arrests near the ferry terminal.",
    }
    events = events_of({s: FILLER[s] + t for s, t in told.items()})
    assert any(set(told.values()) <= members for members in events), events


def test_a_sum_each_source_tells_once_in_other_words_is_one_event() -> None:
    told = {
        "wire": "The council approved a $36 million loan to rebuild the flooded pumping station.",
        "daily": "Members voted 7-2 for the $36 million loan after a long evening session.",
        "radio": "The $36 million loan will be repaid from water rates over twenty years, the treasurer said.",
    }
    events = events_of({s: FILLER[s] + t for s, t in told.items()})
    assert any(len(members & set(told.values())) >= 2 for members in events), events


def test_a_figure_every_source_writes_once_is_no_subject_but_one_a_source_comes_back_to_is() -> None:
    # claims × [a word, a figure]: every source writes both, once each
    matrix = sp.csr_matrix(np.array([[1, 1], [0, 0], [1, 1], [0, 0], [1, 1]], dtype=np.float32))
    sources = np.array(["a", "a", "b", "b", "c"])
    # the word is the subject (a title each source writes where it introduces someone); the figure is a fact
    assert _in_every_source(matrix, sources, {1}).tolist() == [True, False]
    # source a comes back to the figure in a second claim: the story's subject ("this week's $2 trillion package")
    again = sp.csr_matrix(np.array([[1, 1], [0, 1], [1, 1], [0, 0], [1, 1]], dtype=np.float32))
    assert _in_every_source(again, sources, {1}).tolist() == [True, True]


def test_two_facts_sharing_only_a_figure_a_source_comes_back_to_are_not_one_event() -> None:
    # near miss: the $36 million loan is what the wire story is about (it comes back to it); the daily's vote and the
    # radio's repayment are two different facts about it
    texts = {
        "wire": FILLER["wire"] + "The council approved a $36 million loan on Monday. The $36 million loan covers the pumping station.",
        "daily": FILLER["daily"] + "Members voted 7-2 for the $36 million loan after a long evening session.",
        "radio": FILLER["radio"] + "The $36 million loan will be repaid from water rates over twenty years.",
    }
    for members in events_of(texts):
        assert not any("voted" in m for m in members) or not any("repaid" in m for m in members), members

"""Loaded-language lexicon 3.2.0 and 3.3.0: what a word counts as, sentence by sentence (issue 13, item 5; check7 SE-17).

Each row: a sentence and the (category, cue) pairs the lens finds in it. The near misses are words that say how big,
how new or what happened — a size, a calamity, the public's reaction, a literal blow or fire, a degree that grades a
plain quality — which read as description in AllSides' US news: BASIL's annotators marked none of the 24 cues in its
tuning half that lexicon 3.2.0 no longer counts."""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.loaded import LoadedMatcher, loaded_lexicon


def _kinds(sentence: str) -> list[tuple[str, str]]:
    return [(h.category, h.cue) for h in LoadedMatcher(loaded_lexicon(Lenses())).find(sentence)]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # counted: a departure told as a tantrum (BASIL tuning half: NYT "Mr. Grimm stormed off camera", marked)
        ("When he asked about the investigation, Mr. Grimm stormed off camera but returned.", [("slant", "stormed off")]),
        ("The senator stormed out of the meeting.", [("slant", "stormed out")]),
        # counted: a degree word that amplifies a judgement
        ("Comey called her actions extremely careless.", [("intensifier", "extremely")]),
        ("Hutchinson called the measures totally inadequate.", [("intensifier", "totally")]),
        ("The remark was utterly disgraceful.", [("intensifier", "utterly"), ("label", "disgraceful")]),
        # counted: the adjective that judges, and the slanted verbs in their figurative sense
        ("It was an outrageous claim.", [("emotive", "outrageous")]),
        ("Tactics that go against peaceful development would be a disaster for the whole world.", [("emotive", "disaster")]),
        ("This alarmist theory, so full of loopholes, now guides policy.",
         [("label", "alarmist"), ("intensifier", "so full of")]),
        ("Romney slammed the president for petty attacks.", [("slant", "slammed")]),
        ("Cruz blasted the amnesty policy.", [("slant", "blasted")]),
        ("Critics torched the plan on Sunday.", [("slant", "torched")]),
        ("The Assad regime used chemical weapons.", [("label", "regime")]),
        # near misses: a size or a first
        ("The ban follows a massive spike in teen vaping.", []),
        ("Congress devoted enormous amounts of money to the program.", []),
        ("The program has seen tremendous demand.", []),
        ("It would leave an unprecedented year-long vacancy.", []),
        # near misses: a calamity, and the public's reaction (the adjective that judges stays, above)
        ("The crash was the first major air disaster in Russia since 2016.", []),
        ("The speech was widely considered a public relations disaster.", []),
        ("It is a natural disaster.", []),
        ("Congress passed a disaster bill.", []),
        ("The votes sparked outrage across the country.", []),
        ("Democrats were outraged by the decision.", []),
        # near misses: a degree word that grades a plain quality, a quantity or nothing
        ("Its election laws are extremely strict on the matter.", []),
        ("I make absolutely no excuse for those comments.", []),
        ("Romney did extremely poorly with Latino voters.", []),
        # near misses: the literal blow, broadcast and fire
        ("A rocket fired from Gaza slammed into the patio.", []),
        ("Israel and Egypt slammed shut the border.", []),
        ("The committee blasted out an e-mail with the headline.", []),
        ("Demonstrators attacked and torched the Iranian consulate in Najaf.", []),
        ("The Iranian consulate in Karbala was also torched.", []),
        ("Supporters torched dozens of Coptic churches.", []),
        # near misses: a policy's name, and storming a place
        ("Bolton has openly encouraged regime change.", []),
        ("The police stormed the building at dawn.", []),
    ],
)
def test_lexicon_3_2_counts_what_loads_and_not_what_describes(sentence: str, kinds: list[tuple[str, str]]) -> None:
    assert _kinds(sentence) == kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # near misses since 3.3.0: words that mostly name violence or disorder, for which news has no plainer word
        ("Protesters marched against police brutality.", []),
        ("The city was hit by horrific terrorist attacks.", []),
        ("Witnesses described the carnage at the market.", []),
        ("The summit broke up in chaos.", []),
        ("It was a chaotic week for the White House.", []),
        # counted: the adjectives that judge and the nouns that dramatise stay, and so do the words of harm that judge
        # as often as they name (People's Daily, bundled tariffs report)
        ("It was an appalling decision.", [("emotive", "appalling")]),
        ("The rollout was a fiasco.", [("emotive", "fiasco")]),
        ("In the future, it will bring destructive effects to globalization.", [("emotive", "destructive")]),
    ],
)
def test_lexicon_3_3_does_not_count_the_plain_names_of_violence(sentence: str, kinds: list[tuple[str, str]]) -> None:
    """BASIL's tuning half: its annotators marked 1 of the 8 uses of these words (2 in the outlets' own voice, neither
    marked), against 84 of 185 for the rest of the lexicon (loaded.toml, version 3.3)."""
    assert _kinds(sentence) == kinds

"""check AB on cleaning: page furniture kept and scored as the outlets' own sentences (CR-10, CR-11, CR-34, CR-47).
CNN's video player flattened into one line ("JUST WATCHED <clip> Replay More Videos ... MUST WATCH <clip> 01:37", its
"MUST" counted as a booster and a policy cue), Bloomberg's photo captions ("<subject> Photographer: <name>/<agency>") and
its "QuickTake: <headline>" link to an explainer. Texts are new ones of the same shapes, with near misses that stay."""

from __future__ import annotations

import pytest

from contrast.clean import clean_text

BEFORE = "The state's budget office said on Thursday that tax receipts had fallen short of its forecast for a third month."
AFTER = "Lawmakers from both parties said they would wait for the final figures before proposing any cuts to the plan."


def around(line: str) -> str:
    """``line`` standing alone between two paragraphs of prose."""
    return f"{BEFORE}\n\n{line}\n\n{AFTER}"


@pytest.mark.parametrize(
    ("line", "category"),
    [
        (
            "JUST WATCHED Governor signs the budget after a long night Replay More Videos ... "
            "MUST WATCH Governor signs the budget after a long night 02:14",
            "media",
        ),
        ("JUST WATCHED Why the river keeps flooding Replay More Videos ...", "media"),
        ("MUST WATCH Senators clash over tariffs 00:58", "media"),
        ("Janet Yellen Photographer: Al Drago/Bloomberg", "caption"),
        ("Elizabeth Warren Photographer: Drew Angerer/Getty Images North America", "caption"),
        ("QuickTake: Why Tariffs Are Back in Fashion", "related"),
        ("How the Fed Sets Interest Rates: QuickTake", "related"),
    ],
)
def test_player_caption_and_promo_lines_go(line: str, category: str) -> None:
    result = clean_text(around(line))
    assert result.text == f"{BEFORE}\n\n{AFTER}"
    assert (category, line) in result.removed_lines


@pytest.mark.parametrize(
    "line",
    [
        # the words in running prose, not the player's capitals opening the line
        "Voters who just watched the debate said they must watch the next one before they decide whom to back.",
        "The mayor said residents must watch the forecast closely, and those who had just watched the river rise agreed.",
        # a photographer named in a sentence, not a credit ending the line
        "The photographer: a quiet man who had covered three wars, said the picture was the hardest he had ever taken.",
        # the explainer series named inside a sentence
        "Bloomberg's QuickTake series has explained the tariff rules in a short video that ran on Tuesday evening.",
    ],
)
def test_prose_naming_the_same_words_stays(line: str) -> None:
    result = clean_text(around(line))
    assert line in result.text


def test_a_player_glued_inside_a_paragraph_is_cut_and_the_paragraph_kept() -> None:
    first = "Officials said the storm had moved inland overnight and weakened over the hills."
    rest = "Crews began clearing roads in the north of the county before dawn on Sunday."
    player = (
        "JUST WATCHED Storm batters the coast Replay More Videos ... MUST WATCH Storm batters the coast 01:12"
    )
    result = clean_text(around(f"{first} {player} {rest}"))
    assert f"{first} {rest}" in result.text
    assert ("media", player) in result.removed_lines

"""Frame cues in a sense their frame does not mean (check Y AL-39, AL-40, FB-42, FB-43), written from new sentences of
the same structures: "world" as a sphere of people or in an idiom ("turned the political world on its head") is no
country's standing abroad; "cost" of seats, a job or an election lost is no economy; an "exchange" between people
("exchanged classified information with her boss") is no relation between countries; "defense" of a person ("jumped
into defense mode", "came to her defense") is no nation's security. The senses each frame means stay cues."""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.frames import frames_lexicon, frames_matcher


def _frames(sentence: str) -> set[str]:
    return {h.category for h in frames_matcher(frames_lexicon(Lenses())).find(sentence)}


@pytest.mark.parametrize(
    ("sentence", "frame"),
    [
        ("The ruling sent shock waves through the sports world, where few had expected a ban.", "external"),
        ("Her upset win turned the state's political world upside down.", "external"),
        ("The senator's memoir has the Washington world talking about little else.", "external"),
        ("He moved easily between the world of finance and the world of politics.", "external"),
        ("The decision made a world of difference to the families who waited.", "external"),
        ("The scandal cost him his job as chairman of the committee.", "economic"),
        ("The gaffe ultimately cost her the nomination, aides said.", "economic"),
        ("Losing Ohio could cost the party control of the Senate.", "economic"),
        ("The shutdown cost Republicans votes in the suburbs, the survey suggested.", "economic"),
        ("The two aides exchanged dozens of documents with the campaign's lawyers over the summer.", "external"),
        ("The senator and his chief of staff exchanged notes about the vote.", "external"),
        ("Officers exchanged fire with the gunman for several minutes.", "external"),
        ("When the senator was attacked, his colleagues came to his defense within hours.", "security"),
        ("In her defense, the governor said she had never seen the memo.", "security"),
        ("The White House has been playing defense since the report came out.", "security"),
        ("By Monday morning the mayor's allies had switched into defense mode.", "security"),
        ("With their record under attack, the incumbents are on defense.", "security"),
    ],
)
def test_a_cue_in_another_sense_shows_no_frame(sentence: str, frame: str) -> None:
    assert frame not in _frames(sentence)


@pytest.mark.parametrize(
    ("sentence", "frame"),
    [
        ("World leaders gathered in Paris for the climate summit.", "external"),
        ("The president's remarks were condemned around the world.", "external"),
        ("The Arab world reacted with anger to the embassy move.", "external"),
        ("The new tariffs will cost American consumers $40 billion a year.", "economic"),
        ("The program cost taxpayers more than the plan allowed.", "economic"),
        ("The strike cost the airline $30 million in lost sales.", "economic"),
        ("The cost of the election was borne by the counties.", "economic"),
        ("The yuan's exchange rate fell to a ten-year low.", "external"),
        ("China and Japan resumed high-level exchanges last month.", "external"),
        ("The two countries agreed to expand student exchanges and diplomatic contacts.", "external"),
        ("The country doubled its defense budget after the invasion.", "security"),
        ("The alliance pledged to strengthen the defense of Europe against Russian aggression.", "security"),
        ("The president urged the other members to spend more on defense.", "security"),
        ("Lawmakers in both parties hold firm positions on defense issues.", "security"),
        ("He failed to assure allies that the United States would come to their defense if they were attacked.", "security"),
        ("The two Senate races cost the party $40 million in ads.", "economic"),
    ],
)
def test_the_sense_the_frame_means_stays_a_cue(sentence: str, frame: str) -> None:
    assert frame in _frames(sentence)

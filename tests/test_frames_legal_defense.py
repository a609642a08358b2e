"""A defence in court is no Security and defence frame (check X MU-4: Vox's "did not appear to establish … that the
president committed an obstruction of justice defense" showed Security and defence beside "national security"). A
defendant's case, the lawyers who make it, "the defense argued", a defence against a charge: the law's, not the
nation's. A country's defence ("missile defense", "defense spending", "the defense budget") stays a cue."""

from __future__ import annotations

import pytest

from contrast.config import Lenses
from contrast.metrics.frames import frames_lexicon, frames_matcher


def _frames(sentence: str) -> set[str]:
    return {h.category for h in frames_matcher(frames_lexicon(Lenses())).find(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Prosecutors said the senator had mounted a perjury defense that the jury did not believe.",
        "His defense attorney told reporters that the client would appeal.",
        "The defence lawyers asked the court to dismiss the case.",
        "The defense argued that the contract had never been signed.",
        "During the hearing, the defence objected to the new exhibit.",
        "Her legal defense fund has raised more than $2 million.",
        "The mayor's criminal defense team filed a motion on Friday.",
        "The singer's lawyers say his defense against the charges will rest on the emails.",
        "The company's defence to the lawsuit is that it never sold the product in Ohio.",
        "The judge rejected the insanity defence offered by the accused.",
        "At trial, the defense called only two witnesses before resting.",
    ],
)
def test_a_defence_in_court_is_no_security_frame(sentence: str) -> None:
    assert "security" not in _frames(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The administration wants to expand missile defense in Alaska.",
        "Congress approved a sharp rise in defense spending this year.",
        "The country's defence budget has doubled since 2014.",
        "Critics in court filings say the defense contractor overcharged the Pentagon for parts.",
        "The judge was told the missile defense program had slipped three years behind schedule.",
        "The alliance has pledged to strengthen the defence of its eastern flank.",
    ],
)
def test_a_countrys_defence_stays_a_security_cue(sentence: str) -> None:
    assert "security" in _frames(sentence)

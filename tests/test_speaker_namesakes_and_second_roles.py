"""Whose voice types a person by what the source says they are, and one person the same way in every origin
(check10i KG-22, CE-19, CE-20).

* KG-22: "Kathy Griffin, the celebrity comic and author," made the comedian an expert in every origin: the appositive
  first calls her something the lexicon does not type, and "author" after "and" is not what she is known as here.
  "Jane Doe, a Harvard economist," still makes "Doe said" an expert.
* CE-19: "Dr. Lisa Bardack, an internist and chairman of the Department of Medicine at the Mount Kisco Medical Group in
  Mount Kisco, New York," made a private physician an official: a medical group's department of a discipline is no
  government department, nor is the state closing her town's name the speaker. "A Department of Justice spokesman"
  stays an official.
* CE-20: the New York Times' "Mrs. Clinton said" was typed by "former President Bill Clinton" (her husband's role, by
  their surname) and HuffPost's "Clinton said" was not: one person's same statement typed in one origin only. A
  surname stands for the person the source gave a role only where nobody else of that surname is named in it.
"""

from __future__ import annotations

import polars as pl

from contrast.metrics import get_metric
from tests.reportkit import EASY, make_corpus


def _share(docs: dict[str, tuple[str, str]], origin: str, measure: str) -> float | None:
    figures = get_metric("attribution")(make_corpus(docs)).figures
    assert figures is not None
    row = figures.filter((pl.col("level") == "origin") & (pl.col("unit") == origin) & (pl.col("measure") == measure))
    return row.get_column("value")[0] if row.height else None


HOST = "The mayor criticized Maria Lopez, the celebrity comic and author, for her remarks on Monday night. "
ECONOMIST = "The mayor criticized Maria Lopez, a Harvard economist, for her remarks on Monday night. "
LOPEZ = "“I went too far with that joke and I am sorry about it,” Lopez said on Tuesday. "


def test_a_role_after_and_in_an_appositive_is_not_what_the_person_is_known_as() -> None:
    docs = {"n": ("center", HOST + EASY), "f": ("right", LOPEZ + EASY)}
    assert _share(docs, "right", "speaker.expert") == 0.0
    assert _share(docs, "right", "speaker.unspecified") == 1.0


def test_an_economist_in_an_appositive_stays_an_expert() -> None:
    docs = {"n": ("center", ECONOMIST + EASY), "f": ("right", LOPEZ + EASY)}
    assert _share(docs, "right", "speaker.expert") == 1.0


DOCTOR = (
    "The statement on his health, from Dr. Ann Reed, a surgeon and chairman of the Department of Surgery at the "
    "Lakeside Medical Group in Lakeside, Ohio, said the senator is in good health. "
    "“His tests are all normal,” Reed added on Friday. "
)
CHAIR = "Dr. Ann Reed, chairman of the Department of Surgery at the Lakeside Medical Group, said his tests were normal. "
JUSTICE = "A Department of Justice spokesman said the inquiry into the senator would continue next year. "


def test_a_medical_groups_department_makes_no_official() -> None:
    assert _share({"f": ("right", DOCTOR + EASY)}, "right", "speaker.official") == 0.0
    assert _share({"f": ("right", CHAIR + EASY)}, "right", "speaker.official") == 0.0


def test_a_department_of_justice_spokesman_stays_an_official() -> None:
    assert _share({"f": ("right", JUSTICE + EASY)}, "right", "speaker.official") == 1.0


COUPLE = (
    "Maria Green and Governor Tom Green released their tax returns on Friday morning. "
    "“We have come a long way from our first jobs in the state,” Mrs. Green said in her statement. "
)
BARE = "“We have come a long way from our first jobs in the state,” Green said in a statement on Friday. "
GOVERNOR = (
    "Governor Tom Green released his tax returns on Friday morning. "
    "“We have come a long way from our first jobs in the state,” Mr. Green said in his statement. "
)


def test_a_surname_two_people_of_the_source_share_is_not_typed_by_one_of_them() -> None:
    docs = {"n": ("center", COUPLE + EASY), "h": ("left", BARE + EASY)}
    assert _share(docs, "center", "speaker.official") == 0.0
    assert _share(docs, "left", "speaker.official") == 0.0
    assert _share(docs, "center", "speaker.unspecified") == _share(docs, "left", "speaker.unspecified") == 1.0


def test_a_surname_of_one_person_in_the_source_keeps_their_role() -> None:
    docs = {"n": ("center", GOVERNOR + EASY), "h": ("left", BARE + EASY)}
    assert _share(docs, "center", "speaker.official") == 1.0
    assert _share(docs, "left", "speaker.official") == 1.0


BLANKED = (
    "Governor Tom Green released his tax returns on Friday morning. "
    "Lakeside “has come a long way since our first jobs in the state,” Green said in his statement. "
    "“We owe it to the opportunities this state gave us,” Green said. "
)


def test_words_either_side_of_a_quotation_are_no_namesake() -> None:
    # "Wikileaks “…,” Assange wrote" (check9 trump-jr-wikileaks): the blanked quotation joins no "Lakeside Green"
    assert _share({"n": ("center", BLANKED + EASY)}, "center", "speaker.official") == 1.0

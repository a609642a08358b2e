"""One person, one kind of speaker in every origin (check8 RM-19).

Romney's briefing typed the New York Times' "Mr. Romney said" an official (it had introduced him as a former governor)
and Fox News' and HuffPost's "Romney said" unclassified, so "Officials and spokespeople: highest in US center"
compared how outlets write a name, not whom they quote. A name alone takes the kind its mention with a role gives it
in any source of the report: the fair comparison across origins is of the same person. Two people the report names
with the same surname ("Mitt Romney", "Ann Romney") keep a bare "Romney" untyped, and a name given two kinds stays
untyped too. (The rows below introduce a sitting governor: a former one holds no office and is unclassified wherever
he is named, check11k VF-23.)
"""

from __future__ import annotations

import polars as pl

from contrast.metrics import get_metric
from tests.reportkit import EASY, make_corpus

INTRODUCED = (
    "Massachusetts Gov. Mitt Romney spoke in Ohio on Thursday about the economy and jobs. "
    "“We need more jobs in every town,” Romney said at the rally. "
)
BARE = "“The plan is a good one for every family in the state,” Romney said on Friday. "
OTHER_ROMNEY = "“My husband will win this race in the fall,” Ann Romney said at a dinner. "


def _share(figures: pl.DataFrame, origin: str, measure: str) -> float | None:
    row = figures.filter((pl.col("level") == "origin") & (pl.col("unit") == origin) & (pl.col("measure") == measure))
    return row.get_column("value")[0] if row.height else None


def _figures(docs: dict[str, tuple[str, str]]) -> pl.DataFrame:
    figures = get_metric("attribution")(make_corpus(docs)).figures
    assert figures is not None
    return figures


def test_a_bare_name_takes_the_kind_another_origin_gave_the_person() -> None:
    figures = _figures({"n": ("center", INTRODUCED + EASY), "f": ("right", BARE + EASY)})
    assert _share(figures, "right", "speaker.official") == 1.0
    assert _share(figures, "right", "speaker.unspecified") == 0.0


def test_two_people_with_one_surname_keep_a_bare_surname_untyped() -> None:
    figures = _figures({"n": ("center", INTRODUCED + EASY), "f": ("right", BARE + EASY), "h": ("left", OTHER_ROMNEY + EASY)})
    assert _share(figures, "right", "speaker.unspecified") == 1.0
    assert _share(figures, "left", "speaker.unspecified") == 1.0


def test_the_source_table_says_the_same(tmp_path) -> None:
    figures = _figures({"n": ("center", INTRODUCED + EASY), "f": ("right", BARE + EASY)})
    row = figures.filter((pl.col("level") == "source") & (pl.col("unit") == "f") & (pl.col("measure") == "speaker.official"))
    assert row.get_column("value")[0] == 1.0


def test_a_junior_is_not_his_father() -> None:
    father = "President Trump spoke to reporters on Monday about the economy. "
    son = "Donald Trump Jr. released the messages on Twitter. “I did that earlier today,” Mr. Trump said in response. "
    figures = _figures({"f": ("right", father + EASY), "n": ("center", son + EASY)})
    assert _share(figures, "center", "speaker.unspecified") == 1.0


def test_a_word_that_opens_the_sentence_is_no_namesake() -> None:
    opening = "Following Romney's remarks, the crowd cheered. " + BARE
    figures = _figures({"n": ("center", INTRODUCED + EASY), "f": ("right", opening + EASY)})
    assert _share(figures, "right", "speaker.official") == 1.0


def test_the_sources_whose_speakers_were_typed_again_keep_the_order_of_the_sources() -> None:
    """Their figures were recomputed in the order polars' unique() gave the sources, which differed from one process
    to the next: two builds of the same 500 articles wrote lenses/attribution.csv in two orders (session 12)."""
    docs = {"a00": ("center", INTRODUCED + EASY)} | {f"f{i:02d}": ("right", BARE + EASY) for i in range(40)}
    figures = _figures(docs).filter(pl.col("level") == "source")
    units = figures.get_column("unit").unique(maintain_order=True).to_list()
    assert units == ["a00", *(f"f{i:02d}" for i in range(40))]

"""A loaded-language figure says what it counts: words from contrast's list, a list that catches a small share of
loaded wording (check7 SE-17).

Sestak's briefing printed 0.0 in every cell of "Loaded and emotive language" beside "leaned on", "under a cloud of
scandal", "dangled" and "shenanigans": a reader takes a table of zeros as "no loaded language". The section states,
on paper and on screens, what a figure counts and the list's measured recall beside its precision; a cell where
nothing was counted reads "0 listed" (a count of the list's words, with a legend saying it shows no absence from the
text), a row of them reads once across the origins, a section of them says so in a sentence instead of a table, and no
finding compares a figure with a zero (tests/test_lens_absence_wording.py: session 14's wording).

The same holds for the other lenses whose zero only says their list or rule found nothing. Sestak's "How sure they
sound" read "Boosters: ... 7.9 per 1,000 words against 0.0 per 1,000 words for the other origins" and 0.0 in every
Hedges cell, though nobody has measured what share of hedging the list catches; sestak's, flynn's and elephant's
Frames tables printed "Economic 0%", "Morality 0%" … and "33% against 0% for the other origins"; and Naming printed
"0 actors named differently by different origins" while check7 ET-21 found a naming difference its rule did not see.
"""

from __future__ import annotations

import re

import pytest

from contrast.metrics.loaded import BASIL_MEASURED
from tests.reportkit import EASY, lens_section

# own-voice wording people mark as loaded that is on no list (sestak, NYT s27-28 and HuffPost s16-18)
SESTAK = (
    "The White House has also leaned on the governor to step aside, which he eventually did under a cloud of scandal. "
    "Much intrigue has surrounded the question of what position was dangled in front of him. "
    "Mr. Emanuel has not been shy about trying to steer party nominations this year. "
)
OWN_LABEL = "The regime keeps a firm grip on the press and on the courts of the country. "


def _briefing(root, texts: dict[str, str], lens: str = "loaded"):
    return lens_section(root, texts, lens)


@pytest.fixture(scope="module")
def nothing_counted(tmp_path_factory: pytest.TempPathFactory):
    return _briefing(tmp_path_factory.mktemp("nothing"), {"state-a": (SESTAK + EASY) * 3, "critic-b": (EASY + SESTAK) * 3})


@pytest.fixture(scope="module")
def one_origin_counted(tmp_path_factory: pytest.TempPathFactory):
    return _briefing(tmp_path_factory.mktemp("one"), {"state-a": (OWN_LABEL + EASY) * 3, "critic-b": (SESTAK + EASY) * 3})


def test_a_section_where_nothing_was_counted_says_so_instead_of_a_table_of_zeros(nothing_counted) -> None:
    section, html = nothing_counted
    assert section.tables == ()
    [said] = section.findings
    assert said.startswith("No word from the list was counted in any source")
    assert "no finding that these texts use no loaded language" in html
    assert not re.search(r">\s*0\.0\s*<", html)


def test_the_section_states_the_lists_recall_beside_its_precision_where_paper_shows_it(nothing_counted) -> None:
    section, html = nothing_counted
    assert f"recall {BASIL_MEASURED.recall:.2f}" in getattr(section, "reads", "")
    assert f"precision {BASIL_MEASURED.precision:.2f}" in section.reads
    assert "“0 listed” does not mean no loaded language" in section.reads
    # printed under the question, outside the screen-only detail the PDF leaves out
    before = html[: html.index('<p class="reads">')]
    assert "detail" not in before


def test_a_cell_where_nothing_was_counted_reads_0_listed(one_origin_counted) -> None:
    section, _ = one_origin_counted
    rows = dict(section.tables[0].rows)
    counted, nothing = rows["Name-calling"]
    assert counted.kind == "rate" and counted.value and counted.value > 0
    assert (nothing.kind, nothing.text, nothing.value) == ("nothing", "0 listed", None)


def test_a_row_where_no_origin_has_anything_counted_reads_once_across_them(one_origin_counted) -> None:
    section, html = one_origin_counted
    rows = dict(section.tables[0].rows)
    [slanted] = rows["Slanted verbs"]
    assert (slanted.text, slanted.span) == ("0 listed in any origin", 2)
    [scare] = rows["Scare quotes"]
    assert scare.text == "0 found by the rule in any origin"
    assert 'colspan="2">0 listed in any origin' in html


@pytest.mark.parametrize(
    ("report", "measure", "against", "zero"),
    [
        ("one_origin_counted", "Name-calling", "0 listed", "0.0"),
        ("one_origin_boosts", "Boosters", "0 listed", "0.0"),
        ("one_origin_frames", "Economic", "0 with a cue", "0%"),
    ],
)
def test_no_finding_compares_a_figure_with_a_zero(
    request: pytest.FixtureRequest, report: str, measure: str, against: str, zero: str
) -> None:
    section, _ = request.getfixturevalue(report)
    [said] = [f for f in section.findings if f.startswith(measure)]
    assert f"{against} in the other origins" in said
    assert not any(f"against {zero}" in f for f in section.findings)


def test_per_source_cells_of_nothing_read_0(one_origin_counted) -> None:
    section, _ = one_origin_counted
    per_source = section.tables[-1]
    assert per_source.per_source and per_source.caption.endswith("; 0: nothing counted.")
    assert {c.text for _, cells in per_source.rows for c in cells if c.kind == "nothing"} == {"0"}


# How sure they sound

BOOSTED = "The report clearly shows that the plan failed. The audit confirms the losses of the company. "


@pytest.fixture(scope="module")
def one_origin_boosts(tmp_path_factory: pytest.TempPathFactory):
    return _briefing(tmp_path_factory.mktemp("boost"), {"state-a": (BOOSTED + EASY) * 3, "critic-b": EASY * 4}, "certainty")


@pytest.fixture(scope="module")
def certainty_nothing_counted(tmp_path_factory: pytest.TempPathFactory):
    return _briefing(tmp_path_factory.mktemp("none"), {"state-a": EASY * 4, "critic-b": EASY * 4}, "certainty")


def test_the_certainty_section_says_what_a_figure_counts_and_that_its_recall_is_not_measured(one_origin_boosts) -> None:
    section, html = one_origin_boosts
    assert "words and phrases from contrast’s list of hedges and boosters" in section.reads
    assert "not been measured" in section.reads
    assert "“0 listed” does not mean" in section.reads
    assert '<p class="reads">' in html


def test_a_certainty_section_where_nothing_was_counted_says_so_instead_of_a_table_of_zeros(certainty_nothing_counted) -> None:
    section, _ = certainty_nothing_counted
    assert section.tables == ()
    [said] = section.findings
    assert said.startswith("No hedge or booster from the list was counted in any source")
    assert "no finding that these texts never hedge or sound sure" in said


# Frames and naming

ECONOMY = "The company reported higher profits as the economy grew and tax revenue rose sharply this year. "


@pytest.fixture(scope="module")
def one_origin_frames(tmp_path_factory: pytest.TempPathFactory):
    return _briefing(tmp_path_factory.mktemp("frames"), {"state-a": (ECONOMY + EASY) * 3, "critic-b": EASY * 4}, "frames")


@pytest.mark.parametrize(
    ("report", "counted_row", "empty_row", "nothing", "kind", "zero"),
    [
        ("one_origin_boosts", "Boosters", "Hedges", "0 listed", "rate", r"0\.0"),
        ("one_origin_frames", "Economic", "Morality", "0 with a cue", "share", "0%"),
    ],
)
def test_a_cell_where_the_list_found_nothing_reads_so(
    request: pytest.FixtureRequest, report: str, counted_row: str, empty_row: str, nothing: str, kind: str, zero: str
) -> None:
    section, html = request.getfixturevalue(report)
    rows = dict(section.tables[0].rows)
    counted, empty = rows[counted_row]
    assert counted.kind == kind and counted.value and counted.value > 0
    assert (empty.kind, empty.text) == ("nothing", nothing)
    [across] = rows[empty_row]
    assert across.text == f"{nothing} in any origin"
    assert not re.search(rf">\s*{zero}\s*<", html.split("Other / no cue")[0])


def test_the_frames_section_says_its_cue_list_is_not_measured_against_coders(one_origin_frames) -> None:
    section, _ = one_origin_frames
    assert "how often the list agrees with a human coder has not been measured" in section.reads


def test_sentences_with_no_cue_keep_their_share(one_origin_frames) -> None:
    section, _ = one_origin_frames
    other = dict(section.tables[0].rows)["Other / no cue"]
    assert all(c.kind == "share" for c in other)


def test_naming_says_no_actor_was_named_differently_by_its_rule_not_zero_actors() -> None:
    from contrast.report.briefing.lenses.findings import _naming

    [said] = _naming([{"measure": "event:e001"}, {"measure": "event:e003"}])
    assert said.startswith("No actor named differently by the lens’s rule: of the actors the claims name, no two origins")
    assert said.endswith(
        "2 shared events told by some origin in words no other origin uses for it (the table lists each origin's own words)."
    )
    assert "0 actors" not in said
    [named] = _naming([{"measure": "actor:ccp"}, {"measure": "event:e001"}])
    assert named.startswith("1 actor named differently by different origins; ")


# Whose voice

OFFICIAL = "The ministry spokesman said the new plan would cut costs for many families this year. "
EXPERT = "Professor Lin, an economist at the university, said the new plan would raise costs for many families. "


@pytest.fixture(scope="module")
def speakers_of_one_kind(tmp_path_factory: pytest.TempPathFactory):
    texts = {"state-a": (OFFICIAL + EASY) * 3, "critic-b": (EXPERT + EASY) * 3}
    return _briefing(tmp_path_factory.mktemp("voice"), texts, "attribution")


def test_a_kind_of_speaker_the_rule_typed_nowhere_reads_as_that_not_zero_percent(speakers_of_one_kind) -> None:
    """Speakers are typed by rule and many stay unclassified: "Experts and academics 0%" read as "no expert quoted"
    where the rule typed none (lens8c, sestak). Unclassified speakers and the attributed share keep their figures."""
    section, _ = speakers_of_one_kind
    rows = dict(section.tables[0].rows)
    official, not_official = rows["Officials and spokespeople"]
    assert official.kind == "share" and official.value and official.value > 0
    assert (not_official.kind, not_official.text) == ("nothing", "0 typed so")
    [media] = rows["Media"]
    assert media.text == "0 typed so in any origin"
    assert all(c.kind == "share" for c in rows["Statements attributed"] + rows["Unclassified speaker"])
    verbs = dict(next(t for t in section.tables if any(label.startswith("Neutral") for label, _ in t.rows)).rows)
    [praise] = verbs["Praise: praised, hailed"]
    assert praise.text == "0 listed in any origin"


def test_naming_says_how_many_of_its_events_the_table_shows_when_it_cannot_show_all() -> None:
    # check BU20 TA-46: "14 shared events told by some origin in words no other origin uses" above a Naming table of 12
    # rows: the reader could not find the other two
    from contrast.report.briefing.lenses.findings import NAMING_ROWS, _naming

    events = [{"measure": f"event:e{k:03d}"} for k in range(1, NAMING_ROWS + 3)]
    [said] = _naming([{"measure": "actor:ccp"}, *events])
    assert f"{NAMING_ROWS + 2} shared events told by some origin in words no other origin uses for it (the table lists each " \
           f"origin's own words for {NAMING_ROWS - 1} of them; all are in build/lenses/naming.csv)." in said
    [fits] = _naming(events[: NAMING_ROWS - 1])
    assert fits.endswith("(the table lists each origin's own words).")

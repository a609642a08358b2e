"""Genre: declared in report.toml, else inferred from simple cues in the title and outlet, and marked so."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

import pytest

from contrast.config import load_report
from contrast.errors import ManifestError
from contrast.genre import GENRES, KINDS_OF_TEXT, Genre, GenreId, confounded, count_kinds, describe_mix, genre_mix, source_genre
from tests.reportkit import make_report


def test_every_genre_a_manifest_may_declare_has_a_name_in_prose() -> None:
    assert tuple(GENRES) == get_args(GenreId)


def test_a_declared_genre_wins_and_is_not_marked_inferred() -> None:
    genre = source_genre(declared="academic", title="PD Commentary: x", outlet="Reuters")
    assert (genre.id, genre.inferred, genre.shown) == ("academic", False, "academic")


@pytest.mark.parametrize(
    ("title", "outlet", "expected"),
    [
        ("PD Commentary: Bullying mindset behind U.S. trade war", "People's Daily Online", "opinion"),
        ("Opinion: The tariffs will backfire", "The Hill", "opinion"),
        ("Trump plans to offer exemption", "Reuters", "wire"),
        ("Trump rolling out tariffs", "People's Daily Online (republished agency report; largely the Associated Press text)", "wire"),
        ("Lawmakers brace for fallout", "CBN News (Associated Press report)", "wire"),
        ("Cultural Diplomacy in China's Foreign Policy", "Advance Social Science Archive Journal 4(2)", "academic"),
        ("Statement on the tariffs", "Ministry of Commerce of the People's Republic of China", "official-statement"),
        ("Analysis: what the tariffs mean", "BBC News", "analysis"),
        ("China levies its own tariffs in self-defense", "People's Daily Online (republished China Daily report)", "news"),
        ("China hits back after US imposes tariffs", "BBC News", "news"),
    ],
)
def test_genre_is_inferred_from_the_title_and_outlet(title: str, outlet: str, expected: str) -> None:
    genre = source_genre(declared=None, title=title, outlet=outlet)
    assert genre.id == expected and genre.inferred
    assert genre.shown.endswith("(inferred)")


def test_inference_says_which_cue_decided() -> None:
    assert source_genre(declared=None, title="PD Commentary: x", outlet="").cue == "“Commentary” in the title"
    assert source_genre(declared=None, title="x", outlet="CCTV.com").cue == "no cue of another genre"


def test_a_word_inside_another_word_is_not_a_cue() -> None:
    assert source_genre(declared=None, title="Columnar basalt and apache helicopters", outlet="Map News").id == "news"


def test_many_references_make_a_paper() -> None:
    assert source_genre(declared=None, title="Soft power", outlet="", citations=33).id == "academic"
    assert source_genre(declared=None, title="Soft power", outlet="", citations=2).id == "news"


@pytest.mark.parametrize(
    "url",
    [
        "https://www.nytimes.com/2018/07/06/opinion/trump-china-tariffs.html",
        "https://www.washingtonpost.com/opinions/2018/07/06/tariffs/",
        "https://www.theguardian.com/commentisfree/2018/jul/06/trade-war",
        "https://www.chinadaily.com.cn/a/201807/06/commentary/WS5b3e.html",
        "https://thehill.com/opinion/finance/395771-the-tariffs-will-backfire",
    ],
)
def test_an_opinion_section_in_the_address_makes_an_op_ed(url: str) -> None:
    genre = source_genre(declared=None, title="The tariffs will backfire", outlet="Daily", url=url)
    assert genre.id == "opinion" and genre.inferred


def test_an_address_that_merely_mentions_opinion_is_no_cue() -> None:
    url = "https://example.com/news/2018/07/06/poll-public-opinion-on-tariffs"
    assert source_genre(declared=None, title="Poll", outlet="Daily", url=url).id == "news"


FPIF_BIO = (
    "Jianlu Bi is a Beijing-based award-winning journalist and current affairs commentator.His research interests "
    "include international politics and communications."
)


@pytest.mark.parametrize(
    "note",
    [
        FPIF_BIO,
        "Jane Roe is a columnist for the Daily and a fellow at the Trade Institute.",
        "The views expressed in this article are the author's own.",
        "The views don't necessarily reflect those of China Daily.",
        "John Doe, a contributing opinion writer, teaches economics.",
    ],
)
def test_an_authors_note_that_says_commentary_makes_an_op_ed(note: str) -> None:
    """Op-eds end with a note on their author ("X is a … commentator") or a disclaimer; news
    reports end with neither. FPIF's op-ed in the soft-power report was called news without it."""
    genre = source_genre(
        declared=None, title="Soft Power Divide: China Advances While the US Retreats", outlet="Foreign Policy In Focus",
        author_note=note,
    )  # fmt: skip
    assert genre.id == "opinion" and genre.inferred


def test_a_reporters_note_is_no_cue() -> None:
    for note in ("Additional reporting by Wang Xueying", "Wiseman and Superville reported from Washington.",
                 "Jane Roe is a reporter covering trade for the Daily."):  # fmt: skip
        assert source_genre(declared=None, title="Tariffs take effect", outlet="Daily", author_note=note).id == "news"


def test_an_origin_described_as_op_eds_makes_its_sources_op_eds() -> None:
    """The manifest says what an origin is: an origin of op-eds ("Commentary: An op-ed by a named
    commentator.") makes its sources opinion unless a source's own cue says otherwise."""
    genre = source_genre(
        declared=None, title="Soft Power Divide", outlet="Foreign Policy In Focus",
        origin_label="Commentary", origin_description="An op-ed by a named commentator.",
    )  # fmt: skip
    assert (genre.id, genre.inferred) == ("opinion", True)
    assert "origin" in genre.cue
    wire = source_genre(declared=None, title="x", outlet="Reuters", origin_label="Commentary")
    assert wire.id == "wire"


@pytest.mark.parametrize(
    ("label", "description"),
    [
        ("Western right", "Western outlet rated Right by AllSides."),
        ("Western critical", "Western news and web magazines writing critically about the Chinese government."),
        ("US right", "Outlets whose editorial line is conservative."),
    ],
)
def test_an_origin_that_names_no_kind_of_text_is_no_cue(label: str, description: str) -> None:
    genre = source_genre(declared=None, title="x", outlet="Daily", origin_label=label, origin_description=description)
    assert genre.id == "news"


def _genres(*ids: str) -> list:
    return [source_genre(declared=g, title="", outlet="") for g in ids]  # type: ignore[arg-type]


def test_origins_with_the_same_kinds_of_text_are_not_confounded() -> None:
    assert not confounded(genre_mix({"a": _genres("news", "news"), "b": _genres("news")}))
    assert not confounded(genre_mix({"a": _genres("news", "wire"), "b": _genres("news", "news")}))


def test_an_origin_with_an_op_ed_among_news_is_confounded_with_genre() -> None:
    mix = genre_mix({"state": _genres("news", "opinion"), "west": _genres("news", "news", "wire")})
    assert confounded(mix)
    assert describe_mix(mix["state"]) == "1 news, 1 opinion"
    assert describe_mix(mix["west"]) == "2 news, 1 wire copy"


def test_manifest_accepts_a_known_genre_and_refuses_others(tmp_path: Path) -> None:
    root = make_report(tmp_path / "ok", source_overrides={"state-a": {"genre": "opinion"}})
    assert load_report(root).manifest.sources[0].genre == "opinion"
    bad = make_report(tmp_path / "bad", source_overrides={"state-a": {"genre": "gossip"}})
    with pytest.raises(ManifestError, match="genre"):
        load_report(bad)


def test_texts_are_counted_by_genre_in_words_a_student_reads() -> None:
    news, opinion, paper = (Genre(g, inferred=True, cue="") for g in ("news", "opinion", "academic"))
    assert count_kinds([news, opinion, news, news, paper]) == "3 news articles, 1 opinion piece and 1 academic paper"
    assert count_kinds([opinion, opinion]) == "2 opinion pieces"
    assert count_kinds([news]) == "1 news article"
    assert set(KINDS_OF_TEXT) == set(GENRES)


# --- a news agency's dateline: the story is the agency's (check7 MJ-2) ------------------------------

@pytest.mark.parametrize(
    ("lead", "agency"),
    [
        # Fox's "news" was an AP story: its short sentences were printed as "US right"'s style
        ("Denver (AP) – Colorado's top law enforcement official promises to defend the law.", "AP"),
        ("WASHINGTON (Reuters) - The U.S. will impose tariffs on Friday.", "Reuters"),
        ("BEIJING, July 6 (Xinhua) -- China said it would fight back.", "Xinhua"),
        ("WASHINGTON (AP) —", "AP"),  # the dateline cleaning took off the first line
        ("Colorado's top cop defends pot law\n\nDenver (AP) – Colorado's top official spoke.", "AP"),
        # near misses: an outlet's own dateline, an agency named or credited in the text, a later paragraph
        ("WASHINGTON — President Trump on Friday reversed the decision.", None),
        ("NEW YORK (CNN) — The network said so.", None),
        ("The mayor told The Associated Press (AP) he would run again.", None),
        ("Protesters march in Hong Kong (AP Photo/Kin Cheung) - on Sunday.", None),
        ("President Trump spoke.\n\n" + "x " * 400 + "\n\nDenver (AP) – late.", None),
    ],
)
def test_an_agency_dateline_opening_the_text_is_found(lead: str, agency: str | None) -> None:
    from contrast.genre import agency_dateline

    assert agency_dateline(lead) == agency


def test_an_agency_dateline_makes_wire_copy_and_says_so() -> None:
    genre = source_genre(declared=None, title="Colorado's top cop defends pot law", outlet="Fox News",
                         lead="Denver (AP) – Colorado's top law enforcement official promises to defend the law.")
    assert (genre.id, genre.inferred, genre.cue) == ("wire", True, "the dateline “(AP)” opening the text")
    news = source_genre(declared=None, title="For Now, Trump to Keep Ban", outlet="New York Times",
                        lead="WASHINGTON — President Trump on Friday reversed the decision.")
    assert news.id == "news"


def test_a_readability_finding_says_which_origins_text_is_wire_copy() -> None:
    """Where a reading-grade finding names an origin whose text is an agency's story, it says so."""
    from types import SimpleNamespace

    from contrast.report.briefing import glance
    from contrast.report.briefing.contrasts import GRADE
    from contrast.stats import Contrast, Estimate

    wire = SimpleNamespace(code="S1", genre=Genre("wire", inferred=True, cue="the dateline “(AP)” opening the text"))
    news = SimpleNamespace(code="S2", genre=Genre("news", inferred=True, cue="no cue of another genre"))
    origins = [SimpleNamespace(ref=SimpleNamespace(id="r", label="US right"), sources=(wire,)),
               SimpleNamespace(ref=SimpleNamespace(id="c", label="US center"), sources=(news,))]
    contrast = Contrast({"c": Estimate(16.9, 15.0, 18.0, 28), "r": Estimate(12.0, 11.0, 13.0, 40)}, high="c", low="r",
                        difference=4.9, diff_low=2.0, diff_high=7.0)
    said = glance._reading_difficulty(SimpleNamespace(origins=origins, contrasts={GRADE: contrast}))
    assert said is not None and said.endswith(
        " S1 (all of US right's text) is wire copy (the dateline “(AP)” opening the text): the style measured is the "
        "agency's as much as US right's."
    )
    origins[0].sources = (news,)
    assert "wire copy" not in (glance._reading_difficulty(SimpleNamespace(origins=origins, contrasts={GRADE: contrast})) or "")

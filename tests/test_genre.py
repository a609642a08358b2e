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

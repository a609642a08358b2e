"""Each source's language is detected; metrics that do not support it say N/A, never a number."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from contrast.language import detect_language
from contrast.pipeline import build
from tests.reportkit import CRITIC, EASY, PRAISE, make_report

CHINESE = (
    "中国的软实力正在迅速提升。外国媒体报道说，中国文化品牌正在塑造全球潮流。"
    "越来越多的外国游客来到中国旅游，感受中国的魅力。中国电影和游戏在海外受到欢迎。"
) * 4
FRENCH = (
    "Le festival a été un grand succès et les visiteurs ont adoré les spectacles. "
    "Les critiques ont cependant dénoncé une opération de propagande soigneusement organisée. "
) * 6


def test_detects_english_chinese_and_french() -> None:
    assert detect_language(PRAISE * 3, fallback="xx").code == "en"
    assert detect_language(CHINESE, fallback="xx").code == "zh"
    assert detect_language(FRENCH, fallback="xx").code == "fr"


def test_unsure_detection_falls_back_to_the_manifest_language() -> None:
    language = detect_language("OK 42", fallback="en")
    assert language.code == "en" and not language.detected


def test_non_english_source_gets_na_sentiment_with_the_reason(tmp_path: Path) -> None:
    root = make_report(tmp_path, {"state-a": CHINESE, "critic-b": (CRITIC + EASY) * 3, "critic-c": FRENCH})
    result = build(root)
    sources = pl.read_csv(root / "build" / "sources.csv")
    rows = {r["source_id"]: r for r in sources.iter_rows(named=True)}
    assert rows["state-a"]["language"] == "zh" and rows["critic-c"]["language"] == "fr"
    assert rows["state-a"]["sentiment_mean"] is None and rows["critic-c"]["sentiment_mean"] is None
    assert rows["critic-b"]["sentiment_mean"] is not None
    sentences = pl.read_parquet(root / "build" / "sentences.parquet")
    assert sentences.filter(pl.col("source_id") == "state-a").get_column("compound").null_count() > 0
    assert any("'state-a'" in w and "VADER is English-only" in w for w in result.warnings)


def test_readability_uses_the_source_language_or_says_na(tmp_path: Path) -> None:
    root = make_report(tmp_path, {"state-a": CHINESE, "critic-b": (CRITIC + EASY) * 3, "critic-c": FRENCH * 3})
    result = build(root)
    rows = {r["source_id"]: r for r in pl.read_csv(root / "build" / "sources.csv").iter_rows(named=True)}
    assert rows["state-a"]["flesch_reading_ease"] is None
    assert any("'state-a'" in w and "no formulas for 'zh'" in w for w in result.warnings)
    assert rows["critic-c"]["flesch_reading_ease"] is not None  # textstat has French formulas
    assert rows["critic-c"]["dale_chall"] is None  # …but no French word list
    assert rows["critic-b"]["flesch_reading_ease"] is not None

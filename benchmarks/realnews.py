"""Real articles for the benchmarks: the first N of ``../shared/corpora/allsides/allsides-10k.jsonl.gz``.

10,000 news articles from AllSides-rated US and UK outlets (Article-Bias-Prediction,
Baly et al. 2020; README beside the file), with their scraping noise. Articles are taken
in file order, so N = 500 is a prefix of N = 2,000; each article's origin is its outlet's
AllSides rating (left, center, right). Report folders are written into a temporary
folder by the benchmarks and never committed.
"""

from __future__ import annotations

import gzip
import itertools
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

import tomlkit

REPO = Path(__file__).resolve().parent.parent
ALLSIDES = Path(
    os.environ.get("CONTRAST_ALLSIDES", REPO.parent / "shared" / "corpora" / "allsides" / "allsides-10k.jsonl.gz")
)
"""The corpus file (``CONTRAST_ALLSIDES`` overrides it; /work/shared holds it on the team's machine)."""
ORIGINS = (
    {"id": "left", "label": "Left-rated outlets", "colour": "#1f5fa8", "description": "Outlets AllSides rates left."},
    {"id": "center", "label": "Centre-rated outlets", "colour": "#6b6b6b", "description": "Outlets AllSides rates center."},
    {"id": "right", "label": "Right-rated outlets", "colour": "#c0392b", "description": "Outlets AllSides rates right."},
)


@dataclass(frozen=True)
class Article:
    source_id: str
    """``as-00000``…: the manifest wants lowercase slugs, the corpus ids are mixed case."""
    corpus_id: str
    title: str
    outlet: str
    date: str
    url: str
    origin: str
    text: str


def articles(n: int, *, path: Path = ALLSIDES) -> list[Article]:
    """The first ``n`` articles of the corpus file."""
    if not path.is_file():
        raise SystemExit(f"{path}: the AllSides corpus is missing (set CONTRAST_ALLSIDES to its path)")
    found = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for index, line in enumerate(itertools.islice(lines, n)):
            record = json.loads(line)
            found.append(
                Article(
                    source_id=f"as-{index:05d}",
                    corpus_id=record["id"],
                    title=record["title"].strip() or record["id"],
                    outlet=record["outlet"],
                    date=iso_date(record["date"]),
                    url=record["url"] if str(record["url"]).startswith(("http://", "https://")) else "",
                    origin=record["allsides"],
                    text=record["text"],
                )
            )
    if len(found) < n:
        raise SystemExit(f"{path}: holds {len(found)} articles, {n} asked for")
    return found


def iso_date(value: str) -> str:
    """The corpus's date as YYYY-MM-DD; a few records say M/D/YY, some have none."""
    match = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2})", value or "")
    if match:
        month, day, year = (int(part) for part in match.groups())
        return f"{2000 + year:04d}-{month:02d}-{day:02d}"
    return value if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value or "") else ""


def write_report(root: Path, chosen: list[Article], *, title: str | None = None) -> Path:
    """A report folder of these articles (``report.toml`` and ``sources/<id>.txt``)."""
    (root / "sources").mkdir(parents=True, exist_ok=True)
    for article in chosen:
        (root / "sources" / f"{article.source_id}.txt").write_text(article.text, encoding="utf-8")
    document = {
        "title": title or f"{len(chosen):,} AllSides-rated articles",
        "subtitle": "Real news for throughput and scale benchmarks",
        "edition": "2025-01-31",
        "origins": [dict(origin) for origin in ORIGINS],
        "sources": [source_entry(article) for article in chosen],
    }
    text = tomlkit.dumps(document).replace('edition = "2025-01-31"', "edition = 2025-01-31")
    (root / "report.toml").write_text(text, encoding="utf-8")
    return root


def source_entry(article: Article) -> dict[str, str]:
    """The manifest entry of one article (empty fields left out)."""
    entry = {
        "id": article.source_id,
        "path": f"sources/{article.source_id}.txt",
        "title": article.title,
        "outlet": article.outlet,
        "date": article.date,
        "url": article.url,
        "origin": article.origin,
    }
    return {key: value for key, value in entry.items() if value}

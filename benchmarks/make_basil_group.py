"""One BASIL event (Fox News, The New York Times, HuffPost) as a folder of three text files, for a check on news
contrast was never tuned on: ``python benchmarks/make_basil_group.py INDEX SLUG OUTDIR``.

Text only — a short header (title, origin, outlet, date, URL) and the article's sentences, one per paragraph; none of
BASIL's annotations are copied, so whoever checks the report reads what a user would give contrast. Events already
used (read) are listed in the closing notes of the sessions that used them; keep new checks to unused indices.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "basil" / "raw" / "emnlp19-BASIL" / "data"
OUTLETS = (
    ("fox", "01_fox_news.txt", "Fox News", "US right"),
    ("nyt", "02_new_york_times.txt", "The New York Times", "US center"),
    ("hpo", "03_huffpost.txt", "HuffPost", "US left"),
)


def make_group(index: int, slug: str, outdir: Path, *, data: Path = DATA) -> Path:
    """Write the three articles of BASIL event ``index`` into ``outdir / slug`` (which must not exist)."""
    folder = outdir / slug
    folder.mkdir(parents=True, exist_ok=False)
    for key, name, outlet, origin in OUTLETS:
        article = json.loads((data / f"{index}_{key}.json").read_text(encoding="utf-8"))
        body = "\n\n".join(s["sentence"].strip() for s in sorted(article["body"], key=lambda s: s["sentence-index"]))
        header = (
            f"title: {article['title']}\norigin: {origin} ({outlet})\noutlet: {outlet}\n"
            f"date: {article['date']}\nurl: {article['url']}\n\n"
        )
        (folder / name).write_text(header + body + "\n", encoding="utf-8")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index", type=int, help="BASIL event number (0-99)")
    parser.add_argument("slug", help="folder name for the group")
    parser.add_argument("outdir", type=Path, help="where to create it")
    args = parser.parse_args()
    print(make_group(args.index, args.slug, args.outdir))


if __name__ == "__main__":
    main()

"""Write ``contrast/resources/news_words.txt``: the content-word stems of news at large.

A word that most news articles use ("make", "decisions", "time", "significant") says nothing
about which fact two sentences report, however rare it is in one small report: "The people of
Alabama deserve to know the truth and will make their own decisions" and "I know that
14-year-olds don't make good decisions" share three such words and two different speakers.
So alignment lets these stems confirm a link but not start one (``contrast.claims.align``).

The list is the stems (as ``contrast.claims.terms.sentence_terms`` makes them) found in at
least ``SHARE`` of the 10,000 AllSides articles (``/work/shared/corpora/allsides``: US news
of every topic, 2012–2020, left/center/right outlets). The share was chosen on the dev golds'
links (0.05 dropped 6 correct links with 4 wrong; 0.08–0.10 dropped 2 correct with 4 wrong;
0.15 1 with 3). Rerun after changing how stems are made:

    .venv/bin/python benchmarks/gold/make_news_words.py
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(REPO))

CORPUS = Path("/work/shared/corpora/allsides/allsides-10k.jsonl.gz")
OUT = REPO / "contrast" / "resources" / "news_words.txt"
SHARE = 0.1


def main() -> int:
    from contrast.claims.terms import sentence_terms

    counts: Counter[str] = Counter()
    articles = 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as lines:
        for line in lines:
            articles += 1
            counts.update(set(sentence_terms(json.loads(line).get("text") or "").stems))
    chosen = sorted(s for s, n in counts.items() if n >= SHARE * articles)
    header = [
        "# Content-word stems in at least 10% of 10,000 news articles (AllSides, 2012-2020): words of news at large,",
        "# which confirm a link between two sentences but cannot start one (contrast.claims.align).",
        f"# Made by benchmarks/gold/make_news_words.py from {CORPUS.name}: {articles} articles, {len(chosen)} stems.",
    ]
    OUT.write_text("\n".join(header + chosen) + "\n", encoding="utf-8")
    print(f"{len(chosen)} stems of {len(counts)} in at least {SHARE:.0%} of {articles} articles -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

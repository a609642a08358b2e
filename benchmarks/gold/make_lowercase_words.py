"""Write ``contrast/resources/lowercase_words.txt``: words news writes in lower case inside a sentence.

A capitalised word at a sentence's start may be a name or only the first word of the sentence. Glued to a name
after it ("Expect Trump and his allies to beat their anti-media drum …", "Embattled Trump adviser …"), it makes a
name no source wrote (check AC BR-11: "Expect Trump" counted a claim as the only one naming someone). Whether the
word is one news capitalises for its own sake is a fact about news English, read here off the 10,000 AllSides
articles (``/work/shared/corpora/allsides``: US news of every topic, 2012–2020): the words that, after a lower-case
word or a comma inside a line, stand ``MIN_SEEN`` times or more and with a capital at most ``MAX_CAPITALISED`` of the
time ("expect" 2 of 953, "asked" 2 of 3,391, "despite" 11 of 1,436; not "white" 76 %, "special" 12 %, "top" 2.2 %,
"will" 0.5 % is in: "Will Hurd said" loses "Will" at a sentence's start, "Hurd" stays). Function words are left out:
``stopwords_en.txt`` has them. Rerun after changing the corpus:

    .venv/bin/python benchmarks/gold/make_lowercase_words.py
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter

from make_news_words import CORPUS, REPO  # the same corpus, and the repository put on the path

OUT = REPO / "contrast" / "resources" / "lowercase_words.txt"
MIN_SEEN = 20
MAX_CAPITALISED = 0.01
_INSIDE = re.compile(r"(?<=[a-z,] )([A-Za-z][a-z]+)\b")
"""A word after a lower-case word or a comma and one space: inside a sentence, where only a name has a capital."""


def main() -> int:
    from contrast.claims.terms import stopwords

    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    articles = 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as lines:
        for line in lines:
            articles += 1
            for match in _INSIDE.finditer(json.loads(line).get("text") or ""):
                word = match.group(1)
                (capital if word[0].isupper() else lower)[word.lower()] += 1
    stop = stopwords()
    chosen = sorted(
        w for w in lower.keys() | capital.keys()
        if (seen := lower[w] + capital[w]) >= MIN_SEEN and capital[w] <= MAX_CAPITALISED * seen and w not in stop
    )
    OUT.write_text(
        f"# Words written in lower case inside a sentence: seen at least {MIN_SEEN} times after a lower-case word or a comma\n"
        f"# in 10,000 news articles (AllSides, 2012-2020), with a capital at most {MAX_CAPITALISED:.0%} of the time. At a "
        "sentence's\n# start such a word is no part of a name after it (contrast.claims.terms.entities).\n"
        f"# Made by benchmarks/gold/make_lowercase_words.py from {CORPUS.name}: {articles} articles, {len(chosen)} words.\n"
        + "".join(f"{word}\n" for word in chosen),
        encoding="utf-8",
    )
    print(f"{len(chosen)} words of {len(lower.keys() | capital.keys())} -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Whose voice against a reader: the speaker kind of each statement, hand-labelled, on dev data only.

``benchmarks/gold/speakers/<group>.json`` lists, for each article of a BASIL tuning group, the
statements a reader would call someone else's (a quotation or reported speech) with the kind
of whoever says them — official, expert, media, business, ordinary people, anonymous — and
the outlet's own statements as ``none`` (labelled by reading the texts, not the engine's
output). The attribution lens reads the same article (``read_statements``: its sentences in
order, so a surname is typed by its earlier mention) and is scored per labelled statement:

* typed right / typed wrong / unclassified, on the statements a reader gives a speaker;
* precision of a typed kind = right / (right + wrong): how often a printed share counts a
  statement under the wrong kind of speaker (the false claims of finalcheck-s3 I-A30–32, M-A31–33);
* coverage = right / statements with a speaker;
* own-voice statements the lens calls attributed, and attributed ones it calls own voice.

Two groups are labelled: BASIL benghazi, a tuning group (DEVELOPERS.md), on which the rules were
tuned; and trump-zte-reversal-2018-05-13 (two of its articles), labelled from its sentences alone
after the rules were fixed and scored once, the check. The reserved and held-out groups are never
read for it.

Usage: ``python benchmarks/bench_attribution_speakers.py [--gold DIR] [--show]`` (one report per labelled group)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from contrast.clean import clean_text
from contrast.config import Lenses
from contrast.metrics.attribution import UNSPECIFIED, attribution_lexicon, attribution_matcher, read_statements
from contrast.metrics.voice import source_voices
from contrast.segment import segment

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
GOLD = Path(__file__).resolve().parent / "gold" / "speakers"


def body(path: Path) -> str:
    """The article's text after its header lines ("title: …", "origin: …"), cleaned as a build cleans it."""
    text = path.read_text(encoding="utf-8")
    head, _, rest = text.partition("\n\n")
    return clean_text(rest if all(re.match(r"^[\w-]+:\s", line) for line in head.splitlines()) else text).text


def _plain(text: str) -> str:
    """Text compared by its words: quotes, apostrophes, dashes and spaces of any kind made plain."""
    text = text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "‐": "-", "‑": "-", "–": "-", "\u00a0": " "}))
    return " ".join(text.split())


def lens_speakers(text: str) -> list[tuple[str, bool, str | None]]:
    """(sentence, attributed?, speaker kind) for each statement of one article, as the lens reads it."""
    sentences = segment({"s": text}, {"s": "o"}).sort("sentence_index")
    voices = dict(zip(sentences.get_column("sentence_index").to_list(), source_voices(sentences), strict=True))
    rows = sentences.select("source_id", "sentence_index", "text").rows()
    read = read_statements(rows, voices, attribution_matcher(attribution_lexicon(Lenses())))
    return [(t, read[(s, i)][1], read[(s, i)][2]) for s, i, t in rows if read[(s, i)][0]]


def group_dir(group: str) -> Path:
    """A group's folder: a BASIL group, else a group of ../shared/corpora."""
    basil = CORPORA / "basil" / "groups" / group
    return basil if basil.is_dir() else CORPORA / group


def score(gold_file: Path, *, show: bool = False) -> Counter[str]:
    counts: Counter[str] = Counter()
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    for name, labels in gold["sources"].items():
        read = lens_speakers(body(group_dir(gold["group"]) / name))
        for opening, wanted in labels:
            found = [(a, k) for t, a, k in read if _plain(t).startswith(_plain(opening))]
            if len(found) != 1:
                raise SystemExit(f"{gold_file.name} {name}: {len(found)} statements open with {opening!r}")
            attributed, kind = found[0]
            kinds = {f"speaker.{w}" for w in ([wanted] if isinstance(wanted, str) else wanted)}
            if kinds == {"speaker.none"}:
                outcome = "own: called attributed" if attributed else "own: right"
            elif not attributed:
                outcome = "speaker: called own voice"
            elif kind == UNSPECIFIED:
                outcome = "speaker: unclassified"
            else:
                outcome = "speaker: typed right" if kind in kinds else "speaker: typed wrong"
            counts[outcome] += 1
            if show and outcome not in ("own: right", "speaker: typed right"):
                print(f"  {outcome:26s} gold {'/'.join(sorted(kinds))}, lens {kind}: {opening}")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--show", action="store_true", help="list every statement not typed right")
    args = parser.parse_args()
    for gold_file in sorted(args.gold.glob("*.json")):
        print(f"{gold_file.stem} ({json.loads(gold_file.read_text(encoding='utf-8'))['split'].split(' ')[0]})")
        report(score(gold_file, show=args.show))


def report(counts: Counter[str]) -> None:
    right, wrong, unclassified = counts["speaker: typed right"], counts["speaker: typed wrong"], counts["speaker: unclassified"]
    with_speaker = right + wrong + unclassified + counts["speaker: called own voice"]
    print(f"  statements with a speaker (reader): {with_speaker}")
    print(f"    typed right {right}, typed wrong {wrong}, unclassified {unclassified}, "
          f"called own voice {counts['speaker: called own voice']}")
    print(f"    precision of a typed kind: {right / max(right + wrong, 1):.2f}; coverage: {right / max(with_speaker, 1):.2f}")
    own = counts["own: right"] + counts["own: called attributed"]
    print(f"  own-voice statements (reader): {own}; called attributed: {counts['own: called attributed']}")


if __name__ == "__main__":
    main()

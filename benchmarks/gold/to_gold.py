"""Turn a labeller's file (sentence ids) into a committed gold file (verbatim text and offsets).

The labeller (``PROTOCOL.md``) writes ids such as ``S3.014``; this script adds to every
sentence its article file, its offsets in the article body and its text, exactly as the
sheet showed it, and checks the file is complete (every sentence labelled once, every
event in two articles at least). The scorer (``contrast.claims.gold``) maps these
sentences onto however contrast segments and cleans the same text.

    .venv/bin/python benchmarks/gold/to_gold.py LABELS.json SHEET_DIR CORPUS_DIR OUT.json
    .venv/bin/python benchmarks/gold/to_gold.py --all   # every /work/gold/labels/*.json → benchmarks/gold/
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_sheets import read_article  # noqa: E402

LABELS = Path("/work/gold/labels")
SHEETS = Path("/work/gold/sheets")
CORPORA = Path("/work/shared/corpora")


class GoldError(ValueError):
    """A labels file that breaks the protocol (said with the group and the sentence id)."""


def corpus_folder(group: str, corpora: Path = CORPORA) -> Path:
    """Where a group's articles are: a top-level corpus folder or a BASIL text group."""
    for candidate in (corpora / group, corpora / "basil" / "groups" / group):
        if candidate.is_dir():
            return candidate
    raise GoldError(f"{group}: no corpus folder under {corpora}")


def to_gold(labels: dict, index: dict, corpus: Path, *, corpus_name: str) -> dict:
    """The gold document: sources, every sentence with its label, events and unique claims."""
    group = labels.get("group", corpus.name)
    sentences = {s["id"]: (code, s) for code, article in index.items() for s in article["sentences"]}
    label_of: dict[str, str] = {}

    def assign(sentence: str, label: str) -> None:
        if sentence not in sentences:
            raise GoldError(f"{group}: {sentence} is not a sentence of the sheets")
        if sentence in label_of:
            raise GoldError(f"{group}: {sentence} labelled twice ({label_of[sentence]} and {label})")
        label_of[sentence] = label

    for event in labels["events"]:
        for member in event["members"]:
            assign(member, event["id"])
        articles = {m.split(".")[0] for m in event["members"]}
        if len(articles) < 2:
            raise GoldError(f"{group}: event {event['id']} has members from one article only ({sorted(articles)})")
    for unique in labels["unique"]:
        assign(unique["sentence"], unique["id"])
    for sentence in labels["not_claims"]:
        assign(sentence, "N")
    missing = sorted(set(sentences) - set(label_of))
    if missing:
        raise GoldError(f"{group}: {len(missing)} sentences without a label, first {missing[:5]}")
    sources = {}
    for code, article in index.items():
        _, body = read_article(corpus / article["file"])
        for sentence in article["sentences"]:
            if body[sentence["start"] : sentence["end"]] != sentence["text"]:
                raise GoldError(f"{group}: {sentence['id']} text differs from the article body at its offsets")
        sources[code] = {k: article.get(k, "") for k in ("file", "title", "origin", "outlet", "date", "url")}
    also = labels.get("also", {})
    return {
        "group": group,
        "corpus": corpus_name,
        "protocol": labels.get("protocol"),
        "notes": labels.get("notes", ""),
        "sources": sources,
        "sentences": [
            {
                "id": s["id"],
                "source": code,
                "start": s["start"],
                "end": s["end"],
                "text": s["text"],
                "label": label_of[s["id"]],
                "also": list(also.get(s["id"], [])),
            }
            for code, article in index.items()
            for s in article["sentences"]
        ],
        "events": [{"id": e["id"], "description": e.get("description", ""), "members": e["members"]} for e in labels["events"]],
        "unique": [
            {"id": u["id"], "sentence": u["sentence"], "description": u.get("description", ""), "near": u.get("near", [])}
            for u in labels["unique"]
        ],
    }


def convert(labels_path: Path, sheet_dir: Path, corpus: Path, out: Path) -> dict:
    labels = json.loads(labels_path.read_text(encoding="utf-8"))
    index = json.loads((sheet_dir / "sheet_index.json").read_text(encoding="utf-8"))
    relative = corpus.resolve().relative_to(CORPORA.resolve()) if corpus.resolve().is_relative_to(CORPORA.resolve()) else corpus
    gold = to_gold(labels, index, corpus, corpus_name=str(relative))
    out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return gold


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labels", type=Path, nargs="?")
    parser.add_argument("sheets", type=Path, nargs="?")
    parser.add_argument("corpus", type=Path, nargs="?")
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--all", action="store_true", help="convert every labels file in /work/gold/labels")
    options = parser.parse_args()
    jobs = []
    if options.all:
        for path in sorted(LABELS.glob("*.json")):
            group = path.stem
            jobs.append((path, SHEETS / group, corpus_folder(group), HERE / f"{group}.json"))
    else:
        jobs.append((options.labels, options.sheets, options.corpus, options.out))
    failed = 0
    for labels_path, sheet_dir, corpus, out in jobs:
        try:
            gold = convert(labels_path, sheet_dir, corpus, out)
        except GoldError as exc:
            print(f"error: {labels_path}: {exc}")
            failed += 1
            continue
        print(f"{gold['group']}: {len(gold['sentences'])} sentences, {len(gold['events'])} events, "
              f"{len(gold['unique'])} unique → {out}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

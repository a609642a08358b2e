"""Labelling sheets for a blind gold: each article of a corpus group cut into numbered sentences.

The cut is pysbd's (a general-purpose segmenter, not contrast's), over the article body
(the five header lines are shown apart), so a labeller reads the texts without any of
contrast's output. ``to_gold.py`` turns the labeller's sentence ids back into verbatim text.

    .venv/bin/python benchmarks/gold/make_sheets.py ../shared/corpora/GROUP OUT_DIR
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pysbd

HEADER_FIELDS = ("title", "origin", "outlet", "date", "url")


def read_article(path: Path) -> tuple[dict[str, str], str]:
    """Header fields and body of a corpus file (five ``field: value`` lines, a blank line, text)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    header: dict[str, str] = {}
    body_start = 0
    for index, line in enumerate(lines[: len(HEADER_FIELDS) + 1]):
        field, _, value = line.partition(":")
        if field.strip() in HEADER_FIELDS and index < len(HEADER_FIELDS):
            header[field.strip()] = value.strip()
            body_start = index + 1
    return header, "\n".join(lines[body_start:]).strip("\n")


def sentences(body: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each sentence of each paragraph, offsets into ``body``."""
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    out: list[tuple[int, int, str]] = []
    offset = 0
    for paragraph in body.split("\n"):
        if paragraph.strip():
            for span in segmenter.segment(paragraph):
                text = span.sent.strip()
                if text:
                    start = offset + paragraph.index(text, span.start) if text in paragraph[span.start :] else offset + span.start
                    out.append((start, start + len(text), text))
        offset += len(paragraph) + 1
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("group", type=Path)
    parser.add_argument("out", type=Path)
    options = parser.parse_args()
    options.out.mkdir(parents=True, exist_ok=True)
    index = {}
    for number, path in enumerate(sorted(options.group.glob("*.txt")), start=1):
        header, body = read_article(path)
        code = f"S{number}"
        rows = sentences(body)
        index[code] = {"file": path.name, **header, "sentences": [{"id": f"{code}.{i:03d}", "start": s, "end": e, "text": t} for i, (s, e, t) in enumerate(rows, start=1)]}
        lines = [f"# {code} = {path.name}"] + [f"# {k}: {v}" for k, v in header.items()] + [""]
        lines += [f"{code}.{i:03d}  {t}" for i, (_, _, t) in enumerate(rows, start=1)]
        (options.out / f"{code}_{path.stem}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (options.out / "sheet_index.json").write_text(json.dumps(index, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{options.group.name}: {sum(len(v['sentences']) for v in index.values())} sentences in {len(index)} articles → {options.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

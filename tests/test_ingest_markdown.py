"""Markdown front matter: read as metadata, kept out of the measured text; anything else is left alone."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from contrast.ingest import read_source
from contrast.ingest.markdown import split_front_matter, split_header_block

BODY = "# Culture week\n\nThe city opened a week of concerts on Monday.\n"


def test_front_matter_fields_become_metadata_and_leave_the_text() -> None:
    metadata, text = split_front_matter(
        "---\ntitle: 'It''s a \"week\"'  \nauthors:\n  - Jane Roe\n  - Li Wei\npublished: 2025-06-02 08:30\n"
        "source: https://example.com/a\nsite: Harbour Times # the outlet\n---\n\n" + BODY
    )
    assert metadata == {"title": 'It\'s a "week"', "author": "Jane Roe, Li Wei", "date": "2025-06-02",
                        "url": "https://example.com/a", "outlet": "Harbour Times"}
    assert text == BODY


def test_folded_block_scalars_are_joined() -> None:
    metadata, _ = split_front_matter("---\ntitle: >\n  Beijing stages\n  culture week\ndate: 2025-06\n---\n" + BODY)
    assert metadata == {"title": "Beijing stages culture week", "date": "2025-06"}


def test_a_source_that_is_not_a_link_is_not_taken_for_the_url() -> None:
    metadata, _ = split_front_matter("---\nsource: Reuters\n---\n" + BODY)
    assert "url" not in metadata


@pytest.mark.parametrize("text", [
    BODY,                                             # no front matter
    "---\ntitle: never closed\n\n" + BODY,            # not closed: the text stays whole
    "Intro\n---\ntitle: x\n---\n" + BODY,             # a rule later in the text, not front matter
])
def test_text_without_closed_front_matter_is_untouched(text: str) -> None:
    assert split_front_matter(text) == ({}, text)


def test_yaml_end_marker_closes_front_matter() -> None:
    assert split_front_matter("---\ntitle: A\n...\n" + BODY) == ({"title": "A"}, BODY)


def test_the_reader_strips_front_matter_but_hashes_the_whole_file(tmp_path: Path) -> None:
    data = ("---\ntitle: Culture week\n---\n" + BODY).encode("utf-8")
    path = tmp_path / "a.md"
    path.write_bytes(data)
    raw = read_source(path)
    assert raw.text == BODY and raw.metadata == {"title": "Culture week"}
    assert raw.sha256 == hashlib.sha256(data).hexdigest() and raw.n_bytes == len(data)


def test_plain_text_files_keep_their_header_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("---\ntitle: x\n---\n" + BODY, encoding="utf-8")
    assert read_source(path).text.startswith("---\ntitle: x")


CORPUS_HEADER = (
    "title: Beijing says it welcomes TPP deal\norigin: Chinese state media\noutlet: People's Daily Online\n"
    "date: 2015-10-07\nurl: http://english.people.com.cn/n/2015/1007/c90000-8958468.html\n\n"
)


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_an_unfenced_header_block_is_metadata_not_the_first_sentence(tmp_path: Path, suffix: str) -> None:
    # As the corpora and many clippers save articles: kept as text, the header became the
    # article's first "claim" and was quoted in the briefings as an example of attribution.
    path = tmp_path / f"a{suffix}"
    path.write_text(CORPUS_HEADER + BODY, encoding="utf-8")
    raw = read_source(path)
    assert raw.text == BODY
    assert raw.metadata == {
        "title": "Beijing says it welcomes TPP deal", "outlet": "People's Daily Online", "date": "2015-10-07",
        "url": "http://english.people.com.cn/n/2015/1007/c90000-8958468.html",
    }


def test_a_header_block_after_a_byte_order_mark_is_still_one() -> None:
    assert split_header_block("\ufeff" + CORPUS_HEADER + BODY)[1] == BODY


@pytest.mark.parametrize("text", [
    "Update: the minister resigned on Friday.\n\n" + BODY,                     # one line: the article's own words
    "Q: Why now?\nA: Because the talks failed.\n\n" + BODY,                     # an interview: no known field
    "title: Culture week\nThe city opened a week of concerts.\n\n" + BODY,     # a prose line inside the block
    "title: Culture week\ndate: 2025-06-02\n",                                  # nothing after the block
    BODY,
])
def test_text_that_does_not_open_with_a_header_block_is_untouched(text: str) -> None:
    assert split_header_block(text) == ({}, text)

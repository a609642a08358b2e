"""Each caveat is said once per section, at its first use, in one short sentence; later uses point back in a few
words or say nothing, and every lower bound stays marked as one where it is printed (check AG2 SN).

The briefings repeated the same caveats three to four times a page — "a lower bound: the same fact told in words too
different to link goes unlinked" in At a glance, above the claims table, in its caption; what "0 listed" means in the
lede of How they say it, under each lens's question and in each table's caption; "Shares of a kind of speaker are
lower bounds …" under every speaker finding — and readers skipped them, and the findings with them. A section here is
an h2 section of the briefing, and within How they say it each lens's block (its own heading, question and reading
note)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import polars as pl
import pytest

from contrast.metrics.attribution import SPEC as ATTRIBUTION_SPEC
from contrast.metrics.figures import FIGURES_SCHEMA
from contrast.pipeline import BuildResult
from contrast.report.briefing.lenses.findings import Samples, findings
from contrast.report.refs import OriginRef

CAVEATS = {
    "events are a lower bound": r"too different to link|told in other words can go unlinked|may tell (?:it|them) in other words",
    "a speaker counts only for a quotation": r"weakly close to",
    "what a link's strength is": r"the estimated chance that linked sentences report the same fact",
    "speaker shares are lower bounds": r"Shares of a kind of speaker are lower bounds",
    "what “0 listed” means": r"“0 listed”(?: does not| is a count|:)",
    "what “0 typed so” means": r"“0 typed so”(?: does not|:)",
    "what “0 with a cue” means": r"“0 with a cue”(?: does not|:)",
    "what “0 found by the rule” means": r"“0 found by the rule”(?: does not|:)",
    "a zero elsewhere is no absence": r"in the other origins does not show that they have none",
}
"""Each caveat, by the words that state it in full (a pointer back such as "lower bounds, see above" is not one)."""


def sections(page: str) -> dict[str, str]:
    """A briefing's HTML → its sections' text by heading: each h2 section, How they say it's lens blocks apart."""
    body = page[page.index("<body"):]
    parts = re.split(r'(?=<section id="|<div class="lens" id=")', body)
    found = {}
    for part in parts:
        head = re.search(r'<(?:section|div class="lens") id="([^"]+)"', part)
        if head:
            found[head.group(1)] = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", part)))
    return found


def told(text: str) -> dict[str, int]:
    """How many sentences of ``text`` state each caveat in full."""
    sentences = re.split(r"(?<=[.;!?])\s+(?=[A-Z“•(])", text)
    return {name: sum(bool(re.search(rule, s)) for s in sentences) for name, rule in CAVEATS.items()}


def test_a_section_split_counts_a_caveat_repeated_in_it_and_not_one_said_in_two() -> None:
    page = ('<body><section id="overlap"><p>4 events, a lower bound: the same fact told in words too different to '
            'link goes unlinked.</p><caption>Shared is a lower bound: the same fact told in words too different to link '
            'goes unlinked.</caption></section><section id="how"><p>Lede.</p><div class="lens" id="lens-a"><p>“0 listed” '
            'does not mean none.</p></div><div class="lens" id="lens-b"><p>“0 listed”: none counted.</p></div></section>')
    found = sections(page)
    assert set(found) == {"overlap", "how", "lens-a", "lens-b"}
    assert told(found["overlap"])["events are a lower bound"] == 2
    assert told(found["lens-a"])["what “0 listed” means"] == told(found["lens-b"])["what “0 listed” means"] == 1


@pytest.fixture(scope="module")
def briefings(bundled_builds: dict[str, BuildResult]) -> dict[str, str]:
    """report name → its briefing.html, from the one build of each bundled report per test worker."""
    return {name: (bundled_builds[name].analysis.report.root / "build" / "briefing.html").read_text(encoding="utf-8")
            for name in ("soft-power", "tariffs")}


@pytest.mark.parametrize("report", ["soft-power", "tariffs"])
def test_each_caveat_is_said_at_most_once_per_section_of_a_built_briefing(briefings: dict[str, str], report: str) -> None:
    repeated = {(section, name): n for section, text in sections(briefings[report]).items()
                for name, n in told(text).items() if n > 1}
    assert repeated == {}, repeated


@pytest.mark.parametrize("report", ["soft-power", "tariffs"])
def test_every_lower_bound_is_still_marked_where_it_is_printed(briefings: dict[str, str], report: str) -> None:
    found = sections(briefings[report])
    assert "lower bound" in found["glance"]
    overlap = found["overlap"]
    assert "a lower bound" in overlap and overlap.count("(at least)") == 3 and "lower bounds, as above" in overlap
    assert re.search(r"Only in .{0,80}?(at least \d+ of \d+ claims|none of its \d+ claims)", found["only-in"])
    framing = found["framing"]
    assert framing.count("Link evidence") >= 2 and told(framing)["what a link's strength is"] == 1


RIGHT = OriginRef(id="us-right", label="US right", colour="#c0392b", marker="●", border="solid", index=0)
LEFT = OriginRef(id="us-left", label="US left", colour="#1f5fa8", marker="▲", border="solid", index=1)
KINDS = {"speaker.media": "Media", "speaker.official": "Officials and spokespeople", "speaker.expert": "Experts and academics"}


def _speakers(clear: set[str]) -> pl.DataFrame:
    """Two origins' shares of three kinds of speaker on 40 statements each, 4% of US right's and 6% of US
    left's untyped; the kinds in ``clear`` with an interval of the difference that excludes zero, the others not."""
    shares = {"speaker.media": (0.30, 0.10), "speaker.official": (0.35, 0.05), "speaker.expert": (0.20, 0.12),
              "speaker.unspecified": (0.04, 0.06)}
    rows = []
    for measure, (right, left) in shares.items():
        for unit, value, rest in (("us-right", right, left), ("us-left", left, right)):
            row = dict.fromkeys(FIGURES_SCHEMA)
            gap = value - rest
            low, high = (0.5 * gap, 1.5 * gap) if measure in clear else (-abs(gap), abs(gap))
            row.update(lens="attribution", level="origin", unit=unit, measure=measure, value=value, rest=rest,
                       n=value * 40, base=40.0, diff_low=min(low, high), diff_high=max(low, high), effect=0.5,
                       effect_kind="Cohen's h", cues="spokesman ×3", sentences=None)
            rows.append(row)
    return pl.DataFrame(rows, schema=FIGURES_SCHEMA, orient="row")


def test_speaker_shares_are_said_to_be_lower_bounds_once_then_pointed_back_to() -> None:
    said = [f for f in findings(ATTRIBUTION_SPEC, _speakers({"speaker.official"}), {"us-right": RIGHT, "us-left": LEFT},
                                KINDS, Samples()) if f.startswith(tuple(KINDS.values()))]
    assert len(said) == 3, said
    first, *later = said
    assert "Shares of a kind of speaker are lower bounds: the lens could not type the speaker of" in first
    assert all("could not type the speaker" not in f and f.endswith("Lower bounds, see above.") for f in later), later


def test_page_one_says_it_in_full_on_the_first_clear_finding_it_prints() -> None:
    """Page 1 lists the clear differences alone: its first speaker finding says the caveat in full, though the section's
    first one, which page 1 leaves out, said it there."""
    figures = _speakers({"speaker.official", "speaker.expert"})
    clear = findings(ATTRIBUTION_SPEC, figures, {"us-right": RIGHT, "us-left": LEFT}, KINDS, Samples(), clear_only=True)
    spoken = [f for f in clear if f.startswith(tuple(KINDS.values()))]
    assert spoken and "Shares of a kind of speaker are lower bounds" in spoken[0]
    assert all("see above" in f for f in spoken[1:])


def test_the_sections_are_split_where_the_template_opens_them() -> None:
    template = (Path(__file__).parents[1] / "templates" / "briefing.html.j2").read_text(encoding="utf-8")
    for section in ("glance", "overlap", "framing", "only-in", "how", "methods"):
        assert f'<section id="{section}"' in template
    assert '<div class="lens" id="lens-' in (Path(__file__).parents[1] / "templates" / "_lenses.html.j2").read_text()

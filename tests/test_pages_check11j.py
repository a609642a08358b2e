"""What the pages say, as the independent check of session 11 read them (check11j-new: two never-seen groups).

Every count, promise and gloss printed must be what a reader can check on the page and in the texts.
"""

from __future__ import annotations

import html
import re

import pytest

from contrast.analysis import Analysis
from contrast.config import load_report
from contrast.pipeline import analyse
from contrast.report.briefing.build import build_briefing
from contrast.report.briefing.model import Briefing, EventPanel
from contrast.report.render.html import render_html
from tests.reportkit import CRITIC, EASY, PRAISE, make_report


def _text(page: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Analysis, Briefing]:
    root = make_report(tmp_path_factory.mktemp("check11j"), {"state-a": (PRAISE + EASY) * 3, "critic-b": (CRITIC + EASY) * 3})
    analysis = analyse(load_report(root))
    return analysis, build_briefing(analysis)


@pytest.fixture(scope="module")
def briefing(built: tuple[Analysis, Briefing]) -> Briefing:
    return built[1]


def test_the_shared_column_of_the_claims_table_is_headed_as_a_lower_bound(briefing: Briefing) -> None:
    """check11j CF-3: "US left: Claims 6, Shared 0" while HuffPost reports a fact the New York Times reports (the
    linker did not link it). A count of links found is a lower bound, said as the other "at least" columns say it."""
    page = render_html("briefing.html.j2", briefing)
    head = re.search(r"<thead>(.*?)</thead>", page[page.index('class="sharing"') :], re.S)
    assert head is not None
    headers = re.findall(r"<th[^>]*>(.*?)</th>", head.group(1))
    assert "Shared (at least)" in headers, headers
    caption = _text(re.search(r"<caption>(.*?)</caption>", page[page.index('class="sharing"') :], re.S).group(1))
    assert "the columns marked “at least” are lower bounds" in caption, caption
    assert "Both last columns" not in caption


def test_an_origin_with_no_claim_its_alone_counts_its_shared_claims_as_at_least() -> None:
    from contrast.report.briefing.events import _why_none

    said = _why_none(6, 2, close=3, unanchored=1, context=0)
    assert "at least 2 are shared with another origin" in said, said
    assert "at least 1 is shared" in _why_none(6, 1, close=5, unanchored=0, context=0)


ALIKE = {
    # two outlets telling one event alike: each in its own voice, naming its actors alike
    "fox": "A flood destroyed forty houses in the town of Kunming on Monday night. "
    "Farmers in Aroostook County harvested a record potato crop this autumn.",
    "nyt": "On Monday night a flood destroyed forty houses in Kunming, the capital of Yunnan. "
    "The central bank of Norway raised its main interest rate by a quarter point.",
}

def only_panel(texts: dict[str, str]) -> EventPanel:
    """The one event panel of two outlets' texts (origins as in test_events_view): what its notes say."""
    from contrast.claims import find_events
    from contrast.report.briefing.events import event_panels
    from contrast.segment import segment
    from tests.test_events_view import REFS

    origins = {"fox": "state-media", "nyt": "western-critical"}
    (panel,) = event_panels(find_events(segment(texts, origins), origins=list(REFS)), REFS, {s: s for s in texts})
    return panel



def test_an_event_panel_with_nothing_to_notice_says_so_and_why() -> None:
    """check11j (both groups): the section promises "what a reader should notice" for each event, and nothing was printed
    under either report's event. A panel whose checks find nothing says which it made and that they found nothing."""
    panel = only_panel(ALIKE)
    assert len(panel.notes) == 1, panel.notes
    (note,) = panel.notes
    assert note.startswith("Nothing to point out between origins:"), note
    assert "both origins state it in their own voice" in note, note
    assert "call its actors by the same names" in note, note


def test_the_framing_section_promises_notes_only_as_the_panels_give_them(briefing: Briefing) -> None:
    page = _text(render_html("briefing.html.j2", briefing))
    lede = page[page.index("Same event, different framing", page.index("At a glance 2 sources")) :][:1200]
    assert "and what a reader should notice." not in lede
    assert "where the checks find nothing to point out, what they found" in lede, lede


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("Chick-fil-A: 3 sources from 3 origins, 1 August 2012", "1\u00a0August\u00a02012"),
        ("Michael Steele: 3 sources from 3 origins, 12–13 December 2010", "12–\u206013\u00a0December\u00a02010"),
        # check11k: the capital-shooting cover wrapped "14–" / "15 June 2017": a line may break after an en dash
        ("3 sources from 3 origins, 14–15 June 2017", "14–\u206015\u00a0June\u00a02017"),
        ("Trade: 4 sources, 30 June – 2 July 2018", "30\u00a0June – 2\u00a0July\u00a02018"),
    ],
)
def test_a_date_in_a_title_is_never_split_across_lines(built: tuple[Analysis, Briefing], title: str, kept: str) -> None:
    """check11j: the chickfila title wrapped "… 3 origins, 1 / August 2012", the day apart from its month, on the
    first page of the briefing, the handout and the key."""
    from dataclasses import replace

    from contrast.report.handout.build import build_handout

    analysis, briefing = built
    handout, key = build_handout(analysis, briefing, blind=False)
    pages = {
        "briefing.html.j2": replace(briefing, title=title),
        "handout.html.j2": replace(handout, title=title),
        "teacher_key.html.j2": replace(key, title=title),
    }
    for template, model in pages.items():
        heading = html.unescape(re.search(r"<h1>(.*?)</h1>", render_html(template, model), re.S).group(1))
        assert kept in heading, (template, heading)


def _glance(name: str, estimates: dict[str, tuple[float, float, float, int]], diff: tuple[float, float, float]) -> str:
    from types import SimpleNamespace

    from contrast.report.briefing import glance
    from contrast.stats import Contrast, Estimate
    from tests.test_validity_check10h import CENTER, LEFT, RIGHT

    values = {o: Estimate(*e) for o, e in estimates.items()}
    high, low = max(values, key=lambda o: values[o].value), min(values, key=lambda o: values[o].value)
    contrast = Contrast(values, high=high, low=low, difference=diff[0], diff_low=diff[1], diff_high=diff[2])
    origins = [SimpleNamespace(ref=r, sources=()) for r in (RIGHT, CENTER, LEFT)]
    said = glance._DESCRIBE[name](SimpleNamespace(origins=origins, contrasts={name: contrast}))  # type: ignore[arg-type]
    assert said is not None
    return said


def test_a_gap_printed_at_a_glance_is_the_difference_of_the_figures_printed() -> None:
    """check11j SR-6: "from 14.0 for US right … to 15.4 for US left; the gap of 1.5 grades": the gap was of the
    unrounded figures (13.96 and 15.44), and a reader subtracting the printed ones finds 1.4. A gap is printed for a
    finding only (check AG2 SN-10): where the interval includes zero, the interval is printed and no gap."""
    from contrast.report.briefing.contrasts import GRADE, NEGATIVE, SENTENCE_LENGTH, TONE

    grade = _glance(GRADE, {"us-right": (13.96, 13.0, 15.0, 9), "us-center": (14.5, 13.0, 16.0, 16),
                            "us-left": (15.44, 14.0, 17.0, 11)}, (1.48, -0.5, 3.4))
    assert "gap" not in grade and "1.5" not in grade and "the difference is not judged" in grade, grade
    length = _glance(SENTENCE_LENGTH, {"us-right": (26.94, 22.0, 31.0, 40), "us-center": (27.9, 24.0, 31.0, 40),
                                       "us-left": (30.76, 27.0, 35.0, 40)}, (3.82, 1.0, 6.5))
    assert "difference of 3.9 words" in length, length  # 30.8 − 26.9, where the figures' own difference is 3.8
    negative = _glance(NEGATIVE, {"us-right": (0.184, 0.0, 0.4, 11), "us-center": (0.3, 0.1, 0.5, 11),
                                  "us-left": (0.396, 0.1, 0.7, 5)}, (0.212, -0.2, 0.6))
    assert "gap" not in negative and "22 points" not in negative and "21 points" not in negative, negative
    tone = _glance(TONE, {"us-right": (0.016, -0.1, 0.1, 30), "us-center": (-0.026, -0.1, 0.05, 30),
                          "us-left": (0.066, 0.0, 0.12, 30)}, (0.092, -0.01, 0.2))
    assert "−0.03" in tone and "+0.07" in tone and "the difference (95% CI −0.01 to 0.20) could come from" in tone, tone
    assert "gap" not in tone and "0.10 (" not in tone and "0.09" not in tone, tone


def test_page_one_lists_the_clear_findings_of_the_lenses_too(built: tuple[Analysis, Briefing]) -> None:
    """check11j (chickfila): Key findings said "0 of the 4 origin comparisons of At a glance show a difference", while
    the report's one clear finding (Whose voice: US right attributes more, difference 95% CI 5 to 48 points) was
    printed pages later. Page 1 lists the lenses' clear differences as well, and says where they are from."""
    from dataclasses import replace

    from contrast.report.briefing.glance import key_lens_findings

    _, briefing = built
    voice = next(s for s in briefing.lenses if s.id == "attribution")
    clear = "Statements attributed: highest in US right, 45% (95% CI 29% to 62%) against 19% for the other origins"
    shown = replace(briefing, lenses=tuple(replace(s, clear=(clear,)) if s is voice else replace(s, clear=()) for s in briefing.lenses))
    listed, scope = key_lens_findings(shown)
    assert listed == (f"{voice.title} — {clear}",), listed
    assert scope.startswith("How they say it states 1 clear difference between origins"), scope
    page = _text(render_html("briefing.html.j2", replace(shown, key_lens_findings=listed, key_lens_scope=scope)))
    cover = page[page.index("Key findings") : page.index("Contents")]
    assert clear in cover and scope in cover, cover
    doubled = tuple(replace(s, clear=(clear, clear)) if s.id == voice.id else s for s in shown.lenses)
    two = replace(shown, key_findings=("a", "b"), lenses=doubled)
    assert key_lens_findings(two)[1].startswith("How they say it states 2 clear differences between origins (the first listed")
    full = replace(shown, key_findings=("a", "b", "c"))  # page 1 holds three findings in all: the lens is named
    assert key_lens_findings(full) == ((), f"How they say it states 1 clear difference between origins, in {voice.title}.")
    none = replace(briefing, lenses=tuple(replace(s, clear=()) for s in briefing.lenses))
    assert key_lens_findings(none) == ((), "None of the lenses of How they say it shows a clear difference between origins.")


def test_page_one_says_none_rather_than_zero_of_the_comparisons_and_the_others(built: tuple[Analysis, Briefing]) -> None:
    """check12l-new (both groups): "0 of the 4 origin comparisons … show a difference …; the others are stated as no clear
    difference" — "the others" after none of them are findings meant all four."""
    from dataclasses import replace

    _, briefing = built
    page = _text(render_html("briefing.html.j2", replace(briefing, key_findings=(), n_comparisons=4)))
    assert "None of the 4 origin comparisons of At a glance shows a difference" in page, page[:3000]
    assert "each is stated as no clear difference" in page and "0 of the 4" not in page and "the others are" not in page
    one = _text(render_html("briefing.html.j2", replace(briefing, key_findings=("a",), n_comparisons=4)))
    assert "1 of the 4 origin comparisons of At a glance show a difference" in one and "the others are stated" in one


def test_a_lens_finding_is_clear_only_where_its_interval_excludes_zero_on_enough_sentences() -> None:
    import polars as pl

    from contrast.metrics.certainty import SPEC as CERTAINTY_SPEC
    from contrast.metrics.figures import FIGURES_SCHEMA
    from contrast.report.briefing.lenses.findings import Samples, findings
    from tests.test_validity_check10h import CENTER, LEFT, RIGHT, _rate

    refs = {"us-right": RIGHT, "us-center": CENTER, "us-left": LEFT}
    names = {"hedge": "Hedges"}
    samples = Samples({u: 30 for u in refs}, {u: 30 for u in refs})
    unclear = pl.DataFrame([_rate("us-right", 13.81, 8.1), _rate("us-left", 0.0, 13.8)], schema=FIGURES_SCHEMA, orient="row")
    assert findings(CERTAINTY_SPEC, unclear, refs, names, samples)
    assert findings(CERTAINTY_SPEC, unclear, refs, names, samples, clear_only=True) == ()
    standing = {**_rate("us-right", 13.81, 4.1), "diff_low": 2.0, "diff_high": 15.0}
    clear = pl.DataFrame([standing, _rate("us-left", 4.0, 13.8)], schema=FIGURES_SCHEMA, orient="row")
    said = findings(CERTAINTY_SPEC, clear, refs, names, samples, clear_only=True)
    assert len(said) == 1 and said[0].startswith("Hedges: highest in US right"), said
    assert said[0] in findings(CERTAINTY_SPEC, clear, refs, names, samples)


CHICK = [
    "Chick-fil-A Appreciation Day – as it is being called was the idea of former Arkansas governor and Fox News "
    "contributor Mike Huckabee.",
    "Hundreds of thousands of people across the country headed to Chick-fil-A restaurants on Wednesday, answering a call "
    "from Mike Huckabee, the former governor of Arkansas, to show support for the fast-food chain.",
]
STEELE = [
    "The criticism has resulted in an array of challenges for Steele's job from Wisconsin Republican Party Chairman "
    "Reince Priebus, former RNC Co-Chairwoman Ann Wagner and Saul Anuzis.",
    "The contenders for the position include: Reince Preibus, the chairman in Wisconsin; Ann Wagner; Saul Anuzis.",
    "Wisconsin GOP Chairman Reince Preibus, recently resigned RNC political director Gentry Collins, former U.S. "
    "ambassador Ann Wagner and former Michigan GOP chairman Saul Anuzis also round out the list.",
]


@pytest.mark.parametrize(
    ("terms", "texts", "shown"),
    [
        # check11j CF-2: "Key terms: Arkansas, Huckabee, governor, call, mike, Chick"
        (["Arkansas", "Huckabee", "governor", "call", "mike", "Chick"], CHICK,
         ("Arkansas", "Mike Huckabee", "governor", "call", "Chick-fil-A")),
        # check11j SR-2: "Key terms: Ann Wagner, Gentry Collins, Saul Anuzis, reince"; two of three write "Preibus"
        (["Ann Wagner", "Gentry Collins", "Saul Anuzis", "reince"], STEELE,
         ("Ann Wagner", "Gentry Collins", "Saul Anuzis", "Reince Preibus")),
        # a word the sentences write in lower case stays so; one they never write is not shown
        (["support", "absent"], CHICK, ("support",)),
        # a name in the possessive is the name (tariffs: "Beijing" was dropped, written "Beijing's")
        (["Beijing", "China's GDP", "resolve"], ["Nobody is doubting Beijing's resolve, the newspaper said of China's GDP."],
         ("Beijing", "China's GDP", "resolve")),
    ],
)
def test_an_event_s_key_terms_are_printed_as_written_and_a_name_whole(terms: list[str], texts: list[str], shown: tuple[str, ...]) -> None:
    from contrast.report.event_terms import as_printed

    assert as_printed(terms, texts) == shown


def test_words_to_know_are_only_words_the_students_can_see() -> None:
    """check11j CF-33: "firestorm" was taught though it is in none of the excerpts the handout gives (Fox's "The
    Chick-fil-A firestorm has taken on different meanings" is not quoted). The students see the event excerpts and the
    questions (their text and excerpts); a word in none of them is not taught."""
    from types import SimpleNamespace

    from contrast.report.handout.model import Excerpt, HandoutEvent, SourceTag, VocabTerm
    from contrast.report.handout.questions import BASE_VOCABULARY, vocabulary

    tag = SourceTag(letter="A", name="Source A", origin=None, title="", border="solid")
    excerpt = Excerpt(tag, "Tariffs were slapped on Chinese goods on Friday.", False, False, "en", None, False)
    events = [HandoutEvent(number=1, about=SimpleNamespace(text=""), reach="", excerpts=(excerpt,))]  # type: ignore[arg-type]
    terms = [VocabTerm(w, "m", sources=("a",), note="n") for w in ("firestorm", "slapped", "selfish")]
    taught = vocabulary(events, terms, {"a": tag}, ())[len(BASE_VOCABULARY) :]
    assert [w.term for w in taught] == ["slapped"]
    seen = ("In Event 2, Source A calls the plan selfish. Why?",)
    assert [w.term for w in vocabulary(events, terms, {"a": tag}, (), seen=seen)[len(BASE_VOCABULARY) :]] == ["slapped", "selfish"]


def test_a_loaded_word_is_glossed_by_its_kind_said_as_a_kind() -> None:
    """check11j CF-33: "firestorm — A word that adds drama, or that is meant to make you afraid or angry": the meaning
    of the lens's kind read as the word's own. A meaning from a kind says it is one."""
    from contrast.report.handout.lenses import LOADED_KINDS, MEANINGS

    for kind in LOADED_KINDS:
        assert re.match(r"A word of the [\w -]+ kind|Words put in quote marks", MEANINGS[kind]), MEANINGS[kind]
    assert MEANINGS["emotive"].startswith("A word of the drama and fear kind. Words like it")


WITHIN = {
    # one outlet quotes a phrase inside its own telling of the fact, the other tells it plainly: no difference of voice
    # (check10-recheckI KG-12), and the note says why without an empty subject
    "fox": "Kathy Griffin admitted on Tuesday that she “went too far” with a photo of a bloodied mask of Donald Trump. "
    "Farmers in Aroostook County harvested a record potato crop this autumn.",
    "nyt": "Kathy Griffin posed on Tuesday for a photo with a bloodied mask of Donald Trump. "
    "The central bank of Norway raised its main interest rate by a quarter point.",
}


def test_a_panel_whose_quote_is_a_phrase_within_the_outlets_telling_says_so() -> None:
    panel = only_panel(WITHIN)
    (note,) = panel.notes
    assert note.startswith("Nothing to point out between origins: "), note
    assert "someone only within its own telling of the fact, so who states it in its own voice is not compared" in note, note
    assert ":  " not in note and ": reports" not in note and ": quotes" not in note, note


def test_an_event_heading_a_few_words_over_the_limit_is_shown_whole() -> None:
    """check11j SR-30 (and check11-recheckJ): the Steele handout's Event 1 heading ended "… and former Michigan GOP
    chairman Saul Anuzis also …": a 29-word sentence cut at 25 words, four before its end, a heading that stops
    mid-clause. A statement a few words over the limit is shown whole; a long one is still cut."""
    from contrast.report.event_titles import TITLE_MAX_WORDS, title_text

    sentence = ("Wisconsin GOP Chairman Reince Preibus, recently resigned RNC political director Gentry Collins, former U.S. "
                "ambassador Ann Wagner and former Michigan GOP chairman Saul Anuzis also round out the list.")
    assert title_text(sentence) == sentence
    long = " ".join(["tariffs"] * (TITLE_MAX_WORDS + 10)) + "."
    assert title_text(long).endswith("…") and len(title_text(long).split()) == TITLE_MAX_WORDS + 1

"""Event headings in plain words: one member sentence, cut (never rewritten) to a statement of what happened."""

from __future__ import annotations

import polars as pl
import pytest

from contrast.report.event_titles import TITLE_MAX_WORDS, event_title, statement, title_text
from contrast.report.text import REDACTED

TERMS = ["tariffs", "$34bn", "Chinese", "Washington"]
NEUTRAL = "The US implemented tariffs on $34bn in Chinese goods, and Washington waited for the reply."


def _members(*rows: tuple[str, str, float | None]) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "source_id": [r[0] for r in rows],
            "sentence_index": list(range(len(rows))),
            "text": [r[1] for r in rows],
            "compound": [r[2] for r in rows],
        },
        schema={"source_id": pl.String, "sentence_index": pl.Int64, "text": pl.String, "compound": pl.Float64},
    )


def _words(title: str) -> str:
    """A title's words: without its cut marks (the handout's "[…]", checkR SD-71, or "…"), and without a quotation mark
    added at an end to pair one inside."""
    return title.replace("[…]", "").replace("…", "").strip().strip('“”"').strip()


def test_the_sentence_carrying_most_key_terms_heads_the_event() -> None:
    members = _members(("a", "Markets in Asia fell on Friday after the long week.", 0.0), ("b", NEUTRAL, 0.0))
    assert event_title(members, TERMS).text == NEUTRAL


def test_a_title_is_a_stretch_of_a_member_sentence_with_cuts_marked() -> None:
    sentence = "However, the US implemented tariffs on $34bn in Chinese goods at midnight Washington time, a spokesman said."
    title = event_title(_members(("a", sentence, 0.0)), TERMS).text
    assert title.startswith("… ") and title.endswith(" …")
    assert _words(title) in sentence


def test_a_trailing_speaker_is_cut_and_an_open_quotation_keeps_its_closing_mark() -> None:
    sentence = "“After the US activated its tariff measures, China's measures took effect immediately,” said Lu Kang, a spokesman."
    assert title_text(sentence) == "“After the US activated its tariff measures, China's measures took effect immediately,” …"


def test_according_to_and_a_closing_citation_are_cut() -> None:
    assert title_text("The tariffs would affect 0.6% of global trade, according to Morgan Stanley in a note.") == (
        "The tariffs would affect 0.6% of global trade …"
    )
    assert title_text("The party leveraged friendship associations to expand its global reach (Galway, 2021).") == (
        "The party leveraged friendship associations to expand its global reach …"
    )


def test_a_long_statement_is_trimmed_with_an_ellipsis() -> None:
    sentence = " ".join(["tariffs"] * (TITLE_MAX_WORDS + 10)) + "."
    title = title_text(sentence)
    assert title.endswith("…") and len(_words(title).split()) == TITLE_MAX_WORDS


def test_a_sentence_already_shown_as_an_excerpt_is_passed_over_when_another_will_do() -> None:
    other = "Washington put tariffs on $34bn of Chinese goods at midnight on Friday."
    members = _members(("a", NEUTRAL, 0.0), ("b", other, 0.0))
    assert event_title(members, TERMS, used=[NEUTRAL]).text == other


def test_a_neutral_sentence_is_preferred_to_a_strongly_toned_one() -> None:
    angry = "Washington's shameful, disastrous tariffs on $34bn of Chinese goods are a terrible crime."
    members = _members(("a", angry, -0.9), ("b", NEUTRAL, 0.0))
    assert event_title(members, TERMS).text == NEUTRAL


def test_a_sentence_opening_on_a_pronoun_is_not_a_heading() -> None:
    leaning = "They imposed tariffs on $34bn in Chinese goods in Washington on Friday."
    members = _members(("a", leaning, 0.0), ("b", "Washington imposed tariffs on Chinese goods on Friday morning.", 0.0))
    assert not event_title(members, TERMS).text.startswith("They")


def test_in_blind_mode_an_outlet_name_in_the_title_is_redacted() -> None:
    sentence = "The official China Daily newspaper accused Washington of tariffs on $34bn of Chinese goods."
    title = event_title(_members(("a", sentence, 0.0)), TERMS, hidden=("China Daily",))
    assert "China Daily" not in title.text and REDACTED in title.text and title.redacted


def test_the_title_carries_its_source_language() -> None:
    title = event_title(_members(("zh-a", NEUTRAL, 0.0)), TERMS, languages={"zh-a": "zh"})
    assert title.lang == "zh"


def test_bundled_handout_headings_are_shortened_member_sentences(tariffs_analysis, tariffs_briefing) -> None:
    from contrast.report.handout.build import build_handout
    from contrast.report.render.html import render_html
    from contrast.report.text import prose_text

    analysis = tariffs_analysis
    briefing = tariffs_briefing
    sentences = analysis.events.claims.get_column("text").to_list()
    for blind in (False, True):
        handout, _ = build_handout(analysis, briefing, blind=blind)
        html = render_html("handout.html.j2", handout)
        for event in handout.events:
            before_any_redaction = _words(event.about.text).split(REDACTED)[0].strip()
            assert any(before_any_redaction in s for s in sentences), event.about.text
            assert event.about.text not in prose_text(html)
    for panel in briefing.panels:
        assert any(_words(panel.title.text) in s for s in sentences), panel.title.text


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # check7 MJ e002: a paragraph of a quotation running on over paragraphs opens a mark it does not close
        ('"However, it appears the plaintiffs’ primary grievance stems from non-enforcement of federal laws.',
         '"However, it appears the plaintiffs’ primary grievance stems from non-enforcement of federal laws."'),
        ("“However, it appears the plaintiffs’ primary grievance stems from non-enforcement of federal laws.",
         "“However, it appears the plaintiffs’ primary grievance stems from non-enforcement of federal laws.”"),
        # near misses: marks already in pairs, an apostrophe, no marks at all stay as written
        ('Brian Vicente said the challenge is "political grandstanding" without merit, and would fail.',
         'Brian Vicente said the challenge is "political grandstanding" without merit, and would fail.'),
        ("The states’ lawsuit asks the Supreme Court to strike down Colorado’s law on marijuana.",
         "The states’ lawsuit asks the Supreme Court to strike down Colorado’s law on marijuana."),
        ("To date, 23 states and the District of Columbia have legalized marijuana for medical purposes.",
         "To date, 23 states and the District of Columbia have legalized marijuana for medical purposes."),
    ],
)
def test_a_title_shows_its_quotation_marks_in_pairs(sentence: str, title: str) -> None:
    assert title_text(sentence) == title


def test_the_member_whose_fact_the_other_sources_share_heads_the_event() -> None:
    """Check7 MJ-3: an event chained A–B, B–C was headed by A — the sentence with most key terms, linked to one
    member only, its fact reported by its own source alone. The member linked to every other source heads it;
    with no links given, or with every member linked alike, the key terms decide as before."""
    chained = "Brian Vicente, who wrote Amendment 64 on legalization in Colorado, called the challenge grandstanding."
    vote = "Colorado voters approved Amendment 64 in 2012."
    members = _members(("fox", chained, 0.0), ("huffpost", vote, 0.0), ("nyt", "Mr. Suthers had opposed Amendment 64 then.", 0.0))
    members = members.with_row_index("claim_id")
    terms = ["Amendment 64", "Colorado", "legalization"]
    chain = pl.DataFrame({"a": [0, 1], "b": [2, 2]}, schema={"a": pl.UInt32, "b": pl.UInt32})  # fox–nyt, huffpost–nyt
    assert event_title(members, terms).text == chained
    assert event_title(members, terms, links=chain).text == "Mr. Suthers had opposed Amendment 64 then."
    star = pl.DataFrame({"a": [0, 0], "b": [1, 2]}, schema={"a": pl.UInt32, "b": pl.UInt32})
    assert event_title(members, terms, links=star).text == chained
    ring = pl.DataFrame({"a": [0, 0, 1], "b": [1, 2, 2]}, schema={"a": pl.UInt32, "b": pl.UInt32})
    assert event_title(members, terms, links=ring).text == chained


def test_the_briefing_says_which_attribution_a_heading_loses_and_which_it_keeps() -> None:
    # check10h BT-28: the Same-event intro said headings are shown "without its attribution", yet the top event's
    # heading was "Larry Summers, …, just told a group of reporters that failure to pass …": one inside is kept
    from contrast.report.render.html import templates_dir

    kept = "Failure to pass a package would hurt, Larry Summers, the outgoing chairman, told a group of reporters who asked."
    assert title_text(kept).startswith("Failure to pass a package would hurt, Larry Summers")
    assert title_text("“Failure to pass this package would raise the risk of a double dip,” he said.") == (
        "“Failure to pass this package would raise the risk of a double dip,” …")
    lede = (templates_dir() / "briefing.html.j2").read_text(encoding="utf-8")
    assert "without its attribution" not in lede
    assert ("an attribution opening or closing it, as “According to …,”, “X said that …” or “…,” he said, is cut, one "
            "inside it is kept") in lede


def test_a_cut_version_of_a_quotation_does_not_head_the_event_when_another_outlet_prints_it_whole() -> None:
    # check10-recheckH BT Event 2: Fox printed Summers' warning as "To pass this bill … would materially increase the
    # risk …" — the opposite of what he meant — and headed the event on the handout and key; HuffPost's fuller
    # version ("If they don't pass this bill …") holds Fox's words and more
    cut = '"To pass this bill in the next couple of weeks would raise the risk that the economy would stall," he said.'
    whole = '"If they don\'t pass this bill in the next couple weeks it will raise the risk that the economy would stall," he said.'
    members = _members(("fox", cut, -0.15), ("huffpost", whole, -0.15))
    terms = ["couple", "weeks", "stall", "risk"]
    assert event_title(members, terms).text.startswith('"If they don\'t pass this bill')
    # two versions neither of which holds the other's words: the rule before decides (the shorter)
    other = '"Passing nothing in the next couple of weeks would raise the risk that growth would stall," he said.'
    assert event_title(_members(("fox", cut, -0.15), ("nyt", other, -0.15)), terms).text.startswith('"Passing nothing')


def test_a_sentence_inside_an_unclosed_quotation_never_heads_the_event_when_another_will_do() -> None:
    # a paragraph of a quotation that runs on (opens a mark it does not close) or closes one opened before it
    running = "“There is a growing group of folks realizing that we don’t have a lot of cards on the tax issue."
    closing = "We have one house, that’s it on the tax issue,” Corker said on the tax cards."
    plain = "Corker said on Sunday that Republicans have few cards left on the tax issue."
    terms = ["tax", "cards", "issue", "growing", "group", "folks"]
    assert event_title(_members(("fox", running, 0.0), ("nyt", plain, 0.0)), terms).text.startswith("… Republicans")
    assert not event_title(_members(("fox", closing, 0.0), ("nyt", plain, 0.0)), terms).text.startswith("We have")


def test_an_opening_attribution_that_introduces_what_is_said_is_cut() -> None:
    # check10-recheckH BT-28: "Outgoing White House economic adviser Larry Summers warned Wednesday that …" kept its
    # opening attribution though the briefing says an opening attribution is cut
    assert title_text(
        "Outgoing White House economic adviser Larry Summers warned Wednesday that failure to pass a new tax cut "
        "compromise would significantly raise the risk of a double-dip recession."
    ) == "… failure to pass a new tax cut compromise would significantly raise the risk of a double-dip recession."
    assert title_text(
        "Larry Summers, the outgoing chairman, just told a group of reporters that failure to pass a package would hurt."
    ) == "… failure to pass a package would hurt."
    # a main clause that is no saying stays whole
    assert title_text("The Senate passed the tax bill on Wednesday so that rates stay where they are.") == (
        "The Senate passed the tax bill on Wednesday so that rates stay where they are."
    )


def test_a_quoted_phrase_inside_a_report_is_no_cut_version_of_the_quotation() -> None:
    # the bundled tariffs e002 stays headed by the report that names who spoke
    report = "The official China Daily newspaper accused the Trump administration of “behaving like a gang of hoodlums.”"
    whole = (
        "“The Trump administration is behaving like a gang of hoodlums with its shakedown of other countries, "
        "particularly China and its exporters,” it said."
    )
    members = _members(("guardian", report, 0.0), ("bbc", whole, 0.0))
    assert event_title(members, ["hoodlums", "gang", "Trump"]).text == report


@pytest.mark.parametrize(
    ("sentence", "statement_text"),
    [
        ("WASHINGTON ― House Majority Whip Steve Scalise (R-La.) was still in critical condition on Thursday after a lone "
         "gunman opened fire.", "House Majority Whip Steve Scalise (R-La.) was still in critical condition on Thursday after a "
         "lone gunman opened fire."),
        ("BEIJING, June 16 -- China has unveiled a list of products from the United States that will be subject to "
         "additional tariffs.", "China has unveiled a list of products from the United States that will be subject to "
         "additional tariffs."),
        ("NEW YORK (AP) — Stocks fell sharply on Monday as investors worried about a wider trade war with China.",
         "Stocks fell sharply on Monday as investors worried about a wider trade war with China."),
        # check12-reK: HuffPost prints its dateline with no space after the bar, and the heading kept it
        ("WASHINGTON ―House Majority Whip Steve Scalise (R-La.) was still in critical condition on Thursday after a lone "
         "gunman opened fire.", "House Majority Whip Steve Scalise (R-La.) was still in critical condition on Thursday after a "
         "lone gunman opened fire."),
    ],
)
def test_a_heading_leaves_out_the_dateline(sentence: str, statement_text: str) -> None:
    """check11k: the capital-shooting event heading and its handout kept HuffPost's "WASHINGTON ―": where the story was
    filed is not what happened."""
    head, text, _ = statement(sentence)
    assert head and text == statement_text


@pytest.mark.parametrize(
    "sentence",
    [
        "NATO – Russia talks ended on Tuesday without any agreement on the deployment of new missiles in Europe.",
        "US tariffs on $34bn of Chinese goods take effect on Friday after months of threats between the two countries.",
        "U.S. - China trade talks ended on Tuesday without any agreement on the tariffs both sides have imposed.",
        "NATO—Russia talks ended on Tuesday without any agreement on the deployment of new missiles in Europe.",
    ],
)
def test_capitals_that_open_a_statement_are_kept(sentence: str) -> None:
    assert statement(sentence) == (False, sentence, False)


def test_a_heading_that_is_someone_s_words_with_nothing_to_say_so_is_labelled_in_the_briefing() -> None:
    """check14 JR-4: a candidate's statement, a sentence inside a quotation that opens and closes in other sentences,
    headed an event on pages 1 and 3 as if it were what happened."""
    from contrast.report.event_titles import EventTitle
    from contrast.report.render.html import templates_dir

    inside = "Slowing growth and another dismal jobs report all stand as a harsh indictment of the president's record."
    assert EventTitle(text=inside, quoted=True).unmarked_speech
    assert not EventTitle(text=inside, quoted=False).unmarked_speech  # the outlet's own words
    assert not EventTitle(text=f"“{inside}”", quoted=True).unmarked_speech  # its marks say so
    assert EventTitle(text="… in the first quarter the average monthly gain in payrolls was 226,000.", quoted=True).unmarked_speech
    briefing = (templates_dir() / "briefing.html.j2").read_text(encoding="utf-8").splitlines()
    labelled = [line for line in briefing if "unmarked_speech" in line]
    assert len(labelled) == 2 and all("speech_label" in line for line in labelled), "both headings: the cover's list and the panel"

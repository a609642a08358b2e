"""Absence needs evidence (contrast.claims.absence): "only in" only when a search of every other
origin finds nothing close; omissions only of events whose links hold."""

from __future__ import annotations

import numpy as np
import polars as pl
import pytest

from contrast.claims import find_events
from contrast.claims.absence import (
    _no_news_word,
    _told_in_words,
    _unless_told_elsewhere,
    _unnamed,
    figure_values,
    set_aside_sentences,
)
from contrast.claims.distinctive import AnchorIndex, absent_anchors, anchor_terms, anchor_words, stated
from contrast.claims.evidence import PairScorer, fold_words
from contrast.claims.export import events_document
from contrast.claims.terms import sentence_terms
from contrast.claims.tfidf import project, tfidf
from contrast.segment import segment

FIGURES = {
    "wire": (
        "The ministry of commerce announced the new measures at a briefing in the capital on Friday morning. "
        "So we have 50 plus 200 plus almost 300, the president told the crowd at the rally."
    ),
    "daily": (
        "Officials said the administration is ready to target an additional $200 billion of imports and then $300 billion more. "
        "The Bank of Nova Scotia cut its growth forecast on Tuesday, citing weaker exports and slower construction."
    ),
}
ORIGINS = {"wire": "agency", "daily": "newspaper"}


def _states() -> dict[str, str]:
    sentences = segment(FIGURES, ORIGINS).with_columns(pl.lit(0.0).alias("compound"))
    claims = find_events(sentences, origins=["agency", "newspaper"]).claims
    return {text: state for text, state in claims.select("text", "state").iter_rows()}


def test_figures_compare_by_value_whatever_their_currency_or_scale() -> None:
    assert figure_values(["$200b", "300", "25%"]) == {"200", "300", "25"}


def test_a_claim_whose_figures_another_origin_reports_in_other_words_is_not_only_in() -> None:
    states = _states()
    rally = next(text for text in states if text.startswith("So we have"))
    bank = next(text for text in states if text.startswith("The Bank of Nova Scotia"))
    assert states[rally] == "possibly_shared"
    assert states[bank] == "unique"


def _claims(texts: dict[str, str], origins: dict[str, str], **options: object) -> pl.DataFrame:
    sentences = segment(texts, origins).with_columns(pl.lit(0.0).alias("compound"))
    return find_events(sentences, origins=sorted(set(origins.values())), **options).claims  # type: ignore[arg-type]


REMARKS = "On Thursday the president said higher tariffs on an additional $16 billion in Chinese goods would take effect in two weeks."
RALLY = "Supporters drove for hours to Montana for a campaign rally."
SPEECH = "He spoke to them about the Hoover Dam project and the state's roads."
BANK = "The Bank of Nova Scotia cut its growth forecast on Tuesday, citing weaker exports and slower construction."
WIRE = ("The president told reporters on Thursday that tariffs on another $16 billion in Chinese goods take effect in two weeks. "
        "Separately, farmers in Iowa planted more corn this spring than in any year since records began.")  # fmt: skip


def _in_context(*daily: str) -> dict[str, tuple[str, str | None]]:
    """Each claim's state and the claim whose context decided it."""
    claims = _claims({"wire": WIRE, "daily": " ".join(daily)}, ORIGINS)
    text_of = dict(claims.select("claim_id", "text").iter_rows())
    return {text: (state, text_of.get(context)) for text, state, context in claims.select("text", "state", "context").iter_rows()}


def test_a_sentence_beside_a_shared_one_is_not_only_in() -> None:
    """One outlet tells in two sentences what another tells in one: 'He spoke to reporters who flew
    with him to Montana' after the remarks, 'told reporters aboard Air Force One' in the same sentence."""
    found = _in_context(REMARKS, RALLY, BANK)
    assert found[REMARKS] == ("shared", None)
    assert found[RALLY] == ("possibly_shared", REMARKS)
    assert found[BANK] == ("unique", None)


def test_a_sentence_that_refers_back_is_only_as_alone_as_the_one_before_it() -> None:
    found = _in_context(REMARKS, RALLY, SPEECH, BANK)
    assert found[SPEECH] == ("possibly_shared", RALLY)
    without_reference = SPEECH.replace("He spoke to them", "Local officials spoke")
    assert _in_context(REMARKS, RALLY, without_reference, BANK)[without_reference] == ("unique", None)


@pytest.mark.parametrize("opening", ["It's been said that", "It is believed that", "It was reported that"])
def test_an_impersonal_it_does_not_refer_back(opening: str) -> None:
    # check13-bundled: "It's been said that the theoretical 'source of policy' has come from … Navarro's book" read as
    # referring back to the sentence before, so the one claim only People's Daily makes was no longer "only in"
    impersonal = f"{opening} the Hoover Dam project came from an old book by the economist Jane Roe."
    assert _in_context(REMARKS, RALLY, impersonal, BANK)[impersonal] == ("unique", None)


ALLIES = ("Washington has strained ties with allies by raising import duties on steel, aluminum and autos from Europe, "
          "Canada, Mexico and Japan.")
BOXED = {
    "ap": f"{ALLIES} Stocks in Tokyo closed higher on Friday after a week of losses.",
    "times": f"{ALLIES.replace('Washington has', 'The White House has')} Oil prices slipped in early trading in London.",
    "guardian": "A container ship carrying soybeans raced to reach the port of Dalian before the deadline. "
    "Chinese manufacturers have been hit by a strengthening yuan that made exports more expensive.",
}
BOX = ("media", "Q&A What is the trade war about? Show Hide Broader tariffs used by Trump have hit trading partners such as "
       "the EU, Canada and Mexico, on goods including steel and aluminium.")  # fmt: skip
OUTLETS = {"ap": "agency", "times": "right", "guardian": "left"}


def test_an_event_reported_only_in_a_box_cleaning_set_aside_is_not_left_out() -> None:
    """The page shows its reader the explainer box, so the source does not leave the event out; what
    the box says is never linked into events or counted."""
    sentences = segment(BOXED, OUTLETS).with_columns(pl.lit(0.0).alias("compound"))
    origins = sorted(set(OUTLETS.values()))
    without = find_events(sentences, origins=origins)
    assert without.omissions["origin"].to_list() == ["left"]  # the body alone says nothing of the allies
    boxed = find_events(sentences, origins=origins, set_aside=set_aside_sentences({"guardian": [BOX]}, OUTLETS))
    assert boxed.omissions.height == 0
    assert boxed.claims.height == without.claims.height and boxed.set_aside.height == 1
    nearest = boxed.absences.filter(pl.col("origin") == "left")["candidate"].item()
    assert nearest == boxed.set_aside["claim_id"].item()
    assert boxed.set_aside["category"].item() == "media"


def test_only_boxes_and_captions_are_searched_of_what_cleaning_set_aside() -> None:
    promo, caption = ("prompt", "Sign up for our daily newsletter today."), ("caption", "A farmer stands in a field of soybeans.")
    removed = {"guardian": [BOX, promo, caption]}
    found = set_aside_sentences(removed, OUTLETS)
    assert found["category"].to_list() == ["media", "media", "caption"]
    assert found["sentence_index"].to_list() == [0, 1, 2] and set(found["origin"]) == {"left"}


def test_set_aside_text_is_weighed_as_the_claims_are_and_does_not_change_their_weights() -> None:
    docs = [["tariff", "steel", "E:Canada"], ["tariff", "soybean"], ["steel", "steel", "mill"]]
    matrix, vocabulary = tfidf(docs)
    projected = project([docs[2], ["mill", "unseen"]], vocabulary, matrix)
    assert np.allclose(projected[0].toarray(), matrix[2].toarray())
    mill = vocabulary.tolist().index("mill")
    assert projected[1].nnz == 1 and projected[1, mill] == pytest.approx(1.0)  # a feature the claims lack is dropped


# --- "Only in" needs an anchor: a name or figure the claim states that no other origin has ---------------------------
# The independent check of 5 December 2026 (benchmarks/gold/claimcheck-2026-12-05.md; /work/notes/claimcheck-s3.md)
# found these printed "only in" though another origin makes the same claim in other words, by another speaker.
# Each fixture is the claim and the other origin's sentences, from the bundled tariffs report's texts.

CHECKED = {
    "sato": (
        "Hikaru Sato at Daiwa Securities said markets had already factored in the impact of the first round of tariffs.",
        "“The US tariff plan has been discussed by the market for more than two months. The (negative) impact toward the "
        "economy, industries and companies has been priced in at current levels,” he said.",
    ),
    "whole world": (
        "Tactics that go against peaceful development would be a disaster for the whole world, especially developing "
        "countries, and the U.S. is sure to also suffer.",
        "On Thursday, a spokesperson for China’s ministry of commerce said the US will be “opening fire on the whole world "
        "and also opening fire on itself.”",
    ),
    "consumers": (
        "But many analysts and economists nevertheless believe the new tariffs are counterproductive and will chiefly harm "
        "one particular segment of society: consumers.",
        "The US-initiated friction will eventually backfire to harm its own markets and companies, officials and analysts said. "
        "Moreover, the tariff increase on Chinese goods will eventually be passed on to US customers, Li added.",
    ),
}  # fmt: skip
FILLER = "The port of Tianjin handled more containers in June than in any month since its opening."


@pytest.mark.parametrize("case", sorted(CHECKED))
def test_the_checkers_false_only_in_claims_are_possibly_reported_elsewhere(tariffs_claims: pl.DataFrame, case: str) -> None:
    """Each was printed "only in" (nothing scored close); each states no name or figure the other origins lack."""
    row = tariffs_claims.filter(pl.col("text") == CHECKED[case][0]).row(0, named=True)
    assert (row["state"], row["basis"], row["alone"]) == ("possibly_shared", "no anchor", False)


def test_the_checkers_true_only_in_claims_stay_only_in(tariffs_claims: pl.DataFrame) -> None:
    """USA Today's "U.S. stocks were muted shortly after the market opened in New York." (checked true, anchor "New
    York") follows its "Shares on China's main Shanghai index jumped 0.5% …", which is one event with the Washington
    Times' "… the Shanghai Composite Index added 0.5 percent" since two single claims linked are one event: a sentence
    beside a shared one may tell its event ("context"), so it is possibly reported elsewhere — never printed false, a
    true only-in not printed."""
    unique = tariffs_claims.filter(pl.col("state") == "unique")
    assert {"Navarro", "Death By China"} <= {a for row in unique["anchors"].to_list() for a in row}
    assert (unique["basis"] == "anchor").all()
    muted = tariffs_claims.filter(pl.col("text").str.starts_with("U.S. stocks were muted")).row(0, named=True)
    assert (muted["state"], muted["basis"]) == ("possibly_shared", "context")


@pytest.mark.parametrize("case", sorted(CHECKED))
def test_the_same_claim_in_other_words_by_another_speaker_is_not_only_in(case: str) -> None:
    claim, elsewhere = CHECKED[case]
    claims = _claims({"west": claim, "east": f"{elsewhere} {FILLER}"}, {"west": "western", "east": "state"})
    row = claims.filter(pl.col("text") == claim).row(0, named=True)
    assert row["state"] == "possibly_shared" and not row["alone"]


def test_a_claim_naming_what_no_other_origin_names_is_only_in_and_says_what_was_searched_for() -> None:
    claim = "The Los Angeles Times also noted that Navarro’s documentary “Death By China” is drowned out by xenophobic hysteria."
    elsewhere = CHECKED["sato"][1]
    claims = _claims({"east": claim, "west": f"{elsewhere} {FILLER}"}, {"east": "state", "west": "western"})
    row = claims.filter(pl.col("text") == claim).row(0, named=True)
    assert (row["state"], row["basis"]) == ("unique", "anchor")
    assert row["anchors"] == ["Navarro", "Death By China"]  # the outlet that "noted" it is who speaks, not what is said


def test_a_speaker_is_not_an_anchor() -> None:
    """Who says it is not what is said: a unique speaker does not make the claim unique."""
    assert anchor_terms(CHECKED["sato"][0], ["Hikaru Sato", "Daiwa Securities"], ["Daiwa Securities"]) == []
    assert stated(CHECKED["sato"][0]) == "markets had already factored in the impact of the first round of tariffs."
    trailing = "The China Threat Theory looks more like a political tool, said economist Dan Steinbock of the America Institute."
    assert stated(trailing) == "The China Threat Theory looks more like a political tool"
    leading = "According to Reuters, both sides are expected to resume talks next week."
    assert stated(leading) == "both sides are expected to resume talks next week."


@pytest.mark.parametrize(
    ("sentence", "statement"),
    [
        ('Texas Gov. Rick Perry, in a written statement, said: "Guns require a finger to pull the trigger.',
         '"Guns require a finger to pull the trigger.'),
        ("“The assault-weapons ban is a low priority for the task force,” Matt Bennett, a spokesman for Third Way, "
         "said after hearing from Mr. Biden last week.", "“The assault-weapons ban is a low priority for the task force,"),
        ("However, as noted by Cummings (2003) and Isar (2017), the scope of CD remains contested.", "the scope of CD remains contested."),
        ("Cultural diplomacy has gained unprecedented significance in the world (Shahmerdanova, 2024).",
         "Cultural diplomacy has gained unprecedented significance in the world"),
        ("Exports to the US account for only 19% of China's exports.", "Exports to the US account for only 19% of China's exports."),
        ("Two companies in Shanghai told the BBC that customs authorities were delaying clearance for US imports.",
         "customs authorities were delaying clearance for US imports."),
        ("“I have a wonderful relationship with President Xi. He understands it’s unfair,” Mr. Trump said on “Fox & Friends.”",
         "“I have a wonderful relationship with President Xi. He understands it’s unfair,"),
        # check8 RM-31: whom the quotation is about, named between the verb and it, stays
        ('Former GOP candidate Rick Santorum, for example, put out a statement shortly after Romney\'s remarks that claimed '
         'Obama "has consistently fought against protecting the institution of marriage."',
         'Obama "has consistently fought against protecting the institution of marriage."'),
    ],
)  # fmt: skip
def test_what_a_sentence_states_is_cut_from_who_states_it(sentence: str, statement: str) -> None:
    assert stated(sentence) == statement


def test_a_contraction_taken_for_a_name_is_no_anchor() -> None:
    assert anchor_terms("\"I will put everything I've got into this and so will Joe.", ["I've", "Joe"], []) == ["Joe"]
    assert anchor_terms("NU has been known for promoting tolerance.", ["NU"], []) == ["NU"]


def test_a_title_is_not_an_anchor_and_a_figure_is_compared_by_value() -> None:
    assert anchor_terms("But there is no evidence that Mr. Morell objected to the material.", ["Mr", "Morell"], []) == ["Morell"]
    assert anchor_terms("Officials said the list covers $200bn of imports.", [], []) == ["#200"]
    index = AnchorIndex(["Washington may target 200 billion dollars more."], ["right"], [figure_values(["200b"])], set())
    assert absent_anchors(["#200"], index, ["right"]) == []


def test_a_name_counts_as_named_elsewhere_when_another_origin_has_all_its_words() -> None:
    texts = ["The European Union released a list of goods.", "Markets in New York were calm."]
    index = AnchorIndex(texts, ["left", "right"], [[], []], anchor_words(["European", "New York", "Marvel"]))
    assert absent_anchors(["European", "New York", "Marvel"], index, ["left"]) == ["New York", "Marvel"]
    assert absent_anchors(["European", "New York", "Marvel"], index, ["right"]) == ["European", "Marvel"]


RESOLVE = "“There should be no doubting Beijing’s resolve,” the newspaper said on Friday."
WITHHELD = "The White House said it is ready to target an additional $200 billion of goods from the mainland."
CONFIDENT = ("China is confident to confront the challenge, officials in Beijing said. "
             "The commerce ministry lodged a complaint in Geneva on Friday.")  # fmt: skip


def test_an_origin_is_shown_to_leave_out_only_an_event_that_names_what_it_never_names() -> None:
    """Two origins quote the same line; the third says the same resolve in its own words: that is no
    omission. The figure the third never gives is one, and events.json says what was not found (with who said it,
    whom the third never names either)."""
    texts = {"ap": f"{RESOLVE} {WITHHELD}", "times": f"{RESOLVE} {WITHHELD}", "daily": CONFIDENT}
    outlets = {"ap": "agency", "times": "right", "daily": "state"}
    sentences = segment(texts, outlets).with_columns(pl.lit(0.0).alias("compound"))
    found = find_events(sentences, origins=sorted(set(outlets.values())))
    labels = dict(found.events.select("event", "label").iter_rows())
    omitted = [labels[e] for e in found.omissions.filter(pl.col("origin") == "state")["event"].to_list()]
    assert len(omitted) == 1 and "200" in omitted[0]
    absent = found.absences.filter(pl.col("origin") == "state").select("absent").to_series().to_list()
    assert sorted(absent) == [[], ["#200", "White House"]]  # who speaks names the event too: the third never names it
    assert events_document(found)["omissions"][0]["absent"] == ["200", "White House"]


def test_the_omission_search_reads_the_storys_words_once_not_once_per_event_and_origin(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Which words of the story are words of news (what a one-word absent name may be a typo of, ``_no_news_word``)
    does not depend on the event or the origin searched: read once per search. Read once per (event, origin), it was
    23 % of the events stage's CPU at 500 AllSides sources (issue 16). The omissions found are the same."""
    import contrast.claims.absence as absence

    reads: list[int] = []

    class Counted(frozenset[str]):
        def __iter__(self):  # type: ignore[no-untyped-def]
            reads.append(1)
            return super().__iter__()

    story_words = absence._story_words
    monkeypatch.setattr(absence, "_story_words", lambda pool: Counted(story_words(pool)))
    texts = {"ap": f"{RESOLVE} {WITHHELD}", "times": f"{RESOLVE} {WITHHELD}", "daily": CONFIDENT}
    outlets = {"ap": "agency", "times": "right", "daily": "state"}
    found = find_events(segment(texts, outlets).with_columns(pl.lit(0.0).alias("compound")), origins=sorted(set(outlets.values())))
    assert found.absences.filter(pl.col("origin") == "state").height == 2  # two events searched in the third origin
    assert sorted(found.absences.filter(pl.col("origin") == "state").get_column("absent").to_list()) == [[], ["#200", "White House"]]
    assert len(reads) == 1, reads


def test_a_row_weakly_close_through_nothing_the_event_states_does_not_keep_it_from_being_left_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every sentence of one story scores 0.05–0.2 against the others through the story's words (check7 ET-18: Fox's
    tweet sentence, 0.14 against the Sanerib quotation). With every pair scoring 0.1, a row of the third origin counts
    against the omission only when it shares something specific with a member, or words or a name of what it states.
    "officials in Beijing" does for the "Beijing's resolve" quotation; "the target of the raid" does not for the $200bn."""
    monkeypatch.setattr(PairScorer, "closeness", lambda self, a, b, **_: np.full(len(a), 0.1))
    shops = "Police said the target of the raid was a warehouse."  # shares "target" alone, a word of news at large
    texts = {"ap": f"{RESOLVE} {WITHHELD}", "times": f"{RESOLVE} {WITHHELD}", "daily": f"{CONFIDENT} {shops}"}
    outlets = {"ap": "agency", "times": "right", "daily": "state"}
    found = find_events(segment(texts, outlets).with_columns(pl.lit(0.0).alias("compound")), origins=sorted(set(outlets.values())))
    labels = dict(found.events.select("event", "label").iter_rows())
    omitted = [labels[e] for e in found.omissions.filter(pl.col("origin") == "state")["event"].to_list()]
    assert len(omitted) == 1 and "200" in omitted[0], omitted


def test_a_one_word_name_that_is_a_word_of_news_shows_no_event_left_out() -> None:
    """Held-out birthright: HuffPost was shown to leave out the 14th Amendment's text ("… citizens of the United States
    and of the State wherein they reside") on "State" alone, though it writes "All babies born in the U.S. are
    American citizens under the Constitution's 14th Amendment". A word of news at large is no name to prove it by."""
    assert _no_news_word(["State", "#200", "Tanya Sanerib", "ABC News", "Congress"]) == ["#200", "Tanya Sanerib", "ABC News"]


def test_an_origin_that_names_part_of_an_event_is_not_shown_to_leave_it_out() -> None:
    """"another 16 in two weeks, and then … $200bn in abeyance" / "another $16 billion … will undergo further
    review": the third origin names part of the event, so it is not said to leave it out. A name the whole
    story uses ("Trump", in more than TOPIC_SHARE of the rows) is not part of the event."""
    rows = [("agency", "Trump said another $16 billion come in two weeks, with $200 billion in abeyance.", ["16", "200"]),
            ("right", "Trump said another $16 billion come in two weeks, with $200 billion in abeyance.", ["16", "200"]),
            ("state", "Another $16 billion of imports will undergo further review.", ["16"]),
            ("state", "Trump's trade war will backfire.", []), ("left", "Trump visited a factory in Ohio.", [])]  # fmt: skip
    origins, texts, figures = zip(*rows, strict=True)
    index = AnchorIndex(list(texts), list(origins), [frozenset(f) for f in figures], anchor_words(["Trump"]))
    assert _unnamed(["#16", "#200"], index, "state", topical=3) == []
    assert _unnamed(["#200"], index, "state", topical=3) == ["#200"]
    assert _unnamed(["Trump", "#200"], index, "state", topical=3) == ["#200"]  # "Trump" is in 4 rows: the story's
    assert _unnamed(["Trump", "#200"], index, "state", topical=5) == []


NCAA = ("The NCAA, whose headquarters is in Indianapolis, also has expressed concern about the law, as figures in "
        "corporate America and Hollywood voice their opposition.")
EMMERT = ("In a statement on Thursday, the N.C.A.A. president, Mark Emmert, said the organization was “deeply concerned” "
          "about the legislation.")
STATEHOUSE = "On Saturday, thousands of protesters gathered at the Statehouse as businesses halted travel to the state."


def test_dotted_initials_are_the_acronym_they_spell() -> None:
    """House style, not what is named: "N.C.A.A." is "NCAA" and "U.S." is "US" in every comparison of words."""
    assert "ncaa" in sentence_terms(EMMERT).stems
    assert fold_words("the N.C.A.A. and the U.S. Senate") == ["the", "ncaa", "and", "the", "us", "senate"]
    assert fold_words("Wash. Gov. Jay Inslee, J. Smith") == ["wash", "gov", "jay", "inslee", "j", "smith"]


def test_a_claim_another_origin_reports_under_a_dotted_acronym_is_not_only_in() -> None:
    """Indiana, checked false: "Only in US right: The NCAA … also has expressed concern" — the New York Times
    writes "N.C.A.A." and reports the organisation's concern."""
    claims = _claims({"fox": f"{NCAA} {FILLER}", "nyt": f"{EMMERT} {STATEHOUSE}"}, {"fox": "right", "nyt": "left"})
    row = claims.filter(pl.col("text") == NCAA).row(0, named=True)
    assert row["state"] == "possibly_shared" and row["basis"] == "close"


def test_a_claim_that_names_something_alone_but_says_what_another_origin_says_is_not_only_in() -> None:
    """"Only in" is a claim about what is said, not only about a name: CONTENT_SHARED content words of the statement
    shared with one row of another origin make it possibly reported elsewhere, whatever it names alone; the words
    of its anchors and the story's words (in more than TOPIC_SHARE of the rows) do not count."""
    retail = "The National Retail Federation said the tariffs will lead to higher grocery prices for shoppers."
    texts = [retail, "Grocers say shoppers face higher grocery bills.", *(f"Filler sentence number {k} about roads." for k in range(23))]
    pool = pl.DataFrame({"text": texts, "origin": ["wire"] + ["daily"] * 24, "stems": [list(sentence_terms(t).stems) for t in texts]})
    claims = pool.head(1)
    assert _unless_told_elsewhere(claims, pool, [["National Retail Federation"]]) == [[]]  # higher, grocery, shoppers
    rows = pool["stems"].to_list()
    two = pool.with_columns(pl.Series("stems", [rows[0], list(sentence_terms("Grocers say shoppers face higher bills.").stems), *rows[2:]]))
    assert _unless_told_elsewhere(claims, two, [["National Retail Federation"]]) == [["National Retail Federation"]]
    story = pool.with_columns(pl.Series("stems", [*rows[:2], *(["shopper"] for _ in range(23))]))
    assert _unless_told_elsewhere(claims, story, [["National Retail Federation"]]) == [["National Retail Federation"]]


def test_a_claim_whose_words_another_origin_says_is_close_not_without_anchor(monkeypatch: pytest.MonkeyPatch) -> None:
    """check9-recheck LP-15: the briefing counts why claims are not "only in" from their ``basis``. A claim that names
    something no other origin has (Kroger) but whose stated words a row of another origin shares (``CONTENT_SHARED``)
    is possibly elsewhere because that row may report it (``close``), not because it names nothing the others lack
    (``no anchor``) — with every pair scoring 0, so the words alone decide."""
    monkeypatch.setattr(PairScorer, "score", lambda self, a, b, **_: np.zeros(len(a)))
    monkeypatch.setattr(PairScorer, "closeness", lambda self, a, b, **_: np.zeros(len(a)))
    kroger = "Shoppers at Kroger stores will face higher grocery prices this winter."
    claims = _claims({"w": f"{kroger} {FILLER}", "d": f"{RALLY} Grocers say shoppers face higher grocery bills. {BANK}"},
                     {"w": "wire", "d": "daily"})  # fmt: skip
    assert claims.filter(pl.col("text") == kroger).select("state", "basis").row(0) == ("possibly_shared", "close")


@pytest.mark.parametrize(
    ("one", "other"),
    [("OK", "okay"), ("O.K.", "okay"), ("defence", "defense"), ("organisations", "organizations"), ("centred", "centered"),
     ("e-mails", "emails"), ("labour", "labor")],
)  # fmt: skip
def test_spelling_variants_are_one_word_in_every_comparison(one: str, other: str) -> None:
    """House style, not what is said: "OK"/"O.K."/"okay", British and American spellings are one word for
    quotation runs, anchors (``fold_words``) and content stems (``sentence_terms``)."""
    assert fold_words(f"the {one} here") == fold_words(f"the {other} here")
    assert sentence_terms(f"the {one} here").stems == sentence_terms(f"the {other} here").stems


def test_a_quotation_another_origin_spells_otherwise_is_not_only_in() -> None:
    """Schiff, checked false: "Only in US left: “I don't think it's OK,” he said Thursday." — Fox quotes the same
    line as "“I don't think that's okay.”"; "OK" is no name the other origin lacks."""
    claims = _claims(
        {"huffpost": "Schiff spoke at the hearing on Thursday. “I don’t think it’s OK,” he said Thursday.",
         "fox": "“You might think that's okay that they lied about the meeting,” Schiff said. “I don't think that's okay.”"},
        {"huffpost": "left", "fox": "right"},
    )  # fmt: skip
    row = claims.filter(pl.col("text").str.contains("it’s OK")).row(0, named=True)
    assert row["state"] != "unique" and "OK" not in row["anchors"]


ETIENNE = "“Democrats aren't going to be intimidated by the White House or Congressional Republicans,” spokeswoman Ashley Etienne said."
DCCC = ("On Wednesday, the Democratic Congressional Campaign Committee, House Democrats’ campaign arm, announced that it "
        "would send fund-raising appeals defending the chairman.")  # fmt: skip
STORY = {
    "fox": f"Republicans on the committee demanded that the chairman resign. The hearing room was crowded with reporters. {ETIENNE} "
           "Congressional Democrats in the House had met on Monday. Congressional Democrats in the House said little on Tuesday.",
    "nyt": f"Republicans on the committee demanded that the chairman step down on Thursday. {DCCC}",
}
"""Fox's own sentences use the story's words ("Democrats", "Congressional") as a real report does: they are no evidence."""


def test_a_capital_names_its_country_for_the_absence_search() -> None:
    """Schiff: NYT's "… nor was he about to absolve President Trump or his campaign from nefarious conduct with
    Moscow" is not only in US left when Fox says Schiff claims Trump's campaign "colluded with Russia"."""
    index = AnchorIndex(["Schiff says the campaign colluded with Russia."], ["right"], [frozenset()], anchor_words(["Moscow"]))
    assert absent_anchors(["Moscow"], index, ["right"]) == []
    elsewhere = AnchorIndex(["No capital here."], ["right"], [frozenset()], anchor_words(["Kremlin"]))
    assert absent_anchors(["Kremlin"], elsewhere, ["right"]) == ["Kremlin"]


@pytest.mark.parametrize(
    ("anchor", "elsewhere", "named"),
    [
        ("Republicans", "The Republican governor apologized.", True),
        ("Republicans", "One GOP state senator called for a special session.", True),
        ("Republicans", "House Minority Leader Ken Fredette (R) opposed the session.", True),
        ("Republicans", "Sen. Susan Collins, R-Maine, said she was troubled.", True),
        ("Republican", "Republicans in the House met on Tuesday.", True),
        ("GOP", "Republicans in the House met on Tuesday.", True),
        ("Democrats", "The Democratic leader asked him to resign.", True),
        ("Democrats", "Rep. Nancy Pelosi (D-Calif.) said so.", True),
        ("Democratic", "Democrats have been pounding LePage.", True),
        # another party, or a letter that marks no party, is no form of it
        ("Republicans", "Democrats have been pounding LePage.", False),
        ("Democrats", "I'd call it a tirade, R&D aside.", False),
        ("Republicans", "Plan (B) was dropped.", False),
    ],
)
def test_a_party_is_named_elsewhere_in_any_of_its_forms(anchor: str, elsewhere: str, named: bool) -> None:
    """Check8 LP-15: "Both Democrats and Republicans have denounced the remarks …" was printed as US center's alone, its
    anchor "Republicans" absent from the others, which wrote "The Republican governor", "one GOP state senator" and
    "Ken Fredette (R)"."""
    index = AnchorIndex([elsewhere], ["right"], [frozenset()], anchor_words([anchor]))
    assert (absent_anchors([anchor], index, ["right"]) == []) is named


def test_a_page_reference_or_a_clock_time_is_no_figure_of_a_claim() -> None:
    """Soft power: "(p. 18)" was listed as what no other origin names; pipe bombs: "The Department of Justice will hold
    a press conference at 2:30 p.m. ET." was "only in" on "30" (HuffPost reports the press conference)."""
    assert anchor_terms("He terms it “reputational security” (p. 18) after the Cold War.", ["Cold War"], []) == ["Cold War"]
    assert anchor_terms("The Department of Justice will hold a press conference at 2:30 p.m. ET.", [], []) == []


def test_a_person_is_named_elsewhere_without_their_title_or_home_state() -> None:
    """An anchor "Senator Mitch McConnell of Kentucky" is named by an origin that writes "Mitch McConnell, R-Ky.": the
    person, not the house style around the name."""
    index = AnchorIndex(["Majority Leader Mitch McConnell, R-Ky., said the Senate would vote."], ["right"], [frozenset()],
                        anchor_words(["Senator Mitch McConnell of Kentucky", "Department of Homeland Security"]))  # fmt: skip
    found = absent_anchors(["Senator Mitch McConnell of Kentucky", "Department of Homeland Security"], index, ["right"])
    assert found == ["Department of Homeland Security"]


RUBIO = "Sen. Marco Rubio, a Florida Republican and leading China hawk, heralded the tariffs as a “theft tax.”"
TARIFF_STORY = "Steel makers welcomed the tariffs in Ohio. Farmers in Iowa fear the tariffs will cost them buyers."


def _rubio(elsewhere: str) -> tuple[str, str]:
    claims = _claims({"west": f"{RUBIO} {BANK}", "east": f"{elsewhere} {FILLER} {TARIFF_STORY}"}, {"west": "western", "east": "state"})
    row = claims.filter(pl.col("text") == RUBIO).row(0, named=True)
    return row["state"], row["basis"]


def test_a_weakly_close_sentence_is_close_only_when_it_shares_what_the_claim_states() -> None:
    """Dev golds (us-china-50bn, Washington Times): Rubio's "theft tax" is the Times' alone, yet a sentence of another
    origin scoring 0.05–0.2 on one shared word ("theft") kept it "possibly reported elsewhere". Below POSSIBLE_P a row
    is close when it shares two words of what the claim states (the story's words left out) or a name it states, named
    whole (tests/test_absence_weak.py);
    from POSSIBLE_P, whatever it shares."""
    assert _rubio("The administration says the tariffs punish theft.") == ("unique", "anchor")  # 0.09: theft only
    assert _rubio("Officials called it a tax on theft.") == ("possibly_shared", "close")  # 0.11: tax, theft
    assert _rubio("Officials say Rubio backs the tariffs.") == ("possibly_shared", "close")  # 0.24


def test_a_weakly_close_sentence_that_shares_a_name_of_the_claim_keeps_it_possibly_reported_elsewhere() -> None:
    """Dev golds (steel tariffs): USA Today's "Trump mentioned Australia … while criticizing Germany" names Germany alone,
    but AP's "He suggested Australia and 'other countries' might also be spared" (0.06) reports what it says."""
    germany = ("In addition to Canada and Mexico, Trump mentioned Australia — \"we have a trade surplus with Australia\" — while "
               "criticizing Germany for what he considers a lack of defense spending.")
    spared = ("He suggested Australia and \"other countries\" might also be spared, a shift that could soften the international "
              "blow amid threats of retaliation by trading partners.")
    claims = _claims({"west": f"{germany} {BANK}", "east": f"{spared} {FILLER}"}, {"west": "western", "east": "state"})
    assert claims.filter(pl.col("text") == germany).row(0, named=True)["state"] == "possibly_shared"


IOWA = ("In a separate letter, Iowa’s congressional delegation, including two Republican senators, warned that the tariffs "
        "would hurt the state’s farmers and manufacturing.")
PARTY_ROW = "Several Republicans spoke to reporters outside the Capitol after the closed-door meeting ended."
PARTY_STORY = ("GOP leaders in the House met on Monday to discuss the spending bill and the border wall. "
               f"{PARTY_ROW} The GOP whip stayed away from the vote on the highway funding package last week.")  # fmt: skip


def test_a_party_the_story_names_in_all_its_forms_is_no_name_a_weak_row_shares() -> None:
    """Dev golds (steel tariffs): "Iowa’s congressional delegation, including two Republican senators, warned …" is one
    article's alone, yet a weakly close row naming "Republicans" kept it possibly reported elsewhere: "Republican" is
    in few rows, but the party, as "GOP" and "Republicans", is in many (the story's, ``TOPIC_SHARE``). A name the
    story does not name everywhere still counts."""
    claims = _claims({"west": f"{IOWA} {BANK}", "east": f"{PARTY_STORY} {FILLER} {TARIFF_STORY}"}, {"west": "western", "east": "state"})
    texts = claims.get_column("text").to_list()
    a, b = np.array([texts.index(IOWA)]), np.array([texts.index(PARTY_ROW)])
    assert not _told_in_words(claims, claims, a, b)[0]
    iowa = "Farmers in Iowa fear the tariffs will cost them buyers."
    assert _told_in_words(claims, claims, a, np.array([texts.index(iowa)]))[0]


@pytest.mark.parametrize(
    ("sentence", "statement"),
    [
        ("Wang Huiyao, director of the Beijing-based Center for China and Globalization and an adviser to China’s cabinet, "
         "said Trump’s measures will damage U.S.-China cooperation over North Korea.",
         "Trump’s measures will damage U.S.-China cooperation over North Korea."),
        ("Sen. Charles Schumer, D-N.Y., minority leader in the Senate, said he sympathizes with Trump's criticism of trade rules.",
         "he sympathizes with Trump's criticism of trade rules."),
        ("The China Threat Theory, which is unfounded and unsubstantiated, looks more like a political tool, said economist "
         "Dan Steinbock from the U.S.’s India, China and America Institute.",
         "The China Threat Theory, which is unfounded and unsubstantiated, looks more like a political tool"),
    ],
)  # fmt: skip
def test_who_a_speaker_is_between_commas_is_no_part_of_what_is_said(sentence: str, statement: str) -> None:
    """Dev golds: "Wang Huiyao" (Bloomberg) and "Eswar Prasad, a senior fellow at the Brookings Institution …" (People's
    Daily) were anchors of claims the labeller found told in other words elsewhere (The Hill: the move may "risk a key
    cooperative partnership to help denuclearize the Korean peninsula"): the speaker is not an anchor, wherever the
    sentence describes them. A relative clause describes what is said, not a speaker."""
    assert stated(sentence) == statement


def test_a_name_is_named_elsewhere_without_its_initial_role_designator_or_year() -> None:
    """Dev golds: "ZTE Corp" (Bloomberg) is named where the Washington Times writes "ZTE"; "Senate Minority Leader Charles
    E." (an entity cut at the initial) where The Hill writes "Sen. Charles Schumer"; "Trump's 2016" where Trump is."""
    texts = ["Mr. Trump made a deal to save ZTE.", "New York Sen. Charles Schumer praised the move."]
    anchors = ["ZTE Corp", "Senate Minority Leader Charles E", "Trump's 2016", "Bank of Nova Scotia"]
    index = AnchorIndex(texts, ["right", "right"], [frozenset(), frozenset()], anchor_words(anchors))
    assert absent_anchors(anchors, index, ["right"]) == ["Bank of Nova Scotia"]


def test_where_a_quotation_was_said_is_no_part_of_it_even_when_quoted() -> None:
    """Check groups C (gorsuch, lexical, not tuned on): Fox's Thune “We will do what is necessary to confirm Judge
    Gorsuch …,” and the New York Times' Graham “Whatever it takes to get him on the court, I will do,” were each printed
    only in their origin, on the names of where they were said ("Fox News’ Shannon Bream", "America’s Newsroom", "The
    Mike Gallagher Show"): the same pledge, told by two senators."""
    thune = ("“We will do what is necessary to confirm Judge Gorsuch on the Supreme Court, yes,” he told Fox News’ Shannon Bream "
             "on “America’s Newsroom,” when asked if they’d go that route.")
    graham = "“Whatever it takes to get him on the court, I will do,” Mr. Graham told “The Mike Gallagher Show” radio program."
    assert stated(thune) == "“We will do what is necessary to confirm Judge Gorsuch on the Supreme Court, yes,"
    assert stated(graham) == "“Whatever it takes to get him on the court, I will do,"


def test_a_handle_or_a_verb_opening_a_quotation_is_no_anchor() -> None:
    """Check groups C and D: "Call off this summit, @realDonaldTrump," Wyden tweeted. was only in Fox on "DonaldTrump";
    “As Donald Trump said, ’Let it come out,’” Mr. Sanders wrote on Twitter. only in the New York Times on "Let"."""
    assert anchor_terms("Call off this summit, @realDonaldTrump,\" Wyden tweeted.", ["DonaldTrump", "Wyden"], ["Wyden"]) == []
    assert anchor_terms("“As Donald Trump said, ’Let it come out,’” Mr. Sanders wrote on Twitter.", ["Donald Trump", "Let", "Sanders"],
                        ["Sanders"]) == ["Donald Trump"]  # fmt: skip


def test_a_person_is_named_elsewhere_by_surname() -> None:
    """Check group D (jasta): Fox's "Sen. Charles Schumer … pushed back hard on Saudi government objections" was printed
    with "no other origin's text has “Charles Schumer”" — HuffPost names "Chuck Schumer". A title is no person."""
    texts = ["Sen. Chuck Schumer led the effort.", "Critics of China spoke."]
    anchors = ["Charles Schumer", "Death By China"]
    index = AnchorIndex(texts, ["left", "left"], [frozenset(), frozenset()], anchor_words(anchors))
    assert absent_anchors(anchors, index, ["left"]) == ["Death By China"]


KILLED = "The newly announced policy applies to the remains of African elephants killed between January 2016 and December 2018."
HUNTED = ("On Thursday, the service announced on its website that it would begin issuing permits to allow the import of "
          "elephants hunted from 2016 to 2018, with two trophies allowed per import.")  # fmt: skip
SUMMIT = "Leaders of the African Union will meet in Addis Ababa next month to discuss a free-trade zone."


@pytest.mark.parametrize("years", ["from 2016 to 2018", "in 2016-18", "in 2016–2018"])
def test_a_month_and_year_is_named_where_the_year_is(years: str) -> None:
    """check7-final ET-O1: Fox's "… elephants killed between January 2016 and December 2018" was printed only in US
    right, "no other origin's text has “January 2016” or “December 2018”" — the New York Times: "… elephants hunted
    from 2016 to 2018". A date written with its month names its year; a span of years names every year in it."""
    anchors = ["January 2016", "December 2018", "December 19", "Zimbabwe"]
    index = AnchorIndex([f"Elephants hunted {years} may be imported."], ["center"], [frozenset()], anchor_words(anchors))
    assert absent_anchors(anchors, index, ["center"]) == ["December 19", "Zimbabwe"]


def test_a_claim_dated_by_month_that_another_origin_dates_by_year_is_not_only_in() -> None:
    # the rally two sentences away: beside a claim of a shared event it would not be "only in" either (``context``)
    texts = {"fox": f"{KILLED} Snow closed the mountain passes overnight. {RALLY}", "nyt": f"{HUNTED} {BANK} {SUMMIT}"}
    states = dict(_claims(texts, {"fox": "right", "nyt": "center"}).select("text", "state").iter_rows())
    assert states[KILLED] in ("shared", "possibly_shared")  # shared since the years they give weigh in a link (check R EP)
    assert states[RALLY] == "unique"


WARNING = "“This lawsuit will put the violent criminal organizations back in charge,”"
QUOTED = {
    "nyt": f"{WARNING} Michael Elliott, the executive director of the Marijuana Industry Group, said. Voters approved the law in 2012.",
    "hp": f"{WARNING} Elliott said. The state collected millions in taxes last year.",
    "fox": "Colorado's attorney general promised to defend the state's law. Officials met in Denver on Friday.",
}
SPECTRUM = {"nyt": "center", "hp": "left", "fox": "right"}


def _left_out(texts: dict[str, str]) -> tuple[list[str], list[list[str]]]:
    sentences = segment(texts, SPECTRUM).with_columns(pl.lit(0.0).alias("compound"))
    found = find_events(sentences, origins=sorted(set(SPECTRUM.values())))
    return found.omissions["origin"].to_list(), found.absences.filter(pl.col("origin") == "right")["absent"].to_list()


def test_an_origin_that_never_names_whom_two_others_quote_leaves_the_quotation_out() -> None:
    """check7-final MJ-18: the New York Times and HuffPost quote Michael Elliott of the Marijuana Industry Group; Fox
    names neither him nor anything of his warning, yet "Events shown left out: none shown" — the quotation names
    nothing once its speaker is cut off, so nothing could be absent. Who is quoted names the event."""
    assert _left_out(QUOTED) == (["right"], [["Michael Elliott"]])


def test_an_origin_that_names_whom_two_others_quote_is_not_shown_to_leave_it_out() -> None:
    texts = {**QUOTED, "fox": QUOTED["fox"].replace("Officials met", "Michael Elliott and officials met")}
    assert _left_out(texts) == ([], [[]])


def test_what_an_origin_is_shown_to_leave_out_is_what_two_others_name() -> None:
    """A name only one reporting source gives ("Peak Pegasus") is its detail: the omission must rest on both reports
    (a link may join two facts — check7-final FL-4 linked the House's subpoena with the Senate's), so an event whose
    other origins share no name, figure or speaker is not shown left out."""
    texts = {"nyt": "The container ship Peak Pegasus, carrying soybeans, failed to beat the tariff deadline at the port.",
             "hp": "A container ship carrying soybeans failed to beat the tariff deadline at the port.",
             "fox": QUOTED["fox"]}  # fmt: skip
    omitted, absent = _left_out(texts)
    assert (omitted, absent) == ([], [[]])


HAYWARD = "“We’re seeing a lot of marijuana coming over from Colorado,” said Sheriff Adam Hayward of Deuel County, Neb."
OVERMAN = "Scotts Bluff County Sheriff Mark Overman said Colorado pot is more potent and worth more in his region."
COLORADO = f"{RALLY} {BANK} Colorado collected more than $60 million in taxes. The attorney general of Colorado will defend the law."


def _hayward(fox: str) -> tuple[str, str | None, list[str]]:
    claims = _claims({"nyt": f"{HAYWARD} Colorado voters approved the law in 2012.", "fox": fox}, {"nyt": "center", "fox": "right"})
    return claims.filter(pl.col("text") == HAYWARD).select("state", "basis", "anchors").row(0)


def test_a_quotation_of_someone_no_other_origin_names_with_nothing_close_elsewhere_is_only_in() -> None:
    """check7-final MJ-16: the New York Times' “We’re seeing a lot of marijuana coming over from Colorado,” said Sheriff
    Adam Hayward of Deuel County — nobody else names Hayward or Deuel County, nothing elsewhere is close — was "possibly
    reported elsewhere" on "no anchor": the speaker was never an anchor. Someone's quoted words are theirs: where nobody
    names them, and nothing of another origin scores even WEAK_P, nobody reports them."""
    assert _hayward(COLORADO) == ("unique", "anchor", ["Sheriff Adam Hayward of Deuel County", "Neb"])


def test_a_quotation_with_something_weakly_close_elsewhere_is_not_only_in_on_its_speaker() -> None:
    """Another sheriff making a like point in another origin (the same proposition by another speaker, the false
    "only in" the checks found): the speaker proves the words are not elsewhere, not that the point is not."""
    assert _hayward(f"{COLORADO} {OVERMAN}")[0] == "possibly_shared"


def test_a_one_word_name_one_letter_off_a_word_of_news_the_story_writes_shows_no_event_left_out() -> None:
    """check13o PA-28/PA-60: the Times was shown to leave out Perry's "Investing tax dollars promoting a lifestyle many
    Americas of faith find so deeply objectionable is wrong." on "Americas", Fox's and HuffPost's typo of "Americans";
    the Times writes "America". A name one letter off a word of news the story writes may be that word misspelt: no
    proof of absence. A name no word of the story is one letter off, a short one, or a figure still is."""
    written = {"many", "americas", "of", "faith", "america", "american", "perry", "obama", "the", "log", "cabin"}
    assert _no_news_word(["Americas"], written) == []
    assert _no_news_word(["Americas", "Sanerib", "Osama", "#1"], written) == ["Sanerib", "Osama", "#1"]
    assert _no_news_word(["Americas"]) == ["Americas"]  # no word of the story near it


def test_an_event_named_by_a_misspelt_word_of_news_is_not_shown_left_out() -> None:
    line = "Investing tax dollars promoting a lifestyle many Americas of faith find so deeply objectionable is wrong."
    texts = {"fox": f"Perry released an emailed statement on Tuesday. {line}",
             "huff": f"The governor made a statement on Tuesday. {line}",
             "times": "Mr. Perry criticized the policy on Tuesday, saying faith made America strong."}  # fmt: skip
    outlets = {"fox": "right", "huff": "left", "times": "center"}
    found = find_events(segment(texts, outlets).with_columns(pl.lit(0.0).alias("compound")), origins=sorted(set(outlets.values())))
    assert found.omissions.filter(pl.col("origin") == "center").height == 0
    absent = found.absences.filter(pl.col("origin") == "center").get_column("absent").to_list()
    assert all("Americas" not in a for a in absent), absent

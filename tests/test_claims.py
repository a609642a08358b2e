"""Claims, alias resolution, alignment into events, overlap measures and events.json."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from contrast.claims import find_events, omissions, origin_sharing, overlap_matrix
from contrast.claims.aliases import resolve_aliases
from contrast.claims.candidates import is_claim, speakers
from contrast.claims.export import events_document
from contrast.claims.quality import load_gold, predicted_events, purity, recall
from contrast.claims.terms import entities, quantities, settle_names
from contrast.config import load_report
from contrast.pipeline import analyse
from contrast.segment import segment
from tests.conftest import REPO, TARIFFS

GOLD = REPO / "tests" / "data" / "tariffs_gold_events.json"


# --- quantities and names -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["$34bn of goods", "$34 billion of goods", "US$34 billion of goods", "34 billion dollars of goods", "34 billion U.S. dollars of goods"],
)
def test_money_amounts_normalise_to_one_form(text: str) -> None:
    assert quantities(text) == ["$34b"]


@pytest.mark.parametrize("text", ["a 25% levy", "a 25 percent levy", "the 25-percent levy", "a 25 per cent levy"])
def test_percentages_normalise_to_one_form(text: str) -> None:
    assert quantities(text) == ["25%"]


def test_pound_amounts_stay_pounds() -> None:
    assert quantities("(£25.7bn)") == ["£25.7b"]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # check7 MJ-3: the number of a name is the name's, not a figure of its own
        ("Colorado voters approved Amendment 64, legalizing recreational marijuana, in 2012.", []),
        ("The decision stems from a Section 301 investigation launched in August.", []),
        ("Search teams said Flight 370 vanished over the sea.", []),
        # near misses: figures that stay figures
        ("He said 23 states have enacted medical marijuana laws.", ["23"]),
        ("The lawsuit was filed on December 19 in Washington.", ["19"]),  # a date's day, not a name
        ("Amendment 64 was approved by voters in 2012.", ["64"]),  # a capital at a sentence's start says nothing
        ("In all, Another 16 products were added.", ["16"]),  # a word that starts sentences, capitalised
        ("The top 10 firms paid a 25 percent tariff on 1,102 products.", ["25%", "10", "1102"]),
    ],
)
def test_a_number_in_a_name_is_no_figure(text: str, figures: list[str]) -> None:
    assert quantities(text) == figures


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Belt and Road Initiative", "BRI"),
        ("Chinese Communist Party", "the CCP"),
        ("Ne Zha 2", "Nezha"),
        ("United States", "U.S."),
        ("Global Soft Power Index", "Brand Finance Global Soft Power Index"),
        ("Beijing", "Beijng"),
    ],
)
def test_aliases_resolve_to_one_entity(left: str, right: str) -> None:
    texts = ["It joined the Belt and Road Initiative (BRI) in 2015."]  # the evidence an acronym needs
    aliases = resolve_aliases([left, right, "Washington", "Xiaohongshu"], texts=texts)
    assert aliases[left] == aliases[right]
    assert aliases["Washington"] != aliases[left] != aliases["Xiaohongshu"]


def test_titles_do_not_make_a_new_person() -> None:
    aliases = resolve_aliases(["President Donald Trump", "Mr Trump", "Donald Trump", "Trump", "Minister of Commerce"])
    assert aliases["President Donald Trump"] == aliases["Mr Trump"] == aliases["Trump"] == aliases["Donald Trump"]
    assert aliases["Minister of Commerce"] == "minister of commerce"


def test_a_surname_after_the_full_name_is_the_same_person() -> None:
    aliases = resolve_aliases(["William Zarit", "Zarit", "Beijing"])
    assert aliases["Zarit"] == aliases["William Zarit"]


def test_a_person_of_a_place_or_with_a_generational_suffix_is_the_person() -> None:
    """Pipe bombs, checked: the arrest's suspect is "Cesar Sayoc of Aventura, Florida" (Fox), "Cesar Sayoc Jr." (NYT) and
    "Sayoc": one person, so the sentences that identify him share a name. "Bank of America" stays a name of its own."""
    aliases = resolve_aliases(["Cesar Sayoc of Aventura", "Cesar Sayoc Jr.", "Sayoc", "Bank of America", "America",
                               "Speaker Nancy Pelosi of California", "Nancy Pelosi", "Pelosi"])  # fmt: skip
    assert aliases["Cesar Sayoc of Aventura"] == aliases["Cesar Sayoc Jr."] == aliases["Sayoc"]
    assert aliases["Speaker Nancy Pelosi of California"] == aliases["Pelosi"] == aliases["Nancy Pelosi"]
    assert aliases["Bank of America"] != aliases["America"]


def test_a_name_with_a_word_more_is_no_spelling_of_it() -> None:
    """Check s6-C GF-43: "Senator Thomas R" (of "Senator Thomas R. Carper", NYT) joined Clarence Thomas (Fox)
    as a near-identical spelling of "Thomas" (squashed, "thomasr" scores 92 against "thomas"); the naming table
    then printed the senator as US left's name for the justice."""
    aliases = resolve_aliases(["Clarence Thomas", "Thomas", "Senator Thomas R", "Beijing", "Beijng"])
    assert aliases["Thomas"] == aliases["Clarence Thomas"] != aliases["Senator Thomas R"]
    assert aliases["Beijing"] == aliases["Beijng"]


def test_a_surname_two_people_share_is_left_alone() -> None:
    aliases = resolve_aliases(["John Smith", "Jane Smith", "Smith"])
    assert len({aliases["John Smith"], aliases["Jane Smith"], aliases["Smith"]}) == 3


@pytest.mark.parametrize(
    ("text", "name", "not_names"),
    [
        ("The tariffs took effect at 12.01am on Friday US time.", "US", ["Friday US"]),
        ("On Monday Beijing said it would answer in kind.", "Beijing", ["Monday Beijing"]),
        ("Talks resumed in June China said, after a pause.", "China", ["June China"]),
        ("Rahm Emanuel, the mayor of Chicago and Mr. Obama’s former chief of staff, spoke.", "Chicago",
         ["Chicago and Mr", "Mr"]),
        ("The deal was struck by Dr. Li and Mrs. Zhang in Geneva.", "Li", ["Dr", "Li and Mrs", "Mrs"]),
        ("It is in line with the Belt and Road Initiative and China's diplomacy.", "Belt and Road Initiative",
         ["Belt and Road Initiative and China's"]),
        ("The US-initiated friction will backfire, analysts said.", "US", ["US-initiated"]),
        ("It moved some production to the US and Mexico last year.", "Mexico", ["US and Mexico"]),
        # check10h BT-26: printed as two origins' names for one actor
        ("Outgoing White House economic adviser Lena Park warned Wednesday.", "White House", ["Outgoing White House"]),
        ("Senior White House officials raised the stakes.", "White House", ["Senior White House"]),
        ("Former President Ada Quinn spoke.", "President Ada Quinn", ["Former President Ada Quinn"]),
        ("Top White House aides met.", "White House", ["Top White House"]),
        ("Top Gun was filmed in San Diego.", "Top Gun", ["Gun"]),
    ],
)
def test_a_name_does_not_take_in_a_weekday_before_it_or_a_title_or_possessor_after_it(
    text: str, name: str, not_names: list[str]
) -> None:
    """A day or month before a name dates it ("on Friday US time"), a word of rank or tenure before it ranks
    someone ("Outgoing White House …"), and a title or a possessor after "and" ("… and Mr. Obama", "… and China's
    diplomacy") starts the next name: none makes a name of its own."""
    found = settle_names([entities(text)])[0]
    assert name in found
    assert not set(not_names) & set(found)


@pytest.mark.parametrize(
    ("text", "name", "fragment"),
    [
        # check7 ET-21: cut at "of the", Fox's "Secretary of the Interior Ryan Zinke" printed as "Interior Ryan Zinke"
        ("Secretary of the Interior Ryan Zinke said the decision applied.", "Secretary of the Interior Ryan Zinke",
         "Interior Ryan Zinke"),
        ("Speaker of the House Paul Ryan spoke first.", "Speaker of the House Paul Ryan", "House Paul Ryan"),
        ("The Department of the Interior said so.", "Department of the Interior", "Interior"),
    ],
)
def test_a_title_of_the_office_stays_one_name(text: str, name: str, fragment: str) -> None:
    found = settle_names([entities(text)])[0]
    assert name in found and fragment not in found


@pytest.mark.parametrize(
    ("text", "names"),
    [  # near misses: a name with one joiner, and "of the" after no name, stay as they were
        ("Bank of England Governor Mark Carney said so.", ["Bank of England Governor Mark Carney"]),
        ("Interior Secretary Ryan Zinke said so.", ["Interior Secretary Ryan Zinke"]),
        ("In the spring of the year China said no.", ["China"]),
        ("Xi spoke to Trump of the United States on Friday.", ["Trump", "United States"]),
    ],
)
def test_names_around_of_the_keep_their_extent(text: str, names: list[str]) -> None:
    assert settle_names([entities(text)])[0] == names


def test_a_date_stays_a_name_of_its_own() -> None:
    assert "June 12" in entities("The summit on June 12 ended early.")


@pytest.mark.parametrize(
    ("corpus", "expected"),
    [
        (["It funds the Belt and Road projects.", "Belt and Road loans grew."], [["Belt and Road"], ["Belt and Road"]]),
        (["The US and China traded blows.", "China replied to the US at once."], [["US", "China"], ["China", "US"]]),
    ],
)
def test_two_words_joined_by_and_are_one_name_unless_both_stand_alone(corpus: list[str], expected) -> None:
    assert settle_names([entities(text) for text in corpus]) == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("Foreign Ministry spokesman Lu Kang said the action will hamper recovery.", ["Foreign Ministry", "Lu Kang"], ["Lu Kang"]),
        ("Retaliatory measures “took effect immediately,” said a ministry spokesman, Lu Kang.", ["Lu Kang"], ["Lu Kang"]),
        ("“The United States has violated WTO rules,” said Hu.", ["United States", "WTO", "Hu"], ["Hu"]),
        ("Some ports stopped clearing US goods, according to Reuters.", ["US", "Reuters"], ["Reuters"]),
        ("The official China Daily newspaper accused the administration.", ["China Daily"], ["China Daily"]),
        ("China levied tariffs on US soybeans worth $34 billion.", ["China", "US"], []),
    ],
)
def test_speakers_are_the_names_a_claim_is_attributed_to(text: str, names: list[str], expected: list[str]) -> None:
    assert speakers(text, names) == expected


def test_a_shared_speaker_alone_does_not_make_one_event() -> None:
    texts = {
        "a": "Foreign Ministry spokesman Lu Kang said the action will hamper the global economic recovery.",
        "b": "The new duties took effect immediately after midnight, said Lu Kang, the ministry's spokesman.",
    }
    analysis = find_events(segment(texts, {"a": "x", "b": "y"}), origins=["x", "y"])
    assert analysis.events.height == 0


def test_alias_resolution_does_not_depend_on_input_order() -> None:
    names = ["Belt and Road Initiative", "BRI", "Ne Zha 2", "Nezha", "China", "CCP", "Chinese Communist Party"]
    texts = ["the Belt and Road Initiative (BRI)"]
    assert resolve_aliases(names, texts=texts) == resolve_aliases(list(reversed(names)), texts=texts)


# --- what counts as a claim -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China levied tariffs on 545 US products worth $34 billion on Friday.", True),
        ('"The ministry gave no details," a spokesman said.', True),
        ("Will history repeat itself as tariffs rise?", False),
        ("Distinction between cultural diplomacy and soft power", False),
        ("Nye, J. S. (2021). Soft power: the origins.", False),
        ("So be it.", False),
        (
            "Judicial Watch Director of Investigations Chris Farrell on how FBI official Peter Strzok requested "
            "that he retain his security clearance after being added to special counsel Robert Mueller's team.",
            False,
        ),
        ("Fox News contributor Tammy Bruce on why the administration changed course on tariffs.", False),
        ("Experts disagree on how the tariffs will affect American farmers this year.", True),
        ("Every Republican on the House Intelligence Committee on Thursday demanded that Schiff step down.", True),
        ("Depending on how long the shutdown lasts, the losses could exceed $75 billion.", True),
        ("Pressed Tuesday on what terms he wants in talks with Obama, Boehner said a plan would be balanced.", True),
    ],
)
def test_claims_are_assertions_not_questions_headings_citations_or_captions(text: str, expected: bool) -> None:
    assert is_claim(text) is expected


def test_a_video_caption_that_names_the_story_s_people_makes_no_event() -> None:
    """finalcheck-s5 SZ-16: Fox's leftover video caption ("X on how Strzok requested …") was linked
    with HuffPost's lede on the firing by the names alone; a caption says what a clip is about."""
    texts = {
        "fox": (
            "Judicial Watch Director of Investigations Chris Farrell on how FBI official Peter Strzok requested that "
            "he retain his security clearance after being added to special counsel Robert Mueller's team."
        ),
        "huff": (
            "FBI Special Agent Peter Strzok, who was taken off special counsel Robert Mueller's team after investigators "
            "discovered his texts, has been fired from the bureau."
        ),
    }
    analysis = find_events(segment(texts, {"fox": "right", "huff": "left"}), origins=["left", "right"])
    members = analysis.claims.filter(pl.col("source_id") == "fox")
    assert members.height == 0
    assert analysis.events.height == 0


# --- alignment on a small hand-made corpus ------------------------------------------

SMALL = {
    "state": (
        "The Ministry of Commerce said the United States started the largest trade war in economic history. "
        "Retaliatory tariffs of 25 percent on US soybeans worth $34 billion took effect on Friday. "
        "The people of China enjoy a prosperous and harmonious life under wise leadership."
    ),
    "left": (
        "China's commerce ministry accused the US of starting the largest trade war in economic history. "
        "Beijing hit back with a 25% levy on $34bn of American soybeans and cars. "
        "Hospitals in Ohio are struggling with a shortage of nurses this winter."
    ),
    "right": (
        "Beijing slapped 25% tariffs on $34bn of US farm goods such as soybeans. "
        "The commerce ministry in Beijing called it the largest trade war in economic history. "
        "The local football team won its third match in a row on Sunday afternoon."
    ),
}
ORIGIN_OF = {"state": "state-media", "left": "western-left", "right": "western-right"}


@pytest.fixture(scope="module")
def small_events():
    sentences = segment(SMALL, ORIGIN_OF).with_columns(pl.lit(0.0).alias("compound"))
    return find_events(sentences, origins=["state-media", "western-left", "western-right"])


def _members(analysis, event: int) -> set[tuple[str, int]]:
    rows = analysis.claims.filter(pl.col("event") == event).select("source_id", "sentence_index").rows()
    return set(rows)


def test_same_event_in_different_words_is_one_event(small_events) -> None:
    groups = [_members(small_events, e) for e in small_events.events.get_column("event")]
    assert {("state", 1), ("left", 1), ("right", 0)} in groups
    assert {("state", 0), ("left", 0), ("right", 1)} in groups


def test_unrelated_sentences_stay_unaligned(small_events) -> None:
    aligned = small_events.claims.filter(pl.col("event").is_not_null()).select("source_id", "sentence_index").rows()
    assert ("state", 2) not in aligned and ("left", 2) not in aligned and ("right", 2) not in aligned


def test_every_link_says_which_terms_were_shared(small_events) -> None:
    assert small_events.links.height >= 4
    assert all(shared for shared in small_events.links.get_column("shared").to_list())


def test_events_are_labelled_by_key_terms(small_events) -> None:
    labels = " ".join(small_events.events.get_column("label").to_list()).lower()
    assert "$34b" in labels or "soybean" in labels
    assert "history" in labels or "largest" in labels or "ministry" in labels


def test_alignment_is_deterministic_whatever_the_source_order() -> None:
    def run(order: list[str]) -> list[set[tuple[str, int]]]:
        texts = {k: SMALL[k] for k in order}
        analysis = find_events(segment(texts, ORIGIN_OF), origins=list(ORIGIN_OF.values()))
        return sorted((sorted(_members(analysis, e)) for e in analysis.events.get_column("event")), key=str)

    assert run(["state", "left", "right"]) == run(["right", "state", "left"])


# --- overlap measures -----------------------------------------------------------------

TOY = pl.DataFrame(
    {
        "source_id": ["a", "a", "a", "b", "b", "c"],
        "sentence_index": [0, 1, 2, 0, 1, 0],
        "origin": ["x", "x", "x", "y", "y", "z"],
        "event": [1, 2, None, 1, None, 2],
    },
    schema_overrides={"event": pl.Int32},
)


def test_source_overlap_is_share_of_a_claims_that_b_makes() -> None:
    matrix = {(a, b): s for a, b, s in overlap_matrix(TOY, "source_id", ["a", "b", "c"]).iter_rows()}
    assert matrix[("a", "b")] == pytest.approx(1 / 3)
    assert matrix[("b", "a")] == pytest.approx(1 / 2)
    assert matrix[("a", "c")] == pytest.approx(1 / 3)
    assert matrix[("b", "c")] == 0


def test_a_claim_echoing_an_event_s_quotation_counts_as_matched_to_its_reporters() -> None:
    """The overlap matrix reads who reports an event as every "who reports" count does (``event_members``):
    b's second claim quotes event 2's quotation word for word (``also``), so it is matched to c's claim."""
    echoing = TOY.with_columns(pl.Series("also", [[], [], [], [], [2], []], dtype=pl.List(pl.Int32)))
    matrix = {(a, b): s for a, b, s in overlap_matrix(echoing, "source_id", ["a", "b", "c"]).iter_rows()}
    assert matrix[("b", "c")] == pytest.approx(1 / 2)
    assert matrix[("a", "b")] == pytest.approx(2 / 3)
    assert all(0 <= share <= 1 for share in matrix.values())


def test_origin_sharing_counts_shared_possibly_shared_and_only_claims() -> None:
    states = TOY.with_columns(pl.Series("state", ["shared", "shared", "unique", "shared", "possibly_shared", "shared"]))
    rows = {r["origin"]: r for r in origin_sharing(states, ["x", "y", "z"]).iter_rows(named=True)}
    assert (rows["x"]["shared"], rows["x"]["possibly"], rows["x"]["only"]) == (2, 0, 1)
    assert (rows["y"]["shared"], rows["y"]["possibly"], rows["y"]["only"]) == (1, 1, 0)


def _four_origins() -> tuple[pl.DataFrame, pl.DataFrame]:
    events = pl.DataFrame({"event": [1, 2]}, schema={"event": pl.Int32})
    claims = TOY.vstack(pl.DataFrame({"source_id": ["d"], "sentence_index": [0], "origin": ["w"], "event": [1]}, schema=TOY.schema))
    return events, claims


def test_omissions_are_events_two_other_origins_report() -> None:
    events, three = _four_origins()
    nothing_close = pl.DataFrame({"event": [1, 2, 2], "origin": ["z", "y", "w"], "score": [0.0, 0.01, 0.0],
                                  "absent": [["Geneva"], ["#545"], ["#545"]]}, schema_overrides={"event": pl.Int32})
    missing = omissions(three, events, ["x", "y", "z", "w"], nothing_close).rows()
    # event 1: x, y, w report it → z omits it; event 2: x, z report it → y and w omit it.
    assert missing == [("z", 1), ("y", 2), ("w", 2)]


def test_an_event_an_origin_may_report_in_other_words_is_no_omission() -> None:
    events, three = _four_origins()
    searched = pl.DataFrame({"event": [1, 2, 2], "origin": ["z", "y", "w"], "score": [0.0, 0.6, 0.0],
                             "absent": [["Geneva"], ["#545"], ["#545"]]}, schema_overrides={"event": pl.Int32})
    assert omissions(three, events, ["x", "y", "z", "w"], searched).rows() == [("z", 1), ("w", 2)]


def test_an_event_that_names_nothing_an_origin_lacks_is_no_omission() -> None:
    """Nothing close was found, but the event states no name or figure the origin never has: it may
    tell the event in words the search cannot see ("no doubting Beijing's resolve" / "confident")."""
    events, three = _four_origins()
    searched = pl.DataFrame({"event": [1, 2, 2], "origin": ["z", "y", "w"], "score": [0.0, 0.0, 0.0],
                             "absent": [[], ["#545"], []]}, schema_overrides={"event": pl.Int32})
    assert omissions(three, events, ["x", "y", "z", "w"], searched).rows() == [("y", 2)]


# --- quality on the hand-labelled tariffs events ------------------------------------


def test_recall_and_purity_definitions_on_a_toy_example() -> None:
    gold = {"g1": {("a", "1"), ("b", "1")}, "g2": {("a", "2"), ("c", "2")}}
    predicted = [{("a", "1"), ("b", "1"), ("c", "9")}, {("a", "2")}]
    assert recall(gold, predicted) == 0.5
    assert purity(gold, predicted) == pytest.approx(3 / 4)


def test_gold_sentences_exist_in_the_segmented_report(tariffs_analysis) -> None:
    sentences = set(tariffs_analysis.results.sentences.select("source_id", "text").rows())
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    missing = [(m["source"], m["text"]) for e in gold["events"] for m in e["members"] if (m["source"], m["text"]) not in sentences]
    assert not missing


def _gold_and_predicted(analysis, path: Path = GOLD):
    return load_gold(path), predicted_events(analysis.events)


RECALL_FLOOR = 0.61
PURITY_FLOOR = 0.9
"""Measured floors on the first tariffs gold (measured 0.611 / 0.915); a change that lowers either
fails here. The engine is now tuned on the dev half of the protocol-2 golds (benchmarks/gold/) and
measured by benchmarks/bench_alignment_quality.py; on this older gold the evidence model traded
recall (0.778 before) for purity (0.782 before). 0.667 → 0.611 when a shared figure that measures
different things stopped starting a link (session 5): this gold's "asian-markets-calm" puts every
index's move in one event, and the engine's one event of it was "The Shanghai Composite index was down
1.1%" ↔ "the Nikkei 225 gained 1.1 percent while the Shanghai Composite Index added 0.5 percent" — two
facts, checked false as one (finalcheck-s4); the protocol-2 gold of the same report keeps recall 0.577."""


def test_event_recall_on_tariffs_gold(tariffs_analysis) -> None:
    gold, predicted = _gold_and_predicted(tariffs_analysis)
    assert recall(gold, predicted) >= RECALL_FLOOR


def test_event_purity_on_tariffs_gold(tariffs_analysis) -> None:
    gold, predicted = _gold_and_predicted(tariffs_analysis)
    assert purity(gold, predicted) >= PURITY_FLOOR


SOFT_POWER_GOLD = REPO / "tests" / "data" / "soft_power_gold_events.json"
SOFT_RECALL_FLOOR = 0.36
SOFT_PURITY_FLOOR = 0.42
"""Floors on the first soft-power gold, labelled blind to the algorithm and never tuned on
(measured 0.364 / 0.423; 0.455 / 0.591 before the evidence model, which was fitted on news and
does worse on this essayistic corpus: see the README's claim-overlap table)."""


def test_soft_power_gold_sentences_exist_in_the_segmented_report(soft_power_analysis) -> None:
    sentences = set(soft_power_analysis.results.sentences.select("source_id", "text").rows())
    gold = json.loads(SOFT_POWER_GOLD.read_text(encoding="utf-8"))
    assert all((m["source"], m["text"]) in sentences for e in gold["events"] for m in e["members"])


def test_event_recall_on_held_out_soft_power_gold(soft_power_analysis) -> None:
    gold, predicted = _gold_and_predicted(soft_power_analysis, SOFT_POWER_GOLD)
    assert recall(gold, predicted) >= SOFT_RECALL_FLOOR


def test_event_purity_on_held_out_soft_power_gold(soft_power_analysis) -> None:
    gold, predicted = _gold_and_predicted(soft_power_analysis, SOFT_POWER_GOLD)
    assert purity(gold, predicted) >= SOFT_PURITY_FLOOR


def test_event_count_stays_proportionate(tariffs_analysis) -> None:
    assert 8 <= tariffs_analysis.events.events.height <= 40


# --- soft power: the events a reader should see --------------------------------------


@pytest.fixture(scope="module")
def soft_power_events(soft_power_analysis):
    return soft_power_analysis.events


def _event_with(analysis, *needles: str) -> set[str] | None:
    for event in analysis.events.get_column("event").to_list():
        texts = analysis.claims.filter(pl.col("event") == event).select("source_id", "text").rows()
        if all(any(n.lower() in t.lower() for _, t in texts) for n in needles):
            return {s for s, _ in texts}
    return None


def test_soft_power_index_is_shared_by_cctv_and_fpif(soft_power_events) -> None:
    sources = _event_with(soft_power_events, "soft power index")
    assert sources is not None and {"cctv-soft-power-index", "fpif-soft-power-divide"} <= sources


def test_xiaohongshu_is_shared_across_origins(soft_power_events) -> None:
    sources = _event_with(soft_power_events, "xiaohongshu")
    assert sources is not None and len(sources) >= 2


def test_surveillance_exports_are_only_in_the_western_critical_piece(soft_power_events) -> None:
    claims = soft_power_events.claims.filter(pl.col("text").str.contains("(?i)surveillance"))
    assert claims.height > 0
    assert set(claims.get_column("source_id")) == {"web-magazine-wuzhen"}
    assert claims.get_column("event").null_count() == claims.height


# --- export -------------------------------------------------------------------------


def test_events_json_follows_the_schema_and_matches_sentences(bundled_builds) -> None:
    root = bundled_builds["tariffs"].analysis.report.root
    document = json.loads((root / "build" / "events.json").read_text(encoding="utf-8"))
    sentences = {
        (s, i): t for s, i, t in pl.read_parquet(root / "build" / "sentences.parquet").select("source_id", "sentence_index", "text").rows()
    }
    assert document["events"] and document["unique"]
    for event in document["events"]:
        assert {"id", "label", "terms", "members"} <= set(event)
        for member in event["members"]:
            assert {"source", "origin", "sentence_index", "text", "compound"} <= set(member)
            assert sentences[(member["source"], member["sentence_index"])] == member["text"]
    for claim in document["unique"]:
        assert sentences[(claim["source"], claim["sentence_index"])] == claim["text"]
    origins = {o["origin"] for o in document["origins"]}
    assert origins == {"chinese-state-media", "western-left", "western-center", "western-right"}
    assert all(0 <= row["share"] <= 1 for row in document["overlap"]["origins"] if row["share"] is not None)
    event_ids = {e["id"] for e in document["events"]}
    assert all(o["event"] in event_ids and o["origin"] in origins for o in document["omissions"])
    in_events = {(m["source"], m["sentence_index"]) for e in document["events"] for m in e["members"]}
    assert not in_events & {(c["source"], c["sentence_index"]) for c in document["unique"]}


def test_events_document_is_identical_across_runs(tariffs_analysis) -> None:
    again = analyse(load_report(TARIFFS))
    assert events_document(again.events) == events_document(tariffs_analysis.events)


# --- invariants on arbitrary mixes of real sentences ------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@pytest.fixture(scope="module")
def real_sentences(tariffs_analysis) -> list[str]:
    return tariffs_analysis.results.sentences.get_column("text").to_list()


@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_events_always_span_two_sources_and_links_cross_sources(real_sentences, data) -> None:
    n_sources = data.draw(st.integers(min_value=2, max_value=5))
    picks = data.draw(st.lists(st.sampled_from(real_sentences), min_size=4, max_size=40))
    texts: dict[str, list[str]] = {f"s{i}": [] for i in range(n_sources)}
    for sentence in picks:
        texts[f"s{data.draw(st.integers(0, n_sources - 1))}"].append(sentence)
    texts = {k: " ".join(v) for k, v in texts.items() if v}
    origins = {k: f"o{int(k[1:]) % 2}" for k in texts}
    analysis = find_events(segment(texts, origins), origins=["o0", "o1"])
    events = analysis.events.get_column("event").to_list()
    assert events == list(range(1, len(events) + 1))
    for event in events:
        members = analysis.claims.filter(pl.col("event") == event)
        assert members.get_column("source_id").n_unique() >= 2
    sources = analysis.claims.get_column("source_id").to_list()
    for a, b in analysis.links.select("a", "b").iter_rows():
        assert sources[a] != sources[b]


def test_a_chinese_sentence_without_spaces_can_be_a_claim() -> None:
    from contrast.claims.candidates import is_claim

    assert is_claim("中国的软实力正在迅速提升。")
    assert not is_claim("中国的软实力正在迅速提升吗？")
    assert not is_claim("软实力。")

"""Every keyed handout question is true of the report's data.

A question states facts before it asks anything: "Only Source D makes this claim", "Source E
and Source F report this. Source A does not.", "Source A uses the word “slapped” about the
event in the sentence below". ``untrue_statements`` reads what a question says (its printed words, with the key's
letters) and checks each statement against the analysis: an "only" claim must be ``unique`` and
alone with the absence search's evidence (every other source searched, nothing close); a source
said not to report an event must have no claim in it and its origin's search must have found
nothing (``EventAnalysis.omissions``); a source said to report it must have a claim in it.
``test_documents`` runs it over both bundled reports (built once there); the small synthetic
cases here show that a possibly shared claim, or a source that may report an event in other
words, is never asked about, and that the check itself catches such a question.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from types import SimpleNamespace
from typing import Any

import polars as pl

from contrast.claims.absence import EVIDENCE_SOURCES, POSSIBLE_P, POSSIBLY_SHARED, SHARED, UNIQUE
from contrast.config import Lenses
from contrast.report.event_titles import EventTitle
from contrast.report.handout.build import reach
from contrast.report.handout.excerpts import ExcerptPicker
from contrast.report.handout.model import Excerpt, HandoutEvent, Question, SourceTag
from contrast.report.handout.questions import _search_terms, questions_and_answers
from contrast.report.text import CUT, ELLIPSIS, signed

LETTERS = re.compile(r"\bSource ([A-Z]+)\b")
PLACEHOLDER = re.compile(r"\[[^\]]*\]")
"""What blind mode puts where a name was ("[name removed]", "[a Chinese state media outlet]")."""


def quoted_from(excerpt_text: str, sentence: str) -> bool:
    """Whether an excerpt is the start of ``sentence``: trimmed, and in blind mode with names replaced; a quotation mark
    ``balanced_quotes`` closed after the ellipsis ("… international trust …\"") is the excerpt's, not the sentence's."""
    kept = excerpt_text
    for mark in (CUT, ELLIPSIS):  # the handout's own cut (checkR SD-71), or an ellipsis in a hand-made excerpt
        kept = re.sub(r"(?<=" + re.escape(mark) + r")[”\"]$", "", kept).removesuffix(mark)
    pattern = ".+?".join(re.escape(part) for part in PLACEHOLDER.split(kept))
    return re.match(pattern, sentence, re.DOTALL) is not None


def _claim(analysis: Any, source_id: str, excerpt: Excerpt) -> dict[str, Any] | None:
    rows = analysis.events.claims.filter(pl.col("source_id") == source_id).sort("sentence_index")
    return next((r for r in rows.iter_rows(named=True) if quoted_from(excerpt.text, r["text"])), None)


def _words(text: str, word: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text, re.IGNORECASE) is not None


def untrue_statements(
    analysis: Any, events: Sequence[HandoutEvent], questions: Sequence[Question], answers: Sequence[Any],
    source_of: Mapping[str, str], source_texts: Mapping[str, str] | None = None,
) -> list[str]:
    """What the handout's events and questions say that the data does not (empty: all true).

    ``source_of``: letter → source id (the key's reveals); ``source_texts``: source id → its text
    (for naming questions, which may quote a name from any sentence of a source)."""
    problems: list[str] = []
    data = analysis.events
    claims = data.claims
    n_sources = len(analysis.sources)
    origin_of = {s.id: s.origin for s in analysis.sources}
    omitted = set(data.omissions.select("origin", "event").iter_rows())
    event_rows = {row["event"]: row for row in data.events.iter_rows(named=True)}

    def members(event: int) -> set[str]:
        return set(claims.filter(pl.col("event") == event).get_column("source_id").to_list())

    shown: dict[int, int] = {}  # handout event number → event id
    for event in events:
        found = [(x, _claim(analysis, source_of[x.source.letter], x)) for x in event.excerpts]
        ids = {row["event"] for _, row in found if row is not None}
        if any(row is None for _, row in found) or len(ids) != 1 or None in ids:
            problems.append(f"Event {event.number}: its excerpts are not all sentences of one event")
            continue
        (event_id,) = ids
        shown[event.number] = event_id
        row = event_rows[event_id]
        if row["n_origins"] < 2:
            problems.append(f"Event {event.number} is reported by one origin only")
        if event.reach != reach(row["n_sources"], n_sources):
            problems.append(f"Event {event.number}: “{event.reach}” but {row['n_sources']} of {n_sources} sources report it")
        texts = claims.filter(pl.col("event") == event_id).get_column("text").to_list()
        if not any(quoted_from(event.about.text, t) for t in texts):
            problems.append(f"Event {event.number}: its heading is not a sentence of the event")
        for excerpt, claim in found:
            assert claim is not None
            if excerpt.attributed != bool(claim["attributed"]) or excerpt.compound != claim["compound"]:
                problems.append(f"Event {event.number}, Source {excerpt.source.letter}: voice or tone is not the claim's")

    def excerpt_claim(question: Question) -> dict[str, Any] | None:
        if question.excerpt is None:
            problems.append(f"Question {question.number} quotes nothing to ask about")
            return None
        claim = _claim(analysis, source_of[question.excerpt.source.letter], question.excerpt)
        if claim is None:
            problems.append(f"Question {question.number}: its excerpt is no claim of Source {question.excerpt.source.letter}")
        return claim

    for question, answer in zip(questions, answers, strict=True):
        text, number = question.text, question.number
        if question.kind == "tone":
            asked = int(re.match(r"Read the excerpts for Event (\d+)\.", text).group(1))  # type: ignore[union-attr]
            (event,) = [e for e in events if e.number == asked]
            scored = [x for x in event.excerpts if x.compound is not None]
            if len(scored) < 2:
                problems.append(f"Question {number}: fewer than two excerpts of Event {asked} have a tone score")
            for x in scored:
                if f"Source {x.source.letter} {signed(x.compound)}" not in answer.behind[0]:
                    problems.append(f"Question {number}: the key misquotes the tone of Source {x.source.letter}")
        elif question.kind == "attribution":
            match = re.match(r"In Event (\d+), Source ([A-Z]+) tells you who .+ Source ([A-Z]+) states it as a fact", text)
            assert match is not None, text
            (event,) = [e for e in events if e.number == int(match.group(1))]
            voice = {x.source.letter: x.attributed for x in event.excerpts}
            if voice.get(match.group(2)) is not True or voice.get(match.group(3)) is not False:
                problems.append(f"Question {number}: who is attributed and who states it is not what the excerpts are")
        elif question.kind == "naming" and question.excerpt is None:
            match = re.match(r"Source ([A-Z]+) calls (.+?) “(.+?)”\. Source ([A-Z]+) calls it “(.+?)”\.", text)
            assert match is not None, text
            for letter, name in ((match.group(1), match.group(3)), (match.group(4), match.group(5))):
                if source_texts is None or not _words(source_texts[source_of[letter]], name):
                    problems.append(f"Question {number}: Source {letter} never writes “{name}”")
        elif question.kind == "naming":
            said = r"Source ([A-Z]+) uses the word “(.+?)” about the event in the sentence below\. (.+?) reports? the same event"
            match = re.match(said, text)
            assert match is not None, text
            claim = excerpt_claim(question)
            letter, word, others = match.group(1), match.group(2), LETTERS.findall(match.group(3))
            if claim is None:
                continue
            if question.excerpt.source.letter != letter or not _words(question.excerpt.text, word):  # type: ignore[union-attr]
                problems.append(f"Question {number}: the excerpt is not Source {letter}'s sentence with “{word}”")
            event = claim["event"]
            if event is None:
                problems.append(f"Question {number}: the sentence with “{word}” is in no event")
                continue
            in_event = claims.filter(pl.col("event") == event)
            for other in others:
                theirs = in_event.filter(pl.col("source_id") == source_of[other]).get_column("text").to_list()
                if not theirs:
                    problems.append(f"Question {number}: Source {other} does not report event {event}")
                elif any(_words(t, word) for t in theirs):
                    problems.append(f"Question {number}: Source {other} uses “{word}” about the event too")
        elif question.kind == "omission":
            match = re.match(r"(.+?) reports? this\. (.+?) (?:does|do) not\.", text)
            assert match is not None, text
            claim = excerpt_claim(question)
            if claim is None:
                continue
            event = claim["event"]
            if event is None or event_rows[event]["n_origins"] < 2:
                problems.append(f"Question {number}: the excerpt is in no event of two origins")
                continue
            reporting = members(event)
            for letter in LETTERS.findall(match.group(1)):
                if source_of[letter] not in reporting:
                    problems.append(f"Question {number}: Source {letter} is said to report event {event} and does not")
            for letter in LETTERS.findall(match.group(2)):
                source = source_of[letter]
                if source in reporting:
                    problems.append(f"Question {number}: Source {letter} is said not to report event {event} and does")
                elif (origin_of[source], event) not in omitted:
                    problems.append(f"Question {number}: Source {letter} may report event {event} in other words "
                                    "(its origin's search found something close)")
        elif question.kind == "check":
            match = re.match(r"Only Source ([A-Z]+) makes this claim\.", text)
            assert match is not None, text
            claim = excerpt_claim(question)
            if claim is None:
                continue
            letter = match.group(1)
            if question.excerpt.source.letter != letter:  # type: ignore[union-attr]
                problems.append(f"Question {number}: the excerpt is not Source {letter}'s")
            if claim["state"] != UNIQUE or not claim["alone"]:
                problems.append(f"Question {number}: the claim is {claim['state']}, not Source {letter}'s alone")
            searched = data.evidence.filter(pl.col("claim_id") == claim["claim_id"])
            others = sorted(set(origin_of) - {claim["source_id"]})
            listed = sorted(set(searched.get_column("source_id").to_list()))
            if listed != others[:EVIDENCE_SOURCES] and len(listed) < EVIDENCE_SOURCES:
                problems.append(f"Question {number}: the absence search did not read every other source ({listed})")
            if searched.height and max(searched.get_column("score").to_list()) >= POSSIBLE_P:
                problems.append(f"Question {number}: another source has a sentence close to the claim")
        elif question.kind == "who":
            origins = len({s.origin for s in analysis.sources})
            said = answer.behind[0] if len(answer.behind) == 1 else ""
            shown = re.search(r"the handout shows the (\d+) it quotes", said)  # check10h OB key Q3: fewer shown than read
            if not said.startswith(f"{n_sources} sources from {origins} origins") or (shown and int(shown.group(1)) >= n_sources):
                problems.append(f"Question {number}: the key miscounts the sources")
        else:
            problems.append(f"Question {number}: no rule checks a question of kind {question.kind!r}")
    return problems


# --- small synthetic cases -------------------------------------------------------------------

def _tag(letter: str) -> SourceTag:
    return SourceTag(letter=letter, name=f"Source {letter}", origin=None, title="", border="solid")


SOURCES = {"a": "o1", "b": "o2", "c": "o3"}
TAGS = {source: _tag(letter) for source, letter in zip(SOURCES, "ABC", strict=True)}
LETTER_OF = {tag.letter: source for source, tag in TAGS.items()}


def _analysis(rows: list[dict[str, Any]], *, omissions: Sequence[tuple[str, int]] = (),
              evidence: Sequence[tuple[int, str, float]] = ()) -> SimpleNamespace:
    """An analysis with only what the question builders and the check read."""
    base = {"speakers": [], "quantities": [], "entities": [], "compound": None, "attributed": False, "context": None}
    frame = pl.DataFrame(
        [{**base, **row, "claim_id": k, "origin": SOURCES[row["source_id"]]} for k, row in enumerate(rows)],
        schema_overrides={"event": pl.Int32, "compound": pl.Float64, "checkworthiness": pl.Int64,
                          "speakers": pl.List(pl.String), "quantities": pl.List(pl.String), "entities": pl.List(pl.String),
                          "context": pl.UInt32},
    )
    events = (
        frame.filter(pl.col("event").is_not_null())
        .group_by("event")
        .agg(pl.col("source_id").n_unique().alias("n_sources"), pl.col("origin").n_unique().alias("n_origins"),
             pl.lit("port · storm").alias("label"), pl.lit("port").implode().alias("terms"))
        .sort("event")
    )
    return SimpleNamespace(
        report=SimpleNamespace(manifest=SimpleNamespace(lenses=Lenses())),
        sources=[SimpleNamespace(id=s, origin=o) for s, o in SOURCES.items()],
        events=SimpleNamespace(
            claims=frame, events=events,
            omissions=pl.DataFrame(list(omissions), schema={"origin": pl.String, "event": pl.Int32}, orient="row"),
            evidence=pl.DataFrame(list(evidence), schema={"claim_id": pl.UInt32, "source_id": pl.String, "score": pl.Float64},
                                  orient="row"),
            absences=pl.DataFrame(schema={"event": pl.Int32, "origin": pl.String, "absent": pl.List(pl.String)}),
        ),
    )


def _shared_event_rows() -> list[dict[str, Any]]:
    """Event 1, reported by Sources A and B (two origins)."""
    return [
        {"source_id": "a", "sentence_index": 0, "text": "The port closed on Monday after the storm.", "event": 1,
         "state": SHARED, "alone": False, "checkworthiness": 2},
        {"source_id": "b", "sentence_index": 0, "text": "On Monday the port was closed by the storm.", "event": 1,
         "state": SHARED, "alone": False, "checkworthiness": 2},
    ]


def _ask(analysis: SimpleNamespace, events: Sequence[HandoutEvent] = ()) -> tuple[tuple[Question, ...], tuple[Any, ...]]:
    picker = ExcerptPicker(analysis.events.claims, TAGS, {}, ())
    return questions_and_answers(analysis, events, picker, TAGS)  # type: ignore[arg-type]


def _event_one(analysis: SimpleNamespace) -> HandoutEvent:
    picker = ExcerptPicker(analysis.events.claims, TAGS, {}, ())
    rows = analysis.events.claims.filter(pl.col("event") == 1)
    excerpts = tuple(picker.excerpt(r) for r in rows.iter_rows(named=True))
    about = SimpleNamespace(text=excerpts[0].text, lang="en")
    return HandoutEvent(number=1, about=about, reach=reach(2, 3), excerpts=excerpts)  # type: ignore[arg-type]


def test_a_possibly_shared_claim_is_never_asked_about_as_one_sources_alone() -> None:
    rows = [
        {"source_id": "c", "sentence_index": 0, "text": "Officials at the Ministry of Ports said 4,000 jobs were lost in 2024.",
         "event": None, "state": POSSIBLY_SHARED, "alone": True, "checkworthiness": 5},  # most check-worthy, not unique
        {"source_id": "a", "sentence_index": 1, "text": "Harbour pilot Jane Roe said the crane fell at 9 a.m.",
         "event": None, "state": UNIQUE, "alone": True, "checkworthiness": 3},
    ]
    analysis = _analysis(rows, evidence=[(0, "a", 0.2), (0, "b", 0.0), (1, "b", 0.01), (1, "c", 0.0)])
    questions, answers = _ask(analysis)
    (check,) = [q for q in questions if q.kind == "check"]
    assert check.text.startswith("Only Source A makes this claim.") and "crane" in check.excerpt.text  # type: ignore[union-attr]
    assert untrue_statements(analysis, (), questions, answers, LETTER_OF) == []


def test_without_a_unique_claim_there_is_no_only_one_question() -> None:
    rows = [{"source_id": "c", "sentence_index": 0, "text": "Officials said 4,000 jobs were lost in 2024.", "event": None,
             "state": POSSIBLY_SHARED, "alone": False, "checkworthiness": 5}]
    questions, _ = _ask(_analysis(rows))
    assert [q.kind for q in questions if q.kind == "check"] == []


def test_a_source_that_may_report_an_event_in_other_words_is_not_said_to_leave_it_out() -> None:
    rows = _shared_event_rows() + [{"source_id": "c", "sentence_index": 0, "text": "Storms hit the coast again this week.",
                                    "event": None, "state": POSSIBLY_SHARED, "alone": False, "checkworthiness": 1}]
    maybe = _analysis(rows)  # C's origin was searched and something came close: not an omission
    event = _event_one(maybe)
    questions, answers = _ask(maybe, (event, _event_quoting(event, "c", maybe)))
    assert [q for q in questions if q.kind == "omission"] == []
    absent = _analysis(rows, omissions=[("o3", 1)])  # nothing close in C's origin: C leaves it out
    event = _event_one(absent)
    questions, answers = _ask(absent, (event, _event_quoting(event, "c", absent)))
    (omission,) = [q for q in questions if q.kind == "omission"]
    assert omission.text.startswith("Source A and Source B report this. Source C does not.")
    assert untrue_statements(absent, (event,), [omission], [answers[questions.index(omission)]], LETTER_OF) == []


def _event_quoting(event: HandoutEvent, source: str, analysis: SimpleNamespace) -> HandoutEvent:
    """A second shown event quoting ``source``, so the omission question may name it."""
    picker = ExcerptPicker(analysis.events.claims, TAGS, {}, ())
    row = analysis.events.claims.filter(pl.col("source_id") == source).row(0, named=True)
    return HandoutEvent(number=2, about=event.about, reach="", excerpts=(picker.excerpt(row),))


def test_the_check_catches_a_question_the_data_does_not_support() -> None:
    rows = _shared_event_rows() + [
        {"source_id": "c", "sentence_index": 0, "text": "Officials said 4,000 jobs were lost in 2024.", "event": None,
         "state": POSSIBLY_SHARED, "alone": False, "checkworthiness": 5},
    ]
    analysis = _analysis(rows, evidence=[(2, "a", 0.3), (2, "b", 0.0)])
    picker = ExcerptPicker(analysis.events.claims, TAGS, {}, ())
    shared_row = analysis.events.claims.row(0, named=True)
    maybe_row = analysis.events.claims.row(2, named=True)
    answer = SimpleNamespace(behind=(), answer="", notes=())
    only = Question(1, "check", "Only Source C makes this claim. How could you check if it is true?", picker.excerpt(maybe_row))
    left_out = Question(2, "omission", "Source A report this. Source C does not. Why?", picker.excerpt(shared_row))
    said_to_report = Question(3, "omission", "Source A and Source C report this. Source B does not. Why?", picker.excerpt(shared_row))
    problems = untrue_statements(analysis, (), [only, left_out, said_to_report], [answer] * 3, LETTER_OF)
    assert any(p.startswith("Question 1: the claim is possibly_shared") for p in problems)
    assert any(p.startswith("Question 1: another source has a sentence close") for p in problems)
    assert any(p.startswith("Question 2: Source C may report event 1 in other words") for p in problems)
    assert any(p.startswith("Question 3: Source C is said to report event 1 and does not") for p in problems)
    assert any(p.startswith("Question 3: Source B is said not to report event 1 and does") for p in problems)


def test_an_excerpt_with_a_name_replaced_is_still_read_as_its_sentence() -> None:
    sentence = "Liu Wei told China Daily that policy will stay prudent, and more words follow here."
    assert quoted_from("Liu Wei told [a Chinese state media outlet] that policy …", sentence)
    assert not quoted_from("Liu Wei told [name removed] that rates will rise …", sentence)


def test_an_event_is_told_by_at_least_the_sources_matched_to_it() -> None:
    """Tariffs: the US tariffs taking effect is matched in 3 of 6 sources; BBC and the Guardian tell it too, in
    sentences matched to another event. "3 of the 6 sources write about it" would say the other three do not."""
    assert reach(3, 6) == "At least 3 of the 6 sources write about it."


def test_only_source_names_only_what_no_other_source_names() -> None:
    """Mattis, checked false: the key said "none of them names “Putin”" of a HuffPost claim while the New York Times
    (the same origin) names "President Vladimir V. Putin of Russia": "Only Source C" is said of a source."""
    from contrast.report.handout.questions import _anchors_no_other_source_names

    claims = pl.DataFrame({
        "claim_id": [0, 1, 2],
        "source_id": ["huffpost", "nyt", "fox"],
        "text": ["A major split between Trump and Mattis concerned Putin and the Group of Seven.",
                 "The pullout was lauded by President Vladimir V. Putin of Russia.", "Mattis resigned on Thursday."],
        "quantities": [[], [], []],
        "anchors": [["Putin", "Group of Seven"], [], []],
    })  # fmt: skip
    assert _anchors_no_other_source_names(claims, claims.head(1)) == {0: ["Group of Seven"]}


def test_the_search_terms_offered_for_a_one_source_claim_are_its_anchors_as_a_reader_types_them() -> None:
    # check8 TA-18: the key offered “It's”, “Trump” and “China’” (capitalised tokens as cut, a sentence-opening
    # contraction among them) and left out the claim's own person, the one name no other source has
    text = "It's been said that the source of policy has come from economist Peter Navarro's book ‘Death by China’."
    rows = [
        {"source_id": "b", "sentence_index": 0, "text": text, "event": None, "state": UNIQUE, "alone": True,
         "checkworthiness": 3, "entities": ["It's", "Trump", "China’", "Peter Navarro's"], "anchors": ["Peter Navarro"]},
        {"source_id": "a", "sentence_index": 0, "text": "Trump raised tariffs on China on Friday.", "event": None,
         "state": SHARED, "alone": False, "checkworthiness": 1, "entities": ["Trump", "China"], "anchors": []},
    ]
    questions, answers = _ask(_analysis(rows))
    (check,) = [a for q, a in zip(questions, answers, strict=True) if q.kind == "check"]
    assert "(for example “Peter Navarro” and “China”)" in check.answer  # not “Trump”, a word of news at large


def test_the_key_says_no_other_source_names_any_of_the_claims_anchors() -> None:
    # check13-bundled tariffs key Q5: "none of them names “Peter Navarro” and “2011”" reads as "not both"; each is
    # named by no other source
    text = "It's been said that the source of policy has come from economist Peter Navarro's book, released in 2011."
    rows = [
        {"source_id": "b", "sentence_index": 0, "text": text, "event": None, "state": UNIQUE, "alone": True,
         "checkworthiness": 3, "entities": ["Peter Navarro's"], "anchors": ["Peter Navarro", "2011"]},
        {"source_id": "a", "sentence_index": 0, "text": "Trump raised tariffs on China on Friday.", "event": None,
         "state": SHARED, "alone": False, "checkworthiness": 1, "entities": ["Trump", "China"], "anchors": []},
    ]
    questions, answers = _ask(_analysis(rows))
    (check,) = [a for q, a in zip(questions, answers, strict=True) if q.kind == "check"]
    assert "none of them names “Peter Navarro” or “2011”." in " ".join(check.behind), check.behind


def test_the_key_says_the_source_left_out_names_none_of_the_event_s_names() -> None:
    # checkAH WI key Q3 (fixAHc's note): "none of them names “COVID-19” and “Covid-19”" reads as "not both"; the
    # omission answer lists names the leaving-out source names none of, so "or", as the only-one answer says
    rows = [{**row, "text": row["text"].replace("the storm", "Storm Ida in Baytown")} for row in _shared_event_rows()]
    rows.append({"source_id": "c", "sentence_index": 0, "text": "Schools reopened this week.", "event": None,
                 "state": UNIQUE, "alone": False, "checkworthiness": 1})
    analysis = _analysis(rows, omissions=[("o3", 1)])
    analysis.events.absences = pl.DataFrame(
        [(1, "o3", ["Storm Ida", "Baytown"])], schema={"event": pl.Int32, "origin": pl.String, "absent": pl.List(pl.String)},
        orient="row")
    event = _event_one(analysis)
    questions, answers = _ask(analysis, (event, _event_quoting(event, "c", analysis)))
    (omission,) = [q for q in questions if q.kind == "omission"]
    behind = " ".join(answers[questions.index(omission)].behind)
    assert "none of them names “Baytown” or “Storm Ida”." in behind, behind


def test_a_search_term_is_not_offered_again_as_part_of_another() -> None:
    assert _search_terms(["March 26", "Ray Mabus", "26,", "Boehner's", "I've"]) == ["March 26", "Ray Mabus", "Boehner"]


def test_a_search_term_is_never_one_word_of_news_at_large() -> None:
    # check10h BT key Q2: "Search for the claim's key facts ... (for example “Americans” ...)": a word in a tenth of
    # all news articles finds all news, not the claim; a name of two words, a figure and a rarer name stay
    assert _search_terms(["Americans", "Obama's", "U.S.", "Larry Summers", "$120 billion", "Boehner"]) == [
        "Larry Summers", "$120 billion", "Boehner"]


def _excerpt(letter: str, text: str, sentence: str, compound: float) -> Excerpt:
    tag = SourceTag(letter=letter, name=f"Source {letter}", origin=None, title="", border="solid")
    return Excerpt(source=tag, text=text, trimmed=text != sentence, redacted=False, lang="en", compound=compound,
                   attributed=True, sentence=sentence)


def test_the_key_lists_the_words_behind_every_source_s_tone_score_cut_ones_too() -> None:
    # check10h OB key Q1: "Words the score reacts to in Source A: “growing”" and no line for Source B, whose +0.36
    # came from "advantage", in the part of its sentence the excerpt cut away
    from contrast.report.handout.questions import _tone

    b_sentence = ("That group of Republicans, Mr. Corker said on Fox, was beginning to realize “that we don’t have a lot "
                  "of cards as it relates to the tax issue before year end” — but that a tax-rate concession could be "
                  "converted, jujitsu style, into a tactical advantage.")
    excerpts = (
        _excerpt("A", "There is a growing group of folks looking at this.", "There is a growing group of folks looking at this.", 0.18),
        _excerpt("B", "That group of Republicans, Mr. Corker said on Fox, was beginning to realize …", b_sentence, 0.36),
        _excerpt("C", "The two men met on Sunday in the afternoon.", "The two men met on Sunday in the afternoon.", 0.0),
    )
    event = HandoutEvent(number=1, about=EventTitle("x"), reach="", excerpts=excerpts)
    made = _tone(events=[event], number=1)
    assert made is not None
    notes = made[1].notes
    assert "Words the score reacts to in Source A: “growing”." in notes
    assert "Words the score reacts to in Source B: “advantage” (in the part of the sentence cut from the excerpt)." in notes
    assert any(n.startswith("Words the score reacts to in Source C: none") for n in notes)


def test_the_key_does_not_say_the_feeling_is_not_the_outlets_when_it_presents_what_it_reports_as_established() -> None:
    # check13-bundled SP-45: "Source A and Source D quote or report someone: the feeling there is the speaker's, not the
    # outlet's", of FPIF's "The … Index, released by Brand Finance, confirms what many have observed: China has ascended
    # to the world's second most influential soft power nation": with "confirms" the outlet takes it up as its own
    from contrast.report.handout.questions import _tone

    endorsed = "The yearly Harbour Index, released by a London firm, confirms what many have observed: the port is the most admired."
    reported = "Officials at the port said that the new cranes were a great success for the whole city."
    excerpts = (
        _excerpt("A", reported, reported, 0.8),
        _excerpt("B", endorsed, endorsed, 0.5),
        _excerpt("C", "The two men met on Sunday in the afternoon.", "The two men met on Sunday in the afternoon.", 0.0),
    )
    event = HandoutEvent(number=1, about=EventTitle("x"), reach="", excerpts=(*excerpts[:2], replace(excerpts[2], attributed=False)))
    made = _tone(events=[event], number=1)
    assert made is not None
    notes = made[1].notes
    assert "Source A quotes or reports someone: the feeling there is the speaker's, not the outlet's." in notes
    assert ("Source B reports someone, but with “confirms” presents what it reports as established: the feeling there is "
            "the outlet's as well as the speaker's.") in notes
    assert not any("Source A and Source B" in n for n in notes)


def test_an_endorsing_verb_inside_the_reported_words_is_the_speakers_not_the_outlets() -> None:
    from contrast.report.handout.questions import endorsing_verb

    # SP, Source A: the firm's "highlighted" and "demonstrated", not CCTV's
    assert endorsing_verb("The firm that released the index said that the positive changes highlighted the rise in "
                          "the port's appeal and also demonstrated its ability to lead.") is None
    assert endorsing_verb("The ministry confirmed that the tariffs took effect on Friday.") == "confirmed"

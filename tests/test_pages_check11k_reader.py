"""What the pages say, as the independent check of session 11 read them (check11k-new: "Confusing on the page").

Each test is one line of the check's reader notes on the vicente-fox-trump (VF) and capital-shooting (CS) groups:
a question must have an answer in the excerpts it asks about, a count must count what it names, a label must keep
the case the texts use, a heading must say what its excerpts show.
"""

from __future__ import annotations

import pytest

from contrast.report.event_titles import EventTitle
from contrast.report.handout import questions
from contrast.report.handout.model import Excerpt, HandoutEvent, SourceTag

WELCOME = {
    # check11k VF Q1: one quotation, each outlet with its own words of attribution around it
    "A": "“He is not welcome to Mexico,” Fox told CNN.",
    "B": "“He is not welcome to Mexico,” Mr. Fox told CNN.",
    "C": "“He is not welcome to Mexico,” Fox said in an interview on CNN.",
}


def _excerpt(letter: str, text: str, compound: float = -0.36, attributed: bool = True) -> Excerpt:
    return Excerpt(SourceTag(letter, f"Source {letter}", None, "", "solid"), text, False, False, "en", compound, attributed,
                   sentence=text)


def test_no_tone_question_is_asked_of_one_quotation_framed_by_different_attributions() -> None:
    """check11k VF Q1 asked which of three printings of “He is not welcome to Mexico” "sounds the most positive" (key:
    −0.36 three times, "welcome" three times). The words outside the quotation marks ("Fox said in an interview on
    CNN") carry no word the tone score rates: what is scored is one quotation, and the question has no answer."""
    excerpts = tuple(_excerpt(letter, text) for letter, text in WELCOME.items())
    assert not questions.worded_differently(excerpts)
    event = HandoutEvent(1, EventTitle(WELCOME["A"]), "All 3 sources write about it.", excerpts)
    assert questions._tone(events=[event], number=1) is None


def test_a_quotation_beside_a_telling_in_felt_words_of_the_outlets_own_is_worded_differently() -> None:
    """Near miss: the same quotation, but one outlet frames it in words the score rates ("Fox angrily told CNN"): the
    excerpts then differ in what is scored, and students may be asked which sounds more negative."""
    framed = "“He is not welcome to Mexico,” a furious Fox told CNN in a bitter attack."
    assert questions.worded_differently([_excerpt("A", WELCOME["A"]), _excerpt("C", framed)])
    own = "Mexico's former president said the Republican nominee would not be welcome in the country."
    assert questions.worded_differently([_excerpt("A", WELCOME["A"]), _excerpt("C", own, attributed=False)])


CHAIR = {
    # check11k VF key Q2: the one claim only Source B makes, as the claims frame holds it
    "text": "“I cannot envision him sitting in that chair, that was the chair of President Washington, President "
    "Jefferson, President Kennedy, President Reagan,” Mr. Fox said.",
    "speakers": ["Fox"],
    "entities": ["President Washington", "President Jefferson", "President Kennedy", "President Reagan", "Fox"],
    "quantities": [], "dates": [], "attributed": True, "checkworthiness": 2,
    "anchors": ["President Washington", "President Jefferson", "President Kennedy", "President Reagan"],
}


def test_the_key_checks_a_quotation_by_its_quoted_words_and_its_speaker() -> None:
    """check11k VF key Q2 suggested searching “President Washington”, “President Jefferson” and “President Kennedy” to
    check Fox's remark: a search for them finds history, not the remark. A quotation is checked by its words and who
    said them."""
    answer = questions.how_to_check(CHAIR, ["President Washington", "President Jefferson", "President Kennedy"])
    assert "“I cannot envision him sitting in that chair” and “Fox”" in answer, answer
    assert "President Washington" not in answer


def test_a_quotation_without_a_speaker_is_searched_with_what_names_its_source() -> None:
    """The soft-power key's one-source claim quotes a definition "the U.S. Department of State" gave in 1959: no speaker
    in the claims frame, so the search names what no other source names; the quoted words stop on a word, not "of"."""
    row = {"text": "The first formal definition of cultural diplomacy was provided by the U.S. Department of State in 1959, "
           "which described it as \"the direct and enduring contact between people of different nations to help create a "
           "better climate of international trust\"", "speakers": [], "entities": ["U.S. Department of State"],
           "quantities": [], "anchors": ["U.S. Department of State"]}
    answer = questions.how_to_check(row, ["U.S. Department of State"])
    assert "(for example “the direct and enduring contact between people” and “U.S. Department of State”)" in answer, answer


def test_a_claim_that_quotes_nobody_is_still_checked_by_its_key_facts() -> None:
    row = {"text": "The port of Rotterdam closed on Monday after the storm, Dutch officials said.", "speakers": [],
           "entities": ["Rotterdam"], "quantities": [], "dates": ["monday"], "attributed": True, "anchors": ["Rotterdam"]}
    answer = questions.how_to_check(row, ["Rotterdam"])
    assert answer.startswith("Search for the claim's key facts") and "“Rotterdam”" in answer, answer


def test_the_key_counts_the_check_worthy_features_it_names() -> None:
    """check11k VF key Q2: "It has 2 check-worthy features (names, numbers, dates, a named speaker)" of a sentence naming
    four presidents and a speaker. The 2 were kinds of feature; the key says which."""
    said = questions.features_found(CHAIR)
    assert "it has 2: names and a speaker it is attributed to." in said, said
    assert "check-worthy features" not in said
    assert "it has 1: dates." in questions.features_found({"dates": ["monday"], "entities": [], "attributed": False})
    # lead, reading the rebuilt cheney key: "none of them names “don't ask, don't tell”. It has none of the 4 kinds of
    # feature that make a claim check-worthy (names, …)"
    policy = {"dates": [], "entities": [], "quantities": [], "attributed": False}
    assert "it has 1: names." in questions.features_found(policy, ["don't ask, don't tell"])
    assert "It has none of the 4 kinds" in questions.features_found(policy)


def test_the_key_does_not_count_an_attribution_that_names_no_speaker_as_a_speaker() -> None:
    """check13-bundled TA-19: key Q5 said the Navarro claim had "names, dates and a speaker it is attributed to"; its
    only attribution is "It's been said that …"."""
    row = {"dates": ["2011"], "entities": ["Peter Navarro"], "quantities": [], "attributed": True}
    said = questions.features_found(row, unnamed=True)
    assert "it has 2: names and dates (it is attributed, but to no named speaker)." in said, said
    assert "it has 3: names, dates and a speaker it is attributed to." in questions.features_found(row)


TRUMP_HEADING = (
    "Even before Donald Trump landed in Mexico Wednesday, he found himself in a Twitter war with former Mexican President "
    "Vicente Fox – who went on a tear declaring the Republican nominee “not welcome” in the country.",
    "Donald J. Trump is heading to Mexico on Wednesday to meet with President Enrique Peña Nieto, but one of the Mexican "
    "leader’s predecessors had a different message for the Republican presidential nominee: You are not welcome here.",
)


def test_the_naming_table_labels_an_event_with_its_terms_as_its_sentences_write_them() -> None:
    """check11k VF Naming table: "Event e005: Republican · donald · nominee". The linker keeps its terms folded; a label
    keeps the case the texts use (and a name whole)."""
    from types import SimpleNamespace

    import polars as pl

    from contrast.report.briefing.lenses.build import EventLabels

    events = pl.DataFrame({"event": [5], "label": ["Republican · donald · nominee"],
                           "terms": [["Republican", "donald", "nominee", "welcome", "wednesday", "Trump"]], "strength": [0.63]})
    claims = pl.DataFrame({"event": [5, 5, None], "text": [*TRUMP_HEADING, "Mr. Fox fired back on Twitter."]})
    labels = EventLabels(SimpleNamespace(events=SimpleNamespace(events=events, claims=claims)))  # type: ignore[arg-type]
    assert labels == {"event:e005": "e005: Republican · Donald Trump · nominee"}, labels


PENA = [
    # check11k VF Event 2: one quotation of three sentences, printed by Fox (s6-s8) and HuffPost (s13-s17)
    (0, "fox", 6, "\"I think President Peña is taking an enormous political risk by hosting Trump,” he said."),
    (1, "fox", 8, "I think this is a big mistake on the part of President Peña.\""),
    (2, "huff", 13, "“I think the President Peña is taking an enormous political risk by hosting Trump."),
    (3, "huff", 17, "I think this is a big mistake on part of President Peña.”"),
]


def test_a_handout_heading_says_what_the_excerpts_under_it_show() -> None:
    """check11k VF handout Event 2 was headed “I think the President Peña is taking an enormous political risk …” over
    two excerpts that both read “I think this is a big mistake on (the) part of President Peña.”: a heading neither
    excerpt shows. With the excerpts given (``beside``), the heading is one of their sentences or one linked to them."""
    import polars as pl

    from contrast.report.event_titles import event_title

    members = pl.DataFrame(
        [{"claim_id": c, "source_id": s, "sentence_index": i, "text": t, "compound": -0.34, "attributed": True}
         for c, s, i, t in PENA]
    )
    links = pl.DataFrame({"a": [0, 1], "b": [2, 3], "score": [0.999, 0.998]})
    terms = ["President Peña", "think", "big", "mistake", "part"]
    shown = [r[3] for r in PENA if "mistake" in r[3]]
    # passing over the sentences shown, the heading took another sentence of the quotation, which no excerpt shows
    assert "enormous political risk" in event_title(members, terms, links=links, used=shown).text
    title = event_title(members, terms, links=links, used=shown, beside=[1, 3])
    assert "big mistake" in title.text and "enormous" not in title.text, title


def test_the_who_speaks_table_says_a_statement_can_count_in_two_rows() -> None:
    """check11k CS-27 note: "Lawmakers have appealed for more security before …" is typed an official's and anonymous or
    vague, both true (lawmakers, not named), and a reader of the table took the second row for a mistake. Both rows
    stay; the table's caption, printed over them, says a statement can count in two."""
    from contrast.metrics.registry import lens_spec

    (who,) = [g for g in lens_spec("attribution").groups if "speaker." in g.measures]
    assert "A statement can count in two rows" in who.caption
    assert "as anonymous or vague" in who.caption


def test_a_heading_leaves_out_a_dateline_glued_to_the_first_word() -> None:
    """check11k CS e002: HuffPost prints "WASHINGTON ―House Majority Whip Steve Scalise …", no space after the dash.
    The dateline rule (43d2ac5) was tested with a space, and the rebuilt CS handout still headed Event 2 "WASHINGTON
    ―House …". Near miss kept: capitals joined to a word by a dash inside a name or a range ("NATO–Russia talks")."""
    from contrast.report.event_titles import statement

    sentence = ("WASHINGTON ―House Majority Whip Steve Scalise (R-La.) was still in critical condition on Thursday after a "
                "lone gunman opened fire.")
    head, text, _ = statement(sentence)
    assert head and text.startswith("House Majority Whip Steve Scalise"), text
    kept = "NATO–Russia talks ended on Tuesday without any agreement on the deployment of new missiles in Europe."
    assert statement(kept) == (False, kept, False)


@pytest.mark.parametrize(
    ("row", "named", "kinds"),
    [
        # check W TG-34: "Under the policy announced in July 2016, …" was said to have "names and dates"
        ({"dates": ["march", "2019"], "entities": [], "quantities": [], "attributed": False}, ["March 2019"], "1: dates."),
        # the claim frame reads "March 2019" as a capitalised run, an entity
        ({"dates": ["march", "2019"], "entities": ["March 2019"], "quantities": [], "attributed": False}, ["March 2019"],
         "1: dates."),
        ({"dates": ["june", "12"], "entities": ["June 12"], "quantities": [], "attributed": False}, [], "1: dates."),
        ({"dates": ["friday"], "entities": [], "quantities": [], "attributed": False}, ["Friday"], "1: dates."),
        ({"dates": [], "entities": [], "quantities": ["$4.2 million"], "attributed": False}, ["$4.2 million"], "1: numbers."),
        # a name among them still counts
        ({"dates": ["2019"], "entities": [], "quantities": [], "attributed": False}, ["Rotterdam", "2019"], "2: names and dates."),
    ],
)
def test_a_date_or_figure_no_other_source_names_is_no_name(row: dict[str, object], named: list[str], kinds: str) -> None:
    said = questions.features_found(row, named)
    assert f"it has {kinds}" in said, said

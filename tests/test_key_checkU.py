"""Validity rows from check U on the teacher key and the naming lens.

PR-76 (the key said the feeling of a sentence quoting Trump was the speaker's, though the word that made its score
negative, "drew fire", was USA Today's own), PR-77 (the key said only Source C used "slammed" of the event, beside
Source B's headline "Trump slams …" printed on the handout), CO-65 (the key counted a date in a sentence with none: the
modal "may" read as the month), and the reader's confusing #6 (one name spelt "Orin" and "Orrin" listed as a word each
origin used that the other did not). Each row is a new sentence of the same shape with made-up names and words.
"""

from __future__ import annotations

import pytest

from contrast.claims.terms import dates, entities
from contrast.metrics.naming import misspelt_name
from contrast.report.handout.questions import features_found, felt_in_own_words, felt_in_speech, word_form_in

# --- whose feeling: the outlet's frame around what it quotes (PR-76) --------------------------------------------------

OUTLET_FRAMES_QUOTE = ("The mayor also drew criticism on Monday for saying some tenants \"want the city to pay for "
                       "everything when they could help themselves.\"")
OUTLET_FRAMES_ALL_QUOTED = ("The governor came under attack on Friday for saying the strikers \"love to complain but "
                            "never help.\"")


# "strikers", left outside the quotation marks of what the governor is reported to say, is the outlet's word (check AA
# DP-7: the words the outlet did not mark as the speaker's are its own)
@pytest.mark.parametrize(
    ("sentence", "own"), [(OUTLET_FRAMES_QUOTE, ["criticism"]), (OUTLET_FRAMES_ALL_QUOTED, ["attack", "strikers"])]
)
def test_a_scored_word_in_the_outlets_frame_is_the_outlets_feeling(sentence: str, own: list[str]) -> None:
    assert felt_in_own_words(sentence) == own
    assert not felt_in_speech(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor said, \"This is a disgraceful betrayal of the city.\"",
        "\"This is a disgraceful betrayal of the city,\" the mayor said.",
        "The mayor said the council's vote was a disgraceful betrayal of the city.",
    ],
)
def test_a_sentence_whose_scored_words_are_all_quoted_or_reported_carries_the_speakers_feeling(sentence: str) -> None:
    assert felt_in_own_words(sentence) == []
    assert felt_in_speech(sentence)


# --- a headline with the same word (PR-77) --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "headline", "form"),
    [
        ("slammed", "Governor slams 'lazy' council over flood aid delays", "slams"),
        ("blasted", "Mayor blasts critics of the new stadium deal", "blasts"),
        ("mocked", "Senator mocks rival's tax plan at rally", "mocks"),
        ("slammed", "Governor defends flood aid, says critics are wrong", None),
    ],
)
def test_a_form_of_the_loaded_word_in_another_sources_headline_is_found(word: str, headline: str, form: str | None) -> None:
    assert word_form_in(word, headline) == form


# --- "may" is no date (CO-65) ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Ruiz, a lawyer for the tenants' union, told the Gazette that the new fee may look unfair, but it is legal.",
        "Prime Minister Theresa May told the Commons that the deal was done.",
        "Thousands of nurses plan to march on the capital to demand higher pay.",
    ],
)
def test_a_modal_a_name_or_a_verb_is_no_month(sentence: str) -> None:
    assert dates(sentence) == []


def test_may_and_march_as_dates_are_months() -> None:
    assert dates("The vote was held in May and again on March 3, before the recess of August 2019.") == [
        "may", "march", "august", "2019"]


def test_the_key_does_not_count_a_date_in_a_sentence_with_a_modal_may() -> None:
    sentence = "Ana Ruiz, a lawyer for the tenants' union, told the Gazette that the new fee may look unfair."
    row = {"entities": ["Ana Ruiz", "Gazette"], "quantities": [], "dates": dates(sentence), "attributed": True}
    assert features_found(row).endswith("it has 2: names and a speaker it is attributed to.")


# --- one name spelt two ways (confusing #6) -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "mine", "theirs"),
    [("orin", {"orin", "hatch"}, {"orrin", "hatch"}), ("kavanagh", {"kavanagh"}, {"kavanaugh"}), ("jonh", {"jonh"}, {"john"})],
)
def test_a_name_one_letter_from_another_origins_is_one_name(word: str, mine: set[str], theirs: set[str]) -> None:
    assert misspelt_name(word, mine, theirs)


@pytest.mark.parametrize(
    ("word", "mine", "theirs"),
    [
        ("form", set(), {"from"}),  # not a name in this origin's sentences
        ("hatch", {"hatch"}, {"match"}),  # another first letter: another name
        ("smith", {"smith"}, {"smithson"}),  # more than one letter apart
    ],
)
def test_other_words_are_not_one_name(word: str, mine: set[str], theirs: set[str]) -> None:
    assert not misspelt_name(word, mine, theirs)


# --- a function word in capitals is stress, not a name (CO-14, surfaced by the CO-65 fix) -----------------------------


def test_a_function_word_in_capitals_is_no_name() -> None:
    sentence = "A note left at the clinic warned that \"EVERY nurse who helps you will be watched, and NEVER forgiven.\""
    assert entities(sentence) == []


def test_short_acronyms_that_spell_function_words_stay_names() -> None:
    assert entities("The US and the WHO said the plan would work.") == ["US", "WHO"]

"""Validity rows from check S (groups S-IQ and S-OM): page furniture cleaning kept, scored as the outlet's own voice.

IQ-24/IQ-84 (Politico's photo caption, its credit after a bar and its headline glued on: "… | Name/AFP/Getty Images
White House <headline>"), IQ-24/IQ-70 (Politico's newsletter sign-up box with its small print), OM-22/OM-36 (the
Guardian's question-and-answer headings, "What happened?", "Is this normal?"), OM-37/OM-51/OM-67 (the Hill's person
links, the full name glued to unrelated headlines up to "MORE", pasted into its sentences). Each row is a new text of
the same shape with made-up names and words; the rows that must stay are the same shapes' near misses.
"""

from __future__ import annotations

import pytest

from contrast.clean import clean_text, drop_hover_titles, drop_question_headings, is_prompt
from tests.test_clean_check15 import PROSE, PROSE_2, cleaned_between

# --- a caption whose credit follows a bar (IQ-24, IQ-84), a newsletter's sign-up box (IQ-24, IQ-70) ---------------------


@pytest.mark.parametrize(
    ("line", "category"),
    [
        # Politico's caption: a bar, the photographer/agency, then the kicker and the headline glued on
        ("Two senators greet grain farmers during a visit to a cooperative outside Ames. | Jane Roe/AFP/Getty Images "
         "Congress Senators tour Iowa farms as the harvest begins", "caption"),
        ("The mayor is expected to sign the budget on Friday. | AP Photo Mayor set to sign city budget", "caption"),
        ("Harbour cranes stand idle at the port of Lisbon. | Getty", "caption"),
        ("Volunteers sort donated coats at a shelter in Duluth | Ann Poe/Reuters", "caption"),
        # Politico's sign-up box, its small print glued on; another outlet's with "I agree"
        ("Morning Harvest newsletter Sign up for the daily briefing on farm policy Email Sign Up By signing up you agree "
         "to receive email alerts from the Ledger. You can unsubscribe at any time. This site is protected by reCAPTCHA "
         "and the Google Privacy Policy and Terms of Service apply.", "prompt"),
        ("Get the Weekend Reader in your inbox every Saturday morning, with the week's best long reads, interviews and "
         "columns picked by our editors. By signing up, I agree to the Terms of Use.", "prompt"),
    ],
)  # fmt: skip
def test_a_caption_with_a_barred_credit_or_a_sign_up_box_goes(line: str, category: str) -> None:
    assert cleaned_between(line) == ([PROSE, PROSE_2], [(category, line)])


@pytest.mark.parametrize(
    "line",
    [
        # a bar with no credit after it
        "The council split 7 | 5 on the measure, and the mayor said she would veto it before the end of the month.",
        "Farm income fell in the spring | Senate passes relief bill | Prices recover in the autumn, the bureau said.",
        # sentences about signing up, no form's small print addressed to the reader
        "Customers who sign up for the plan can cancel or unsubscribe from the mailings at any time, regulators said.",
        "Users agree to the platform's terms of service and privacy policy when they sign up, the company said.",
        "The newsletter, which the campaign began in March, says by signing up voters agree to share their address.",
    ],
)
def test_a_bar_without_a_credit_or_a_sentence_about_signing_up_stays(line: str) -> None:
    assert not is_prompt(line)
    assert cleaned_between(line) == ([PROSE, line, PROSE_2], [])


# --- question-and-answer headings (OM-22, OM-36) -------------------------------------------------------------------------

INTRO = "The city council voted on Monday to close two of its five public libraries by the end of the year."
ANSWER_1 = "Council members approved the closures by seven votes to four after a debate that lasted most of the night."
ANSWER_2 = "Libraries have closed in other cities, but rarely two at once, according to the state's library board."
ANSWER_3 = "The mayor has ten days to sign the measure, and a group of residents has promised to challenge it in court."


def qa(*headings: str) -> str:
    """An article in sections, each question standing alone above its answer."""
    answers = (ANSWER_1, ANSWER_2, ANSWER_3)
    return "\n\n".join([INTRO, *(f"{q}\n\n{a}" for q, a in zip(headings, answers, strict=False))])


def test_the_questions_heading_a_question_and_answer_article_go() -> None:
    headings = ("What was decided?", "Is this unusual?", "Is closing a library against the law?")
    result = clean_text(qa(*headings))
    assert result.text.split("\n\n") == [INTRO, ANSWER_1, ANSWER_2, ANSWER_3]
    assert list(result.removed_lines) == [("heading", q) for q in headings]


@pytest.mark.parametrize(
    "text",
    [
        # one question on its own line: the writer may ask it in its own voice
        qa("Who should decide?"),
        # the writer asks questions inside its paragraphs too: its question lines are its own voice
        qa("What went wrong here?", "What can be done?").replace(ANSWER_1, "Why would anyone vote for this? " + ANSWER_1),
        # a question tied to the text before it
        qa("What was decided?", "But is this unusual?"),
        # an interview: a question to someone
        qa("What did the council decide?", "What do you expect the mayor to do?"),
        # two questions in a row: a list of questions, not headings
        "\n\n".join([INTRO, "What was decided?", "Is this unusual?", ANSWER_1]),
    ],
)
def test_questions_the_writer_asks_stay(text: str) -> None:
    assert clean_text(text).text == text


def test_a_quoted_question_elsewhere_does_not_keep_the_headings() -> None:
    quoted = f'"Is this really the end?" one reader asked. {ANSWER_2}'
    text = qa("What was decided?", "Is this unusual?").replace(ANSWER_2, quoted)
    assert [line for line in drop_question_headings(text.split("\n\n")).lines if line] == [INTRO, ANSWER_1, quoted]


# --- a person link's hover text (OM-37, OM-51, OM-67) --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kept", "hover"),
    [
        (
            "Senator Jane Roe Jane Alice RoeFarm bill stalls in Senate Voters sour on tariffs MORE said on Tuesday that "
            "the bill would pass.",
            "Senator Jane Roe said on Tuesday that the bill would pass.",
            "Jane Alice RoeFarm bill stalls in Senate Voters sour on tariffs MORE",
        ),
        (
            "The aide had been dismissed by the chief of staff, Tom Poe Thomas Edward PoeMORE.",
            "The aide had been dismissed by the chief of staff, Tom Poe.",
            "Thomas Edward PoeMORE",
        ),
        (  # a nickname in brackets; headlines joined by bars and colons
            "Sen. Bob Doe Robert (Bob) Lee DoeOvernight Energy: Bill stalls | Farmers protest | Senate adjourns MORE "
            "(D-Iowa) said the vote would wait.",
            "Sen. Bob Doe (D-Iowa) said the vote would wait.",
            "Robert (Bob) Lee DoeOvernight Energy: Bill stalls | Farmers protest | Senate adjourns MORE",
        ),
        (  # the title of another story opening with a number
            "President Ann Moe Ann Marie Moe2020 hopefuls court farm vote MORE signed the order.",
            "President Ann Moe signed the order.",
            "Ann Marie Moe2020 hopefuls court farm vote MORE",
        ),
    ],
)
def test_a_person_link_s_hover_text_goes_and_the_sentence_stays(line: str, kept: str, hover: str) -> None:
    assert drop_hover_titles([line]).lines == [kept]
    assert cleaned_between(line) == ([PROSE, kept, PROSE_2], [("related", hover)])


@pytest.mark.parametrize(
    "line",
    [
        '"Jane Roe, Ann Roe and the Roe Foundation gave MORE than anyone else," the director said at the opening.',
        "Jane Roe thanked Roe's staff and the Roe Family Trust, and said MORE work was needed before the vote.",
        "Senator Jane Roe met Roe Smith, a farmer, and said they would talk again in MORE detail next week.",
    ],
)
def test_a_repeated_name_without_a_hover_text_stays(line: str) -> None:
    assert drop_hover_titles([line]).lines == [line]

"""How text and numbers are printed: quotations nested once, no negative zero, figures as the texts write them."""

from __future__ import annotations

import pytest

from contrast.claims.distinctive import display_anchor
from contrast.claims.terms import as_written
from contrast.report.render.html import environment, fmt_num, fmt_signed
from contrast.report.text import quotation


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        # check7: a sentence that is itself a quotation printed as ““Put … hold …,” Mr. Trump wrote.”
        ("“Put big game trophy decision on hold,” Mr. Trump wrote.", "“‘Put big game trophy decision on hold,’ Mr. Trump wrote.”"),
        # and one ending in its quotation's closing mark ("… on hold.””), with a straight opening mark
        ('Trump said he decided to put the "big game trophy decision on hold.”',
         "“Trump said he decided to put the ‘big game trophy decision on hold.’”"),
        ('He called it "political grandstanding" without merit.', "“He called it ‘political grandstanding’ without merit.”"),
        # a paragraph of a quotation running on over paragraphs: its mark is paired, and being the whole sentence,
        # is the one pair (check8-new: “‘I think …’” beside another source's “I think …” for the same words)
        ("“However, it appears the grievance stems from non-enforcement.",
         "“However, it appears the grievance stems from non-enforcement.”"),
        # check8-new: a sentence that is one quotation keeps its own marks, not “‘…’”; a quotation inside it nests
        ("“I’m not saying that I am going to finish it.”", "“I’m not saying that I am going to finish it.”"),
        ('"We need an acceptable plan."', "“We need an acceptable plan.”"),
        ("“He told me ‘no’ and then “never” again.”", "“He told me ‘no’ and then ‘never’ again.”"),
        # near misses: a sentence that opens and ends with marks but has its speaker between is not one quotation
        ("“It is over,” he said, “for now.”", "“‘It is over,’ he said, ‘for now.’”"),
        # near misses: no marks, an apostrophe, single marks stay as written
        ("The tariffs took effect on Friday.", "“The tariffs took effect on Friday.”"),
        ("China’s tariffs took effect.", "“China’s tariffs took effect.”"),
        ("He said ‘no’ twice.", "“He said ‘no’ twice.”"),
    ],
)
def test_a_quotation_is_printed_in_one_pair_of_marks(text: str, printed: str) -> None:
    assert quotation(text) == printed


def test_the_event_panels_print_quotations_through_the_filter() -> None:
    template = environment(breaks=False).from_string("<p>{{ t|quotation }}</p>")
    assert template.render(t="“Put it on hold,” he wrote.") == "<p>“‘Put it on hold,’ he wrote.”</p>"


@pytest.mark.parametrize(
    ("value", "signed", "plain"),
    [
        (-0.004, "0.00", "0.0"),  # check7: "2 sentences, mean tone −0.00"; check10h: "+0.00" for −0.0015
        (-0.0, "0.00", "0.0"),
        (0.0, "0.00", "0.0"),
        # near misses: values that do not round to zero keep their sign
        (-0.006, "−0.01", "0.0"),
        (-0.06, "−0.06", "−0.1"),
        (-0.25, "−0.25", "−0.2"),
        (0.31, "+0.31", "0.3"),
        (-1234.5, "−1234.50", "−1,234.5"),
    ],
)
def test_a_value_that_rounds_to_zero_prints_without_a_minus(value: float, signed: str, plain: str) -> None:
    assert fmt_signed(value) == signed
    assert fmt_num(value) == plain


@pytest.mark.parametrize(
    ("value", "text", "written"),
    [
        # check7: the key said to search "$24500" and "2763" in texts that write "$24,500" and "2,763"
        ("$24500", "The club donated a collective $24,500 to Trump’s campaign.", "$24,500"),
        ("2763", "Seizures rose from an annual average of 2,763 pounds to 3,690 pounds.", "2,763"),
        ("3690", "Seizures rose from an annual average of 2,763 pounds to 3,690 pounds.", "3,690"),
        ("$34b", "The US put tariffs on $34 billion of Chinese goods.", "$34 billion"),
        ("25%", "a 25 percent tariff", "25 percent"),
        # near misses: a figure written without separators, and one no text writes, stay as they are
        ("2763", "An annual average of 2763 pounds.", "2763"),
        ("4100", "Seizures rose from 2,763 pounds.", "4100"),
    ],
)
def test_a_figure_is_shown_as_the_text_writes_it(value: str, text: str, written: str) -> None:
    assert as_written(value, [text]) == written


def test_an_anchor_figure_is_shown_as_written_and_a_name_as_it_is() -> None:
    text = "Seizures rose from an annual average of 2,763 pounds, the Safari Club said."
    assert display_anchor("#2763", [text]) == "2,763"
    assert display_anchor("#2763") == "2763"  # events.json: a figure by its value
    assert display_anchor("Safari Club", [text]) == "Safari Club"

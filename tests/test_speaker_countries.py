"""Countries and capitals named as the speaker are their governments: officials ("China said", "Beijing said",
"Washington said", "the United States has said"), like the US states of check8 MJ-27. The bundled tariffs report's
People's Daily and Guardian write "Beijing said", "Beijing responded". Near misses keep their kinds or stay
unclassified: a publication named for its country ("a China Daily editorial said": the media), its companies
("Chinese companies said": business), a company or bank named for it ("Air China said", "the Bank of China said"),
people in a country ("many in China say") and a country inside what a person's phrase says ("Smith of China said")."""

from __future__ import annotations

import pytest

from tests.test_speaker_roles_institutions import _kind_of

OFFICIAL = "speaker.official"
UNCLASSIFIED = "speaker.unspecified"


@pytest.mark.parametrize(
    ("text", "opening", "kind"),
    [
        ("China said it would retaliate against the new tariffs on its goods.", "China", OFFICIAL),
        ("Beijing said the tariffs violated the rules of world trade.", "Beijing", OFFICIAL),
        ("“We will fight back with equal force,” Beijing responded on Friday.", "“We will", OFFICIAL),
        ("Washington said the talks would resume next month in the capital.", "Washington", OFFICIAL),
        ("The United States has said the tariffs will stay until the talks succeed.", "The United", OFFICIAL),
        ("China and Japan said they would hold talks on the dispute next week.", "China and", OFFICIAL),
        ("Moscow denied that it had interfered in the election at all.", "Moscow", OFFICIAL),
        ("The Kremlin said the meeting would take place in Helsinki next month.", "The Kremlin", OFFICIAL),
        # near misses
        ("A China Daily editorial said the tariffs would backfire on the US economy.", "A China", "speaker.media"),
        ("Chinese companies said they would raise prices for buyers in the US.", "Chinese companies", "speaker.business"),
        ("Many in China say the tariffs will hurt farmers on both sides.", "Many in", UNCLASSIFIED),
        ("Air China said it would cut flights to the US this summer.", "Air China", UNCLASSIFIED),
        ("Jordan said he would vote against the bill next week.", "Jordan", UNCLASSIFIED),
        # the bundled tariffs report's Washington Times: China is one of what is said, not the speaker (the strategist
        # speaks: "chief strategist" after his name is his role, an expert's — check9 TA-49)
        ("Trump’s confrontational outlook applies to other trading partners as well as China, said Tai Hui, chief "
         "strategist for JP Morgan Asset Management, in a report.", "Trump’s", "speaker.expert"),
    ],
)
def test_a_country_or_capital_that_speaks_is_its_government(text: str, opening: str, kind: str) -> None:
    assert _kind_of(text, opening) == kind


@pytest.mark.parametrize(
    "text",
    ["The US said it would not lift the tariffs before the talks.", "The U.S. has said the tariffs will stay in place.",
     "Britain and the European Union said the deal was close to done."],
)
def test_the_article_before_a_country_is_no_obstacle(text: str) -> None:
    assert _kind_of(text, text[:5]) == OFFICIAL

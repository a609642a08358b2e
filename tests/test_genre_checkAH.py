"""check AH WI-2: NPR's election-night live blog ("Update at 10:07 p.m. ET. AP Calls The Race: …", "We live-blogged all
night") was "opinion (inferred)" on its writers' first person and questions, and the handout told students they read
"1 opinion piece". A live blog is news told as it happens, whatever the voice of its writers. New texts of that shape."""

from __future__ import annotations

import pytest

from contrast.genre import live_blog, source_genre

VOICE = (
    "We stayed up with the count all night.",
    "I was at the convention center when the doors opened.",
    "Will the turnout hold?",
    "Our reporters will keep you posted as we hear more.",
    "What does it mean for the statehouse?",
)
"""The writer's own voice of a live blog: enough first person and questions to read as a column."""
STAMPS = "\n".join(
    f"Updated at {time} ET. {head}"
    for time, head in (("9:41 p.m.", "Polls Close:"), ("10:15 p.m.", "Early Returns:"), ("11:02 p.m.", "Mayor Concedes:"))
)


def _genre(*, url: str = "", title: str = "Harbor Bond Vote Passes", lead: str = "") -> str:
    return source_genre(declared=None, title=title, outlet="Metro Radio", url=url, lead=lead, own_voice=VOICE).shown


@pytest.mark.parametrize(
    ("url", "title", "lead"),
    [
        ("https://radio.example.org/blogs/2021/11/02/1234/live-blog-harbor-bond-vote", "Harbor Bond Vote Passes", ""),
        ("https://news.example.com/politics/election-live-updates/2021/11/02/", "Harbor Bond Vote Passes", ""),
        ("", "Harbor bond vote live updates: Polls close across the county", ""),
        ("", "Harbor bond vote passes as mayor concedes – live", ""),
        ("", "Harbor Bond Vote Passes", STAMPS),
        ("", "Harbor Bond Vote Passes", "3:05 p.m.: Polls open.\n\nTurnout is light.\n\n4:20 p.m.: Lines grow.\n\n5:45 pm: Doors close."),
    ],
)
def test_a_live_blog_is_news_whatever_the_voice_of_its_writers(url: str, title: str, lead: str) -> None:
    assert _genre() == "opinion (inferred)"  # the same voice with no sign of a live blog reads as a column
    assert _genre(url=url, title=title, lead=lead) == "news (inferred)"


@pytest.mark.parametrize(
    ("url", "title", "lead"),
    [
        ("https://news.example.com/music/live-music-returns-to-the-harbor/", "Live music returns", ""),
        ("", "Harbor Bond Vote Passes", "Updated at 9:41 p.m. ET. Polls Close:\n\nThe count began.\n\n10:15 p.m.: Returns."),
        ("", "How I learned to love live coverage of council meetings", ""),  # a column about live coverage, no blog
        ("", "Harbor Bond Vote Passes", "The polls closed at 9:41 p.m. and by 10:15 p.m. returns came in; at 11:02 p.m. the mayor spoke."),
    ],
)
def test_no_live_blog_without_its_address_its_title_or_three_stamped_entries(url: str, title: str, lead: str) -> None:
    assert live_blog(url, title, lead) is None


def test_an_opinion_section_in_the_address_still_wins() -> None:
    url = "https://news.example.com/opinions/live-updates/2021/11/02/harbor-bond-vote-commentary"
    assert _genre(url=url, lead=STAMPS) == "opinion (inferred)"

"""Check W TG-31 on the naming lens: "America's" (the country's) and "Americans" (the people) were merged as one
actor through the fuzzy spelling rule ("america" / "american" / "americans") and listed as named differently. A place
and its people are two actors; spellings of one name still merge."""

from __future__ import annotations

import pytest

from contrast.claims.aliases import resolve_aliases


@pytest.mark.parametrize(
    ("place", "people"),
    [("Russia's", "Russians"), ("Korea", "Koreans"), ("Syria's", "Syrians"), ("Austria", "Austrians")],
)
def test_a_place_and_its_people_are_two_actors(place: str, people: str) -> None:
    # the adjective between them ("Russian") chained the two, as "American" did
    resolved = resolve_aliases([place, people, people.removesuffix("s")])
    assert resolved[place] != resolved[people], resolved


@pytest.mark.parametrize(
    ("one", "other"),
    [("Russians", "Russian"), ("Beijing", "Beijng"), ("Republicans", "Republican"), ("Russia", "Russia's")],
)
def test_spellings_and_forms_of_one_name_still_merge(one: str, other: str) -> None:
    resolved = resolve_aliases([one, other])
    assert resolved[one] == resolved[other], resolved

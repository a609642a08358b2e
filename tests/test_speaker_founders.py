"""Whoever founded or leads an advocacy organisation speaks for civil society (check8 RM-20).

Romney's briefing printed "Advocacy groups and civil society: no speaker typed so in any origin" beside the New York
Times quoting "Maggie Gallagher, a founder of the National Organization for Marriage, which opposes same-sex marriage"
and "Evan Wolfson, the founder of Freedom to Marry, a gay rights organization". A founder takes the kind of the
organisation founded: civil society where the organisation is said to be an advocacy group (by its name, by an
appositive, "a gay rights organization", or by a relative clause saying what it campaigns for), business for a
company's; a founder of an organisation the sentence does not type stays unclassified, not guessed.
"""

from __future__ import annotations

import pytest

from tests.test_speaker_roles_institutions import _kind_of

CIVIL = "speaker.civil"
BUSINESS = "speaker.business"
UNCLASSIFIED = "speaker.unspecified"


@pytest.mark.parametrize(
    ("text", "opening", "kind"),
    [
        ("“We now have a clear choice between Romney and Obama,” said Maggie Gallagher, a founder of the National "
         "Organization for Marriage, which opposes same-sex marriage.", "“We now", CIVIL),
        ("Evan Wolfson, the founder of Freedom to Marry, a gay rights organization, said that now the position was "
         "clear.", "Evan Wolfson", CIVIL),
        ("Jane Roe, co-founder of the Coalition for Clean Water, said the plan would fail.", "Jane Roe", CIVIL),
        ("Mark Doe, the founder of Acme Widgets, a furniture company, said sales would rise.", "Mark Doe", BUSINESS),
        ("“Sales will rise this year,” the company's founder said in an interview.", "“Sales", BUSINESS),
        # near misses: an organisation the sentence does not type, a founder with no organisation named
        ("John Smith, the founder of Blue Horizon, said the plan would fail.", "John Smith", UNCLASSIFIED),
        ("“The plan will fail for sure,” the founder said on Tuesday.", "“The plan", UNCLASSIFIED),
        ("Apple founder Steve Jobs said the phone would change everything.", "Apple founder", UNCLASSIFIED),
        # and a name introduced so is typed later by its surname
        ("Maggie Gallagher, a founder of the National Organization for Marriage, which opposes same-sex marriage, has "
         "campaigned for years.\n\n"
         "Gallagher said the choice was now clear to every voter.", "Gallagher said", CIVIL),
    ],
)
def test_a_founder_speaks_for_the_organisation_founded(text: str, opening: str, kind: str) -> None:
    assert _kind_of(text, opening) == kind

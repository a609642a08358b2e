"""Check Y (groups AL, FB): names that were read as something no other origin has, and links two different facts made.

AL-12: USA Today's "It certainly didn't sound like Donald Trump." was counted among the claims "that name someone no
other origin has" while Fox wrote "President Trump" and the NYT "Mr. Trump". AL-51: Fox's Strange "appointed to the
seat in April" was linked to the NYT's Trump endorsing Strange in the primary, on "Sessions", written by each only where
it sets its fact. FB-47: USA Today's Trump speaking "at a campaign rally in Cedar Rapids, Iowa" was linked to the
Washington Times' Clinton "campaigning in Cedar Rapids, Iowa", one place read as two names. Each rule is tested on new
sentences of the same structure, and on what it must leave alone.
"""

from __future__ import annotations

import polars as pl

from contrast.claims import find_events
from contrast.claims.distinctive import AnchorIndex, absent_anchors, anchor_words
from contrast.claims.terms import news_words, stem
from contrast.segment import segment


def _absent(anchor: str, texts: list[str], origins: list[str], elsewhere: list[str]) -> bool:
    index = AnchorIndex(texts, origins, [frozenset()] * len(texts), anchor_words([anchor]))
    return absent_anchors([anchor], index, elsewhere) == [anchor]


def test_a_full_name_whose_surname_news_uses_everywhere_is_named_where_a_title_stands_before_the_surname() -> None:
    assert stem("obama") in news_words() and stem("clinton") in news_words()
    claim = "It hardly sounded like Barack Obama."
    texts = [claim, "President Obama thanked the volunteers on Friday.", "Mr. Obama praised the volunteers."]
    assert not _absent("Barack Obama", texts, ["center", "right", "left"], ["right", "left"])
    assert not _absent("Hillary Clinton", ["Hillary Clinton spoke.", "Mrs. Clinton spoke in Iowa."], ["center", "right"], ["right"])


def test_the_surname_alone_with_no_title_or_with_another_given_name_beside_it_names_no_one() -> None:
    claim = "It hardly sounded like Barack Obama."
    # no title before the surname: "Obama" may be anyone of that name (and is a word of news at large)
    assert _absent("Barack Obama", [claim, "Obama thanked the volunteers."], ["center", "right"], ["right"])
    # the texts give the surname two given names: "Mr. Obama" is not shown to be Barack Obama
    texts = [claim, "Mr. Obama praised the volunteers.", "Michelle Obama visited a school."]
    assert _absent("Barack Obama", texts, ["center", "right", "left"], ["right"])
    assert _absent("Michelle Obama", texts, ["left", "right", "center"], ["right"])
    # a day or a title before the surname is no other given name
    texts = [claim, "On Tuesday Obama spoke.", "President Obama praised the volunteers."]
    assert not _absent("Barack Obama", texts, ["center", "left", "right"], ["right"])


FILLER = {
    "right": "The governor signed the budget bill on Tuesday after a long debate in the legislature.",
    "left": "Farmers in the valley reported a smaller harvest of peaches than last year because of the frost.",
    "center": "The city council approved a new bus route connecting the airport with the harbour district.",
}


def _claims(texts: dict[str, str]) -> pl.DataFrame:
    origins = {source: source for source in texts}
    full = {source: f"{text} {FILLER[source]}" for source, text in texts.items()}
    sentences = segment(full, origins).with_columns(pl.lit(0.0).alias("compound"))
    return find_events(sentences, origins=sorted(origins)).claims


def _linked(texts: dict[str, str]) -> bool:
    """Whether the first sentences of the sources are one event."""
    claims = _claims(texts).filter(pl.col("sentence_index") == 0)
    assert claims.height == len(texts)
    events = set(claims["event"].to_list())
    return len(events) == 1 and None not in events


def test_a_claim_whose_only_name_the_others_write_with_a_title_is_not_only_in_its_origin() -> None:
    claims = _claims({
        "center": "It certainly did not sound like Barack Obama.",
        "right": "In a speech, President Obama thanked the volunteers who rebuilt the levee.",
        "left": "Mr. Obama praised the engineers who designed the new pumps.",
    })  # fmt: skip
    row = claims.filter(pl.col("text") == "It certainly did not sound like Barack Obama.").row(0, named=True)
    assert row["state"] != "unique" or "Barack Obama" not in (row["anchors"] or [])


# AL-51
APPOINTED = (
    "After Kelly's resignation, Maria Ortega, the state's former attorney general, was temporarily given the office "
    "in March before a special election could take place."
)
ENDORSED = (
    "In a Republican primary to fill the Senate office left by Tom Kelly, now the attorney general, the governor first "
    "backed Maria Ortega, the choice of the party establishment, only to watch her lose to Mr. Baines."
)


def test_a_name_written_only_in_the_phrase_a_sentence_opens_with_is_no_second_name_said() -> None:
    assert not _linked({"right": APPOINTED, "left": ENDORSED})


def test_two_names_both_said_in_the_main_clause_still_link() -> None:
    lost = "Maria Ortega lost the runoff to Mr. Baines in September despite the mayor's endorsement."
    beaten = "Mr. Baines beat Maria Ortega, whom the mayor had endorsed, in the September runoff."
    assert _linked({"right": lost, "left": beaten})


# FB-47
RALLY = '"Justice will prevail," Mr. Obama said at a campaign rally in Duluth, Minnesota, Thursday night.'
CAMPAIGNING = (
    "For her part Mrs. Clinton, campaigning in Duluth, Minnesota, did not address the issue, instead sticking doggedly to "
    "her stump speech of attacks on Mr. Obama."
)


def test_a_place_written_with_its_state_is_one_place_not_two_names() -> None:
    assert not _linked({"center": RALLY, "right": CAMPAIGNING})


def test_a_place_with_its_state_and_a_person_both_name_still_link() -> None:
    spoke = "Ms. Reyes told supporters in Duluth, Minnesota, that wages would rise under her plan."
    rally = "At a rally in Duluth, Minnesota, Ms. Reyes promised higher wages for factory workers."
    assert _linked({"center": spoke, "right": rally})

"""check AG on cleaning: an op-ed's bio block counted as the outlet's claims (EC-13, EC-14, EC-17), an embedded
tweet's dated byline glued to the outlet's next sentence (EC-18, EC-24), and Fox's promo and widget title (SN-14).
Texts are new ones of the same shapes, with near misses that stay."""

from __future__ import annotations

from contrast.clean import clean_text

BODY = "The county board voted on Tuesday to close two polling places, citing low turnout in the last election."
MORE = "Residents who used those sites will be sent a letter naming their new polling place before November."


def test_an_op_eds_bio_paragraph_with_its_notice_goes_whole_at_the_start() -> None:
    bio = (
        "Maria L. Ortega is a history professor at Oberlin College who writes on civic movements. She is the author of "
        '" Ballots and Bells ." The opinions expressed in this commentary are solely her own.'
    )
    result = clean_text(f"{bio}\n\n{BODY}\n\n{MORE}")
    assert result.text == f"{BODY}\n\n{MORE}"
    assert result.removed["trailer"] == 1


def test_a_contributors_bio_line_before_the_notice_at_the_end_goes() -> None:
    bio = "Dana Whitfield is from Ohio and is a county clerk in Hamilton County."
    notice = "The views of Contributors are their own and are not the views of The Ledger"
    result = clean_text(f"{BODY}\n\n{MORE}\n\n{bio}\n\n{notice}")
    assert result.text == f"{BODY}\n\n{MORE}"


def test_a_name_and_verb_paragraph_away_from_a_notice_stays() -> None:
    body = "Dana Whitfield is from Ohio and has been a county clerk since the last redistricting fight there."
    text = f"{body}\n\n{BODY}\n\n{MORE}\n\n{MORE.replace('November', 'December')}\n\n{BODY.replace('two', 'three')}"
    assert clean_text(text).text == text


def test_a_tweets_dated_byline_glued_to_the_next_sentence_goes_with_the_tweet() -> None:
    tweet = "Who asked the voters before this decision was made? Nobody. — Ann Reyes (@AnnReyesTX) March 3, 2019"
    rest = "The state court ruled that the county had acted within its power. The ruling can be appealed."
    result = clean_text(f"{BODY}\n\n{tweet} {rest}\n\n{MORE}")
    assert result.text == f"{BODY}\n\n{rest}\n\n{MORE}"
    assert ("media", tweet) in result.removed_lines


def test_a_promo_to_click_for_more_and_a_cut_widget_title_go() -> None:
    result = clean_text(f"{BODY}\n\nMore On This...\n\n{MORE}\n\nClick for more from the Denver Post.")
    assert result.text == f"{BODY}\n\n{MORE}"


def test_a_sentence_about_clicking_stays() -> None:
    text = f"{BODY}\n\nVoters who click for more details on the county site will find the new map.\n\n{MORE}"
    assert clean_text(text).text == text


def test_a_body_paragraph_opening_with_a_name_before_the_notice_stays() -> None:
    body = "Mark Ellison is to county politics what a thunderstorm is to a picnic: loud, brief and hard to forget."
    notice = "The opinions expressed by columnists are their own and do not represent the views of The Ledger."
    assert clean_text(f"{BODY}\n\n{MORE}\n\n{body}\n\n{notice}").text == f"{BODY}\n\n{MORE}\n\n{body}"

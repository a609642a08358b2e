"""What may start a link between two claims (``contrast.claims.align``), and what two claims state that
cannot be one fact (``contrast.claims.conflicts``): each case a sentence pair the checker found printed as
one event although the two report different things, on small synthetic texts."""

from __future__ import annotations

import re
from types import SimpleNamespace

import numpy as np
import polars as pl
import pytest
import scipy.sparse as sp

from contrast.claims import find_events
from contrast.claims.absence import counted_as_figure, near_figures
from contrast.claims.aliases import resolve_aliases
from contrast.claims.align import (
    LONE_WORD_P,
    THIN_START_P,
    _links,
    _names,
    _people,
    _speakers,
    _starters,
    _starts,
    features,
    fronted_phrase,
    quotation_speakers,
)
from contrast.claims.candidates import claim_frame
from contrast.claims.conflicts import (
    GOODS,
    Conflicts,
    chambers_of,
    counts_of,
    days_apart,
    eras_of,
    figure_subjects,
    figure_units,
    goods_of,
    weekdays_of,
)
from contrast.claims.evidence import shingle_matrix
from contrast.claims.search import figures, years
from contrast.claims.terms import news_words, quantities, sentence_terms, stem
from contrast.claims.tfidf import tfidf
from contrast.segment import segment

FILLER = {
    "right": "The governor signed the budget bill on Tuesday after a long debate in the legislature.",
    "left": "Farmers in the valley reported a smaller harvest of peaches than last year because of the frost.",
    "centre": "The city council approved a new bus route connecting the airport with the harbour district.",
}


def _events(texts: dict[str, str]) -> list[set[str]]:
    """The events (sets of claim texts) of one source per origin, each with a filler sentence."""
    origins = {source: source for source in texts}
    full = {source: f"{text} {FILLER.get(source, FILLER['centre'])}" for source, text in texts.items()}
    sentences = segment(full, origins).with_columns(pl.lit(0.0).alias("compound"))
    claims = find_events(sentences, origins=sorted(origins)).claims
    groups: dict[int, set[str]] = {}
    for text, event in claims.select("text", "event").iter_rows():
        if event is not None:
            groups.setdefault(event, set()).add(text)
    return sorted(groups.values(), key=sorted)


IVEY = "The people of Alabama deserve to know the truth and will make their own decisions."
SEIBENHENER = "“I know that 14-year-olds don't make good decisions,” he said."


def test_words_all_news_uses_do_not_start_a_link() -> None:
    """Moore, checked false: Gov. Ivey's statement and a county chairman's, linked (0.36) on "know", "make",
    "decisions" — rare in a three-article report, common in all news."""
    assert {stem("make"), stem("decisions"), stem("know"), stem("time")} <= news_words()
    assert stem("televisions") not in news_words() and stem("aluminum") not in news_words()
    assert _shared_starters({"right": IVEY, "left": SEIBENHENER}) == set()
    phones = {"right": "Consumer goods including mobile phones and televisions are not hit by the tariffs.",
              "left": "The list does not include popular goods such as cellphones or televisions, he said."}  # fmt: skip
    assert _shared_starters(phones) == {"televis"}
    assert _events({"right": IVEY, "left": SEIBENHENER}) == []


def _started(texts: dict[str, str], *, weak: bool = False) -> bool:
    """Whether what the first claims of two sources share may start a link (``align._starts``); ``weak``: the pair less
    likely than ``align.LONE_WORD_P``."""
    claims, matrix, vocabulary, aliases, first = _first_claims(texts)
    speakers = _speakers(claims, aliases)
    sources, texts_ = claims["source_id"].to_numpy(), claims["text"].to_list()
    starts = _starts(matrix, vocabulary, speakers, _names(claims, aliases), aliases, sources=sources, texts=texts_)
    return bool(starts.started(np.array(first[:1]), np.array(first[1:]), weak=np.array([weak]))[0])


def _first_claims(texts: dict[str, str]) -> tuple[pl.DataFrame, sp.csr_matrix, np.ndarray, dict[str, str], list[int]]:
    origins = {source: source for source in texts}
    claims = claim_frame(segment(texts, origins)).with_row_index("claim_id")
    aliases = resolve_aliases((e for row in claims["entities"].to_list() for e in row), texts=claims["text"].to_list())
    matrix, vocabulary = tfidf(features(claims, aliases))
    return claims, matrix, vocabulary, aliases, [claims["source_id"].to_list().index(source) for source in texts]


def _shared_starters(texts: dict[str, str]) -> set[str]:
    """The features that may start a link (``align._starters``) the first claims of two sources share."""
    claims, matrix, vocabulary, aliases, first = _first_claims(texts)
    starters = _starters(matrix, vocabulary, _speakers(claims, aliases), sources=claims["source_id"].to_numpy())
    return {str(vocabulary[k]) for k in set(starters[first[0]].indices) & set(starters[first[1]].indices)}


def test_a_stock_phrase_is_not_a_shared_quotation() -> None:
    """Soft power: five words in a row the whole story uses ("of China's soft power") are no quotation."""
    examples = "These are not the only examples of China's soft power."
    timing = "The timing of China's soft power ascent is particularly significant."
    story = {"right": f"{examples} China's soft power is the ability to attract rather than coerce. China opened cultural centres abroad.",
             "left": f"{timing} Scholars debate how China's soft power can be measured. China sent more students overseas."}  # fmt: skip
    assert _events(story) == []


RETALIATION = "China has retaliated by imposing a similar 25% tariff on 545 US products, also worth a total of $34bn."
US_TARIFFS = "Washington imposed 25 percent tariffs on $34 billion worth of Chinese imports, a first step in a series of tariffs."
BOTH = ("China's foreign ministry said that tit-for-tat duties on U.S. goods took effect straight away after "
        "Washington's 25 percent tariff on $34 billion worth of Chinese imports.")  # fmt: skip
SLAPPED = "The 25-percent additional tariffs slapped on Chinese products worth $34 billion took effect on Friday."


def test_whose_goods_are_taxed_is_part_of_the_fact() -> None:
    """Tariffs, checked false: "China has retaliated … on 545 US products" headed an event of sentences about the
    US tariffs on Chinese goods, chained through a sentence that tells both."""
    events = _events({"bbc": RETALIATION, "usa": BOTH, "times": US_TARIFFS, "daily": SLAPPED})
    assert not any(RETALIATION in event and (US_TARIFFS in event or SLAPPED in event) for event in events)
    assert any({US_TARIFFS, SLAPPED} <= event for event in events)


def test_goods_and_counts_a_claim_states() -> None:
    assert goods_of(RETALIATION) == {"us"} and goods_of(US_TARIFFS) == {"china"} and goods_of(BOTH) == {"us", "china"}
    assert goods_of("a list covering $34 billion in exports from the U.S.") == {"us"}
    assert goods_of("duties on steel imports from Canada, Mexico and the European Union") == {"canada", "mexico", "eu"}
    assert goods_of("The Commerce Department said imports of steel rose.") == set()  # a verb between: no country
    assert counts_of("a list of 545 product categories, 25 percent tariffs and 3 days") == {GOODS: {545}}
    assert counts_of("12 senators and 40 aides") == {stem("senators"): {12}, stem("aides"): {40}}
    found = Conflicts([RETALIATION, US_TARIFFS, BOTH, "The tariff hits 1,102 product categories.", "It lists 545 product categories."])
    assert found.pair(0, 1) and not found.pair(0, 2) and not found.pair(1, 2)
    assert found.pair(3, 4) and not found.pair(0, 3)


OTTAWA = "Tariffs on 312 items worth about $9 billion, including steel and maple syrup, take effect on October 1, Ottawa said."
WASHINGTON = "The first round of duties on 740 products worth $9 billion will start on October 1, Washington said in a statement."


def test_two_lists_of_goods_counted_differently_are_two_lists_whatever_each_calls_its_goods() -> None:
    """Dev gold us-china-50bn: China's "tariffs for 545 items worth about 34 billion U.S. dollars … from July 6" and the
    US list's "tariffs on 818 products worth $34 billion … on July 6" share both figures and report two lists; items,
    products and product categories of a list are one thing counted (``GOODS``)."""
    assert not any(OTTAWA in event and WASHINGTON in event for event in _events({"times": OTTAWA, "globe": WASHINGTON}))
    found = Conflicts([OTTAWA, WASHINGTON, "It lists 312 products.", "Its 2,000 tariff lines cover 312 goods.", "Ottawa hired 740 guards."])
    assert found.pair(0, 1) and found.pair(1, 2) and found.pair(1, 3)
    assert not found.pair(0, 2) and not found.pair(0, 4)  # the same count, or a count of something else


GOAL = "A proposed new water rule would lower such discharges 40% by 2035, compared to the levels in 2010."
FORCED = "They would force refineries to cut sulphur discharges by 40 percent by 2035."


def test_a_target_year_two_claims_give_is_evidence_they_tell_one_goal() -> None:
    """Check R EP: CNN's "… would reduce such emissions 30% by 2030, compared to the levels in 2005." and NPR's "They
    would force power plants to cut carbon dioxide emissions by 30 percent by 2030." shared only "30%" and one word:
    the rule's one goal was two events."""
    assert any({GOAL, FORCED} <= event for event in _events({"globe": GOAL, "star": FORCED}))


def test_a_year_weighs_in_a_link_but_starts_none_and_looks_nothing_up() -> None:
    """Check R EP: with "2012" able to start a link, CNN's "Coal supplied 37% of U.S. electricity in 2012, …" and NPR's
    "… setting a May 2012 deadline" (a year and words of the story) were printed as an event."""
    vocabulary = np.array(["Q:2012", "Q:37%", "coal", "deadlin"])
    matrix = sp.csr_matrix(np.array([[1.0, 1.0, 1.0, 0.0], [1.0, 1.0, 0.0, 1.0], [0.0, 0.0, 1.0, 1.0]]))
    starters = _starters(matrix, vocabulary, [[], [], []], sources=np.array(["cnn", "npr", "fox"]))
    assert set(starters.nonzero()[1].tolist()) == {1, 2, 3}  # the figure and the words, not the year
    assert figures(vocabulary).tolist() == [False, True, False, False] and years(vocabulary).tolist() == [True, False, False, False]


COLD_WAR = ("Maoist China's approach to cultural diplomacy during the Cold War period marked the beginning of its concerted "
            "efforts to build international alliances beyond formal state-to-state relations.")
TODAY = ("The government’s shift towards a more appealing image is part of a concerted effort to soften criticisms and "
         "build alliances through cultural diplomacy.")  # fmt: skip


def test_a_claim_set_in_a_past_era_is_not_a_claim_about_today() -> None:
    """finalcheck-s4 soft-power e004 / finalcheck-s5 SP-A3 (printed on page 1): the Cold-War beginning of Maoist China's
    alliance building and today's "concerted effort to … build alliances" share every content word and are two facts."""
    assert eras_of(COLD_WAR) == {"cold war", "mao"} and eras_of(TODAY) == set()
    events = _events({"paper": COLD_WAR, "analysis": TODAY})
    assert not any(COLD_WAR in event and TODAY in event for event in events)
    found = Conflicts([COLD_WAR, TODAY, "China set up friendship associations in the 1950s.",
                       "China urged Washington to abandon its Cold War mentality.", "In 1972 Nixon went to China."])  # fmt: skip
    assert found.pair(0, 1) and found.pair(0, 2) and not found.pair(1, 3) and not found.pair(0, 4)
    assert eras_of("China urged Washington to abandon its Cold War mentality and a new Cold War.") == set()


SENATE = ("The leaders of the Senate intelligence committee said Tuesday they had subpoenaed two of former National Security "
          "Adviser Michael Flynn's businesses as part of the ongoing probe into Russian activity during last year's presidential "
          "campaign.")
HOUSE = ("The House intelligence committee is preparing to issue subpoenas against Michael Flynn after the former national "
         "security adviser denied a request to voluntarily turn over documents related to the committee’s Russia probe.")  # fmt: skip


def test_two_chambers_committees_are_two_bodies() -> None:
    """check7-final FL-4 (printed on page 1, "matched in 2 of 3"): Fox's Senate committee subpoenas of Flynn's businesses
    and HuffPost's House committee preparing subpoenas against Flynn share the person, the subpoenas and the probe —
    two bodies, two facts."""
    assert chambers_of(SENATE) == {"senate"} and chambers_of(HOUSE) == {"house"}
    assert chambers_of("The White House Correspondents committee met; the Senate voted to ask the committee.") == set()
    assert chambers_of("the House Ways and Means Committee and the Senate Finance Committee") == {"house", "senate"}
    found = Conflicts([SENATE, HOUSE, "The Senate committee responded with two additional subpoenas targeting Flynn's businesses."])
    assert found.pair(0, 1) and not found.pair(0, 2) and found.pair(1, 2)
    events = _events({"fox": SENATE, "huffpost": HOUSE})
    assert not any(SENATE in event and HOUSE in event for event in events)


FIRST_TALKS = ("Governor Tom Hale was heading to Springfield Monday afternoon to keep campaigning for the school levy on top "
               "earners, a day after a face-to-face meeting with Senate leader Anna Ruiz.")
SECOND_TALKS = ("Governor Tom Hale and Senate leader Anna Ruiz met for nearly an hour on Thursday evening in their latest "
                "attempt to break the impasse over the school levy on top earners.")  # fmt: skip


def test_two_meetings_on_days_apart_are_two_events() -> None:
    """check10h OB-3 (printed on page 1 as "matched in 2 of 3" and as one event in Same event): the same two people
    meeting on a Sunday and again on a Thursday share both names and the talks — two meetings. A day apart is one
    statement dated by outlets in different time zones, or published a day apart."""
    assert weekdays_of(FIRST_TALKS) == {0} and weekdays_of(SECOND_TALKS) == {3}
    assert weekdays_of("The Monday's session ended; a monday-morning quarterback said.") == {0}
    assert days_apart(frozenset({0}), frozenset({3})) and days_apart(frozenset({6}), frozenset({3}))
    assert not days_apart(frozenset({3}), frozenset({4})) and not days_apart(frozenset({6}), frozenset({0}))
    assert not days_apart(frozenset({0, 3}), frozenset({3})) and not days_apart(frozenset(), frozenset({3}))
    same_day = "Ruiz and Hale met Thursday night to settle the school levy, aides said."
    found = Conflicts([FIRST_TALKS, SECOND_TALKS, same_day, "The levy talks go on, Ruiz said."])
    assert found.pair(0, 1) and not found.pair(1, 2) and found.pair(0, 2) and not found.pair(0, 3)
    events = _events({"right": FIRST_TALKS, "left": SECOND_TALKS})
    assert not any(FIRST_TALKS in event and SECOND_TALKS in event for event in events)


def test_a_shared_name_starts_a_link_only_with_something_said_with_it() -> None:
    """Soft power: Xi Jinping becoming president and Xi Jinping's call at a conference share a name and words
    of all news ("president", "world"); two reports of one Xiaohongshu story share the name and "users"."""
    became = ("Since Xi Jinping became president, China's unique style of dealing with the world has changed and is "
              "now referred to as Major Country Diplomacy.")  # fmt: skip
    called = "At the conference, President Xi Jinping called for countries across the world to build a shared future in cyberspace."
    assert _shared_starters({"right": became, "left": called}) <= {"E:xi jinping", "jinp"}
    assert not _started({"right": became, "left": called})
    assert _events({"right": became, "left": called}) == []
    flocked = "A large number of American users flocked to the Chinese online social platform Xiaohongshu last month."
    attracting = "Xiaohongshu, a lifestyle platform, is attracting a growing number of users in the West this year."
    assert _events({"right": flocked, "left": attracting}) == [{flocked, attracting}]


def test_the_words_of_any_form_of_a_shared_name_are_not_what_is_said_with_it() -> None:
    """Soft power, e003: the CCP's Cold-War friendship associations and its present-day global persona share the
    name (written out and as "CCP") and "global", a word of the whole report."""
    galway = ("As Matthew Galway (2021) illustrates, even before receiving formal diplomatic recognition, the Chinese "
              "Communist Party (CCP) leveraged friendship associations, ideological allies, and cultural mediators to "
              "project its image and expand its global reach (Galway, 2021).")  # fmt: skip
    persona = ("This strategy reflects a broader ambition by the Chinese Communist Party (CCP) to cultivate a more "
               "relatable and approachable global persona.")  # fmt: skip
    story = {"right": f"{galway} China's global image matters. Global audiences watch Chinese films.",
             "left": f"{persona} The global reach of Chinese media grows. Global surveys track China's image."}  # fmt: skip
    assert not _started(story)
    assert not any(galway in event and persona in event for event in _events(story))


def test_a_second_name_shared_is_something_said_with_the_first() -> None:
    """Steel tariffs (dev gold): Navarro's rise over Cohn, told by two outlets with no content word in common."""
    ascendant = "Those advisers have been in ascendence, including Mr. Navarro, a trade skeptic who had been sidelined by Mr. Cohn."
    departure = ("Cohn's departure, after an internal White House battle over the tariffs, clears the way for greater "
                 "influence by trade hardliners such as Commerce Secretary Wilbur Ross and Peter Navarro.")  # fmt: skip
    assert _started({"right": ascendant, "left": departure})
    assert not _started({"right": ascendant.replace("Mr. Cohn", "his rivals"), "left": departure})


def test_the_story_topic_is_no_second_name() -> None:
    """Check8 SP-30: a scholar's conclusion about China's cultural institutions and a forecast foreign media made,
    linked (0.33) on the programme's name and "China", which more than a fifth of the claims name (the story's
    topic, ``align.TOPIC_NAME_SHARE``). The same pair in a story of which China is one name among others starts; so
    does a likely pair (``align.LONE_WORD_P``): its topic may still be its second name."""
    academic = "They help enhance China's image abroad and are in line with the Belt and Road Initiative and China's diplomacy."
    media = ("Many foreign media published articles saying that as China's soft power grows through joint construction of the "
             "Belt and Road Initiative, China will increasingly show its appeal.")  # fmt: skip
    topic = {"academic": f"{academic} China's universities host exchange students. Museums in China lend paintings abroad.",
             "media": f"{media} China's film industry grew last year. Tourists visit China in larger numbers."}  # fmt: skip
    assert not _started(topic, weak=True)
    assert _started(topic, weak=False)
    aside = {"academic": f"{academic} The universities host exchange students. Museums in Paris lend paintings abroad.",
             "media": f"{media} The film industry grew last year. Tourists visit Spain in larger numbers."}  # fmt: skip
    assert _started(aside, weak=True)


CHOSEN = "“You may have heard that Governor Romney just chose his running mate, Congressman Ryan."
KEPT = "Senator McCain and Governor Romney opposed the savings, ironically, since Governor Romney's running mate kept them in his budget."
RUNNING_MATE = ("Ryan, in his first interview since being named as Mitt Romney's running mate, told Fox News he thinks Medicare can win. "
                "Ryan said how he and Romney came to bond in the months before he was announced as running mate. ")  # fmt: skip


def test_a_word_its_source_repeats_does_not_start_a_link() -> None:
    """Medicare, checked false: Obama's "Governor Romney just chose his running mate" and LaBolt's "… since Governor
    Romney's running mate kept them in his budget", linked (0.46) on "mate" alone: Fox says "running mate" in three
    claims — what the article is about, not a fact one sentence reports. A word in more than STEM_REPEATS claims of
    one source cannot start that source's links; once in each source, it can."""
    assert "mate" in _shared_starters({"right": CHOSEN, "left": KEPT})
    claims, matrix, vocabulary, aliases, _ = _first_claims({"right": RUNNING_MATE + CHOSEN, "left": KEPT})
    starters = _starters(matrix, vocabulary, _speakers(claims, aliases), sources=claims["source_id"].to_numpy())
    chosen, kept = (claims["text"].to_list().index(text) for text in (CHOSEN, KEPT))
    assert "mate" not in {str(vocabulary[k]) for k in set(starters[chosen].indices) & set(starters[kept].indices)}
    assert not any(CHOSEN in event and KEPT in event for event in _events({"right": RUNNING_MATE + CHOSEN, "left": KEPT}))


SHANGHAI = "The Shanghai Composite index was down 1.1%, after reaching more than a two-year low this week."
NIKKEI = "Japan’s main stock index, the Nikkei 225, gained 1.1 percent while the Shanghai Composite Index added 0.5 percent."


def test_what_a_figure_measures_is_the_name_before_it() -> None:
    assert figure_subjects(NIKKEI) == {"1.1%": {"nikkei 225"}, "0.5%": {"shanghai composite index"}}
    assert figure_subjects(SHANGHAI) == {"1.1%": {"shanghai composite"}}
    assert figure_subjects("Washington imposed 25 percent tariffs on $34 billion worth of Chinese imports.") == {"25%": {"washington"}}


def test_a_figure_that_measures_different_things_does_not_start_a_link() -> None:
    """Tariffs, checked false: the Shanghai index "down 1.1%" and the Nikkei's "1.1 percent" printed as one event,
    linked by the figure alone; the other sentence gives Shanghai another figure. The same figure of the same
    thing still starts a link."""
    assert not _started({"guardian": SHANGHAI, "times": NIKKEI})
    assert not any(SHANGHAI in event and NIKKEI in event for event in _events({"guardian": SHANGHAI, "times": NIKKEI}))
    assert _started({"bbc": "The Shanghai Composite closed 0.5% higher on Friday.", "times": NIKKEI})


DEBATE = "The senators spent the first 40 minutes of their three-hour session arguing whether they could even vote."
COUNTIES = "But the senators signalled Thursday they could settle the matter without passing a rule that binds all 40 counties."


def test_a_number_of_different_units_is_no_shared_figure() -> None:
    """Check AF DM-34: "the first 50 minutes of their two-hour argument" and "a ruling that ripples through all 50
    states" were one event, started by the bare "50" alone. A number both give, each with a unit and no unit in
    common, measures two things; with the same unit (or none in one of them) it is still a shared figure."""
    assert figure_units(DEBATE) == {"40": {stem("minutes")}} and figure_units(COUNTIES) == {"40": {stem("counties")}}
    assert figure_units("tariffs on 545 items worth $34 billion") == {"545": {GOODS}}
    assert figure_units("about 50 million people and 25 percent tariffs") == {}
    assert not _started({"right": DEBATE, "left": COUNTIES})
    assert not any(DEBATE in event and COUNTIES in event for event in _events({"right": DEBATE, "left": COUNTIES}))
    assert _started({"right": DEBATE, "left": "The hearing's first 40 minutes went to whether the senators could vote at all."})
    assert _started({"right": COUNTIES, "left": "The rule would have bound all 40 counties, lawyers for the state said."})


SCHUMER_POSTPONE = (
    "Senate Minority Leader Chuck Schumer, D-N.Y., and Sen. Elizabeth Warren, D-Mass., both called Tuesday for a "
    "postponement on any vote to confirm Gorsuch to the nation's highest court."
)
SCHUMER_TESTIMONY = (
    "Senate Democratic Leader Chuck Schumer (D-N.Y.) told Politico that Gorsuch “did not win anybody over with his testimony.”"
)


def test_a_legislator_s_party_and_state_tag_is_no_name_nor_word_that_starts_a_link() -> None:
    """check-s6-C GF-2: two different statements of Schumer's were one event, started by "D-N.Y." read as the
    names "D-N" and "Y" and the rare word "d-ni"."""
    for text in (SCHUMER_POSTPONE, SCHUMER_TESTIMONY, "Rep. Duncan Hunter (R-Calif.) was indicted.", "Sen. Bernie Sanders, I-Vt., said."):
        terms = sentence_terms(text)
        assert not any(name.lstrip("^").startswith(("D-", "R-", "I-")) or name == "Y" for name in terms.entities)
        assert not any(word.startswith(("d-", "r-", "i-")) for word in terms.stems)
    assert "D-Day" in sentence_terms("The D-Day landings began at dawn on the beaches.").entities
    shared = _shared_starters({"right": SCHUMER_POSTPONE, "left": SCHUMER_TESTIMONY})
    assert not {feature for feature in shared if "d-n" in feature.lower() or feature == "E:y"}


WARNER_ULTIMATUM = (
    "Sen. Mark Warner, top Democrat on the Senate Intelligence Committee, offered Trump an ultimatum for the highly "
    "anticipated summit: make Russian interference a priority, or cancel the meeting."
)
WARNER_CONCERN = (
    "Sen. Mark Warner, the top Democrat on the Senate Intelligence Committee, also said he is concerned that Putin will "
    "take “full advantage of an ill-prepared” Trump."
)


def test_the_words_that_introduce_someone_are_no_shared_quotation() -> None:
    """check-s6-C PM-2: "Sen. Mark Warner, (the) top Democrat on the Senate Intelligence Committee, …" opens two different
    statements of Warner's; its three shared five-word runs made them one event as a shared quotation (0.97)."""
    assert _events({"right": WARNER_ULTIMATUM, "left": WARNER_CONCERN}) == []
    quoted = "“There should be no one-on-one meeting between this president and Putin,” Warner said."
    told = "“There should be no one-on-one meeting between President Trump and Vladimir Putin,” Warner told reporters."
    assert _events({"right": quoted, "left": told}) == [{quoted, told}]


def test_a_name_and_its_party_and_state_tag_are_no_shared_quotation() -> None:
    """check-T SB-22, SC-21: a senator's own motion and his words about another's, and a bodyguard detail assigned to a
    congressman and the congressman hurt, each shared a name with its tag ("tim kaine d va") in two five-word runs
    and nothing said: printed as one fact. The tag names the person as the name does; the same words said still link."""
    motion = "Sen. Tim Kaine, D-Va., then tried to pass a Democratic amendment on Thursday."
    speech = (
        "“You will remember that last spring the chairman tried to rush through a half-written plan,” said Sen. Tim "
        "Kaine (D-VA) in a floor speech."
    )
    assert _events({"right": motion, "left": speech}) == []
    guarded = "Residents felt safer because troopers were posted outside the home of State Senator Ray Dillard (R-Pa.)."
    hurt = "A veteran lawmaker, State Senator Ray Dillard (R-PA), was hurt when his car left an icy road on Monday."
    assert _events({"right": guarded, "left": hurt}) == []
    moved = "Sen. Tim Kaine, D-Va., later sought to pass the farm relief bill by unanimous consent on Thursday."
    again = "Sen. Tim Kaine (D-VA) later sought to pass the farm relief bill by unanimous consent, aides said."
    assert _events({"right": moved, "left": again}) == [{moved, again}]


HOPE_WORRIES = (
    "There are worries, too, about how the remaining $120 million earmarked for the Hope Fund has been awarded: "
    "Republicans want part of the new money reserved for rural clinics, so that more towns can hire doctors."
)
HOPE_TERMS = (
    "Originally awarding $120 million in grants, the Hope Fund pays for a nurse's training if the graduate stays in "
    "the county for three years and works night shifts."
)
VETO_SPEAKING = "Speaking to reporters on Monday, the governor vetoed the $120 million grant bill for rural clinics."
VETO_TOLD = "The governor vetoed the $120 million grant bill for rural clinics late on Monday."


@pytest.mark.parametrize(("first", "second", "linked"), [(HOPE_WORRIES, HOPE_TERMS, False), (VETO_SPEAKING, VETO_TOLD, True)])
def test_what_a_pair_shares_only_in_one_claim_s_opening_participial_phrase_starts_no_link(first: str, second: str, linked: bool) -> None:
    """check-T SB-24: a party's worries over how a fund's money was spent, and the fund's terms set against its size
    ("Originally allocating $350 billion in funding, the PPP offers loans …"), shared the sum and its verb, all in that
    opening phrase: printed as one fact. The phrase is the circumstance; what the sentence reports follows it. The
    same act told in both main clauses still links, however either sentence opens."""
    assert _events({"right": first, "left": second}) == ([{first, second}] if linked else [])
    assert fronted_phrase("Beijing, which denies the charge, said nothing.") == ""
    assert fronted_phrase("According to the budget office, the plan costs $5 billion.") == ""


MCGURK = (
    "The news that Mattis will be leaving sooner than expected comes just days after Brett McGurk, the U.S. envoy for "
    "the global coalition to defeat Islamic State (ISIS), on Saturday accelerated his planned departure and announced "
    "his resignation."
)
MATTIS_PRAISE = "Mr. Mattis also praised the “Defeat ISIS” coalition that Mr. Trump just abandoned in Syria."


def test_one_rare_word_shared_starts_a_link_only_when_the_pair_is_more_than_barely_likely() -> None:
    """check-s5-A MT-5/MT-6: McGurk's resignation and Mattis's praise of the "Defeat ISIS" coalition, linked (0.31) on
    the coalition's name and the one rare word "coalition", were printed as one event on page 1 and in the handout."""
    story = (  # the story's names, in every source: not what tells one of its facts from another
        " Mattis met the generals fighting ISIS in Baghdad on Monday. Officials said ISIS still holds some villages near"
        " the border. Mattis has warned for months that ISIS could regroup in the desert."
    )
    pair = _FirstPair({"right": MCGURK + story, "left": MATTIS_PRAISE + story})
    assert pair.starting() == {stem("coalition")}
    assert not pair.linked_at(0.31)
    # nothing else specific in common: "Mattis" and "ISIS" are the story's topic (check8 TA-35 below)
    assert not pair.linked_at(THIN_START_P)
    assert pair.linked_at(LONE_WORD_P)


class _FirstPair:
    """The first claims of two sources, with what may start their link (``align._starts``)."""

    def __init__(self, texts: dict[str, str]) -> None:
        claims, matrix, self.vocabulary, aliases, (self.a, self.b) = _first_claims(texts)
        self.sources, self.texts = claims["source_id"].to_numpy(), claims["text"].to_list()
        self.starts = _starts(
            matrix, self.vocabulary, _speakers(claims, aliases), _names(claims, aliases), aliases, sources=self.sources,
            texts=self.texts, entities=claims["entities"].to_list(),
        )  # fmt: skip

    def starting(self) -> set[str]:
        """The figures and rare words the two share that may start a link."""
        specific = self.starts.specific
        return {str(self.vocabulary[k]) for k in set(specific[self.a].indices) & set(specific[self.b].indices)}

    def linked_at(self, probability: float) -> bool:
        """Whether the two, scored ``probability``, are linked (``align._links``)."""
        none = sp.csr_matrix(self.starts.specific.shape)
        scorer = SimpleNamespace(score=lambda left, right: np.full(left.size, probability), shingles=shingle_matrix(self.texts),
                                 figures=none, stems=none)  # fmt: skip
        pair = (np.array([self.a]), np.array([self.b]))
        links, _, _ = _links(scorer, pair, self.sources, self.starts, Conflicts(self.texts))  # type: ignore[arg-type]
        return links.height == 1


LI_FORECAST = ("Li said industries like consumer goods, electronics and manufacturing would be mostly affected in China, "
               "but the impacts are controllable.")
LEVIES = "The U.S. levies mostly target China's industrial goods and some electronic components."


def test_one_rare_word_and_nothing_else_specific_starts_a_link_only_when_the_pair_is_likely() -> None:
    """Check8 TA-35: an economist's forecast of the industries hit in China and what the US tariff list targets, linked
    (0.48) on "electronic" and words of the story, with no figure, person, speaker or name other than the story's
    topic in common: printed in the naming lens's table as one event."""
    story = (  # the story's topic, in most claims
        " China said it would respond to the tariffs. Exports from China rose in June. Officials in China met on Friday."
    )
    pair = _FirstPair({"right": LI_FORECAST + story, "left": LEVIES + story})
    assert pair.starting() == {stem("electronics")}
    assert not pair.linked_at(0.48)
    assert pair.linked_at(LONE_WORD_P)


VICENTE = ("Brian Vicente, a Colorado attorney and legalization advocate who wrote Amendment 64, said the challenge is "
           "political grandstanding without merit.")
OPPOSED = "Like many elected officials in Colorado, Mr. Suthers had opposed Amendment 64, which legalized marijuana."
APPROVED = "Colorado voters approved Amendment 64, legalizing recreational marijuana in the state, in 2012."
ENFORCING = ("The two states sued to stop Colorado from enforcing Amendment 64, which voters approved in 2012 and which "
             "allows recreational marijuana.")


def test_a_numbered_name_shared_does_not_chain_different_facts() -> None:
    """Check7 MJ-3: "Amendment 64" counted as a name, a figure ("64") and a word linked a lawyer's comment on the
    suit, the attorney general's old opposition and the 2012 vote into one event of three sources. The number of a
    name is no figure of its own (``terms.quantities``): the comment and the opposition are never one event."""
    events = _events({"right": VICENTE, "centre": OPPOSED, "left": APPROVED})
    assert not any(VICENTE in event and OPPOSED in event for event in events)
    assert all(len(event) < 3 for event in events)


def test_the_same_fact_with_a_numbered_name_is_still_one_event() -> None:
    """The near miss: two sources telling the 2012 vote on Amendment 64 stay one event."""
    assert _events({"right": ENFORCING, "left": APPROVED}) == [{ENFORCING, APPROVED}]



VICENTE_SAYS = ('Brian Vicente, a Colorado attorney who wrote the measure, called the challenge political grandstanding. '
                '"I think it shows they are on the wrong side of history," Vicente said.')
VICENTE_LINE = '"I think it shows they are on the wrong side of history," Vicente said.'


@pytest.mark.parametrize(
    ("left", "linked"),
    [
        # the case (check7 MJ-13): another person's words sharing the stock phrase, no name or figure in common;
        # the sentence names no one, the quotation it closes is Tvert's
        ('Mason Tvert, communications director for the Marijuana Policy Project, said the suit was a waste. '
         '"They are wasting their taxpayers’ '
         'dollars by filing this suit. These guys are on the wrong side of history."', False),
        # near misses, still one event: the same person quoted by both; a long quotation (eight words in a row)
        # whoever each names as its speaker
        ('Brian Vicente, who wrote the measure, was not impressed by the suit. '
         '"I think this shows they are on the wrong side of history," said Vicente.', True),
        ('Mason Tvert of the Marijuana Policy Project spoke after the filing. '
         '"I think it shows they are on the wrong side of history," Tvert said.', True),
    ],
)
def test_two_persons_quoted_on_a_stock_phrase_are_two_statements(left: str, linked: bool) -> None:
    events = _events({"right": VICENTE_SAYS, "left": left})
    assert any(VICENTE_LINE in event for event in events) == linked


SUTHERS_FOX = "Colorado Attorney General John Suthers said the lawsuit was without merit."
SUTHERS_NYT = ("Colorado’s attorney general, John Suthers, a Republican, said in a statement that the challenge from Nebraska "
               "and Oklahoma was “without merit.”")
MERIT_STORY = {
    "right": f"{SUTHERS_FOX} Brian Vicente, a Colorado attorney who wrote Amendment 64, said the challenge is political "
             "grandstanding without merit.",
    "centre": f"{SUTHERS_NYT} Mason Tvert of the Marijuana Policy Project said the suit had no merit and would fail.",
    "left": "“We believe this suit is without merit and we will vigorously defend against it,” Suthers said.",
}  # fmt: skip


@pytest.mark.parametrize(
    ("also", "joins"),
    [
        ("", None),
        # near misses: the same speaker on another point, sharing the word but not the words around it, or only
        # the reporting ("said in a statement") and names
        ("Attorney General John Suthers said he had opposed Amendment 64 on its merit, as a matter of policy, in 2012.", False),
        ("Attorney General John Suthers said in a statement that Nebraska and Oklahoma had not yet written to him.", False),
    ],
)
def test_one_speaker_reported_saying_the_same_words_is_one_event(also: str, joins: bool | None) -> None:
    """Check7 MJ-11: Suthers' "without merit", told by Fox and the NYT, 0.93 likely, was linked by nothing: the
    only name the two share is the speaker's, left out of every starter, and "merit" is in five claims of the
    report (the story's word, too common to start a link alone). A speaker both name, with a said word in a run of
    two words both have, starts the link. Another person's "without merit" (Vicente's) is not his statement."""
    texts = dict(MERIT_STORY)
    texts["left"] = f"{texts['left']} {also}".strip()
    events = _events(texts)
    assert {SUTHERS_FOX, SUTHERS_NYT} in [event & {SUTHERS_FOX, SUTHERS_NYT} for event in events]
    assert not any(any("Vicente" in text for text in event) for event in events)
    if joins is not None:
        assert any(also in event for event in events) == joins


def test_a_sentence_that_names_its_speaker_never_takes_the_speaker_before_it() -> None:
    """Check7 MJ-11: the NYT's Suthers sentence was given the voice of the sheriff quoted two sentences before, because
    "John Suthers" is not read as a person ("John" is a word of news at large) and the sentence ends on a quotation
    mark. A speaker named but not read as a person is unknown, not the previous one. Near miss: a sentence inside a
    quotation that names no one still carries its speaker."""
    rows = [
        ("“We’re seeing a lot of marijuana coming over from Colorado,” said Adam Hayward, the sheriff of Deuel County.",
         ["Adam Hayward"], True),
        ("“For the longest time we were saying, this is becoming a problem for us.”", [], True),
        (SUTHERS_NYT, ["John Suthers"], True),
    ]  # fmt: skip
    claims = pl.DataFrame(
        {"source_id": ["centre"] * 3, "sentence_index": [0, 1, 2], "text": [t for t, _, _ in rows],
         "speakers": [s for _, s, _ in rows], "attributed": [a for _, _, a in rows]}
    )  # fmt: skip
    voices = quotation_speakers(claims)
    assert {"hayward"} <= voices[0] and {"hayward"} <= voices[1]
    assert voices[2] == frozenset()


@pytest.mark.parametrize(
    ("text", "surnames"),
    [
        ("Colorado Attorney General John Suthers said the suit was without merit.", {"Suthers"}),
        ("Deputy Attorney General Rod Rosenstein wrote the memo.", {"Rosenstein"}),
        ("Attorney General Eric H. Holder Jr. spoke.", {"Holder"}),
        ("Secretary of the Interior Ryan Zinke announced the change.", {"Zinke"}),
        ("Secretary of State John Kerry flew in.", {"Kerry"}),
        ("White House Press Secretary Robert Gibbs said so.", {"Gibbs"}),
        ("Sen. Arlen Specter lost the primary.", {"Specter"}),
        ("Rep. Joe Sestak was offered a post.", {"Sestak"}),
        ("Gov. John Hickenlooper signed it.", {"Hickenlooper"}),
        ("The county's Sheriff Adam Hayward said it was a problem.", {"Hayward"}),
        # near misses: unchanged
        ("Brian Vicente, a lawyer, said it.", {"Vicente"}),
        ("President Donald Trump tweeted.", set()),  # a name news uses everywhere stays passed over
        ("The Foreign Ministry said it would respond.", set()),
        ("Gov. Jerry Brown's office said nothing.", set()),  # a possessive, as before
        ("General Electric Company said it would cut jobs.", set()),
        ("The Attorney General's office declined to comment.", set()),
        ("Mr. Suthers said it.", set()),  # a surname alone is not a full name
    ],
)
def test_a_name_after_a_title_is_read_as_one_person(text: str, surnames: set[str]) -> None:
    """Names after a title were paired left to right with the title's words ("Colorado Attorney", "General John";
    "Interior Ryan" made "Ryan" the surname), and "John Suthers" alone is passed over ("John" is a word of news at
    large). A title vouches for the given name and surname after it; the surname still may not be a news word."""
    assert _people(text) == surnames


def test_a_quotation_never_takes_a_voice_from_beyond_a_sentence_that_names_another_speaker() -> None:
    """Sestak (NYT): once "Representative Joe Sestak" is read as a person, the memo quoted after "Robert F. Bauer, the
    White House counsel, said" ("Robert" is a news word, so Bauer is not read as a person) must not be carried back
    past Bauer to Sestak. The carry stops at the first sentence back that names a speaker. Near miss: the quotation
    right after Sestak's own sentence is his."""
    rows = [
        ("Representative Joe Sestak said no to the offer.", ["Sestak"], True),
        ("“I told President Clinton no,” Mr. Sestak said.", ["Sestak"], True),
        ("“I would not be bought.”", [], True),
        ("“There was no such impropriety,” Robert F. Bauer, the White House counsel, said in a memo.", ["Bauer"], True),
        ("“Such discussions are fully consistent with the relevant law.”", [], True),
    ]  # fmt: skip
    claims = pl.DataFrame(
        {"source_id": ["centre"] * 5, "sentence_index": list(range(5)), "text": [t for t, _, _ in rows],
         "speakers": [s for _, s, _ in rows], "attributed": [a for _, _, a in rows]}
    )  # fmt: skip
    voices = quotation_speakers(claims)
    assert voices[0] == voices[1] == voices[2] == frozenset({"sestak"})
    assert voices[3] == voices[4] == frozenset()


CALL_FOX = "In the note, he asked members to join him for a private conference call Monday evening."
STEELE = [f"{who} {did} {what}, people close to the party's leadership said over the weekend." for who, did, what in (
    ("Reince Priebus", "leads", "the Wisconsin party"), ("Ann Wagner", "served", "as an ambassador to Luxembourg"),
    ("Maria Cino", "ran", "the 2008 convention"), ("Saul Anuzis", "chaired", "the Michigan party"),
    ("Gentry Collins", "resigned", "as political director"), ("Dick Cheney", "backs", "Ms. Cino"),
    ("The party", "won", "63 seats in the House"), ("Donors", "complained", "about fundraising"),
    ("Critics", "called", "the chairman gaffe-prone"), ("BOND Action", "wants", "a new chairman"),
    ("Ed Gillespie", "endorsed", "a rival"), ("The committee", "has", "168 members"),
    ("Norm Coleman", "declined", "to run"), ("Advisers", "kept", "the decision secret"),
    ("Insiders", "expect", "an announcement"), ("Supporters", "hope", "for a second term"),
    ("The race", "ends", "next month"), ("Challengers", "lined up", "for weeks"))]  # fmt: skip
CALL_NYT = "Mr. Steele is expected to disclose his intentions during a conference call with committee members on Monday evening."


def test_a_word_two_sources_each_tell_one_event_with_twice_still_starts_a_link() -> None:
    """check11j, recall note on SR-1: Fox's "… join him "for a private conference call" Monday evening." and the NYT's
    "… during a conference call with committee members on Monday evening." (0.69, each the other's best match) were
    never linked: each article says "evening" once more, so the word was in four of the report's claims, over the floor
    of three however many sources the report has. A content word may be in two claims per source, as a name may."""
    fox = CALL_FOX + " Mr. Steele will talk to the members on Monday evening. " + " ".join(STEELE[:6])
    nyt = CALL_NYT + " The members will hear his decision on Monday evening. " + " ".join(STEELE[6:12])
    third = " ".join(STEELE[12:])
    assert stem("evening") not in news_words()
    assert stem("evening") in _shared_starters({"right": fox, "left": nyt, "centre": third})
    # in more than two claims per source it is what the report is about: it starts nothing
    everywhere = ("Monday evening is when it happens. The evening will tell. The vote is set for Tuesday evening. Donors met "
                  "on Sunday evening. The evening news led with it.")
    assert stem("evening") not in _shared_starters({"right": fox, "left": nyt, "centre": everywhere})


def test_two_names_listed_side_by_side_are_not_something_said_with_each_other() -> None:
    """check12m HB-8: Fox's rivalry for the evangelical vote ("... such primary candidates as Dr. Ben Carson and Sen.
    Ted Cruz, of Texas") and HuffPost's poll ranking ("... trailing Sens. Rand Paul (Ky.) and Ted Cruz (Texas), ...
    but slightly edging out former neurosurgeon Ben Carson") were one event: they share the two rivals' names and
    nothing said of them. Names one sentence merely lists together ("X and Y") say nothing of each other; a second
    name still starts a link when neither sentence lists the two (the Navarro / Cohn test above)."""
    rivalry = ("The 59-year-old Huckabee has a strong following among the party's evangelical Christian base but this "
               "time will face stiff competition for that vote from such primary candidates as Dr. Ben Carson and Sen. "
               "Ted Cruz, of Texas.")  # fmt: skip
    ranking = ("According to HuffPost Pollster, Huckabee falls behind a few other GOP 2016 candidates, trailing Sens. "
               "Rand Paul (Ky.) and Ted Cruz (Texas), and Marco Rubio (Fla.), but slightly edging out former "
               "neurosurgeon Ben Carson.")  # fmt: skip
    assert not _started({"right": rivalry, "left": ranking})
    assert not any(rivalry in event and ranking in event for event in _events({"right": rivalry, "left": ranking}))
    apart = rivalry.replace("Dr. Ben Carson and Sen. Ted Cruz", "Sen. Ted Cruz, whom Dr. Ben Carson endorsed")
    assert _started({"right": apart, "left": ranking})


HUCKABEE_LEADS = {
    "right": "Former Arkansas Gov. Mike Huckabee announced Tuesday he is running for president, delivering an economy- and "
             "security-centered message.",
    "centre": "Mike Huckabee, a former Republican governor of Arkansas and preacher who has announced his run for the "
              "presidency on Tuesday, has been outspoken on a range of matters.",
    "left": "Mike Huckabee, the Baptist minister who became Arkansas governor, announced Tuesday he'll run for the 2016 "
            "Republican presidential nomination.",
}  # fmt: skip
HUCKABEE_BODIES = {
    "right": ("Huckabee made the announcement in his hometown of Hope. Huckabee won the Iowa caucuses in 2008. "
              "Huckabee left his job as a television host this year. Huckabee took a swipe at the president's record."),
    "centre": ("Mr. Huckabee warns that radical Islam is a grave threat. Mr. Huckabee opposes same-sex marriage. "
               "Mr. Huckabee said immigrant children should not be deported. Mr. Huckabee is a former preacher."),
    "left": ("Huckabee quit his job hosting his own show in January. Huckabee joins an already crowded field. "
             "Huckabee wrote a bestselling book on losing weight. Huckabee trails several rivals in the polls."),
}  # fmt: skip


def test_the_story_all_sources_lead_with_is_one_event() -> None:
    """check12m HB-9: the announcement all three articles lead with — Fox's "Former Arkansas Gov. Mike Huckabee
    announced Tuesday he is running for president, …", the NYT's "Mike Huckabee, … who has announced his run for the
    presidency on Tuesday, …", HuffPost's "Mike Huckabee, … announced Tuesday he'll run for the 2016 Republican
    presidential nomination." (0.65–0.82, each the other's best match) — was no shared event: every word the leads
    share is the story's or news at large, so nothing may start their link. Two leads, each the other's best match,
    likely (``LEAD_P``) and sharing a detail (here the weekday) are one fact; the same sentences further down their
    articles are not leads and stay apart."""
    leads = {source: f"{HUCKABEE_LEADS[source]} {HUCKABEE_BODIES[source]}" for source in HUCKABEE_LEADS}
    assert set(HUCKABEE_LEADS.values()) in _events(leads)
    buried = {source: f"{HUCKABEE_BODIES[source]} {HUCKABEE_LEADS[source]}" for source in HUCKABEE_LEADS}
    assert not any(HUCKABEE_LEADS["right"] in event for event in _events(buried))
    # without a detail both leads share (the weekday, the state: a name that may start a link), the story's words
    # and a likely match are not enough
    bare = {source: re.sub(r" (on )?Tuesday| of Arkansas|Arkansas ", "", text) for source, text in leads.items()}
    assert not any(len(event) > 1 and all("Huckabee" in text for text in event) for event in _events(bare))


DEFICIT = {
    "right": "The U.S. imported $506 billion of goods from China last year and exported about $130 billion, leaving a 2017 "
             "deficit of $376 billion, according to government figures.",
    "left": "He wants to reduce America’s $375 billion trade deficit with China.",
}  # fmt: skip
FINE = {
    "right": "The ban was put in place after Washington said ZTE violated a deal in which the Chinese company agreed to pay "
             "a $1.2 billion fine for evading US sanctions on Iran and North Korea.",
    "left": "ZTE earlier paid $1.19 billion in penalties for its actions.",
}  # fmt: skip


@pytest.mark.parametrize("pair", [DEFICIT, FINE], ids=["deficit", "fine"])
def test_a_sum_and_its_rounding_are_one_figure(pair: dict[str, str]) -> None:
    """Dev golds (us-china-50bn-tariff-lists E:us-china-trade-deficit, Bloomberg / Washington Times; trump-zte-reversal
    E:zte-fine-1-2bn, CNN / Washington Times): one sum written to two precisions ("$376 billion" / "$375 billion",
    "$1.2 billion" / "$1.19 billion") was two figures, so the pair shared no figure (0.12 and 0.04 likely on the golds)
    and was never linked. Sums of one currency and scale within ``ROUNDING_SHARE`` of each other are one figure to
    the links; sums further apart stay two figures."""
    assert set(pair.values()) in _events(pair)
    # 2 % apart the two sums are two figures: the same sentences share none
    further = {"$376 billion": "$384 billion", "$1.19 billion": "$1.17 billion"}
    apart = {source: re.sub(r"\$1\.19 billion|\$376 billion", lambda m: further[m.group()], text) for source, text in pair.items()}
    assert _events(apart) == []


SEND = "Alvarez said she had kept the firefighters in Oregon for weeks but decided on Monday to send the 1,900 firefighters home."
FREE = "Alvarez said the rain in Oregon means she can free 1,900 firefighters."


def test_a_count_written_with_a_separator_is_a_figure_though_its_digits_read_as_a_year() -> None:
    """Check S IQ-21: "bring the 2,000 troops home" (Reuters) and "withdraw 2,000 forces from Syria" (Newsmax) share the
    count and only the story's words; "2,000" was read as the year 2000 and dropped, and nothing started their link."""
    assert quantities(SEND) == ["1,900"] and quantities("They left in 1900 and came back in 1,950 boats.") == ["1,950"]
    left = f"Firefighters in Oregon battled the blaze for a week. Oregon officials praised the firefighters and Alvarez. {SEND}"
    right = f"The Oregon blaze was contained by firefighters. Firefighters in Oregon thanked Alvarez and residents. {FREE}"
    assert any({SEND, FREE} <= event for event in _events({"left": left, "right": right}))
    assert near_figures("1,900", "1900") and counted_as_figure(SEND, "1,900")


IN_OREGON = (
    "About 3,400 firefighters are in Oregon advising local units on backburning and providing aircraft, pumps, radios and other support."
)
LEFT_BEHIND = (
    "A complete pullback from Idaho would leave a sizeable presence in the region, including about 3,400 firefighters "
    "across the river in Oregon."
)


def test_one_count_of_one_thing_is_more_than_a_thin_start() -> None:
    """Check S IQ-21: Politico's "About 5,200 U.S. troops are in Iraq advising local forces …" and Reuters' "… including
    about 5,200 troops across the border in Iraq" (0.38, each the other's best) share the count, what it counts and the
    story's words; one figure was a thin start (``THIN_START_P``) and the one fact was no event."""
    left = f"Firefighters in Oregon battled the blaze in Idaho for a week. Oregon officials praised the crews in Idaho. {IN_OREGON}"
    right = f"The Idaho blaze was contained by firefighters from Oregon. Crews in Idaho thanked residents of Oregon. {LEFT_BEHIND}"
    assert any({IN_OREGON, LEFT_BEHIND} <= event for event in _events({"left": left, "right": right}))
    assert counts_of(LEFT_BEHIND) == {stem("firefighters"): {3400}} and counts_of("the 2,000 U.S. troops") == {stem("troops"): {2000}}
    found = Conflicts([IN_OREGON, LEFT_BEHIND, "The fire burned 3,400 acres.", "Some 3,400 firefighters are on leave."])
    assert found.counted_alike(np.array([0, 0, 1]), np.array([1, 2, 3])).tolist() == [True, False, True]


HEARINGS_ENDED = (
    "The Senate concluded hearings early Thursday afternoon on the challenge to the Clean Water Act provision that defines "
    "a wetland as land flooded for part of the year."
)


@pytest.mark.parametrize(
    "lead",
    [
        "In the wake of the Senate hearings Thursday on the Clean Water Act, environmental groups have reason to be hopeful.",
        "After the Senate hearings Thursday on the Clean Water Act, environmental groups have reason to be hopeful.",
        "In the aftermath of the Senate hearings Thursday on the Clean Water Act, farm groups have cause for worry.",
    ],
)
def test_the_occasion_a_lead_opens_with_is_no_detail_two_leads_share(lead: str) -> None:
    """Check AF DM-32: NPR's lead "In the wake of the Supreme Court arguments Wednesday on the Defense of Marriage Act,
    same-sex marriage supporters have reason to be optimistic." and Fox's "The court concluded arguments early Wednesday
    afternoon on the challenge to the Defense of Marriage Act provision …" were one event as two leads (``LEAD_P``)
    sharing the weekday, the act and "arguments", all in NPR's opening phrase: the occasion it sets its report in."""
    assert _events({"left": lead, "right": HEARINGS_ENDED}) == []


def test_two_leads_that_report_the_occasion_itself_stay_one_event() -> None:
    """A lead that reports the hearings' end, after an opening phrase of its own, still shares the weekday, the act and
    the words with the other lead."""
    lead = "After a week of testimony, senators ended their hearings Thursday on the challenge to the Clean Water Act."
    assert _events({"left": lead, "right": HEARINGS_ENDED}) == [{lead, HEARINGS_ENDED}]

"""Voice at clause level: the reporting clause (speaker and verb, before, after or around what is reported)
attributes; the content clause is the speaker's; a clause joined to the outlet's own main clause ("…, while
Democrats vowed to block …") is reported without making the main clause reported, and the outlet's own adjunct
on a report ("…, just days after Mattis' bombshell resignation letter …") stays the outlet's.

The defects these cover (finalcheck-s5.md, check-s5-A.md): BE-18 (Fox's own "$5.7 billion" sentence called
attributed for its trailing "while Democrats vowed to block …"), DH-14 and the handout question DH-40 ("…,
prosecutors announced Tuesday." called the outlet's own voice, and taught as "states it as a fact"), BE-35
("cited" read as reporting in one source and not in another), MT-36 (Fox's own "bombshell" filed as reported).
"""

from __future__ import annotations

import polars as pl
import pytest

from contrast.config import Lenses
from contrast.metrics.cues import word_count
from contrast.metrics.lens import with_own_words
from contrast.metrics.sentiment import score_sentences
from contrast.metrics.vader import tone
from contrast.metrics.voice import (
    OWN,
    QUOTED,
    REPORTED,
    cue_context,
    names_no_speaker,
    own_part,
    own_word_count,
    sentence_voices,
)
from contrast.report.event_titles import EventTitle
from contrast.report.handout import questions
from contrast.report.handout.model import Excerpt, HandoutEvent, SourceTag

BORDER_FOX = ("Trump requested $5.7 billion for construction of the wall, while Democrats vowed to block any spending "
              "proposal that included such funding.")
HUNTER_FOX = ("Rep. Duncan Hunter, R-Calif., and his wife, Margaret, were indicted on charges of illegally converting "
              "$250,000 in campaign funds for personal expenses and filing false records, prosecutors announced Tuesday.")
BORDER_NYT = ("White House officials cited only two times that such emergency declarations were used by presidents to "
              "spend money without legislative approval.")
MATTIS_FOX = ("President Trump announced Sunday that Defense Secretary James Mattis will be leaving the administration "
              "on January 1, weeks earlier than planned and just days after Mattis' bombshell resignation letter made "
              "clear his policy disagreements with the White House.")


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (BORDER_FOX, OWN),  # BE-18: the vow is the Democrats', the $5.7 billion the outlet's statement
        ("Trump signed the bill on Friday, but said he would veto the next one.", OWN),
        ("The House passed the measure on Thursday; the White House said Trump would sign it.", OWN),
        (HUNTER_FOX, REPORTED),  # DH-14: a trailing reporting clause attributes everything before it
        ("The company cut 300 jobs, its spokesman said on Monday.", REPORTED),
        ("The plant will close in March, the company announced late Friday.", REPORTED),
        (BORDER_NYT, REPORTED),  # BE-35: citing is reporting, with or without a second cue
        ("Administration officials cited dozens of previous national emergency declarations, insisting this was "
         "no different.", REPORTED),
        (MATTIS_FOX, REPORTED),
        # a main clause that reports stays reported, whatever is joined to it
        ("Trump said the wall would be built, and Democrats vowed to block it.", REPORTED),
        # the first names of a list of speakers are no main clause of the outlet's
        ("House Speaker Nancy Pelosi, Senate leader Chuck Schumer, and other Democrats said the plan was dead.", REPORTED),
        ("Sayoc, who was arrested Friday, and his lawyer said nothing about the charges.", REPORTED),
        # not reports: a citation for contempt, a report without a speaker's verb
        ("He was cited for contempt of Congress last year.", OWN),
    ],
)
def test_a_sentence_is_reported_where_its_main_clause_reports(sentence: str, kind: str) -> None:
    assert sentence_voices([sentence])[0].kind == kind


def test_a_joined_clause_that_reports_is_the_speakers_and_the_main_clause_the_outlets() -> None:
    voice = sentence_voices([BORDER_FOX])[0]
    vowed = BORDER_FOX.index("vowed")
    block = BORDER_FOX.index("block")
    requested = BORDER_FOX.index("requested")
    assert voice.kind_at(vowed) == REPORTED and voice.kind_at(block) == REPORTED and voice.kind_at(requested) == OWN
    assert cue_context(voice, BORDER_FOX, block, block + 5) == REPORTED
    assert cue_context(voice, BORDER_FOX, requested, requested + 9) == OWN


def test_the_outlets_adjunct_on_a_report_is_its_own_voice() -> None:
    """MT-36: "bombshell" is Fox's word for the letter, not Trump's announcement."""
    voice = sentence_voices([MATTIS_FOX])[0]
    bombshell = MATTIS_FOX.index("bombshell")
    leaving = MATTIS_FOX.index("leaving")
    assert cue_context(voice, MATTIS_FOX, bombshell, bombshell + 9) == OWN
    assert cue_context(voice, MATTIS_FOX, leaving, leaving + 7) == REPORTED


def test_a_leading_concession_of_what_someone_said_is_theirs() -> None:
    text = "While President Obama repeatedly promised to pull all troops out by 2014, U.S. forces remain there."
    voice = sentence_voices([text])[0]
    assert voice.kind == OWN
    assert voice.kind_at(text.index("promised")) == REPORTED and voice.kind_at(text.index("remain")) == OWN


@pytest.mark.parametrize(
    "text",
    [BORDER_FOX, HUNTER_FOX, BORDER_NYT, MATTIS_FOX, "Trump signed the bill on Friday, but said he would veto the next one.",
     "The weather was mild all week in the capital.", "“We will win,” he said."],
)
def test_every_word_has_one_voice_and_the_own_words_are_the_own_clauses(text: str) -> None:
    """A property of any sentence: ``own_part`` keeps exactly the characters whose voice is own (of an own-voice
    sentence), and the own words counted for rates are those of the own clauses."""
    voice = sentence_voices([text])[0]
    part = own_part(text, voice)
    assert len(part) == len(text)
    if voice.kind == OWN:
        assert all((part[i] == text[i]) == (voice.kind_at(i) == OWN) for i in range(len(text)) if not text[i].isspace())
    else:
        assert part == text  # reported speech is scored whole: its tone is the speech it reports
    own = own_word_count(text, voice, word_count)
    if voice.clauses:
        assert 0 < own < word_count(text)
    else:
        assert own == (word_count(text) if voice.kind == OWN else 0)


def test_the_tone_of_an_own_voice_sentence_leaves_out_the_clause_it_reports() -> None:
    main = "Trump requested $5.7 billion for construction of the wall"
    sentences = pl.DataFrame({"source_id": ["s"], "sentence_index": [0], "text": [BORDER_FOX]},
                             schema={"source_id": pl.String, "sentence_index": pl.Int32, "text": pl.String})
    scored = score_sentences(sentences).row(0, named=True)
    assert scored["voice"] == OWN
    assert scored["compound"] == tone(main)["compound"]
    assert tone(BORDER_FOX)["compound"] != tone(main)["compound"]  # the vow to block moved the whole sentence


def test_own_words_of_a_mixed_sentence_are_its_main_clauses() -> None:
    sentences = pl.DataFrame({"source_id": ["s", "s"], "sentence_index": [0, 1], "text": [BORDER_FOX, HUNTER_FOX],
                              "words": [word_count(BORDER_FOX), word_count(HUNTER_FOX)]},
                             schema={"source_id": pl.String, "sentence_index": pl.Int32, "text": pl.String,
                                     "words": pl.Int64})
    own = with_own_words(sentences).get_column("own_words").to_list()
    # of the reported sentence, only its reporting clause (", prosecutors announced Tuesday"): its subject and the
    # outlet's verb of report (check12l CH-17, panel13: where a cue counts as the outlet's, its words count)
    assert own == [word_count("Trump requested $5.7 billion for construction of the wall"), word_count("prosecutors announced")]


def _tag(letter: str) -> SourceTag:
    return SourceTag(letter, f"Source {letter}", None, "", "solid")


def _excerpt(letter: str, text: str) -> Excerpt:
    voice = sentence_voices([text])[0]
    return Excerpt(_tag(letter), text, False, False, "en", None, voice.kind != OWN)


@pytest.mark.parametrize("stated", [BORDER_FOX, HUNTER_FOX])
def test_the_key_says_states_it_as_a_fact_only_of_a_sentence_that_names_no_speaker(stated: str) -> None:
    """DH-40: the key's "Source A states it as a fact … asks readers to trust the outlet itself" was printed under
    an excerpt ending "…, prosecutors announced Tuesday."; nor may it be said of a sentence that reports the
    Democrats' vow in its second clause."""
    said = _excerpt("C", "The couple were charged with misusing the money, the Justice Department said.")
    event = HandoutEvent(1, EventTitle("The indictment"), "2 sources", (_excerpt("A", stated), said))
    assert questions._attribution(events=[event], number=2, lenses=Lenses()) is None
    plain = _excerpt("A", "The couple were charged with misusing $250,000 in campaign funds on Tuesday.")
    asked = questions._attribution(events=[HandoutEvent(1, EventTitle("The indictment"), "2 sources", (plain, said))],
                                   number=2, lenses=Lenses())
    assert asked is not None and "Source A states it as a fact" in asked[0].text
    assert names_no_speaker(plain.text) and not names_no_speaker(stated)


def test_the_keys_note_on_attribution_says_what_the_clause_rule_does() -> None:
    note = dict(questions.CAVEATS)["Who is speaking (attribution)"]
    assert "prosecutors announced" in note and "while Democrats vowed" in note and "names no speaker" in note
    assert sentence_voices([HUNTER_FOX])[0].kind == REPORTED and sentence_voices([BORDER_FOX])[0].kind == OWN
    assert sentence_voices(["“We will win this fight, whatever it takes,” he said."])[0].kind == QUOTED


@pytest.mark.parametrize(
    ("sentence", "own", "theirs"),
    [
        # the reporting clause before the first verb of saying, or before a participle of saying, is the outlet's
        ("Trump blasted Democrats on Friday, saying they were obstructionists.", "blasted", "obstructionists"),
        ("In a theatrical appearance outside the courthouse, Mr. Stone vowed to beat the politically motivated "
         "charges.", "theatrical", "motivated"),
        ("Last week, Rep. Ryan dismissed the critique, erroneously claiming the letters were a disgrace.", "erroneously",
         "disgrace"),
        # what is reported before a trailing reporting clause stays the speaker's
        ("Obama is a socialist who wants to destroy America, Trump told supporters on Friday.", "Trump", "socialist"),
        ("In Beijing the economy is collapsing, officials said.", "officials", "collapsing"),
        ("Sayoc has been charged with five federal crimes ― making threats against former presidents and assaulting "
         "federal officers ― the Department of Justice said.", "Department", "assaulting"),
        # the reporting verb stays the report's: the police's "confirmed" is no booster of the outlet's (PB-29)
        ("The Miami-Dade County Police Department confirmed Thursday it was helping federal agents at the facility.",
         "Police", "confirmed"),
    ],
)
def test_the_reporting_clause_is_the_outlets_words_and_what_it_reports_the_speakers(sentence: str, own: str,
                                                                                  theirs: str) -> None:
    voice = sentence_voices([sentence])[0]
    assert voice.kind == REPORTED
    at, there = sentence.index(own), sentence.index(theirs)
    assert cue_context(voice, sentence, at, at + len(own)) == OWN
    assert cue_context(voice, sentence, there, there + len(theirs)) == REPORTED


@pytest.mark.parametrize(
    "sentence",
    [
        # check-s6-C: speech acts the voice did not read, each on a shared event or under a bold finding
        "Within minutes of the indictment, Senate Minority Leader Chuck Schumer, D-N.Y., urged Trump to call off the "
        "Putin meeting.",  # PM-18
        "Top Democrats on Friday swiftly pressured President Trump to consider cancelling his meeting with Putin.",  # PM-20
        "Sen. Mark Warner, top Democrat on the Senate Intelligence Committee, offered Trump an ultimatum for the highly "
        "anticipated summit: make Russian interference a priority, or cancel the meeting.",  # PM-16
        "Senate Minority Leader Chuck Schumer, D-N.Y., and Sen. Elizabeth Warren, D-Mass., both called Tuesday for a "
        "postponement on any vote to confirm Gorsuch.",  # GF-16
        "The threat comes as Democrats not only threaten to filibuster but suggest he shouldn’t get a vote.",  # GF-27
        'Republicans panned the call as "ridiculous."',
        "Top Republicans have indicated for weeks it’s a serious option in order to get Gorsuch on the court.",
        "Sen. Lindsey Graham, R-S.C., meanwhile, lamented the increasing politicization of Supreme Court nominations.",
        "Sen. Lindsey Graham implored his Democratic colleagues to vote on the man.",
        "“Could any judge be approved with 60 votes?” Senate Majority Leader Mitch McConnell, R-Ky., asked on Tuesday.",
        "Reporters asked whether the meeting would go ahead.",
    ],
)
def test_urging_calling_for_and_ultimatums_report_speech(sentence: str) -> None:
    assert sentence_voices([sentence])[0].kind in (REPORTED, QUOTED)


@pytest.mark.parametrize(
    "sentence",
    ["The agency pressed ahead with the plan to expand.", "He pressed the button to open the door.",
     "The pressure to act pushed the company to the brink.", "The plan calls for more inspectors at the border."],
)
def test_pressing_ahead_is_no_speech(sentence: str) -> None:
    assert sentence_voices([sentence])[0].kind == OWN


def test_an_event_note_says_states_it_in_its_own_voice_only_of_a_sentence_naming_no_speaker() -> None:
    """BE-18's note ("US right attributes …; US left states it in its own voice") and shutdown e004's ("…, but Ms.
    Pelosi said it would not be held this Tuesday"): a sentence that reports someone in a joined clause may carry the
    event's claim in that clause, so the note does not call it the outlet's own statement."""
    from contrast.report.briefing.events import _notes
    from contrast.report.briefing.model import EventColumn, EventQuote
    from contrast.report.refs import OriginRef

    right = OriginRef("us-right", "US right", "#c0392b", "●", "solid", 0)
    left = OriginRef("us-left", "US left", "#1f5fa8", "▲", "solid", 1)
    said = EventColumn(right, EventQuote("Pelosi said the address would not be held on Tuesday.", None, "S1", 0, True), 1, None)

    def notes(text: str) -> str:
        stated = EventColumn(left, EventQuote(text, None, "S2", 0, sentence_voices([text])[0].kind != OWN), 1, None)
        members = pl.DataFrame(schema={"origin": pl.String, "entities": pl.List(pl.String)})
        return " ".join(_notes([said, stated], members, {"us-right": right, "us-left": left}, {}))

    assert "US left states it in its own voice" in notes("The address will not be held on Tuesday, the first since 2019.")
    mixed = ("The cease-fire should pave the way for the address after all, but Ms. Pelosi said it would not be held "
             "this Tuesday.")
    assert sentence_voices([mixed])[0].kind == OWN
    assert "own voice" not in notes(mixed)


@pytest.mark.parametrize(
    "sentence",
    [
        # shutdown NYT 53: "according to …" at the end attributes both clauses
        "As late as early Friday morning, Mr. Trump appeared intent on declaring a national emergency, but Mr. McConnell "
        "and White House officials encouraged him to drop the idea, according to people familiar with the discussions.",
        "The talks collapsed on Monday, and the deal is dead, officials said Tuesday.",
    ],
)
def test_an_attribution_of_the_whole_sentence_is_not_a_joined_clause(sentence: str) -> None:
    assert sentence_voices([sentence])[0].kind == REPORTED


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # PM-20: a charge on a noun reports the charge, not the sentence
        ("The Justice Department indicted 12 Russian intelligence officers accused of hacking Democrats’ emails.", OWN),
        ("Indictments were announced Friday accusing a dozen Kremlin intelligence officers of hacking party emails.", OWN),
        ("The men accused of the attack appeared in court on Monday.", OWN),
        ("Critics accused him of lying about the emails.", REPORTED),
        ("Critics have accused the company of hiding its losses.", REPORTED),
        ("Trump lashed out, accusing Cruz of lying.", REPORTED),
    ],
)
def test_a_charge_on_a_noun_is_not_the_sentences_speaker(sentence: str, kind: str) -> None:
    assert sentence_voices([sentence])[0].kind == kind


@pytest.mark.parametrize(
    "sentence",
    ["Some Republicans have expressed reservations about changing the rules for the nominee.",
     "Democrats are weighing a filibuster, according to interviews and internal party discussions."],
)
def test_unnamed_groups_and_interviews_are_anonymous_or_vague(sentence: str) -> None:
    """GF-30: "Anonymous or vague 0%" beside these two NYT sentences."""
    from contrast.metrics.attribution import attribute, attribution_matcher
    from contrast.resources import lexicon

    attributed, kind, _ = attribute(sentence, attribution_matcher(lexicon("attribution")).find(sentence))
    assert attributed and kind == "speaker.anonymous"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Emails and text messages turned over to legislators suggest it may have been a message to the town's "
         "Democratic mayor.", OWN),
        ("The polls indicated that the race was tightening.", OWN),
        ("Democrats not only threaten to filibuster but suggest he shouldn’t get a vote.", REPORTED),
        ("Officials indicated that the talks would resume.", REPORTED),
    ],
)
def test_evidence_that_suggests_speaks_for_no_one(sentence: str, kind: str) -> None:
    assert sentence_voices([sentence])[0].kind == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # the speakers benchmark after 37bc378: a request to testify in a relative clause is no report of the sentence
        ("Among the big US companies that have asked to testify at the hearings are Best Buy, HP and US Steel.", OWN),
        ("“Could any judge be approved?” Senate Majority Leader Mitch McConnell, R-Ky., asked on Tuesday.", REPORTED),
        ("Why now, the senator asked.", REPORTED),
        # a pronoun that stands for the evidence
        ("While the e-mails portrayed White House officials as being sensitive, they suggest that Mr. Obama’s aides "
         "mostly mediated a bureaucratic tug of war.", OWN),
    ],
)
def test_asking_reports_at_the_end_of_a_question_and_evidence_speaks_for_no_one(sentence: str, kind: str) -> None:
    assert sentence_voices([sentence])[0].kind == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # the JASTA group (HuffPost): printed "US left states it in its own voice" beside the NYT's "The administration
        # has argued that …": a bare "warn" with its own subject reports, as "say" and "argue" do
        ("Administration officials warn that it would put Americans overseas at legal risk and leave the United "
         "States vulnerable to bogus lawsuits.", REPORTED),
        ("Experts predict that growth will slow sharply next year in China.", REPORTED),
        # near misses: an infinitive or a negated verb with no speaker reports no one; "caution" is mostly a noun
        ("The campaign plans to warn voters about the risks of the new law.", OWN),
        ("The storm warnings did not predict the flooding in the city.", OWN),
        ("But she added a note of caution about the new rules.", OWN),
    ],
)
def test_a_bare_verb_of_warning_or_predicting_reports_only_with_a_subject(sentence: str, kind: str) -> None:
    assert sentence_voices([sentence])[0].kind == kind


@pytest.mark.parametrize(
    ("sentence", "kind", "clause"),
    [
        # issue 13 (text-7's list): a relative clause that reports what a noun of the outlet's sentence says reports that
        # clause only; the main clause is the outlet's statement
        ("The bill was backed by 9/11 families who say they are still seeking justice after attacks that killed nearly "
         "3,000 people.", OWN, "who say they are still seeking justice after attacks that killed nearly 3,000 people."),
        ("The House passed the bill after Clinton, who has said she backs the bill, lobbied members.", OWN,
         "who has said she backs the bill"),
        # near misses: the sentence's own speaker stays the speaker of the whole sentence
        ("Critics, who say the bill is flawed, argued that it would expose troops.", REPORTED, None),
        ("Those who say the plan will fail are wrong, the senator said.", REPORTED, None),
        ("Smith, who heads the group, said the bill would pass.", REPORTED, None),
        ("A state GOP chairman who also asked not to be identified said he thought the emails were self-advertising.",
         REPORTED, None),
        ("Sen. Jeff Flake, who vowed to introduce legislation, ridiculed the notion of “flexible” tariffs: “What does "
         "that mean?", REPORTED, None),
    ],
)
def test_a_relative_clause_of_saying_reports_only_that_clause(sentence: str, kind: str, clause: str | None) -> None:
    voice = sentence_voices([sentence])[0]
    assert voice.kind == kind
    reported = [sentence[a:b] for a, b, k in voice.clauses if k == REPORTED]
    assert reported == ([clause] if clause else [])


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # "theorize" reports a theory someone puts forward, as "argue" does
        ("Such voters, Mr. Abramowitz and Mr. Webster theorize, vote against the other party more than for their own.",
         REPORTED),
        ("Some economists theorized that the tariffs would raise prices.", REPORTED),
        # an infinitive or modal before a bare verb of arguing reports no one (as "plans to warn")
        ("The plan is to argue the case before the full appeals court next year.", OWN),
        ("The company may contend with higher costs as tariffs rise.", OWN),
        ("Lawyers argue that the law is unconstitutional.", REPORTED),
        # near miss: what is argued after the infinitive, in a "that" clause, is still said
        ("One of the party's latest moves has been to argue that the mandate be delayed for one year.", REPORTED),
        # a passive report names its reporter
        ("The payments were first reported by The Atlantic on Monday.", REPORTED),
        ("The talks were reported by Reuters to have stalled.", REPORTED),
        # near miss: crimes reported to the police are counted, no one is quoted
        ("The number of crimes reported to the police rose by 5 percent.", OWN),
    ],
)
def test_theorizing_reports_an_infinitive_of_arguing_does_not_and_a_passive_report_does(sentence: str, kind: str) -> None:
    assert sentence_voices([sentence])[0].kind == kind


# check7-final-new: FL-2/FL-33/FL-34 (Fox's "notified the committee that …" read as the outlet's own voice while the
# NYT's "rejected a subpoena …, citing the Fifth Amendment's protections" was read as attributed, and the event note,
# handout question and key taught it the other way round), FL-39 ("…, he continued, …"), FL-22 ("And the Washington
# Post reported earlier this week that …"), SE-21 ("relaying to reporters that …"), SE-14 ("<document> disputed …"),
# SE-15 ("<group> have suggested such actions may …"). Sentences shortened from the texts read.
FLYNN_FOX = ("The committee's action comes a day after Flynn's lawyer notified the committee that his client will invoke "
             "his Fifth Amendment protection against self-incrimination and not comply with the committee's subpoena.")
FLYNN_NYT = ("On Monday, Mr. Flynn, in a letter from his legal team, rejected a subpoena for documents from the Senate "
             "committee, citing the Fifth Amendment's protections against self-incrimination.")


@pytest.mark.parametrize(("sentence", "kind", "verb"), [
    (FLYNN_FOX, REPORTED, "notified the committee that"),
    ("The agency informed the families on Friday that the flight had been lost.", REPORTED, "informed the families on Friday that"),
    ("Practically speaking, he continued, impeachment is only possible if Republican lawmakers and the general public "
     "believe Trump is unfit for office.", REPORTED, "continued"),
    ("And the Washington Post reported earlier this week that Trump asked Director of National Intelligence Dan Coats "
     "to publicly deny the existence of evidence.", REPORTED, "reported"),
    ("Gibbs addressed the matter on Thursday, relaying to reporters that he and White House lawyers had looked into the "
     "matter and found it legally permissible.", REPORTED, "relaying"),
    ("The White House report disputed any suggestion that there was impropriety in Clinton's discussion with Sestak "
     "over possible alternatives to his Senate candidacy.", REPORTED, "disputed any suggestion"),
    ("But Republicans have suggested such actions may constitute a crime.", REPORTED, "suggested"),
    # near misses that stay the outlet's own: no that-clause, no claim disputed, no speaker continuing, no clause
    ("The company notified regulators of the recall on Friday.", OWN, None),
    ("She was informed of the decision on Monday.", OWN, None),
    ("Patients gave informed consent before the trial began.", OWN, None),
    ("The agency notified the families, who learned that the flight had been lost.", OWN, None),
    ("The two countries have disputed territory in the sea for decades.", OWN, None),
    ("The hotly disputed election ended in a recount.", OWN, None),
    ("The disputed claims were dropped by the court.", OWN, None),
    ("The talks continued, and both sides met again on Friday.", OWN, None),
    ("After the break, play continued, with both teams tiring.", OWN, None),
    ("The market fell earlier this week after the report.", OWN, None),
    ("The data suggested such effects may be small.", OWN, None),
    ("Gibbs was relaying messages between the two camps.", OWN, None),
])
def test_notifying_continuing_reporting_relaying_disputing_and_suggesting_report_speech(
    sentence: str, kind: str, verb: str | None
) -> None:
    voice = sentence_voices([sentence])[0]
    assert voice.kind == kind
    assert (sentence[slice(*voice.attribution)] if voice.attribution else None) == verb


def test_a_speaker_who_continues_between_commas_is_the_verbs_not_an_earlier_capital() -> None:
    sentence = "Meanwhile, Fighting continued, officials said."
    voice = sentence_voices([sentence])[0]
    assert voice.kind == REPORTED and voice.attribution is not None
    assert sentence[slice(*voice.attribution)] == "said"


@pytest.mark.parametrize(("sentence", "kind", "reported"), [
    (FLYNN_NYT, OWN, "citing the Fifth Amendment's protections against self-incrimination."),
    ("The senator voted against the bill, citing concerns about its cost.", OWN, "citing concerns about its cost."),
    # the main clause reports, or the citing names who speaks: reported whole
    ("He said the bill was flawed, citing a budget office report.", REPORTED, None),
    ("Officials, citing intelligence reports, said the attack was planned.", REPORTED, None),
    ("Flynn's lawyer said on Monday that Flynn would not comply, citing the Fifth Amendment.", REPORTED, None),
])
def test_the_reason_an_actor_cites_for_its_own_act_is_theirs_and_the_act_the_outlets(
    sentence: str, kind: str, reported: str | None
) -> None:
    voice = sentence_voices([sentence])[0]
    assert voice.kind == kind
    assert [sentence[a:b].strip(", ") for a, b, k in voice.clauses if k == REPORTED] == ([reported] if reported else [])


def test_the_flynn_event_is_not_taught_as_asserted_by_the_outlet_that_names_the_lawyer() -> None:
    """FL-2/FL-34: the Fox sentence names who notified; the NYT one states Flynn's act with his reason: neither is
    "stated as a fact" against the other, so no attribution question is asked of them."""
    event = HandoutEvent(1, EventTitle("The subpoena"), "2 sources", (_excerpt("A", FLYNN_FOX), _excerpt("B", FLYNN_NYT)))
    assert [x.attributed for x in event.excerpts] == [True, False]
    assert not names_no_speaker(FLYNN_NYT)
    assert questions._attribution(events=[event], number=2, lenses=Lenses()) is None


SESTAK_HP = ("The source challenged one major aspect of the story line, insisting that the White House never offered "
             "Sestak the job of Secretary of the Navy.")
LEPAGE_HP = ("LePage was upset because he mistakenly believed Gattine heard those remarks and called him a racist, and "
             "so he left him the voicemail.")
LEPAGE_NYT = ("As criticism against him swelled, Mr. LePage came to believe that a Democratic lawmaker had called him a "
              "racist.")


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # check8-recheck SE-P6: a participle of saying before its clause reports it
        (SESTAK_HP, REPORTED),
        ("Sestak challenged the report, saying that he had never been offered a job.", REPORTED),
        ("Sestak challenged the report, arguing that he had never been offered a job.", REPORTED),
        ("The mayor defended the plan, noting that it had passed twice.", REPORTED),
        # check8-new LP-5/LP-6: a verb of saying inside what someone believes is the belief's content, and the
        # sentence states the belief in the outlet's own voice
        (LEPAGE_HP, OWN),
        (LEPAGE_NYT, OWN),
        ("She assumed the mayor had told them to leave.", OWN),
        # near misses that keep their voice
        ("He believed the report, officials said.", REPORTED),  # the comma ends the belief; the officials report it
        ("He thinks the plan is “a total disaster,” she said.", REPORTED),  # the quotation ends the belief's clause
        ("He said he believed Gattine had called him a racist.", REPORTED),  # the saying comes first
        ("Officials believed that the senator would resign.", REPORTED),  # "believed that" reports as before
        ("He thought about it and said he would resign.", REPORTED),  # thinking about something holds no content
        ("Analysts at the think tank said the tariffs would hurt farmers.", REPORTED),  # a noun, not a belief
        ("She insisted on a recount.", OWN),  # a demand acted on, no words reported
        ("She insisted that the count was wrong.", REPORTED),
        ("The plan, noting its cost, was shelved.", OWN),  # no "that" clause after the participle
    ],
)
def test_saying_inside_a_belief_is_not_the_report_and_a_participle_of_saying_is(sentence: str, kind: str) -> None:
    assert sentence_voices([sentence])[0].kind == kind

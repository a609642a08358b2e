"""Voice rules from checkR (groups R-SD and R-EP): a report inside a leading subordinate clause, a quotation after the
outlet's own clause and colon, a claim reported in an appended "despite …" phrase, and a study an agent released that
"finds" something. The sentences are new ones of the same structure as the checked articles' (SD-49, EP-43, EP-15,
EP-18)."""

from __future__ import annotations

from contrast.metrics.voice import OWN, QUOTED, REPORTED, cue_context, names_no_speaker, own_part, sentence_voices

AFTER_SAID = ("But after the mayor said on local radio on Friday that the city had already paid the contractor, the "
              "council reversed its vote in an astonishing late-night session.")
DAYS_AFTER_WARNED = "Days after the governor warned that the dam could fail, engineers found a shocking crack in its wall."
AS_SAID = "As the mayor said, the council made a disgraceful choice."
WHEN_ASKED = "When asked about the vote, the mayor said it was a disgraceful choice."
COLON_PROVERB = ("For years, the league's salary policy amounted to a farce worthy of a school play: \"Rules are for "
                 "other people, not for us.\"")
COLON_LABEL = "Her answer: \"We will not wait another year for this bridge to open.\""
DESPITE_CLAIMS = ("The state board cut school funding by 12 percent on Tuesday -- despite claims the cuts will close "
                  "dozens of rural schools.")
SAID_DESPITE = "The mayor said the council approved the stadium, despite claims that the vote was rigged."
GROUP_STUDY = ("The association released a report that finds the tax will destroy 40,000 jobs and cost families $900 "
               "a year.")
STUDY_ALONE = "A study found the new drug cut deaths by half."


def _voice(text: str):
    return sentence_voices([text])[0]


def _context(text: str, word: str) -> str:
    start = text.index(word)
    return cue_context(_voice(text), text, start, start + len(word))


def test_a_report_in_a_leading_time_clause_leaves_the_main_clause_the_outlets_own() -> None:
    voice = _voice(AFTER_SAID)
    assert voice.kind == OWN
    assert _context(AFTER_SAID, "astonishing") == OWN
    assert _context(AFTER_SAID, "contractor") == REPORTED
    assert "contractor" not in own_part(AFTER_SAID, voice) and "astonishing" in own_part(AFTER_SAID, voice)
    assert not names_no_speaker(AFTER_SAID)  # it still reports someone: never "states it as a fact" whole


def test_a_report_in_a_leading_clause_of_days_after_leaves_the_main_clause_own() -> None:
    assert _voice(DAYS_AFTER_WARNED).kind == OWN
    assert _context(DAYS_AFTER_WARNED, "shocking") == OWN
    assert _context(DAYS_AFTER_WARNED, "fail") == REPORTED


def test_as_someone_said_and_a_main_clause_that_reports_stay_reported() -> None:
    assert _voice(AS_SAID).kind == REPORTED
    assert _voice(WHEN_ASKED).kind == REPORTED
    assert _context(WHEN_ASKED, "disgraceful") == REPORTED


def test_the_outlets_clause_before_a_colon_and_a_quotation_is_its_own() -> None:
    voice = _voice(COLON_PROVERB)
    assert voice.kind in (QUOTED, REPORTED)
    assert _context(COLON_PROVERB, "farce") == OWN
    assert _context(COLON_PROVERB, "Rules") == QUOTED


def test_a_speaker_label_before_a_colon_is_no_own_clause() -> None:
    assert _voice(COLON_LABEL).clauses == ()


def test_claims_reported_in_an_appended_despite_phrase_leave_the_main_clause_own() -> None:
    voice = _voice(DESPITE_CLAIMS)
    assert voice.kind == OWN
    assert _context(DESPITE_CLAIMS, "cut") == OWN
    assert _context(DESPITE_CLAIMS, "rural") == REPORTED
    assert not names_no_speaker(DESPITE_CLAIMS)


def test_a_despite_phrase_after_a_main_clause_that_reports_stays_reported() -> None:
    assert _voice(SAID_DESPITE).kind == REPORTED


def test_a_report_an_agent_released_attributes_what_it_finds() -> None:
    voice = _voice(GROUP_STUDY)
    assert voice.kind == REPORTED
    assert _context(GROUP_STUDY, "destroy") == REPORTED
    assert not names_no_speaker(GROUP_STUDY)


def test_a_study_with_no_agent_named_is_left_as_it_was() -> None:
    assert _voice(STUDY_ALONE).kind == OWN


def _column(label: str, text: str):
    from contrast.report.briefing.model import EventColumn, EventQuote
    from contrast.report.refs import OriginRef

    ref = OriginRef(id=label.lower().replace(" ", "-"), label=label, colour="#000000", marker="circle", border="solid", index=0)
    attributed = _voice(text).kind != OWN
    return EventColumn(origin=ref, quote=EventQuote(text, 0.0, label, 0, attributed), n_members=1, mean_compound=0.0)


BOARD_SAID = "The board's chairman said school funding would be cut by 12 percent on Tuesday."
PARENTS_SAID = "Parents said the cuts will close dozens of rural schools across the state."
BOARD_MET = "The state board met in the capital on Tuesday -- despite claims the cuts will close dozens of rural schools."


def test_an_event_sentence_states_the_claim_when_its_shared_words_stand_in_its_own_clause() -> None:
    from contrast.report.briefing.events import voice_note

    assert voice_note([_column("US center", BOARD_SAID), _column("US right", DESPITE_CLAIMS)]) == (
        "US center attributes the claim to a speaker or source; US right states it in its own voice."
    )


def test_an_event_sentence_whose_shared_words_stand_in_its_reported_clause_is_not_said_to_state_it() -> None:
    from contrast.report.briefing.events import voice_note
    from contrast.report.said import states_fact

    assert not states_fact(BOARD_MET, [PARENTS_SAID])
    assert voice_note([_column("US center", PARENTS_SAID), _column("US right", BOARD_MET)]) == ""


def test_the_key_calls_the_feeling_the_speakers_only_when_a_scored_word_is_in_what_is_reported() -> None:
    from contrast.report.handout.questions import felt_in_speech

    theatrical = "In a furious late-night session, the mayor said the council would vote again next week."
    assert _voice(theatrical).kind == REPORTED
    assert not felt_in_speech(theatrical)  # "furious" is the outlet's own opening phrase
    assert felt_in_speech("The mayor said the council's vote was a disgraceful betrayal of the city.")


# checkR SD-29: "Rudy Giuliani, the former mayor of New York and now one of Trump's lawyers, revealed on Wednesday night
# that Trump reimbursed …" was the Guardian's own voice. A person's disclosure reports them, as "acknowledged that" does;
# what evidence or an event reveals is the outlet's reading of it, as what e-mails "suggest" is.
PERSON_REVEALED = ("Jane Ortiz, the city's former treasurer and now an adviser to the governor, revealed on Tuesday night "
                   "that the mayor repaid the loan from his own pocket.")
PERSON_DISCLOSED = "The senator disclosed that she had sold the shares a week before the vote."
EVIDENCE_REVEALED = "The bank records revealed that the mayor repaid the loan from his own pocket."
EVENT_REVEALED = "The audit revealed that the fund had lost a third of its value."
PASSIVE_REVEALED = "The new stadium design was revealed on Monday."


def test_a_person_who_reveals_or_discloses_that_is_reported() -> None:
    for text in (PERSON_REVEALED, PERSON_DISCLOSED):
        voice = _voice(text)
        assert voice.kind == REPORTED, text
        assert _context(text, "repaid" if "repaid" in text else "sold") == REPORTED


def test_what_evidence_or_an_event_reveals_stays_the_outlets_own() -> None:
    for text in (EVIDENCE_REVEALED, EVENT_REVEALED, PASSIVE_REVEALED):
        assert _voice(text).kind == OWN, text


# checkR EP-37, EP-59: "The agency projects the reductions will avoid 2,700 to 6,600 premature deaths …" and "It put the
# cost as high as $8.8 billion a year, but noted health gains …" (CNN, after "According to the EPA, …") are the EPA's
# figures. A body's projection, expectation or estimate of a cost reports that body.
AGENCY_PROJECTS = "The department projects the new limits will prevent 900 hospital visits and 40 deaths a year."
OFFICIALS_EXPECT = "County officials expect the old bridge to close for most of next year."
IT_PUT_THE_COST = ("It put the price as high as $2 billion over ten years, but noted the savings on fuel would be worth "
                   "far more to drivers.")
THE_AGENCY_PUT = "The commission put the cost of the repairs at $40 million."


def test_a_bodys_projection_or_estimate_of_a_cost_reports_that_body() -> None:
    for text in (AGENCY_PROJECTS, OFFICIALS_EXPECT, IT_PUT_THE_COST, THE_AGENCY_PUT):
        assert _voice(text).kind == REPORTED, text
    assert _context(AGENCY_PROJECTS, "deaths") == REPORTED
    assert _context(IT_PUT_THE_COST, "price") == REPORTED  # not an own main clause before ", but noted"


def test_a_projection_with_no_speaker_or_nothing_projected_stays_the_outlets_own() -> None:
    for text in (
        "The energy projects the company will build are all in Texas.",  # a plural noun, no speaker before it
        "The plant is expected to close next year.",  # the passive names no one who expects it
        "A study projected that sea levels will rise by a foot.",  # a study alone, as "A study found …"
        "The agency projects 2,700 jobs in the region.",  # nothing projected as a clause
        "We expect the rain to stop by noon.",  # "we" may be the outlet's own
        "He put the box on the shelf at noon.",  # no cost put at a figure
    ):
        assert _voice(text).kind == OWN, text


# checkR SD-48: Fox's "But Giuliani revealed Wednesday night on Fox News' “Hannity” that Trump indeed made the
# reimbursement." stayed Fox's own voice (its "indeed" Fox's booster) while the Guardian's "said … that" was reported:
# where the report was made, a medium or a named programme, may stand between a clause verb and its clause.
ON_A_PROGRAMME = "The coach revealed Sunday morning on ESPN's \"SportsCenter\" that he would retire after the season."
ON_A_MEDIUM = "The governor announced on Facebook that the bridge would reopen in May."
AGREED_ON_A_PLAN = "The two councils agreed on a plan that would merge their bus routes."


def test_where_a_report_was_made_may_stand_between_its_verb_and_clause() -> None:
    for text in (ON_A_PROGRAMME, ON_A_MEDIUM):
        assert _voice(text).kind == REPORTED, text
    assert _context(ON_A_PROGRAMME, "retire") == REPORTED
    assert _voice(AGREED_ON_A_PLAN).kind == OWN  # a common noun names what was agreed, no venue

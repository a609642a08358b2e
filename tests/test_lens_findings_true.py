"""Every lens finding printed must be true (issue 13, the fact-checker's lens defects).

An example shown for a count is a sentence whose cue is in that count, with that cue
highlighted; a lens finding obeys the report's own small-sample rule (``MIN_JUDGED``
own-voice sentences, as At a glance does) and says why not; a tie at the printed
precision is said as a tie. A lens counts a cue only in the sense and voice its lexicon
means: a quoted name of a term is a mention, not a scare quote; a word the sentence
downplays or rejects is not used for effect; the noun "might" is no hedge; a writer's
claim about a government is not an official's statement.
"""

from __future__ import annotations

from types import SimpleNamespace

import polars as pl
import pytest

from contrast.config import Lenses, load_report
from contrast.metrics import get_metric
from contrast.metrics.attribution import UNSPECIFIED, attribute, attribution_lexicon, attribution_matcher
from contrast.metrics.figures import FIGURES_SCHEMA
from contrast.metrics.loaded import SPEC as LOADED_SPEC
from contrast.metrics.loaded import adopted_terms, mentioned_terms, scare_quotes
from contrast.metrics.senses import set_aside
from contrast.metrics.voice import DEFINITION, NEGATED, OWN, QUOTED, REPORTED, cue_context, sentence_voices
from contrast.pipeline import analyse
from contrast.report.briefing import glance
from contrast.report.briefing.build import build_briefing
from contrast.report.briefing.contrasts import GRADE
from contrast.report.briefing.lenses.findings import Samples, findings
from contrast.report.handout import questions
from contrast.report.handout.lenses import loaded_terms
from contrast.report.handout.questions import felt_words
from contrast.report.refs import OriginRef
from contrast.stats import MIN_JUDGED, Contrast, Estimate
from tests.reportkit import CRITIC, EASY, PRAISE, make_corpus, make_report, origin_figure

DEFINED = "Soft power is defined as attraction rather than coercion, manipulation and propaganda. "
OWN_LABEL = "The regime keeps a firm grip on the press and on the courts of the country. "
REPORTED_QUOTES = "Kudlow said China should take Trump “seriously” and that he was a “free-trader” at heart. "
OWN_QUOTE = "The so-called “globalist” camp lost the argument inside the White House in the end. "


@pytest.fixture(scope="module")
def loaded_section(tmp_path_factory: pytest.TempPathFactory):
    texts = {
        "state-a": (DEFINED + PRAISE + EASY) * 2 + OWN_LABEL + REPORTED_QUOTES * 2 + OWN_QUOTE,
        "critic-b": (CRITIC + EASY) * 3,
    }
    briefing = build_briefing(analyse(load_report(make_report(tmp_path_factory.mktemp("lens-true"), texts))))
    return next(s for s in briefing.lenses if s.id == "loaded")


def _example(section, row_label: str, column: int = 0):
    for table in section.tables:
        for label, cells in table.rows:
            if label == row_label:
                return cells[column].example
    raise AssertionError(f"no row {row_label!r}")


def test_an_own_voice_count_is_not_exemplified_by_a_definition(loaded_section) -> None:
    example = _example(loaded_section, "Name-calling")
    assert example is not None
    text = "".join(s.text for s in example.segments)
    assert text.strip() == OWN_LABEL.strip(), "the definition's 'coercion' is counted apart, not in the own-voice count"
    assert [s.text for s in example.segments if s.cue] == ["regime"]


def test_a_scare_quote_example_is_the_counted_quote_not_reported_speech(loaded_section) -> None:
    example = _example(loaded_section, "Scare quotes")
    assert example is not None
    assert "".join(s.text for s in example.segments).strip() == OWN_QUOTE.strip()
    assert [s.text for s in example.segments if s.cue] == ["“globalist”"]


REF_A = OriginRef(id="a", label="Chinese state media", colour="#c0392b", marker="●", border="solid", index=0)
REF_B = OriginRef(id="b", label="Western left", colour="#1f5fa8", marker="■", border="solid", index=1)
REF_C = OriginRef(id="c", label="Western right", colour="#2a9d3a", marker="▲", border="solid", index=2)


def _row(unit: str, value: float, *, diff: tuple[float, float] = (0.8, 8.5), cues: str = "alarmist ×1") -> dict:
    row = dict.fromkeys(FIGURES_SCHEMA)
    row.update(
        lens="loaded", level="origin", unit=unit, measure="label", value=value, ci_low=value / 2, ci_high=value * 2,
        diff_low=diff[0], diff_high=diff[1], n=3.0, base=700.0, rest=0.5, effect=value / 0.5, effect_kind="rate ratio",
        cues=cues, sentences="s:1; s:2; s:3", contexts="own",
    )
    return row


def test_a_lens_finding_needs_the_same_own_voice_sentences_as_at_a_glance() -> None:
    figures = pl.DataFrame([_row("a", 4.1), _row("b", 0.4, diff=(-3.0, -0.1))], schema=FIGURES_SCHEMA, orient="row")
    refs = {"a": REF_A, "b": REF_B}
    # 42 sentences, but only 18 in its own voice: the own-voice rate rests on 18
    few = findings(LOADED_SPEC, figures, refs, {"label": "Name-calling"}, Samples({"a": 42, "b": 60}, {"a": 18, "b": 40}))
    label = next(f for f in few if f.startswith("Name-calling"))
    assert label.startswith("Name-calling: no clear difference between origins")
    assert f"18 own-voice sentences, fewer than the {MIN_JUDGED}" in label
    enough = findings(LOADED_SPEC, figures, refs, {"label": "Name-calling"}, Samples({"a": 42, "b": 60}, {"a": 30, "b": 40}))
    assert next(f for f in enough if f.startswith("Name-calling")).startswith("Name-calling: highest in Chinese state media, 4.1")


def test_a_lens_tie_at_the_printed_precision_is_said_as_a_tie() -> None:
    figures = pl.DataFrame(
        [_row("a", 4.12), _row("b", 4.08), _row("c", 0.2, diff=(-3.0, -0.1))], schema=FIGURES_SCHEMA, orient="row"
    )
    said = findings(LOADED_SPEC, figures, {"a": REF_A, "b": REF_B, "c": REF_C}, {"label": "Name-calling"},
                    Samples({"a": 60, "b": 60, "c": 60}, {"a": 40, "b": 40, "c": 40}))
    label = next(f for f in said if f.startswith("Name-calling"))
    assert label.startswith("Name-calling: highest in Chinese state media and Western left, tied at 4.1 per 1,000 words")


def test_at_a_glance_says_a_tie_at_the_printed_precision_as_a_tie() -> None:
    estimates = {"a": Estimate(14.2, 13.0, 15.4, 40), "b": Estimate(10.94, 10.0, 12.0, 40), "c": Estimate(10.91, 10.1, 11.9, 40)}
    contrast = Contrast(estimates, high="a", low="c", difference=3.3, diff_low=1.5, diff_high=5.0)
    origins = [SimpleNamespace(ref=r, sources=()) for r in (REF_A, REF_B, REF_C)]
    said = glance._reading_difficulty(SimpleNamespace(origins=origins, contrasts={GRADE: contrast}))
    assert said is not None
    assert "Western right and Western left (tied at 10.9 as printed) the easiest" in said
    assert "Western right the easiest" not in said


# --- what a lens counts: a cue in the sense and voice its lexicon means ----------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "China framed it within the discourse of “cultural confidence” and pursued a global narrative.",
        "China ranks high in indicators such as “cultural heritage richness” and “art and entertainment influence”.",
        "The deal was the centerpiece of his foreign-policy “pivot” to Asia.",
        "The government launched the “going out” strategy in 1999.",
        "The movement, known as “lying flat”, spread among young workers.",
        "Officials promoted the slogan “common prosperity” across the provinces.",
        "Several countries have entered into agreements with China for their “digital silk road” project.",
        "In their study, Zhu introduces the idea of “transformational governance” to understand the institutes.",
    ],
)
def test_a_quoted_name_of_a_term_slogan_policy_or_indicator_is_a_mention_not_a_scare_quote(sentence: str) -> None:
    assert scare_quotes(sentence) == []


def test_so_called_still_distances() -> None:
    assert [h.cue for h in scare_quotes("The so-called “globalist” camp lost the argument.")] == ["“globalist”"]
    assert [h.cue for h in scare_quotes("Its supposed “charm offensive” fooled nobody.")] == ["“charm offensive”"]
    assert scare_quotes("Its “charm offensive” fooled nobody.") == [], "unmarked: a term or a speaker's phrase as often"


def test_a_term_a_source_names_is_a_mention_wherever_that_source_quotes_it() -> None:
    source = [
        "China framed it within the discourse of “cultural confidence” and pursued a global narrative.",
        "The assertive “cultural confidence” under Xi Jinping marks a new stage.",
    ]
    mentioned = mentioned_terms(source)
    assert "cultural confidence" in mentioned
    assert scare_quotes(source[1], mentioned) == []
    assert scare_quotes(source[1]) == [], "unmarked: not counted even alone"


def test_a_so_called_term_the_source_writes_plainly_elsewhere_is_no_scare_quote() -> None:
    """Check s6-C GF-52: the handout taught Fox's 'the so-called "nuclear option"' as scare quotes that "doubt
    them or make fun of them"; Fox names the procedure ("what's known as the “nuclear option”") and writes it
    without quotation marks itself ("The nuclear option was first used by Democrats…")."""
    fox = [
        "Senate Republicans are prepared to use what’s known as the “nuclear option” to confirm Neil Gorsuch.",
        "That's where the so-called \"nuclear option\" comes in.",
        "The nuclear option was first used by Democrats for circuit court judicial appointments in 2013.",
    ]
    assert "nuclear option" in adopted_terms(fox)
    assert scare_quotes(fox[1], mentioned_terms(fox), adopted_terms(fox)) == []
    critic = ["The so-called “globalist” camp lost the argument.", "Its “globalist” friends said nothing."]
    assert adopted_terms(critic) == frozenset()  # only ever written inside quotation marks: still distanced
    assert [h.cue for h in scare_quotes(critic[0], mentioned_terms(critic), adopted_terms(critic))] == ["“globalist”"]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The Xi administration downplays national humiliation and foregrounds themes of pride.", "humiliation"),
        ("Soft power works through attraction rather than coercion in most cases.", "coercion"),
        ("Beijing avoided propaganda and let the films speak.", "propaganda"),
        ("Unlike the hard power dominance of military might and economic coercion, soft power relies on attraction.", "coercion"),
    ],
)
def test_a_word_the_sentence_says_is_downplayed_avoided_or_rejected_is_not_used_for_effect(sentence: str, word: str) -> None:
    assert _context_of(word, sentence) == NEGATED


def test_a_term_named_with_what_scholars_call_is_a_definition_not_a_label() -> None:
    sentence = "These strategies let China build what scholars call coalitional hegemony, a flexible form of influence."
    assert _context_of("hegemony", sentence) == DEFINITION


def test_the_noun_might_is_not_a_hedge() -> None:
    frames = get_metric("certainty")(make_corpus({
        "a1": ("a", "Unlike the hard power dominance of military might and economic coercion, soft power relies on attraction."),
        "b1": ("b", "The economic might of China is growing. China might retaliate soon."),
    }))
    hedges = frames.evidence.filter((pl.col("category") == "hedge") & (pl.col("cue").str.to_lowercase() == "might"))
    assert hedges.select("source_id", "sentence_index").rows() == [("b1", 1)], "only the modal of 'China might retaliate'"


def test_an_institutions_approval_and_favorable_tariff_rates_are_not_public_opinion() -> None:
    frames = get_metric("frames")(make_corpus({
        "a1": ("a", "Japan and Canada need to gain the approval of their legislative bodies, and approval for the deal is "
                    "not certain. China will grant more favorable tariff rates to members."),
        "b1": ("b", "His approval rating fell in the polls. Voters hold a favorable view of the deal."),
    }))
    opinion = frames.evidence.filter(pl.col("cue").str.to_lowercase().is_in(["approval", "favorable"]))
    assert sorted(opinion.get_column("source_id").to_list()) == ["b1", "b1"]


def test_equal_of_a_size_is_not_the_fairness_frame() -> None:
    # the fact-check: "Fairness and equality: highest in Chinese state media — “equal” ×3" counted
    # retaliation "of equal scale and strength"
    frames = get_metric("frames")(make_corpus({
        "a1": ("a", "China will respond with measures of equal scale and strength. It imposed tariffs equal to 25 percent "
                    "and an equal amount of duties."),
        "b1": ("b", "Women demand equal pay and equal rights under the law."),
    }))
    fairness = frames.evidence.filter(pl.col("cue").str.to_lowercase() == "equal")
    assert fairness.get_column("source_id").to_list() == ["b1", "b1"]


def test_set_aside_senses_leave_the_modal_and_public_opinion_alone() -> None:
    assert set_aside("China might retaliate. Public approval for the war fell. His approval rating fell.") == []


def test_the_writers_claim_about_a_government_is_not_an_officials_statement() -> None:
    sentence = "What the Chinese government is trying to do is exhibit its culture and ideology and forcibly say “be like us.”"
    assert sentence_voices([sentence])[0].kind == OWN
    words = attribution_matcher(attribution_lexicon(Lenses()))
    assert attribute(sentence, words.find(sentence))[:2] == (False, None)
    for reported in ("Chinese officials reject accusations of theft and say no foreign company must share technology.",
                     "Officials repeatedly say the plan will fail."):
        assert sentence_voices([reported])[0].kind != OWN, reported


@pytest.mark.parametrize(
    "sentence",
    [
        "As Minami (2022) explains, the People's Republic of China employed propaganda and mass mobilization abroad.",
        "Given that Beijing wants to keep people under watch, the “shared future” Xi mentions points to a bleak scenario.",
    ],
)
def test_a_cited_authors_claim_and_a_phrase_someone_mentions_are_not_the_outlets_own_words(sentence: str) -> None:
    voice = sentence_voices([sentence])[0]
    assert voice.kind != OWN
    quotes = scare_quotes(sentence)
    assert all(cue_context(voice, sentence, q.start, q.end, quotation=True) != OWN for q in quotes)


def test_a_newspaper_that_states_something_is_media_not_the_people_it_writes_about() -> None:
    sentence = ('Malaysian "Sun" stated that China opens its doors to foreign tourists, Chinese companies actively promote '
                "the development of AI models, and Chinese film and television continue to make new achievements.")
    words = attribution_matcher(attribution_lexicon(Lenses()))
    attributed, kind, _ = attribute(sentence, words.find(sentence))
    assert (attributed, kind) == (True, "speaker.media")
    said = "Farmers told reporters that officials had lied about the tariffs."
    assert attribute(said, words.find(said))[1] == "speaker.ordinary"


def test_the_handout_teaches_only_cues_that_pass_these_rules(tmp_path) -> None:
    texts = {
        "state-a": (PRAISE + EASY) * 3
        + "China framed it within the discourse of “cultural confidence” and pursued a global narrative. "
        + "The assertive “cultural confidence” under Xi Jinping marks a new stage. "
        + "The Xi administration downplays national humiliation and foregrounds themes of national pride. "
        + "The deal was the centerpiece of his foreign-policy “pivot” to Asia. ",
        "critic-b": (CRITIC + EASY) * 3 + "The so-called “globalist” camp lost the argument in the end. ",
    }
    terms = {t.term.strip("“”\"") for t in loaded_terms(analyse(load_report(make_report(tmp_path, texts))))}
    assert not terms & {"cultural confidence", "humiliation", "pivot"}
    assert "globalist" in terms


def test_an_own_voice_rate_is_per_1000_words_of_the_outlets_own_voice() -> None:
    own = "The regime jailed its critics again this week."  # 8 words, one label, own voice
    quoted = "“We will never stop fighting for the people of this great country,” the minister said."  # reported speech
    figures = get_metric("loaded")(make_corpus({"a1": ("a", f"{own} {quoted}"), "b1": ("b", "Prices rose again in May.")})).figures
    label = origin_figure(figures, "a", "label")
    # the quotation's words are not the outlet's own; its verb of report, "said", is (check12l CH-17, panel13)
    assert (label["n"], label["base"]) == (1, 8 + 1)
    assert label["value"] == pytest.approx(1000 / 9)
    apart = origin_figure(figures, "a", "others_words")
    assert apart["base"] == 8 + 15, "cues in others' words are counted per word of all sentences"


# --- the read-through of the TPP and soft-power reports (issue 13, third pass) ---------------------

@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Trade ministers met after negotiating the Trans-Pacific Partnership (TPP) trade agreement in Atlanta.", "agreement"),
        ("China welcomes the agreement on the Trans-Pacific Partnership free trade pact.", "agreement"),
        ("The ministers reached an agreement on the TPP in Atlanta on Monday.", "agreement"),
        ("After five years of negotiations, the agreement was signed by twelve countries.", "agreement"),
        ("Congress must approve any trade agreements the president signs.", "agreements"),
        ("The bill would expand health care for veterans.", "care"),
        ("Cuts to Social Security benefits are off the table.", "benefits"),
        ("The plan offers tax relief to small firms.", "relief"),
        ("The trust fund will run dry by 2033.", "trust"),
        ("Families can claim the child tax credit again.", "credit"),
    ],
)
def test_a_feeling_word_that_names_a_pact_a_programme_or_a_payment_is_no_felt_word(sentence: str, word: str) -> None:
    """The handout taught "agreement" (the deal's name, "the TPP trade agreement") as a strongly felt
    word: VADER's raters scored agreement as concord, not as the document a deal is signed in."""
    assert word not in {w for w, _ in felt_words(sentence)}


def test_agreement_as_concord_and_care_as_feeling_still_count() -> None:
    assert "agreement" in {w for w, _ in felt_words("The two leaders nodded in agreement.")}
    assert "care" in {w for w, _ in felt_words("They care deeply about their neighbours.")}


def _context_of(word: str, sentence: str, **options: bool) -> str:
    """The context (own, quoted, negated, definition…) of the first use of ``word`` in a sentence read alone."""
    start = sentence.index(word)
    return cue_context(sentence_voices([sentence])[0], sentence, start, start + len(word), **options)


def _hedges(*sentences: str) -> list[str]:
    frames = get_metric("certainty")(make_corpus({f"a{i}": ("a", s) for i, s in enumerate(sentences)}))
    return frames.evidence.filter(pl.col("category") == "hedge").get_column("cue").str.to_lowercase().to_list()


@pytest.mark.parametrize(
    "sentence",
    [
        "Uncertainty over tariffs weighs on markets.",
        "The trade war has created uncertainty for farmers and exporters.",
        "Business investment slowed amid uncertainty about the talks.",
        "Economic uncertainty and the uncertainties of the election kept investors away.",
        "Exporters face an uncertain future as the dispute drags on.",
    ],
)
def test_uncertainty_as_a_topic_is_not_the_writer_hedging(sentence: str) -> None:
    """A hedge withholds the writer's commitment (Hyland 2005); "uncertainty over tariffs weighs on
    markets" states firmly that there is uncertainty: the noun, and the adjective before a noun, name a topic."""
    assert _hedges(sentence) == []


def test_the_writer_saying_it_is_uncertain_still_hedges() -> None:
    assert _hedges("It is uncertain whether the deal will pass.", "Whether Congress will ratify it remains unclear.") == [
        "uncertain", "unclear"]


def _frame_cues(sentence: str, frame: str) -> list[str]:
    frames = get_metric("frames")(make_corpus({"a1": ("a", sentence), "b1": ("b", "Prices rose again in May for most goods.")}))
    return frames.evidence.filter(pl.col("category") == frame).get_column("cue").str.to_lowercase().to_list()


@pytest.mark.parametrize(
    ("sentence", "frame", "cue"),
    [
        ("Cultural diplomacy has become a pillar of China's foreign policy in the last decade.", "external", "foreign"),
        ("The central bank's monetary policy stayed loose during the trade war.", "economic", None),
        ("Beijing's trade policy changed little after the summit in June.", "economic", "trade"),
        ("China published a new national security strategy for the region.", "security", "national security"),
    ],
)
def test_a_policy_named_by_its_field_is_that_fields_frame_not_a_prescription(sentence: str, frame: str, cue: str | None) -> None:
    """The soft-power report's "Policy prescription: highest in Academic — “policy” ×39" was the
    topic noun of "China's foreign policy": a policy named by its field says what the sentence is
    about (external relations, the economy), not whether a policy works or what should be done."""
    assert _frame_cues(sentence, "policy") == []
    if cue is not None:
        assert cue in _frame_cues(sentence, frame)


def test_a_prescription_about_a_policy_is_still_policy() -> None:
    assert _frame_cues("The policy has failed and the government should find a better solution.", "policy") == [
        "policy", "should", "solution"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Xi has used the trade dispute to cast himself as a defender of globalization and bodies like the World Trade Organization.",
        "China promotes its model as beneficial, using cultural tools to portray itself as a civilizational force for good.",
        "The research adds to our understanding of how social elements in diplomacy are seen as tools.",
        "The longitudinal decline in course performance observed among recipients signals that scholarships work only for a time.",
        "The effort seeks to replace the kingdom's image with a portrayal of Islam as moderate and modern.",
        "Unlike some claims that central control interferes, universities keep wide freedom in their programmes.",
        "The president was joined by four children who wrote to the White House about gun violence after the shooting.",
        "The recommended dose of the vaccine was halved for children under five in the new trial.",
        "The game was highly recommended by foreign players, and the film topped the box office.",
    ],
)
def test_the_writers_own_sentence_is_not_attributed(sentence: str) -> None:
    """Read-through of the soft-power and retaliatory reports: a self-presentation ("cast himself
    as"), "adds to" (contributes), a participle ("the decline observed among"), the nouns "portrayal"
    and "claims" are no one's speech; the sentence is the writer's own."""
    assert sentence_voices([sentence])[0].kind == OWN
    words = attribution_matcher(attribution_lexicon(Lenses()))
    assert attribute(sentence, words.find(sentence))[0] is False


@pytest.mark.parametrize(
    "sentence",
    [
        "Critics portray the bill as a giveaway to donors.",
        "Republicans cast the plan as a tax increase.",
        "He added that the talks would resume.",
        "Kudlow added to reporters that the tariffs would stay.",
        "The analyst observed in a note that exports had slowed.",
        "She claims that the vote was rigged.",
    ],
)
def test_reporting_and_characterising_someone_else_is_still_attributed(sentence: str) -> None:
    assert sentence_voices([sentence])[0].kind != OWN


@pytest.mark.parametrize(
    "sentence",
    [
        "Beijing adopted a more strategic form of cultural engagement after 1978.",
        "The party strategically deployed the heritage of the Silk Roads abroad.",
        "China's approach to cultural diplomacy lies in its state-directed model.",
        "A senior strategist at the bank said markets had priced in the tariffs.",
        "State television expanded its English programming for viewers in Africa.",
    ],
)
def test_a_word_of_manner_a_job_or_a_broadcast_is_no_policy_cue(sentence: str) -> None:
    """After "policy" ×39, the soft-power policy finding rested on "strategic" ×27 and "approach" ×15:
    words any deliberate act can take; the tariffs report counted "strategist" (a job)."""
    assert _frame_cues(sentence, "policy") == []


# --- the independent check of 5 December 2026, round 3 (/work/notes/claimcheck-s3.md) ----------------

@pytest.mark.parametrize(
    "sentence",
    [
        "The American Chamber of Commerce in China appealed to both sides to negotiate a settlement.",  # TT-E9
        "Former Mexican President Vincente Fox made it loud and clear that he won't be chipping in for any part of the wall.",  # WALL-E5
        "Mr. Fox's successor, Felipe Calderón, expressed similar concerns about the wall this month.",  # WALL-E6
        "Mr. Fox also expressed disbelief that Mr. Trump did well with Hispanic voters and called on them to open their eyes.",  # WALL-E8
        "Mr. Calderón went on to argue that Mr. Trump was misinformed and that closing the border would harm the economy.",  # WALL-A2
        "The former Mexican president also questioned Trump's allegiance to the Republican party.",  # WALL-A3
        "Biden made a thinly-veiled attack on Trump on Thursday, decrying the reality TV star's \"dangerous\" rhetoric.",  # WALL-H1
        # read in the rebuilt reports after the fixes above
        "The White House proposals, even officials there admit, are not a cure-all for mass shootings.",
        "Breslin and Mattlin (2025) argue that this reconfiguration has been catalyzed by underlying causes.",
        "Obama has been critical of the NRA's plan to install armed security in every school.",
        "In an effort to touch on all four elements, the president recommended requiring background checks for all gun sales.",
    ],
)
def test_a_sentence_reporting_what_someone_said_or_asked_is_not_the_outlets_own_voice(sentence: str) -> None:
    """The framing notes said "Western right states it in its own voice" of sentences that report an
    appeal, a concern, a call, an argument, a question or a decrying: speech acts, attributed to their speaker."""
    assert sentence_voices([sentence])[0].kind != OWN


def test_a_scare_quote_after_decrying_is_the_speakers_word() -> None:
    sentence = "Biden made a thinly-veiled attack on Trump on Thursday, decrying the reality TV star's \"dangerous\" rhetoric."
    voice = sentence_voices([sentence])[0]
    assert all(cue_context(voice, sentence, q.start, q.end, quotation=True) != OWN for q in scare_quotes(sentence))


def test_a_sentence_that_spells_out_a_claim_just_reported_continues_it() -> None:
    """TT-E10: "These tactics include cyber-theft …" spells out what "The Trump administration contends" one
    sentence before; the Washington Times attributes it as USA Today does."""
    voices = sentence_voices([
        "The Trump administration contends China has deployed predatory tactics in a push to overtake U.S. technological dominance.",
        "These tactics include cyber-theft and requiring American companies to hand over technology in exchange for market access.",
        "These markets fell sharply on Friday.",
    ])
    assert [v.kind for v in voices] == [REPORTED, REPORTED, OWN]
    words = attribution_matcher(attribution_lexicon(Lenses()))
    spelled = "These tactics include cyber-theft and requiring American companies to hand over technology in exchange for market access."
    assert attribute(spelled, words.find(spelled), voices[1])[:2] == (True, UNSPECIFIED), "the companies are what is said"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # TT-A7: customers and consumers are what is said, not who says it
        ("The tariff increase on Chinese goods will eventually be passed on to US customers in the form of higher prices, "
         "Li added.", UNSPECIFIED),
        ("Others say they are turning their focus to Chinese consumers.", UNSPECIFIED),
        ("Analysts say consumers will pay more.", "speaker.expert"),
        ("Farmers told reporters that officials had lied about the tariffs.", "speaker.ordinary"),
        ("“The administration is behaving like a gang of hoodlums,” said an English-language article in the China Daily.",
         "speaker.media"),
        ("The theory looks like a political tool, said economist Dan Steinbock from the U.S.'s India, China and America Institute.",
         "speaker.expert"),
    ],
)
def test_the_speaker_is_who_speaks_not_who_the_statement_is_about(sentence: str, kind: str) -> None:
    words = attribution_matcher(attribution_lexicon(Lenses()))
    assert attribute(sentence, words.find(sentence))[:2] == (True, kind)


@pytest.mark.parametrize(
    ("sentence", "frame", "absent"),
    [
        ("Retaliatory measures took effect immediately, and China said it would retaliate again.", "crime", ["retaliatory", "retaliate"]),
        ("The list targets goods from aerospace, information technology, auto parts and medical instruments.", "health", ["medical"]),
        ("The administration plans to give agencies more money, and the NRA also plans to launch an ad campaign.", "policy", ["plans"]),
        ("Felipe Calderón, who was president of Mexico from 2006 to 2012, spoke on Thursday.", "political", ["president"]),
        ("China's digital platforms are reshaping global communication and streaming platforms carry its films.", "capacity",
         ["platforms"]),
        # M3-A24: a programme's name and common words made "Cultural identity: highest in US left" a bold finding
        ("The plan would let seniors stay in the traditional Medicare program or buy private plans.", "cultural_identity",
         ["traditional"]),
        ("Those savings have a complicated history.", "cultural_identity", ["history"]),
        ("Obama used virtually identical language to beat up on his general election opponent.", "cultural_identity",
         ["language"]),
        ("The company said it would defend traditional press freedoms.", "cultural_identity", ["traditional"]),
        # S-A40: faith in someone is confidence, not morality
        ("They said they had no faith in your ability to lead the committee in an impartial manner.", "morality", ["faith"]),
        # S-A41: promoting false information prescribes no policy
        ("He abused his position to knowingly promote false information about the campaign.", "policy", ["promote"]),
        # S-A42: an investigation and a job well done are no economics
        ("Mueller completed his 22-month investigation and the investigative work went on.", "economic",
         ["investigation", "investigative"]),
        ("The aide said Schiff had done an outstanding job as chairman.", "economic", ["job"]),
        # T-A37, T-A38: content moderation is no crime, a healthy conversation no health
        ("The platforms published their enforcement practices and said speech was impossible to police.", "crime",
         ["enforcement", "police"]),
        ("We must address bad actors who detract from healthy conversation.", "health", ["healthy"]),
        # SD-44, SD-46: a chief of staff is a title; "in exchange for" a bargain; "the longest shutdown in history"
        ("Former White House chief of staff John Kelly signed the letter.", "capacity", ["staff"]),
        ("Democrats offered wall money in exchange for protections for immigrants.", "external", ["exchange"]),
        ("It was the longest shutdown in United States history.", "cultural_identity", ["history"]),
        # PB-41, PB-42, PB-44: a criminal history, a film producer, investigators and mailed packages
        ("Mr. Sayoc has a lengthy criminal history, said David Cypkin, a documentary film producer.", "cultural_identity",
         ["history", "film"]),
        ("Investigators said the investigation had progressed.", "economic", ["investigators", "investigation"]),
        ("More than 10 packages were mailed, and a package reached CNN.", "policy", ["packages", "package"]),
        # Social: Fox's "Public opinion 50%" was "ignoring rules violations by liberal and left-wing users"
        ("Both Facebook and Twitter have been accused of ignoring rules violations by liberal and left-wing users.",
         "public_opinion", ["users"]),
        # Medicare: an ad is no commerce
        ("The Republicans hit back on Tuesday with a television commercial asserting that their plan was better.", "economic",
         ["commercial"]),
        # check AK IM-38: "commercials" (a plural noun) are ads, whatever channel runs them
        ("By Friday he was reciting the commercials he had seen on the morning show.", "economic", ["commercials"]),
        ("The campaign bought commercials during the football game.", "economic", ["commercials"]),
        # MT-47: staffers and a deputy chief of staff are people and titles
        ("Mattis once told staffers that deputy chief of staff Joe Hagin had called.", "capacity", ["staffers", "staff"]),
    ],
)
def test_a_frame_cue_in_another_sense_does_not_show_the_frame(sentence: str, frame: str, absent: list[str]) -> None:
    """TT-A8, GUN-A2, WALL-A1, SP-A4: a trade counter-tariff is no crime, medical instruments on a tariff list
    are goods, "plans to" is a verb, a biography's "was president of" a job, a digital platform a venue."""
    found = _frame_cues(sentence, frame)
    assert not set(found) & set(absent), found


@pytest.mark.parametrize(
    ("sentence", "frame", "present"),
    [
        ("The White House proposals include the recommendations of the task force and a package of executive actions.",
         "policy", ["proposals", "recommendations", "package"]),
        ("Americans will not elect the tycoon to the White House, whatever the results of the Nevada caucus.",
         "political", ["elect", "caucus"]),
        ("He's not a Republican, and the GOP front-runner is no Democrat either.", "political", ["republican", "gop", "front-runner",
                                                                                              "democrat"]),
        ("Thieves were accused of stealing the software and faced arrest.", "crime", ["stealing", "arrest"]),
        ("Chinese history and culture shape the festival's programme.", "cultural_identity", ["history", "culture"]),
        ("Federal law enforcement officials and the police made arrests.", "crime", ["law enforcement", "police", "arrests"]),
        ("Investors cut investment as job losses mounted and jobs vanished.", "economic",
         ["investors", "investment", "job losses", "jobs"]),
        ("The agency faced a shortage of staff and funding.", "capacity", ["shortage", "staff", "funding"]),
        ("Obama used a stop in Iowa to criticize Ryan's and Romney's tax plan and their spending cuts.", "economic",
         ["tax", "spending"]),
        ("Congress passed a package of gun proposals.", "policy", ["package", "proposals"]),
        ("Commercial lenders and commercial property owners braced for losses.", "economic", ["commercial"]),
        ("The FBI headquarters had 24 teams on the hunt for the culprit, and investigators questioned the suspect.", "crime",
         ["fbi", "culprit", "investigators", "suspect"]),
    ],
)
def test_a_frames_cue_the_codebook_means_shows_the_frame(sentence: str, frame: str, present: list[str]) -> None:
    """GUN-A2, WALL-A1: HuffPost's "proposal" ×10 / "recommendations" ×5 / "package" ×3 and Fox's "Nevada caucus",
    "Republican", "GOP front-runner" were not counted."""
    assert set(present) <= set(_frame_cues(sentence, frame))


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The former Mexican president also questioned Trump's allegiance to the Republican party, or any political party.", "party"),
        ("The distinction lies in their operational styles: soft power is the broader goal.", "lies"),
        # check s6-C: "most positive" own-voice sentences scored on a name, a title or a crime (PM-24, PM-26, GF-26c, CS-23)
        ("After a dozen Russian intelligence officers were indicted for allegedly hacking party emails in 2016.", "intelligence"),
        ("After a dozen Russian intelligence officers were indicted for allegedly hacking party emails in 2016.", "party"),
        ("The campaign and the state party intend to cooperate.", "party"),
        ("It is led by Robert S. Mueller III, the special counsel, who asks whether Mr. Trump obstructed justice.", "special"),
        ("It is led by Robert S. Mueller III, the special counsel, who asks whether Mr. Trump obstructed justice.", "justice"),
        ("Democrats may save that attention-grabbing tactic for a future vacancy if a more liberal justice dies.", "justice"),
        ("Democrats may save that attention-grabbing tactic for a future vacancy if a more liberal justice dies.", "save"),
        ("The inquiry asks whether the administration misused Hurricane Sandy relief dollars.", "relief"),
        # finalcheck-s5: the key's "words the score reacts to" (BE-57, DH-42, SZ-A3)
        ("The rest comes from a Treasury Department asset forfeiture fund.", "asset"),
        ("A grand jury in San Diego indicted the couple.", "grand"),
        ("Strzok played a lead role in the inquiry.", "played"),
        ("Helsinki will be the final stop on the four-nation tour.", "stop"),
        ("There hasn't yet been a determination on possible collusion with the campaign.", "determination"),
    ],
)
def test_a_word_vader_rates_in_another_sense_gives_no_tone(sentence: str, word: str) -> None:
    """WALL-A3: "+0.62, most positive" was VADER's "party" (+1.7) in a party's name; SP-A9: "−0.42, most
    negative" was "lies" (−1.8) in "the distinction lies in"."""
    assert word not in {w for w, _ in felt_words(sentence)}


def test_a_party_as_a_celebration_and_lies_as_deceit_still_count() -> None:
    assert "party" in {w for w, _ in felt_words("We threw a party for her birthday.")}
    assert "lies" in {w for w, _ in felt_words("He tells lies about the deal.")}


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Her intelligence impressed the panel.", "intelligence"),
        ("The families want justice for the victims.", "justice"),
        ("The aid brought relief to the town.", "relief"),
        ("The vaccine will save lives.", "save"),
        ("It was a grand occasion and a special day.", "grand"),
        ("It was a grand occasion and a special day.", "special"),
        ("The children played in the park.", "played"),
        ("Stop the war now.", "stop"),
        ("They fought with great determination.", "determination"),
    ],
)
def test_the_same_words_in_their_felt_sense_still_count(sentence: str, word: str) -> None:
    assert word in {w.lower() for w, _ in felt_words(sentence)}


def _boosters(*sentences: str) -> list[str]:
    frames = get_metric("certainty")(make_corpus({f"a{i}": ("a", s) for i, s in enumerate(sentences)}))
    return frames.evidence.filter(pl.col("category") == "booster").get_column("cue").str.to_lowercase().to_list()


def test_a_senate_confirmation_and_a_deadline_are_no_certainty() -> None:
    """Check s6-C GF-35: "Boosters: highest in US right" rested on the Senate's "vote to confirm Gorsuch",
    "Scalia … was confirmed 98-0", "Ginsburg was confirmed 96-3"; CS-27 on "The state committee subpoenas
    must be returned Feb. 3." — an appointment and a deadline, not a writer closing down alternatives."""
    assert _boosters(
        "Democrats called for a postponement on any vote to confirm Gorsuch.",
        "Antonin Scalia was confirmed 98-0, and Ruth Bader Ginsburg was confirmed 96-3.",
        "The Senate confirmed Kagan in 2010.",
        "The state committee subpoenas must be returned Feb. 3.",
    ) == []
    assert _boosters(
        "The documents confirm that the lanes were closed as payback.",
        "Officials confirmed the closures on Friday, and the subpoenas must be a sign of trouble.",
    ) == ["confirm", "confirmed", "must"]


def test_the_handout_teaches_only_words_people_rated_strongly_felt() -> None:
    """GUN-H2: "better" (“better training for active shooting situations”, VADER +1.9) and, in the TPP
    handout, "successfully" (+2.2) were taught as strongly felt words: a plain comparative and adverb."""
    text = "Officials get better training, and the talks were successfully concluded in a wonderful spirit."
    assert [w for w, _ in questions.strongly_felt(text)] == ["wonderful"]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("We can see that the institutes serve purposes aside from propaganda and sit at the junction of education.", "propaganda"),
        ("The channel broadcasts documentaries highlighting Chinese culture and harmonious development stories.", "harmonious"),
        ("The strategy looks to build common ground by publicizing a more harmonious and inclusive way of living.", "harmonious"),
    ],
)
def test_a_word_set_apart_or_someone_elses_message_is_not_the_writers_label(sentence: str, word: str) -> None:
    """SP-H5: "aside from propaganda" says the institutes are more than propaganda; SP-H7: the harmony is what
    China's channels highlight and publicise, not the paper's praise."""
    assert _context_of(word, sentence, praise=word == "harmonious") != OWN


def test_a_loaded_word_in_a_critics_charge_is_the_critics() -> None:
    """finalcheck-s5 BE-55/BE-A9: the handout taught "caving" as Source B's slanted word; Source B wrote "Ms. Coulter,
    who has viscerally attacked Mr. Trump for caving on the wall" — Coulter's charge, not the NYT's label."""
    sentence = "But Ms. Coulter, who has viscerally attacked Mr. Trump for caving on the wall, has clearly gotten under his skin."
    assert _context_of("caving", sentence, charge=True) == REPORTED
    loaded = get_metric("loaded")(make_corpus({"b": ("b", sentence)}))
    caving = loaded.evidence.filter(pl.col("cue").str.to_lowercase() == "caving")
    assert caving.height == 1 and caving.item(0, "context") == REPORTED
    assert _context_of("caving", "The president's caving on the wall angered his base.", charge=True) == OWN



def test_a_label_for_what_someone_promotes_is_still_the_writers() -> None:
    sentence = "Since these countries tend to promote authoritarian policies, it is likely that the tools will be misused."
    assert _context_of("authoritarian", sentence) == OWN


def test_praise_in_what_someone_promotes_is_not_counted_as_the_outlets() -> None:
    frames = get_metric("loaded")(make_corpus({
        "a1": ("a", "The channel broadcasts documentaries highlighting Chinese culture and harmonious development stories."),
        "b1": ("b", "The harmonious festival drew a vibrant crowd of families."),
    }))
    own = frames.evidence.filter((pl.col("category") == "glitter") & (pl.col("context") == OWN))
    assert own.get_column("source_id").to_list() == ["b1", "b1"]


def test_a_quotation_of_five_sentences_stays_a_quotation_to_its_close() -> None:
    """The retaliatory-list briefing: "I would take the president seriously on this tariff issue." was
    "Western left states it in its own voice" — the middle of Kudlow's five-sentence answer in the Guardian."""
    voices = sentence_voices([
        "Asked whether the US tariffs against China were a negotiating ploy, Kudlow told reporters: “Potentially.",
        "It’s part of the process.",
        "I would take the president seriously on this tariff issue.",
        "There are carrots and sticks in life ...",
        "Both sides benefit by positive solutions that lower barriers.”",
        "Markets rose on Wednesday.",
    ])
    assert [v.kind for v in voices] == [REPORTED, QUOTED, QUOTED, QUOTED, QUOTED, OWN]


def test_the_tone_of_what_a_speaker_says_is_the_tone_of_the_quoted_words() -> None:
    """WALL-A5: "Tone quoting: ordinary people +0.77" was the NYT's own "adoring" in "Without fail, Mr.
    Trump's adoring fans reply, “Mexico!”"; the fans said “Mexico!”."""
    rallies = " ".join(f"At rally {i}, Mr. Trump's adoring fans reply, “Mexico!”" for i in range(1, 21))
    figures = get_metric("attribution")(make_corpus({
        "a1": ("a", rallies + " The rally ended late at night in the rain."),
        "b1": ("b", "Prices rose again in May for most goods."),
    })).figures
    assert origin_figure(figures, "a", "tone.speaker.ordinary")["base"] == 20
    assert origin_figure(figures, "a", "tone.speaker.ordinary")["value"] == 0.0


def test_a_difference_interval_that_rounds_to_zero_prints_no_minus_sign() -> None:
    """Moore's Whose voice printed "(difference 95% CI −0 to 50 percentage points)": −0.4 points is 0."""
    from contrast.report.briefing.lenses.findings import _difference

    assert _difference({"diff_low": -0.004, "diff_high": 0.5, "effect_kind": "Cohen's h"}) == (
        " (difference 95% CI 0 to 50 percentage points)")
    assert _difference({"diff_low": -0.006, "diff_high": 0.5, "effect_kind": "Cohen's h"}) == (
        " (difference 95% CI −1 to 50 percentage points)")
    assert "−0.0" not in _difference({"diff_low": -0.04, "diff_high": 0.5, "effect_kind": "rate ratio"})


SCHIFF_MONOLOGUE = [
    "He continued: “You might think that it’s O.K. that the adviser secretly conferred with the ambassador.",
    "And you might think it’s O.K. he lied about it to the F.B.I.",
    "You might say that’s all O.K.",
    "You might say that’s just what you need to do to win.",
    "But I don’t think it’s O.K.",
    "I think it’s immoral.",
    "I think it’s unethical.",
    "I think it’s unpatriotic.",
    "And yes, I think it’s corrupt.”",
    "Democrats who now control the House say that they will accept the findings.",
]


def test_a_quotation_that_closes_in_its_paragraph_is_quoted_however_many_sentences_it_runs() -> None:
    """S-A29: the middle of Schiff's nine-sentence monologue (NYT, one paragraph, opened after "He continued:"
    and closed after "corrupt") was the Times's own voice, and its "might" ×3 a bold hedges finding."""
    voices = sentence_voices(SCHIFF_MONOLOGUE, breaks=[False] * len(SCHIFF_MONOLOGUE))
    assert [v.kind for v in voices] == [QUOTED] * 9 + [REPORTED]


def test_a_stray_quotation_mark_that_never_closes_is_still_undone() -> None:
    """The carry past ``MAX_CARRY`` sentences is kept only for a quotation that closes in its paragraph."""
    own = [f"The committee met again on day {n} and heard the witnesses in turn." for n in range(1, 10)]
    voices = sentence_voices(["The panel opened with “a stray mark that never closes.", *own])
    assert [v.kind for v in voices][1:] == [OWN] * len(own)


def test_hedges_inside_a_long_quotation_are_not_the_outlets_own_hedges() -> None:
    own = " ".join(f"The committee heard witness number {n} on Thursday afternoon." for n in range(1, 25))
    figures = get_metric("certainty")(make_corpus({
        "a1": ("a", " ".join(SCHIFF_MONOLOGUE) + " " + own),
        "b1": ("b", own),
    })).figures
    assert origin_figure(figures, "a", "hedge")["n"] == 0


def test_a_frame_a_quoted_speaker_reaches_for_is_not_the_outlets_frame() -> None:
    """S-A39: "Crime and punishment: highest in US left — “corrupt” ×2, “criminal” ×2" under "Counts are of each
    outlet's own voice" rested on Schiff's quoted "I think it's corrupt" and Pelosi's "almost criminal behavior"."""
    quoted = " ".join(f"“I think it's corrupt and criminal,” senator {n} said on Thursday." for n in range(1, 25))
    own = " ".join(f"The committee met on day {n} to hear the witnesses in turn." for n in range(1, 25))
    figures = get_metric("frames")(make_corpus({"a1": ("a", quoted + " " + own), "b1": ("b", own)})).figures
    crime = origin_figure(figures, "a", "crime")
    assert crime["n"] == 0 and crime["base"] == 24 and crime["cues"] is None


def test_a_frame_share_is_of_the_outlets_own_voice_sentences() -> None:
    text = "The court ruled the sanctions illegal on Monday. “The court got it wrong again,” the senator said on Tuesday."
    figures = get_metric("frames")(make_corpus({"a1": ("a", text), "b1": ("b", "The weather was mild that week.")})).figures
    assert (origin_figure(figures, "a", "legality")["n"], origin_figure(figures, "a", "legality")["base"]) == (1, 1)
    assert origin_figure(figures, "a", "legality")["cues"] == "court ×1; illegal ×1"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # SD-19: "US left attributes the claim" — HuffPost's own "clear cave", with only a trailing relative clause theirs
        ("The announcement is a clear cave by Trump, whose impasse stems from his demands for $5.7 billion for his wall "
         "― a project Democratic lawmakers say is a firm deal-breaker.", OWN),
        ("Democratic lawmakers say the project is a firm deal-breaker.", REPORTED),
        # SD-36: announcing a plan is an act, not a report of speech
        ("However, Democrats rejected the plan even before Trump announced it.", OWN),
        ("He added it would take weeks to pay the workers back.", REPORTED),
        # SD-33: swearing they would never is their pledge
        ("They swore they would never stand by another government shutdown.", REPORTED),
        # MT-37: a concession of what someone promised before the outlet's own main clause; a letter that indicates
        ("While President Obama repeatedly promised to pull all troops out of Afghanistan by 2014, U.S. and NATO forces "
         "remain there in a training role.", OWN),
        ("While Trump said he would veto it, Pelosi said the House would vote on Friday.", REPORTED),
        ("Mattis’ resignation letter addressed to Trump indicates his final day in office will be Feb. 28.", REPORTED),
        # PB-29: "The Miami-Dade County Police Department confirmed Thursday it was helping …" was own voice (its
        # "confirmed" a booster of the outlet's)
        ("The Miami-Dade County Police Department confirmed Thursday it was helping federal agents at the facility.",
         REPORTED),
        # PB-32: "Johnson believes it’s “highly likely” …" (a contraction after "it")
        ("Johnson believes it’s “highly likely” the person who built the bombs will have been flagged.", REPORTED),
        # MT-4: "US left states it in its own voice" of "President Donald Trump tweeted on Thursday that …"
        ("President Donald Trump tweeted on Thursday that Defense Secretary Jim Mattis would be retiring in February.",
         REPORTED),
    ],
)
def test_a_sentence_is_reported_only_where_its_own_clause_reports_speech(sentence: str, kind: str) -> None:
    assert sentence_voices([sentence])[0].kind == kind

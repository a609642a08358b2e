"""Certainty lens: hedges and boosters per 1,000 words, per source and origin.

Hedges ("may", "reportedly", "so-called") withhold commitment; boosters ("clearly",
"confirms", "undeniably") close down alternatives (Hyland 2005). The lexicon is
``contrast/resources/lexicons/certainty.toml``, extended by ``[lenses.certainty]``.

A hedge is the writer's stance towards a claim, so a word of doubt that names a topic is no
hedge (:func:`topic_senses`): the noun ("uncertainty over tariffs weighs on markets" states
firmly that there is uncertainty) and "uncertain", "unclear" or "doubtful" before the noun
they describe ("an uncertain future"). "It is uncertain whether …" and "remains unclear" hedge.

Nor is a cue that is not the writer's stance on a claim (:func:`not_a_stance`): "possible" stating a condition
("impeachment is only possible if …") or naming a range of options ("talks over possible alternatives to his
candidacy", "as soon as possible", "as much of it as possible") or intensifying a superlative ("the starkest possible
contrast"), "to appear to" of coming before a body ("order him to appear to testify", ``_SHOWING_UP``), a negated
ability modal ("could not serve on the board while …" states an inability firmly; "could not be confirmed" and
"could not rule out" still hedge), a modal inside a conditional clause ("disqualify himself if his impartiality might
reasonably be questioned": a condition, not a claim) or in an embedded question of what someone can do ("to figure
out what, if anything, they could do": ability, the options weighed), a booster on a hedge ("never seemed to run
dry"), and a booster inside a question, embedded ("investigated over whether he was fully forthcoming") or the
sentence's own ("… the veneer that the high court is entirely apolitical?"): the matter asked about, not asserted.
Frequency adverbs ("often", "sometimes", "usually") on a claim or a class stay hedges, as in Hyland's list: they limit
how far a claim reaches ("Sometimes his remarks have been plainly untrue" claims less than "his remarks have been
untrue"). Over one person's doings ("a word Mr. Obama has often used", "as is often his way", "the governor, who speaks
often about …", :func:`one_persons_frequency`) the adverb says how often that person does something, a fact the writer
states: no hedge (check10h OB-22, check11k VF-15, checkS IQ-50).
An approximator before a figure (``_APPROXIMATOR``: "roughly $141 million", "an estimated 500 people") rounds a
number and hedges no claim; Hyland lists approximators as hedges, but counting "roughly" and "approximately" while
the lexicon leaves out "about", "nearly", "almost", "around" and "more than" ranked outlets by how they round (check10i
CE-15), so none of the family counts before a figure.
A record that "shows that" an amount (``_SHOWS_AN_AMOUNT``) reports a figure read off a document, no booster.
"Suggest" with a person for subject is a verb of speech (:func:`spoken_suggestions`): it reports a proposal, the
writer hedges nothing; so is a suggestion that someone do something ("suggested that he pay the country a visit",
``_PROPOSED``), whoever makes it. Nor are "likely" in the polling term "likely voters" (``_POLLED``), "must" of
obligation (``_OBLIGATION``) or in what a bill or rule requires (``_REQUIRED_THAT``, check AB CR-32) and "assume" as
a presumption faulted (``_PRESUMED``): check13o PA-31, PA-34, PA-35;
nor "assume" meaning take on ("assumed office", "assume certain risk", ``_TOOK_ON``); nor "tend to" before its object,
cared for ("tended to the wounded", ``_CARED_FOR``); nor a degree and its opposite joined by "or" ("forgiven partly or
fully", ``_EXTENT``: the range of a quantity); nor a modal naming the limit of an entitlement ("the maximum benefit that
families could receive", ``_ENTITLED``): check-T SB-37, SB-38, SB-39, SC-49, SC-50; nor "prove" as a linking verb, how something turned
out ("warnings … eventually proved untrue", "has proven popular", "proved to be premature", ``_TURNED_OUT``): checkR
EP-41. Nor is a booster verb under a modal of possibility or hypothesis ("doing so would implicitly confirm that …",
``_HYPOTHETICAL``: an act that would or may happen, checkQ2 HL-33), nor "fully", "entirely" or "completely" after an
action verb ("to cooperate fully with his investigation", ``_OF_AN_ACTION``: how far the action goes, checkQ2 BN-32).
Nor is a modal in a temporal clause ("before a special election could take place", ``_TEMPORAL``) or in the that-clause
of a hope, fear or expectation ("the hopes that the campaign could come to a conclusion", ``_CONTENT``): check-Y AL-25,
FB-25; nor a booster under "may" or "might" ("might never be released", ``_UNDER_POSSIBILITY``) or "obvious" describing
a question ("the obvious question", ``_ASKED``): check-X MU-A3. "Evidently" is an evidential, an inference from what
is seen, and hedges as "apparently" does (check-Y AL-26; Hyland lists it among boosters).
A modal inside an embedded "whether …" question is the matter asked, not the writer's doubt ("Sasse asked … whether
congressional IT systems could be a target of hacking", NPR, check AJ YA-22), as a booster there is; not a "Whether …"
clause that opens the sentence as its subject ("Whether it works may depend on …" hedges), nor a relative clause inside
the question.
"""

from __future__ import annotations

import re
from functools import cache

import polars as pl

from contrast.config import Lenses
from contrast.metrics.cues import CueMatcher, Hit
from contrast.metrics.lens import (
    APART_LABELS,
    BOOTSTRAP_METHOD,
    OWN_VOICE_METHOD,
    PART,
    LensPart,
    cue_rate_part,
    english_only,
    lens_part,
    lens_result,
    lexicon_labels,
    measure_lenses,
    rate_measures,
)
from contrast.metrics.places import COUNTRY_NAMES, STATE_NAMES
from contrast.metrics.registry import Corpus, LensSpec, MetricFrames, metric
from contrast.metrics.voice import OWN, cue_context, participle_of_a_person, sentence_voices
from contrast.resources import Lexicon, lexicon
from contrast.segment import POSSESSIVE, TITLE_BEFORE_NAME

LENS = "certainty"
SPEC = LensSpec(
    LENS,
    title="How sure they sound",
    question="How often does each origin hedge (“may”, “reportedly”, “so-called”) or boost (“clearly”, “confirms”)?",
    method="Cue words per 1,000 words of the outlet’s own voice, from a hand-written lexicon after Hyland’s (2005) hedges "
    "and boosters. A word of doubt that names a topic is no hedge: the noun (“uncertainty over tariffs weighs on "
    "markets”) and “uncertain” or “unclear” before a noun (“an uncertain future”); “it is unclear whether” hedges. "
    "Nor is “unlikely” or “confirmed” before its noun (“some unlikely allies”, “confirmed candidates”): it describes "
    "the noun. "
    "Nor is a word that is not the writer’s stance on a claim: “possible” stating a condition (“only possible if”) or "
    "before the options it ranges over (“possible alternatives”) or closing “as much … as possible” (the most that can be "
    "done), “to appear to” before a verb other than “be” or “have” (“ordered him to appear to testify”: to come before "
    "a body), a negated ability (“could not serve”), a modal in a "
    "condition (“if his impartiality might reasonably be questioned”) or in a question of what someone can do (“what, "
    "if anything, they could do”), a booster on a hedge (“never seemed to”) or in a question (“whether he was fully "
    "forthcoming”, a sentence ending in “?”), “suggest” with a person for subject (“Republicans are suggesting the "
    "party should …”: a verb of speech, reporting a proposal; also a participle whose main clause has a person for "
    "subject, “He opposes the tax, suggesting that …”) or before a suggestion that someone do something (“suggested "
    "that he pay the country a visit”: a proposal or an invitation), a record that “shows that” an amount (“the returns show "
    "that … the couple paid $43,885,310”: a figure read off a document), an approximator before a figure (“roughly $141 million”, "
    "“an estimated 500 people”: how a number is rounded, not doubt about the claim — unlike Hyland, who lists "
    "approximators as hedges, no word of the family counts there, neither “roughly” and “approximately” nor “nearly”, "
    "“almost”, “about”, “around” and “more than”), “likely” in the polling term “likely (Republican) voters”, “must” of "
    "obligation (“… must stop”; “must be”, “must have” still boost, as in Hyland’s list) and “assume” as the presumption a "
    "sentence faults (“wrong … to assume”) or meaning take on (“assumed office”, “you assume certain risk”), nor “tend "
    "to” before its object, meaning care for (“tended to the wounded”), nor a degree and its opposite joined by “or”, the "
    "range of a quantity (“forgiven partly or fully”), nor a modal in a clause naming the limit of what someone is "
    "entitled to (“the maximum benefit that families could receive”), nor “prove” as a linking verb, how "
    "something turned out (“the warnings eventually proved untrue”, “has proved elusive”; “the emails prove that …” "
    "boosts), and “establish” counts only before what is shown (“establish that”), not as found or build; nor a modal "
    "in a clause of time (“before a special election could take place”) or stating what is hoped or feared (“the hopes "
    "that the campaign could end on a high note”), nor a booster under “may” or “might” (“might never be released”) or "
    "“obvious” describing a question (“the obvious question”). “Evidently” (“It evidently paid off”), an inference from "
    "what is seen, counts as a hedge, as “apparently” does. "
    "Frequency adverbs (“often”, “sometimes”) on a claim count as "
    "hedges, as in Hyland’s list: they limit how far a claim reaches; over one person’s doings (“a word Mr. Obama "
    "has often used”, “as is often his way”, “the governor, who speaks often about …”) they say how often that person "
    "does something, and are no hedge. "
    + OWN_VOICE_METHOD
    + "An adverb on the outlet’s own verb of report, outside quotation marks (“Liz Cheney reportedly said”), is the "
    "outlet’s hedge on its report, counted in its own row; its words per 1,000 are all the outlet’s own words, those "
    "of its own-voice sentences and, in a sentence that reports someone, its verb of report and an adverb on it. "
    + BOOTSTRAP_METHOD,
    section=20,
    lexicon=LENS,
    labels=lambda lenses: {**lexicon_labels(LENS), **APART_LABELS},
    chart="Hedges and boosters per 1,000 words, by origin",
    headlines=("hedge", "booster"),
    per_source=True,
    reads="Each figure counts words and phrases from contrast’s list of hedges and boosters per 1,000 words, of the "
    "outlet’s own voice unless a row says otherwise. How much of the hedging and boosting a reader would mark the list "
    "catches has not been measured: “0 listed” does not mean that an outlet never hedges or sounds sure, "
    "and a higher figure points to sentences worth reading, not to proof.",
    # a count, not a statement about the text: "no word from the list" read as "Fox does not hedge" (check12-reL BK-19)
    nothing=lambda measure: "0 listed",
    nothing_means=(("0 listed", "“0 listed”: no hedge or booster from contrast’s list was counted there, which does not "
                    "show that the outlet never hedges or sounds sure (what share of them the list catches is unmeasured)."),),
    nothing_anywhere="No hedge or booster from the list was counted in any source, neither in the outlets’ own voice "
    "nor in the quotations, reported speech, negations and definitions counted apart. That is no finding that these "
    "texts never hedge or sound sure: the list’s recall is unmeasured, so nothing here compares the origins.",
)


HEDGE = "hedge"
_TOPIC_SENSES = re.compile(
    r"(?i)\b(?:uncertaint(?:y|ies)|(?:uncertain|unclear|doubtful)(?=[\s-]+(?!(?:whether|if|how|what|when|why|who|which|"
    r"that|about|as|to|of|for|and|or|but|in|on|at|by|with|from|is|are|was|were|be|been|being|now|still|yet|too|so|"
    r"because|since|until|after|before|amid|given|under|over|then|though|although|while)\b)[a-z][\w-]*\b))"
)
"""Words of doubt that name a topic: the noun, and the adjective before a noun it describes."""


_DETERMINER = (
    r"a|an|the|some|any|such|these|those|his|her|its|their|our|my|your|two|three|four|five|several|many|few|more|"
    r"most|even|of|among|for"
)
_BEFORE_ITS_NOUN = re.compile(
    rf"(?i)\b(?:{_DETERMINER})\s+(unlikely|confirmed)\s+(?!(?:to|that|if|whether|by|as|but)\b)[a-z][\w-]*\b"
)
""""Unlikely" or "confirmed" after a determiner and before its noun: an adjective ("even some unlikely allies": surprising
ones, check12m BN-21; "the field of confirmed and potential candidates": declared ones, check12m HB-19), which describes
the noun and neither withholds nor closes down a claim. "It is unlikely that …", "is unlikely to", "Officials confirmed
the deal" and "the report that confirmed the leak" keep counting."""


def topic_senses(sentence: str) -> list[tuple[int, int]]:
    """Spans of the words of doubt in ``sentence`` that name a topic, not the writer's hedge, and of "unlikely" or
    "confirmed" as an adjective before its noun (``_BEFORE_ITS_NOUN``)."""
    return [m.span() for m in _TOPIC_SENSES.finditer(sentence)] + [m.span(1) for m in _BEFORE_ITS_NOUN.finditer(sentence)]


BOOSTER = "booster"
_OPTIONS = (
    r"alternatives?|options?|choices?|positions?|posts?|jobs?|roles?|appointments?|scenarios?|outcomes?|"
    r"paths?|routes?|ways?|steps?|courses?|dates?|venues?|locations?|sites?|solutions?|responses?"
)
_NOT_A_HEDGE = re.compile(
    r"(?i)\bonly\s+(possible)\b|\b(possible)(?=\s+(?:only\s+)?(?:if|unless|provided|when|once|where)\b)|"
    rf"\b(possible)(?=\s+(?:{_OPTIONS})\b)|"
    r"(?<!such\s)\bas\s+(?!(?:a|an|the|if|though|for|to|of|in|part)\b)[\w'’-]+\s+(?:[\w'’-]+\s+){0,8}?as\s+(possible)\b|"
    r"\b(?:every|all|best|worst|\w{2,}est|(?:most|least)\s+\w+|(?:if|where|wherever|whenever))\s+"
    r"(possible)\b|"
    r"\b(could)(?=\s+(?:not|never|no\s+longer)\s+(?!(?:be\s+)?(?:ruled?\s+out|rule\s+out|confirm|confirmed|verify|verified|"
    r"independently|determined?|establish(?:ed)?|reached)\b))|"
    r"\b(?:so|in\s+order)\s+that\s+(?:[\w'’-]+\s+){1,4}?(could\s+be|could|might|may)\b"
)
"""Hedge cues that are no hedge: "possible" stating a condition, or before the options it ranges over, or in a
fixed phrase ("as soon as possible", "every possible"), or closing the equative of a maximum, "as much (of it) as
possible", "as many of the special counsel's findings as possible" (check AC BR-25, BR-29: the most that can be done,
no doubt about a claim; not after "such as" or an "as" of role, "as a …", where "as possible" may judge a claim), or
after a superlative it intensifies ("the starkest possible contrast", "the most severe possible penalty": check8
RM-15); "could" of a negated ability ("could not serve", "could no longer run as a viable candidate": check13n RA-20);
a modal of purpose ("stopped his questioning so that he could be given a tissue", "in order that they might rest":
check9g JJ-16)."""
_SHOWING_UP = re.compile(r"(?i)\bto\s+(appear\s+to)\s+(?!(?:be|have|been|being|having)\b)[a-z]")
"""The infinitive "to appear to" before a verb other than "be" or "have": to come before a body, and what for ("will
order Mr. Barr to appear to talk about his own decision-making", "refusing to appear to describe his role", check AC
BR-29), or how someone wants to be seen ("didn't want to appear to dishonor the service"): no doubt of the writer's
about a claim. "The figures appear to show …" and "the investigators Trump refers to appear to be …" still hedge."""
_TOOK_CARE = re.compile(r"(?i)\b(?:make|makes|made|making)\s+(?:(?:very|really|extra|doubly|\w+ly)\s+)?(sure\s+to)\b")
""""Make sure to" (took care to: "Pelosi on Thursday made sure to point that out", Vox, check AF BW-15; "the clerk makes
sure to file every form"): what someone saw to doing, not Hyland's booster "sure to" of a prediction ("the hearings are
sure to produce a spectacle"), which closes down alternatives."""
_EXTENT = re.compile(
    r"(?i)\b(partly|partially|in\s+part|wholly|fully|entirely|completely)\s+(?:or|and/or)\s+"
    r"(fully|entirely|completely|wholly|in\s+full|in\s+whole|partly|partially|in\s+part)\b"
)
"""A degree and its opposite joined by "or" ("They can be forgiven partly or fully if …", "wholly or partly owned"): the
range of a quantity, how much of a loan or a stake, not the writer withholding or closing down a claim (check-T SB-37,
SB-38). "The plan is partly to blame" still hedges and "fully aware" still boosts."""
_CARED_FOR = re.compile(
    r"(?i)\b(tend(?:s|ed|ing)?\s+to)\s+(?=(?:the|a|an|his|her|their|its|our|my|your|him|them|us|me|those|these|"
    r"each|every|victims?|wounded|injured|sick|patients?|guests?|customers?|animals?|livestock)\b|(?-i:[A-Z]))"
)
""""Tend to" before its object, a person or a noun phrase ("Wenstrup, who is a doctor, also tended to Scalise", "nurses
tended to the wounded"): cared for, not Hyland's hedge "tends to" + a verb ("Voters tend to forget"), check-T SC-49."""
_ENTITLED = re.compile(
    r"(?i)\b(?:the\s+)?(?:maximum|minimum|largest|highest|most|full)\s+(?:[\w-]+\s+){0,2}?(?:benefits?|amounts?|sums?|"
    r"payments?|grants?|loans?|aid|credits?|refunds?|awards?|allowances?|pensions?|money|compensation)\s+(?:that|which)?\s*"
    r"(?:[\w'’-]+\s+){1,4}?(could|may|might|can)\s+(?=(?:\w+ly\s+)?(?:receive|get|claim|collect|borrow|draw|obtain|be\s+"
    r"paid|be\s+awarded|be\s+granted)\b)"
)
"""A modal in a clause naming the limit of what someone is entitled to ("the maximum benefit that individuals and families
could receive", "the largest loan a firm can get"): what a programme allows, a rule stated, not the writer's doubt
(check-T SB-39). A modal on a claim ("Benefits could rise next year", "families could receive less") still hedges."""
_POLLED = re.compile(
    r"(?i)\b(likely)\s+(?:(?:(?-i:[A-Z][\w-]*)|primary|general-election|caucus|independent|swing|young|older|"
    r"first-time|registered)\s+){0,3}(?:voters?|caucus-?goers?|caucusgoers?|electorate)\b"
)
""""Likely" in the pollsters' fixed term for the population polled ("likely voters", "among likely Republican
caucus-goers", "likely Republican primary voters"): the voters expected to turn out, a category a poll samples, not the
writer's doubt about a claim (check13o PA-31). "Likely to win voters" and "voters will likely stay home" still hedge."""
_OBLIGATION = re.compile(
    r"(?i)\b(must)(?:n[’']t)?(?:\s+(?:not|also|now|still|never|first|\w+ly))*\s+"
    r"(?!(?:be|have|[’']ve|know|knew|reali[sz]e|understand|mean|feel|think|believe|seem|appear|not|also|now|still|never|"
    r"first|\w+ly|go\s+on)\b)(?-i:[a-z]+)\b"
)
""""Must" of obligation before a bare verb ("This administration's war on traditional American values must stop",
"the government must act"): what someone is required to do, not the writer closing down alternatives. Hyland's (2005)
list of boosters has "must" only in its epistemic sense ("must (possibility)"), the inference that something is so:
"must be", "must have", "must know", which still boost (check13o PA-34)."""
_REQUIRED_THAT = re.compile(
    r"(?i)\b(?:requir(?:e|es|ed|ing)|mandat(?:e|es|ed|ing)|stipulat(?:e|es|ed|ing)|specif(?:y|ies|ied|ying)|"
    r"dictat(?:e|es|ed|ing)|requirements?|provisions?|rules?)\s+that\s+[^.;:!?]{0,120}?\b(must)\b"
)
""""Must" in what a bill, law or rule requires ("The bill would require that any action against the inspector
general must first be reviewed by a panel of judges", check AB CR-32): the requirement's deontic "must", even before
"be" (a passive of obligation), not the writer sounding sure. "It must be true that …" still boosts."""
_PRESUMED = re.compile(
    r"(?i)\b(?:wrong|(?:a\s+)?mistake|mistaken|unfair|naive|naïve|foolish|dangerous|(?:an\s+)?error|misguided|"
    r"presumptuous|arrogant|absurd|ridiculous|offensive|insulting)\b(?:\s+(?:for|of)\s+(?:[\w.’'-]+\s+){1,4}?)?\s*"
    r"(?:not\s+)?to\s+(assume)\b"
)
""""To assume" as the thing a sentence criticises ("it is wrong for Governor Perry to assume being a person of faith
does not afford one to support equality"): a presumption someone is faulted for, not the writer withholding commitment
(check13o PA-35). "We assume the figures are right" and "It is safe to assume" still hedge."""
_TOOK_ON = re.compile(
    r"(?i)\b(assumed?)\s+(?:(?:the|his|her|their|its|full|total|sole|overall)\s+)?(?:[a-z-]+\s+)?(?:office|presidency|"
    r"premiership|chairmanship|command|leadership|mantle|helm|throne|reins|duties|(?:risks?|responsibilit(?:y|ies)|"
    r"liabilit(?:y|ies)|debts?|costs?|burdens?|obligations?|role)(?=\s*(?:[,.;:!?)”\"’\u2014\u2013]|$)|\s+(?:of|for|on|in|"
    r"and|or|when|by|with|from|as|at|that\s+comes?|involved|associated)\b)|(?:power|control)"
    r"(?!\s+(?:is|was|are|were|will|would|has|had|can|could|may|might|corrupts?)\b))\b"
)
""""Assume" meaning take on ("since he assumed office in 2009", "assumed the presidency", "will assume control of the
company", "you assume certain risk", "assumed the debts of the firm": check-T SC-50): an office, a power, a risk or a
burden taken, not the writer presuming anything. "We assume the figures are right" hedges."""
_OUTCOME = (
    r"true|untrue|false|wrong|right|correct|incorrect|accurate|inaccurate|popular|unpopular|difficult|easy|hard|tough|"
    r"costly|deadly|fatal|crucial|critical|pivotal|vital|key|premature|moot|futile|insufficient|inadequate|sufficient|"
    r"adequate|controversial|instrumental|unfounded|overblown|exaggerated|overstated|significant|important|irrelevant|"
    r"short-lived|challenging|tricky|troublesome|fleeting|temporary|hollow|impossible|possible|disastrous|"
    r"embarrassing|damaging|beneficial|helpful|worthwhile|wise|unwise|prudent|risky|slow|weak|strong|stronger|weaker|"
    r"better|worse|(?-i:[a-z][a-z-]*(?:ive|ful|ous|able|ible|ic|ical|less|ary|ory|ing))"
)
"""Predicate adjectives after a linking "prove": how something turned out ("proved elusive", "proved costly",
"proved untrue"): a list of the common ones, and a word in lower case with an adjective's ending (-ive, -ful, -ous, -able,
-ic, -less, -ary, and a participle in -ing, "proved appealing to"; not a name, "proves Democratic lawmakers were
right")."""
_TURNED_OUT = re.compile(
    r"(?i)\b(prove[sdn]?|proving)\s+(?:(?:all\s+the\s+more|more|less|far|much|so|too|just|equally|either|both|"
    r"increasingly|\w+ly)\s+)*(?:to\s+be\b|(?:" + _OUTCOME + r")\b(?![’'-])(?=\s*(?:[,.;:!?)”\"’—–]|$)|\s+(?:for|to|with|"
    r"in|on|at|by|as|and|or|but|than|because|when|if|after|before|since|so|enough|once|until|among|across)\b))"
)
""""Prove" as a linking verb, before "to be" or a predicate adjective (``_OUTCOME``): "similar warnings … eventually
proved untrue" (CNN, checkR EP-41), "a final accord has proved elusive", "Predictions of his demise have all proved to be
premature": how something turned out, which the writer states as any other fact, not Hyland's booster "prove"
(demonstrate: "the emails prove that he lied", "proved his appeal", "prove malicious intent": an adjective before a noun
is the object's, so the adjective must end its phrase). In the passive ("would be proved false", "has been
proven wrong", "were later proved false", ``_BE_BEFORE``) something was shown to be so: a booster still."""
_BE_BEFORE = re.compile(r"(?i)\b(?:is|are|was|were|be|been|being)\s+(?:(?:later|since|then|never|also|all|now|still|\w+ly)\s+)*$")
_FIGURE = (
    r"(?:US\$|RMB|[$€£¥]|\d|(?:a|one)\s+(?:half|third|quarter|fifth|tenth|dozen|hundred|thousand|million|billion)\b|"
    r"half\b|double\b|twice\b|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?)\b)"
)
_APPROXIMATOR = re.compile(
    rf"(?i)\b(roughly|approximately|an\s+estimated)\s+(?={_FIGURE})|\b(estimated)\s+(?=(?:at|to\s+be)\s+(?:about\s+|"
    rf"around\s+|roughly\s+|some\s+)?{_FIGURE})"
)
"""An approximator before a figure ("roughly $141 million", "approximately 30 percent", "an estimated 500 people",
"estimated at $2 billion"): how a number is rounded, not the writer's commitment to the claim. Counted, it only
measured how an outlet rounds: "roughly" and "approximately" were hedges while "nearly", "almost", "about", "around"
and "more than" were not (check10i CE-15), so none of the family before a figure is. Elsewhere ("roughly similar",
"approximately right") they still hedge."""
_AMOUNT = (
    r"(?:US\$|RMB|[$€£¥]\s*\d|\d[\d,]*(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b|points?\b|million\b|billion\b|"
    r"trillion\b)|\d{1,3}(?:,\d{3})+\b|\d+\.\d+\b)"
)
"""An amount written in figures: money, a percentage, a count in millions, a number with separators or decimals (a bare
year is none)."""
_SHOWS_AN_AMOUNT = re.compile(rf"(?i)\b(show(?:s|ed|n)?\s+that)\s+(?:[^\s;:!?]+\s+){{0,12}}?{_AMOUNT}")
"""A record that shows that an amount ("The new ones show that from 2007 through 2014 the couple paid $43,885,310",
"her tax return showed that her 2014 federal tax rate was 35.72 percent"): the figure read off a document, as
"according to the returns" is, not the writer closing down alternatives (check10i CE-16). "The vote shows that the
party has abandoned its principles" still boosts."""
_WHETHER = re.compile(r"(?i)\bwhether\b[^,;:()\u2014\u2013]*")
"""An embedded "whether …" question up to the end of its clause."""


_MODALS = frozenset({"may", "might", "could", "may be", "might be", "could be"})
_CONDITION = re.compile(r"(?i)\b(?:if|unless)\b(?!\s+(?:anything|not)\b)[^,;:()\u2014\u2013?]*")
"""A conditional clause up to the end of its clause ("disqualify himself if his impartiality might reasonably be
questioned"): what it says is a condition, not a claim, so its modal hedges nothing (check9g JJ-17)."""
_TEMPORAL = re.compile(
    r"(?i)\b(?:before(?!\s+long\b)|until|till|by\s+the\s+time|as\s+soon\s+as)\s+(?:(?!(?:and|or|but|then|now)\b)[\w'’-]+\s+){1,5}?(?:could|might|may)\b"
)
"""A temporal clause whose subject is followed by a modal ("appointed to the seat before a special election could take
place", "waited until the court might rule"): when something happened relative to an event, the modal its "could" of
the time not yet come, not the writer's doubt (check-Y AL-25). "The deal could collapse before the vote" still hedges:
the modal is the main clause's; so do "Before long the deal could collapse" and "until then could" (an adverb, no clause)
and "is unlikely to rule until June and could even postpone it" (the main clause's verb after "and")."""
_CONTENT = re.compile(
    r"(?i)\b(?:hopes?|fears?|expectations?|worry|worries|concerns?|anxiet(?:y|ies)|dreams?|wish(?:es)?|optimism|"
    r"pessimism)\s+that\b(?!\s+(?:\w+ly\s+)?(?:could|might|may)\b)[^,;:()\u2014\u2013?]*"
)
"""A that-clause after a noun of hope, fear or expectation ("Dashed are the hopes that the campaign could come to a
conclusion on a high note", "fears that the talks might collapse"): the clause states what is hoped or feared, so a
modal in it is the hope's content, not the writer withholding commitment (check-Y FB-25). "The talks might collapse"
on its own still hedges, as does a relative "that" with the modal for its verb ("raised concerns that could derail the
bill": the writer's own guess of what the concerns may do)."""
_WEIGHED = re.compile(
    r"(?i)\b(?:out|decide[sd]?|deciding|ask(?:s|ed|ing)?|consider(?:s|ed|ing)?|know|knew|wonder(?:s|ed|ing)?|"
    r"weigh(?:s|ed|ing)?|discuss(?:es|ed|ing)?|explor(?:e|es|ed|ing)|determin(?:e|es|ed|ing))\s+"
    r"(?:what|how|whether|which|where)\b(?:,\s*if\s+anything,)?[^,;:()\u2014\u2013?]*"
)
"""An embedded question of what someone can do ("scrambling to figure out what, if anything, they could do"): the
options weighed, a "could" of ability, not the writer's doubt (check9 LP-22)."""
_UNDER_HEDGE = re.compile(r"(?i)\b(never|always)(?=\s+(?:seem(?:s|ed)?|appear(?:s|ed)?\s+to|quite)\b)")
"""A frequency booster on a hedge ("his well of support … never seemed to run dry") or softened by "quite" ("a
near-summer air that never quite felt swampy": not fully, check11k CS-21): the writer says how things seemed or how
far they went, not that something never happened (check9 LP-23)."""
_UNDER_POSSIBILITY = re.compile(r"(?i)\b(?:may|might)\s+(?:not\s+|well\s+)?$")
"""Right before a booster: "may" or "might", a modal of possibility ("some of that information might never be released",
"we may never know", "might not fully recover"): what may or may not happen, not the writer closing down alternatives
(check-X MU-A3). "Could never" stays a booster: a firm inability, as ``_HYPOTHETICAL`` says."""
_ASKED = re.compile(r"(?i)\b(obvious)\s+(?:one\s+(?=since|because|as|given|to\s+ask)|(?:\w+\s+)?questions?\b)")
""""Obvious" describing a question ("the obvious question is who pays", "an obvious follow-up question", "this is kind
of an obvious one since …", of a question just asked): the question is one a reader would ask, nothing is asserted
(check-X MU-A3). "It is obvious that …" and "an obvious lie" still boost."""
_QUESTION_END = re.compile(r"\?[\s”\"’')\]]*$")
_HYPOTHETICAL = re.compile(
    r"(?i)\b(?:would|could|might|may)(?:\s+(?!(?:clearly|certainly|definitely|surely|undoubtedly|"
    r"obviously|evidently|truly|actually|indeed|inevitably|unquestionably|conclusively|absolutely|never|always)\b)\w+ly)?"
    r"(?:\s+(?:have|be))?\s+$"
)
"""Right before a booster verb: a modal of possibility or hypothesis, with an optional adverb ("doing so would
implicitly confirm that …", "the records could prove …", "might have demonstrated"): the booster names an act that
may or would happen, not the writer's certainty (checkQ2 HL-33). A booster adverb after the modal ("would clearly
violate", "could never") is the writer's own emphasis and still counts, as do "will confirm" and "confirmed", and a
negated modal ("Prosecutors could not prove malicious intent": an inability stated firmly, checkR EP-41's table)."""
_BOOSTER_VERBS = ("confirm", "prove", "demonstrat", "show", "establish")
"""Booster cues that are verbs (a modal before them governs them): "confirm", "prove", "demonstrate", "show that" …"""
_DEGREE_ADVERBS = frozenset({"fully", "entirely", "completely"})
_OF_AN_ACTION = re.compile(
    r"(?i)(?:^|\s)(?!(?:is|are|was|were|be|been|being|am|not|and|or|but|to|has|have|had|will|would|could|can|may|might|"
    r"must|should|shall|do|does|did|n[’']t)\b)(?-i:[a-z][a-z’'-]*)\s+$"
)
"""Before a degree adverb: a word that is no form of "be", auxiliary or conjunction, so a verb the adverb follows."""
_AFTER_AN_ACTION = re.compile(
    r"(?i)^(?:\s*[,;:.!?)\u2014\u2013]|\s*$|\s+(?:with|in|on|to|by|for|at|into|from|and|or|before|after|until|"
    r"when|if|as|so|because|during|under|over)\b)"
)
"""After a degree adverb that follows its verb: a preposition, conjunction or the clause's end ("cooperate fully with
his investigation", "recovered completely.")."""


def not_a_stance(sentence: str, hits: list[Hit]) -> list[tuple[int, int]]:
    """Spans of cues in ``sentence`` that are not the writer's stance on a claim (see the module docstring)."""
    spans = [span for m in _NOT_A_HEDGE.finditer(sentence) for g in range(1, m.re.groups + 1) if (span := m.span(g))[0] >= 0]
    spans += [m.span(1) for p in (_UNDER_HEDGE, _ASKED) for m in p.finditer(sentence)]
    spans += [m.span(g) for m in _APPROXIMATOR.finditer(sentence) for g in (1, 2) if m.start(g) >= 0]
    spans += [m.span(1) for m in _SHOWS_AN_AMOUNT.finditer(sentence)]
    not_cues = (_POLLED, _OBLIGATION, _REQUIRED_THAT, _PRESUMED, _TOOK_ON, _CARED_FOR, _SHOWING_UP, _TOOK_CARE)
    spans += [m.span(1) for p in not_cues for m in p.finditer(sentence)]
    spans += [m.span(g) for m in _EXTENT.finditer(sentence) for g in (1, 2)]
    spans += [m.span(1) for m in _ENTITLED.finditer(sentence)]
    spans += [m.span(1) for m in _TURNED_OUT.finditer(sentence) if not _BE_BEFORE.search(sentence[: m.start()])]
    if any(h.category == HEDGE and h.cue.lower() in _MODALS for h in hits):
        clauses = [m.span() for p in (_CONDITION, _WEIGHED, _TEMPORAL, _CONTENT) for m in p.finditer(sentence)]
        # a question asked inside the sentence ("asked … whether the systems could be a target", check AJ YA-22), not a
        # "Whether …" clause that is the sentence's subject ("Whether it works may depend on …": the writer's "may")
        # up to a relative clause inside it ("whether his outbursts scare off voters who otherwise might …")
        clauses += [
            (m.start(), m.start() + len(re.split(r"(?i)\b(?:who|whom|which)\b", m.group(), maxsplit=1)[0]))
            for m in _WHETHER.finditer(sentence) if re.search(r"\w", sentence[: m.start()])
        ]
        spans += [(h.start, h.end) for h in hits if h.cue.lower() in _MODALS and any(a < h.start < b for a, b in clauses)]
    if any(h.category == BOOSTER for h in hits):
        # a booster verb under a modal of possibility ("would implicitly confirm": checkQ2 HL-33) names a hypothetical
        # act; a degree adverb after an action verb ("cooperate fully with", checkQ2 BN-32) says how far the action
        # goes, not how sure the writer is
        spans += [(h.start, h.end) for h in hits if h.category == BOOSTER and h.cue.lower().startswith(_BOOSTER_VERBS)
                  and _HYPOTHETICAL.search(sentence[: h.start])]
        spans += [(h.start, h.end) for h in hits if h.category == BOOSTER and _UNDER_POSSIBILITY.search(sentence[: h.start])]
        spans += [(h.start, h.end) for h in hits if h.category == BOOSTER and h.cue.lower() in _DEGREE_ADVERBS
                  and _OF_AN_ACTION.search(sentence[: h.start]) and _AFTER_AN_ACTION.match(sentence[h.end :])]
        # a booster in a question, embedded ("investigated over whether he was fully forthcoming") or the sentence's
        # own ("… the veneer that the high court is entirely apolitical?": TG-19), is asked about, not asserted
        questions = [m.span() for m in _WHETHER.finditer(sentence)]
        if _QUESTION_END.search(sentence):
            questions.append((-1, len(sentence)))
        spans += [(h.start, h.end) for h in hits if h.category == BOOSTER and any(a < h.start < b for a, b in questions)]
    return spans


_FREQUENCY = frozenset({"often", "sometimes", "usually", "generally"})
_ONE_PERSON = frozenset({
    "he", "she", "i", "president", "senator", "speaker", "secretary", "governor", "spokesman", "spokeswoman", "minister",
    "leader", "candidate", "congressman", "congresswoman", "official", "aide", "adviser", "advisor", "lawmaker",
})
"""Subjects that are one person: the singular personal pronouns and singular nouns for a person who holds a post."""
_HABIT = re.compile(r"(?i)\s+(?:his|her)\s+(?:way|wont|habit|custom|practice|style|manner)\b")
"""After a frequency adverb: one person's habit ("as is often his way", "as is usually her habit"): how often that person
does something; not "as is often the case", which limits a claim."""
_GROUP_NAME = re.compile(r"(?:ans|ese|ers|ists|ites|ics)$")
"""A capitalised plural for a people or a group ("Americans", "Democrats", "Chinese"): a class, not a person."""
_PLACES = frozenset(name.lower() for name in (*COUNTRY_NAMES, *STATE_NAMES))
"""Countries, capitals and states: no person ("While China is generally appreciated for …" hedges)."""


def one_persons_frequency(sentence: str, hits: list[Hit]) -> list[tuple[int, int]]:
    """Spans of frequency adverbs ("often", "sometimes", "usually", "generally") whose subject is one person ("a word
    Mr. Obama has often used", "the way he often speaks", "She usually arrives …"): how often that person does
    something, a fact the writer states, not a hedge (check10h OB-22, check9 BV-22). Over a class or a claim ("Such
    deals often fail", "they often view them …", "Sometimes his remarks have been plainly untrue") the adverb limits how
    far a generalisation reaches and stays a hedge, as in Hyland's list; so it does over how others describe a person
    ("who is often described as the front-runner", ``_DESCRIBED``). The subject is read off the word before the
    adverb, past auxiliaries (as for "suggest"), or before its verb where the adverb follows one (``_A_VERB``: "Trump,
    who speaks often about his support for …", checkS IQ-50), a relative "who" standing for its antecedent: a singular
    pronoun or person noun (``_ONE_PERSON``), or a
    capitalised word that is no pronoun, group noun, evidence noun, month, place or plural of a people (a name; opening the
    sentence, where any noun has a capital, not a plural: "Tariffs often raise prices" hedges)."""
    spans = []
    for h in hits:
        if h.category != HEDGE or h.cue.lower() not in _FREQUENCY:
            continue
        if _HABIT.match(sentence[h.end :]):
            spans.append((h.start, h.end))  # "Trump, as is often his way, fired back": his habit (check11k VF-15)
            continue
        subject = _BEFORE_VERB.search(sentence[: h.start])
        word = subject.group(1).strip(".’'") if subject else ""
        if _DESCRIBED.match(sentence, h.end):
            continue  # "Paul, who is often portrayed as a libertarian": others' view of him, not his doing
        if (subject is not None and _A_VERB.fullmatch(word) and not sentence[subject.end(1) : h.start].strip()
                and _AFTER_ITS_VERB.match(sentence, h.end)):
            # after its verb ("Trump, who speaks often about …", "He visited often"): the subject is before the verb
            subject = _BEFORE_VERB.search(sentence[: subject.start(1)])
            word = subject.group(1).strip(".’'") if subject else ""
            if POSSESSIVE.search(word):
                continue  # "Trump's aides often …": "aides" was the subject's head, not a verb
        if subject is not None and word.lower() == "who":
            # a relative clause's subject is its antecedent ("Trump, who speaks often": one person; "voters who")
            antecedent = _ANTECEDENT.search(sentence[: subject.start(1)])
            word = antecedent.group(1).strip(".’'") if antecedent else ""
        lower = word.lower()
        opening = subject is not None and not sentence[: subject.start(1)].strip(" \"“‘'(")
        name = (word[:1].isupper() and not _GROUP_NAME.search(lower) and lower not in _NOT_PEOPLE
                and lower not in _PEOPLE and lower not in _PLACES and not (opening and lower.endswith("s")))
        if lower in _ONE_PERSON or name:
            spans.append((h.start, h.end))
    return spans


_SUGGEST = re.compile(r"(?i)\bsuggest(?:s|ed|ing)?\b")
_BEFORE_VERB = re.compile(
    r"(?:^|[\s(])([\w'’.-]+),?\s+(?:(?i:is|are|was|were|has|have|had|been|be|will|would|also|now|even|still|long|just|"
    r"again|not|never|already|recently|previously|earlier|\w+ly|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"yesterday|today)\s+)*$"
)
"""The word before a verb, past auxiliaries, adverbs and the day: the head of its subject ("Republicans are suggesting",
"a top Republican senator suggested", "McCarthy, …, the No. 3 Republican in the House, suggested Sunday")."""
_RESISTED = re.compile(
    r"(?i)\s+(?:(?:could|can|would|did|does|do)(?:\s+not|n[’']t)\s+|never\s+)?resist(?:s|ed|ing)?\s+$"
)
"""A speaker who "could not resist" saying something ("Ms. Pelosi could not resist suggesting that Republicans were
…"): the subject before "resist" is who suggests, and the negation is of "resist", not of the suggestion (check11k
CS-22)."""
_IRREGULAR_PAST = (
    r"was|were|had|did|went|came|took|made|knew|saw|got|gave|said|told|thought|felt|left|kept|ran|won|lost|met|paid|sent|"
    r"spent|held|became|began|brought|bought|caught|taught|fought|sought|stood|understood|wrote|spoke|broke|chose|drove|"
    r"rode|rose|fell|grew|drew|flew|threw|wore|sold|found|built|led|fed|fled|hid|sat|slept|meant|dealt|heard|laid|"
    r"struck|stole|swore|tore|woke|won"
)
_PARTICIPLE = r"spoken|written|given|taken|seen|gone|done|shown|known|chosen|driven|flown|broken|ridden|drawn|been"
_A_VERB = re.compile(rf"(?-i:[a-z]+(?:[^s\W]s|ed)|{_IRREGULAR_PAST}|{_PARTICIPLE})")
"""A lower-case word in a verb's form (a third-person "-s", not "-ss"; a past or a participle): before a frequency adverb that follows
its verb ("speaks often", "visited often"), the subject is before it. A plural noun ("Such deals often fail") reads as
one too, and its subject is then no person: the adverb still hedges."""
_AFTER_ITS_VERB = re.compile(
    r"\s*(?:[,.;:!?)\u2014\u2013]|$|(?:about|to|in|on|at|with|for|from|during|when|while|and|but|or|as|of|into|over|"
    r"abroad|there|here|before|after|since|until|because|if|than|enough|together|online|alone)\b)"
)
"""After a frequency adverb that follows its verb ("speaks often about", "visited often."): a preposition, a conjunction
or the clause's end. Before a verb ("The Benghazi attacks often come up", "… attacks has often been viewed") the word
before the adverb is its subject, a noun, and it stays a hedge."""
_DESCRIBED = re.compile(
    r"(?i)\s+(?:described|portrayed|cast|called|seen|viewed|regarded|considered|referred\s+to|labell?ed|dubbed|"
    r"characteri[sz]ed|depicted|painted|billed|touted|mentioned|cited|compared|credited|critici[sz]ed|praised|blamed|"
    r"accused|mistaken|thought\s+of)\b"
)
"""After a frequency adverb: a participle of how others describe or judge someone ("who is often described as the
front-runner", "is often cast as a moderate"): the adverb is over what others say of the person, not the person's
doings, and stays a hedge."""
_ANTECEDENT = re.compile(r"(?:^|[\s(])([\w'’.-]+),?\s*$")
"""The word before a relative "who": its antecedent ("Trump, who speaks often")."""


_AUXILIARY = r"is|are|was|were|has|have|had|does|do|did|will|would|can|could|shall|should|may|might|must"
_PROPOSED = re.compile(
    r"(?i)\bsuggest(?:s|ed|ing)?\s+(?:that\s+)?(?:"
    r"(?:he|she|it|(?-i:[A-Z][\w’'.-]*[^\Ws’'.-]))\s+(?:\w+ly\s+)?"
    rf"(?!(?:{_IRREGULAR_PAST}|{_AUXILIARY}|not\s+only|also|never|always|still|once|only|just|even|already)\b)"
    r"(?:not\s+(?!only\b))?(?-i:[a-z]+)(?<!ed)(?<!s)\b(?![’'])|"
    rf"(?:(?!(?:{_AUXILIARY})\b)[\w’'-]+\s+){{1,4}}?(?:be\b|not\s+(?!only\b)(?-i:[a-z]+)\b))"
)
"""A suggestion that someone do something, the subjunctive after "suggest (that)": "suggested that he pay the country
a visit", "suggested that the agency be split", "suggests that the city not raise fares" — a proposal or an
invitation, whoever makes it, hedging nothing (check11k VF-16). Read off the verb's form: a singular pronoun or name
before a bare verb (no "-s", no past), or any subject before "be" or "not" and a verb. "The data suggested that he paid",
"The results suggest that it remains popular" and "The polls suggest that he will win" are evidence that suggests what is
so: hedges."""
_AFTER_A_CLAUSE = re.compile(r",\s*(?:\w+ly\s+)?$")
"""Before a participle with no subject of its own: its subject is the main clause's (``participle_of_a_person``)."""
_QUOTE_CLOSED = re.compile(r"[,!?…][\"”’']\s*$")
_SPEAKER_AFTER = re.compile(
    rf"\s+(?:{TITLE_BEFORE_NAME}\.\s+|"
    r"(?!(?:A|An|The|This|These|Those|Its)\b)(?-i:[A-Z])[\w'’-]+(?:\s|,|\.|$)|"
    r"(?i:he|she|they|we|i)\b)"
)
"""After "suggested" that follows its quotation: the speaker, inverted ("“…,” suggested Representative Ted Deutch",
"suggested Ms. Roe"), a name or title; not evidence ("“…,” suggested a new poll")."""
_LABEL = re.compile(r"\s*\((?-i:[A-Z])[^()]{0,20}\)\s*$")
"""A party and state label in brackets after a name ("Kevin McCarthy (R-Calif.) suggested …"): the name is the subject."""
_APPOSITIVE = re.compile(
    r"^\s*((?:(?-i:[A-Z])[\w.'’-]*\s+){0,4}(?-i:[A-Z])[\w'’-]*)(?:\s*\([^()]{1,20}\))?,\s+"
    r"(?:a|an|another|the|one\s+of\s+the)\s+((?:[\w'’-]+\s+){0,2}?[\w'’-]+)\b[^,;:()\u2014\u2013\"“”]{0,80},\s*$"
)
"""A name opening the sentence and an appositive set off by commas before the verb ("Rep. Patrick Meehan (R-Pa.),
another member of the GOP's baseball team, suggested …"): the name is the subject, read past the appositive when the
appositive names a person (a word of ``_PEOPLE`` or ``_ONE_PERSON`` among its first words), not a report ("The Beige Book,
a report covering …, suggested" hedges) — check-T SC-50."""


def _past_an_appositive(before: str) -> str:
    """``before`` (the text before a verb) with a party label or a person's appositive after the subject's name taken
    off (``_LABEL``, ``_APPOSITIVE``), so that the subject's head is the last word."""
    m = _APPOSITIVE.match(before)
    if m and any(w.lower() in _PEOPLE or w.lower() in _ONE_PERSON for w in m.group(2).split()):
        return m.group(1) + " "
    return _LABEL.sub(" ", before)


_PASSIVE_BEFORE = re.compile(r"(?i)\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$")
"""A form of "be" right before "suggested": a passive, whose subject is what is suggested."""
_PEOPLE = frozenset({
    "he", "she", "they", "we", "i", "you", "who", "republicans", "republican", "democrats", "democrat", "lawmakers",
    "lawmaker", "senators", "senator", "legislators", "officials", "official", "aides", "aide", "advisers", "adviser",
    "advisors", "advisor", "leaders", "leader", "members", "member", "critics", "analysts", "analyst", "economists",
    "economist", "experts", "expert", "people", "spokesman", "spokeswoman", "spokesperson", "president", "speaker",
    "secretary", "governor", "congressman", "congresswoman", "representatives", "negotiators", "negotiator",
    "conservatives", "liberals", "progressives", "allies", "colleagues", "others", "some", "many", "staff", "staffers",
    "administration", "campaign", "party", "leadership", "candidate", "candidates", "minister", "ministers",
    "nominee", "nominees", "challenger", "challengers", "incumbent", "contender", "contenders", "hopeful", "hopefuls",
    "front-runner", "frontrunner", "chairman", "chairwoman", "chair", "director", "strategist", "strategists",
    "attorney", "lawyer", "lawyers", "judge", "prosecutor", "prosecutors", "mayor", "ambassador", "commissioner",
    "pollster", "pollsters", "supporters", "opponents", "rival", "rivals", "voters",
})
"""Subjects that speak: pronouns for people and nouns for people or the bodies they speak for."""
_NOT_PEOPLE = frozenset({
    "this", "that", "these", "those", "it", "which", "what", "such", "data", "evidence", "polls", "poll", "surveys",
    "survey", "studies", "study", "research", "results", "findings", "figures", "numbers", "records", "documents",
    "emails", "e-mails", "messages", "signs", "trends", "estimates", "analysis", "report", "reports", "testimony",
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december",
})
"""Capitalised words that are no speaker: a pronoun or a noun for evidence opening the sentence, a month."""


def spoken_suggestions(sentence: str) -> list[tuple[int, int]]:
    """Spans of "suggest(s/ed/ing)" with a person for subject: a verb of speech, proposing or hinting ("a growing number
    of Republicans are suggesting the party should give Obama what he wants", "Corker suggested that Republicans
    instead focus on …"), which reports what someone says — no hedge of the writer's (check10h OB-22, OB-24). With
    evidence or a fact for subject ("The data suggest that …", "…, suggesting the economy is slowing") it hedges. A
    participle after a comma has the main clause's subject (``participle_of_a_person``: "Mr. Huckabee opposes same-sex
    marriage, suggesting … that …" reports him, check12-reM HB-21), not the word before it.
    The subject is read off the word before the verb: a pronoun for people, a noun for people (``_PEOPLE``) or a
    capitalised word (a name) that is not a pronoun, an evidence noun or a month (``_NOT_PEOPLE``); never in a passive
    ("Negotiations are suggested", "It was suggested that …")."""
    spans = [(m.start(), m.start() + len(m.group().split()[0])) for m in _PROPOSED.finditer(sentence)]
    for m in _SUGGEST.finditer(sentence):
        if m.group().lower().endswith("ed") and _PASSIVE_BEFORE.search(sentence[: m.start()]):
            continue  # "Negotiations are suggested": the word before is what is suggested, not who suggests it
        if m.group().lower() == "suggesting" and _AFTER_A_CLAUSE.search(sentence[: m.start()]):
            # "Mr. Huckabee opposes same-sex marriage, suggesting … that …": the main clause's subject suggests
            # (check12-reM HB-21); "Mr. Roe was defeated in Iowa, suggesting …" is the writer's inference
            if participle_of_a_person(sentence, m.start()):
                spans.append(m.span())
            continue
        if _QUOTE_CLOSED.search(sentence[: m.start()]) and _SPEAKER_AFTER.match(sentence, m.end()):
            spans.append(m.span())  # "“Maybe …,” suggested Representative Ted Deutch": he speaks (check12-reK CS-24)
            continue
        subject = _BEFORE_VERB.search(_past_an_appositive(_RESISTED.sub(" ", sentence[: m.start()])))
        word = subject.group(1).strip(".’'") if subject else ""
        if word.lower() in _PEOPLE or (word[:1].isupper() and word.lower() not in _NOT_PEOPLE):
            spans.append(m.span())
    return spans


class CertaintyMatcher(CueMatcher):
    """The certainty lexicon's cues, less words of doubt that name a topic (:func:`topic_senses`) and cues
    that are not the writer's stance on a claim (:func:`not_a_stance`)."""

    def find(self, sentence: str) -> list[Hit]:
        hits = super().find(sentence)
        if not hits:
            return hits
        dropped = set(not_a_stance(sentence, hits))
        if any(h.cue.lower().startswith("suggest") for h in hits):
            dropped.update(spoken_suggestions(sentence))
        dropped.update(topic_senses(sentence))
        if any(h.category == HEDGE for h in hits):
            dropped.update(one_persons_frequency(sentence, hits))
        return [h for h in hits if (h.start, h.end) not in dropped] if dropped else hits


def certainty_lexicon(lenses: Lenses) -> Lexicon:
    return lexicon(LENS).extended(lenses.extra(LENS))


@cache
def certainty_matcher(words: Lexicon) -> CertaintyMatcher:
    return CertaintyMatcher(words)


def hedged(sentence: str, lenses: Lenses) -> bool:
    """Whether ``sentence``, read alone, hedges in the outlet's own voice as this lens counts a hedge: a hedge cue of
    the matcher standing in its own words (``voice.cue_context``). What else reads the sentence may not call it a
    plain statement of fact: the handout's key said The Hill "states it as a fact" of "Manigault Newman apparently
    secretly recorded this conversation …", the sentence the briefing's certainty lens cited as The Hill's hedge
    (check-S OM-71)."""
    words = certainty_lexicon(lenses)
    hits = [h for h in certainty_matcher(words).find(sentence) if h.category == HEDGE]
    if not hits:
        return False
    voice = sentence_voices([sentence])[0]
    return any(cue_context(voice, sentence, h.start, h.end) == OWN for h in hits)


@lens_part(LENS)
def certainty_part(sentences: pl.DataFrame, lenses: Lenses) -> LensPart:
    words = certainty_lexicon(lenses)
    return cue_rate_part(sentences, LENS, words, certainty_matcher(words))


@metric(LENS, per_source=measure_lenses, part=PART, lens=SPEC)
def certainty(corpus: Corpus) -> MetricFrames:
    measures = rate_measures(certainty_lexicon(corpus.lenses))
    return lens_result(corpus, LENS, measures, english_only(corpus, LENS.capitalize()))

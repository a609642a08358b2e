"""Frame categories: the 15 policy frames of Boydstun et al.'s codebook, through a cue lexicon.

A sentence shows a frame when it contains one of the frame's cue words
(``resources/lexicons/frames.toml``, extended by ``[lenses.frames]``); it can show
several. 'Other' collects sentences of five or more words with no cue of any frame.
An origin's frame profile is the share of its sentences in its own voice showing each frame:
quotations and reported speech are the speakers' framing (``contrast.metrics.voice``), as the
other lenses count them apart — Schiff's quoted "I think it's corrupt" made "Crime and
punishment: highest in US left" a finding about the New York Times. This is a
transparent approximation of the codebook (Boydstun et al. 2014; Card et al. 2015), not
a coder's judgement: every assignment can be checked against the highlighted cue.

A policy named by its field is that field's frame, not a prescription (:class:`FramesMatcher`):
"China's foreign policy" is about external relations, "monetary policy" and "trade policy" about
the economy, "a national security strategy" about security; the policy frame's nouns ("policy",
"strategy", "plan", "initiative", "programme") count for it only where they are not so named.
The soft-power report's "Policy prescription: highest in Academic — “policy” ×39" was the
topic noun of "Cultural Diplomacy in China's Foreign Policy".

A legislature ("19 state legislative bodies" won in an election) is a political body, a cue of that frame, not of
legality, and so is a bill in passage ("stalling the legislation", check-T SB-53); and the rights a group is named or
labelled for ("gay rights groups", "a civil rights leader"), one official's resigning "in protest", plans for an event
("they plan a “kiss-in”", "plans for a march") and broadcast "programs" ("his television and radio programs") show no
frame: check11j SR-23, SR-24, CF-25, CF-26.

A cue in a sense no frame means shows none: "jobs" naming particular posts ("one of the jobs Clinton discussed with
Sestak"), a person's businesses ("subpoenas targeting Flynn's businesses", "had run a home-inspection business":
check-T SC-61), a conditional "should" ("…, should
lawmakers choose to pursue it"), and job titles (exception phrases: "national security adviser", "director of
defense policy"). check7-final FL-27, SE-25. Nor do an idiom ("in large measure"), "effectively" meaning "in effect", a
job title with "policy" in it ("his policy director") and "fairly" meaning "rather" ("a fairly dire assessment"):
check10h OB-34, BT-45; nor "equally" meaning "just as" ("equally effusive in their condemnation"): checkR EP-59.
Nor "effective" of a rate ("an effective tax rate of 31.55 percent") or "fair" of a quantity
("a fair amount of time"), set aside for every lens (``contrast.metrics.senses.set_aside``), nor a "death threat"
against a person (an exception phrase): check10i CE-22, CE-23, KG-33. Nor a post at the F.B.I., nor where a person goes
or is ("returning from an overseas trip", "his speeches were abroad"; exception phrases: a country's standing or reach
abroad stays external), nor, alone, "image" (a picture: it needs another cue of its frame beside it): check10i CE-26,
KG-33, KG-R24. Nor, alone, "game" or "games": mostly a match played ("the game must go on", a baseball game, check11k
CS-34); a video game is a cue of its own. A lawmaker's party abbreviated ("(R-Minn.)", ``_PARTY_LABEL``) is a
Political cue as the party spelled out is ("Republican of Minnesota"): check11j CF-27. Nor the audience in a hall, a
custom that dictates what political actors do, "effective" of a plea or of when something takes effect, nor one family
("The Cheney family dispute": "family" alone is no cue since lexicon 1.12.0): check12l BK-31, BK-32, BK-33, CH-24.
Nor voters met in person ("shaking hands with voters"), "a lifestyle choice" (an exception phrase since 1.13.0), what
one person "would need to" do on a route to a goal, nor "influence" with no foreign country and no other External cue
in its sentence ("continued to influence the conservative movement"): check12m BN-32, HB-31, HB-32, HB-33.
Nor "morale" (a unit's spirit), one person's travel plans or a tour abroad ("as part of an overseas tour"), a policy named by
a place ("his Middle East policy"), a broadcast named by its title ("NBC's Today program"), press attention ("made
international headlines") or an exchange of words ("that short exchange"); and a campaign of war ("the air campaign",
"the U.S. campaign in Syria … waged by warplanes") is Security and defence's, not Political's, as armed forces ("U.S.
forces") and a military offensive ("a new offensive in Syria") are (``_ARMED_FORCES``, ``_OFFENSIVE``): checkS IQ-67,
IQ-71 to IQ-77, OM-56, OM-60, OM-61. Nor "ruling" of who governs ("the ruling Communist Party"), "customs" of the border
("customs procedures", "through customs"), things that "travel" ("Goods that travel by sea"), the "safety" investors
seek in bonds, "suspect" meaning "think likely" ("reason to suspect that"), insurance or pension "plans", and the
"ranks" of a party or an army ("break ranks", "the ranking Democrat"): check V CN-48 to CN-51, KV-46 to KV-48.
Nor "world" as a sphere of people or in an idiom ("turned the political world on its head", "the world of sports"), "cost"
of a loss that is no money ("cost Democrats their supermajority", "cost him his job"), an exchange between people with
no country in sight ("exchanged classified information with her boss"; an exchange rate or a prisoner exchange stays),
nor "defense" of a person ("jumped into defense mode", "came to her defense"): check Y AL-39, AL-40, FB-42, FB-43.
Nor "spending" a span of time ("spending a week"), "at war with" an opponent that bears no arms ("at war with the
media"), nor "should" before its subject anywhere in a sentence ("impeaching the president should they take control of
the House": "if"): check AA DP-5, DP-6, OP-14.
Nor a "prisoner of war" (a soldier captured, punished for no crime; its "war" stays a Security cue), nor a "party" held
for an occasion ("an NFL draft party", "a birthday party", "a watch party"): check AE TB-31, BA-32.
"""

from __future__ import annotations

import re
from functools import cache

import polars as pl

from contrast.config import Lenses
from contrast.metrics.cues import CONTEXT, CueMatcher, Hit, cue_pattern
from contrast.metrics.evidence import find_evidence
from contrast.metrics.figures import Measure
from contrast.metrics.lens import (
    BOOTSTRAP_METHOD,
    PART,
    LensPart,
    category_counts,
    english_only,
    lens_part,
    lens_result,
    lexicon_labels,
    measure_lenses,
    measured_part,
    pooled,
)
from contrast.metrics.places import COUNTRY_NAMES
from contrast.metrics.registry import Corpus, LensSpec, MetricFrames, metric
from contrast.metrics.voice import DEFINITION, NEGATED, OWN, source_voices
from contrast.resources import Lexicon, lexicon
from contrast.schema import ORIGIN, SENTENCE_INDEX, SENTENCE_KEY, SOURCE_ID, TEXT

LENS = "frames"
OTHER = "other"
MIN_WORDS = 5
"""Headings and fragments shorter than this are not framed sentences."""
FRAME = "frame"
OWN_SENTENCE = "sentence"
"""1.0 for a sentence in the outlet's own voice: the base every frame share counts."""
SPEC = LensSpec(
    LENS,
    title="Frames",
    question="Which of the 15 policy frames of Boydstun et al. (2014) does each origin reach for?",
    method="Share of the outlet’s own-voice sentences (five or more words) showing each frame, through a cue lexicon "
    "written from the Policy Frames Codebook’s definitions; a sentence can show several frames, and “Other” collects "
    "own-voice sentences with no cue. Quotations and reported speech are left out: the frame a quoted speaker reaches "
    "for is the speaker’s, not the outlet’s. A legislature is a political body, not law, and a bill in passage "
    "(“stalling the legislation”, “agreement on emergency legislation to pass”) is the political contest over it, not "
    "law; the rights a group is named for "
    "(“gay rights groups”), one official resigning “in protest”, plans for a protest (“they plan a kiss-in”) and "
    "broadcast “programs” (“NBC’s Today program”) show no frame. A policy named by its field is that field’s frame "
    "(“foreign policy” and “his Middle East policy” are external relations, “monetary policy” the economy), not a "
    "prescription; a common word (“history”, “language”) "
    "shows a frame only beside another of its cues; a job title (“national security adviser”), “jobs” naming posts, "
    "a person’s businesses (“his business”, “had run a home-inspection business”), a conditional “should” (“should "
    "lawmakers choose”, “should they take control”), “spending” a span of time (“spending a week”), an idiom (“in large "
    "measure”), "
    "“effectively” meaning “in effect”, “fairly” meaning “rather” (“a fairly dire assessment”), “equally” meaning “just "
    "as” (“equally effusive”; “treated equally” is a cue), “effective” of a tax "
    "rate, “fair” of a quantity (“a fair amount”), a “death threat” against a person, a post (“director of the "
    "F.B.I.”), where a person goes or is (“an overseas trip” or tour, “his travel plans”, “his speeches were abroad”), "
    "a unit’s “morale”, a “prisoner of war” (captured in war, punished for no crime), a “party” held for an "
    "occasion (“an NFL draft party”, “a birthday party”), "
    "a war fought with no arms (“a war of words”, a campaign’s “war room”, “at war with the media”; a "
    "“culture war” is "
    "Cultural identity’s and a “trade war” the economy’s), the health of an organisation or an economy (“the financial "
    "health of its utility”, “the health of the economy”), press attention (“made international headlines”), an "
    "exchange of words (“that short exchange”) and, with no other cue "
    "of its frame beside it, a picture (“the image”) or a match played (“the game must go on”; a “video game” is a "
    "cue) show none; nor does the audience in a hall (“brought the audience to its feet”), a custom that dictates what "
    "parties do (“Tradition dictates that political parties …”), a plea or speech made “effective”, or one family (“the "
    "Cheney family”: of “family” only the household’s life, income and budget are cues); nor “ruling” of who governs "
    "(“the ruling party”; a court’s ruling is a cue), “customs” of the border (“customs procedures”, “through customs”), "
    "goods or ships that “travel”, the “safety” investors seek in bonds, “suspect” meaning “think likely” (“reason to "
    "suspect that”; “a murder suspect” is a cue), insurance, pension or phone “plans”, and the “ranks” of a party or an "
    "army (“break ranks”, “the ranking Democrat”; a country that “ranks 12th” is a cue); nor “world” as a sphere of "
    "people or in an idiom (“turned the political world on its head”; “world leaders” is a cue), “cost” of seats, an "
    "election or a job (“cost Democrats their supermajority”), an exchange between people with no country in sight "
    "(“exchanged classified information with her boss”; an exchange rate is a cue) or “defense” of a person (“jumped "
    "into defense mode”, “came to her defense”). A lawmaker’s party counts for "
    "the Political frame whether spelled out (“Republican of Minnesota”) or abbreviated (“(R-Minn.)”); a campaign of "
    "war (“the air campaign”, “the U.S. campaign in Syria” beside another military word) counts for Security and "
    "defence, not Political, as do armed forces (“U.S. forces”, not “market forces”) and a military offensive (“a new "
    "offensive in Syria”, not “an offensive remark”). This "
    "approximates a coder: every assignment can be checked against its highlighted cue. " + BOOTSTRAP_METHOD,
    section=60,
    lexicon=LENS,
    labels=lambda lenses: {OTHER: "Other / no cue", **lexicon_labels(LENS)},
    chart="Frame profile: share of own-voice sentences showing each frame",
    reads="Each figure is the share of an outlet’s own-voice sentences with a cue for the frame from contrast’s list; "
    "how often the list agrees with a human coder has not been measured. “0 with a cue” does not mean "
    "the outlet never takes that frame: the list can miss the wording it takes it in.",
    nothing=lambda measure: "" if measure == OTHER else "0 with a cue",
    nothing_means=(("0 with a cue", "“0 with a cue”: no own-voice sentence there has a cue for the frame from "
                    "contrast’s list, which does not show that the outlet never takes it (how often the list agrees with a "
                    "coder is unmeasured)."),),
)


POLICY = "policy"
_POLICY_NOUN = re.compile(r"(?i)^(?:polic(?:y|ies)|strateg(?:y|ies)|plans?|initiatives?|program(?:me)?s?)$")
"""The policy frame's nouns that a field can name ("foreign policy", "security strategy")."""
_FIELD_BEFORE = re.compile(
    r"(?i)\b(?:monetary|fiscal|domestic|industrial|agricultural|energy|environmental|immigration|education|educational|"
    r"tax|climate|social|science|housing|labou?r|interest-rate|exchange-rate|currency|competition|antitrust|"
    r"development|developmental|sports?|media|internet|digital|space|nuclear|defen[cs]e|maritime|population)[\s-]+$"
)
"""Fields of policy without a cue of their own in the lexicon ("monetary policy", "tax plan")."""
_REGIONS = (
    "Middle East", "Mideast", "Near East", "Far East", "Asia", "Asia-Pacific", "Indo-Pacific", "Europe", "Africa",
    "Latin America", "South America", "Central America", "Caribbean", "Balkans", "Arctic", "Persian Gulf", "Gulf",
    "Korean Peninsula",
)  # fmt: skip
_US_NAMES = frozenset({"United States", "U.S.", "US", "America"})
_WHOSE = _US_NAMES | {"European Union", "EU"}
_PLACE_BEFORE = re.compile(
    r"(?<!\bin\s)(?<!\bto\s)(?<!\bfrom\s)(?<!\bof\s)(?<!\bon\s)(?<!\bwith\s)\b(?:"
    + "|".join(re.escape(n) for n in (*_REGIONS, *COUNTRY_NAMES) if n not in _WHOSE)
    + r")[\s-]+$"
)
"""A place that names a policy's field ("his Middle East policy", "the administration's China strategy", "Syria policy"):
foreign policy towards it, external relations, no prescription (checkS IQ-76). Not the United States or the European
Union, whose name before a policy says whose it is ("U.S. policy", "EU policy on migration"), nor a possessive ("China's
policy": only spaces or a hyphen between), nor a place inside a policy's name ("the Remain in Mexico policy")."""


_VERB_PLAN = re.compile(r"(?i)^plans?$")
_INFINITIVE_AFTER = re.compile(r"(?i)^\s+to\s+(?!(?:the|a|an|this|that|these|those|its|their|his|her|our)\b)[a-z]")
"""After "plan(s)": "to" and a verb ("the NRA also plans to launch an ad campaign") makes it the verb."""
_PRONOUN_BEFORE = re.compile(
    r"(?i)\b(?:they|we|I|you|he|she|it|who)\s+(?:(?:also|now|still|then|reportedly|will|would|could|may|might|can|"
    r"do|does|did|not|never|to)\s+){0,2}$"
)
_OBJECT_AFTER = re.compile(r"(?i)^\s+(?:a|an|another)\s+(?!(?:week|day|month|year|decade|few|little|lot|bit)\b)")
_DETERMINER_BEFORE = re.compile(
    r"(?i)(?:\b(?:the|a|an|this|that|these|those|its|their|his|her|our|your|my|whose|any|no|every|each)|['’]s?)"
    r"\s+(?:[\w-]+\s+)?$"
)
""""plan(s)" as a verb with a subject pronoun ("They plan a “kiss-in”") or with an object and no determiner before
("Activists plan a rally"): planning an act, like "plans to" + a verb, prescribes no policy (check11j CF-26); "the
governor's plan a week earlier" and "his plans" stay nouns."""


POLITICAL = "political"
_PARTY_LABEL = re.compile(r"(?:(?<=\()|(?<=,\s))[RDI][-–][A-Z][\w.]*(?:\s[A-Z][\w.]*)?(?=\)|,)")
"""A lawmaker's party and state, abbreviated ("Rep. Michele Bachmann (R-Minn.)", "Scalise, R-La., …"): the same
political cue as the party spelled out ("Representative Michele Bachmann, Republican of Minnesota", whose
"Republican" the lexicon counts), so the Political frame does not compare how outlets abbreviate (check11j CF-27).
Only in brackets or between commas, not "D-Day"."""
_A_PARTY_HELD = re.compile(
    r"(?i)(?<![\w-])(?:draft|birthday|dinner|watch|viewing|house|block|garden|cocktail|costume|pool|pizza|slumber|"
    r"sleepover|bachelor|bachelorette|engagement|retirement|farewell|going-away|welcome|homecoming|surprise|holiday|"
    r"office|launch|release|listening|tailgate|tailgating|dance|street|beach|wedding|baby|shower|graduation|prom|after|"
    r"fraternity|frat|sorority|karaoke|lunch|luncheon|themed|toga|pajama|victory|Christmas|Halloween|New\s+Year['’]s(?:\s+Eve)?|"
    r"Super\s+Bowl|Oscars?|Thanksgiving|Easter)[\s-]+(part(?:y|ies))\b"
    r"(?!\s+(?:leaders?|leadership|officials?|members?|membership|line|lines|platform|chair(?:man|woman)?|conference|"
    r"congress|convention|faithful|base|establishment|politics|machine|bosses|elders|ticket|nominee|primary|primaries|"
    r"caucus|whip|apparatus|cadres?|secretary|chief|headquarters|unity)\b)"
)
""""party" as a gathering named by what it celebrates or where it is held ("an NFL draft party set for Thursday night",
"a birthday party", "a watch party", "the office Christmas party"): a social event, no political party (check AE BA-32:
CNN's "the Baltimore Ravens called off an NFL draft party" was Left's only Political cue). A modifier that names a
party of politics ("Labor Party", "Tea Party", "the Green Party") is none of these, and a party's leaders or platform
after it ("the victory party leaders") keep it political."""
_CAMPAIGN = re.compile(r"(?i)^campaigns?$")
_NAMED_OR_AIMED = re.compile(
    r"(?i)^\s*,?\s*(?:(?:called|named|dubbed|using|under|with)\s+(?:the\s+)?(?:hashtag\s+)?#|"
    r"to\s+(?:raise|collect)\s+(?:funds|money|awareness)\b|for\s+(?:donations|charity)\b)"
)
"""After "campaign": a hashtag's name or a fund-raising aim makes it an advocacy campaign, not an election's
("Ellen DeGeneres launched a campaign called #BeKindToElephants": check7 ET-35)."""


SECURITY = "security"
_MILITARY_CAMPAIGN = re.compile(
    r"(?i)\b(?:air|aerial|bombing|military|naval|drone|missile|artillery|counter-?insurgency|counter-?terror(?:ism)?|"
    r"guerrilla|anti-(?-i:ISIS|ISIL|IS))[\s-]+(campaigns?)\b"
)
"""A campaign named by its arms ("the fate of the air campaign", "a bombing campaign", "the military campaign"): a war's,
the Security and defence frame's, not an election's (checkS IQ-71)."""
_ARMED_GROUPS = (
    r"(?:Islamic\s+State|ISIS|ISIL|al[\s-]Qaeda|al[\s-]Qaida|Taliban|Hezbollah|Hamas|Houthis?|al-Shabaab|Boko\s+Haram|"
    r"(?i:militants|insurgents|jihadists|rebels|extremists|terrorists))"
)
_CAMPAIGN_ABROAD = re.compile(
    r"\b((?i:campaigns?))\s+(?i:in|against|across|inside|over)\s+(?:(?i:the)\s+)?(?:"
    + "|".join(re.escape(n) for n in COUNTRY_NAMES if n not in _US_NAMES)
    + r"|" + _ARMED_GROUPS + r")(?![\w.])"
)
"""A campaign in a foreign country or against an armed group ("the U.S. campaign in Syria has been waged by warplanes",
"the campaign against Islamic State"): a war's where another Security cue is in its sentence (checkS IQ-72). Alone it can
be an election abroad ("Macron's campaign in France") or advocacy ("a campaign in Britain to ban handguns")."""
_ARMED_FORCES = re.compile(
    r"(?:\b(?:U\.S\.|US|UN|U\.N\.|NATO|(?!(?:Republican|Democratic|Christian|Conservative|Progressive|Libertarian)\b)"
    r"[A-Z][a-z]+(?:an|ian|ish|ese|i)|Afghan|Arab|Allied|Coalition|Government|Special|(?i:armed|security|coalition|allied|"
    r"enemy|government|pro-government|regime|rebel|ground|special|air|naval|elite|occupying|invading|"
    r"peacekeeping|foreign|western|Saudi-led|U\.S\.-led|US-led|U\.S\.-backed|US-backed|Kurdish-led|Iranian-backed)))"
    r"\s+((?i:forces))\b(?!\s+(?:us|them|him|her|me|you|it|its|their|his|our|the|a|an|this|that|these|those|people|"
    r"everyone|anyone|someone)\b)"
)
"""Forces that are armed: a country's or a people's ("U.S. forces", "Syrian Kurdish forces", "NATO forces"), an army's
kind ("ground forces", "special forces", "government forces"): the Security and defence frame's, where "forces" alone is
any influence ("market forces", "forces of change", "joined forces"; checkS IQ-67). Not a party's ("Republican
forces") or an opposition's (in politics as often as in war), nor the verb ("government forces us to")."""
_OFFENSIVE = re.compile(
    r"\b(?:(?i:a|an|the|its|their|his|her|this|that|any|new|fresh|renewed|major|military|ground|air|aerial|final|planned|"
    r"full-scale|large-scale|long-awaited|threatened|spring|summer|autumn|fall|winter|massive|sweeping|bloody|counter)|"
    r"(?!(?:Republican|Democratic|Conservative|Progressive|Libertarian)\b)(?-i:[A-Z][a-z]+(?:an|ian|ish|ese|i)))\s+"
    r"(?:(?i:new|fresh|renewed|major|military|ground|air|aerial|final|planned|full-scale|large-scale|long-awaited|"
    r"threatened|massive|sweeping|bloody|counter|spring|summer|autumn|fall|winter)\s+){0,2}((?i:offensives?))"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?i:in|on|against|into|to|toward|towards|by|near|from|across|along|aimed|that|which|was|is|"
    r"has|had|would|will|could|began|begins|launched|there)\b)"
)
"""A military offensive, the noun ("Ankara is threatening a new offensive in Syria", "the Turkish offensive against
Kurdish fighters"): after a determiner or a country's adjective, before a preposition, a verb or the clause's end (checkS
IQ-67). Not the adjective ("an offensive remark", "deeply offensive to many"), which comes before its noun or after "be"."""
_ON_THE_OFFENSIVE = re.compile(r"(?i)\b(?:on|to|take|takes|took|taking|taken)\s+the\s+$")
"""Before "offensive": "went on the offensive against the press", "returned to the offensive", "took the offensive" are
idioms of attack in words."""



ECONOMIC = "economic"
_POSTS = re.compile(
    r"(?i:\b(?:one|two|three|any|some|each|either|neither|none|several|which|both|other)\s+of\s+the\s+)(jobs)\b|"
    r"\b(?i:the)\s+(jobs)(?=\s+(?:[A-Z]|(?i:he|she|they|offered|discussed)\b))"
)
""""jobs" meaning particular posts ("one of the jobs Clinton discussed with Sestak"), not employment."""
_OWNED = re.compile(
    r"(?:\b(?i:his|her)|[A-Z][\w-]*['’]s?)\s+(?:(?i:own|two|three|four|several|family|many)\s+)?((?i:business(?:es)?))\b"
)
"""A person's businesses ("targeting Flynn's businesses", "his business"): the companies he owns, not the economy."""
_RUN_A_BUSINESS = re.compile(
    r"(?i)\b(?:ran|runs|owned|owns|operated|operates|founded|(?:had|has|have)\s+(?:run|owned|operated|founded|started))\s+"
    r"(?:a|an|his|her|their|a\s+small|the\s+family)\s+(?:[\w-]+\s+){0,2}?(business)\b(?!\s+(?:sector|climate|community|"
    r"groups?|lobby|owners|leaders|interests)\b)"
)
"""A business someone runs, owns or founded ("Hodgkinson had run a home-inspection business", "she owns a bakery
business"): one person's trade, as "his business" is, not the economy (check-T SC-61). A finite verb only: a
business in general ("to start a business", "running the government is not running a business") and "businesses" as a
sector ("relief for small businesses") stay cues."""
_CONDITIONAL_SHOULD = re.compile(
    r"(?:^|[,;(\u2014\u2013]|\b(?i:and|or|but|even|only)\b)\s*((?i:should))\s+"
    r"(?!(?i:always|perhaps|nonetheless|nevertheless|sometimes|otherwise|likewise)\b)"
    r"(?:(?i:he|she|it|they|we|you|anyone|someone|one|the|a|an|this|that|these|those|his|her|their|its|our|any)\b|I\b|"
    r"[A-Z][\w'’.-]*|[a-z]+[^su\W]s\b)"
)
"""Conditional "should" with its subject after it ("…, should lawmakers choose to pursue it"): "if", no prescription.
A question ("Should the US raise tariffs?") still asks what should be done."""
_INVERTED_SHOULD = re.compile(
    r"(?<!\b(?i:nor)\s)(?<!\b(?i:so)\s)(?<!\b(?i:neither)\s)(?<!\b(?i:why)\s)(?<!\b(?i:how)\s)(?<!\b(?i:who)\s)"
    r"(?<!\b(?i:what)\s)(?<!\b(?i:where)\s)(?<!\b(?i:when)\s)(?<!\b(?i:which)\s)"
    r"\b((?i:should))\s+(?:(?i:he|she|it|they|we|you|the|a|an|this|that|these|those|his|her|their|its|our|any)\b|I\b)"
    r"(?![^.!?]*\?)"
)
""""should" before its subject anywhere in a sentence, not only after a comma or a conjunction (``_CONDITIONAL_SHOULD``):
a pronoun or a determiner after it ("… about impeaching the president should they take control of the House", "the deal
collapses should the vote fail") cannot be the verb a prescriptive "should" takes, so the clause is a condition, "if"
(check AA OP-14). A name or a plural after it ("should lawmakers choose") still needs the comma: "We should NOT" is a
tweet's prescription. Not after "nor", "so", "neither" or a question word ("Nor should it be", "Why should we believe
you"), nor in a question ("… joking about, ‘Should we have Cruz throw hay …?’ recalled another")."""
_SPENDING_TIME = re.compile(
    r"(?i)(?<!\bthe\s)(?<!\bof\s)\b(spending)\s+(?:(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|several|"
    r"many|few|a\s+few|countless|his|her|their|its|our|my|your|more|less|so\s+much|too\s+much|much\s+of\s+(?:the|a|his|her|"
    r"their)|most\s+of\s+(?:the|a|his|her|their)|all\s+(?:the|of\s+the)?|the\s+(?:past|last|next|whole|entire|rest\s+of\s+the))"
    r"\s+)?(?:(?:full|long|whole|entire|past|last|next|final|first|few|extra|additional|quality)\s+)?"
    r"(?:time|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|years?|decades?|mornings?|afternoons?|evenings?|"
    r"summers?|winters?|holidays?|vacations?)\b(?!['’])(?!\s+(?:and|or)\s+(?:money|resources|cash|funds)\b)"
)
""""spending" of a span of time ("spending a week at war with the media", "after spending two days in talks",
"spending more time with his family"): how long someone passes doing something, no money spent (check AA DP-5). Not
spending as a noun with a date ("spending this year rose", "the spending the past decade"; "this", "last", "next" are
left out, and so is "the" or "of" before it), nor "spending time and money", which costs money too."""
_AT_WAR_WITH = re.compile(r"(?i)\bat\s+(war)\s+with\b")
_A_NATION_AT_WAR = re.compile(
    r"\b(?:United\s+States|U\.S\.|US|America|the\s+West|(?i:the\s+(?:country|nation)))(?![\w])[^,;:.!?]{0,40}\bat\s+war\b"
)
""""at war with": fighting only when the other side is a foreign country or an armed group, or another Security or
External cue is in the sentence ("Iran had been at war with Iraq for eight years", "troops at war with the Taliban");
with the media, the press, critics, a party or oneself it is a quarrel ("spending a week at war with the media", "a
president at war with his own party"), no nation's security (check AA DP-6), as a "war of words" is not (an exception
phrase). A nation at war (``_A_NATION_AT_WAR``: "the United States is not and never will be at war with Islam") is at
war whatever with."""


CRIME = "crime"
_PUBLIC_EMPLOYEES = r"(?:teachers|firefighters|fire\s+fighters|nurses|sanitation\s+workers|librarians|paramedics)"
_LISTED_POLICE = re.compile(
    rf"(?i)\b{_PUBLIC_EMPLOYEES}\s*,\s*(?:and\s+|or\s+)?(police)\b|\b(police)(?:\s+officers)?\s*(?:,\s*(?:and\s+|or\s+)?|"
    rf"\s(?:and|or)\s+){_PUBLIC_EMPLOYEES}\b"
)
""""police" in a list of public employees ("layoffs of teachers, police officers and firefighters"): a payroll, not
crime (check9g OJ-26)."""

_PRISONER_OF_WAR = re.compile(r"(?i)\b(prisoners?)[\s-]+of[\s-]+war\b|\bwar[\s-]+(prisoners?)\b")
""""prisoner of war" ("a Navy pilot and prisoner of war during the Vietnam War"): a soldier captured by an enemy, no one
punished for a crime (check AE TB-31: Reuters' McCain, "prisoner of war during the Vietnam War", was Center's Crime
and punishment share). Its "war" stays a Security and defence cue."""

PUBLIC_OPINION = "public_opinion"
_RESIGNED_IN_PROTEST = re.compile(
    r"(?i)\b(?:resign(?:s|ed|ing|ation)?|quit(?:s|ting)?|(?:step(?:s|ped|ping)?|stood)\s+down)\s+"
    r"(?:(?!(?:and|but|or|as|while|when|after|before|then|so|whereupon)\b)[\w'’-]+\s+){0,4}?in\s+(protest)\b"
)
""""resigned in protest": one official's act, not the public's view ("The political director of the committee resigned
in protest last month": check11j SR-24); protests by the public ("as protests against Chick-fil-A swelled") stay."""
_CROWD = re.compile(
    r"(?i)\b(?:before|to|told|tells|telling|addressed|addresses|addressing|in\s+front\s+of)\s+(?:an|the|a)\s+"
    r"(?:(?:large|small|packed|cheering|live|invited|friendly|enthusiastic|crowded|standing-room)\s+)?(audience)\b"
    r"|\b(audience)\s+(?:that\s+included|of\s+(?:about\s+|some\s+|more\s+than\s+)?\d)"
    r"|\b(?:brought|brings|bringing|held|holds|holding|had|kept|keeps|left|got|drew|wowed|thrilled|electrified|"
    r"captivated|thanked|greeted|warmed\s+up)\s+(?:the|an|his|her|their)\s+(audience)\b"
    r"|\b(?:the|an|his|her|their)\s+(audience)\s+(?:to\s+(?:its|their)\s+feet|spellbound|(?:finished|stopped|began|started)\s+"
    r"(?:laughing|cheering|clapping|applauding)|(?:laughed|cheered|clapped|applauded|roared|erupted|gasped|booed|jeered|"
    r"rose|stood|groaned|chuckled|whooped)\b)"
)
""""audience" as the people in the room at a speech ("spoke before an audience that included unemployed construction
workers", "brought the audience to its feet", "He held the audience spellbound"), not public opinion (check9g OJ-27,
check12l BK-33): what one hall did is no attitude of the public. Audiences a medium aims at ("a site aimed at
African-American audiences", "foreign audiences") stay cues."""


_MET = re.compile(
    r"(?i)\b(?:shak(?:e|es|ing)|shook)\s+hands\s+with\s+(?:(?:local|Iowa|New\s+Hampshire|potential|prospective)\s+)?"
    r"(voters)\b|\b(?:greet(?:s|ed|ing)?|hugg(?:ed|ing)|hugs|(?:mingl(?:e|es|ed|ing)|pos(?:e|es|ed|ing)|"
    r"chatt?(?:ed|ing|s)?)\s+with)\s+(?:(?:local|potential|prospective)\s+)?(voters)\b"
)
"""Voters someone meets in person ("The pictures show Ms. Bachmann shaking hands with voters", "greeting voters at a
diner"): people in a room, as an audience in a hall is (``_CROWD``), not the public's attitude (check12m BN-32; none of
BASIL's tuning half's 33 own or quoted "voters" is so met)."""


_POLLING_PLACE = re.compile(
    r"(?i)\b(?:to|at|from|outside|inside|near|away\s+from)\s+the\s+(polls)\b|"
    r"\b(polls)\s+(?:open|opens|opened|opening|close|closes|closed|closing)\b(?!\s+(?:the|a|an|in\s+on)\b)"
)
""""the polls" as where people vote ("making sure they get to the polls on Election Day", "lines at the polls", "polls
close at 8 p.m."): turnout and voting, not what the public thinks (check AH WI-39: CNN's get-out-the-vote sentence was
counted as public opinion). Surveys ("polls suggest most minds are made up", "the polls closed the gap" aside) stay."""


HEALTH = "health"
_HEALTH_OF_A_THING = re.compile(
    r"(?i)\b(health)\s+of\s+(?:(?:the|a|an|its|their|his|her|our|this|that|these|those|[A-Z][\w.&'’-]*['’]s?)\s+)?"
    r"(?:[\w&'’-]+\s+){0,3}?(?:econom(?:y|ies)|markets?|compan(?:y|ies)|firms?|banks?|banking|lenders?|industr(?:y|ies)|"
    r"sectors?|utilit(?:y|ies)|business(?:es)?|corporations?|finances|budgets?|currenc(?:y|ies)|funds?|pensions?|"
    r"balance\s+sheets?|democrac(?:y|ies)|part(?:y|ies)|institutions?|organi[sz]ations?|governments?|unions?|"
    r"allianc(?:e|es)|relationships?|systems?|franchises?|leagues?|networks?|brands?|campaigns?)\b"
)
""""health" of an organisation, an economy or an institution ("the financial health of its electrical utility", "the
health of the economy", "the long-term health of the party"): how well it is doing, not people's health and safety
(check-U PR-60). "The health of veterans", "the president's health" stay cues."""


FAIRNESS = "fairness"
_DEGREE = re.compile(
    r"(?i)\b(fairly|equally)\s+(?!(?:and|or|but|nor|than|as|to|by|in|on|at|with|for|from|among|between|under|if|when|while|"
    r"because|the|a|an|this|that|these|those|his|her|their|its|our|your|my|he|she|it|they|we|i|you)\b)"
    r"(?=[a-z][\w-]*(?<!ed)\b)"
)
""""fairly" before the adjective or adverb it grades ("a fairly dire assessment", "fairly quickly"): "rather", no
fairness (check10h BT-45). "Treated fairly", "fairly elected" and "fairly and squarely" stay cues. So is "equally"
before the adjective or adverb it compares ("Opponents were equally effusive in their condemnation", CNN, checkR EP-59;
"equally important"): "just as", no equality; "treated equally", "applies equally to all", "equally divided" and "shared
equally among them" stay cues."""
_POLICY_SENSES = re.compile(
    r"(?i)\bin\s+(?:(?:large|great|some|no\s+small|small|full|equal|good|part|significant|considerable)\s+)(measure)\b|"
    r"\bfor\s+good\s+(measure)\b|"
    r"(?<!\bmore\s)(?<!\bmost\s)(?<!\bless\s)(?<!\bleast\s)(?<!\bvery\s)(?<!\bso\s)(?<!\bas\s)(?<!\bhow\s)"
    r"(?<!\btoo\s)(?<!\bquite\s)(?<!\bto\s)(?<!\band\s)(?<!\bor\s)(?<!\bcan\s)(?<!\bcould\s)(?<!\bwill\s)"
    r"(?<!\bwould\s)(?<!\bshould\s)(?<!\bmust\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bcannot\s)\b(effectively)\s+(?!(?:and|or|but|than|as|to|in|on|at|by|with|for|from|if|when|"
    r"while|because|enough)\b)(?=[a-z])|"
    r"\b(polic(?:y|ies))[\s-]+(?=(?:director|adviser|advisor|chief|aide|analyst|expert|staffer|staff|assistant|"
    r"coordinator|officer|official|head|writer|counsel|specialist|researcher|fellow|manager|strategist)s?\b)|"
    r"\b(?:director|head|chief|deputy|vice\s+president|secretary|undersecretary|adviser|advisor)\s+(?:of|for)\s+"
    r"(?:[\w-]+\s+){0,2}?(polic(?:y|ies))\b|"
    r"\b(?:plea|pleas|speech|speeches|message|argument|arguments|attack|attacks|criticism|appeal|pitch|rhetoric|"
    r"performance|delivery|line\s+of\s+(?:attack|criticism))\b(?:\s+[\w'’-]+){0,5}?\s+(effective)\b|"
    r"\b(effective)\s+(?:immediately|today|tomorrow|(?:at|on|as\s+of|from)\s+(?:\d|midnight|noon|the\s+(?:end|start|"
    r"beginning)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b))"
)
"""Policy cues in a sense that prescribes and evaluates nothing (check10h OB-34): the idioms "in large measure" and
"for good measure" (an amount, not a measure taken); "effectively" before what it qualifies ("The speaker is effectively
caught between two wings": "in effect" — "works effectively", "more effectively", "to effectively cultivate", "could
effectively combat" still judge how well something works); a job title ("his policy director", "director of policy");
"effective" of a plea, a speech or an attack ("The plea was made all the more effective by the intertwining of Beck's
own story": how well words persuade, check12l BK-32) and of when something takes effect ("his resignation, effective at
5 p.m."). "Effective policy", "effective foreign assistance programs" still judge a policy."""


_ONES_ROUTE = re.compile(
    r"(?:\b(?i:he|she)|\b(?!(?:We|They|You|It|I|This|That|These|Those|There)\b)[A-Z][\w'’-]+)\s+(?i:would|will|'d|’d|'ll|’ll)\s+(?i:also\s+|still\s+|first\s+)?(?i:(need\s+to))\b"
)
""""need to" of what one person would or will have to do ("He would need to replicate that early success to create an
opening …", "Huckabee will need to win Iowa again"): a candidate's route to a goal, no policy prescribed (check12m
HB-32). "The city needs to repair its bridges", "Lawmakers need to fund the program" stay cues."""
_EVENT_PLANS = re.compile(
    r"(?i)\b(plans?)\s+(?:for|of)\s+(?:(?:a|an|the|their|his|her|its|our|this|next)\s+)?(?:[\w'’-]+\s+){0,3}?[\"“']?"
    r"(?:kiss-ins?|sit-ins?|protests?|rall(?:y|ies)|march(?:es)?|boycotts?|demonstrations?|vigils?|walkouts?|"
    r"celebrations?|ceremon(?:y|ies)|weddings?|trips?|visits?|tours?|concerts?|festivals?|parades?|funerals?|"
    r"Christmas)\b|"
    r"\b(?:travel|trip|vacation|holiday|wedding|weekend|dinner|birthday|honeymoon|Christmas|Thanksgiving)[\s-]+"
    r"(plans?)\b"
)
"""Plans for an event ("plans for a same-sex kiss-in at the restaurants on Friday", "plans for a march") or named by it
("the president's post-Christmas travel plans", "her wedding plans"): a protest or a trip is planned, no policy
prescribed (check11j CF-26, checkS IQ-75)."""
_BROADCASTS = re.compile(
    r"(?i)\b(?:television|TV|radio|news|talk|cable|network|broadcast|(?-i:CNN|NBC|ABC|CBS|MSNBC|CNBC|PBS|NPR|BBC|HBO|"
    r"Fox(?:\s+News)?))\s+(?:(?:and|or)\s+(?:television|TV|radio)\s+)?(program(?:me)?s?)\b|"
    r"\b(program(?:me)?s?)\s+(?:(?:that|which)\s+)?(?:she|he)\s+(?:has\s+|had\s+)?"
    r"(?:co-?)?(?:hosted|hosts|anchors|anchored|presents|presented)\b|"
    r"(?-i:CNN|NBC|ABC|CBS|MSNBC|CNBC|PBS|NPR|BBC|HBO|ITV|C-SPAN|Fox(?:\s+News)?|Sky(?:\s+News)?)['’]s?\s+"
    r"(?:(?-i:[A-Z][\w'’-]*|\d+)\s+){1,4}(program(?:me)?s?)\b|"
    r"\b(?:aired|airs|airing|broadcast|broadcasts|televised|appeared|appearing|appears|appearance|interviewed)\s+on\s+"
    r"(?:(?:the|a)\s+)?(?:[\w.-]+['’]s?\s+(?=(?-i:[A-Z\d])))?(?:(?-i:[A-Z][\w'’-]*|\d+)\s+){0,4}(program(?:me)?s?)\b"
)
""""programs" that are broadcasts ("his television and radio programs", "network news programs", "the CNN program",
"the program she has co-hosted"), also one named by its title after the network ("NBC's Today program", "the BBC's
Today programme") or aired or appeared on ("appeared on the Sunday program"), not programmes of policy (check11j CF-26,
check10h OB-34, checkS OM-56: the network right before "program" was needed, and a title stood between)."""
_RIGHTS_LABEL = re.compile(
    r"(?i)\b((?:human\s+)?rights)(?=\s+(?:and\s+[\w-]+\s+(?:[\w-]+\s+)?)?(?:groups?|organi[sz]ations?|activists?|"
    r"advocates?|advocacy|campaigners?|campaigns?|leaders?|lobby|lobbies|lobbyists?|coalitions?|watchdogs?|movements?|"
    r"(?-i:Watch))\b)"
)
"""The rights a group is named or labelled for ("gay rights groups", "a civil rights leader", "Human Rights Campaign
president Chad Griffin"): the label of an actor, not a legal frame of the sentence (check11j CF-25). A capitalised name
inside a sentence is no cue already ("the Human Rights Campaign": ``contrast.metrics.cues``); rights held or denied
("equal rights for same-sex couples", "the rights of detainees") stay cues."""

LEGALITY = "legality"
_LAW_AS_A_TRADE = re.compile(
    r"(?i)\b(law)(?=\s+(?:firms?|schools?|professors?|students?|degrees?|clerks?|partners?|offices?|practices?|"
    r"graduates?|faculty|faculties|deans?|careers?)\b)"
)
""""Law" naming the trade in a compound for an employer, a school or a career ("a partner at the WilmerHale law firm",
"a law professor at Harvard", "after law school"): where someone works or studied, not a legal frame of the
sentence (checkQ2 HL-44). The law itself ("the law requires", "a law banning …", "law enforcement") stays a cue; a
capitalised name ("Harvard Law School") is no cue already (``contrast.metrics.cues``)."""
_A_BILL_IN_PASSAGE = re.compile(
    r"(?i)\b(?:pass(?:es|ed|ing)?|stall(?:s|ed|ing)?|block(?:s|ed|ing)?|vot(?:e|es|ed|ing)\s+on|approv(?:e|es|ed|ing)|"
    r"introduc(?:e|es|ed|ing)|draft(?:s|ed|ing)?|negotiat(?:e|es|ed|ing)|debat(?:e|es|ed|ing)|filibuster(?:s|ed|ing)?|"
    r"(?:work|agreement|deal|vote|votes|talks|negotiations)\s+on|add(?:s|ed|ing)?\s+to|hold(?:s|ing)?\s+up|held\s+up)"
    r"\s+(?:(?:the|a|an|this|that|any|such|new|their|its|his|her)\s+)?(?:[\w-]+\s+){0,3}?(legislation)\b"
    r"|\b(legislation)\s+(?:\w+\s+)?(?=to\s+pass\b|(?:has|had|was|is)?\s*(?:passed|stalled|cleared|failed)\b)"
)
"""A bill in passage, "legislation" passed, stalled, voted on, negotiated or worked on ("objected to the request, stalling
the legislation", "to reach agreement on emergency legislation to pass in the coming days"): the lawmaking process, a
political contest over a bill that is no law yet, not the legal, constitutional or jurisdictional side of an issue that
the Legality frame names (Boydstun et al. 2014; check-T SB-53: three such uses made CNBC's "Legality" highest). What a
law says or does ("legislation banning the sale of …", "under the legislation, companies must …") stays a cue."""

_DOUBT = re.compile(r"(?i)^(?:skeptic|sceptic)")
_THE_PUBLIC = re.compile(
    r"(?i)\b(?:public|voters?|electorate|Americans|citizens|residents|people|consumers|taxpayers|constituents|"
    r"respondents|polls?|polling|pollsters?|surveys?|readers|viewers|audiences?|households|parents)\b|"
    r"\b(?:global|popular|widespread|international|worldwide)\s+(?:skeptic|sceptic)"
)
"""Doubt is public opinion where the public doubts ("voters remain skeptical", "a poll found Americans skeptical",
"despite global skepticism"); lawmakers', a party's or a state's doubt ("selling the deal to Democrats -- skeptical, as
they are, about an extension", "its skepticism towards multilateral institutions") is politics between actors, not the
public's view (check10h BT-46)."""


CULTURAL = "cultural_identity"
_CONVENTION = re.compile(r"(?i)^(?:traditions?|customs?)$")
_PRESCRIBES = re.compile(
    r"(?i)^\s+(?:still\s+|long\s+|usually\s+)?(?:dictates?|dictated|demands?|demanded|requires?|required|holds?|held|"
    r"has\s+it|had\s+it|calls?\s+for|called\s+for)\b"
)


def _a_political_convention(sentence: str, hit: Hit, hits: list[Hit]) -> bool:
    """"Tradition dictates that political parties out of power do what they can to expand their coalition": a custom
    that prescribes what political actors do (the custom the subject of "dictates", "holds", "has it", "requires", a
    Political cue after it) is a convention of politics, the Political frame's, no group's culture (check12l BK-31).
    A custom of a people or a holiday ("The tradition of Thanksgiving turkeys", "Per tradition, the first daughters were
    in attendance") stays a cue."""
    return (hit.category == CULTURAL and bool(_CONVENTION.match(hit.cue)) and bool(_PRESCRIBES.match(sentence[hit.end :]))
            and any(h.category == POLITICAL and h.start > hit.end for h in hits))


_IDENTITY = re.compile(r"(?i)^identit(?:y|ies)$")
_GROUP_WORDS = frozenset({
    "national", "cultural", "ethnic", "racial", "religious", "linguistic", "collective", "communal", "group", "shared",
    "common", "tribal", "regional", "civic", "indigenous", "native",
})
"""Words before "identity" that make it a group's ("national identity", "a shared identity")."""
_GROUP_AFTER = re.compile(r"(?i)^\s+(?:politics|crisis|as\s+(?:a|an)\s+(?:nation|people|country|community|culture))\b")


def _a_persons_identity(sentence: str, hit: Hit) -> bool:
    """"identity" in the sense of who a person is ("the disclosure of the identity of a CIA operative", "revealing an
    officer's identity", "their identities were withheld"): no group's culture (check15 Q-HL HL-39: Cultural identity
    counted "the identity of Valerie Plame Wilson"). The cue needs the cultural sense: a group's word before it ("national
    identity", "ethnic identity", "Chinese identity", "a shared cultural identity"), or "identity politics", an
    "identity crisis", an identity "as a nation". Costs a group's identity named only by a possessive ("Hong Kong's
    identity") or a pronoun ("fears of losing their identity"): print less."""
    if hit.category != CULTURAL or not _IDENTITY.match(hit.cue):
        return False
    words = re.findall(r"[^\W_][\w'’-]*", sentence[: hit.start])
    if words and (words[-1].lower() in _GROUP_WORDS or _a_people(words)):
        return False
    return not _GROUP_AFTER.match(sentence[hit.end :])


def _a_people(words: list[str]) -> bool:
    """The word before is a people's or a place's name ("Chinese identity", "Hong Kong identity"): capitalised, not the
    sentence's first word, not a possessive (a person's: "Wilson's identity")."""
    last = words[-1]
    return len(words) > 1 and last[0].isupper() and not re.search(r"['’]s?$", last)


QUALITY_OF_LIFE = "quality_of_life"
_ONES_TRAVEL = re.compile(
    r"(?i)\b(travel(?:s|ed|led|ing|ling)?)[\s-]+(?=(?:plans?|schedules?|itinerar(?:y|ies)|arrangements|dates)\b)|"
    r"(?:\b(?:his|her)|(?-i:[A-Z])[\w.-]*['’]s?)\s+(?:[\w-]+\s+){0,2}?(travels?)\b(?!\s+(?:industry|costs?|bans?|"
    r"restrictions?|time)\b)"
)
"""Where one person goes: "travel plans" ("outing the president's post-Christmas travel plans"), an itinerary, one
person's travels ("his travels", "Trump's foreign travel"), as "an overseas trip" and "travel to" are (exception phrases):
no way people live (checkS IQ-75). Travel as people's mobility ("air travel got costlier for families", "travel
restrictions") stays a cue."""

_A_PROFESSION = re.compile(
    r"(?i)\b(?:intelligence|international|business|scientific|science|research|academic|diplomatic|medical|legal|"
    r"law[\s-]+enforcement|defen[cs]e|national[\s-]+security|foreign[\s-]+policy|policy|financial|investment|investor|"
    r"donor|aid|humanitarian|military|tech|technology|global|world)\s+(communit(?:y|ies))\b"
)
"""A field's or a trade's people as a body ("the intelligence community's findings", "the business community welcomed
the cut", "the scientific community"): an institution, no place people live (check Z PU-40: Fox's "the intelligence
community" twice was Right's whole Quality of life share). A community of neighbours ("families in the community",
"rural communities") stays a cue."""

EXTERNAL = "external"
_WORDS_EXCHANGED = re.compile(
    r"(?i)\b(?:short|brief|heated|testy|tense|terse|sharp|angry|bitter|awkward|verbal|private|frank|candid|friendly|"
    r"lively|spirited|combative|contentious|fiery|pointed|cordial|icy|curt|polite|on-air|televised|recorded|taped|email|"
    r"e-mail|text|Twitter|online|phone|telephone)\s+(exchanges?)\b(?!\s+(?:programs?|programmes?|rates?|students?|visits?|"
    r"of\s+(?:prisoners|fire|goods|troops)))|"
    r"\b(exchang(?:e|es|ed|ing))\s+(?:(?:a\s+few|angry|heated|sharp|harsh|testy|some|more|brief|a\s+series\s+of)\s+)?"
    r"(?:words|insults|barbs|pleasantries|e-?mails|texts|text\s+messages|messages|letters|tweets|jabs|accusations|"
    r"greetings|glances|views\s+with\s+reporters)\b"
)
"""An exchange of words ("that short exchange", "a heated exchange", "exchanged insults"): a conversation, no relations
between nations (checkS OM-61). Exchanges between countries ("cultural exchanges", "an exchange of prisoners") stay."""
_INFLUENCE = re.compile(r"(?i)^influence$")
_FOREIGN = re.compile(
    r"\b(?:" + "|".join(re.escape(n) for n in COUNTRY_NAMES if n not in _US_NAMES) + r")(?![\w.])|"
    r"\b(?:Chinese|Russian|Israeli|Iranian|Iraqi|Syrian|Ukrainian|Japanese|Indian|British|French|German|Italian|Spanish|"
    r"Canadian|Mexican|Brazilian|Australian|Turkish|Egyptian|Saudi|Pakistani|Afghan|Korean|Taiwanese|Vietnamese|"
    r"Polish|Venezuelan|Cuban|European|Qatari)\b"
)
"""A foreign country, capital or people named ("Russia's influence on the 2016 election", "to influence the Israeli
elections"); not the United States, whose own influence is external only beside another cue ("America's global
influence")."""


# --- check V (CN-48 to CN-51, KV-46 to KV-48): a cue word in a sense its frame does not mean, told by its context ------

_GOVERNING = re.compile(
    r"(?i)\b(ruling)\s+(?=(?:(?-i:[A-Z][\w.'’-]*)\s+|(?:and|of|for|the)\s+|(?:conservative|liberal|socialist|nationalist|"
    r"populist|islamist|communist|military|[a-z]+-(?:wing|left|right|led|party))\s+){0,5}?(?:part(?:y|ies)|coalitions?|"
    r"class(?:es)?|elites?|juntas?|famil(?:y|ies)|dynast(?:y|ies)|regimes?|governments?|councils?|establishment|blocs?|"
    r"factions?|monarch(?:y|ies)|clans?|generals|politburo)\b)|"
    r"\b(ruling)\s+(?=by\s+decree\b)"
)
""""ruling" of who governs ("the ruling Communist Party", "the ruling Justice and Development Party", "a ruling military
junta", "ruling by decree"): power, no court's decision (check V CN-48: "the ruling Communist Party has the means to
respond" showed Legality). A court's ruling ("the ruling Monday", "a ruling against the party", "ruling on the case")
stays a cue: only a governing body's noun right after (names and a few political adjectives between) makes it power.
Not "ruling over": a king rules over a country, but a judge rules over a case ("a judge was ruling over Trump
University's fraudulent practices")."""

_BORDER_CUSTOMS = re.compile(
    r"(?i)\b(customs)[\s-]+(?=(?:procedures?|declarations?|forms?|paperwork|documents?|documentation|checks?|inspections?|"
    r"inspectors?|controls?|clearances?|duties|duty|tariffs?|fees?|charges|officials?|officers?|agents?|authorit(?:y|ies)|"
    r"agenc(?:y|ies)|administration|offices?|posts?|checkpoints?|brokers?|union|territory|codes?|data|figures|statistics|"
    r"records|revenues?|enforcement|services?|rules|regulations|processing|delays|warehouses?|zones?|bureau|department|"
    r"house|agreements?|and\s+border|and\s+excise|and\s+immigration|said|says|reported|showed|shows)\b)|"
    r"\b(?:through|clear|clears|cleared|clearing|pass|passes|passed|passing|at|past|(?:stuck|held(?:\s+up)?|sitting|"
    r"delayed|waiting)\s+in|(?:seized|stopped|detained|inspected|held|confiscated|impounded|checked|searched|flagged|"
    r"blocked|intercepted)\s+by)\s+(?:the\s+)?(customs)\b(?!\s+(?:of\b|(?:and|or)\s+(?:traditions?|beliefs|values|habits|"
    r"practices|rituals|mores|norms|manners|cultures?)\b))"
)
""""customs" as the border authority: its procedures, duties, officers and data ("Updating customs procedures can be
slow", "Chinese customs data showed"), or what goods pass through ("the clearing of shipments through customs", "held up
in customs", "seized by customs"): trade's paperwork, no people's customs (check V CN-49). "local customs and
traditions", "the customs of the Amish" and "steeped in customs" stay cues."""

_THINGS_TRAVEL = re.compile(
    r"(?i)\b(?:goods|shipments?|cargo(?:es)?|containers?|ships?|vessels?|freight|products|parcels|packages|boxes|oil|gas|"
    r"crude|water|light|sound|signals?|bullets?|missiles?|rockets?|projectiles?|money|funds|cash|(?-i:news)|rumou?rs|data|"
    r"information|waves?|particles|imports|exports|commodities|soybeans|grain|virus(?:es)?|germs|pollution|smoke|ash)\s+"
    r"(?:(?:that|which)\s+)?(?:(?:often|usually|typically|generally|normally|must|can|could|will|would|may|might|"
    r"have\s+to|has\s+to|had\s+to|need\s+to|then|also|still|now)\s+){0,2}(travel(?:s|ed|led|ing|ling)?)\b"
)
""""travel" of things: goods, a ship, news or a bullet ("Goods that travel by sea take two to four weeks", "how fast the
ship travels", "news travels fast"): how freight moves, no way people live (check V CN-50). Travel by people ("families who
travel by car", "travel restrictions", "air travel got costlier") stays a cue."""

HEALTH = "health"
_HAVENS = (
    r"(?:bonds?|treasur(?:y|ies)|gold|dollars?|yen|francs?|cash|bunds|gilts|(?:government|sovereign)\s+debt|"
    r"safe[\s-]havens?|havens?|securities|deposits|money[\s-]markets?)"
)
_SAFE_HAVEN = re.compile(
    rf"(?i)\b(safety)\s+(?:of|in|into|offered\s+by)\s+(?:[\w.'’-]+\s+){{0,3}}?{_HAVENS}(?![\w-])"
    r"(?!\s+(?:mines?|miners?|mining|plants?|factor(?:y|ies)|workers?|vans?|trucks?)\b)|"
    r"\b(?:investors?|traders?|markets?|money|funds|capital|buyers|savers|fund\s+managers)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:sought|seek(?:s|ing)?|fled\s+to|flee(?:s|ing)?\s+to|rush(?:ed|es|ing)?\s+(?:to|for|into)|ran\s+(?:to|for)|"
    r"run(?:s|ning)?\s+(?:to|for)|flock(?:ed|s|ing)?\s+to|mov(?:ed|e|es|ing)\s+(?:to|into)|turn(?:ed|s|ing)?\s+to|"
    r"look(?:ed|s|ing)?\s+for|head(?:ed|s|ing)?\s+(?:for|to)|pil(?:ed|e|es|ing)\s+into|scrambl(?:ed|e|es|ing)\s+for|"
    r"retreat(?:ed|s|ing)?\s+(?:to|into))\s+(?:the\s+)?(?:relative\s+)?(safety)\b"
)
""""safety" of money: investors who seek it, the safety of bonds or gold ("Investors sought safety in U.S. bonds", "the
relative safety of Treasuries"): a safe haven for capital, no health or safety of people (check V CN-51). "public
safety", "the safety of the drug", "the safety of gold miners" and "residents fled to safety" stay cues."""

_SUSPECTING = r"(?:strongly|long|already|now|privately|rightly|widely|openly|quietly|genuinely|reasonably)"
_NOT_A_SUSPECT = r"(?!\s+(?:in|of|is|was|were|are|has|had|have|who|whose|said|told|fled|remain|remains)\b)"
_TO_SUSPECT = re.compile(
    r"(?i)\bto\s+(?:(?:also|still|"
    rf"{_SUSPECTING})\s+)?(suspect)\b{_NOT_A_SUSPECT}(?!\s+(?-i:[A-Z][\w'’.-]*\s+[A-Z]))|"
    r"\b(?:I|we|you|they|(?:do|did|would|will|may|might|could|can|should|must)(?:\s+not)?)\s+(?:(?:also|still|"
    rf"{_SUSPECTING})\s+)?(suspect)\b{_NOT_A_SUSPECT}|"
    rf"\b(?:he|she|who)\s+(?:(?:also|still|{_SUSPECTING})\s+)?(suspects)\b{_NOT_A_SUSPECT}|"
    rf"\b(?:also|still|{_SUSPECTING})\s+(suspects?)\b{_NOT_A_SUSPECT}|"
    r"\b(?:is|are|was|were|be|been|being|seems?|seemed|looks?|looked|remains?|remained|highly|deeply|somewhat|rather|"
    r"politically|inherently)\s+(suspect)\b(?!\s+(?:in|of|number|no\.)\b)"
)
""""suspect" the verb of thinking likely ("good reason to suspect that he could be the swing vote", "I suspect the vote
will be close", "he suspects that", "many analysts strongly suspect") or the adjective of doubtful ("the figures are
highly suspect"): a guess, no crime (check V KV-46). The person hunted ("a murder suspect", "the suspect fled", "don't be
too nice to suspects", "Do suspects resist?", "appealed to suspect Dzhokhar Tsarnaev": a title before a full name)
stays a cue: only a subject pronoun, "to", an auxiliary or an adverb before the verb in the form it takes there ("to
suspect", "he suspects"), or "be" before the adjective, set it aside."""

_PRODUCTS = (
    r"(?:insurance|pension|retirement|savings|401\(k\)|401k|annuity|dental|vision|data|phone|cellphone|wireless|calling|"
    r"meal|installment|instalment|subscription|floor|seating|treatment|lesson)"
)
_PRODUCT_BEFORE = re.compile(rf"(?i)\b{_PRODUCTS}[\s-]+$")
_RUN_BY_A_GOVERNMENT = re.compile(
    r"(?i)\b(?:government|government-run|state-run|public|option|national|federal|state|single-payer|medicare|medicaid)"
    rf"[\s-]+(?:[\w'’]+[\s-]+){{0,3}}?{_PRODUCTS}[\s-]+$"
)


def _a_product_plan(sentence: str, hit: Hit) -> bool:
    """"plans" that are products or contracts: insurance, pension, phone or payment plans ("qualified insurance plans
    include contraception coverage", "retirement plans"): what is bought or held, no policy prescribed (check V KV-47). A
    policy plan ("the plan would cut taxes", "the governor's plans for the budget") stays a cue, and so does an insurance
    plan a government would run ("a public option insurance plan", "national health insurance plans"), a programme; a
    health plan was a field's already (``_named_by_field``)."""
    head = sentence[: hit.start]
    return bool(_PRODUCT_BEFORE.search(head)) and not _RUN_BY_A_GOVERNMENT.search(head)

_COUNTRIES_RANKED = (
    r"(?!\s+of\s+[\"“]?(?:the\s+)?(?:world|global|international|(?:[\w-]+\s+)?(?:countries|nations|economies))\b)"
)
_RANKS = re.compile(
    r"(?i)\b(?:break|breaks|broke|broken|breaking|close|closes|closed|closing|join|joins|joined|joining|swell|swells|"
    r"swelled|swelling|swollen|thin|thins|thinned|thinning|fill|fills|filled|filling|purge|purges|purged|purging)\s+"
    rf"(?:(?:the|its|their|his|her|our|party|GOP|Democratic|Republican)\s+)?(ranks)\b{_COUNTRIES_RANKED}|"
    r"\b(?:within|among|from|in|into|inside|across|outside|throughout|through|up)\s+(?:the|its|their|his|her|our|your|"
    rf"party|GOP|Democratic|Republican|military|army|police|union)\s+(ranks)\b{_COUNTRIES_RANKED}|"
    rf"\b(ranks){_COUNTRIES_RANKED}\s+of\b|"
    r"\b(rank[-‐‑]and[-‐‑]file)\b|\b(rank)\s+and\s+file\b|"
    r"\b(ranking)\s+(?=(?:member|members|Democrat|Democrats|Republican|Republicans|minority|senator|senators|officer|"
    r"officers|official|officials|lawmaker|lawmakers)\b)|"
    r"\b(ranked[-‐‑]choice)\b|\b(ranked)\s+choice\b|"
    r"\bpull(?:s|ed|ing)?\s+(rank)\b"
)
""""ranks" of a body's members and "ranking" of seniority ("if no Republicans break ranks", "closed ranks", "rose through
the ranks", "the ranks of the unemployed", "the rank and file", "the ranking Democrat on the committee"), and
"ranked-choice" voting: who stands where inside a party, an army or a list of voters, no country's standing abroad (check
V KV-48). A country ranked ("The country ranks 12th in the world", "China's ranking on the index fell") stays a cue."""


_COURT_DEFENCE = re.compile(
    r"(?i)\b(defen[cs]e)[\s-]+(?=(?:attorneys?|lawyers?|counsel|teams?|fund|witness(?:es)?|motions?|briefs?|filings?|"
    r"exhibits?|objections?|bar|rests|rested|argued|argues|contends|contended|objected|countered)\b)|"
    r"\b(?:legal|criminal|insanity|entrapment|affirmative|necessity|perjury|justice|obstruction)[\s-]+(defen[cs]e)\b|"
    r"\b(defen[cs]e)\s+(?:against|to)\s+(?:(?:the|a|an|these|those|his|her|their|its)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:charges?|allegations?|accusations?|lawsuits?|suits?|indictments?|counts|complaints?)\b"
)
"""A defence in court: its lawyers, team or fund ("his defense attorney", "a legal defense fund"), what it argues ("the
defense argued", "the defence rested"), the plea it makes ("an insanity defence", "an obstruction of justice defense")
and what it answers ("his defense against the charges"): the law's, no nation's security (check X MU-4). "self-defense"
is not set aside here: a country's right to it is security's."""
_IN_COURT = re.compile(
    r"(?i)\b(?:trials?|jur(?:y|ies|ors?)|judges?|courts?|courtroom|prosecutors?|prosecution|defendants?|verdicts?|"
    r"acquit\w*|plea|testimony|testif\w*|cross-examin\w*|indict\w*|lawsuits?|plaintiffs?|reasonable\s+doubt)\b"
)
_A_NATIONS_DEFENCE = re.compile(
    r"(?i)\b(?:missile|air|national|homeland|ballistic|collective|mutual|civil|coastal|territorial|rocket|cyber|border)"
    r"[\s-]+defen[cs]e\b|\bdefen[cs]e[\s-]+(?:department|ministry|secretar(?:y|ies)|ministers?|contractors?|industry|"
    r"budgets?|spending|bills?|polic(?:y|ies)|systems?|forces?|officials?|pacts?|treat(?:y|ies)|capabilit(?:y|ies)|"
    r"shield|establishment|firms?|compan(?:y|ies)|giants?|sector|programs?|programmes?|procurement|exports?|deals?|"
    r"technolog(?:y|ies)|research|chiefs?|analysts?|experts?|cooperation|ties|strategy|posture)\b"
)


# --- check Y (AL-39, AL-40, FB-42, FB-43): idioms and everyday senses of External, Economic and Security cues ---------

_SPHERES = (
    r"(?:political|politics|policy|sports?|sporting|business|corporate|financial|finance|banking|journalism|media|news|"
    r"tech|technology|digital|online|internet|fashion|art|arts|literary|publishing|academic|scientific|medical|legal|"
    r"entertainment|music|film|movie|theat(?:er|re)|television|TV|gaming|wrestling|football|baseball|basketball|soccer|"
    r"tennis|golf|racing|chess|culinary|food|wine|evangelical|conservative|liberal|progressive|activist|celebrity|"
    r"startup|intelligence|(?-i:Washington|Hollywood|Beltway))"
)
_A_SPHERE = re.compile(
    rf"(?i)\b{_SPHERES}\s+(world)\b(?!\s+(?:wars?|leaders?|powers?|affairs|order|stage|economy|trade|bank|health|"
    r"cup|championships?|series)\b)|"
    rf"\b(world)\s+of\s+(?:the\s+)?{_SPHERES}\b(?!\s+(?:world|abroad))|"
    r"\b(world)\s+(?:on\s+(?:its|their)\s+heads?|upside[\s-]+down)\b|"
    r"\ba\s+(world)\s+(?:of|away)\b|\b(?:out\s+of\s+this|the\s+best\s+of\s+both)\s+(worlds?)\b|"
    r"\b(world)\s+(?:(?:that|which)\s+)?(?:we|you|they|I|he|she|people|Americans)\s+(?:all\s+)?(?:now\s+)?"
    r"(?:live|lives|lived|living)\s+in\b|"
    r"\b(?:an?|the|this)\s+(?:ideal|perfect|better|fairer|just|real|modern|digital)\s+(world)\b|"
    r"\bend\s+of\s+the\s+(world)\b|\b(?:what|who|where|how|why)\s+in\s+the\s+(world)\b|"
    r"\bmeans?\s+the\s+(world)\s+to\b|"
    r"\bthe\s+(world)\s+of\s+(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+)\b"
)
""""world" as a sphere of activity or in an idiom ("turned the political world on its head", "the business world",
"the world of sports", "a world of difference", "a world away", "that's not the world we live in", "in a perfect world",
"not the end of the world", "what in the world"; check AB ME-34; a person's "the world of Benedict Arnold", check AG
SN-40): a field of people or a way of speaking, no country's
standing abroad
(check Y AL-39: USA Today's "Doug Jones turned the political world on its head" showed External regulation). "The
Arab world", "the free world", "the developing world", "world leaders" and "around the world" stay cues."""

_LOSSES = (
    r"(?:seats?|majorit(?:y|ies)|supermajorit(?:y|ies)|elections?|races?|primar(?:y|ies)|runoffs?|nominations?|jobs?|"
    r"posts?|positions?|careers?|offices?|votes?|voters|support|lives|life|presidency|governorship|chairmanship|"
    r"speakership|control|lead|chances?|credibility|trust|friends(?:hips?)?|titles?|championships?|games?|matches|"
    r"(?-i:Senate|House|White\s+House))"
)
_COST_A_LOSS = re.compile(
    r"(?i)(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)(?<![\w-])(cost(?:s|ing)?)\s+"
    r"(?:(?:him|her|them|us|me|you|it|(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}|"
    r"(?:the|his|her|their|its|our)\s+(?:[\w-]+\s+)?[\w-]+)\s+)?(?:(?:the|a|an|his|her|their|its|our|your|my)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?)?{_LOSSES}\b(?!\s+(?:\$|\d))"
)
""""cost" of a loss that is no money: seats, a majority, an election, a job, lives ("The election cost Democrats their
filibuster-proof supermajority", "The gaffe cost him the nomination", "cost her her job"): the price is power or a post,
not the economy (check Y AL-40). "cost taxpayers $5 billion", "costs rose" and "the cost of the program" stay cues."""

_EXCHANGE = re.compile(r"(?i)^exchang")
_ABROAD_EXCHANGE = re.compile(
    r"(?i)\b(?:exchange[\s-]+rates?|(?:foreign|currency)[\s-]+exchange|(?:cultural|student|academic|educational|"
    r"scientific|people-to-people|prisoner|military|diplomatic|high-level|official)\s+exchanges?|exchange\s+"
    r"(?:programs?|programmes?|students?|visits?|delegations?)|exchanges?\s+of\s+(?:prisoners|ambassadors|envoys|"
    r"delegations|visits))\b"
)


def _exchange_at_home(sentence: str, hit: Hit, hits: list[Hit]) -> bool:
    """"exchange" between people ("exchanged classified information with her boss", "exchanged fire with the gunman",
    "a stock exchange"), with no other External cue and no foreign country in its sentence, nor an exchange rate, foreign
    exchange or an exchange between peoples ("student exchange programs", "a prisoner exchange"): the External frame's
    exchange is between countries (check Y FB-42), as its "influence" is (``_domestic_influence``)."""
    return (hit.category == EXTERNAL and bool(_EXCHANGE.match(hit.cue)) and not _FOREIGN.search(sentence)
            and not _ABROAD_EXCHANGE.search(sentence) and not any(h.category == EXTERNAL and h is not hit for h in hits))


_DEFENDING_ONESELF = re.compile(
    r"(?i)\b(defen[cs]e)[\s-]+mode\b|\b(?:is|are|was|were|be|been|being|stay|stays|stayed|remain|remains|remained|put|"
    r"puts|putting|kept|keep|keeps|found|find|finds|look|looks|looked|got|get|gets)\s+(?:\w+\s+)?on\s+(?:the\s+)?"
    r"(defen[cs]e)(?=\s*(?:[.,;:!?)\"”’]|$|(?:over|about|after|since|for|on|in|as|when|while|against)\b))|"
    r"\bplay(?:s|ed|ing)?\s+(?:(?:more|some|good|great|better|tough|"
    r"strong)\s+)?(defen[cs]e)\b|"
    r"\b(?:came|come|comes|coming|rushed|rush|rushes|rushing|leapt|leaped|leap|jumped|jump|jumps|jumping|rose|rise|rises|"
    r"rising|sprang|spring|springs|ran|run|runs|hurried|flew|stepped|step|steps|went|go|goes)\s+to\s+(?:the|his|her|their|"
    r"my|your|our)\s+(?:own\s+)?(defen[cs]e)\b|"
    r"(?:^|[,;:(\u2014\u2013]\s*|\b(?:said|says|wrote|writes|argued|argues|noted|notes|added|adds|and|but)\s+)in\s+"
    r"(?:his|her|their|my|your|our)\s+(?:own\s+)?(defen[cs]e)\b"
)
""""defense" of a person against criticism, in idioms ("some jumped into defense mode", "came to her defense", "In his
defense, the mayor said …", "the campaign is playing defense", "incumbents are on defense"): speaking up for someone, no
nation's security (check Y FB-43), where no other Security or External cue and no foreign country is in the sentence
(``_defending_a_person``: "would come to their defense if they were attacked", of allies, stays). "national defense",
"defense spending", "the defense of Europe" and "spend more on defense" stay cues; a country's "its defense" is left
alone."""


def _defending_a_person(sentence: str, hit: Hit, hits: list[Hit]) -> bool:
    """A Security cue inside ``_DEFENDING_ONESELF`` with no other Security or External cue and no foreign country beside
    it."""
    return (hit.category == SECURITY and any(m.start(g) == hit.start for m in _DEFENDING_ONESELF.finditer(sentence)
                                             for g in range(1, _DEFENDING_ONESELF.groups + 1))
            and not _FOREIGN.search(sentence) and not _IF_ATTACKED.match(sentence, hit.end)
            and not any(h.category in (SECURITY, EXTERNAL) and h is not hit for h in hits))


def _a_war_of_no_arms(sentence: str, hit: Hit, hits: list[Hit]) -> bool:
    """The "war" of "at war with" (``_AT_WAR_WITH``) with no foreign country or people, no armed group and no other
    Security or External cue in its sentence: a quarrel ("at war with the media"), not fighting."""
    return (hit.category == SECURITY and any(m.start(1) == hit.start for m in _AT_WAR_WITH.finditer(sentence))
            and not _FOREIGN.search(sentence) and not re.search(_ARMED_GROUPS, sentence) and not _A_NATION_AT_WAR.search(sentence)
            and not any(h.category in (SECURITY, EXTERNAL) and h is not hit for h in hits))


_IF_ATTACKED = re.compile(r"(?i)\s+(?:if|should|in\s+case|in\s+the\s+event)\b[^.;]*?\b(?:attacked|invaded|struck)\b")
"""After "come to their defense": "if they were attacked" (allies defended in war, a treaty's promise)."""


def _defence_in_court(sentence: str, hit: Hit, hits: list[Hit]) -> bool:
    """"defense" in a sentence about a trial and with no other Security cue ("At trial, the defense called only two
    witnesses"): a defendant's case (check X MU-4), unless a nation's defence is named ("the missile defense program",
    "the defense contractor" in a court filing stay)."""
    return (hit.category == SECURITY and hit.cue.lower() in ("defense", "defence") and bool(_IN_COURT.search(sentence))
            and not _A_NATIONS_DEFENCE.search(sentence)
            and not any(h.category == SECURITY and h.cue.lower() not in ("defense", "defence") for h in hits))


def _domestic_influence(sentence: str, hit: Hit, hits: list[Hit]) -> bool:
    """"influence" with no other External cue and no foreign country in its sentence ("he has continued to influence the
    conservative movement", "special interests' influence on our politics"): sway at home, not a country's standing
    abroad (check12m HB-33). In BASIL's tuning half all 7 uses of the foreign sense name a foreign country or have
    another cue ("global", "world"); none of the 10 domestic ones does."""
    return (hit.category == EXTERNAL and bool(_INFLUENCE.match(hit.cue)) and not _FOREIGN.search(sentence)
            and not any(h.category == EXTERNAL and h is not hit for h in hits))


def _doubt_of_no_public(sentence: str, hit: Hit) -> bool:
    return hit.category == PUBLIC_OPINION and bool(_DOUBT.match(hit.cue)) and not _THE_PUBLIC.search(sentence)


def _other_senses(sentence: str, hits: list[Hit]) -> set[tuple[str, int, int]]:
    """(category, start, end) of the economic and policy cues used in a sense no frame means: posts, a person's
    businesses, a conditional "should", an idiom ("in large measure"), "effectively" meaning "in effect", a job title,
    plans for an event, broadcast programs; police in a list of public employees; the audience at a speech, resigning
    "in protest"; the rights a group is named for; "fairly" meaning "rather", "equally" meaning "just as"; one person's
    travel plans; a profession's "community"; an exchange of words; the health of an organisation or an economy;
    "ruling" of who governs, the border's "customs", things that "travel", the "safety" of money, "suspect" meaning
    "think likely", a party's or an army's "ranks" (check V); a defence in court (check X MU-4). Insurance "plans" are
    ``_a_product_plan``'s."""
    spans: set[tuple[str, int, int]] = set()
    if any(h.category == FAIRNESS for h in hits):
        spans |= {(FAIRNESS, *m.span(1)) for m in _DEGREE.finditer(sentence)}
    for category, rule in ((CRIME, _LISTED_POLICE), (CRIME, _PRISONER_OF_WAR), (POLITICAL, _A_PARTY_HELD),
                           (PUBLIC_OPINION, _CROWD), (PUBLIC_OPINION, _MET), (PUBLIC_OPINION, _POLLING_PLACE),
                           (PUBLIC_OPINION, _RESIGNED_IN_PROTEST), (LEGALITY, _RIGHTS_LABEL), (LEGALITY, _LAW_AS_A_TRADE),
                           (LEGALITY, _A_BILL_IN_PASSAGE),
                           (POLICY, _EVENT_PLANS),
                           (POLICY, _BROADCASTS), (POLICY, _ONES_ROUTE), (QUALITY_OF_LIFE, _ONES_TRAVEL), (QUALITY_OF_LIFE, _A_PROFESSION),
                           (EXTERNAL, _WORDS_EXCHANGED), (HEALTH, _HEALTH_OF_A_THING),
                           (LEGALITY, _GOVERNING), (CULTURAL, _BORDER_CUSTOMS), (QUALITY_OF_LIFE, _THINGS_TRAVEL),
                           (HEALTH, _SAFE_HAVEN), (CRIME, _TO_SUSPECT), (EXTERNAL, _RANKS),
                           (SECURITY, _COURT_DEFENCE), (EXTERNAL, _A_SPHERE), (ECONOMIC, _COST_A_LOSS),
                           (ECONOMIC, _SPENDING_TIME)):
        if any(h.category == category for h in hits):
            spans |= {(category, *m.span(g)) for m in rule.finditer(sentence) for g in range(1, rule.groups + 1)
                      if m.start(g) >= 0}
    if any(h.category == ECONOMIC for h in hits):
        spans |= {(ECONOMIC, *m.span(g)) for rule in (_POSTS, _OWNED, _RUN_A_BUSINESS) for m in rule.finditer(sentence)
                  for g in range(1, rule.groups + 1) if m.start(g) >= 0}
    if any(h.category == POLICY for h in hits) and not sentence.rstrip(" \"'”’)").endswith("?"):
        spans |= {(POLICY, *m.span(1)) for rule in (_CONDITIONAL_SHOULD, _INVERTED_SHOULD) for m in rule.finditer(sentence)}
    if any(h.category == POLICY for h in hits):
        spans |= {(POLICY, *m.span(g)) for m in _POLICY_SENSES.finditer(sentence) for g in range(1, _POLICY_SENSES.groups + 1)
                  if m.start(g) >= 0}
    return spans


class FramesMatcher(CueMatcher):
    """The frame lexicon's cues; a policy noun named by its field is left to that field's frame, and
    "plans to" + a verb is the verb, not a policy; a campaign "called #…" or "to raise funds" is advocacy, not an
    election; a cue that ``needs_support`` (a common word: "history",
    "language") shows its frame only beside another cue of that frame that does not."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        self.weak = {
            c.id: re.compile("|".join(f"(?:{cue_pattern(cue)})" for cue in c.needs_support))
            for c in lexicon.categories if c.needs_support
        }

    def find(self, sentence: str) -> list[Hit]:
        hits = super().find(sentence)
        other = _other_senses(sentence, hits) if hits else set()
        hits = [h for h in hits if (h.category, h.start, h.end) not in other]
        hits = [h for i, h in enumerate(hits) if not (h.category == POLICY and _not_a_policy(sentence, hits[:i], h))]
        lowered = sentence.lower()
        if "forces" in lowered or "offensive" in lowered:
            hits = sorted([*hits, *_armed(sentence)], key=lambda h: (h.start, h.end))
        if any(h.category == POLITICAL and _CAMPAIGN.match(h.cue) for h in hits):
            hits = _wars(sentence, hits)
        hits = [h for h in hits if not (h.category == POLITICAL and _an_advocacy_campaign(sentence, h))]
        hits = [h for h in hits if not _doubt_of_no_public(sentence, h) and not _a_political_convention(sentence, h, hits)
                and not _domestic_influence(sentence, h, hits) and not _a_persons_identity(sentence, h)
                and not _defence_in_court(sentence, h, hits) and not _exchange_at_home(sentence, h, hits)]
        hits = [h for h in hits if not self._unsupported(h, hits)]
        hits = [h for h in hits if not _defending_a_person(sentence, h, hits)]  # a politician's allies alone are no cue
        hits = [h for h in hits if not _a_war_of_no_arms(sentence, h, hits)]
        if "-" in sentence or "–" in sentence:
            labels = [Hit(POLITICAL, m.group(), *m.span()) for m in _PARTY_LABEL.finditer(sentence)]
            hits = sorted([*hits, *labels], key=lambda h: (h.start, h.end)) if labels else hits
        return hits

    def _unsupported(self, hit: Hit, hits: list[Hit]) -> bool:
        """A cue that needs support with no cue of its frame beside it that does not ("Those savings have a
        complicated history": nothing about a group's culture)."""
        weak = self.weak.get(hit.category)
        if weak is None or not weak.fullmatch(hit.cue):
            return False
        return not any(h.category == hit.category and not weak.fullmatch(h.cue) for h in hits)


def _armed(sentence: str) -> list[Hit]:
    """Security and defence's cues that no word list can hold alone: armed forces (``_ARMED_FORCES``) and the noun
    "offensive" (``_OFFENSIVE``), not in the idiom "on the offensive"."""
    armed = [Hit(SECURITY, m.group(1), *m.span(1)) for m in _ARMED_FORCES.finditer(sentence)]
    return armed + [Hit(SECURITY, m.group(1), *m.span(1)) for m in _OFFENSIVE.finditer(sentence)
                    if not _ON_THE_OFFENSIVE.search(sentence[: m.start(1)])]


def _wars(sentence: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` with a campaign of war (``_MILITARY_CAMPAIGN``; ``_CAMPAIGN_ABROAD`` beside another Security cue) moved
    from the Political frame to Security and defence."""
    spans = {m.span(1) for m in _MILITARY_CAMPAIGN.finditer(sentence)}
    if any(h.category == SECURITY for h in hits):
        spans |= {m.span(1) for m in _CAMPAIGN_ABROAD.finditer(sentence)}
    return [Hit(SECURITY, h.cue, h.start, h.end) if h.category == POLITICAL and (h.start, h.end) in spans else h
            for h in hits]


def _an_advocacy_campaign(sentence: str, hit: Hit) -> bool:
    return bool(_CAMPAIGN.match(hit.cue) and _NAMED_OR_AIMED.match(sentence[hit.end :]))


def _not_a_policy(sentence: str, before: list[Hit], hit: Hit) -> bool:
    return _named_by_field(sentence, before, hit) or bool(_VERB_PLAN.match(hit.cue) and (_plan_verb(sentence, hit)
                                                                                         or _a_product_plan(sentence, hit)))


def _plan_verb(sentence: str, hit: Hit) -> bool:
    """"plan(s)" as a verb: "to" + a verb after it, a subject pronoun before it, or an object after it and no
    determiner before it."""
    head, tail = sentence[: hit.start], sentence[hit.end :]
    return bool(_INFINITIVE_AFTER.match(tail) or _PRONOUN_BEFORE.search(head)
                or (_OBJECT_AFTER.match(tail) and not _DETERMINER_BEFORE.search(head)))


def _named_by_field(sentence: str, before: list[Hit], hit: Hit) -> bool:
    """A policy noun right after its field: another frame's cue ("foreign policy", "trade policy"), a
    field without a cue ("monetary policy") or a place ("Middle East policy"), only spaces or a hyphen between."""
    if not _POLICY_NOUN.match(hit.cue):
        return False
    head = sentence[: hit.start]
    named = bool(before) and before[-1].category != POLICY and not head[before[-1].end :].strip(" -‐‑")
    return named or bool(_FIELD_BEFORE.search(head) or _PLACE_BEFORE.search(head))


def frames_lexicon(lenses: Lenses) -> Lexicon:
    return lexicon(LENS).extended(lenses.extra(LENS))


@cache
def frames_matcher(words: Lexicon) -> FramesMatcher:
    return FramesMatcher(words)


COUNTED = (OWN, NEGATED, DEFINITION)
"""Contexts of a cue that shows a frame: the outlet's own words, also where it negates the frame ("this is
not about race" still frames it so) or defines a term. Not a quotation or reported speech: the frame a
quoted senator reaches for is the senator's ("“I think it's corrupt”" is no crime frame of the newspaper)."""


def frame_measures(words: Lexicon) -> list[Measure]:
    """Each frame's share of the outlet's own-voice sentences (of five words or more), and "other"."""
    return [Measure(f, f"shows:{f}", OWN_SENTENCE, "share", contexts=COUNTED) for f in (*words.ids, OTHER)]


@lens_part(LENS)
def frames_part(sentences: pl.DataFrame, lenses: Lenses) -> LensPart:
    """One source's framed sentences: the frames each shows in the outlet's own voice, and its dominant frame.

    Voices are read over all of the source's sentences (a quotation runs through short ones: "Why?"),
    then headings and fragments are left out. The dominant frame (``sentences.parquet``) is over all
    of a sentence's cues, whatever its voice; the figures count own-voice sentences only."""
    words = frames_lexicon(lenses)
    evidence = find_evidence(sentences, frames_matcher(words), LENS)
    own_voice = dict(zip(sorted(sentences.get_column(SENTENCE_INDEX).to_list()),
                         (v.kind == OWN for v in source_voices(sentences)), strict=True))
    framed = [row for row, text in enumerate(sentences.get_column(TEXT).to_list()) if len(text.split(" ")) >= MIN_WORDS]
    sentences = sentences[framed] if framed else sentences.clear()
    evidence = evidence.join(sentences.select(SOURCE_ID, SENTENCE_INDEX), on=[SOURCE_ID, SENTENCE_INDEX], how="semi",
                             maintain_order="left")
    table = category_counts(sentences, evidence, words.ids)
    counted = category_counts(sentences, evidence.filter(pl.col(CONTEXT).is_in(COUNTED)), words.ids)
    counts = [table.get_column(f"n:{f}").to_list() for f in words.ids]
    per_row = list(zip(*counts, strict=True)) if counts else [()] * table.height
    dominant = [OTHER if sum(n) == 0 else words.ids[max(range(len(n)), key=n.__getitem__)] for n in per_row]
    own = [float(own_voice[i]) for i in sentences.get_column(SENTENCE_INDEX).to_list()]
    shows = [[o * float(c > 0) for o, c in zip(own, counted.get_column(f"n:{f}").to_list(), strict=True)] for f in words.ids]
    table = table.hstack([
        pl.Series(OWN_SENTENCE, own, dtype=pl.Float64),
        *(pl.Series(f"shows:{f}", column, dtype=pl.Float64) for f, column in zip(words.ids, shows, strict=True)),
        pl.Series(f"shows:{OTHER}", [o * float(not any(s[r] for s in shows)) for r, o in enumerate(own)], dtype=pl.Float64),
        pl.Series(FRAME, dominant, dtype=pl.String),
    ])
    part = measured_part(LENS, table, frame_measures(words), in_the_share(table, evidence))
    return LensPart(part.table.hstack([table.get_column(FRAME)]), evidence, part.figures)


def in_the_share(table: pl.DataFrame, evidence: pl.DataFrame) -> pl.DataFrame:
    """The evidence a frame share's printed cues and sentences may cite: a cue counted for a frame only where its
    sentence is one the share counts (in the outlet's own voice). A reported sentence's speaker tag is the outlet's
    words ("…, police said in a statement"), so its cue is "own", but the sentence is left out of the share: its
    "police" in the tally made "“police” ×7, “fbi” ×2" of a share resting on 6 and 1 (check12-reK CS-31). Cues in
    quotations and reported speech stay: they are the lens's apart rows, not a share's."""
    shared = {key for key, own in zip(zip(table.get_column(SOURCE_ID).to_list(), table.get_column(SENTENCE_INDEX).to_list(),
                                          strict=True), table.get_column(OWN_SENTENCE).to_list(), strict=True) if own}
    keys = zip(evidence.get_column(SOURCE_ID).to_list(), evidence.get_column(SENTENCE_INDEX).to_list(), strict=True)
    kept = [context not in COUNTED or key in shared for key, context in zip(keys, evidence.get_column(CONTEXT).to_list(),
                                                                             strict=True)]
    return evidence.filter(pl.Series(kept, dtype=pl.Boolean)) if not all(kept) else evidence


@metric(LENS, per_source=measure_lenses, part=PART, lens=SPEC)
def frames(corpus: Corpus) -> MetricFrames:
    part = pooled(corpus, LENS)
    tallied = LensPart(part.table, in_the_share(part.table, part.evidence), part.figures) if part.table.height else part
    result = lens_result(corpus, LENS, frame_measures(frames_lexicon(corpus.lenses)), english_only(corpus, "Frames"), tallied)
    dominant = (
        part.table.select(*SENTENCE_KEY, FRAME)
        if part.table.height
        else pl.DataFrame(schema={SOURCE_ID: pl.String(), SENTENCE_INDEX: pl.Int32(), FRAME: pl.String()})
    )
    evidence = part.evidence.drop(ORIGIN, strict=False)
    return MetricFrames(sentences=dominant, figures=result.figures, evidence=evidence, warnings=result.warnings)

"""Words VADER rates for a feeling, in senses that carry none: set aside before scoring.

VADER looks words up whatever their sense. Its raters scored "party" (+1.7) as in a
celebration, "united" (+1.8) as in togetherness, "like" (+1.5) as in fondness, "worth"
(+0.9) and "straight" (+0.9) as praise; news uses them as names ("the Communist Party",
"the United States"), as "similar to" ("behaving like a gang of hoodlums"), as a price
("$34 billion worth of goods") and as "at once" ("took effect straight away"). Scored as
written, the Communist Party's newspaper reads as cheerful and a wire report of tariffs
as the most positive sentence in a report.

:func:`neutral_senses` marks such a word so the lexicon does not find it (the word gets
a trailing ``·``, one token still, so VADER's three-word negation and booster windows are
unchanged). The rules are about the *shape* of a sense, never about a particular name:

* a capitalised lexicon word inside a multi-word name (next to another capitalised word,
  "of"/"and"/"the" allowed between: "Great Hall of the People"), or alone mid-sentence
  ("the Party said"); not all-capitals words (VADER reads "GREAT" as emphasis), not in
  title-case headings, where capitals say nothing about names, and not a lone capitalised word
  used as a predicate, the emphatic capitals of a tweet ("the Fake News is going Crazy!", "so Sad"):
  after a degree word ("so", "very", "too") or ending its clause after a linking verb ("is going",
  "became", "looks");
* "like" after a verb of seeming or acting or a form of "be" ("behaving like", "looks like",
  "be like you"), after "just", "much", "more" or "nothing", after a comma, or after a plural
  noun it introduces examples of ("countries like Saudi Arabia", "exports like soybeans"), or after a singular noun
  after "a", "an", "another", "each" or "every" and before the noun phrase it compares with ("failure to pass a
  package like the tax deal": a singular count noun cannot be the subject of the verb "like" — check10h BT-31); and
  "Like" opening a sentence with a phrase that ends at a comma ("Like many elected officials in
  Colorado, Mr. Suthers had opposed Amendment 64": a comparison — check7 MJ-20);
* "worth" next to an amount ("$34 billion worth of", "worth $5m", "net worth"), "valued at" an amount;
* a "strengthening" or "weak" currency, "sharing" technology or know-how (a transfer);
* "crude" oil, "interest" rates and "mortgage interest", loans and debts "forgiven" (written off, check-T SB-35),
  "intellectual" property, "as well (as)", "free" trade and markets,
  "hand over", national and cyber "security" and security councils, threats, reviews and breaches (checkS OM-35),
  a "security detail" (bodyguards) and a "powerful" position, office or committee (a rank, as "top" is: check-T SC-45),
  armed men who "engaged the shooter" or "engaged in a firefight" and "a hail of gunfire" (combat, not charm or weather),
  "intelligence" agencies, officers and committees and Russian or military "intelligence";
* a title, an office or a body of law: a "special" counsel, prosecutor or envoy, a "grand" jury,
  "obstructed justice", a "chief", "liberal" or "retired justice" (a judge), the "justice" department
  or system; "asset" forfeiture, sales and freezes, frozen or financial "assets"; "relief" dollars,
  funds, bills and efforts (aid, not the feeling); "play a role" or "a part", and "play" a tape, a recording or a clip or
  "on air" (a broadcast: "Excerpts of the tape were played on air", checkS OM-39); the "final stop" of a
  tour; "save" a tactic "for" later (keep in reserve); a "determination on" or "that" (a ruling,
  not resolve) — check s6-C PM-24, PM-26, GF-26c, CS-23 and
  finalcheck-s5 BE-57, DH-42, SZ-A3: each sentence was an origin's "most positive" or the key's
  "words the score reacts to" on that word alone;
* the "war" in the name of an economic dispute ("trade war", "tariff war", "price war"): the
  name all sides use, not a battle — the naming lens shows who calls the dispute what;
* "straight" meaning "at once" or "in a row" ("straight away", "the third straight day");
* a word that names a pact, a programme or a payment rather than the feeling VADER's raters
  scored: "agreement" as the deal itself ("the TPP trade agreement", "reached an agreement",
  "the agreement was signed" — concord stays: "nodded in agreement", "broad agreement that"),
  "health care", "Social Security benefits", "tax relief", "trust fund", "tax credit";
* "party" as a political party in lower case ("the Republican party", "any political party",
  "the state party", "party leaders", "party emails"), or after a possessive that says whose it is ("members of
  LePage's own party", "from within his own party", "leaders of her party", "broke with his party" — check8 LP-5),
  not a celebration ("threw his own party", "a birthday party");
* "top" of a rank or a place in a list ("another top Republican", "top White House aides", "the
  top 10", "at the top of"), not excellence: VADER's +0.8 made a sentence about an attack Fox's
  "most positive";
* "lies" and "lie" meaning "is found" ("the distinction lies in", "the answer lies with the
  courts", "the road that lies ahead"), not deceit.
* "gross" of an amount before deductions ("adjusted gross income", "gross domestic product", "gross
  margins"), not disgust (check10i CE-7: a sentence on a tax return was one of an origin's negatives).

Some words are in a sense that neither VADER nor the lenses' lexicons mean, so the lenses set
them aside too (:func:`set_aside`, read by ``contrast.metrics.evidence``):

* the noun "might" (strength: "military might and economic coercion", "the economic might of
  China"), after a possessive or an adjective and before a clause boundary or preposition — not
  the hedging modal;
* "approval" as an institution's consent ("the approval of their legislative bodies",
  "approval for the deal", "regulatory approval", "approval of $60 billion in infrastructure spending"), not public
  opinion's ("approval of his handling of the budget" stays);
* "favorable"/"favourable" terms of trade ("more favorable tariff rates", "favorable terms"),
  not a favourable view;
* "equal" of a size ("of equal scale and strength", "an equal amount", "tariffs equal to 25
  percent"), not equality between people — the fairness frame's word.
* "confirm" of an appointment ("a vote to confirm Gorsuch", "was confirmed 98-0", "confirmed by the
  Senate"), not a writer's certainty (check s6-C GF-35: three Senate votes were Fox's only "boosters"); so is one with
  a date ("expected Kavanaugh to be confirmed by Oct. 1", "confirmed before the midterms": check V KV-27) or a post
  ("was confirmed as secretary of state", "confirmed to the Supreme Court"); "The report was confirmed by two officials"
  stays;
* "must" of a deadline ("subpoenas must be returned Feb. 3", "must be raised by February 27"): an
  obligation with a date, neither certainty nor a policy prescription (CS-27, CS-34).
* "effective" of a rate ("an effective federal tax rate of 35.7 percent"): the rate actually paid, not a judgement
  of what works — VADER's +0.7 and the policy frame's cue (check10i CE-22, CE-7); "an effective policy" stays;
* "fair" of a quantity ("a fair amount of time", "a fair number", "a fair bit", "a fair deal of"), not fairness
  (CE-23); "a fair trial", "a fair deal", "their fair share" stay.

A pure ``str → str`` step, run after :func:`contrast.metrics.typography.normalise_typography`.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Collection, Sequence
from typing import Any

from contrast.metrics.wordscan import FOLDS_TO_ASCII

__all__ = ["MARK", "neutral_senses", "set_aside"]

MARK = "·"
"""Appended to a word set aside: no lexicon entry ends in it, and it is not ASCII
punctuation, so VADER neither finds the word nor strips the mark."""

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_CAPITALISED = re.compile(r"[A-Z][A-Za-z'-]*")
"""The runs of ``_WORD``'s characters that start with a capital (``_may_name``)."""
_JOINERS = frozenset({"of", "and", "the", "for", "de", "on"})
_SEEMING = (
    r"(?:act|acts|acted|acting|behave|behaves|behaved|behaving|look|looks|looked|looking|seem|seems|seemed|"
    r"sound|sounds|sounded|feel|feels|felt|treat|treats|treated|treating|just|much|more|less|nothing|something|"
    r"anything|everything|exactly|very\s+much|be|is|are|was|were|been|being)"
)
_SUCH_AS = (
    r"(?:areas|fields|sectors|products|goods|things|countries|nations|companies|firms|platforms|places|cities|issues|"
    r"industries|items|markets|people|topics|apps|brands|games|films|movies|shows|technologies|sites|organi[sz]ations|"
    r"groups|exports|imports|crops|commodities|partners|allies|leaders|figures|outlets|events)"
)
"""Plural nouns after which "like" means "such as" ("countries like Saudi Arabia", "exports like soybeans")."""
_NOT_A_NOUN = (
    r"(?:few|lot|lots|number|couple|majority|minority|handful|dozen|dozens|hundred|hundreds|thousand|thousands|million|"
    r"millions|bunch|host|of|who|that|which|would|could|should|might|may|must|will|shall|can|do|does|did|to|not|and|or|"
    r"but|also|really|just|still)"
)
"""Words between "a"/"an" and "like" that let "like" be a verb: a plural quantity ("a few voters like the plan",
"a lot of people like it") or a relative clause or auxiliary ("a man who would like the job")."""
_NAME = r"(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w'’-]*"
_NAME_LIST = rf"{_NAME}(?:,\s+{_NAME}){{1,}},?\s+(?:and|or)\s+{_NAME}"
"""Three names or more in a list ("John Ashcroft, Kit Bond, John Danforth and Jim Talent"): after a plural noun and
"like", examples of it ("former Missouri senators like John Ashcroft, Kit Bond …", check13n RA-39), not what the
plural noun is fond of."""
_RECORDED = (
    r"(?:tapes?|recordings?|clips?|videos?|audio|footage|excerpts?|snippets?|segments?|voicemails?|soundbites?|"
    r"sound\s+bites?|interviews?)(?![\s-]+(?:games?|gaming|poker|consoles?|slots?|chats?|calls?|conferenc\w*|books?)\b)"
)
"""What is played back: a tape, a recording, a clip ("played the tape", "Excerpts of the tape were played on air")."""
_NOUN_FOLLOWS = r"(?i:the|a|an|this|that|these|those|his|her|their|its|our|your|my|some)"
"""What opens the noun phrase "like" compares with ("a package like the tax deal")."""
_SENSES = [
    re.compile(rf"(?i:\b{_SEEMING}\s+)(like)\b"),
    re.compile(r",\s+(like)\s+(?=\w)"),
    re.compile(r"^\s*[\"'(]?\s*(?:(?:And|But|Yet|So|Much|Just|Very\s+much)\s+)?((?i:like))\s+(?=[^,.;:!?]{1,80},)"),
    re.compile(rf"(?i:\b{_SUCH_AS}\s+)(like)\b"),
    re.compile(rf"(?i:\b[a-z][\w-]*s\s+)(like)\s+(?={_NAME_LIST})"),
    re.compile(rf"(?i:\b(?:a|an|another|each|every)\s+(?:(?!{_NOT_A_NOUN}\b)[a-z][\w-]*\s+){{1,3}})(like)\s+(?={_NOUN_FOLLOWS}\b)"),
    re.compile(r"(?i)(?:[\d.,]+\s*(?:%|percent|bn|billion|million|m|trillion|tn|k|dollars|yuan|euros|pounds)?|net)\s+(worth)\b"),
    re.compile(
        r"(?i)\b(worth)\s+(?=of\b|\$|£|€|¥|US\$|RMB|\d|about\b|around\b|nearly\b|almost\b|more than\b|less than\b|"
        r"some\b|at least\b|up to\b|an estimated\b|roughly\b|over\b|under\b|billions\b|millions\b|a total of\b|"
        r"a combined\b|a further\b|an extra\b|an additional\b|another\b|tens of\b|hundreds of\b)"
    ),
    re.compile(r"(?i)\b(valued)\s+(?=at\s+(?:\$|£|€|¥|US\$|RMB|\d|about|around|nearly|almost|some|roughly|more|over|up))"),
    re.compile(r"(?i)\b(crude)\s+(?=oil\b|prices?\b|futures\b|imports?\b|exports?\b|output\b|inventories\b)"),
    re.compile(r"(?i)\b(interest)\s+(?=rates?\b|payments?\b|income\b|costs?\b|charges?\b|expenses?\b|-?free\b)"),
    re.compile(  # check-T SB-35: "used for wages, rent, mortgage interest, or utilities" was an origin's most positive
        r"(?i)\b(?:mortgage|loan|debt|credit-card|compound|accrued|deferred|unpaid|annual|monthly)[\s-]+(interest)\b"
    ),
    re.compile(  # a loan or a debt forgiven is written off, not pardoned (check-T SB-35)
        r"(?i)\b(?:loans?|debts?|mortgages?|advances?)\b,?(?:\s+[\w'’-]+,?){0,6}?\s+(?:is|are|was|were|be|been|being|get|gets|"
        r"got)\s+(?:\w+ly\s+)?(forgiven)\b"
    ),
    re.compile(
        r"(?i)\b(forgiv(?:e|es|ing|en|able)|forgave)\s+(?=(?:(?:the|their|its|his|her|all|some|part\s+of\s+the|student|"
        r"federal|small-business|outstanding|those)\s+)*(?:loans?|debts?|mortgages?)\b)"
    ),
    re.compile(r"(?i)\b(?:loan|debt|mortgage)[\s-]+(forgiveness)\b"),
    re.compile(  # check-T SC-45: a "security detail" is a bodyguard unit; "the most powerful positions" ranks an office
        r"(?i)\b(security)\s+(?=details?\b|guards?\b|personnel\b|teams?\b|cameras?\b|camera\b|footage\b)"
    ),
    re.compile(  # check-T SC-45's rebuild: "security detail engaged the shooter in a hail of gunfire" (+1.7, +0.3)
        r"(?i)\b(engag(?:e|es|ed|ing))\s+(?=(?:(?:the|an?|two|three|several|armed|suspected|lone|enemy|rebel|hostile)\s+)*"
        r"(?:shooters?|gunm[ae]n|attackers?|assailants?|suspects?|enemy|enemies|militants?|insurgents?|fighters?|"
        r"troops|forces|rebels?|terrorists?|hostiles)\b|(?:in|with)\s+(?:a\s+|the\s+)?(?:gun\s*fight|fire\s*fight|"
        r"shoot-?out|exchange\s+of\s+(?:gun)?fire|combat|battle)\b)"
    ),
    re.compile(r"(?i)\b(hail)\s+(?=of\s+(?:gun)?fire\b|of\s+bullets\b|of\s+(?:gun)?shots\b|of\s+rockets\b|of\s+stones\b)"),
    re.compile(
        r"(?i)\b(powerful)\s+(?=(?:[\w-]+\s+)?(?:positions?|posts?|offices?|jobs?|seats?|committees?|chairmanships?|roles?)\b)"
    ),
    re.compile(r"(?i)\b(intellectual)\s+(?=property\b|properties\b)"),
    re.compile(
        r"(?i)\b(strengthen(?:ing|ed|s)?|strong(?:er)?|weak(?:ening|ened|er)?)\s+(?=(?:\w+\s+)?(?:yuan|renminbi|dollar|"
        r"currency|euro|pound|yen|rupee|won)\b)"
    ),
    re.compile(r"(?i)\b(?:yuan|renminbi|dollar|currency|euro|pound|yen)\s+(strengthen(?:ing|ed|s)?|weaken(?:ing|ed|s)?)\b"),
    re.compile(r"(?i)\b(share|shares|shared|sharing)\s+(?=(?:its\s+|their\s+|the\s+)?(?:technology|technologies|know-how|"
               r"secrets|data|information|intellectual)\b)"),
    re.compile(
        r"(?i)\b(?:national|cyber|homeland|energy|food|job|social|data|information|internet|network|border|state|public|"
        r"maritime|economic)[\s-]+(security)\b"
    ),
    re.compile(
        r"(?i)\b(security)\s+(?=council|reasons?\b|reviews?\b|threats?\b|risks?\b|concerns?\b|grounds\b|agenc|services\b|"
        r"forces\b|officials?\b|laws?\b|checks?\b|clearance|experts?\b|analysts?\b|studies\b|issues?\b|"
        r"breach(?:es)?\b|lapses?\b|flaws?\b|holes?\b|vulnerabilit(?:y|ies)\b)"
    ),
    re.compile(
        r"(?i)\b(intelligence)\s+(?=agenc|community\b|officials?\b|officers?\b|operatives?\b|agents?\b|sources?\b|"
        r"services?\b|committees?\b|panels?\b|reports?\b|chiefs?\b|directors?\b|assessments?\b|briefings?\b|"
        r"gathering\b|analysts?\b|units?\b|networks?\b|failures?\b|estimates?\b|operations?\b|findings\b|sharing\b|"
        r"apparatus\b|personnel\b)"
    ),
    re.compile(
        r"(?i)\b(?:military|foreign|u\.s\.|american|russian|chinese|british|israeli|iranian|western|national|domestic|"
        r"defen[cs]e|signals|counter)[\s-]+(intelligence)\b"
    ),
    re.compile(
        r"(?i)\b(special)\s+(?=(?:counsel|prosecutors?|envoys?|agents?|forces|operations|sessions?|elections?|committees?|"
        r"representatives?|assistants?|advis[eo]rs?|masters?|inspectors?|investigators?|investigations?|rapporteurs?|"
        r"tribunals?|administrative\s+regions?|economic\s+zones?)\b)"
    ),
    re.compile(r"(?i)\b(grand)\s+(?=jur(?:y|ies|ors?)\b)"),
    re.compile(r"(?i)\b(determinations?)\s+(?=(?:on|that|whether|about|regarding|as\s+to)\b)"),
    re.compile(r"(?i)\b(?:make|makes|made|making|reach|reaches|reached|reaching|issue|issued)\s+(?:a\s+|the\s+|any\s+|no\s+|its\s+|final\s+)*(determinations?)\b"),
    re.compile(r"(?i)\bobstruct(?:s|ed|ing)?\s+(justice)\b"),
    re.compile(r"(?i)\bobstruction\s+of\s+(justice)\b"),
    re.compile(
        r"(?i)\b(?:chief|associate|liberal|conservative|moderate|retired|sitting|former|senior|junior|swing|fellow|late|"
        r"criminal|juvenile|military)\s+(justice)\b"
    ),
    re.compile(r"(?i)\b(justice)\s+(?=(?:department|ministry|minister|system|officials?|secretary)\b)"),
    re.compile(
        r"(?i)\b(assets?)\s+(?=(?:forfeiture|management|managers?|freezes?|seizures?|prices?|sales?|class(?:es)?|"
        r"purchases?|bubbles?|values?)\b)"
    ),
    re.compile(r"(?i)\b(?:frozen|liquid|financial|foreign|toxic|fixed|total|net|seized)[\s-]+(assets?)\b"),
    re.compile(r"(?i)\b(save|saves|saved|saving)\s+(?=(?:[\w'’-]+\s+){1,4}?for\s+(?:a|an|the|later|another|future|when)\b)"),
    re.compile(
        r"(?i)\b(play|plays|played|playing)\s+(?=(?:a|an|the|no|any|some|its|their|his|her|key|major|big)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:role|roles|part)\b)"
    ),
    re.compile(  # checkS OM-39: "Excerpts of the tape were played on air" was a Washington Times "most positive"
        r"(?i)\b(play|plays|played|playing)\s+(?=(?:[\w'’-]+\s+){0,4}?on[\s-]+(?:the\s+)?(?:air|radio|television|TV)\b|"
        r"(?:(?:it|them|parts?|portions?|excerpts?|snippets?|bits?)\s+(?:of\s+)?)?(?:(?:a|an|the|this|that|these|those|his|"
        r"her|their|its|our|some|more|several|another|two|three)\s+)?(?:[\w'’-]+\s+){0,2}?" + _RECORDED + r"\b)"
    ),
    re.compile(rf"(?i)\b{_RECORDED}\b(?:\s+[\w'’-]+){{0,4}}?\s+(?:was|were|is|are|been|being|be|get|gets|got)\s+(played)\b"),
    re.compile(r"(?i)\b(?:first|final|last|next|second|third|brief|latest|only|one|other|last-minute)\s+(stop)\b(?!\s+(?:the|it|them|him|her|this|that)\b)"),
    re.compile(r"(?i)\bartificial\s+(intelligence)\b"),
    re.compile(r"(?i)\bas\s+(well)\b(?=\s+as\b|\s*[.,;:!?)]|\s*$)"),
    re.compile(r"(?i)\b(free)[\s-]+(?=trade\b|market\b|markets\b|trading\b|flows?\b|trade\s+agreements?\b)"),
    re.compile(r"(?i)\b(hand|hands|handed|handing)\s+(?=over\b|out\b)"),
    re.compile(r"(?i)\b(?:other|upper|first|left|right)\s+(hand)\b"),
    re.compile(r"(?i)\b(?:trade|tariff|price|currency|trade-)[\s-]?(wars?)\b"),
    re.compile(r"(?i)\b(straight)\s+(?=away\b|off\b)"),
    re.compile(r"(?i)\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(straight)\b"),
    re.compile(r"(?i)\b(straight)\s+(?=(?:days|weeks|months|years|sessions|quarters|games|times)\b)"),
    re.compile(
        r"(?i)(?<!\bin\s)(?<!\bin\sfull\s)(?<!\bin\sbroad\s)(?<!\bin\scomplete\s)(?<!\bin\sgeneral\s)"
        r"(?<!\bbroad\s)(?<!\bgeneral\s)(?<!\bwide\s)(?<!\bwidespread\s)(?<!\bunanimous\s)(?<!\buniversal\s)"
        r"\b(agreements?)\b(?!\s+(?:that|among|amongst)\b)"
    ),
    re.compile(
        r"(?i)\b(?:health|medical|child|elder|day|foster|intensive|primary|long-term|nursing|home|patient|hospice|"
        r"prenatal|dental|palliative|critical|respite|senior|managed|urgent|veterans)[\s-]+(care)\b"
    ),
    re.compile(
        r"(?i)\b(?:security|unemployment|jobless|disability|retirement|pension|veterans['’]?|welfare|tax|medicare|"
        r"medicaid|health|death|survivor|survivors['’]?|food|housing|employee|fringe|insurance|federal|government)"
        r"[\s-]+(benefits?)\b"
    ),
    re.compile(
        r"(?i)\b(?:tax|debt|disaster|mortgage|sanctions|tariff|farm|emergency|storm|hurricane|flood|drought|pandemic|"
        r"coronavirus|covid|student-loan|loan)[\s-]+(relief)\b"
    ),
    re.compile(
        r"(?i)\b(relief)\s+(?=(?:dollars|funds?|funding|money|aid|efforts?|packages?|bills?|programs?|programmes?|agenc\w*|"
        r"workers?|supplies|organi[sz]ations?|groups?|payments?|checks?|cheques?|operations?|measures?|spending|loans?)\b)"
    ),
    re.compile(r"(?i)\b(trust)[\s-]+(?=funds?\b)"),
    re.compile(
        r"(?i)\b(?:political|ruling|opposition|governing|republican|democratic|democrat|communist|labou?r|conservative|"
        r"liberal|green|tea|third|major|minor|parliamentary|one|nationalist|socialist|far-right|far-left|centrist|"
        r"populist|main|rival|same|other|either|any|every|each|state|national|local|county|city|provincial|regional)"
        r"[\s-]+(part(?:y|ies))\b"
    ),
    re.compile(
        r"(?i)\b(part(?:y|ies))[\s-]+(?=(?:leaders?|leadership|members?|membership|officials?|chief|chairman|chairwoman|"
        r"chair|secretary|congress|line|platform|primar(?:y|ies)|nominees?|nomination|establishment|cadres?|discipline|"
        r"committee|faithful|affiliation|lines|politics|system|bosses|elders|base|ticket|unity|loyalty|e-?mails|"
        r"headquarters|funds|fundraising|donors|operatives|activists|officers|rules|apparatus|organi[sz]ation|"
        r"spokes(?:man|woman|person)|caucus|convention|conference|lawyers?|finances|coffers|documents|computers|"
        r"servers|networks)\b)"
    ),
    re.compile(  # LP-5: "members of LePage's own party", "from within his own party", "leaders of her party"
        r"(?i)\b(?:(?:of|from|within|in|inside|against|with|across|by|outside)\s+(?:his|her|their|its|[a-z][\w-]*['’]s?)"
        r"\s+own|(?:members?|leaders?|leadership|colleagues|lawmakers|ranks|wing|base)\s+of\s+(?:his|her|their|its|"
        r"[a-z][\w-]*['’]s?)(?:\s+own)?|(?:broke|break|breaks|breaking|split|splits)\s+with\s+(?:his|her|their|its)(?:\s+own)?)"
        r"\s+(part(?:y|ies))\b"
    ),
    re.compile(
        r"(?i)\b(top)\s+(?=(?:[\w.'’-]+\s+){0,2}?(?:republicans?|democrats?|gop|officials?|aides?|advis[eo]rs?|"
        r"diplomats?|generals?|admirals?|lawyers?|economists?|negotiators?|prosecutors?|leaders?|leadership|"
        r"executives?|brass|commanders?|lieutenants?|deputies|deputy|envoys?|spokes(?:man|woman|person)|staffers?|"
        r"strategists?|donors?|lawmakers?|senators?|earners|\d+)\b|of\b)"
    ),
    re.compile(r"(?i)\b(lies|lie|lay|lying)\s+(?=(?:in|at|within|ahead|behind|beneath|beyond|between|with\s+(?:the|its|their))\b)"),
    re.compile(
        r"(?i)\b(?:tax|child|income|trade|export|bank|consumer|carbon|energy)[\s-]+(credits?)\b"
    ),
    re.compile(
        r"(?i)\b(credit)[\s-]+(?=cards?\b|ratings?\b|lines?\b|markets?\b|unions?\b|default|risk\b|scores?\b|growth\b)"
    ),
    re.compile(  # check10i CE-7: "adjusted gross income" read as disgust
        r"(?i)\b(gross)[\s-]+(?=(?:(?:annual|monthly|yearly|national|domestic|state|regional|adjusted|federal|total|"
        r"operating)\s+)?(?:income|incomes|product|products|margins?|profits?|revenues?|receipts|sales|earnings|pay|"
        r"salary|salaries|wages?|proceeds|value|output|debt|assets|tonnage|weight|rent|premiums?|GDP|GNP|GNI)\b)"
    ),
]
_INSTITUTIONS = (
    r"(?:legislat\w*|congress\w*|parliament\w*|senate|house|assembly|lawmakers|legislators|regulators?|board|"
    r"shareholders|courts?|authorities|government|council|committee|cabinet|ministry|agency|agencies|bodies|body|"
    r"members|states|countries|nations)"
)
_NO_LEXICON_SENSES = [
    re.compile(
        r"(?i:\b(?:its|their|his|her|our|your|my|whose|sheer|full|all|great|growing|raw|\w+(?:al|ic|ary|ial)|\w+['’]s))"
        r"\s+(might)\b(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|or|but|of|in|with|to|is|was|has|behind|against|over|on|at|for|from)\b)"
    ),
    re.compile(
        rf"(?i)(?<!public )(?<!popular )(?<!voter )(?<!voters' )\b(approval)\s+(?=(?:of|from|by)\s+(?:the\s+|their\s+|its\s+)?"
        rf"(?:[\w-]+\s+){{0,2}}?{_INSTITUTIONS}\b|for\s+(?:the|a|an|this|that|its|their)\s+(?:\w+\s+)?"
        r"(?:deal|agreement|pact|treaty|bill|law|plan|merger|acquisition|sale|project|budget|measure|tariffs?|drug|accord)\b)"
    ),
    re.compile(  # passing a bill or spending ("pressing for approval of $60 billion in infrastructure spending": OJ-27)
        r"(?i)(?<!public )(?<!popular )(?<!voter )(?<!voters' )\b(approval)\s+(?=(?:of|for)\s+(?:\$|\d|(?:the|a|an|his|her|its|"
        r"their|this|that)\s+)?(?!(?:[\w'’-]+\s+){0,3}?(?:handling|performance|job|record|way)\b)(?:[\w$.,'’-]+\s+){0,4}?"
        r"(?:bills?|legislation|measures?|spending|package|budget|funding|appropriations?|resolution|amendment)\b)"
    ),
    re.compile(
        r"(?i)\b(?:regulatory|legislative|congressional|parliamentary|final|formal|government|official|board|antitrust|"
        r"court|cabinet|ministerial|state|federal)\s+(approval)\b"
    ),
    re.compile(
        r"(?i)\b(favou?rable)\s+(?=(?:[\w-]+\s+)?(?:tariffs?|tax|taxes|interest|exchange|lending|loan|loans|credit|terms|"
        r"rates?|treatment|conditions|prices?|pricing|financing|access)\b)"
    ),
    re.compile(
        r"(?i)\b(equal(?:ly)?)\s+(?=(?:[\w-]+\s+)?(?:scale|strength|size|amount|amounts|value|measure|magnitude|force|"
        r"intensity|sum|sums|number|weight|proportions?|tariffs?|duties|levies)\b|to\s+(?:about\s+|around\s+|roughly\s+|"
        r"nearly\s+|some\s+)?[$€£¥]?\d)"
    ),
    re.compile(  # check10i CE-22, CE-7: the "effective tax rate" is a figure, not a judgement of what works
        r"(?i)\b(effective)\s+(?=(?:(?:federal|state|local|average|overall|marginal|combined|corporate|personal|income|"
        r"payroll|annual|U\.S\.|US)\s+){0,3}(?:(?:tax|income-tax|interest|exchange|tariff)\s+)?rates?\b"
        r"(?!\s+(?:cuts?|reductions?|reforms?)\b))"
    ),
    re.compile(r"(?i)\b(?:a|an)\s+(fair)\s+(?=(?:amount|number|bit|few|deal\s+of)\b)"),
    re.compile(r"(?i)\bvot(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,2}?to\s+(confirm)\b"),
    re.compile(r"(?i)\b(confirm(?:s|ed|ing)?)\s+(?=\d+\s*[-–]\s*\d+\b|(?:by|in)\s+(?:the\s+)?(?:full\s+)?(?:senate|committee)\b)"),
    re.compile(r"(?i)\b(?:senate|senators)\s+(?:\w+\s+){0,2}?(confirm(?:s|ed|ing)?)\s+(?!that\b)(?-i:[A-Z])"),
    re.compile(r"(?i)\bto\s+(confirm)\s+(?-i:[A-Z][a-z]+)\b(?!['’])"),
    re.compile(  # check V KV-27: "she expected Kavanaugh to be confirmed by Oct. 1": an appointment with a date
        r"(?i)\b(?:be|been|being|is|are|was|were|get|gets|got|gotten|getting|him|her|them)\s+(?:\w+ly\s+)?(confirmed)\s+"
        r"(?=(?:by|before|ahead\s+of|in\s+time\s+for)\s+(?:the\s+)?(?:(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
        r"[a-z]*\.?\s+\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?!['’])|(?:end|start|beginning|middle)\s+of\b|"
        r"(?:midterms?|elections?|recess|new\s+term|next\s+term|fall|autumn|summer|spring|winter|holidays?)\b(?!\s+of\b|['’])|"
        r"(?:early|late|mid)[\s-]+(?:(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|fall|autumn|summer|spring|winter|"
        r"next|this)|next\s+(?:week|month|year)\b|\d{4}\b(?!['’])))"
    ),
    re.compile(  # "was confirmed as secretary of state", "confirmed to the Supreme Court": an appointment to a post
        r"(?i)\b(?:be|been|being|is|are|was|were|get|gets|got|gotten|getting)\s+(?:\w+ly\s+)?(confirmed)\s+"
        r"(?=(?:to|as|for)\s+(?:(?:the|a|an|his|her)\s+)?(?:(?:next|new)\s+)?(?:(?-i:[A-Z])[\w.]*\s+){0,3}?(?:justices?|"
        r"judges?|secretary|ambassador|director|attorney\s+general|administrator|commissioner|court|bench|post|job|"
        r"position|seat|cabinet|office|governor|chairman|chairwoman|chair)\b)"
    ),
    re.compile(
        r"(?i)\b(must)\s+(?=be\s+[a-z]+(?:ed|en)\s+(?:(?:by|on|before|within|until|no\s+later\s+than)\s+)?"
        r"(?:(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
        r"midnight\b|noon\b|the\s+end\s+of\b|next\s+(?:week|month)\b))"
    ),
]
"""Senses neither VADER nor the lenses' lexicons mean (see the module docstring): set aside for both."""


def set_aside(text: str) -> list[tuple[int, int]]:
    """Spans of the words of ``text`` in a sense no lexicon means (the noun "might", an institution's
    "approval", "favorable" terms of trade, "equal" of a size, an "effective" tax rate, "a fair amount"): a lens
    does not count a cue there."""
    return sorted({m.span(1) for pattern in _could_match(_NO_LEXICON_FILTERS, text) for m in pattern.finditer(text)})


# --- which patterns can match: a literal prefilter ------------------------------------------
# Every pattern above marks one word (its group 1), and a match needs that word's letters in the
# text. Running ~35 regular expressions on every sentence of a corpus was a fifth of the metrics
# stage; a lowercased substring test rules most of them out at a fraction of the cost. The
# words are read off each pattern's parse tree, so a pattern added to the lists is filtered too
# (or, if no word can be read off it, always run). Same output, tested over every bundled sentence.
# The parse tree is the standard library's own (``re._parser``, private: a Python that changes it
# only makes every pattern run).

_sre_parse: Any = importlib.import_module("re._parser")
_sre: Any = importlib.import_module("re._constants")


def _needed_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lowercase strings one of which is in (the lowercased text of) every match of ``pattern``:
    the literal start of its group 1 in each alternative ("(part(?:y|ies))" → part; "(lies|lie|lay|lying)"
    → lies, lie, lay, lying); None when group 1 is not always part of a match or starts with no literal."""
    try:
        items = _group_items(_sre_parse.parse(pattern.pattern, pattern.flags & ~re.UNICODE), 1)
        words = _literal_starts(items) if items is not None else None
    except (AttributeError, TypeError, ValueError, re.error):
        return None
    return frozenset(words) if words and all(words) else None


def _group_items(items: Sequence[tuple[Any, Any]], group: int) -> list[tuple[Any, Any]] | None:
    """The items of capturing group ``group`` if it stands on the pattern's mandatory path (not
    inside an alternative or a repeat), else None."""
    for op, arguments in items:
        if op is _sre.SUBPATTERN:
            number, _, _, inner = arguments
            if number == group:
                return list(inner)
            found = _group_items(inner, group)
            if found is not None:
                return found
    return None


def _literal_starts(items: Sequence[tuple[Any, Any]]) -> set[str]:
    """The strings a match of ``items`` must start with: its leading ASCII literals, through one
    alternative or group (a quantified item ends it)."""
    start = ""
    for op, arguments in items:
        if op is _sre.LITERAL and isinstance(arguments, int) and arguments < 128:
            start += chr(arguments).lower()
            continue
        if op is _sre.BRANCH:
            return {start + rest for branch in arguments[1] for rest in _literal_starts(branch)}
        if op is _sre.SUBPATTERN:
            return {start + rest for rest in _literal_starts(arguments[3])}
        break
    return {start}


_FOLDS_TO_ASCII = FOLDS_TO_ASCII
"""Characters a case-insensitive pattern matches to an ASCII letter (i, s) that ``str.lower`` does not
turn into it (tests/test_senses_prefilter.py derives the set from ``re`` itself): with one of them in a
text, every pattern is run."""


def _filtered(patterns: Sequence[re.Pattern[str]]) -> tuple[tuple[re.Pattern[str], frozenset[str] | None], ...]:
    return tuple((pattern, _needed_words(pattern)) for pattern in patterns)


Filters = Sequence[tuple[re.Pattern[str], frozenset[str] | None]]
_WORDS_OF: dict[int, tuple[Filters, tuple[str, ...], tuple[re.Pattern[str], ...]]] = {}
"""id(filters) → (filters, every word they look for, the patterns always run): read once per list of filters."""


def _words_of(filters: Filters) -> tuple[tuple[str, ...], tuple[re.Pattern[str], ...]]:
    found = _WORDS_OF.get(id(filters))
    if found is None or found[0] is not filters:
        if len(_WORDS_OF) >= 32:  # lists made on the fly (tests): keep a few
            _WORDS_OF.clear()
        words = tuple(sorted({word for _, needed in filters if needed is not None for word in needed}))
        found = _WORDS_OF[id(filters)] = (filters, words, tuple(pattern for pattern, needed in filters if needed is None))
    return found[1], found[2]


def needed_words_in(filters: Filters, text: str) -> frozenset[str] | None:
    """The words ``filters`` look for that ``text`` holds (lowercased substrings), each looked for once
    however many patterns need it; None when every pattern must run (a character folds to ASCII)."""
    if not text.isascii() and not _FOLDS_TO_ASCII.isdisjoint(text):
        return None
    return frozenset(filter(text.lower().__contains__, _words_of(filters)[0]))


def _could_match(filters: Filters, text: str) -> list[re.Pattern[str]]:
    """The patterns that can match ``text``: each whose needed word is in it (or that has none)."""
    present = needed_words_in(filters, text)
    if present is None:
        return [pattern for pattern, _ in filters]
    if not present:  # most sentences: none of the words
        return list(_words_of(filters)[1])
    return [pattern for pattern, words in filters if words is None or not words.isdisjoint(present)]


_SENSE_FILTERS = _filtered(_SENSES)
_NO_LEXICON_FILTERS = _filtered(_NO_LEXICON_SENSES)

_HEADING_END = re.compile(r"[.!?…][\"')\]]*\s*$")


def neutral_senses(text: str, lexicon: Collection[str]) -> str:
    """``text`` with the lexicon words used in a sense without feeling marked (see the module docstring)."""
    spans = set(_name_words(text, lexicon))
    for pattern in _could_match(_SENSE_FILTERS, text):
        spans.update(m.span(1) for m in pattern.finditer(text))
    spans.update(set_aside(text))
    if not spans:
        return text
    pieces, last = [], 0
    for _, end in sorted(spans):
        pieces.append(text[last:end] + MARK)
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def _name_words(text: str, lexicon: Collection[str]) -> list[tuple[int, int]]:
    """Spans of capitalised lexicon words that are (part of) a name."""
    if not _may_name(text, lexicon):
        return []
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    if not words or _title_case_heading(text, words):
        return []
    found = []
    for i, (start, _, word) in enumerate(words):
        if not word[0].isupper() or word.isupper():
            continue
        bare = word.lower().removesuffix("'s")
        if bare not in lexicon:
            continue
        if _capitalised_neighbour(words, i, text) or (
            i > 0 and not _sentence_start(text, start) and not _predicate(words, i, text)
        ):
            found.append((start, start + len(bare)))
    return found


_DEGREE = frozenset({
    "so", "very", "too", "really", "truly", "totally", "absolutely", "extremely", "incredibly", "quite",
})
"""Degree words: what follows one is graded, so a quality, never a name ("so Sad", "very Unfair"). Not "more" or
"most", which also count things ("more Energy in America stories")."""
_LINKING = frozenset({
    "is", "are", "was", "were", "be", "been", "being", "am", "going", "gone", "went", "goes", "get", "gets", "got",
    "getting", "become", "becomes", "became", "becoming", "seem", "seems", "seemed", "look", "looks", "looked", "feel",
    "feels", "felt", "sound", "sounds", "sounded", "turned", "remain", "remains", "remained", "stay", "stays",
})
"""Linking verbs: a lone word closing the clause after one is said of the subject ("is going Crazy!", "looks Weak.")."""
_CLAUSE_END = re.compile(r"[\"'’”)\]]*\s*(?:[!?,;:…—–]|\.(?!\s*\d)|$)")
"""What ends a clause after a word: not the full stop of an abbreviation before a number ("is No. 2")."""
_NAMES_AS_PREDICATE = frozenset({
    "god", "lord", "heaven", "hope", "joy", "faith", "grace", "glory", "liberty", "justice", "charity", "destiny",
})
"""Lexicon words that, capitalised, name someone or something even after "is" ("it is God, not us", "the winner is
Hope."): a deity, a given name, a personified ideal."""


def _predicate(words: list[tuple[int, int, str]], i: int, text: str) -> bool:
    """Whether the lone capitalised word ``words[i]`` is a predicate, not a name: right after a degree word, or right
    after a linking verb and ending its clause (check Z PU-17: Trump's tweet "the Fake News is going Crazy!" lost
    "Crazy" as a name, −0.48 printed where VADER reads −0.67 counting it). Only a space between the two words ("So,
    Darling set out", "MORE (Ill.)" stay names), never a possessive ("so Excelsior's credits"), and not a word that
    names a deity or a person even as a predicate (``_NAMES_AS_PREDICATE``). A name after "is" mid-clause ("is Hope
    Hicks") has a capitalised neighbour and never gets here."""
    if i == 0 or not text[words[i - 1][1] : words[i][0]].isspace():
        return False
    word = words[i][2]
    if word.lower() in _NAMES_AS_PREDICATE or re.search(r"['’]s$", word) or text[words[i][1] :].startswith(("'s", "’s")):
        return False
    before = words[i - 1][2].lower()
    if before in _DEGREE:
        return True
    return before in _LINKING and bool(_CLAUSE_END.match(text, words[i][1])) and not _RELATIVE_AFTER.match(text, words[i][1])


_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:which|who|whose|whom)\b")
"""A relative clause after the word makes it a noun, a name ("the foe is Amazon, which …"), not a quality."""


def _may_name(text: str, lexicon: Collection[str]) -> bool:
    """Whether ``text`` has a capitalised lexicon word, the only words ``_name_words`` can return.

    One regex pass over the capitalised runs only: nine sentences in ten have none, and listing
    every word with its offsets cost more than the rest of the senses. Each word of ``_WORD``
    that starts with a capital is also a match of ``_CAPITALISED`` (the same characters, taken
    greedily from the same start: an earlier run cannot reach into it without being part of
    the same word), so no candidate is missed; extra runs ("Phone" in "iPhone") only make the
    full check run."""
    return any(not run.isupper() and run.lower().removesuffix("'s") in lexicon for run in _CAPITALISED.findall(text))


def _capitalised_neighbour(words: list[tuple[int, int, str]], i: int, text: str) -> bool:
    """Another capitalised word next to this one in the same run of text (joiners allowed between)."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(words) and words[j][2].lower() in _JOINERS and words[j][2].islower():
            j += step
        if 0 <= j < len(words) and words[j][2][0].isupper() and j != i:
            left, right = sorted((words[i], words[j]))
            gap = text[left[1] : right[0]]
            if not re.search(r"[.,;:!?\"()]", gap):
                return True
    return False


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \"'([")
    return not before or before[-1] in ".!?:;-"


def _title_case_heading(text: str, words: list[tuple[int, int, str]]) -> bool:
    """A heading (no closing punctuation) that capitalises most words, and leaves no more than one word in lower case
    but the short ones title case leaves so (``_TITLE_LOWER``). A sentence that lost its full stop and lists names
    ("The statement came from Missouri Sen. Roy Blunt, and former Sens. John Ashcroft, Kit Bond, John Danforth and Jim
    Talent") is no heading: its names are names (check13n RA-35: "Talent" +1.8 made it Fox's most positive)."""
    if _HEADING_END.search(text):
        return False
    alpha = [w for _, _, w in words if w.lower() not in _JOINERS]
    lower = [w for w in alpha if not w[0].isupper() and w.lower() not in _TITLE_LOWER]
    return len(alpha) >= 3 and sum(w[0].isupper() for w in alpha) / len(alpha) >= 0.6 and len(lower) <= 1


_TITLE_LOWER = frozenset({
    "a", "an", "or", "but", "nor", "to", "in", "at", "by", "with", "from", "as", "vs", "via", "up", "off", "out", "per",
    "into", "over", "than", "is", "are", "be", "so", "yet",
})
"""Short words a title-case heading leaves in lower case (with ``_JOINERS``)."""

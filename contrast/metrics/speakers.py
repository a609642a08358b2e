"""Who speaks in an attributed sentence, and what kind of speaker that is.

The kind of a speaker is read from the speaker, not from any role noun in the sentence:
in "Murray says the law doesn't reflect Seattle residents' values" the residents are what
is said, and in "Tim Cook called the law dangerous in a Washington Post op-ed" the op-ed is
where it was said. So the speaker is found first — the subject of the reporting verb
(with its appositives: "Riley Seibenhener, the party chairman in Geneva County, told"), the
object of "according to", or the phrase after a verb of saying that opens the sentence's
attribution ("…," said press secretary Sarah Sanders) — and then typed:

* by a role noun of the attribution lexicon inside that phrase ("Seattle Mayor Ed Murray",
  "The Post" as a publication) that is the speaker's own: not a person's role in a possessive
  ("the president's son", "President Trump's attorney Ty Cobb"), not the object of a preposition
  after the speaker ("Pence on Fox News said"), not an unnamed group that is an object ("asking
  supporters to sign") or stands beside a named person ("Cornyn, one of the bill's leading
  proponents,"); where only such roles are there, the name that opens the phrase is the speaker;
* else, when the phrase ends in a person's name, by that name's earlier mention in the same
  source with a title or an appositive role (``Mentions``): "Murray says" after "Seattle
  Mayor Ed Murray", "Pence wrote" after "Gov. Mike Pence (R)";
* states, countries and capitals named as the whole speaker ("Oklahoma and Nebraska said", "Two heartland states
  filed …, saying", "the lawsuit from Nebraska and Oklahoma argues", "Beijing said", "the U.S. has said") are their
  governments: officials (``places_speak``; not a state as a
  modifier or a place, "a Colorado attorney", "Vicente of Colorado");
* a document speaks for whoever issued it: a report, memo, letter or statement for its issuer named with it, a
  lawsuit ("the suit says", "The complaint says") for whoever brought it ("The two states filed a lawsuit", "The
  lawsuit was brought by attorneys general in …"), learned earlier in the same source (``Mentions.documents``);
  one whose issuer the source does not name stays unclassified;
* a "he" or "she" right after one person spoke is that person ("Bosma acknowledged …" /
  "“We don't believe that will be the effect,” he said."), a "they" right after a group spoke is that group
  ("Oklahoma and Nebraska said …" / "They say …": check8 MJ-27);
* a subject that names nobody ("some close to the chairman say", "several leading Republicans arguing", "multiple
  sources") is vague sourcing: anonymous (``vague_subject``, check11j SR-15);
* else it is not classified. A "they" with no group speaking just before, a bare "Some" or "Others" (who
  continue a group named before), a name never introduced with a role ("Tim Cook",
  "Corfman"), or a head noun the lexicon does not type ("Moore's campaign") stays
  unclassified: the lens does not guess.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from contrast.days import DAY, WEEKDAY
from contrast.metrics.cues import Hit
from contrast.metrics.places import COUNTRY_NAMES, STATE_NAMES
from contrast.metrics.voice import INVERTED_SPEECH, has_main_verb
from contrast.segment import POSSESSIVE, TITLE_BEFORE_NAME

ANONYMOUS = "speaker.anonymous"
UNTYPED_NAME = "name"
"""The category of the hit that holds an untyped speaker's name (``Speaker.name``)."""
EXPERT = "speaker.expert"
OFFICIAL = "speaker.official"
CANDIDATE = "candidate"
"""Learned (``Mentions.learned``) of a person a source calls a candidate by name ("Republican challenger Mitt Romney",
"Republican presidential candidate Mitt Romney"): no kind of speaker, but what sets a courtesy title aside in
``one_kind_per_person``."""
_CANDIDATE_BEFORE = re.compile(r"(?i)\b(?:challenger|nominee|candidate|hopeful|contender)\s+$")

_NAME_WORD = r"(?:[A-Z][a-z]?\.|[A-Z][\w'’-]*[a-z][\w'’-]*|[A-Z]{2,})"
_NAME = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}")
"""A run of capitalised words ("Ed Murray", "Sarah Huckabee Sanders", "Mark Emmert", "J. Smith")."""
_NOT_NAMES = frozenset({
    "the", "a", "an", "and", "but", "or", "in", "on", "at", "of", "for", "to", "by", "with", "from", "as",
    "after", "before", "during", "amid", "when", "while", "if", "this", "that", "these", "those", "his", "her",
    "its", "their", "our", "my", "your", "he", "she", "they", "it", "we", "i", "some", "many", "several",
    "others", "other", "both", "all", "each", "every", "more", "most", "mr", "mrs", "ms", "dr", "however",
    "meanwhile", "still", "also", "then", "later", "earlier", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
})

"""Capitalised words that start a sentence or name a day or month, not a person."""
_HONORIFIC = re.compile(rf"^(?:(?:{TITLE_BEFORE_NAME}|Sir)\.?\s+)+")
_OBJECT_BEFORE = re.compile(
    r"(?i)\b(?:with|to|in|on|at|from|by|for|of|about|into|via|through|told|tell|tells|telling)\s+"
    r"(?:(?:the|a|an|his|her|its|their)\s+)?(?:(?:two|three|four|five|several|both|some|many|other|\d+)\s+)?"
    r"(?-i:[A-Z][\w.&'’-]*\s+){0,3}$"
)
"""A role that is the object of a preposition or of telling ("an interview with Fox News", "told the
Post"), also counted ("In earlier interviews with two newspapers, Snowden said …", check AG SN-30): the name after its
comma is the sentence's subject, not the holder of that role."""
_ACCORDING_BEFORE = re.compile(r"(?i)\baccording\s+to\s+(?:(?:the|a|an)\s+)?(?-i:[A-Z][\w.&'’-]*\s+){0,3}$")
"""A publication or body cited with "according to": the name after its comma is the subject of the sentence (check12l
CH-19), not its holder."""
_LEFT_BEFORE = re.compile(
    r"(?i)\b(?:left|leave|leaves|leaving|quit|quits|quitting|departed|departs|departing|exited|exits|exiting|"
    r"(?:resign(?:s|ed|ing)?|retir(?:e|es|ed|ing)|(?:was|were|been)\s+(?:fired|ousted|dismissed))\s+from)\s+"
    r"(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w.&'’-]+\s+){0,2}$"
)
"""A role that is the place someone left ("When he left the White House, Bannon said …", "after quitting Breitbart
News, Bannon …"): a past post, which is not the title of the name after it (check15 BN-27)."""
_MEDIA = "speaker.media"
_JOB_AT_OUTLET = re.compile(r"\s+(?:host|anchor|presenter|personality|contributor|pundit)\s+(?=[A-Z])")
"""A job at an outlet between its name and a person's ("Fox News host Glenn Beck", "CNN anchor Jake Tapper"): the person
speaks for the media (check12l BK-23)."""
_PARTY_MARK = re.compile(r"^\s*(?:\((?:R|D|I)(?:[-–][A-Z][\w.]*)?\)|,\s*(?:R|D|I)[-–][A-Z][a-z]*\.?,)")
"""A lawmaker's party after the name: "David Long (R)", "Mitch McConnell, R-Ky.,"."""
_CITATION = re.compile(r"^(?:\s+et\s+al\.?)?\s*\(\s*(?:\d{4}[a-z]?|n\.d\.)\s*[),;:]")
"""A scholar cited by year: "Grincheva (2023)", "Gumenyuk et al. (2021)"."""
_CITED_IN = re.compile(r"^(?:\s+et\s+al\.?)?,\s*\d{4}[a-z]?\s*[);]")
"""A scholar cited in parentheses: "(Nye, 2021)"."""
_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "one"])
_FILLER = re.compile(
    r"(?i)(?:\s+|^)(?:also|has|have|had|then|later|earlier|again|further|reportedly|allegedly|apparently|repeatedly|"
    r"publicly|previously|initially|originally|first|once|quickly|immediately|subsequently|recently|now|still|even|"
    r"however|too|already|is|was|were|are|will|would|could|should|may|might|must|did|does|do|not|never|been|being|"
    r"only|just|flatly|firmly|strongly|sharply|openly|angrily|loudly|quietly|privately|bluntly|briefly|calmly|roundly|"
    r"(?-i:[a-z]+(?:fully|edly|ously|ately|ically|antly|ently|ingly))|"
    r"(?:on|last|this|next)\s+(?:" + WEEKDAY + r"|week|month|year|night|morning)"
    r")\s*$"
)
"""Words between a subject and its verb ("Long on Monday also denied", "He also has told"), a manner adverb too ("Trump
also forcefully denied the affair.", check AC SD-8: the name is the speaker; a suffix no noun has, or one of a few
common ones, not any "-ly": "a Trump ally said")."""
_RELATIVE = re.compile(r",\s*(?:who|whom|whose|which|where)\b[^,]*(?:,|$)")
"""A relative clause inside the subject ("The NCAA, whose headquarters is in Indianapolis, also said"): not the speaker."""
_RELATIVE_THAT = re.compile(r"(?i)(\b(?:a|an|the)\s+[\w-]+\s+)(that\s+[^,]*)(?=,)")
"""A relative clause on an appositive's noun, closed by a comma ("Ryan Morris, founder of Tripwire, a company that
provides training to law enforcement and military officials, called …"): blanked, so it neither cuts the subject
at "that" nor lends its nouns ("officials") to the speaker. One that runs on to the verb holds the verb's own
subject ("… an approach that some of Mr. Trump's former advisers say the president never comprehended")."""
_ADVERBIAL = re.compile(
    r"(?i)^\s*(?:in|on|at|during|after|before|amid|following|since|despite|although|though|when|while|as|if|unlike|"
    r"without|for|by|from|under|over|through|however|but|yet|meanwhile|still|also|and|so|asked|the\s+same\s+day|"
    r"(?:\w+\s+){1,2}(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:later|earlier|ago)|"
    r"(?:last|this|next)\s+\w+|(?-i:[a-z]+ing))\b"
)
"""A comma segment that is an adverbial or participle phrase, not part of the subject ("In a statement on
Thursday, …", "moving to address a growing political firestorm, …", "Speaking to reporters, …")."""
_WHO = re.compile(r",\s*who\b")
"""A relative clause on a person, which may itself hold commas ("Pence, who in an Oct. 14, 2016, interview …")."""
_ANTECEDENT_AFTER = re.compile(r"(?i)\b(?:to|with|on|in|from|by|about|against|into|toward|towards|like|than|for|of)\s+")
"""What a relative clause's person follows when they are not the subject ("a comparison to Senator Elizabeth Warren")."""


def _in_relative(tail: str) -> bool:
    """Whether a verb after ", who" + ``tail`` is the relative clause's or the main verb right after it closes:
    no comma since "who" ("…, who claimed"), the clause opening with an adverbial ("who in an Oct. 14, 2016,
    interview … claimed"), or nothing but the verb after its closing comma ("…, who …, said"); not a new subject
    after it ("…, who is overseeing the case, Ryan and Harrison wrote")."""
    if "," not in tail or _ADVERBIAL.match(tail):
        return True
    rest = tail[tail.rfind(",") + 1 :]
    while (trimmed := _FILLER.sub("", rest.rstrip())) != rest.rstrip():
        rest = trimmed
    return not rest.strip()
_CLAUSE_CUT = re.compile(
    r"(?i)[;:]|\b(?:in|of|from|by|with|to|for|at|on|under|through)\s+which\s+|"
    r",\s*(?:and|but|while|whereas|as|because|though|although)\s+|\b(?:that|after|before|when|because|while)\s+"
)
_JOINED_CLAUSE = re.compile(r"\s(?:and|but)\s+(?=(?:(?:the|a|an)\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}(?:[a-z]|$))")
""""and"/"but" with no comma before a subject of its own (a name, or "the" and a capitalised noun, then the verb or a
lower-case word): after a clause with its own verb (``has_main_verb``) it opens a second clause ("So far, the government has not
commented on Snowden's case and Snowden says he plans to stay …", check AG SN-31: Snowden says it, and the government,
which did not comment, said nothing), so the subject of a verb after it is the words after it."""
_INVERTED_VERBS = re.compile(
    r"(?i)^(?:said|says|say|wrote|writes|added|adds|stated|noted|explained|continued|replied|"
    r"responded|warned|cautioned|argued|insisted|claimed|recalled|declared|announced|reported|quipped|remarked|"
    r"reports|announces|confirms|confirmed|concludes|concluded|estimates|estimated|explains|predicts|projects|projected)$"
)
"""Verbs of saying that may come before their speaker ("…," said press secretary Sarah Sanders; "…, reports the Labor
Department.", check14-new JR-2: those of ``voice._INVERTED_REPORT``)."""


_OPENING_WORD = re.compile(r"(?:[A-Z][a-z]+(?:ing|ed)|After|Before|Like|Unlike|As|When|While|With|Without|Despite|Since)\s")
"""A capitalised word that opens a sentence before a name ("Following Romney's remarks"), not the name's first word."""


OWNED_SITE = re.compile(
    r"(?i)\b(?:crowd-?funding|fund-?raising|donations?|petition|pledge|campaign|campaign['’]s|group['’]s|company['’]s|"
    r"organi[sz]ation['’]s|party['’]s|government|agency['’]s|official|personal|church|charity|advocacy|activists['’])\s+"
    r"(?:web\s*)?(?:sites?|websites?|pages?|platforms?)\b"
)
"""A site that is no news medium: a crowdfunding, campaign, petition or company site ("set up a crowdfunding site",
"the campaign's website"). It speaks for whoever runs it, not for the media (check-U CO-40: "According to the
website, there are two scenarios:" after "… set up a crowdfunding site" was typed Media)."""


@dataclass
class Mentions:
    """The people one source introduces with a role: surname and full name → kind of speaker.

    Learned in reading order from the outlet's own words (not from quotations): a role before
    the name ("Seattle Mayor Ed Murray", "Gov. Jay Inslee", "the N.C.A.A. president, Mark
    Emmert"), an appositive after it ("Riley Seibenhener, the party chairman in Geneva County,"),
    or a party mark ("David Long (R)"). A name given two kinds is ambiguous and stays untyped.
    """

    roles: dict[str, str] = field(default_factory=dict)
    ambiguous: set[str] = field(default_factory=set)
    documents: dict[str, str] = field(default_factory=dict)
    """A document noun ("report", "memo") → the kind of whoever issued it, from its mention with its issuer."""
    learned: list[tuple[int, str, str]] = field(default_factory=list)
    """Every (sentence, name as written, kind) learned, conflicts included: what the report pools across its sources
    (``contrast.metrics.attribution``: one person, one kind in every origin)."""
    sentence: int = 0
    """The sentence being learned from."""
    people: set[str] = field(default_factory=set)
    """Every person's name of two words or more the source writes (``one_kind_per_person`` tells namesakes apart)."""
    companies: set[str] = field(default_factory=set)
    """Companies the source names with their legal form ("Tyson Foods Inc."): the name and its first word, by which
    the source may call it later ("Tyson spokesman Gary Mickelson", ``incorporated``)."""
    owned_site: bool = False
    """The source has named a site that is no news medium (``OWNED_SITE``): "the website" after it is that site."""

    def learn(self, sentence: str, masked: str, hits: Sequence[Hit]) -> None:
        self.companies |= incorporated(masked)
        self.owned_site = self.owned_site or OWNED_SITE.search(masked) is not None
        roles = [h for h in hits if h.category.startswith("speaker.") and h.category != ANONYMOUS]
        for noun, issuer in [*_issued(masked, roles), *_sued(masked, roles)]:
            self._add_document(noun, issuer)
        for hit in roles:  # "Seattle Mayor Ed Murray", "Gov. Jay Inslee", "the N.C.A.A. president, Mark Emmert,"
            gap = (hit.category == _MEDIA and _JOB_AT_OUTLET.match(masked[hit.end :])) or re.match(r"\.?\s+|,\s+", masked[hit.end :])
            name = _NAME.match(masked, hit.end + gap.end()) if gap else None
            # "In his interview with Fox News, Ryan also hammered …": Ryan is not Fox News; but "promoted … by the White
            # House press secretary, Sarah Huckabee Sanders.", the name closing the clause, is the title's
            closes = name is not None and re.match(r"\s*(?:[,;:)]|[.!?]?\s*$)", masked[name.end() :])
            if gap and gap.group().startswith(",") and _OBJECT_BEFORE.search(masked[: hit.start]) and not closes:
                continue
            if gap and re.search(r"\s{3,}", gap.group()):
                continue  # EP-50: "The coal industry “is …,” Jeff says.": a blanked quotation parts the role and the name
            if gap and _LEFT_BEFORE.search(masked[: hit.start]):
                continue  # BN-27: "When he left the White House, Bannon said …": a post left is no role of the name after
            if gap and not gap.group().startswith(",") and hit.category == _MEDIA and not _a_person(hit) and not (
                _JOB_AT_OUTLET.match(masked[hit.end :])
            ) and _OBJECT_BEFORE.search(masked[: hit.start]):
                continue  # BN-27: "Sources told Fox News Bannon did not …": the outlet is told, Bannon is not its voice
            if gap and gap.group().startswith(",") and not _a_person(hit) and _ACCORDING_BEFORE.search(masked[: hit.start]):
                continue  # CH-19: "According to the Times, Mary Cheney, who …": the Times is cited, she is not the Times
                # (a person's title is: "According to the party chairman, Riley Doe, …")
            full = _person(_after_roles(name.group(), roles, name.start())) if name else None
            if full is not None:
                self._add(full, hit.category)
        for name in _NAME.finditer(masked):
            full = _person(_after_roles(name.group(), roles, name.start()))
            if full is None:
                continue
            if len(full.split()) > 1 and not (not masked[: name.start()].strip() and _OPENING_WORD.match(full)) and not re.search(
                r"\s{2,}", name.group()
            ):  # not "Following Romney's remarks, …": a sentence's first word is no first name; nor words either side of a
                # blanked quotation ("Wikileaks “…,” Assange wrote" names no "Wikileaks Assange")
                self.people.add(full)
            kind = _role_after(masked, name.end(), roles)
            if kind is None and _PARTY_MARK.match(masked[name.end() :]):
                kind = OFFICIAL
            if kind is None and (_CITATION.match(masked[name.end() :]) or _CITED_IN.match(masked[name.end() :])):
                kind = EXPERT
            if kind is not None:
                self._add(full, kind)
            if len(full.split()) > 1 and _CANDIDATE_BEFORE.search(masked[: name.start()]):
                self.learned.append((self.sentence, full, CANDIDATE))  # for the report's pooling only, no role

    def _add(self, full: str, kind: str) -> None:
        self.learned.append((self.sentence, full, kind))
        for key in {full, full.split()[-1]}:
            if key in self.ambiguous:
                continue
            if self.roles.get(key, kind) != kind:
                self.ambiguous.add(key)
                del self.roles[key]
            else:
                self.roles[key] = kind

    def _add_document(self, noun: str, kind: str) -> None:
        if self.documents.get(noun, kind) != kind:
            self.ambiguous.add(f"document:{noun}")
        if f"document:{noun}" in self.ambiguous:
            self.documents.pop(noun, None)
        else:
            self.documents[noun] = kind

    def kind_of(self, name: str) -> str | None:
        """The kind the source gave the person ``name`` names: its full name's, else its surname's where the surname is
        that person's alone in the source (check10i CE-20: "Mrs. Clinton said" is not typed by "former President Bill
        Clinton" in a source that names "Hillary Rodham Clinton" too; "Ann Romney said" is not "Gov. Mitt Romney")."""
        full = _person(re.split(r"\s{2,}", name.strip())[-1])  # "Wikileaks “…,” Assange wrote": Assange
        if full is None:
            return None
        words = full.split()
        if len(words) > 1 and full in self.roles:
            return self.roles[full]
        given = {n.split()[0] for n in self.people if surname(n) == surname(full) and n.split()[0] != words[0]}
        if len(given) > (1 if len(words) == 1 else 0):
            return None  # two people of that surname, or another one than this full name: whose role it is cannot be told
        return self.roles.get(words[-1])


_INCORPORATED = re.compile(r"((?:[A-Z][\w&'’.-]*\s+){1,5})(?:Inc|Corp|LLC|Ltd|PLC)\b")
"""A name before a company's legal form ("Tyson Foods Inc.", "Acme Widgets LLC"): a company's (``incorporated``)."""
_NOT_A_COMPANY_WORD = re.compile(r"(?i)^(?:the|a|an|meanwhile|but|and|also|then|now|[\w'’.]+-based|[\w'’.]+-owned)$")


def incorporated(masked: str) -> set[str]:
    """The companies a sentence names with their legal form: "Arkansas-based Tyson Foods Inc." gives "Tyson Foods" and
    "Tyson", the first word a source shortens a company's name to ("Tyson spokesman …", as "Apple CEO" is said). Words
    that open the sentence or say where it is based are not the name; a first word that is a country's or a people's
    adjective ("American", ``attribution``'s organisation check) is left to the reader of the title."""
    found: set[str] = set()
    for m in _INCORPORATED.finditer(masked):
        words = m.group(1).split()
        while words and _NOT_A_COMPANY_WORD.match(words[0]):
            words = words[1:]
        if words:
            found |= {" ".join(words), words[0].rstrip(".")}
    return found


_SUFFIX = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def surname(name: str) -> str:
    """The family name of a person's name: its last word, not a suffix ("Donald Trump Jr." → "Trump")."""
    words = name.split()
    while len(words) > 1 and words[-1].lower() in _SUFFIX:
        words = words[:-1]
    return words[-1]


def one_kind_per_person(
    learned: Iterable[tuple[str, str, str]], people: Iterable[tuple[str, str]], names: Iterable[str]
) -> dict[str, str]:
    """Each untyped speaker's name in ``names`` → the kind the report's mentions of that person with a role give them
    (``learned``: source, name as written, kind), where they give one kind (check8 RM-19: the New York Times' "Mr.
    Romney, then governor" makes Fox News' "Romney said" an official too, so the origins compare whom they quote, not
    how they write a name). ``people``: (source, full name) of every person a source names in full.

    A role given to a surname alone counts for the person its source names in full with that surname, and for a bare
    surname elsewhere only when nobody of that surname is named in full in the report ("President Trump" is not
    "Donald Trump Jr.", whom another source calls "Mr. Trump"). Not typed: a
    surname two people of the report share ("Donald Trump", "Donald Trump Jr."; "Mitt Romney", "Ann Romney"), a full
    name other than the one given the role ("Ann Romney said" after "Gov. Mitt Romney"), a name given two kinds.

    Nor does a title before a bare surname count for a person a source of the report calls a candidate by name
    (``CANDIDATE``): "Governor Romney" in a 2012 column about "the Republican presidential candidate Mitt Romney" is the
    courtesy title of an office he once held, and made NPR's "Romney said" an official's (check AD DB-34), when a
    former office-holder speaks for no government. A title with the full name ("Texas Gov. Rick Perry") still types a
    sitting office-holder who runs."""
    full_names: dict[str, set[str]] = {}
    in_source: dict[tuple[str, str], set[str]] = {}
    for source, name in people:
        if len(name.split()) > 1:
            full_names.setdefault(surname(name), set()).add(name)
            in_source.setdefault((source, surname(name)), set()).add(name)
    learned = list(learned)
    candidates = {name for _, name, kind in learned if kind == CANDIDATE}
    kinds: dict[str, set[str]] = {}
    for source, name, kind in learned:
        if kind == CANDIDATE:
            continue
        if len(name.split()) > 1:
            kinds.setdefault(name, set()).add(kind)
            continue
        named = in_source.get((source, name), set())
        if len(named) > 1:
            continue  # two people of that surname in the source: whose role it is cannot be told
        person = next(iter(named)) if named else name
        if person in candidates or (not named and any(surname(c) == name for c in candidates)):
            continue  # "Governor Romney" of "candidate Mitt Romney": a courtesy title, no office held (check AD DB-34)
        kinds.setdefault(person, set()).add(kind)
    found = {}
    for name in set(names):
        namesakes = full_names.get(surname(name), set())
        if len(name.split()) > 1:
            given = kinds.get(name, set())
        elif len(namesakes) > 1:
            continue
        else:  # a surname's role from a source that names nobody of that surname in full is no one's in particular
            given = set().union(*(kinds.get(p, set()) for p in namesakes)) if namesakes else kinds.get(name, set())
        if len(given) == 1:
            found[name] = next(iter(given))
    return found


_DOCUMENTS = r"report|memo|memorandum|letter|statement|lawsuit|suit|complaint"
_DOCUMENT = re.compile(rf"(?i)\b({_DOCUMENTS})\b")
"""Documents that speak for whoever issued them: "the report said", "a memo … reads", "the statement said", and a
lawsuit for whoever brought it ("the suit says", "The complaint says": check8 MJ-27; a lawsuit, a suit and a complaint
are one document, ``document_noun``)."""


def document_noun(word: str) -> str:
    """The document a noun names: a suit and a complaint are the lawsuit."""
    word = word.lower()
    return "lawsuit" if word in ("suit", "complaint") else word


_SUED = re.compile(
    r"(?i)(?:^|[,;:]\s*)(?P<who>[^,;:]{1,80}?)\s+(?:filed|brought|lodged)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:lawsuit|suit|complaint)\b"
    r"|\b(?:lawsuit|suit|complaint)\b,?\s+(?:(?:which|that)\s+)?(?:was\s+|were\s+)?(?:brought|filed)\s+by\s+"
    r"(?P<by>[^,;:.]{1,80})"
    r"|\b(?:lawsuit|suit|complaint)\s+from\s+(?P<from>[^,;:.]{1,60})"
)
"""Who brought a lawsuit: its subject ("The two states filed a lawsuit"), its agent ("The lawsuit was brought by
attorneys general in Nebraska and Oklahoma") or "from" ("the lawsuit from Nebraska and Oklahoma")."""


def _sued(masked: str, roles: Sequence[Hit]) -> list[tuple[str, str]]:
    """("lawsuit", the plaintiff's kind) for each lawsuit mentioned in ``masked`` with a plaintiff the lens types: a
    role of the lexicon in the plaintiff's phrase, else states ("Nebraska and Oklahoma", "the two states")."""
    found = []
    for m in _SUED.finditer(masked):
        group = next(g for g in ("who", "by", "from") if m.group(g) is not None)
        a, b = m.span(group)
        inside = [h for h in roles if a <= h.start and h.end <= b and h.category != ANONYMOUS]
        if inside:
            found.append(("lawsuit", inside[0].category))
        elif places_speak(masked[a:b], before=True) is not None:
            found.append(("lawsuit", OFFICIAL))
    return found
_ISSUER_BEFORE = re.compile(r"^(?:['’]s)?\s+(?:[\w-]+\s+){0,1}$")
"""A role right before the document, its issuer: "the White House report", "the administration's report"."""
_ISSUER_AFTER = re.compile(r"^,?\s+(?:by|from)\s+[^,;:.]{0,80}")
"""Its issuer after it: "the report, by White House Counsel Robert Bauer,", "a memo from the Justice Department"."""
_SAID_IN = re.compile(r"^,?\s+(?:\w+\s+)?(?:said|says|announced|stated|wrote|concluded)\s+in\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?$")
"""A speaker who said something in the document: "the Obama administration said in a report released Friday"."""


def _issued(masked: str, roles: Sequence[Hit]) -> list[tuple[str, str]]:
    """(document noun, its issuer's kind) for each document mentioned in ``masked`` with its issuer: a role before
    it, after it with "by" or "from", or a role that said something in it. Not an anonymous source, nor the
    document's own cue ("a report" is the media's only where nothing else issues it)."""
    found = []
    for doc in _DOCUMENT.finditer(masked):
        own = [h for h in roles if not (h.start < doc.end() and doc.start() < h.end)]
        before = [h for h in own if h.end <= doc.start() and _ISSUER_BEFORE.match(masked[h.end : doc.start()])]
        before += [h for h in own if h.end <= doc.start() and _SAID_IN.match(masked[h.end : doc.start()])]
        after = _ISSUER_AFTER.match(masked[doc.end() :])
        by = [h for h in own if after and doc.end() + after.start() <= h.start and h.end <= doc.end() + after.end()]
        issuer = (before[-1:] or by[:1])
        if issuer:
            found.append((document_noun(doc.group(1)), issuer[0].category))
    return found


def _person(text: str) -> str | None:
    """The name in ``text`` with honorifics, possessives and leading sentence words dropped, or None."""
    words = _HONORIFIC.sub("", text).split()
    while words and words[0].lower().rstrip(".") in _NOT_NAMES:
        words = words[1:]
    words = [bare for w in words if (bare := POSSESSIVE.sub("", w))]  # a bare "'s" left by a role is no word
    if not words or words[-1].lower() in _NOT_NAMES:
        return None
    return " ".join(words)


def _after_roles(name: str, roles: Sequence[Hit], start: int) -> str:
    """The words of a capitalised run after the last role in it: "Seattle Mayor Ed Murray" → "Ed Murray"."""
    inside = [h.end - start for h in roles if start <= h.start and h.end <= start + len(name)]
    return name[max(inside) :].lstrip(". ") if inside else name


def _role_after(masked: str, end: int, roles: Sequence[Hit]) -> str | None:
    """A role in an appositive right after a name: "Riley Seibenhener, the party chairman in Geneva County,"."""
    following = re.match(r",\s+(?:\d{1,3},\s+)?(?!then\b|who\b|whose\b|which\b)([^,;:]{1,120})(?:,|$)", masked[end:])
    if not following or _CLAUSE_AFTER.search(following.group(1)):
        return None
    if _ORDINARY_APPOSITIVE.match(following.group(1)):
        return "speaker.ordinary"
    a, b = end + following.start(1), end + following.end(1)
    # "Mr. Trump, the president’s son,": the role is the possessor's, not the name's
    inside = [
        h for h in roles
        if a <= h.start and h.end <= b
        and not (_a_person(h) and (_POSSESSED.match(masked[h.end : b]) or _RELATION_OF.search(masked[a : h.start])))
        # HB-25: "Mike Huckabee, the Baptist minister who became Arkansas governor,": what the clause tells of his past
        and not _IN_RELATIVE.search(masked[a : h.start])
    ]
    if not inside or re.search(r"\s(?:and|or)\s", masked[a : inside[0].start]):
        # KG-22, CE-19: "Kathy Griffin, the celebrity comic and author,", "Dr. Lisa Bardack, an internist and chairman
        # of …": the appositive first calls the person something the lexicon does not type; the role after "and" is
        # not what the person is known as here
        return None
    # "Brent Bozell, head of the Media Research Center," (check12m BN-28): the head takes the organisation's kind
    noun_phrase = re.match(r"(?i)(?:the|a|an|his|her|its|their|former|head\s+of|[A-Z][\w.&-]*['’]s?)\s", following.group(1))
    bare_title = _BARE_TITLE.fullmatch(masked[a : inside[0].start])  # "Tai Hui, chief market strategist at …" (TA-49)
    return inside[0].category if noun_phrase or inside[0].start == a or bare_title else None


_OCCUPATION = (
    r"(?:manager|owner|clerk|worker|employee|retiree|voter|resident|member|parent|mother|father|mom|dad|grandmother|"
    r"grandfather|student|nurse|farmer|rancher|teacher|driver|mechanic|waitress|waiter|bartender|cashier|homemaker|"
    r"electrician|plumber|carpenter|miner|welder|machinist|labou?rer|veteran|volunteer|sales(?:man|woman)|shopkeeper|"
    r"homeowner|customer|shopper|accountant|hairdresser|barber|commuter|tenant|churchgoer|cleaner|janitor|cook|baker|"
    r"painter|fisherman|housekeeper|caregiver|truck(?:er|driver))s?"
)
_OFFICE_BEFORE = "".join(
    rf"(?<!\b{word}\s)"
    for word in ("campaign", "county", "city", "state", "court", "team", "fund", "portfolio", "hedge", "general", "party",
                 "board", "senate", "house", "district", "office", "bank", "town", "project", "program", "account")
)
"""An office's word right before the role noun ("the campaign manager", "the county clerk", "a fund manager")."""
_ORDINARY_APPOSITIVE = re.compile(
    rf"(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,4}}?{_OFFICE_BEFORE}{_OCCUPATION}\b"
    r"(?!\s+of\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?(?:house|senate|congress|parliament|board|cabinet|council|committee|"
    r"staff|administration|legislature|assembly|party|court|commission|campaign)\b|"
    r"(?:(?<=owner)|(?<=owners)|(?<=manager)|(?<=managers))\s+(?:of|at)\s+(?:the\s+)?(?-i:[A-Z]))",
    re.IGNORECASE,
)
"""An appositive that calls a named person by a trade or a station in life, after an age or not ("said Dan, 35, a
warehouse manager and Trump voter", "Diane Woods, the restaurant owner", "Rita Wigal, 77, a retired electric company
clerk", "Kirk Mobley, 65, a retired member of the Boilermakers union"): someone speaking for themselves, an ordinary
person, whatever word qualifies the trade (check Z IR-33: all four were unclassified). Not an office's ("the campaign
manager", "the county clerk", "a member of the House", "a member of the board"), nor an owner or a manager of a named
firm ("the owner of the Dallas Cowboys", "a manager at Walmart"): those speak for a body."""

_BARE_TITLE = re.compile(
    r"(?:(?!(?:the|a|an|and|or|of|for|to|in|on|at|by|with|from|as|also|then|now|still)\s)[a-z][a-z-]*(?<!ing)(?<!ed)\s+){1,3}"
)
"""The words of a title with no article before its role noun ("chief market strategist", "senior economist", "deputy
foreign minister"): lowercase, no function word, no participle ("arguing the ministry" is a clause, not a title)."""


_CLAUSE_AFTER = re.compile(
    r"(?i)\b(?:said|says|say|reported|reports|told|tells|wrote|writes|announced|confirmed|added|noted|according|"
    r"is|are|was|were|has|have|had|will|would)\b"
)
"""A verb in what follows a name's comma makes it a clause, not an appositive: "addressed to Democratic donor Tom
Steyer, CNN and NBC reported" (Steyer is not the media that report it)."""


@dataclass(frozen=True)
class Speaker:
    kind: str | None
    """A ``speaker.*`` kind, or None: the speaker was found but cannot be typed."""
    hits: tuple[Hit, ...] = ()
    """What shows the kind: the role noun, or the name whose earlier mention gave it."""
    person: bool = False
    """One person, named or by a singular role ("Murray", "the governor"): a "he said" right after is theirs."""
    group: bool = False
    """A group of people or states, by a plural role or names joined by "and" ("some sheriffs", "Oklahoma and
    Nebraska"): a "they say" right after is theirs (check8 MJ-27)."""
    body: bool = False
    """One institution, by a singular role that names one (``_BODIES``: "the company", "the agency", "the EPA"): an "it"
    that reports right after is theirs ("According to the EPA, … ¶ It put the cost as high as $8.8 billion a year, but
    noted …", CNN, checkR EP-59)."""
    also: tuple[str, ...] = ()
    """Other kinds of source the sentence cites with the speaker: a newspaper's "unnamed sources" (anonymous)."""
    name: Hit | None = None
    """The name of a person the source never gives a role ("Romney said"): another source may (check8 RM-19)."""
    at: tuple[int, int] | None = None
    """Where the speaker phrase is written in the sentence ("Outgoing White House economic adviser Larry Summers"),
    when a reporting verb's subject or agent names it: what ``said_by`` prints."""


CONTINUES = Speaker(None)
"""The speaker of a sentence with no attribution of its own: named in a sentence of the same quotation,
or the one before (``contrast.metrics.attribution.read_statements`` resolves it)."""

_SINGLE = {"he", "she"}
_PEOPLE = frozenset({"speaker.official", "speaker.expert", "speaker.business", "speaker.civil", "speaker.ordinary"})
"""Kinds a "he" or "she" can be: not a publication, not an anonymous source."""
_INSTITUTIONS = frozenset({
    "company", "companies", "firm", "government", "ministry", "administration", "embassy", "department", "council",
    "commission", "parliament", "congress", "court", "police", "customs", "regulator", "central bank", "state council",
    "university", "institute", "study", "survey", "index", "research", "think tank", "think-tank", "consultancy",
    "industry", "business", "bank", "brand", "authorities", "white house", "charity", "charities", "nonprofit",
    "nonprofits", "non-profit", "non-profits", "ngo", "ngos", "unions", "labor union", "labour union", "trade union",
    *(f"{kind} group{s}" for kind in ("advocacy", "conservation", "environmental", "rights") for s in ("", "s")),
    "advocacy organization", "advocacy organisation", "kremlin",
})
"""Role cues that name an institution, not a person: "he" after "the company said" is someone else."""
_BODY_CUES = frozenset({"agency"})
"""Role cues of one institution besides ``_INSTITUTIONS`` that an "it" may stand for (``_is_body``)."""


def _is_body(cue: str) -> bool:
    """Whether a singular role cue names one institution: one of ``_INSTITUTIONS`` or ``_BODY_CUES``, or an acronym
    ("EPA", "FBI", "CNN"), not a person's ("CEO")."""
    return cue.lower() in _INSTITUTIONS or cue.lower() in _BODY_CUES or (len(cue) > 1 and cue.isupper() and cue != "CEO")


def find_speaker(
    sentence: str,
    masked: str,
    anchor: tuple[int, int],
    roles: Sequence[Hit],
    mentions: Mentions | None,
    person: str | None = None,
    group: str | None = None,
    body: str | None = None,
) -> Speaker | None:
    """The speaker of the reporting verb or phrase at ``anchor``, or None where no speaker phrase is found.

    ``masked`` is the sentence with quotations blanked; ``roles`` the lexicon's speaker hits
    outside quotations; ``person`` the kind of the one person who spoke in the sentence just
    before, whom a "he" or "she" here is taken to be (news style: "Bosma acknowledged …" /
    "“We don't believe that will be the effect,” he said."); ``group`` the kind of the group that spoke in it, whom
    a "they" here is taken to be ("Oklahoma and Nebraska said …" / "They say …"); ``body`` the kind of the one
    institution that spoke in it, whom an "it" here is taken to be ("According to the EPA, …" / "It put the cost …").
    """
    found: Speaker | None = None
    for window in _windows(masked, anchor):
        speaker = _typed(masked, window, anchor, roles, mentions, person, group, body)
        speaker = dataclasses.replace(speaker, at=window) if speaker is not None else None
        if speaker is not None and speaker.kind is not None:
            return speaker
        found = found or speaker
    return found


_POLLED = re.compile(r"(?i)\b(?:poll|survey)s?\s+of\s")
"""Who a poll or survey asked, after it: "A new NBC/Wall Street Journal poll of GOP primary voters shows …" is NBC's and
the Journal's finding (the media), not a statement of the voters (check12-reM HB-24, HB-25)."""


SAID_BY_WORDS = 8
"""A speaker phrase longer than this with no person's name in it is printed as its role words alone."""
_LEADING_JOINER = re.compile(r"(?i)^(?:and|but|so|yet|then)\s+")
_DETERMINED = re.compile(r"(?i)\b(?:a|an|the|some|many|several)\s+(?:[\w'’-]+\s+){0,3}$")
_ROLE_NOUN_AFTER = re.compile(
    r"\s+(?:officials?|aides?|spokes(?:man|woman|person|people)|advis[eo]rs?|staff(?:ers)?|lawmakers|sources?|"
    r"officers?|members|leaders|executives?|analysts?|experts?)\b"
)
_CITED = re.compile(r"\([^()]*\d{4}[a-z]?\)")
_SAY_AFTER = re.compile(r"(?i)\s+(?:say|says|said)$")
_LONG_NAME = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*")
"""A run of capitals of any length: a name after its roles ("White House Press Secretary Jay Carney")."""


def said_by(sentence: str, speaker: Speaker, roles: Sequence[Hit]) -> str | None:
    """The speaker of ``sentence`` as a reader would name them, in the sentence's own words: a person's name — the one
    the lens typed ("Corker", "Mr. Corker" → "Corker"), one right after the speaker's role ("Outgoing White House
    economic adviser Larry Summers" → "Larry Summers", "Sen. Bob Corker"), or one opening the speaker phrase before
    an appositive ("Christine Lagarde, the managing director of …") — else the phrase itself when the lens typed it
    ("Senior White House officials", "a White House aide"). None for a pronoun ("he said"), whose person another
    sentence names, and for a phrase the lens could not type. ``roles``: the sentence's speaker role hits (lexicon
    roles, so "White House" is no person's name)."""
    hit = speaker.name or (speaker.hits[0] if speaker.hits else None)
    if hit is None or hit.cue.lower() in _PRONOUNS:
        return None
    if speaker.name is not None or (speaker.kind in _PEOPLE and not any(r.start == hit.start and r.end == hit.end for r in roles)):
        full = _person(hit.cue) if _LONG_NAME.fullmatch(hit.cue.strip()) else None
        if full is not None:
            return full  # a name the lens typed by its earlier mention, or could not type
    gap = re.match(r"\.?\s+", sentence[hit.end :])
    after = _LONG_NAME.match(sentence, hit.end + gap.end()) if gap else None
    if after is not None and (full := _person(_after_roles(after.group(), roles, after.start()))) is not None:
        return full  # "Press Secretary Jay Carney", "Vice President Biden"
    a, b = speaker.at or (hit.start, hit.end)
    if (role_noun := _ROLE_NOUN_AFTER.match(sentence, b)) is not None:
        b = role_noun.end()  # "Senior White House" + "officials": the phrase's head noun the window left out
    phrase = sentence[a:b]
    lead = a + len(phrase) - len(phrase.lstrip())
    opening = _LONG_NAME.match(sentence, lead, b)
    if (
        opening is not None and len(opening.group().split()) > 1 and sentence[opening.end() : b].startswith(",")
        and not any(opening.start() <= r.start < opening.end() for r in roles)
    ):
        return _person(opening.group())  # "Larry Summers, the outgoing chairman of …"
    if speaker.kind is None or not (a <= hit.start and hit.end <= b):
        # a phrase the lens could not read as anyone's ("His campaign-style visit to Detroit threatens"), or a window
        # without the role that typed it ("… consulting company that [released the global soft power index] said")
        return None
    if _CITED.fullmatch(hit.cue.strip()):
        return hit.cue.strip().strip("()")  # "(Lin, 2023)": "Lin, 2023"
    words = _SAY_AFTER.sub("", _LEADING_JOINER.sub("", phrase.strip(" ,;:"))).split()
    if not words or (len(words) == 1 and words[0].lower() in _NOT_NAMES) or re.match(r"(?i)it\b|it['’]s\b", words[0]):
        return None  # "Some say", "It's been said": no one a reader could name
    if not (words[0][:1].isupper() or words[0].lower() in _NOT_NAMES):
        return None  # no noun phrase: "… company that [released the global soft power index] said" (the lens's window)
    if words and words[0].lower() in _NOT_NAMES:
        words[0] = words[0].lower()  # "A top Senate Democratic aide told …": "a top Senate Democratic aide"
    if 0 < len(words) <= SAID_BY_WORDS:
        return " ".join(words)
    determiner = _DETERMINED.search(sentence[max(a, hit.start - 60) : hit.start])  # "… as a top Republican senator"
    return (determiner.group() if determiner else "") + hit.cue


def _typed(
    masked: str,
    window: tuple[int, int],
    anchor: tuple[int, int],
    roles: Sequence[Hit],
    mentions: Mentions | None,
    person: str | None,
    group: str | None = None,
    body: str | None = None,
) -> Speaker | None:
    """The speaker written at ``window``: typed by a role in it, states named as the speaker, a name's earlier
    mention, a "he"/"she" after one person spoke, a "they" after a group or an "it" after one institution; of kind None
    when it cannot be typed."""
    a, b = window
    phrase = masked[a:b]
    if not phrase.strip():
        return None
    before = b <= anchor[0]
    advocacy = _ADVOCACY_APPOSITIVE.search(phrase) or (None if before else _ADVOCACY_APPOSITIVE.match(masked[b:]))
    if advocacy is not None:  # TG-23: "Fix the Court, a group that pushes for …": the appositive says what speaks
        start = (a if advocacy.string is phrase else b) + advocacy.start(1)
        return Speaker(_CIVIL_KIND, (Hit(_CIVIL_KIND, advocacy.group(1), start, start + len(advocacy.group(1))),))
    inside = [h for h in roles if a <= h.start and h.end <= b]
    opening = _head_name(masked, a, inside)
    own = [h for h in inside if not _not_own(masked, a, b, h, headed=opening is not None or _role_before(masked, a, h, inside))]
    if opening is not None and not own and inside:
        kind = mentions.kind_of(opening.group()) if mentions is not None else None
        if kind is None:
            return Speaker(None)
        start = opening.start() + opening.group().find((_person(opening.group()) or opening.group()).split()[0])
        return Speaker(kind, (Hit(kind, masked[start : opening.end()], start, opening.end()),), person=kind in _PEOPLE)
    polled = _POLLED.search(phrase)
    inside = [h for h in own if polled is None or h.end <= a + polled.start()]  # HB-24: the voters polled say nothing
    if inside:
        cut = re.search(r"\s(?:for|of|at|in|from|with)\s", phrase)  # "a White House spokesman for …": the spokesman
        leading = [h for h in inside if not cut or h.end <= a + cut.start()]
        nearest = inside[-1] if before else (leading or inside)[-1]
        single = not re.search(r"(?i)s$|\band\b", nearest.cue) and not re.search(r"(?i)\band\b", phrase)
        one = single and nearest.category in _PEOPLE and nearest.cue.lower() not in _INSTITUTIONS
        many = not single and nearest.category in _PEOPLE
        return Speaker(nearest.category, (nearest,), person=one, group=many, body=single and _is_body(nearest.cue))
    states = places_speak(phrase, before=before)
    if states is not None:  # "Oklahoma and Nebraska said", "Two heartland states filed …, saying": their governments
        start, end = a + states[0], a + states[1]
        return Speaker(OFFICIAL, (Hit(OFFICIAL, masked[start:end], start, end),), group=True)
    from_states = _DOCUMENT_FROM.match(phrase)
    if from_states and places_speak(from_states.group(2), before=False) is not None:
        start = a + from_states.start(1)  # MJ-27: "the lawsuit from Nebraska and Oklahoma argues": the states'
        return Speaker(OFFICIAL, (Hit(OFFICIAL, from_states.group(1), start, start + len(from_states.group(1))),))
    document = _DOCUMENT_HEAD.match(phrase.split(",")[0]) or (_DOCUMENT_END.search(phrase) if before else None)
    if document and mentions is not None and document_noun(document.group(1)) in mentions.documents:
        kind = mentions.documents[document_noun(document.group(1))]
        start = a + document.start(1)
        return Speaker(kind, (Hit(kind, document.group(1), start, start + len(document.group(1))),))
    at_outlet = _AT_OUTLET.match(phrase)
    if at_outlet and _REPORTED.match(masked[anchor[0] : anchor[1]]) and not before:
        start = a + at_outlet.start(1)
        return Speaker("speaker.media", (Hit("speaker.media", at_outlet.group(1), start, a + at_outlet.end(1)),))
    words = phrase.split()
    head = POSSESSIVE.sub("", words[-1] if before else words[0]).strip(".,").lower()
    if head in _PRONOUNS:
        if head in _SINGLE and len(words) == 1 and person is not None:
            start = a + phrase.index(words[0])
            return Speaker(person, (Hit(person, words[0], start, start + len(words[0])),), person=True)
        if head == "they" and len(words) == 1 and group is not None:  # MJ-27: "They say …" after the states said
            start = a + phrase.index(words[0])
            return Speaker(group, (Hit(group, words[0], start, start + len(words[0])),), group=True)
        if head == "it" and len(words) == 1 and body is not None:  # checkR EP-59: "It put the cost …" after the EPA
            start = a + phrase.index(words[0])
            return Speaker(body, (Hit(body, words[0], start, start + len(words[0])),), body=True)
        return Speaker(None)
    names = list(_NAME.finditer(phrase))
    if names and mentions is not None:
        last = names[-1] if before else names[0]
        rest = phrase[last.end() :]
        ends_phrase = not rest.strip() or bool(_CITATION.match(rest + ")")) if before else True
        kind = mentions.kind_of(last.group()) if ends_phrase else None
        if kind is None and before and re.match(r"\s*,", phrase[names[0].end() :]):
            last = names[0]  # MJ-27: "Bruning, a Republican, blamed …": the name before its appositive
            kind = mentions.kind_of(last.group())
        if kind is not None:
            single = not re.search(r"(?i)\band\b", phrase) and kind in _PEOPLE
            return Speaker(kind, (Hit(kind, last.group(), a + last.start(), a + last.end()),), person=single)
        bare = re.sub(r"(?i)^\s*(?:and|but|so|yet)\s+", "", phrase).strip()
        if bare == last.group() and (full := _person(bare)) is not None:  # the whole phrase is one person's name
            start = a + last.end() - len(full)
            return Speaker(None, name=Hit(UNTYPED_NAME, full, start, a + last.end()))
    return Speaker(None)


_CIVIL_KIND = "speaker.civil"
_ADVOCACY_APPOSITIVE = re.compile(
    r"(?i)^[^,]*,\s*(?:a|an)\s+(?:[\w-]+\s+){0,3}?(group|organi[sz]ation|coalition|non-?profit|charity)\s+(?:that|which)\s+"
    r"(?:\w+ly\s+)?(?:push|campaign|advocate|lobbie|lobby|fight|work|seek|press|promote|oppose|support|champion)e?s\b"
)
"""An appositive saying the speaker is a group that campaigns ("Fix the Court, a group that pushes for structural reform at
the Supreme Court"): civil society, whatever role word its name or its cause holds (check9 TG-23)."""


_STATE = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in sorted((*STATE_NAMES, *COUNTRY_NAMES), key=len, reverse=True))
"""US states, countries and capitals, longest first ("West Virginia" before "Virginia")."""
_STATE_LIST = rf"(?:{_STATE})(?:(?:,\s*|,?\s+and\s+)(?:the\s+)?(?:{_STATE}))*"
_STATES_SPEAK = re.compile(
    r"(?:(?i:but|and|so|yet)\s+)?(?:(?i:the)\s+)?(?:(?i:two|three|four|both|several|some|many|other|neighbou?ring|"
    r"bordering|heartland|neighbou?r|western|southern|northern|eastern|midwestern|plaintiff)\s+)*"
    rf"(?:(?i:states?)(?:\s+of\s+{_STATE_LIST})?|{_STATE_LIST})"
)
"""States as the speaker: "Oklahoma and Nebraska", "Two heartland states", "The states of Nebraska and Oklahoma"."""
_STATES_AT_END = re.compile(rf"(?:^|(?<=\s))({_STATE_LIST})$")
_NOT_BEFORE_STATES = re.compile(
    r"(?:^|\s)(?:(?i:of|in|from|for|at|to|with|by|across|throughout|around|near|outside|inside|within|like|than|about|"
    r"into|over|under|between|among|against|towards?|beyond|through|a|an|the|his|her|its|their|our|as|and|or|nor|"
    r"including|especially|even|also|not|only|both|either|neither|plus|versus)|[A-Z][\w.'’-]*,?)\s+$"
)
"""A state after a preposition, an article, a conjunction or a name is where someone is from ("Vicente of Colorado") or
one of what is said ("… applies to other trading partners as well as China, said Tai Hui"), nor after a town and
its comma ("… Medical Group in Mount Kisco, New York, said": CE-19), not a speaker."""


def places_speak(phrase: str, *, before: bool) -> tuple[int, int] | None:
    """The span of states (countries, capitals) that are the whole speaker phrase ("Oklahoma and Nebraska", "Two
    heartland states", "Beijing", "Britain and the European Union"), or,
    in a subject before its verb, end it after a word that makes them no place of someone's ("something Oklahoma
    and Nebraska says"); None otherwise. Not a state as a modifier ("a Colorado attorney", "Colorado voters")."""
    stripped = phrase.strip()
    offset = phrase.find(stripped) if stripped else 0
    whole = _STATES_SPEAK.fullmatch(stripped)
    if whole:
        return offset, offset + len(stripped)
    end = _STATES_AT_END.search(stripped) if before else None
    if end and end.start() > 0 and not _NOT_BEFORE_STATES.search(stripped[: end.start()]):
        return offset + end.start(1), offset + end.end(1)
    return None


_DOCUMENT_HEAD = re.compile(rf"(?i)^\s*(?:and\s+|but\s+)?(?:the|this|that|its|their)\s+({_DOCUMENTS})\s*$")
"""A document named before, as the speaker: "the report said" after "the administration said in a report"."""
_DOCUMENT_END = re.compile(rf"(?i)\s{{3,}}(?:the|this|that|its|their)\s+({_DOCUMENTS})\s*$")
"""A document that closes the subject after a quotation blanked in it: "… no way to prevent “…,” the lawsuit says"."""
_DOCUMENT_FROM = re.compile(rf"(?i)^\s*(?:and\s+|but\s+)?(?:the|this|that|its|their|a|an)\s+({_DOCUMENTS})\s+(?:from|by)\s+(.+?)\s*$")
"""A document with its issuer after it: "the lawsuit from Nebraska and Oklahoma"."""
_AT_OUTLET = re.compile(r"^\s*(?:[A-Z][\w.'’-]*\s+){1,3}at\s+((?:[Tt]he\s+)?(?:[A-Z][\w.&'’-]*\s*){1,4})$")
"""A person at a named publication ("Greg Sargent at The Plum Line") by whom something was reported: a journalist."""
_REPORTED = re.compile(r"(?i)^(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?(?:(?:first|originally)\s+)?reported(?:\s+by)?$")

_DOCUMENT_SPEAKS = re.compile(
    rf"(?i)\b((?:the|a|an|this|its|their)\s+(?:[\w'’-]+\s+){{0,3}}?({_DOCUMENTS})\b"
    r"(?:\s+(?-i:[a-z]+ing)\b[^,.;:]{0,60}?|,\s*(?:by|from)\s[^,;:]{0,80},)?)\s+(?:also\s+)?"
    r"(?:read|reads|concluded|concludes|stated|states|said|says|found|finds|noted|notes|described|describes)\b"
)
"""A document as the subject of a verb of saying that the voice lens reads as no reporting verb ("…," the report
read; "the report, by White House Counsel Robert Bauer, concluded that “…”"; "…," a memo detailing the
administration's findings reads)."""


def document_speaker(masked: str, roles: Sequence[Hit], mentions: Mentions | None) -> Speaker | None:
    """The issuer of a document that speaks in a quoting sentence with no reporting verb of its own: a role in the
    document's phrase ("the White House report", "a memo detailing the administration's findings"), else the
    kind of its earlier mention with its issuer (``Mentions.documents``); None when neither types it."""
    found = _DOCUMENT_SPEAKS.search(masked)
    if found is None:
        return None
    a, b = found.span(1)
    inside = [h for h in roles if a <= h.start and h.end <= b and h.category != ANONYMOUS]
    inside = [h for h in inside if not (_a_person(h) and _POSSESSED.match(masked[h.end : b]))]
    if inside:
        return Speaker(inside[0].category, (inside[0],))
    noun = document_noun(found.group(2))
    if mentions is not None and noun in mentions.documents:
        kind = mentions.documents[noun]
        return Speaker(kind, (Hit(kind, found.group(2), *found.span(2)),))
    return None


_PREPOSITION = r"(?:with|to|in|on|at|from|by|for|of|about|into|via|through|among|during|after|before|like)"
_OBJECT_OF = re.compile(
    r"(?i)\b(?:with|to|on|in|into|via|through|during|after|before|like|about|among)\s+"
    r"(?:(?:the|a|an|his|her|its|their)\s+)?(?-i:[A-Z][\w.&'’-]*\s+){0,3}$"
)
"""A role that is the object of a preposition after the speaker: "Pence on Fox News" (not "of", "for" or "at", which
say whom a role speaks for, "a member of the People's Bank of China's committee", nor "by" or "from", which name who
speaks: "a statement by the Ministry of Commerce")."""
_GROUP_OBJECT = re.compile(
    rf"(?i)\b(?:{_PREPOSITION}|asking|asked|gather|gathered|urging|urged|joined|told)\s+"
    r"(?:(?!(?:and|or|but|even|while)\b)[\w'’-]+\s+){0,2}$"
)
"""What puts an unnamed group after it as an object, not a speaker: "sought to gather new supporters", "in asking
supporters to sign" (not "many of the bill's critics", checked apart)."""
_BESIDE = re.compile(
    r"(?i)^\s*(?:\([^)]*\)\s*)?(?:,\s*(?:one|some|many|a|an|the|his|her|their|its|among)\b[^,;]*"
    r"|(?:,[^,;]*,)?\s*(?:,\s*)?and\s+(?:(?:some|many|several)\s+of\s+[^,;]*?)?(?:other|fellow)\s+(?:[\w'’-]+\s+){0,2})$"
)
"""What lies between a person's name and an unnamed group that stands beside it: an appositive ("Cornyn, one of the
bill's leading proponents"), or "and other …" ("Cornyn, the Senate's No. 2 Republican, and other supporters",
"Bennett and some of Sanders’ other critics")."""
_QUANTIFIED = re.compile(
    r"(?i)^\s*(?:(?:and|but|so|yet)\s+)?(?:some|many|most|several|few|all|both|none|one|two|three|four|"
    r"a\s+few|a\s+number|a\s+group|a\s+handful|dozens|hundreds)\s+of\s+"
)
"""A quantity of a group ("many of the bill's critics"): its "of" makes no object."""
_POSSESSED = re.compile(r"^(?:\s+(?:[A-Z][\w.-]*))*['’]s\b(?!\s+(?:office|offices|spokes\w+|press\s+secretary)\b)")
"""A role that only qualifies a possessor ("the president’s son", "President Trump’s attorney Ty Cobb"): not the speaker's."""
_RELATION_OF = re.compile(
    r"(?i)\b(?:daughters?|sons?|sisters?|brothers?|siblings?|wife|wives|husbands?|spouses?|widow|widower|mother|father|"
    r"parents?|child|children|nieces?|nephews?|grandsons?|granddaughters?|grandchildren|cousins?|critics?|opponents?|"
    r"rivals?|foes?|admirers?|fans?|friends?|biographers?|accusers?)\s+of\s+(?:(?:the|a|an|his|her|their|its)\s+)?"
    r"(?:(?:former|late|then|ex|current|sitting)[-\s]+)?$"
)
"""A role that is the title of the person a relation is to ("daughter of former Vice President Dick Cheney", "an
outspoken critic of the president"): that person's, not the speaker's (check12l CH-20, BK-23)."""


_TARGET_OF = re.compile(
    r"(?i)\b(?:(?:took|takes|take|taking)\s+(?:a\s+|another\s+)?(?:swipe|jab|shot|potshot|dig|aim)s?\s+at|"
    r"attack(?:ed|s|ing)?|criticized?|criticised?|criticizing|criticising|blast(?:ed|s|ing)?|slamm?(?:ed|s|ing)?|"
    r"rebuk(?:ed|es|ing)|mock(?:ed|s|ing)?)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?:former|late|then|ex|current|"
    r"sitting)[-\s]+)?$"
)
"""A role that is the title of the person the speaker criticises ("He also took a swipe at President Obama for …
and vowed …"): that person's, not the speaker's (check12m HB-26)."""
_IN_RELATIVE = re.compile(r"\w[^,;:]*\s(?:who|whom|whose|which)\s")
"""A relative clause in the speaker phrase, on a noun before it, holding the role: the role is in what the clause says
about the speaker."""


def unnamed_group(masked: str, anchor: tuple[int, int], roles: Sequence[Hit]) -> Hit | None:
    """The speaker of the reporting verb at ``anchor`` when it is a group the source does not name: a plural role
    noun for people, with no name and no institution in its phrase ("analysts say", "Experts said", "Senior
    administration officials said", "political figures and newspaper editorial writers … said", "according to
    polls"). That is vague sourcing, whatever kind the role is (check9g OJ-17, check9 TG-26); a group named with
    its employer ("analysts at Goldman Sachs", "White House officials") or with its members' names is not, nor is an
    institution that speaks as a body ("Police said", "the authorities said"), nor ordinary people speaking for
    themselves ("Local farmers told reporters"), the office that brings a case ("Federal prosecutors say") or a group
    the source has introduced ("According to the authors")."""
    for a, b in _windows(masked, anchor):
        inside = [h for h in roles if a <= h.start and h.end <= b and h.category != ANONYMOUS]
        if not inside:
            continue
        heads = [h for h in inside if h.cue.lower() in _UNNAMED_HEADS]
        hit = inside[-1] if b <= anchor[0] else (heads or inside)[0]
        proper = hit.cue[:1].isupper() and masked[:hit.start].strip(" “\"‘'")  # "the Times", "Sen.": a name or title
        counted = hit.cue.lower() in _INSTITUTIONS and _COUNTED.search(masked[a : hit.start])  # TA-56: "Two companies"
        if proper or hit.category == _ORDINARY or (hit.cue.lower() in _INSTITUTIONS | _CASE_PARTIES and not counted):
            return None
        if not _PLURAL_HEAD.match(masked[hit.start : b]) or _DEFINITE.search(masked[a : hit.start]):
            return None
        if _DEFINED_BY.match(masked, hit.end) and _member_named(masked, hit.end):
            return None  # FB-35b: "Republican leaders who were among the eight recipients of the letter …, with Sen. …"
        lead = masked[a : hit.start]
        if hit.cue.lower() in _UNNAMED_HEADS:  # SR-15: "White House officials", "Republican officials", "Senate aides"
            employer = _EMPLOYER.search(lead)
            lead = lead[: employer.start()] + " " * (len(lead) - employer.start()) if employer else lead
        after = masked[hit.end : b]
        qualifier = (_QUALIFIER if hit.cue.lower() in _UNNAMED_HEADS else _PLACE).match(after)
        if qualifier is not None:  # RA-27, TA-56: "Aides to Mr. Romney", "Two companies in Shanghai"
            after = after[: qualifier.start(1)] + " " * (len(after) - qualifier.start(1))
        rest = lead + " " * (hit.end - hit.start) + after
        names = [n for n in _NAME.finditer(rest) if n.group().lower() not in _NOT_NAMES and not _WHERE_FROM.fullmatch(n.group())]
        if any(not _opens_sentence(masked, a + n.start(), n) for n in names):
            return None
        return hit
    return None


_DEFINED_BY = re.compile(r"(?i)\s*,?\s*(?:who|that)\s+(?:(?:had|have|has|were|are|was|is)\s+)?(?:\w+ly\s+)?[a-z]+\b")
"""A relative clause right after a plural head, saying which of them speak ("Republican leaders who were among the eight
recipients of the letter", "the senators who signed the letter")."""
_MEMBER = re.compile(r"(?:,\s*|\s)(?:with|including|among\s+them|led\s+by|such\s+as|notably)\s+(?=[A-Z])")
"""Where a sentence names one of a group after it ("…, with Sen. Richard C. Shelby urging him", "including Rep. Jane
Roe")."""
_ABBREVIATED_TITLE = re.compile(r"[A-Z][a-z]{1,4}\.\s+(?=[A-Z])")
"""A title before a name, abbreviated ("Sen. ", "Rep. ", "Gov. ")."""


def _member_named(masked: str, at: int) -> bool:
    """Whether ``masked`` names a person as one of the group after ``at`` (``_MEMBER`` and a name): a group defined by a
    relative clause and with a member named is no unnamed source (check Y FB-35b: Washington Times's "Republican leaders
    who were among the eight recipients of the letter called for …, with Sen. Richard C. Shelby urging him" was typed
    anonymous). A relative clause alone does not name them ("Officials who attended the meeting said")."""
    for member in _MEMBER.finditer(masked, at):
        title = _ABBREVIATED_TITLE.match(masked, member.end())
        name = _NAME.match(masked, title.end() if title else member.end())
        if name is not None and len(name.group().split()) > 1 and _person(name.group()) is not None:
            return True
    return False


_WHERE_FROM = re.compile(
    rf"(?:{'|'.join(re.escape(n) for n in sorted((*COUNTRY_NAMES, *STATE_NAMES), key=len, reverse=True))}|U\.S\.|US|"
    r"(?:[A-Z][\w'’-]*\s+)?Street|[A-Z][a-z]+(?:an|ian|ese|ish)|Republican|Democratic|Conservative|Liberal)"
)
"""A name before a plural role that says where its people work or what they lean to, not who they are nor who employs
them: a country, a state, a nationality, a street that stands for a market ("Wall Street economists had predicted …",
check15 JR-27; "German analysts say"), a party's adjective: the group stays unnamed, vague sourcing as "economists
said" is. "Goldman Sachs analysts" are named by their employer."""
_UNNAMED_HEADS = frozenset({"officials", "aides", "advisers", "advisors", "staffers", "diplomats", "lawmakers"})
"""Plural people whom the words before them name only by whom they work for or which party they belong to ("White House
officials", "Republican officials said Sunday", "Senate aides told", "Trump administration officials"): unnamed
sources, vague as one unnamed "White House aide" is (check10-recheckH OB-29, check11j SR-15). The roles of
``_ONE_SOURCE``, plural; not analysts or spokespeople, whose employer puts them on the record."""
_EMPLOYER = re.compile(r"(?:(?:[A-Z][\w.&'’-]*|[a-z][\w-]*)\s+)*(?:[A-Z][\w.&'’-]*\s+)(?:[a-z][\w-]*\s+){0,2}$")
"""The words before a plural head that end in a capitalised employer or party, with the adjectives between ("Senior
White House ", "Republican ", "Trump administration ", "Senate Democratic "): what qualifies the head, not a name."""
_QUALIFIER = re.compile(r"(?i)^\s+((?:to|with|for|at|of|from|in|on|close\s+to)\s+[^,;:()—–]*)$")
"""After a plural head of ``_UNNAMED_HEADS``: whom the people work for, as a name before the head does ("Aides to Mr.
Romney declined to say", "Officials with the Democratic National Committee quickly called …"): the person or body it
names is not the speaker's name, and the aides stay unnamed (check13n RA-27). A name set off by commas
("officials, Jane Roe and John Doe,") still names them."""
_PLACE = re.compile(r"(?i)^\s+(in\s+(?:the\s+)?(?-i:[A-Z])[^,;:()—–]*)$")
"""After any plural head: where the people are ("Two companies in Shanghai told the BBC"), which names none of them
(check13-bundled TA-56); an employer after "at" names them ("analysts at Goldman Sachs")."""
_COUNTED = re.compile(
    r"(?i)(?:^|\s)(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|some|many|a\s+few|multiple|numerous|various|"
    r"a\s+number\s+of|dozens\s+of|a\s+handful\s+of)\s+(?:[\w'’-]+\s+){0,2}$"
)
"""A count before a plural institution: so many of them, none named ("Two companies in Shanghai told the BBC",
check13-bundled TA-56), not one body speaking ("The companies said", "Police said")."""
_CASE_PARTIES = frozenset({"prosecutors", "investigators"})
"""The office that brings or investigates a case, speaking for it ("Federal prosecutors say", "Prosecutors said they
would seek …"): a party the reader can name, like the police, not an unnamed source (check9g JJ builds)."""
_DEFINITE = re.compile(r"(?i)\b(?:the|these|those|their|his|her|its|our)\s+(?:[\w'’-]+\s+){0,2}$")
"""A group the source has introduced ("According to the authors" of a work it cites): not an unnamed one."""
_ORDINARY = "speaker.ordinary"
"""People speaking for themselves ("Local farmers told reporters"): a vox pop, not a source that claims authority."""
_PLURAL_HEAD = re.compile(
    r"(?i)^(?:[\w'’-]*[^s\W]s|[\w'’-]+\s+(?-i:[a-z][\w'’-]*(?:er|or|ist|ian|ant|ent|ive|al|ee|at|man|woman)s))\b"
)
"""A plural head noun: the role's own ("analysts", "officials"), or the people noun the role word qualifies
("editorial writers"); not "press", "business", "status", nor a thing the role word qualifies ("an official
analysis": check10-recheckH BT-40)."""


_ONE_SOURCE = re.compile(
    r"(?i)^\s*(?:(?:and|but)\s+)?(?:a|an|one|another)\s+(?:[\w.'’-]+\s+){0,4}?"
    r"(official|aide|staffer|adviser|advisor|diplomat|lawmaker)"
    r"(?:\s+(?:for|at|to|of|in|with|familiar\s+with|close\s+to|briefed\s+on)\s+[^,;:]*)?\s*$"
)
"""One source the sentence does not name, by an indefinite article and a role ("a White House aide", "A top Senate
Democratic aide", "an official", "an official familiar with the matter": check Y FB-35b): anonymous, as an unnamed group
is (check10-recheckH OB-29). Not a spokesperson,
who speaks on the record for the office named ("a spokesperson for China's ministry of commerce said"), as the
office itself would."""
_NAMED_AFTER = re.compile(r"^\s*,\s*(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*\s*,?")
"""A name in apposition right after the role: "a White House spokesman, Josh Earnest, said"."""


_ONE_AFTER = re.compile(
    r"^\s*(?:one|another)\s+(?!of\b)(?:[\w.'’-]+\s+){0,4}?((?-i:[a-z])[\w'’-]*)"
    r"(?:\s+(?:now|who|close|familiar|with|in|at|for|to|from|on)\b[^,;:]*)?\s*$"
)
"""After a verb that comes before its speaker, one or another person named by any noun ("…,” admitted one close Clinton
confidant.", "worried another longtime Clinton adviser", "said one former Obama operative now supporting Clinton",
Politico, check Y FB-35b): one of a group the source does not name, anonymous as "a White House aide" is, whatever the
noun (an ally, a confidant, an operative: not the roles of ``_ONE_SOURCE`` alone). The words before the noun say whom
the speaker is close to or works for, not who it is."""


def unnamed_one(masked: str, anchor: tuple[int, int]) -> Hit | None:
    """The role noun of a speaker phrase that is one unnamed source ("a White House aide confirmed", "…, said an
    official", "…, fumed one Democratic ally"), or None: a name after it in apposition ("a White House spokesman, Josh
    Earnest,") names it."""
    for a, b in _windows(masked, anchor):
        found = _ONE_SOURCE.match(masked[a:b]) or (_ONE_AFTER.match(masked[a:b]) if a >= anchor[1] else None)
        if found is not None and not _NAMED_AFTER.match(masked[b:]):
            return Hit(ANONYMOUS, found.group(1), a + found.start(1), a + found.end(1))
    return None


_VAGUE_SUBJECT = re.compile(
    r"(?i)^\s*(?:(?:and|but|so|yet|still|meanwhile|with)\s+)?(?:"
    r"(?:some|many|most|others|several|few|a\s+few|multiple|numerous|various|a\s+handful|a\s+number|a\s+growing\s+number|"
    r"dozens|scores)\s+(?:of\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+s"
    r"|(?:some|those|people|others|many|[\w'’-]+s)\s+close\s+to\s+[^,;:]+"
    r"|some"
    r")\s*$"
)
"""A subject that names nobody: a quantity of people the source does not name ("several leading Republicans arguing",
"multiple sources", "a growing number of Republicans are suggesting", "according to multiple reports"), or people
known only by whom they are close to ("some close to the GOP chairman say"): vague sourcing (check11j SR-15). Not a
bare "Many" or "Others", which continue a group the sentence before named ("many customers documented their visits
… Many said they showed up because …": customers, whom the lens does not guess). A bare "Some" is a part of no group
the sentence names, unnamed ("Some expressed concern that Trump … would not definitively rule out running as a
third-party candidate", check13n TD-25)."""


def vague_subject(masked: str, anchor: tuple[int, int], roles: Sequence[Hit]) -> Hit | None:
    """The subject of the reporting verb at ``anchor`` when it names nobody (``_VAGUE_SUBJECT``) and holds no role the
    lexicon types nor a person's name ("Some, like Senator Jane Roe, said" names its speaker), else None."""
    for a, b in _windows(masked, anchor):
        found = _VAGUE_SUBJECT.match(masked[a:b])
        typed = [h for h in roles if a <= h.start and h.end <= b and h.category != ANONYMOUS]
        if found is None or any(not _CLOSE_BEFORE.search(masked[a : h.start]) for h in typed):
            continue
        names = [n for n in _NAME.finditer(masked, a, b) if n.group().lower() not in _NOT_NAMES]
        named = [n for n in names if not _opens_sentence(masked, n.start(), n) and not _PARTY_WORD.fullmatch(n.group())]
        if any(_person(n.group()) is not None for n in named):
            continue
        phrase = masked[a:b].strip()
        start = a + masked[a:b].index(phrase)
        return Hit(ANONYMOUS, phrase, start, start + len(phrase))
    return None


_CLOSE_BEFORE = re.compile(r"(?i)\bclose\s+to\s+(?:[\w'’.-]+\s+){0,4}$")
"""Before a role: the person an unnamed group is close to ("some close to the GOP chairman")."""
_PARTY_WORD = re.compile(r"(?:Republicans?|Democrats?|Democratic|GOP|GOPers|Conservatives?|Liberals?|Tory|Tories|Labour)")
"""Party members named by their party, not by their names ("several leading Republicans")."""


def _opens_sentence(masked: str, at: int, name: re.Match[str]) -> bool:
    """A capitalised word that is only the sentence's first word ("Even political figures …", "Senior officials")."""
    return not masked[:at].strip(" “\"‘'") and len(name.group().split()) == 1


def _role_before(masked: str, a: int, hit: Hit, roles: Sequence[Hit]) -> bool:
    """Whether the speaker phrase names a role of its own before ``hit`` ("Officials on both sides of …")."""
    return any(r.end <= hit.start and not _OBJECT_OF.search(masked[a : r.start]) for r in roles)


def _not_own(masked: str, a: int, b: int, hit: Hit, *, headed: bool) -> bool:
    """Whether a role in the speaker phrase at [a, b) belongs to someone else than the speaker: a person's role
    in a possessive ("the president’s son") or after a relation to that person ("daughter of former Vice President
    Dick Cheney"), an object of a preposition ("Pence on Fox News"), or an unnamed group
    that is an object ("asking supporters to sign") or stands beside a named person ("Cornyn, one of the bill's
    leading proponents," — JA-27)."""
    if _a_person(hit) and (
        _POSSESSED.match(masked[hit.end : b]) or _RELATION_OF.search(masked[a : hit.start]) or _TARGET_OF.search(masked[a : hit.start])
    ):
        return True
    if _IN_RELATIVE.search(masked[a : hit.start]):
        return True  # MJ-28: "Rep. Jared Polis (D-Colo.), a vocal supporter … who has sponsored bills seeking protection
        # for state-legal marijuana businesses": what the speaker's work is about, not the speaker
    if _CLOSE_BEFORE.search(masked[a : hit.start]):
        return True  # SR-15: "some close to the GOP chairman say": the chairman is whom they are close to
    if headed and _OBJECT_OF.search(masked[a : hit.start]):
        return True  # only after a speaker: "an interview with Fox News" alone is all there is to go on
    if hit.category == ANONYMOUS:
        segment_start = masked.rfind(",", a, hit.start) + 1 or a
        lead = masked[max(a, segment_start) : hit.start]
        quantified = _QUANTIFIED.match(lead)
        if _GROUP_OBJECT.search(lead[quantified.end() :] if quantified else lead):
            return True
        for name in _NAME.finditer(masked[: hit.start], a):
            # beside the name, not qualified by it: "Cornyn, one of the … proponents", "Cornyn … and other
            # supporters" (not "Trump supporters", "Multiple sources", nor a group that speaks in a clause of its
            # own after the name: "…, crafted by Sen. Pat Toomey (R-Pa.), … and even supporters admitted")
            if _person(name.group()) is not None and _BESIDE.match(masked[name.end() : hit.start]):
                return True
    return False


_INSTITUTION_WORDS = frozenset({
    "bank", "reserve", "department", "house", "council", "service", "pentagon", "court", "police", "ministry",
    "government", "administration", "commission", "congress", "parliament", "embassy", "customs", "authorities",
})


def _a_person(hit: Hit) -> bool:
    """A role one person holds ("president", "Sen."), not an institution ("the White House", "the FBI")."""
    words = set(POSSESSIVE.sub("", hit.cue.lower()).replace(".", "").split())
    return (
        hit.category in _PEOPLE and not hit.cue.isupper() and hit.cue.lower() not in _INSTITUTIONS
        and not words & _INSTITUTION_WORDS
    )


def _head_name(masked: str, a: int, roles: Sequence[Hit]) -> re.Match[str] | None:
    """The person's name that opens a speaker phrase ("But Cornyn, one of …", "Pence on Fox News"), if any."""
    name = _NAME.search(masked, a)
    if name is None or re.search(r"\w", re.sub(r"(?i)\b(?:but|and|so|yet)\b", "", masked[a : name.start()])):
        return None
    if any(h.start < name.end() and name.start() < h.end for h in roles):
        return None  # a role ("Fox News", "Vice President …") opens the phrase, not a bare name
    return name if _person(name.group()) is not None else None


def _windows(masked: str, anchor: tuple[int, int]) -> list[tuple[int, int]]:
    """Where the speaker of the verb at ``anchor`` may be written, in order: the object of "according
    to"; the subject before the verb (its clause, without relative clauses and adverbial phrases); the
    phrase after a verb of saying that nothing names anyone before, or that follows a comma ("The
    theory looks like a political tool, said economist Dan Steinbock")."""
    start, end = anchor
    verb = masked[start:end]
    if re.match(r"(?i)according\s+to", verb):
        stop = re.search(r"[,;:.!?]|\s+(?:that|who|which)\b", masked[end:])
        return [(end, end + (stop.start() if stop else len(masked) - end))]
    agent = re.match(r"\s+by\s+([^,;:.!?]{1,80})", masked[end:])
    if agent is None and re.search(r"(?i)\sby$", verb):  # the reporting phrase ends with its "by": "were first reported by"
        agent = re.match(r"\s+([^,;:.!?]{1,80})", masked[end:])
    if agent is None and re.search(r"(?i)\sfrom$", verb):  # "A report emerged on Thursday from NBC that …" (SD-7)
        agent = re.match(r"\s+([^,;:.!?]{1,80}?)(?=\s+(?:(?:on|in|late|early|last)\s+[\w'’-]+\s+){0,2}that\b)", masked[end:])
    if agent:  # "as noted by Cummings (2003) and Isar (2017)", "were first reported by The Atlantic"
        return [(end + agent.start(1), end + agent.end(1))]
    if _PASSIVE_BEFORE.search(masked[:start]) and re.match(r"(?i)(?:\w+ed|said|told)\b", verb.strip()):
        # DP-2: "The media is often accused of overreacting …": who is accused speaks not; no agent, no one. Also where
        # the reporting phrase runs on past the participle ("has been called a “traitor”", check AG SN-30); an irregular
        # participle too: "The Pentagon is also said to be developing plans" names no one who says it (check AH IQ-40)
        return []
    seen_by = _SEEN_BY.search(verb)
    if seen_by:  # BT-40: "Both provisions are seen by many Democrats as giveaways": the many Democrats see them so
        return [(start + seen_by.start(1), start + seen_by.end(1))]
    if _NOUN_OF_SAYING.fullmatch(verb.strip()) and _PREPOSITION_BEFORE.search(masked[:start]):
        return []  # EP-50: "took aim at the coal industry … despite claims the rule will cost jobs": no one is named
    if re.search(r"(?i)\bto\s+$", masked[:start]):
        return []  # an infinitive ("allows a business to assert a right"): nobody says it here
    if re.search(r"(?:,|—|–|--)\s*$", masked[:start]) and re.match(r"(?i)\w+ing$", verb.strip()):
        # "Pence has defended his decision, claiming that …": Pence claims; after a dash too ("Trump took aim
        # at social media tech giants -- saying that …": Trump says it, not the media he took aim at)
        leading = _leading_subject(masked)
        return [leading] if leading else []
    if re.search(r"(?i)\b(?:before|after|while|when|since|without|by)\s+$", masked[:start]) and re.match(r"(?i)\w+ing$", verb.strip()):
        # SE-21: "Press Secretary Robert Gibbs declined repeated attempts for comment before relaying to reporters
        # that …": a participle clause with no subject of its own is said by the sentence's subject
        leading = _leading_subject(masked)
        return [leading] if leading else []
    subject = _subject(masked, start)
    holder = _ATTITUDE_THAT.search(masked, 0, subject[0]) if subject is not None else None
    if holder is not None and subject is not None and holder.end() == subject[0]:
        # BT-R35: "Some Democrats are unhappy that Obama agreed …": Obama is in what they feel; they hold it
        outer = _subject(masked, holder.start())
        return [outer] if outer is not None else []
    tagging = INVERTED_SPEECH.match(masked)  # "“…,” fumed one Democratic ally.": any verb tags a quotation so
    inverted = _inverted(masked, end) if _INVERTED_VERBS.match(verb.strip()) or (tagging and tagging.end(1) == end) else None
    # after a comma, or right after a quotation (blanked: "Retaliatory measures “took effect immediately,” said a
    # Chinese foreign ministry spokesman, Lu Kang." — the words before the quotation are what is said, TA-49)
    if (
        inverted is not None and subject is not None and not _TIME_AFTER.match(masked[inverted[0] : inverted[1]])
        and _said_before_the_tag(masked, subject, start)
    ):
        return [inverted]  # DB-34: "…, Obama and Romney … stretched some facts, say the watchdogs at PolitiFact.com."
    if inverted is not None and (subject is None or (re.search(r"(?:,|\s{2,})\s*$", masked[:start])
                                                     and not _INTERJECTED.search(masked[:start]))):
        return [w for w in (subject, inverted) if w is not None]
    if subject is not None and _IN_A_SETTING.fullmatch(verb.strip()):
        subject = _subject_of_predicate(masked, subject)
    return [subject] if subject is not None else []


_IN_A_SETTING = re.compile(r"(?i)in\s+(?:a|an)\s+(?:statement|interview|editorial|commentary)")
"""A reporting phrase of where something was said, which has no verb of its own: the clause before it may be a whole
clause, subject and predicate ("Daniels offered her account of her relationship with Trump in an interview …")."""
_PREDICATE = re.compile(
    r"(?<=[\w'’.])\s+(?:(?:also|then|later|first|again|\w+ly)\s+)?"
    r"(?-i:[a-z]{2,}ed|gave|made|told|took|spoke|wrote|said|put|laid|went|came|shared|held|sat|broke|set|led|sent|"
    r"has|have|had|was|were|is|are|did|does)\b"
)
"""The verb after a subject that opens its clause: "Daniels offered …", "The senator also gave …", "She has …"."""
SUBJECT_WORDS = 6
"""Most words a subject before its verb has in such a window ("Senate Majority Leader Mitch McConnell")."""


def _subject_of_predicate(masked: str, subject: tuple[int, int]) -> tuple[int, int]:
    """The subject alone of a window that holds a whole clause before a phrase of where it was said (``_IN_A_SETTING``):
    the words before its first verb (``_PREDICATE``, within ``SUBJECT_WORDS`` words, not right after a determiner:
    "the embattled senator"), so that a name in the predicate is not taken for the speaker ("Daniels offered her account
    of her relationship with Trump in an interview": Daniels speaks, not Trump, check AC SD-31). A window with no such
    verb is the subject already."""
    a, b = subject
    for verb in _PREDICATE.finditer(masked, a, b):
        lead = masked[a : verb.start()]
        if len(lead.split()) > SUBJECT_WORDS:
            break
        if not re.search(r"(?i)(?:^|\s)(?:the|a|an|his|her|their|its)$", lead):
            return a, verb.start()
    return subject


_INTERJECTED = re.compile(
    r"^\s*(?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*,\s*(?i:though|however|meanwhile|too|also|instead|in\s+turn|"
    r"in\s+contrast|by\s+contrast|for\s+(?:their|his|her|its)\s+part|on\s+the\s+other\s+hand),\s*$"
)
"""A name opening the sentence and an adverb set off by commas before the verb ("Democrats, though, said …", "The White
House, meanwhile, said …"): the comma closes the adverb, not a clause the verb tags, so what follows the verb is what is
said, not its speaker (check AC BR-36: "Democrats, though, said Mr. Barr’s letter left them with more questions" was
typed as Barr's, an official's, statement). After a clause ("The plan will fail, however, said Senator Ann Cole.") the
speaker follows the verb."""


_RELATIVE_CLAUSE = re.compile(r"(?i),\s*(?:who|whom|whose|which)\b[^,]*(?:,|$)")


def _said_before_the_tag(masked: str, subject: tuple[int, int], verb_start: int) -> bool:
    """Whether the words before an inverted tag ("…, say the nonpartisan watchdogs at PolitiFact.com.") are a clause of
    their own, what is said: the tag's verb comes right after a comma, and the words before it, relative clauses aside,
    have a verb (``has_main_verb``). "In their first of three debates, President Obama and Republican challenger Mitt
    Romney “traded barbs” and stretched some facts, say the nonpartisan watchdogs at PolitiFact.com." (NPR, check AD
    DB-34) was typed an official from "President" in what the watchdogs say. A subject with an appositive or a relative
    clause before its verb ("Sayoc, who was arrested Friday, said …") is no clause."""
    if not re.search(r",\s*$", masked[:verb_start]):
        return False
    return has_main_verb(_RELATIVE_CLAUSE.sub(",", masked[subject[0] : subject[1]]))


_TIME_AFTER = re.compile(
    rf"(?i)^(?:(?:on|late|early|last|this|next)\s+)?(?:{DAY}|tonight|week|month|year|night|morning|afternoon|evening)\b"
)
"""An inverted tag's phrase that is when it was said ("…, police in Wasilla, Alaska, said Tuesday."): no speaker, so
the subject before the verb stays who says it."""


_PASSIVE_BEFORE = re.compile(
    r"(?i)\b(?:is|are|was|were|be|been|being|get|gets|got|getting)\s+(?:(?:\w+ly|also|often|once|long|even|still|widely)\s+){0,2}$"
)
"""A form of "be" or "get" before a reporting verb's participle: a passive ("The media is often accused of …", "She was
widely criticized for …"), whose subject is who the report is about. With no "by" and its agent after it, nobody who
speaks is named (check AA DP-2)."""


_NOUN_OF_SAYING = re.compile(
    r"(?i)claims|allegations|accusations|assertions|charges|complaints|suggestions|warnings|reports|predictions|"
    r"criticism|concerns|fears|speculation|rumou?rs"
)
_PREPOSITION_BEFORE = re.compile(r"(?i)\b(?:despite|amid|amidst|over|against|following|after|with|in\s+spite\s+of)\s+$")
"""A noun of saying after a preposition ("despite claims the rule will cost jobs", "amid allegations"): its holders are
not named, and the clause's subject or object ("took aim at the coal industry") is no speaker of it (check15R EP-50)."""


_ATTITUDE_THAT = re.compile(
    r"(?i)\s+(?:is|are|was|were|remain|remained|seem|seemed|appear|appeared)\s+(?:\w+ly\s+)?(?:not\s+)?"
    r"(?:unhappy|happy|angry|upset|worried|concerned|frustrated|pleased|glad|furious|disappointed|annoyed|"
    r"irritated|dismayed|alarmed|troubled|convinced|confident|sure|certain|hopeful|skeptical|sceptical|afraid|"
    r"incensed|livid|outraged|relieved|surprised|fearful)\s+that\s+"
)
"""An attitude the subject holds toward a clause ("Some Democrats are unhappy that …"): a reporting verb in that
clause is what they feel about, and its subject ("… that Obama agreed") is no speaker; they are (check10-recheckH
BT-R35)."""


_SEEN_BY = re.compile(r"(?i)\bby\s+([^,;:.!?]{1,80}?)\s+as$")
"""The agent inside a reporting phrase of perception ("seen by many Democrats as"): who holds the view."""


_CLAUSE_WORDS = re.compile(r"(?i)\b(?:that|is|are|was|were|will|would|could|should|can|may|might|must|has|have|had|do|does|did)\b")


_PARTY_TAG = re.compile(r"\s*\((?:R|D|I)(?:[-–][A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\)")
"""A lawmaker's party and state in parentheses: "(D-MD)", "(R-Texas)", "(I)"."""


def _inverted(masked: str, verb_end: int) -> tuple[int, int] | None:
    """The speaker after a verb of saying that ends the clause: "said press secretary Sarah Sanders.",
    "said an English-language article in the China Daily." (not "said on Thursday that …")."""
    # a lawmaker's party after the name ("said Sen. Ann Cole (D-Ore.) in a floor speech"): part of who speaks, and a
    # phrase of where or when after it ends the name (check-T SB-45)
    rest = _PARTY_TAG.sub(lambda m: " " * len(m.group()), masked[verb_end:])
    after = re.match(r"\s+((?:[\w.'’-]+\s+){0,9}?[\w.'’-]+?)\s*(?:[,;:]|[.!?]?\s*$|\s{3,}(?:in|on|at|during)\s)", rest)
    if after is None or _CLAUSE_WORDS.search(after.group(1)):
        return None  # a clause, what is said ("…, said the market was calm"), not who says it
    if re.match(r"(?i)(?:to|in|on|at|it|he|she|they|we|i|you|this|there|last|earlier|later|then|again|also)\b", after.group(1)):
        return None
    return verb_end + after.start(1), verb_end + after.end(1)


def _leading_subject(masked: str) -> tuple[int, int] | None:
    """The subject that opens the sentence, after any adverbial phrase: a capitalised name ("Pence has
    defended …") or "the <role>", with an appositive right after it ("Ten minutes later, Benjamin J. Rhodes,
    a deputy national security adviser, offered his first comments, saying …")."""
    segments = [s for s in _segments(masked) if not _ADVERBIAL.match(masked[s[0] : s[1]])]
    if not segments:
        return None
    first = segments[0][0]
    found = re.match(r"(?:(?:[Tt]he|[Aa]n?)\s+)?((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*|[a-z][\w-]*)\b", masked[first:])
    if not found:
        return None
    start, end = first + found.start(1), first + found.end(1)
    states = re.match(r"(?:\s+[a-z][\w-]*){0,2}?\s+states\b", masked[end:])
    if states:  # MJ-27: "Two heartland states filed …, saying": the states, not "Two"
        end += states.end()
    heads = re.match(r"\s+(\w+)\b", masked[end:])
    if heads and heads.group(1) in _UNNAMED_HEADS:  # "Senior White House officials raised …, warning …": the officials
        end += heads.end()
    appositive = re.match(r",\s*(?:the|a|an)\s+[^,]{1,80},", masked[end:])
    return start, end + (appositive.end() - 1 if appositive else 0)


_DASH = re.compile(r"[—–]|\s--?\s")
_WORD = re.compile(r"[^\W_]+")
DASH_CLAUSE_WORDS = 5
"""Words before a lone dash from which the words after it are a clause of their own, with its own subject: "This burn
rate makes refilling the fund increasingly urgent—experts have estimated that …" is the experts' estimate (check-T
SB-47). A pair of dashes sets off an aside ("Smith—a longtime critic—said"), and a short phrase before one dash is the
subject itself; nor a thing someone says after the dash ("… in-state — something Oklahoma and Nebraska says …"),
whose speaker is the subject the dash sets it against, nor a conjunction that goes on with the same subject ("… — but
said they have received referrals")."""
_NO_NEW_SUBJECT = re.compile(
    r"(?i)\s*(?:something|anything|everything|nothing|what|which|one|and|but|or|yet|so|though|although|even|then|also|"
    r"still|not|who|whom|whose)\b"
)


def _subject(masked: str, verb_start: int) -> tuple[int, int] | None:
    """The subject phrase of a verb starting at ``verb_start``: the words of its clause before it,
    or None when nothing names anyone there (only the quotation, a comma or fillers). After a lone dash that ends a
    clause (``DASH_CLAUSE_WORDS``), the words after it, where they hold a subject."""
    return _subject_in(masked, verb_start, dash=True) or _subject_in(masked, verb_start, dash=False)


def _subject_in(masked: str, verb_start: int, *, dash: bool) -> tuple[int, int] | None:
    """``_subject``, with ``dash``: cut the clause at a lone dash."""
    text = _RELATIVE_THAT.sub(lambda m: m.group(1) + " " * len(m.group(2)), masked[:verb_start])
    cuts = [m for m in _CLAUSE_CUT.finditer(text)]
    cut = cuts[-1].end() if cuts else 0
    joined = [
        m for m in _JOINED_CLAUSE.finditer(text, cut)
        if has_main_verb(text[cut : m.start()]) and not re.search(r"(?i)\b(?:who|whom|which|that)\b", text[cut : m.start()])
    ]  # not "The governor who met Cole and Jones said": a relative clause's verb is not the main clause's
    if joined:  # SN-31: "the government has not commented on the case and Snowden says …": Snowden says it
        cut = joined[-1].end()
    if dash:
        dashes = list(_DASH.finditer(masked))  # the whole sentence's: a pair may close after the verb
        lone = len(dashes) == 1 and cut <= dashes[0].start() < len(text) and not _NO_NEW_SUBJECT.match(text, dashes[0].end())
        if not lone or len(_WORD.findall(text[cut : dashes[0].start()])) < DASH_CLAUSE_WORDS:
            return None
        cut = dashes[0].end()  # SB-47: "This burn rate makes refilling the fund urgent—experts have estimated …"
    if cuts and re.match(r",\s*and\s", cuts[-1].group()) and re.match(r"(?i)others?\b", text[cut:]):
        # "Cornyn, the Senate's No. 2 Republican, and other supporters said": one subject, a name and its appositive
        start = cuts[-2].end() if len(cuts) > 1 else 0
        kept = [s for s in _segments(text[start:cut]) if not _adverbial(text[start + s[0] : start + s[1]])]
        pieces = [text[start + a : start + b] for a, b in kept]
        if pieces and _NAME.fullmatch(re.sub(r"(?i)^(?:but|and)\s+", "", pieces[0])) and all(
            re.match(r"(?i)(?:the|a|an|his|her|its|their|one)\s", piece) for piece in pieces[1:]
        ):
            return start + kept[0][0], len(text.rstrip())
    who = _WHO.search(text, cut)
    if who is not None and re.search(r"\w", text[cut : who.start()]) and _in_relative(text[who.end() :]):
        # "Vice President Mike Pence, who in an Oct. 14, 2016, interview with Fox News claimed …, said", "a comparison
        # to Senator Elizabeth Warren (D-MA), who claimed …": the verb is the relative clause's, or the main verb right
        # after it closes; either way its speaker is the person the clause is about
        head = text[cut : who.start()]
        appositive = re.search(r",\s*(?:the|a|an)\s[^,]*$", head)  # "the account from Sondland, the U.S. ambassador to …"
        named = head[: appositive.start()] if appositive else head
        prepositions = [
            m.end() for m in _ANTECEDENT_AFTER.finditer(named)
            if m.group().lower().strip() != "of" or not re.search(r"[A-Z][\w.'’-]*\s+$", named[: m.start()])
        ]  # "a profile of Stanley Fischer, who …" (not "Secretary of State Rex Tillerson, who …")
        after = prepositions[-1] if prepositions else 0
        text = text[:cut] + " " * after + head[after:] + ","
    clause = _RELATIVE.sub(lambda m: " " * (len(m.group()) - 1) + ",", text[cut:])
    clause = clause.rstrip()
    while True:
        trimmed = _FILLER.sub("", clause)
        if trimmed == clause:
            break
        clause = trimmed.rstrip()
    if re.search(r"(?i)\b(?:who|which|that|whom)$", clause):
        return None  # a relative clause's verb: its speaker is the noun before, not typed here
    segments = _segments(clause)
    if not segments:
        return None
    last = segments[-1]
    if clause[last[1] :].strip(" ,"):
        return None
    trailing = clause.rstrip(" ,")
    if len(trailing) < len(clause.rstrip()) and len(segments) > 1:
        # "X, the party chairman, said": the subject with its appositives
        kept = [s for s in segments if not _adverbial(clause[s[0] : s[1]])] or segments[-1:]
        return cut + kept[0][0], cut + kept[-1][1]
    if _ADVERBIAL.match(clause[last[0] : last[1]]) and not re.match(r"(?i)^\s*(?:and|but|so|also|as)\b", clause[last[0] : last[1]]):
        if len(segments) > 1 and re.match(r"(?i)(?:by|from)\s", clause[last[0] : last[1]]):
            a, b = segments[-2]  # "the report, by White House Counsel Robert Bauer, concluded": the report, its issuer
            if _DOCUMENT_HEAD.match(clause[a:b]):
                return cut + a, cut + last[1]
        return None
    a, b = last
    quoted = list(_QUOTE_BLANK.finditer(clause, a, b))
    after_quote = clause[quoted[-1].end() : b].strip() if quoted else ""
    if quoted and (_NAME.fullmatch(after_quote) or after_quote.lower() in _PRONOUNS - {"who", "which", "that", "one"}):
        # EP-50: "The coal industry “is already under pressure …,” Jeff says.": what stands before the quotation is
        # what is said (its subject); the name after it is who says it. So with a pronoun ("The agents … were “of the
        # highest integrity,” he said.": he speaks, not the agents; check AB ME-28)
        a = quoted[-1].end()
    lead = re.match(r"(?i)\s*(?:and|but|so|yet|also|with|as)\s+", clause[a:b])
    return cut + a + (lead.end() if lead else 0), cut + b


_QUOTE_BLANK = re.compile(r"\s{12,}")
"""A blanked quotation of a clause's length inside a subject window (a scare-quoted word is shorter)."""


def _adverbial(segment: str) -> bool:
    """An adverbial comma segment; "But Cornyn" is the subject after a conjunction, not an adverbial."""
    return bool(_ADVERBIAL.match(segment)) and not re.match(r"(?i)^\s*(?:and|but|yet|so)\s+(?-i:[A-Z])", segment)


def _segments(clause: str) -> list[tuple[int, int]]:
    """Comma-separated stretches of ``clause`` holding words (blanked quotations drop out)."""
    out, start = [], 0
    for m in re.finditer(r",|$", clause):
        piece = clause[start : m.start()]
        if re.search(r"\w", piece):
            lead = len(piece) - len(piece.lstrip())
            out.append((start + lead, start + len(piece.rstrip())))
        start = m.end()
    return out

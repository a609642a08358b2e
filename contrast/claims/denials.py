"""Whether a claim reports a denial: an act of its own, not the fact it denies nor anything else done about it.

"Russia has denied meddling in the election and Trump has denied any collusion …" reports two statements; "Bannon
was also subpoenaed by Robert Mueller as part of the special counsel investigation into Russian meddling and
potential collusion …" reports a subpoena. The two share the rare words "meddling" and "collusion", which start a
link (check s15 Q-BN BN-17: printed as one event), and state different acts: what one claim denies, the other
names as what a probe is about. So alignment never starts a link between a claim that reports a denial and one
that reports none (``contrast.claims.align``), unless they share a quotation: a claim that reports the same denial
in other words ("… said there was no collusion") negates, and a claim with a negation is left alone.

English usage, not a list of stories: a denial is a form of "deny" or "denial" — not "denied entry", "denied bail",
things refused rather than statements contradicted — or "reject"/"dismiss" with an accusation, allegation, claim,
charge or report as its object.

A refusal is an act of its own in the same way: "Bannon declined on Tuesday to comply with a subpoena ordering him to
answer questions from a U.S. House intelligence panel …" (Reuters) and "Steve Bannon will appear before the House
Intelligence Committee on Tuesday morning, supposedly to answer questions about …" (Daily Kos) share the panel, the
day and the questions, and tell opposite things (check15 Q-BN BN-22: printed as one event). So a refusal to act
("declined to", "refused to", "declined comment") counts with the denials; a claim that tells the same refusal in
other words ("would not answer") negates.
"""

from __future__ import annotations

import re

from contrast.claims.candidates import REPORTING_VERB
from contrast.claims.terms import WEEKDAYS, sentence_stems

_GRANTED = (r"entry|access|bail|visas?|permission|permits?|requests?|applications?|service|coverage|benefits?|"
            r"funding|tenure|parole|admission")  # fmt: skip
"""What is denied someone rather than contradicted ("denied him entry", "denied bail", "denied a visa")."""
_DENY = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)\b(?!\s+(?:(?:him|her|them|it|us|me|the|any|further|a|an)\s+)?(?:" + _GRANTED + r")\b)"
    r"|denials?\b)",
    re.IGNORECASE,
)
_REJECT = re.compile(
    r"\b(?:reject|dismiss)(?:s|es|ed|ing)?\s+(?:(?:the|any|all|such|these|those|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:accusations?|allegations?|claims?|charges?|reports?|suggestions?|assertions?)\b",
    re.IGNORECASE,
)
_REFUSE = re.compile(
    r"\b(?:declin|refus)(?:e|es|ed|ing)\s+(?:(?:on\s+)?(?:" + "|".join(WEEKDAYS) + r"|today|yesterday)\s+|\w+ly\s+|again\s+)?"
    r"(?:comment\b|to\s+(?!(?:the|a|an|its|their|his|her|record|levels?|lows?|highs?)\b)[a-z]+\b)",
    re.IGNORECASE,
)
"""A refusal to act: "declined on Tuesday to comply with a subpoena", "refused to answer questions", "declined comment";
not a fall ("Sales declined to $5 billion", "declined to record lows")."""
_NEGATION = re.compile(r"\b(?:not|no|never|nothing|none|neither|nor|without)\b|n[’']t\b", re.IGNORECASE)


def reports_denial(text: str) -> bool:
    """Whether ``text`` reports someone denying or rejecting something said ("X has denied any collusion", "the
    Kremlin rejected the accusations"), or refusing to act ("declined to comply with a subpoena")."""
    return bool(_DENY.search(text) or _REJECT.search(text) or _REFUSE.search(text))


def negates(text: str) -> bool:
    """Whether ``text`` has a negation ("not", "no", "never", "n't", …): it may report a denial in other words."""
    return bool(_NEGATION.search(text))


_CLAUSE_BREAK = re.compile(r"[,;:()—–]|\s-\s")
_REPORTING = re.compile(r"\b(?:" + REPORTING_VERB + r"|according)\b", re.IGNORECASE)


def undenied_words(text: str) -> frozenset[str]:
    """The content stems of ``text`` outside its clauses (between commas, dashes, brackets) that deny: "Russia has
    denied meddling … and Trump has denied any collusion …" → nothing; "… hearing, pitting Kavanaugh against Ford, …
    — an accusation Kavanaugh has denied — when …" → all but the aside. Reporting verbs ("said") left out."""
    clauses = _CLAUSE_BREAK.split(text)
    kept = " ".join(clause for clause in clauses if not reports_denial(clause))
    return frozenset(sentence_stems(_REPORTING.sub(" ", kept)))


def denial_apart(a: str, b: str) -> bool:
    """Whether one of two claims reports a denial, the other reports none and negates nothing, and all the other
    says of the denying claim's words is what that one denies: two acts ("Russia has denied meddling …" / "… subpoenaed
    … as part of the investigation into Russian meddling …"). A claim that tells something beside its denial ("the
    hearing Thursday pitting Kavanaugh against Ford, … an accusation Kavanaugh has denied") shares that with others."""
    denies_a, denies_b = reports_denial(a), reports_denial(b)
    if denies_a == denies_b:
        return False
    denying, other = (a, b) if denies_a else (b, a)
    return not negates(other) and not undenied_words(denying) & set(sentence_stems(other))


__all__ = ["denial_apart", "negates", "reports_denial"]

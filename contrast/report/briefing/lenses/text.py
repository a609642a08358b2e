"""The words around each lens in the briefing: titles, questions, methods, measure labels.

Kept apart from the view model's logic so the prose can be read and edited in one place.
Measure labels of cue lenses come from the lexicons themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

from contrast.config import Lenses
from contrast.metrics.characteristic import Z_SIGNIFICANT
from contrast.stats import RESAMPLES
from contrast.resources import lexicon


@dataclass(frozen=True)
class LensText:
    title: str
    question: str
    method: str
    lexicon: str | None = None
    """The packaged lexicon the lens counts (its version and provenance are printed)."""


BOOTSTRAP = (
    f"Intervals are 95% percentile bootstrap intervals over the origin's sentences ({RESAMPLES:,} resamples, fixed "
    "seed per lens and origin); sentences of one article are not independent, so with few sources they are too narrow."
)

LENS_TEXT: dict[str, LensText] = {
    "distinctive": LensText(
        "Distinctive vocabulary",
        "Which words does each origin use that the others do not?",
        "Weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, “Fightin’ Words”): "
        "each origin’s words and two-word phrases (stop words dropped) against all other origins pooled, the prior "
        "proportional to each term’s frequency in the whole corpus. z is the log-odds ratio divided by its standard "
        f"error; z ≥ {Z_SIGNIFICANT} (bold) is significant at the 5% level. Terms used once by an origin are not listed.",
    ),
    "certainty": LensText(
        "How sure they sound",
        "How often does each origin hedge (“may”, “reportedly”, “so-called”) or boost (“clearly”, “confirms”)?",
        "Cue words per 1,000 words, from a hand-written lexicon after Hyland’s (2005) hedges and boosters. "
        "A cue counts wherever it occurs, including inside quotations. " + BOOTSTRAP,
        lexicon="certainty",
    ),
    "loaded": LensText(
        "Loaded and emotive language",
        "Which origin reaches for labels, glowing words, intensifiers, fear words and scare quotes?",
        "Cue words per 1,000 words from a transparent lexicon (name-calling and glittering generalities after the "
        "Institute for Propaganda Analysis, 1937; intensifiers and fear words after Riloff & Wiebe 2003 and Recasens "
        "et al. 2013). Scare quotes are found by a rule: a quoted phrase of one to four words starting in lower case. "
        "A cue in a quotation counts for the quoting text. " + BOOTSTRAP,
        lexicon="loaded",
    ),
    "attribution": LensText(
        "Whose voice",
        "Who is quoted or cited, with which reporting verb, and how much does each origin assert in its own voice?",
        "A statement (five or more words, not a question) is attributed when it has a reporting verb, a colon "
        "attribution (“Foreign media: …”) or a direct quotation of five or more words. Its speaker is the speaker "
        "noun nearest the reporting verb. Speaker and verb shares are of attributed statements; tone is VADER’s "
        "mean compound score of what each kind of speaker is made to say. " + BOOTSTRAP,
        lexicon="attribution",
    ),
    "targets": LensText(
        "How they talk about each actor",
        "How positive or negative are the sentences each origin writes about each actor?",
        "VADER compound scores of the sentences that name the actor (aliases as listed; a name inside a longer name, "
        "like “China Daily”, does not count). A sentence naming two actors counts for both: VADER scores the "
        "sentence, not the stance toward one actor. " + BOOTSTRAP,
        lexicon="targets",
    ),
    "frames": LensText(
        "Frames",
        "Which of the 15 policy frames of Boydstun et al. (2014) does each origin reach for?",
        "Share of sentences (five or more words) showing each frame, through a cue lexicon written from the Policy "
        "Frames Codebook’s definitions; a sentence can show several frames, and “Other” collects sentences with no "
        "cue. This approximates a coder: every assignment can be checked against its highlighted cue. " + BOOTSTRAP,
        lexicon="frames",
    ),
    "naming": LensText(
        "Naming",
        "What does each origin call the same actors, and in which words does it report the same events?",
        "Actors: names in claims, merged across spellings by the claim-alignment rules (acronyms, a name inside a "
        "longer one, near-identical spellings), listed when origins prefer different names. Events: for each event "
        "two or more origins report, the words each origin uses about it that no other origin uses.",
    ),
}

EXTRA_LABELS = {
    "scare_quote": "Scare quotes",
    "other": "Other / no cue",
    "attributed": "Statements attributed",
    "speaker.unspecified": "Unspecified speaker",
}


def measure_labels(lenses: Lenses) -> dict[str, str]:
    """measure id → label, for every lens (lexicon categories, targets, derived measures)."""
    labels = dict(EXTRA_LABELS)
    for name in ("certainty", "loaded", "attribution", "frames"):
        labels.update({c.id: c.label for c in lexicon(name).categories})
    targets = (
        {t.id: t.label for t in lenses.targets}
        if lenses.targets is not None
        else {c.id: c.label for c in lexicon("targets").categories}
    )
    for target, label in targets.items():
        labels[f"tone:{target}"] = f"Tone naming {label}"
        labels[f"mentions:{target}"] = f"Sentences naming {label}"
    for kind in [c.id for c in lexicon("attribution").categories if c.id.startswith("speaker.")] + ["speaker.unspecified"]:
        labels[f"tone.{kind}"] = f"Tone quoting: {labels[kind].split(' and ')[0].lower()}"
    return labels

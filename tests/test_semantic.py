"""The optional semantic backend: links confirmed by a sentence model, never required.

The real model is not installed in CI; these tests drive the backend with small
deterministic encoders, so what is checked is the rule (a lexical link survives only if
the encoder finds its sentences close in meaning), the configuration and the errors.
The model's measured effect on the golds is in ``benchmarks/bench_alignment_quality.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import polars as pl
import pytest

from contrast.claims import find_events, semantic
from contrast.claims.evidence import probability
from contrast.claims.export import events_document
from contrast.config import load_report
from contrast.errors import ManifestError
from contrast.pipeline import analyse, build
from contrast.segment import segment
from tests.reportkit import make_report
from tests.test_claims import ORIGIN_OF, SMALL


def _keyword_encoder(keyword: str):
    """Sentences with ``keyword`` point one way, every other sentence the other way."""

    def encode(texts: Sequence[str]) -> np.ndarray:
        return np.array([[1.0, 0.0] if keyword in text else [0.0, 1.0] for text in texts])

    return encode


def _events(encoder) -> list[set[tuple[str, int]]]:
    sentences = segment(SMALL, ORIGIN_OF).with_columns(pl.lit(0.0).alias("compound"))
    analysis = find_events(sentences, origins=sorted(set(ORIGIN_OF.values())), encoder=encoder)
    claims = analysis.claims
    return [
        set(claims.filter(pl.col("event") == e).select("source_id", "sentence_index").rows())
        for e in analysis.events.get_column("event")
    ]


def test_closeness_in_meaning_raises_the_evidence_that_two_claims_report_one_fact() -> None:
    lexical = {"cosine": np.array([0.3, 0.3]), "quote": np.zeros(2), "names": np.zeros(2), "figures": np.zeros(2),
               "stems": np.log1p(np.array([2.0, 2.0])), "length": np.log(np.array([400.0, 400.0]))}
    far, close = probability({**lexical, "semantic": np.array([0.0, 1.0])})
    assert close > far


def test_sentences_the_model_finds_far_apart_are_linked_less() -> None:
    apart = _events(_keyword_encoder("no sentence has this"))  # every sentence points the same way …
    orthogonal = _events(lambda texts: np.eye(len(texts)))  # … or each its own way
    assert sum(map(len, orthogonal)) <= sum(map(len, apart))


def test_events_json_says_which_backend_linked_the_claims() -> None:
    sentences = segment(SMALL, ORIGIN_OF).with_columns(pl.lit(0.0).alias("compound"))
    origins = sorted(set(ORIGIN_OF.values()))
    lexical = events_document(find_events(sentences, origins=origins))
    confirmed = events_document(find_events(sentences, origins=origins, encoder=_keyword_encoder("zzz")))
    assert (lexical["backend"], confirmed["backend"]) == ("lexical", "semantic")


def test_semantic_backend_without_the_model_is_one_clear_error_and_writes_nothing(tmp_path: Path, monkeypatch) -> None:
    root = make_report(tmp_path / "r", extra={"alignment": {"backend": "semantic"}})
    monkeypatch.setattr(semantic, "installed", lambda: False)
    with pytest.raises(ManifestError) as raised:
        build(root)
    message = str(raised.value)
    assert "report.toml" in message and "alignment.backend" in message and "contrast[semantic]" in message
    assert not (root / "build").exists()


def test_the_default_backend_is_lexical_and_needs_no_model(tmp_path: Path, monkeypatch) -> None:
    root = make_report(tmp_path / "r")
    monkeypatch.setattr(semantic, "local_encoder", lambda: pytest.fail("the model was loaded"))
    assert analyse(load_report(root)).events.backend == "lexical"


def test_an_unknown_backend_is_rejected_with_the_allowed_values(tmp_path: Path) -> None:
    root = make_report(tmp_path / "r", extra={"alignment": {"backend": "neural"}})
    with pytest.raises(ManifestError, match="'lexical' or 'semantic'"):
        load_report(root)



def test_the_absence_search_finds_close_whatever_either_model_finds_close() -> None:
    # each sentence its own direction: the sentence model finds every pair far apart in meaning;
    # the search for absence still sees what the lexical model sees, so no "only in" is added
    from contrast.claims.align import claim_scorer
    from contrast.claims.candidates import claim_frame

    claims = claim_frame(segment(SMALL, ORIGIN_OF)).with_row_index("claim_id")
    a, b = np.triu_indices(claims.height, k=1)
    lexical = claim_scorer(claims).score(a, b)
    orthogonal = claim_scorer(claims, encoder=lambda texts: np.eye(len(texts)))
    assert (orthogonal.score(a, b) < lexical).any()  # the model alone would call some pairs less likely …
    assert (orthogonal.closeness(a, b) >= lexical).all()  # … the search never does
    aligned = claim_scorer(claims, encoder=lambda texts: np.ones((len(texts), 1)))
    assert (aligned.closeness(a, b) >= aligned.score(a, b)).all()  # and it keeps what the model adds

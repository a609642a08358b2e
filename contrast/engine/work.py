"""The per-source stages of one source as one task, for the executors of ``contrast.engine``.

After ingest, the build process knows, from the keys alone, which of a source's cache
entries are missing: clean, segment, each metric's per-source part, claim candidates. A
:class:`SourceWork` carries what computing them needs (the decoded text, or the cleaned
text and sentence spans when those are cached) and :func:`run` returns the missing
entries, encoded exactly as the cache stores them. The build process registers them
(``BuildCache.add_computed``) and then runs its usual stage-by-stage pass, which reads
them like any entry — so a result computed in a worker is used exactly as a cached one,
and the outputs are byte-identical whatever ran where (the cache's own tests already hold
a cached result to give the bytes of a fresh one).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from contrast.cache import BuildCache, code_fingerprint, digest, encode_entry, library_versions
from contrast.clean import CleanText
from contrast.codecs import (
    decode_cleaned,
    decode_spans,
    encode_cleaned,
    encode_frame,
    encode_metric_frames,
    encode_spans,
)
from contrast.config import Lenses, Source
from contrast.errors import ContrastError
from contrast.ingest import RawText
from contrast.language import Language
from contrast.metrics import SourceSlice, per_source_parts
from contrast.schema import ORIGIN
from contrast.segment import sentence_spans, sentences_frame
from contrast.stages import METRIC_LIBRARIES, SourceKeys, clean_and_detect, measure_alone, measure_stage


@dataclass(frozen=True)
class SourceWork:
    """One source's missing per-source entries, and what computing them needs."""

    source_id: str
    title: str
    fallback_language: str
    lenses: Lenses
    keys: SourceKeys
    missing: tuple[str, ...]
    """Stage names to compute: ``clean``, ``segment``, ``measure-<part>``, ``claims``."""
    raw: RawText | None
    """The decoded source, when the clean entry is missing."""
    cleaned: tuple[CleanText, Language] | None
    """The cached clean entry, otherwise."""
    spans: list[tuple[int, int]] | None
    """The cached sentence spans, when only later entries are missing."""
    fingerprint: str
    """The build's :func:`fingerprint`: a worker running other code refuses the task."""


@cache
def fingerprint() -> str:
    """The code and libraries of every per-source stage (this module imports them all)."""
    return digest(code_fingerprint("contrast.engine.work"), library_versions(*METRIC_LIBRARIES, "nltk", "py3langid"))


def run(work: SourceWork) -> list[tuple[str, str, bytes]]:
    """Compute ``work.missing``: (stage, key, encoded entry) for each."""
    if work.fingerprint != fingerprint():
        raise ContrastError(
            f"source {work.source_id!r}: this worker runs other contrast code or libraries than the build; "
            "install the same version everywhere"
        )
    keys, missing = work.keys, set(work.missing)
    out: list[tuple[str, str, bytes]] = []
    if work.cleaned is not None:
        cleaned = work.cleaned
    else:
        assert work.raw is not None
        cleaned = clean_and_detect(work.raw, work.title, work.fallback_language)
    if "clean" in missing:
        out.append(("clean", keys.clean, encode_entry("clean", keys.clean, encode_cleaned(cleaned))))
    text, language = cleaned[0].text, cleaned[1]
    spans = work.spans if work.spans is not None else sentence_spans(text)
    if "segment" in missing:
        out.append(("segment", keys.segment, encode_entry("segment", keys.segment, encode_spans(spans))))
    sentences = sentences_frame({work.source_id: text}, {work.source_id: spans}, {work.source_id: ""}).drop(ORIGIN)
    piece = SourceSlice(work.source_id, text, sentences, language.code, work.lenses)
    for name, function in per_source_parts().items():
        stage = measure_stage(name).name
        if stage in missing:
            key = keys.measures[name]
            out.append((stage, key, encode_entry(stage, key, encode_metric_frames(measure_alone(function, piece)))))
    if "claims" in missing:
        from contrast.claims import features

        found = features.claim_candidates(sentences)
        out.append(("claims", keys.claims, encode_entry("claims", keys.claims, encode_frame(found))))
    return out


def plan(
    cache: BuildCache,
    keys: Mapping[str, SourceKeys],
    sources: Sequence[Source],
    raws: Mapping[str, RawText],
    *,
    fallback_language: str,
    lenses: Lenses,
) -> list[SourceWork]:
    """The work of every source with a missing per-source entry (looked up by name, not read)."""
    works = []
    for source in sources:
        source_keys = keys[source.id]
        missing = tuple(stage for stage, key in source_keys.entries() if stage != "ingest" and not cache.has(stage, key))
        if not missing:
            continue
        cleaned = spans = None
        if "clean" not in missing:
            cleaned = cache.peek("clean", source_keys.clean, decode_cleaned)
            if cleaned is not None and "segment" not in missing:
                spans = cache.peek("segment", source_keys.segment, decode_spans)
        works.append(
            SourceWork(
                source_id=source.id,
                title=source.title,
                fallback_language=fallback_language,
                lenses=lenses,
                keys=source_keys,
                missing=missing,
                raw=raws[source.id] if cleaned is None else None,
                cleaned=cleaned,
                spans=spans,
                fingerprint=fingerprint(),
            )
        )
    return works


__all__ = ["SourceWork", "fingerprint", "plan", "run"]

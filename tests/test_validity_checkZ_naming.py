"""Check Z IR-19: an event panel said both origins "call its actors by the same names (or forms of one name)" while the
New York Times wrote "Britain" and USA TODAY "the United Kingdom", and the Naming table listed "britain" against
"kingdom". Britain and the United Kingdom are one country with two names (not forms of one name, as "UK" and "United
Kingdom" are): the panel and the naming lens now both say the origins name it differently."""

from __future__ import annotations

import polars as pl

from contrast.claims.aliases import name_variants, resolve_aliases
from contrast.report.briefing.events import _naming
from contrast.report.refs import OriginRef


def _ref(label: str) -> OriginRef:
    return OriginRef(id=label.lower(), label=label, colour="#000000", marker="circle", border="solid", index=0)


def test_britain_and_the_united_kingdom_are_one_actor_with_two_names() -> None:
    aliases = resolve_aliases(["Britain", "the United Kingdom", "U.K.", "Great Britain", "British"])
    assert aliases["Britain"] == aliases["the United Kingdom"] == aliases["U.K."] == aliases["Great Britain"]
    assert aliases["British"] != aliases["Britain"]  # the adjective is no name of the country
    assert not name_variants("Britain", "United Kingdom")
    assert name_variants("UK", "United Kingdom") and name_variants("Britain", "Great Britain")


def test_the_panel_says_two_origins_name_the_country_differently() -> None:
    members = pl.DataFrame(
        {
            "origin": ["left", "center"],
            "entities": [["Britain", "Japan"], ["United Kingdom", "Japan"]],
            "text": [
                "The envoy asked Britain and Japan to join the talks on fishing quotas.",
                "The envoy invited the United Kingdom and Japan into the fishing talks.",
            ],
        }
    )
    aliases = resolve_aliases(["Britain", "United Kingdom", "Japan"])
    refs = {"left": _ref("Left"), "center": _ref("Center")}
    assert _naming(members, refs, aliases) == ["Naming: Left “Britain”; Center “United Kingdom”."]
    # an acronym and its expansion stay forms of one name
    members = members.with_columns(
        pl.Series("entities", [["UK", "Japan"], ["United Kingdom", "Japan"]]),
        pl.Series("text", ["The envoy asked the UK and Japan to join the talks.", "The envoy invited the United Kingdom and Japan."]),
    )
    assert _naming(members, refs, resolve_aliases(["UK", "United Kingdom", "Japan"])) == [
        "Naming (forms of one name): Left “UK”; Center “United Kingdom”."
    ]

"""A party's, or its member's, bare remark about the country whose politics the party contests
(``party_countries`` in ontology/gazetteer.json) is domestic commentary, no dealing of two actors: no commentsOn
record is made of it (``graph_builder.dedupe``). A remark about another country stays. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.conftest import archive_triples, extract, triples


@pytest.mark.parametrize(("text", "speaker", "country"), [
    ("Labour MP Arvo Pellik said Britain needed lower taxes and a smaller state.", "Arvo Pellik", "United Kingdom"),
    ("The Conservatives said Britain was heading for a slump.", "Conservative Party", "United Kingdom"),
    ("A Republican Party spokesman, Dana Kell, said America must cut its deficit.", "Dana Kell", "United States"),
])
def test_no_comment_on_own_country(text: str, speaker: str, country: str) -> None:
    found = triples(extract(text))
    assert (speaker, "commentsOn", country) not in found, found


def test_comment_on_another_country_stays() -> None:
    found = triples(extract("Labour MP Arvo Pellik said Norland needed lower taxes and a smaller state."))
    assert ("Arvo Pellik", "commentsOn", "Norland") in found, found


def test_no_comment_on_own_country_of_an_archive_party_leader(tmp_path) -> None:
    found = archive_triples(tmp_path, {
        "a": "Labour leader Arvo Pellik opened the spring conference in Kessby on Friday.",
        "b": "Labour leader Arvo Pellik toured a hospital in Marlow Vale.",
        "c": "Mr Pellik said Britain needed a smaller state. He also said Norland needed lower taxes.",
    })
    assert ("Arvo Pellik", "commentsOn", "United Kingdom") not in found["c"], found
    assert ("Arvo Pellik", "commentsOn", "Norland") in found["c"], found

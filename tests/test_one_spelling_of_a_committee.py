"""A committee of a chamber keeps one name across the archive: spellings that differ in case only, or by the
chamber's word that opens one ("the Commons transport committee", "the Commons Transport Committee", "the Transport
Committee"), are one node; a committee's name that two chambers' committees share joins neither. Sentences and names
of our own."""

from __future__ import annotations

import pytest

from tests.conftest import archive_triples


@pytest.mark.parametrize(("second", "nodes"), [
    ("The Commons Transport Committee criticised the minister, Ann Polder.", 1),
    ("The Senate transport committee criticised the governor, Ann Polder.", 3),
])
def test_spellings_of_one_committee_are_one_node(tmp_path, second, nodes):
    found = archive_triples(tmp_path, {
        "a": "The Commons transport committee criticised the minister, Tom Varrick.",
        "b": second,
        "c": "The Transport Committee criticised the minister, Bill Hoskins.",
    })
    assert len({subject for triples in found.values() for subject, _, _ in triples}) == nodes

"""A committee of a chamber keeps one name across the archive: spellings that differ in case only, or by the
chamber's word that opens one ("the Commons transport committee", "the Commons Transport Committee", "the Transport
Committee"), are one node; a committee's name that two chambers' committees share joins neither. Sentences and names
of our own."""

from __future__ import annotations

from tests.conftest import archive_triples


def subjects(tmp_path, texts):
    return {subject for found in archive_triples(tmp_path, texts).values() for subject, _, _ in found}


def test_spellings_of_one_committee_are_one_node(tmp_path):
    found = subjects(tmp_path, {
        "a": "The Commons transport committee criticised the minister, Tom Varrick.",
        "b": "The Commons Transport Committee criticised the minister, Ann Polder.",
        "c": "The Transport Committee criticised the minister, Bill Hoskins.",
    })
    assert len(found) == 1


def test_a_name_two_chambers_committees_share_joins_neither(tmp_path):
    found = subjects(tmp_path, {
        "a": "The Commons transport committee criticised the minister, Tom Varrick.",
        "b": "The Senate transport committee criticised the governor, Ann Polder.",
        "c": "The Transport Committee criticised the minister, Bill Hoskins.",
    })
    assert len(found) == 3

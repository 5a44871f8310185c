"""A plural title before a list of names ("Lord Justices Whitcombe and Farrant", "Lords Justice ...", "Senators
...") names one holder of the title in each name: the title is no part of the first name ("Lord Justices
Whitcombe" was an actor) and each name is a person of its own. A plural title before an organisation's words
("the Lords Select Committee") stays in the body's name. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import archive_triples, extract


def actors(sentence):
    return {(side.label, side.type) for r in extract(sentence, date="2026-01-05") for side in (r.subject, r.object)}


@pytest.mark.parametrize("sentence", [
    "Lord Justices Whitcombe and Farrant criticised the mayor, Ann Polder.",
    "The judgment of Lord Justices Whitcombe and Farrant was criticised by the mayor, Ann Polder.",
    "Lords Justice Whitcombe and Farrant criticised the mayor, Ann Polder.",
    "Senators Whitcombe, Farrant and Kellow criticised the mayor, Ann Polder.",
])
def test_a_plural_title_is_no_part_of_the_first_name(sentence):
    found = actors(sentence)
    assert ("Whitcombe", "Person") in found
    assert not [label for label, _ in found if "Justice" in label or "Senator" in label]


def test_each_name_after_a_plural_title_is_a_person():
    found = actors("The union thanked Lord Justices Morley and Tate, and criticised the mayor, Ann Polder.")
    found |= actors("Lord Justices Morley and Tate criticised the mayor, Ann Polder.")
    assert {("Morley", "Person"), ("Tate", "Person")} <= found


def test_a_plural_title_before_a_bodys_words_stays_in_its_name():
    found = actors("Members of the Lords Select Committee and Ann Polder met on Monday.")
    assert ("Lords Select Committee", "Organization") in found


def test_a_surname_after_a_plural_title_is_no_namesake_named_elsewhere(tmp_path):
    """The holders a plural title lists by surname are not the archive's person of that surname (a judge
    "Penwick" of "Lord Justices Penwick and Arlow" is not the minister Tom Penwick another article names)."""
    found = archive_triples(tmp_path, {
        "a": "The minister, Tom Penwick, criticised the mayor, Ann Polder. Tom Penwick met Ann Polder on Monday.",
        "b": "Protesters urged Lord Justices Penwick and Arlow to quash the verdict.",
    })
    assert ("protesters", "appealsTo", "Penwick") in found["b"]

"""A party's name written with its own last word in lower case ("the Labour party", "the Tory party") names the
party itself, as "the Labour Party" does: an affiliation holds it. A name before another noun ("the Labour
government", "Labour party members") stays a thing or people of the party, which no affiliation holds. Sentences
and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def found(sentence):
    return {(r.subject.label, r.relation, r.object.label, r.modality) for r in extract(sentence, date="2026-01-05")}


@pytest.mark.parametrize(("sentence", "record"), [
    ("Councillor Ivo Marsh was expelled from the Labour party over his remarks.",
     ("Ivo Marsh", "memberOf", "Labour Party", "past")),
    ("Councillor Ivo Marsh left the Tory party after the vote.",
     ("Ivo Marsh", "memberOf", "Conservative Party", "past")),
])
def test_a_party_named_with_its_head_noun_in_lower_case(sentence, record):
    assert record in found(sentence)


@pytest.mark.parametrize("sentence", [
    "Councillor Ivo Marsh left the Labour government after the vote.",
    "Councillor Ivo Marsh was expelled from the Labour group on the council.",
])
def test_another_noun_after_the_name_is_no_party(sentence):
    assert not {r for r in found(sentence) if r[1] == "memberOf" and r[2] == "Labour Party"}

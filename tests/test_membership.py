"""Membership said by what a group is made of: "the council, which includes Norway", "is made up of",
"consists of", "Norway and Finland make up the council", also in the passive with "by" and in a participle the
tagger took for a past tense. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

FOUND = [
    ("The Arctic Council, which includes Norway and Finland, met in Tromso.",
     ("Finland", "memberOf", "Arctic Council")),
    ("The Arctic Council is made up of Norway, Finland and Iceland.", ("Iceland", "memberOf", "Arctic Council")),
    ("The Arctic Council consists of Norway and Finland.", ("Norway", "memberOf", "Arctic Council")),
    ("The Arctic Council is composed of Norway and Finland.", ("Finland", "memberOf", "Arctic Council")),
    ("Norway and Finland make up the Arctic Council.", ("Finland", "memberOf", "Arctic Council")),
    # a participle beside its noun, tagged as a past tense: the relation is current, not past
    ("The Arctic Council, made up of Norway and Finland, met on Monday.", ("Norway", "memberOf", "Arctic Council")),
    ("The Arctic Council, made up in part by Norway and Finland, met on Monday.",
     ("Finland", "memberOf", "Arctic Council")),
    # a relative clause on a name set beside another name belongs to the nearer name
    ("In Latvia, with the support of the Arctic Council, the Latvian Guard, which includes the Riga Volunteer "
     "Brigade, has made progress.", ("Riga Volunteer Brigade", "memberOf", "Latvian Guard")),
]

NOT_FOUND = [
    # a country includes regions, which are no members of it
    ("Norway includes the Svalbard islands and Jan Mayen.", "memberOf"),
    # "comprise" is written both ways: no reading is safe
    ("The crews who comprise the Arctic Rescue Squadron flew from the Northern Air Wing.", "memberOf"),
    # the wrong name for the relative clause
    ("In Latvia, with the support of the Arctic Council, the Latvian Guard, which includes the Riga Volunteer "
     "Brigade, has made progress.", ("Riga Volunteer Brigade", "memberOf", "Arctic Council")),
]


def _found(sentence: str) -> dict[tuple[str, str, str], str]:
    return {(r.subject.label, r.relation, r.object.label): r.modality for r in extract(sentence) if not r.negated}


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[s for s, _ in FOUND])
def test_membership_by_inclusion(sentence, expected):
    found = _found(sentence)
    assert found.get(expected) == "asserted", found


@pytest.mark.parametrize(("sentence", "unexpected"), NOT_FOUND, ids=[s for s, _ in NOT_FOUND])
def test_no_membership_invented(sentence, unexpected):
    found = _found(sentence)
    if isinstance(unexpected, str):
        assert not any(rel == unexpected for _, rel, _ in found), found
    else:
        assert unexpected not in found, found


def test_inclusion_in_the_past_is_past():
    assert _found("The Arctic Council comprised Norway and Finland until 1990.").get(
        ("Norway", "memberOf", "Arctic Council")) != "asserted"
    assert _found("The Arctic Council included Norway until 1990.").get(
        ("Norway", "memberOf", "Arctic Council")) == "past"


def test_continuing_or_stepping_up_is_no_joining():
    found = extract("Chile continued the Harbour Alliance. Peru intensified the Harbour Party.", date="2026-01-05")
    assert not [r for r in found if r.relation == "memberOf"], found

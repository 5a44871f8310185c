"""Members of a chamber who sit "on" a named committee speak for the committee ("MPs on the Commons transport
committee criticised X" is the committee's act, as "members of" it is), whether the model tags the plural noun a
noun or, opening a sentence, a verb; "on" a body of no committee's kind, or an unnamed committee, does not: the
members are then some the text does not name, no actor. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def triples(text):
    return {(r.subject.label, r.relation, r.object.label) for r in extract(text, date="2026-01-05")}


@pytest.mark.parametrize(("text", "expected"), [
    ("On Monday, MPs on the Commons transport committee criticised Tom Varrick.",
     ("Commons transport committee", "criticizes", "Tom Varrick")),
    ("MPs on the Commons transport committee criticised Tom Varrick.",
     ("Commons transport committee", "criticizes", "Tom Varrick")),
    ("Tom Varrick was criticised by MPs on the Harbour Rail Committee.",
     ("Harbour Rail Committee", "criticizes", "Tom Varrick")),
    ("Tom Varrick told MPs on the Commons transport committee that the line would close.",
     ("Tom Varrick", "briefs", "Commons transport committee")),
])
def test_members_on_a_named_committee_act_as_it(text, expected):
    assert expected in triples(text)


def test_members_on_an_unnamed_committee_are_members_the_text_does_not_name():
    found = triples("On Monday, MPs on the committee criticised Tom Varrick.")
    assert not found

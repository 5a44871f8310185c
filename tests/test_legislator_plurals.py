"""A party's MEPs, MSPs and backbenchers act as the party, as its MPs do ("accused Harbour Party MEPs of ..."
accuses the party); unowned they are their chamber ("told MSPs that ...": the Scottish Parliament); a single MEP
is a person, no party. The plural was a collective only as "MPs": "MEPs" the tagger takes for a common noun was
read as one title holder and stood for no one. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def found(sentence):
    return {(r.subject.label, r.relation, r.object.label) for r in extract(sentence, date="2026-01-05")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ivo Marsh accused Harbour Party MEPs of being lazy.", ("Ivo Marsh", "accuses", "Harbour Party")),
    ("Harbour Party backbenchers criticised Ivo Marsh over the ferry levy.",
     ("Harbour Party", "criticizes", "Ivo Marsh")),
    ("Ivo Marsh told MSPs that the ferry levy would be scrapped.", ("Ivo Marsh", "commentsOn", "Scottish Parliament")),
])
def test_a_partys_legislators_act_as_the_party(sentence, expected):
    assert expected in found(sentence)


def test_a_single_mep_is_no_party():
    assert not [r for r in found("Ivo Marsh criticised a Harbour Party MEP over the levy.") if r[2] == "Harbour Party"]


@pytest.mark.parametrize("sentence", [
    "Ivo Marsh, who left the Harbour Party in May, has accused it of lying to its voters. He said Harbour Party "
    "MPs had ignored him.",
    "Harbour Party MPs met on Monday. Ivo Marsh, who left the Harbour Party in May, has accused it of lying to its "
    "voters.",
])
def test_a_party_named_by_its_members_stays_singular(sentence):
    """The plural of "Harbour Party MPs" is the members': the party is still "it" (coreference.plural_actors took
    it for an organisation the document treats as plural, and "it" then found no antecedent or a wrong one)."""
    assert ("Ivo Marsh", "accuses", "Harbour Party") in found(sentence)

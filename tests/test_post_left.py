"""A holder who left the post a state's title names holds it no more: "Peru's ambassador Tom Hale, who left the post
in May" and "Tom Hale, Peru's ambassador, who stepped down last year" make the role past (kg:PostLeavingVerb with a
kg:PostNoun object, or kg:LeavingVerb, in the main clause or a relative clause). Names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

CASES = [
    ("Tom Hale, Peru's ambassador, who stepped down last year, met Ana Ruiz.", "past"),
    ("Peru's ambassador Tom Hale, who left the post in May, criticised Ana Ruiz.", "past"),
    ("Peruvian Defence Minister Tom Hale, who vacated the office in March, met Ana Ruiz.", "past"),
    ("Peru's ambassador Tom Hale left the post in May.", "past"),
    # a leaving to come, of a place, of another post, or denied leaves the title held
    ("Tom Hale, Peru's ambassador, who will step down next year, met Ana Ruiz.", "asserted"),
    ("Tom Hale, Peru's ambassador, who left Lima in May, met Ana Ruiz.", "asserted"),
    ("Peru's ambassador Tom Hale, who left his post at the Lima Trust in May, met Ana Ruiz.", "asserted"),
    ("Peru's ambassador Tom Hale did not leave the post.", "asserted"),
]


@pytest.mark.parametrize(("sentence", "modality"), CASES)
def test_a_post_left_is_past(sentence, modality):
    roles = [(r.subject.label, r.object.label, r.negated, r.modality) for r in extract(sentence, date="2025-09-10")
             if r.relation == "memberOf"]
    served = "government of Peru" if "Minister" in sentence else "Peru"  # a minister serves the government
    assert roles == [("Tom Hale", served, False, modality)]

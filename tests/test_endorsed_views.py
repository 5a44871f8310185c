"""Backing, supporting or agreeing with what an actor holds true or found (its view, report, assessment, analysis,
verdict, credentials) endorses the actor (praises, CAMEO 051), as backing its plan or bid does: no aid given to it
(supports, CAMEO 07) and no cooperation with it (cooperatesWith). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


@pytest.mark.parametrize(("sentence", "subject", "obj"), [
    ("Senator Ilse Varga backed Governor Tomas Reyes's report on the harbour.", "Ilse Varga", "Tomas Reyes"),
    ("Minister Arvo Pellik said he agreed with Lena Kask's assessment of the port.", "Arvo Pellik", "Lena Kask"),
    ("Arvo Pellik supported the Caldera Party's analysis of the vote.", "Arvo Pellik", "Caldera Party"),
    ("Coach Arvo Pellik backs Tomas Reyes's credentials for the captaincy.", "Arvo Pellik", "Tomas Reyes"),
])
def test_backing_a_view_endorses_its_owner(sentence, subject, obj):
    found = {(r.subject.label, r.relation, r.object.label, r.cameo_code) for r in extract(sentence)}
    assert (subject, "praises", obj, "051") in found, found
    assert not any(rel in ("supports", "cooperatesWith") for _, rel, _, _ in found), found


"""Backing, supporting or agreeing with what an actor holds true or found (its view, report, assessment, analysis,
verdict, credentials) endorses the actor (praises, CAMEO 051), as backing its plan or bid does: no aid given to it
(supports, CAMEO 07) and no cooperation with it (cooperatesWith). So does being a supporter, advocate or proponent
of the actor itself ("a loyal supporter of the government"): a stance declared, no aid. Sentences and names of our
own."""

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



@pytest.mark.parametrize(("sentence", "subject", "obj"), [
    ("Minister Arvo Pellik has been a loyal supporter of the Norland government for years.", "Arvo Pellik",
     "government of Norland"),
    ("Lena Kask said she has always been a very strong supporter of the Caldera Farmers Union.", "Lena Kask",
     "Caldera Farmers Union"),
    ("Tomas Reyes, a lifelong advocate of the Harbour Party, opened the fete.", "Tomas Reyes", "Harbour Party"),
])
def test_a_supporter_of_an_actor_endorses_it(sentence, subject, obj):
    found = {(r.subject.label, r.relation, r.object.label, r.cameo_code) for r in extract(sentence)}
    assert (subject, "praises", obj, "051") in found, found
    assert not any(rel == "supports" for _, rel, _, _ in found), found

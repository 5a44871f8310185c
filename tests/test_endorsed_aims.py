"""Backing or supporting what an actor proposes, seeks or holds (its plan, bid, entry, membership or powers) endorses
the actor (praises, CAMEO 051), no aid given to it (supports, CAMEO 07); backing the actor itself stays
support. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("sentence", "subject", "obj"), [
    ("Chile backed Peru's bid to join the Pacific trade pact.", "Chile", "Peru"),
    ("Officials said Chile supported Peruvian entry into the trade pact.", "Chile", "Peru"),
    ("Senator Ilse Varga gave her support to Tomas Reyes's leadership ambitions.", "Ilse Varga", "Tomas Reyes"),
    ("Senator Ilse Varga has long been a strong supporter of Georgian membership of the alliance.", "Ilse Varga",
     "Georgia"),
    ("The Green Party backed Labour's plans for the harbour.", "Green Party", "Labour"),
])
def test_backing_an_aim_endorses_its_owner(sentence, subject, obj):
    records = extract(sentence)
    found = {(r.subject.label, r.relation, r.object.label, r.cameo_code) for r in records}
    assert any(s == subject and rel == "praises" and obj in o and code == "051" for s, rel, o, code in found), \
        found
    assert not any(rel == "supports" for _, rel, _, _ in found), found


SUPPORTED = {
    "Kenya backed Somalia in the border dispute.": ("Kenya", "supports", "Somalia"),
    "Chile sent aid to Peru after the floods.": ("Chile", "supports", "Peru"),
    "Chile will continue to support the efforts of the Andean Front in the fight against the Red Hand rebels.":
        ("Chile", "supports", "Andean Front"),
}


@pytest.mark.parametrize("sentence", list(SUPPORTED))
def test_backing_an_actor_or_what_it_does_is_support_and_its_bid_endorsement(sentence):
    assert SUPPORTED[sentence] in triples(extract(sentence), asserted_only=False)
    endorsed = triples(extract("Chile backed Peru's bid to join the Pacific trade pact."))
    assert ("Chile", "praises", "Peru") in endorsed and ("Chile", "supports", "Peru") not in endorsed

"""Distancing oneself from an actor or what it did, and saying one was not won over by its case (kg:PersuadedVerb),
turn it down (kg:rejects, CAMEO 12), no criticism; saying others were not won over still judges the case
(criticizes). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

REJECTS = [
    ("Senator Ilse Varga distanced herself from the Green Party's leaflets on the harbour.",
     ("Ilse Varga", "Green Party")),
    ("Tomas Reyes said he was not convinced by Ilse Varga's sums for the ferry toll.", ("Tomas Reyes", "Ilse Varga")),
    ("Tomas Reyes said he had not been persuaded by the Green Party's figures for the ferry.",
     ("Tomas Reyes", "Green Party")),
]


@pytest.mark.parametrize(("text", "pair"), REJECTS, ids=[t for t, _ in REJECTS])
def test_distancing_or_being_unpersuaded_rejects(text, pair):
    found = triples(extract(text))
    assert (pair[0], "rejects", pair[1]) in found, found
    assert (pair[0], "criticizes", pair[1]) not in found, found


def test_others_unpersuaded_is_still_a_judgement_of_the_case():
    found = triples(extract("Tomas Reyes warned that harbour voters would not be swayed by Ilse Varga's promises."))
    assert ("Tomas Reyes", "criticizes", "Ilse Varga") in found, found
    assert ("Tomas Reyes", "rejects", "Ilse Varga") not in found, found

"""A claim nobody in the sentence owns (an allegation, accusation, report or rumour in a phrase of the clause:
"following allegations that", "amid accusations that") is others': the subject of the clause around it makes no
accusation ("an inquiry by the Harbour Authority is under way following allegations that Y misled the council" does
not make the authority accuse Y). An accusation its subject makes or owns still accuses. Sentences and names of our
own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "accuser", "accused"), [
    ("An inquiry by the Harbour Authority is under way following allegations that Olaf Tamsin misled the council.",
     "Harbour Authority", "Olaf Tamsin"),
    ("The Harbour Authority opened its books after accusations that Olaf Tamsin had bribed the auditors.",
     "Harbour Authority", "Olaf Tamsin"),
])
def test_a_claim_no_one_owns_accuses_no_one(text, accuser, accused):
    assert (accuser, "accuses", accused) not in triples(extract(text), asserted_only=False)


@pytest.mark.parametrize("text", [
    "The Harbour Authority made allegations against Olaf Tamsin.",
    "The Harbour Authority repeated its allegation against Olaf Tamsin.",
])
def test_a_claim_its_subject_makes_or_owns_still_accuses(text):
    assert ("Harbour Authority", "accuses", "Olaf Tamsin") in triples(extract(text))

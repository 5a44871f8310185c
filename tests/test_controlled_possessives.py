"""A possessive on the object of a "to" infinitive that a verb of object control completes (kg:ObjectControl) is of
the one the verb bids act, when it fits them ("Ghana urged Togo to halt its raids on Benin": Togo's raids), not of
the one who bids. Sentences and names of our own. Halting one's raids is a yield (CAMEO 087), and what one is urged
to do gives the appeal and no act of the one urged; the raids are still nobody else's."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = [
    ("Ghana urged Togo to explain its raids on Benin.",
     ("Togo", "attacks", "Benin"), ("Ghana", "attacks", "Benin")),
    ("Peru called on Chile to stop its shelling of Bolivia.",
     ("Chile", "attacks", "Bolivia"), ("Peru", "attacks", "Bolivia")),
    ("Norway asked Sweden to end its support for the Red Hand Brigade.",
     ("Sweden", "supports", "Red Hand Brigade"), ("Norway", "supports", "Red Hand Brigade")),
    ("Tom Vale pressed Ian Reed to drop his attack on Ann Hale.",
     ("Ian Reed", "criticizes", "Ann Hale"), ("Tom Vale", "criticizes", "Ann Hale")),
]


@pytest.mark.parametrize(("sentence", "expected", "wrong"), CASES, ids=[s for s, _, _ in CASES])
def test_the_possessive_of_a_bidden_act_is_of_the_one_bidden(sentence, expected, wrong):
    found = triples(extract(sentence), asserted_only=False)
    assert expected in found and wrong not in found, found



def test_the_raids_one_is_urged_to_halt_are_not_the_urgers():
    found = triples(extract("Ghana urged Togo to halt its raids on Benin."), asserted_only=False)
    assert ("Ghana", "appealsTo", "Togo") in found, found
    assert not any(subject == "Ghana" and target == "Benin" for subject, _, target in found), found

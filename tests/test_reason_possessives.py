"""A possessive in the "for" phrase of a verb of thanks, praise or blame (kg:ReasonVerb) is of the one thanked,
praised or blamed when it fits them ("Chile thanked Peru for its support for Bolivia": Peru's support), not of the
subject; a pronoun that does not fit the object (her, of a man) is left to the usual rules. Sentences and names of
our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = [
    ("Chile thanked Peru for its support for Bolivia.",
     ("Peru", "supports", "Bolivia"), ("Chile", "supports", "Bolivia")),
    ("Tom Vale criticised Ian Reed for his attack on Ann Hale.",
     ("Ian Reed", "criticizes", "Ann Hale"), ("Tom Vale", "criticizes", "Ann Hale")),
    ("Norway condemned Sweden for its criticism of Denmark.",
     ("Sweden", "criticizes", "Denmark"), ("Norway", "criticizes", "Denmark")),
    ("Ecuador praised Colombia for its determination to defeat the Red Hand Brigade.",
     ("Colombia", "attacks", "Red Hand Brigade"), ("Ecuador", "attacks", "Red Hand Brigade")),
]


@pytest.mark.parametrize(("sentence", "expected", "wrong"), CASES, ids=[s for s, _, _ in CASES])
def test_the_possessive_of_a_deed_thanked_or_blamed_is_of_the_object(sentence, expected, wrong):
    found = triples(extract(sentence), asserted_only=False)
    assert expected in found and wrong not in found, found


def test_a_possessive_that_does_not_fit_the_object_keeps_the_usual_reading():
    found = triples(extract("Ann Hale thanked Ian Reed for her victory over Tom Vale."), asserted_only=False)
    assert ("Ian Reed", "attacks", "Tom Vale") not in found, found

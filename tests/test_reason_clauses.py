"""An adverbial clause of "because" or "since" (kg:ReasonConjunction) gives a reason or a state of things going
on: its present tense is a fact of now, also under a clause of the future, where a present clause of "when" or
"until" shares the future of the clause it hangs on. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import asserted_triples

# (sentence, triple, asserted?)
CASES = [
    ("Peru will act because Chile unites against the Red Hand Brigade.",
     ("Chile", "attacks", "Red Hand Brigade"), True),
    ("Peru will act because Chile backs Bolivia.", ("Chile", "supports", "Bolivia"), True),
    ("Peru will act since Chile backs Bolivia.", ("Chile", "supports", "Bolivia"), True),
    # guards: a time to come
    ("Peru will meet Chile when Bolivia visits Argentina.", ("Bolivia", "visits", "Argentina"), False),
    ("Peru will not act until Chile backs Bolivia.", ("Chile", "supports", "Bolivia"), False),
    ("Peru will meet Chile as Bolivia visits Argentina.", ("Bolivia", "visits", "Argentina"), False),
]


@pytest.mark.parametrize(("sentence", "triple", "asserted"), CASES, ids=[f"{s} {t}" for s, t, _ in CASES])
def test_a_reason_clause_keeps_its_own_polarity(sentence, triple, asserted):
    found = asserted_triples(sentence)
    assert found.get(triple) is asserted, found

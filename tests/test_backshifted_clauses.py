"""A past tense in a clause opened by "once", "when", "until" or "before", under "would", tells a time
to come in reported speech: "officials said aid would resume once Kenya signed an accord with Somalia" has not
seen the accord signed. Without "would", under a perfect ("would have cost"), or after "after" or "while", the
clause happened. The parser may hang the "when"-clause on a noun of the clause under "would" ("would be the
central question when Germany took over ..."): it is told as to come all the same. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.conftest import asserted_triples

CASES = [
    ("The minister said aid would resume once Kenya signed an accord with Somalia.",
     ("Kenya", "cooperatesWith", "Somalia"), False),
    ("Officials said the ceasefire would hold when Ethiopia withdrew its troops from Eritrea.",
     ("Ethiopia", "yieldsTo", "Eritrea"), False),
    ("The party said Tom Vale could be expelled once he criticised Ann Hale.",
     ("Tom Vale", "criticizes", "Ann Hale"), True),
    ("Officials said Iran would face sanctions after it attacked Iraq last week.",
     ("Iran", "attacks", "Iraq"), True),
    ("The minister said aid resumed once Kenya signed an accord with Somalia.",
     ("Kenya", "cooperatesWith", "Somalia"), True),
    ("Hamas said it would not negotiate while Israel continued its attacks on Gaza.",
     ("Israel", "attacks", "Gaza"), True),
    ("That would have cost Chile dearly when Chile rejected Peru's offer last year.",
     ("Chile", "rejects", "Peru"), True),
    # the "when"-clause read as a relative clause of the noun "question" under "would"
    ("Energy would be the central question when Germany took over the leadership of Nato next year, the minister "
     "said.", ("Germany", "leaderOf", "NATO"), False),
    ("Energy was the central question when Germany took over the leadership of Nato last year, the minister said.",
     ("Germany", "leaderOf", "NATO"), True),
    ("Energy would have been the central question when Germany took over the leadership of Nato, the minister "
     "said.", ("Germany", "leaderOf", "NATO"), True),
]


@pytest.mark.parametrize(("sentence", "triple", "asserted"), CASES, ids=[s for s, _, _ in CASES])
def test_a_past_tense_told_as_to_come_is_not_asserted(sentence, triple, asserted):
    found = asserted_triples(sentence)
    assert found.get(triple) is asserted, found

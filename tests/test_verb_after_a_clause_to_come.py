"""A verb in the simple past joined to a reported clause whose verb has a modal goes on from the saying, not from the
clause: in "X said the Green Party would publish its plans and attacked the Blue Party's proposals" the parser joins
"attacked" to "publish", but what the clause says is to come and the attack was done, so X attacks. A verb in the
clause's own tense stays the clause's. Names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    ("Tom Hadley said the Green Party would publish its plans next week and attacked the Blue Party's tax proposals.",
     ("Tom Hadley", "criticizes", "Blue Party"), ("Green Party", "criticizes", "Blue Party")),
    ("Ann Dale said the council would cut fares and praised the Harbour Workers Union.",
     ("Ann Dale", "praises", "Harbour Workers Union"), ("council", "praises", "Harbour Workers Union")),
])
def test_a_past_verb_after_a_clause_to_come_is_the_speaker_s(text, expected, not_expected):
    found = triples(extract(text))
    assert expected in found
    assert not_expected not in found


def test_a_verb_in_the_clause_s_own_tense_stays_the_clause_s():
    found = triples(extract("Ann Dale said the Green Party would publish its plans and would attack the Blue Party's "
                            "tax proposals."))
    assert ("Ann Dale", "criticizes", "Blue Party") not in found

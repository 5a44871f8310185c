"""A name right before a cabinet title written capitalised ("Minister", "Secretary") is the post's subject, no
organisation that employs the holder: a portfolio ("Economics Minister X") or a party's word, which before a post
so written names its subject ("Labour Minister X" runs a ministry of labour); a party's minister is written in
lower case ("Labour minister X"). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("sentence", "portfolio"), [
    ("Vietnam no longer wants the rice deal offered by the Mekong traders, Economics Minister Rudi Hartono has said.",
     "Economics"),
    ("On Monday the Lima Herald said Labour Minister Ana Ruiz had angered the unions.", "Labour"),
    ("Economy and Labour Minister Karl Brenner called the fall in orders disappointing.", "Labour"),
    ("Transportation Secretary Dan Okafor said the bridge would open in May.", "Transportation"),
])
def test_a_capitalised_post_is_not_held_in_its_subject(sentence, portfolio):
    records = triples(extract(sentence))
    assert not any(portfolio in obj for _, relation, obj in records if relation in ("memberOf", "leaderOf")), records


@pytest.mark.parametrize(("sentence", "party"), [
    ("Former Labour minister Ann Hale said the plan would fail.", "Labour Party"),
    ("Green Party Justice Minister Ann Hale said the plan would fail.", "Green Party"),
])
def test_a_party_minister_is_still_a_member_and_a_ministry_is_not(sentence, party):
    assert ("Ann Hale", "memberOf", party) in triples(extract(sentence), asserted_only=False)
    records = triples(extract("On Monday the Lima Herald said Labour Minister Ana Ruiz had angered the unions."))
    assert ("Ana Ruiz", "memberOf", "Labour Party") not in records, records

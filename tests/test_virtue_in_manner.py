"""A virtue shown in acting (kg:Virtue): the manner of a verb ("X said Y had spoken with great sincerity") or what a
person after a copula has ("Y is a person of rare decency", X said) praises Y (praises, CAMEO 051). Not what is
done to Y ("Y was treated with dignity"), nor a virtue no one's speech voices. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("text", [
    "Anna Kiel said Tom Vosper had spoken with great sincerity about the ferries.",
    "\"Tom Vosper is a person of rare decency,\" said Anna Kiel.",
    "Anna Kiel said Tom Vosper had faced the charges with great courage.",
])
def test_a_virtue_voiced_of_an_actor_praises_it(text):
    assert ("Anna Kiel", "praises", "Tom Vosper") in triples(extract(text))


@pytest.mark.parametrize("text", [
    "Anna Kiel said Tom Vosper had been treated with dignity by the harbour board.",
    "Tom Vosper spoke with great sincerity about the ferries.",
])
def test_a_virtue_shown_to_an_actor_or_in_no_ones_speech_praises_no_one(text):
    assert not [r for r in extract(text) if r.relation == "praises"]

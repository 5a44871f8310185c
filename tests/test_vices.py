"""Disapproval voiced by a noun of a vice (kg:Vice: brutality, savagery, barbarism, cruelty, ...): the actor who shows
it, through a possessor ("the Black Lotus's brutality") or "of" ("the barbarism of Y"), is criticised by the speaker
of the quotation or the reporter of the clause. No speaker, a vice the actor suffers ("the brutality suffered by Y",
"brutality against Y") or one denied judges nobody. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "critic", "target"), [
    ("Mayor Ida Brandt said the Black Lotus's brutality had emptied the hill villages.", "Ida Brandt", "Black Lotus"),
    ('"We will shield the farmers from the Black Lotus\'s savagery," said Colonel Rui Osei.', "Rui Osei",
     "Black Lotus"),
    ("Mayor Ida Brandt told reporters the barbarism of the Black Lotus had to end.", "Ida Brandt", "Black Lotus"),
    ('"The cruelty of Karl Wendt has no limit," Mayor Ida Brandt said.', "Ida Brandt", "Karl Wendt"),
])
def test_a_vice_of_an_actor_voiced_by_a_speaker_criticizes_it(text, critic, target):
    assert (critic, "criticizes", target) in triples(extract(text))


@pytest.mark.parametrize("text", [
    "The Black Lotus's brutality had emptied the hill villages.",
    "Mayor Ida Brandt said the brutality suffered by the Black Lotus had shocked her.",
    "Mayor Ida Brandt said brutality against the Black Lotus had to stop.",
    "Mayor Ida Brandt said there was no cruelty by the Black Lotus in the hill villages.",
])
def test_a_vice_unvoiced_suffered_or_denied_criticizes_no_one(text):
    assert not [r for r in extract(text) if r.relation == "criticizes"]

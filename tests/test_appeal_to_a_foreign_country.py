"""A person whose titles in the article tie them to one country and who says another country should, must or needs to
act asks that country to act (appealsTo, 020; demands with "must", 100), as a country speaking would, not only
comments on it: "Peruvian Foreign Minister X said Chile needed to listen". Of the speaker's own country ("Peruvian
Foreign Minister X said Peru should ..."), or from a person whose country the article does not tell ("Minister X said
Chile should ..."), it stays a comment: the speaker may speak of their own side. Sentences and persons of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "relation"), [
    ("Peruvian Foreign Minister Arvo Pellik said Chile needed to listen to its neighbours on the river dams.",
     "appealsTo"),
    ("Peru's envoy Arvo Pellik said Chile should reopen the mountain pass to lorries.", "appealsTo"),
    ("Arvo Pellik, Peru's envoy, said Chile should reopen the mountain pass to lorries.", "appealsTo"),
    ("Peruvian Foreign Minister Arvo Pellik said Chile must withdraw its patrol boats from the lake.", "demands"),
])
def test_a_person_of_one_country_asks_another_to_act(text, relation):
    found = triples(extract(text))
    assert ("Arvo Pellik", relation, "Chile") in found
    assert ("Arvo Pellik", "commentsOn", "Chile") not in found


@pytest.mark.parametrize("text", [
    "Peruvian Foreign Minister Arvo Pellik said Peru should take in more of the river refugees.",
    "Minister Arvo Pellik said Chile should reopen the mountain pass to lorries.",
    "Peruvian Foreign Minister Arvo Pellik asked whether Chile should reopen the mountain pass.",
    "Peruvian Foreign Minister Arvo Pellik said Chile should reopen the mountain pass if the snow melts.",
])
def test_no_appeal_to_the_speakers_own_or_an_unknown_side_nor_asked_or_on_a_condition(text):
    found = triples(extract(text))
    assert not {(s, o) for s, r, o in found if r in ("appealsTo", "demands")}

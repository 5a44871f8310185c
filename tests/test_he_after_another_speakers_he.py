"""A "he" or "his" said in a quotation after another speaker's quotation that itself spoke of some other "he" means
that other man, whom the talk goes on about, not the earlier speaker ("His forecast", after an analyst said "He
thinks the receipts will cover it", is the minister's, not the analyst's); with nothing to contest him, a speaker
answered is still the "he" of the reply. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

RALLY = ('Voters at the rally cheered Prime Minister Tomas Varga. Arvo Pellik, a teacher from Caldera, said: "He spoke '
         'well about the ferries." Martin Holm, of Brackley, said: "He is the only leader who ever listened to our '
         'farmers."')
FORECAST = ('Finance Minister Tomas Varga forecast growth of 3% next year. Arvo Pellik, of the Norland Institute, told '
            'Caldera Radio: "He thinks the tax receipts will cover it. We are not so sure." Martin Holm, of Brackley '
            'Bank, said: "His forecast that the deficit will vanish by 2028 is far too optimistic."')
REPLY = ('Minister Tomas Varga defended the bridge tolls on Monday. Arvo Pellik, of the Harbour Party, said: "The '
         'tolls are a mistake." Martin Holm, of Brackley, said: "He has no better plan of his own."')


@pytest.mark.parametrize("text", [RALLY, FORECAST])
def test_he_goes_on_about_the_man_the_previous_speaker_meant(text):
    found = {(s, o) for s, _, o in triples(extract(text)) if s == "Martin Holm"}
    assert ("Martin Holm", "Tomas Varga") in found
    assert ("Martin Holm", "Arvo Pellik") not in found


def test_a_speaker_who_said_no_he_is_still_the_he_of_the_reply():
    assert ("Martin Holm", "commentsOn", "Arvo Pellik") in triples(extract(REPLY))

"""Stock phrases of praise (idioms of kg:Approval: "be safe pair of hand", "rise to challenge", "deliver on promise")
voiced in reported speech or a quotation: the speaker praises the one the phrase is said of; a verb's phrase only
when said done ("must rise to the challenge" asks it); denied, the phrase of a merit criticizes ("not a safe pair of
hands"). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts


@pytest.mark.parametrize(("said", "asked"), [
    ("Arvo Pellik said Tomas Varga was a safe pair of hands.",
     "Arvo Pellik said Tomas Varga would need to be a safe pair of hands."),
    ("\"Tomas Varga rose to the challenge when the harbour flooded,\" said Arvo Pellik.",
     "\"Tomas Varga must rise to the challenge when the harbour floods,\" said Arvo Pellik."),
    ("Arvo Pellik said the Caldera mayor Tomas Varga had delivered on his promises to the dockers.",
     "Arvo Pellik said the Caldera mayor Tomas Varga had yet to deliver on his promises to the dockers."),
])
def test_an_idiom_of_praise_praises_when_said_done(said, asked):
    assert ("Arvo Pellik", "praises", "Tomas Varga", False, "asserted") in facts(said), facts(said)
    assert not any(relation == "praises" for _, relation, _, _, _ in facts(asked)), facts(asked)


def test_an_idiom_of_praise_denied_criticizes():
    text = "Arvo Pellik said Tomas Varga was not a safe pair of hands."
    found = facts(text)
    assert ("Arvo Pellik", "criticizes", "Tomas Varga", False, "asserted") in found, found
    assert not any(relation == "praises" for _, relation, _, _, _ in found), found

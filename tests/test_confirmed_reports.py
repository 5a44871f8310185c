"""A report or a claim that a verb vouches for (kg:ConfirmingVerb: "confirmed reports that X killed Y") reports what
is asserted; a bare report, a dismissed one or one not confirmed stays in doubt (kg:Allegation). Sentences and
names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

# (sentence, (subject, object) of the attack, modality)
CASES = [
    ("The UN has confirmed reports that the Red Hand Brigade has killed 40 members of the Ajuran clan.",
     ("Red Hand Brigade", "Ajuran"), "asserted"),
    ("The mission corroborated reports that the Red Hand Brigade had shelled Somali troops near Baidoa.",
     ("Red Hand Brigade", "armed forces of Somalia"), "asserted"),
    ("Kenya dismissed reports that the Red Hand Brigade had shelled Somali troops near Baidoa.",
     ("Red Hand Brigade", "armed forces of Somalia"), "possible"),
    ("The UN did not confirm reports that the Red Hand Brigade had shelled Somali troops near Baidoa.",
     ("Red Hand Brigade", "armed forces of Somalia"), "possible"),
]


@pytest.mark.parametrize(("sentence", "pair", "modality"), CASES, ids=[s for s, _, _ in CASES])
def test_a_confirmed_report_is_asserted_and_others_stay_in_doubt(sentence, pair, modality):
    found = {(r.subject.label, r.object.label): r.modality for r in extract(sentence) if r.relation == "attacks"}
    assert found.get(pair) == modality, found

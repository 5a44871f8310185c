"""An organisation that a state or group acts "as part of" (or "as a member of") acts through it in deeds of force
or material help: "Norway, as part of the alliance, sent aid to Chad" (the alliance aids Chad too). Words stay the
speaker's own, a person's deed stays the person's, and the member does not fight "beside" its own alliance.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def records(sentence: str) -> set[tuple[str, str, str, str]]:
    return {(r.subject.label, r.relation, r.object.label, r.modality) for r in extract(sentence)}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Since March, Norway has flown night missions as part of the Northern Alliance to crush the Karsk Brotherhood.",
     ("Northern Alliance", "attacks", "Karsk Brotherhood", "intended")),
    ("Norway, as a member of the Northern Alliance, shelled Karsk Brotherhood positions near Tervola.",
     ("Northern Alliance", "attacks", "Karsk Brotherhood", "asserted")),
    ("Norway, as part of the Northern Alliance, plans to keep sending weapons to the Marnish Army.",
     ("Northern Alliance", "supports", "Marnish Army", "intended")),
    ("Norway, as part of the Northern Alliance, sent aid to Chad.",
     ("Northern Alliance", "supports", "Chad", "asserted")),
])
def test_the_group_acts_through_its_member(sentence, expected):
    found = records(sentence)
    assert expected in found
    assert ("Norway", "memberOf", "Northern Alliance", "asserted") in found
    assert not {r for r in found if r[1] == "cooperatesMateriallyWith"}


@pytest.mark.parametrize("sentence", [
    "Norway, as part of the Northern Alliance, criticised the Karsk Brotherhood.",
    "Anton Brekel, as part of the Marnish Army, attacked the Karsk Brotherhood.",
    "Norway fought the Karsk Brotherhood as part of a deal with Sweden.",
])
def test_words_persons_and_deals_give_the_group_nothing(sentence):
    assert not {r for r in records(sentence) if r[0] in ("Northern Alliance", "Marnish Army", "Sweden")
                and r[1] != "memberOf"}

"""Coordinated subjects of a symmetric "with" pattern with a noun, when no partner is named with "with", are
each other's partners: "Chile and Peru held talks" (meets), "signed a pact" (cooperatesWith); not those who host or
attend an event together (kg:HostingVerb), nor when a partner is named ("held talks with Bolivia"). Sentences
and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def pairs(sentence: str) -> list[tuple[str, str, str, str]]:
    return [(r.subject.label, r.relation, r.object.label, r.modality) for r in extract(sentence)
            if r.relation in ("meets", "cooperatesWith")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Latvia and Estonia held talks in Riga on Monday.", [("Latvia", "meets", "Estonia", "asserted")]),
    ("Latvia and Estonia signed an energy pact.", [("Latvia", "cooperatesWith", "Estonia", "asserted")]),
    ("Latvia and Estonia will start negotiations in March.", [("Latvia", "meets", "Estonia", "future")]),
    ("Latvia and Estonia held talks with Finland.", [("Latvia", "meets", "Finland", "asserted"),
                                                      ("Estonia", "meets", "Finland", "asserted")]),
])
def test_coordinated_parties_of_a_joint_event(sentence, expected):
    assert pairs(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Latvia and Estonia hosted a summit in Riga.",
    "Latvia and Estonia attended a summit in Oslo.",
])
def test_co_hosts_and_guests_are_no_partners(sentence):
    assert pairs(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Latvia and Estonia brokered talks between Chile and Peru.",
    "Latvia and Estonia held separate talks on gas prices.",
    "Latvia and Estonia each held talks on Tuesday.",
])
def test_parties_apart_or_named_by_between_are_no_partners(sentence):
    assert [p for p in pairs(sentence) if {p[0], p[2]} == {"Latvia", "Estonia"}] == []

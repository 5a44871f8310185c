"""Two office holders listed with a title each ("Chile's mining minister Luis Soto and Peruvian energy minister Ana
Ruiz"), the parser hanging the second name on the first title: the second holds the office its own title says (of
Peru), not the first's; with no owner of its own ("... and energy minister Ana Ruiz") it shares the first's.
Sentences and names of our own."""

from __future__ import annotations

from tests.conftest import extract, triples

OWN = "Reports said Chile's mining minister Luis Soto and Peruvian energy minister Ana Ruiz would discuss the mine."
SHARED = "Reports said Chile's mining minister Luis Soto and energy minister Ana Ruiz would discuss the mine."


def test_the_second_holder_holds_the_office_of_her_own_title():
    found = triples(extract(OWN))
    assert ("Ana Ruiz", "memberOf", "government of Peru") in found, found
    assert ("Ana Ruiz", "memberOf", "government of Chile") not in found, found
    assert ("Luis Soto", "memberOf", "government of Chile") in found, found


def test_a_second_title_with_no_owner_shares_the_first():
    assert ("Ana Ruiz", "memberOf", "government of Chile") in triples(extract(SHARED))

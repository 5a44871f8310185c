"""An event "between" two parties when a phrase set off by commas follows the first ("the agreement between A, led by
P, and B, represented by Q, on ..."): the parser joins B to the event's noun, yet the event is still between A and B.
Sentences and names of our own."""

from __future__ import annotations

from tests.conftest import extract, triples


def test_agreement_between_parties_each_described_by_a_phrase():
    found = triples(extract(
        "Peru welcomed the agreement between the Government of Chile, led by President Karl Dunst, and the Mapuche "
        "National Council, represented by Chairman Ivo Petrov, on border crossings."))
    assert ("government of Chile", "cooperatesWith", "Mapuche National Council") in found, found
    assert ("Ivo Petrov", "memberOf", "Mapuche National Council") in found, found


def test_agreement_dated_between_parties_each_described_by_a_phrase():
    found = triples(extract(
        "Peru praised the accord of 9 March between the Government of Chile, headed by Karl Dunst, and the Mapuche "
        "National Council, represented by Ivo Petrov, over water rights."))
    assert ("government of Chile", "cooperatesWith", "Mapuche National Council") in found, found


def test_a_name_joined_to_the_sentence_is_no_party():
    """A guard: the second name belongs to the clause, not to the agreement."""
    found = triples(extract("Peru signed the agreement between Chile and Bolivia, and the Mapuche National Council "
                            "praised it."))
    assert ("Chile", "cooperatesWith", "Mapuche National Council") not in found, found

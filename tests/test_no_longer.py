"""A relation its predicate says holds "no longer" held and ended: past, not asserted and not negated ("Chile no
longer backs X" says it did). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

ENDED = [
    ("Chile no longer backs the Red Hand Brigade.", ("Chile", "supports", "Red Hand Brigade")),
    ("The Red Hand Brigade no longer controls Arica.", ("Red Hand Brigade", "occupies", "Arica")),
    ("Arica is no longer controlled by the Red Hand Brigade.", ("Red Hand Brigade", "occupies", "Arica")),
]


def readings(sentence, triple):
    return {(r.modality, r.negated) for r in extract(sentence)
            if (r.subject.label, r.relation, r.object.label) == triple}


@pytest.mark.parametrize(("sentence", "triple"), ENDED, ids=[s for s, _ in ENDED])
def test_a_relation_held_no_longer_is_past(sentence, triple):
    assert readings(sentence, triple) == {("past", False)}


def test_a_relation_still_held_is_asserted():
    assert readings("Chile still backs the Red Hand Brigade.", ("Chile", "supports", "Red Hand Brigade")) == {
        ("asserted", False)}

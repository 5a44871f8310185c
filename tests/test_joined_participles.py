"""A participle joined to one that describes a noun describes the same noun: "the army, trained by X and backed
by Y" is backed by Y ("backed" hangs on "trained", not on "army"). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def supports(sentence: str) -> list[tuple[str, str]]:
    return sorted((r.subject.label, r.object.label) for r in extract(sentence) if r.relation == "supports")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Marnish Army, trained by French officers and supported by Germany, entered Tervola.",
     [("France", "Marnish Army"), ("Germany", "Marnish Army")]),
    ("Chadian troops trained by French officers and backed by Nigeria recaptured the town.",
     [("France", "armed forces of Chad"), ("Nigeria", "armed forces of Chad")]),
    ("The Ostrian Guard, founded by Anton Brekel and funded by Marta Vells, seized the airport.",
     [("Marta Vells", "Ostrian Guard")]),
])
def test_joined_participle_describes_the_same_noun(sentence, expected):
    assert supports(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Tervola was shelled by the rebels and retaken by the Marnish Army.",
    "The Marnish Army, trained by French officers, entered Tervola and was greeted by Germany.",
])
def test_joined_verbs_of_a_clause_are_unchanged(sentence):
    assert ("Germany", "Marnish Army") not in supports(sentence)

"""A spokesman nobody is named as ("the Harbour Party spokesman", "the Spokesman of the Harbour Party") is one of
the body's many, no node of his own: he speaks for the body, as "a spokesman for X" does, and a "he" after him is
nobody named before. A spokesman who is named keeps his name. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

DATE = "2025-05-01"

SPOKEN_FOR = [
    "The Spokesman of the Harbour Party criticised Greta Lind.",
    "The Harbour Party spokesman criticised Greta Lind.",
]


def _records(text: str) -> list[tuple[str, str, str, str]]:
    return [(r.subject.label, r.subject.type, r.relation, r.object.label) for r in extract(text, date=DATE)]


@pytest.mark.parametrize("text", SPOKEN_FOR)
def test_an_unnamed_spokesman_speaks_for_his_party(text):
    found = _records(text)
    assert ("Harbour Party", "Organization", "criticizes", "Greta Lind") in found, found
    assert not any("Spokesman" in subject for subject, *_ in found), found


def test_he_after_an_unnamed_spokesman_is_nobody_named_before():
    text = ("Greta Lind met Pavel Sorn on Monday. The Harbour Party spokesman criticised the council. "
            "\"It is a scandal,\" he said.")
    speakers = {r.attributed_to.label for r in extract(text, date=DATE) if r.attributed_to is not None}
    labels = {r.subject.label for r in extract(text, date=DATE)}
    assert "Pavel Sorn" not in speakers and not any("Spokesman" in label for label in labels), (speakers, labels)


def test_a_named_spokesman_keeps_his_name():
    """Guard."""
    text = ("Pavel Sorn, the Harbour Party spokesman, spoke on Monday. "
            "The Harbour Party spokesman criticised Greta Lind.")
    found = _records(text)
    assert ("Pavel Sorn", "Person", "criticizes", "Greta Lind") in found, found

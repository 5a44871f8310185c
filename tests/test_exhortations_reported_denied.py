"""An appeal or a demand voiced in a reported clause takes the polarity of its verb of saying: "Peru did not say Chile
must act" and "Peru denied saying Chile should act" make no demand nor appeal; "Peru may say ..." only a possible
one; "Peru said Chile must act" demands."""

from __future__ import annotations

import pytest

from tests.conftest import facts

READINGS = [
    ("Peru did not say Chile must act.", ("Peru", "demands", "Chile", True, "asserted")),
    ("Peru denied saying Chile must withdraw its troops.", ("Peru", "demands", "Chile", True, "asserted")),
    ("Peru never said that Chile should act.", ("Peru", "appealsTo", "Chile", True, "asserted")),
    ("Peru may say Chile should act.", ("Peru", "appealsTo", "Chile", False, "possible")),
    ("Peru said Chile must act.", ("Peru", "demands", "Chile", False, "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), READINGS, ids=[t[:40] for t, _ in READINGS])
def test_an_exhortation_takes_the_polarity_of_its_saying(text, expected):
    found = facts(text)
    assert expected in found, found

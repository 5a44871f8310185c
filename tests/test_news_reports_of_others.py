"""A person or a firm whose name holds a word that names newspapers ("Bloomberg", "Herald") is no newspaper: what it
says of an actor stays its comment (senses.yaml actor class ``news`` and its exceptions). Names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "fact"), [
    ("Mayor Anders Bloomberg said the Kelvor Party would lose the Caldera seat.",
     ("Anders Bloomberg", "commentsOn", "Kelvor Party")),
    ("The Herald Investment Trust said Velcorp would sell its Norland port arm.",
     ("Herald Investment Trust", "commentsOn", "Velcorp")),
])
def test_a_person_or_firm_named_like_a_newspaper_still_comments(text, fact):
    assert fact in triples(extract(text))

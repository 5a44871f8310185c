"""Meeting one the text names by a family tie ("met his wife Ilse Brandt", "met her husband at college", "dined with
her husband") is private life, no meeting of actors; so is joining others at a public occasion, however deep in the
clause the parser hung the occasion ("joining B - whom X had put in charge - and C at a poster launch"). Meeting or
joining anyone else somewhere else still is a meeting. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


@pytest.mark.parametrize(("text", "expected"), [
    ("Karl Ost met his wife Ilse Brandt when both worked at a bank in Velden.", set()),
    ("Senator Anna Roth, who met her husband Tomas Reyes at college, spoke on Friday.", set()),
    ("Senator Ilse Varga dined with her husband Karl Ost.", set()),
    ("The row seemed over, with Mr Varga joining his old rival Tom Reyes - whom the party leader had put in charge of "
     "the campaign - and Deputy Leader Ann Kask at a poster launch.", set()),
    ("Senator Ilse Varga met Tomas Reyes at the harbour office.", {("Ilse Varga", "Tomas Reyes")}),
])
def test_private_life_and_public_occasions_are_no_meetings(text, expected):
    assert {(r.subject.label, r.object.label) for r in extract(text, date="2026-01-05")
            if r.relation == "meets"} == expected

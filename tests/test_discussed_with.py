"""Discussing something with another actor consults it (meets, CAMEO 040: no telephone, 041, nor visit, 042/043);
with one's family or staff it is nobody's consultation. An alliance or trade that is only discussed is talked of,
not made: possible, as "is considering a visit to" is. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract

DATE = "2025-05-01"


def _records(text: str) -> set[tuple[str, str, str | None, str, str]]:
    return {(r.subject.label, r.relation, r.cameo_code, r.object.label, "negated" if r.negated else r.modality)
            for r in extract(text, date=DATE)}


@pytest.mark.parametrize("text", [
    "Greta Lind discussed the harbour plan with Pavel Sorn on Monday.",
    "Greta Lind held discussions with Pavel Sorn on Monday.",
])
def test_discussing_with_an_actor_consults_it(text):
    assert ("Greta Lind", "meets", "040", "Pavel Sorn", "asserted") in _records(text), _records(text)


@pytest.mark.parametrize("text", [
    "Greta Lind discussed the harbour plan with her husband.",
    "Greta Lind discussed the harbour plan with his staff.",
])
def test_discussing_with_no_actor_gives_nothing(text):
    assert not _records(text)


@pytest.mark.parametrize(("text", "relation", "partner"), [
    ("Greta Lind discussed an alliance with the Harbour Party.", "cooperatesWith", "Harbour Party"),
    ("Greta Lind debated trade with Pavel Sorn.", "cooperatesMateriallyWith", "Pavel Sorn"),
])
def test_what_is_discussed_is_not_made(text, relation, partner):
    found = {(s, r, o): m for s, r, _, o, m in _records(text)}
    assert found.get(("Greta Lind", relation, partner)) == "possible", found

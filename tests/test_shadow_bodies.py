"""A body's name after "shadow" is another body (issue 14, a blind reading of BBC records): "the shadow Cabinet"
is the opposition's team, no record of the Cabinet, and "the shadow Home Office minister" no member of the Home
Office (gazetteer ``other_body_words``); "the Norland Cabinet" with no "shadow" stays an actor (a bare "the
Cabinet" of no stated state gives no record)."""

from __future__ import annotations

import pytest

from tests.conftest import extract


@pytest.mark.parametrize(("text", "body"), [
    ("Ann Hale said the shadow Cabinet had spent two days on the question before it backed the bill.", "Cabinet"),
    ("The shadow Cabinet had criticised Tony Blair over the plan.", "Cabinet"),
    ("Ann Hale, the shadow Home Office minister, attacked Tony Blair.", "Home Office"),
])
def test_a_body_after_shadow_is_not_that_body(text, body):
    found = [(r.subject.label, r.relation, r.object.label) for r in extract(text)]
    assert not [t for t in found if body in t], found


def test_the_cabinet_alone_stays_an_actor():
    found = [(r.subject.label, r.relation, r.object.label) for r in
             extract("The Norland Cabinet had criticised Michael Howard over the plan.")]
    assert [t for t in found if t[1] == "criticizes" and t[2] == "Michael Howard"], found

"""A minister or a secretary of a country serves its government: memberOf the one node "government of ..." per
country (the node unification makes of an article's "the government"), not the country itself; an opposition post
serves its party, and titles of no government office (an MP, an ambassador) keep the country. Sentences and names
of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "expected", "other"), [
    ("Home Secretary Orla Fenn said the plan was sound.",
     ("Orla Fenn", "memberOf", "government of the United Kingdom"), ("Orla Fenn", "memberOf", "United Kingdom")),
    ("Iran's foreign minister, Piet Vasko, met Orla Fenn in Geneva.",
     ("Piet Vasko", "memberOf", "government of Iran"), ("Piet Vasko", "memberOf", "Iran")),
    ("Lord Chancellor Ann Dale said the courts were busy.",
     ("Ann Dale", "memberOf", "government of the United Kingdom"), ("Ann Dale", "memberOf", "United Kingdom")),
    ("British ambassador Tom Reed met Piet Vasko.",
     ("Tom Reed", "memberOf", "United Kingdom"), ("Tom Reed", "memberOf", "government of the United Kingdom")),
])
def test_a_minister_serves_the_government_of_the_country(text, expected, other):
    found = triples(extract(text))
    assert expected in found
    assert other not in found


def test_ministers_of_one_country_serve_one_government_node():
    relations = extract("Home Secretary Orla Fenn met Foreign Secretary Ivo Marsh in Leeds.")
    governments = {r.object.id for r in relations if r.relation == "memberOf"}
    assert len(governments) == 1, governments
    (node,) = {r.object for r in relations if r.relation == "memberOf"}
    assert node.owner is not None and node.owner.label == "United Kingdom"


def test_a_shadow_minister_serves_no_government():
    found = triples(extract("Harbour Party shadow home secretary Ivo Marsh attacked the plan."))
    assert not [t for t in found if t[2].startswith("government")], found

"""Staff of a company, a broadcaster or a newspaper are employed by it (kg:employedBy, a sub-property of memberOf),
no members of it; the same titles of a party or a government, and the titles of members, stay memberOf. Which
titles and which organisations is ontology data (kg:employedBy's kg:titlePattern, the 'employer' actor class of
lexicon/senses.yaml). Sentences and names of our own."""

from __future__ import annotations

import pytest
from rdflib import RDFS

from graph_builder.vocab import load_lexicon
from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "expected", "other"), [
    ("Velcorp News correspondent Tamsin Rook said the vote was close.",
     ("Tamsin Rook", "employedBy", "Velcorp News"), "memberOf"),
    ("Ulla Marsk, a reporter for the Eastport Herald, said the talks had failed.",
     ("Ulla Marsk", "employedBy", "Eastport Herald"), "memberOf"),
    ("Dalia Fenn, an economist at Norbank, said prices would rise.",
     ("Dalia Fenn", "employedBy", "Norbank"), "memberOf"),
    ("Corin Vale, head of tax at Fenmoor Partners, said the rise would hurt savers.",
     ("Corin Vale", "employedBy", "Fenmoor Partners"), "memberOf"),
    ("Velcorp deputy political editor Ansel Rook said the vote was close.",
     ("Ansel Rook", "employedBy", "Velcorp"), "memberOf"),
    # the same titles of a party, and the titles of members, stay memberOf
    ("Harbour Party strategist Orrin Dale said the party would win the seat.",
     ("Orrin Dale", "memberOf", "Harbour Party"), "employedBy"),
    ("Harbour Party MP Orrin Dale said the bill was unfair.",
     ("Orrin Dale", "memberOf", "Harbour Party"), "employedBy"),
])
def test_staff_of_a_company_are_employed_by_it_members_of_a_party_are_members(text, expected, other):
    found = triples(extract(text))
    assert expected in found
    person, _, organisation = expected
    assert (person, other, organisation) not in found


def test_employment_is_a_kind_of_membership():
    lexicon = load_lexicon()
    graph = lexicon.graph
    employed, member = lexicon.relation_iri("employedBy"), lexicon.relation_iri("memberOf")
    assert member in set(graph.transitive_objects(employed, RDFS.subPropertyOf))
    assert lexicon.relations["employedBy"].affiliation

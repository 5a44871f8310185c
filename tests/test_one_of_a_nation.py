"""A nationality noun alone after "the" names one person of the nation, someone the article names elsewhere ("the
Russian hit himself", "the Dane's lawyer", "the Kiwi criticised"): no actor, never the country nor an organisation
(mentions._one_of_a_nation; gazetteer.json's person_demonyms and collective_demonyms). The words of a whole
people ("the French", "the Chinese") and a nationality word before its noun ("the Russian government") still stand
for the country.

Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

ONE_PERSON = [  # (text, the country or word the nationality noun must not give)
    ("Anna Vale beat Rosa Kent in the first round at Tolsey. The Russian hit herself on the head in one set but "
     "was calm in her victory.", "Russia"),
    ("Tom Barrow won the title at Kelso. The German thanked Jack Moe, his coach.", "Germany"),
    ("Carrow hope to sign Lars Holm from Redford once the Dane's lawyer has flown to Spain.", "Dane"),
    ("Ben Tate praised Sam Reed, while the Kiwi criticised Sam Reed for the missed kick.", "Kiwi"),
    ("Carrow hope to sign Lars Holm from Redford once the Dane's lawyer has flown to Spain.", "Denmark"),
    ("Ben Tate praised Sam Reed, while the Kiwi criticised Sam Reed for the missed kick.", "New Zealand"),
    ("The Czech criticised Tom Reed after the match.", "Czechia"),
    ("Tom Reed lost in Kelso, and then the Pole criticised Ann Vale for the delay.", "Poland"),
]

KEPT = [  # (text, a record of the nation)
    ("The Russian government criticised Ukraine on Monday.", ("government of Russia", "criticizes", "Ukraine")),
    ("The French accused Germany of lying about the deal.", ("France", "accuses", "Germany")),
    ("The Chinese condemned Japan for the visit.", ("China", "criticizes", "Japan")),
    ("The French criticised Tom Reed after the match.", ("France", "criticizes", "Tom Reed")),
    ("The Dutch criticised Norway over the fishing quotas.", ("Netherlands", "criticizes", "Norway")),
    ("The U.S. criticised Iran over the tests.", ("United States", "criticizes", "Iran")),
]


@pytest.mark.parametrize(("text", "name"), ONE_PERSON)
def test_a_nationality_noun_naming_one_person_is_no_actor(text, name):
    records = triples(extract(text, date="2026-01-05"), asserted_only=False)
    assert not {r for r in records if name in (r[0], r[2])}, records


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_a_people_or_a_nationality_before_its_noun_stays_the_country(text, kept):
    assert kept in triples(extract(text, date="2026-01-05"), asserted_only=False)

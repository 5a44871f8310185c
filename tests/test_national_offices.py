"""A title of one country's government (kg:NationalTitle: "home secretary" is British) names an office of that
country even where the country is not written: "Home Secretary X" is a member of the United Kingdom's government,
as "UK Foreign Secretary X" is. Not an opposition post ("Shadow Home Secretary X", kg:OppositionPost), not where
another employer is written ("Tory shadow home secretary X" is the party's, "US Education Secretary X" the United
States'); leaving the office or holding it before makes the membership past."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def roles(sentence: str) -> set[tuple[str, str, str, str]]:
    return {(r.subject.label, r.relation, r.object.label, r.modality) for r in extract(sentence)}


FOUND = [
    ("Home Secretary Ada Pirelli said the ferry levy was unlawful.",
     ("Ada Pirelli", "memberOf", "government of the United Kingdom", "asserted")),
    ("Ada Pirelli, the health secretary, said the ferry levy was unlawful.",
     ("Ada Pirelli", "memberOf", "government of the United Kingdom", "asserted")),
    ("Mr Bram Tolle quit as home secretary after the inquiry into the ferry tender.",
     ("Bram Tolle", "memberOf", "government of the United Kingdom", "past")),
    ("In March Ms Ada Pirelli resigned as international development secretary, citing the ferry levy.",
     ("Ada Pirelli", "memberOf", "government of the United Kingdom", "past")),
    ("Culture Secretary Bram Tolle warned that Harbour Party members would not forgive anyone.",
     ("Bram Tolle", "memberOf", "government of the United Kingdom", "asserted")),
    ("Trade and Industry Secretary Ada Pirelli said she wanted longer paid leave for carers.",
     ("Ada Pirelli", "memberOf", "government of the United Kingdom", "asserted")),
    ("Lord Chancellor Lord Tolle said the judges of the ferry tribunal would keep their independence.",
     ("Lord Tolle", "memberOf", "government of the United Kingdom", "asserted")),
    # the longest title of one country wins: a British post, no American "treasury secretary"
    ("Chief Treasury Secretary Ada Pirelli said the Harbour Party's figures did not add up.",
     ("Ada Pirelli", "memberOf", "government of the United Kingdom", "asserted")),
]

NOT_FOUND = [
    # an opposition front-bench post is no office of the government
    ("Shadow Home Secretary Ada Pirelli said the ferry levy was unlawful.", ("Ada Pirelli", "United Kingdom")),
    ("Harbour Party shadow home secretary Ada Pirelli said the ferry levy was unlawful.",
     ("Ada Pirelli", "United Kingdom")),
    # another country written with the title is the one it serves
    ("US Education Secretary Ada Pirelli said the ferry levy was unlawful.", ("Ada Pirelli", "United Kingdom")),
    ("Chief Treasury Secretary Ada Pirelli said the Harbour Party's figures did not add up.",
     ("Ada Pirelli", "United States")),
    # an organisation named inside the title is the employer: a minister of the Foreign Office
    ("Foreign Office Minister Ada Pirelli said the ferry talks had failed.", ("Ada Pirelli", "United Kingdom")),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND, ids=[s for s, _ in FOUND])
def test_national_title_names_its_country(sentence, expected):
    found = roles(sentence)
    assert expected in found, found


@pytest.mark.parametrize(("sentence", "pair"), NOT_FOUND, ids=[s for s, _ in NOT_FOUND])
def test_no_office_of_the_country(sentence, pair):
    found = roles(sentence)
    person, country = pair
    assert not any(s == person and (o == country or o.endswith(f" of the {country}")) for s, _, o, _ in found), found


def test_description_of_another_office_is_not_the_holder():
    """"The foreign secretary" is not the one the text names "Home Secretary X", whatever entity resolution made
    of the description: no record gives her that office."""
    found = extract("Bram Tolle attacked the ruling on the ferry levy. The foreign secretary said the ruling was "
                    "wrong. New Home Secretary Ada Pirelli said the men would stay in prison. The foreign secretary "
                    "maintained that MPs alone should settle the matter.")
    offices = {(r.subject.label, (r.role or r.verb).lower()) for r in found if r.relation == "memberOf"}
    assert not any(who == "Ada Pirelli" and office.endswith("foreign secretary") for who, office in offices), offices


def test_our_generation_is_no_country():
    """A minister's "our" may be the minister's country, but "our generation" is people of an age (kg:PeopleNoun):
    no owner stands in for them, so praise of "the finest champions of our generation" supports no country."""
    found = extract('Paying tribute, UK Foreign Secretary Ada Pirelli said Bram Tolle had been among the "finest '
                    'champions of our generation".')
    assert not any(r.relation == "supports" and r.object.label == "United Kingdom" for r in found), found

"""Criticism or praise voiced of an actor gives criticizes or praises, not a bare comment: the he, she or they of a
quotation said "of" a name stand for that name ('"They have wasted every chance," X said of Y'), a merit denied
as the object it should have given ("has not delivered the reforms"), and a word of shame after an expletive "it"
judges the doer of its clause of "that". A bad word about a situation judges no actor, and a pronoun of the other
gender is not the one said of. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

JUDGED = (
    ('"They have wasted every chance they had," Mr Harlow said of the Green Alliance.',
     ("Harlow", "criticizes", "Green Alliance")),
    ('Mr Harlow said of the Green Alliance: "They have squandered their chance."',
     ("Harlow", "criticizes", "Green Alliance")),
    ('"He is a decent man and a brilliant minister," Jane Pell said of Tom Varga.',
     ("Jane Pell", "praises", "Tom Varga")),
    ('"His record on the economy is unmatched," Jane Pell said of Tom Varga.', ("Jane Pell", "praises", "Tom Varga")),
    ('"The Green Alliance has not delivered the reforms the country needs," Mr Harlow said.',
     ("Harlow", "criticizes", "Green Alliance")),
    ('"It is disgraceful that the Green Alliance has ignored the farmers," Mr Harlow said.',
     ("Harlow", "criticizes", "Green Alliance")),
)


@pytest.mark.parametrize(("text", "expected"), JUDGED)
def test_a_judgement_voiced_of_an_actor_judges_it_and_comments_no_more(text, expected):
    found = triples(extract(text))
    assert expected in found, found
    speaker, _, target = expected
    assert (speaker, "commentsOn", target) not in found, found


def test_a_plain_remark_said_of_someone_comments_on_them():
    found = triples(extract('"He will play a central role in the campaign," Jane Pell said of Tom Varga.'))
    assert ("Jane Pell", "commentsOn", "Tom Varga") in found, found
    assert not [t for t in found if t[1] in ("praises", "criticizes")], found


@pytest.mark.parametrize("text", [
    '"The crisis is terrible," Mr Harlow said of the Green Alliance.',
    '"It is disgraceful that the Green Alliance was ignored," Mr Harlow said.',
    '"It is wrong that the Green Alliance pays more tax," Mr Harlow said.',
    '"The Green Alliance has delivered the reforms the country needs," Mr Harlow said.',
])
def test_no_actor_is_criticized_for_a_plight_or_a_merit_shown(text):
    found = triples(extract(text))
    assert ("Harlow", "criticizes", "Green Alliance") not in found, found


def test_a_pronoun_of_the_other_gender_is_not_the_one_said_of():
    found = triples(extract('"She is a decent woman," Mr Harlow said of Tom Varga.'))
    assert ("Harlow", "praises", "Tom Varga") not in found, found

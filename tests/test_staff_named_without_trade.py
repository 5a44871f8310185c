"""Who speaks for a firm or a charity, or is named as a firm's or a newspaper's with no title, is its staff
(kg:employedBy); a state's office and a seat of government employ no one, their staff are members of the state's
side; "the police" is the one force the article named. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Andrew Pell, spokesman for the Caldera Refugee Trust, said ministers had failed the families.",
     ("Andrew Pell", "employedBy", "Caldera Refugee Trust")),
    ("Velcorp spokeswoman Ilse Marren said the plant would close in May.",
     ("Ilse Marren", "employedBy", "Velcorp")),
])
def test_a_spokesman_of_an_employer_is_its_staff(text, expected):
    found = triples(extract(text))
    assert expected in found
    assert (expected[0], "memberOf", expected[2]) not in found


def test_a_partys_spokesman_stays_its_member():
    found = triples(extract("Andrew Pell, spokesman for the Caldera Refugee Trust, said the plan failed. "
                            "Norland Party spokesman Arvo Pellik said the plan was a disgrace."))
    assert ("Andrew Pell", "employedBy", "Caldera Refugee Trust") in found
    assert ("Arvo Pellik", "memberOf", "Norland Party") in found


@pytest.mark.parametrize(("text", "expected"), [
    ("Mara Lind, of Velcorp Securities, said rates would rise before the summer.",
     ("Mara Lind", "employedBy", "Velcorp Securities")),
    ("The Daily Courier's Ann Vale said the count had been close all night.",
     ("Ann Vale", "employedBy", "Daily Courier")),
    ("Ivo Rask, from the software firm Norbyte, said sales of the game had doubled.",
     ("Ivo Rask", "employedBy", "Norbyte")),
])
def test_a_name_tied_to_a_firm_or_a_paper_with_no_title_is_its_staff(text, expected):
    assert expected in triples(extract(text))


def test_a_name_tied_to_an_association_stays_its_member():
    found = triples(extract("Mara Lind, of Velcorp Securities, said rates would rise. "
                            "Tom Reed, of the Caldera Teachers Association, said pay was too low."))
    assert ("Mara Lind", "employedBy", "Velcorp Securities") in found
    assert ("Tom Reed", "memberOf", "Caldera Teachers Association") in found


@pytest.mark.parametrize(("text", "expected"), [
    ("Home Office economist Jan Vell said the figures were sound.", ("Jan Vell", "memberOf", "Home Office")),
    ("Downing Street adviser Anna Tarrow wrote the letter.", ("Anna Tarrow", "memberOf", "Downing Street")),
])
def test_staff_of_a_state_office_or_seat_of_government_are_members(text, expected):
    found = triples(extract(text))
    assert expected in found
    assert (expected[0], "employedBy", expected[2]) not in found


def test_the_police_is_the_force_the_article_named():
    found = triples(extract("Officers from Tarn Valley Police arrested a man in Eastport on Monday. "
                            "Later the police said Tom Vell was a risk to people nearby."))
    assert ("Tarn Valley Police", "commentsOn", "Tom Vell") in found
    assert ("police", "commentsOn", "Tom Vell") not in found


def test_a_body_of_police_officers_is_no_police_force():
    found = triples(extract("The Norland Police Federation said pay was too low. Officers from Tarn Valley Police "
                            "arrested a man on Monday. Later the police said Tom Vell was a risk to people nearby."))
    assert ("Tarn Valley Police", "commentsOn", "Tom Vell") in found
    assert ("Norland Police Federation", "commentsOn", "Tom Vell") not in found


def test_the_police_is_the_force_the_article_names_after_it():
    found = triples(extract("Police are still searching for Tom Vell, who fled on Monday. Police said Vell was a "
                            "risk to people nearby. Tarn Valley Police asked anyone who saw him to call."))
    assert ("Tarn Valley Police", "commentsOn", "Tom Vell") in found
    assert ("police", "commentsOn", "Tom Vell") not in found

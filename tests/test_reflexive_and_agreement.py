"""Two readings that made false facts: a reflexive in a noun's phrase inside what someone reports may mean the
reporter as well as the clause's subject, so it is left unresolved, and a negated presence at meetings between
oneself and another denies those meetings; a present-tense verb joined to another of a different number does not
share its subject; the content of a claim that is rejected stays denied where the parser hung the claim's clause
on its content ("X rejected claims Y had met Z"). Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import facts as found


def test_a_reflexive_the_reporter_may_mean_is_not_the_clause_subject():
    records = found("The treasurer said Mr Feld was never present at any meetings between himself and Mayor Ruth Ames.")
    assert not any(r[:3] == ("Feld", "meets", "Ruth Ames") for r in records), records


@pytest.mark.parametrize("sentence", [
    "Mr Feld was never present at any meetings between himself and Mayor Ruth Ames.",
    "Mr Feld said he was never present at any meetings between himself and Mayor Ruth Ames.",
])
def test_never_at_meetings_between_oneself_and_another_denies_them(sentence):
    records = found(sentence)
    assert ("Feld", "meets", "Ruth Ames", True, "asserted") in records, records
    assert ("Feld", "meets", "Ruth Ames", False, "asserted") not in records, records


def test_a_reflexive_in_a_sentence_with_no_verb_is_read():
    # the sentence's root is a noun: looking up for a verb stops at it (it once looped for ever there)
    records = found("Mr Feld spoke to reporters. Talks between himself and Mayor Ruth Ames, a report on the dispute.")
    assert not any(r[:3] == ("Feld", "meets", "Feld") for r in records), records


def test_meetings_between_others_still_happened():
    records = found("Mr Feld was never at the talks between Chile and Peru.")
    assert ("Chile", "meets", "Peru", False, "asserted") in records, records


@pytest.mark.parametrize("text", [
    "The Kraus Foundation is old. It pays for the duke's staff and travel - neither Anna, nor Lopez and Vidal, "
    "receive taxpayers' money from the Danish Trust.",
    "The Kraus Foundation is old. It funds the duke's public and private life - neither Anna, nor Bo and Cy, get "
    "public money from the Danish Trust.",
])
def test_a_joined_verb_of_another_number_has_not_the_first_verbs_subject(text):
    records = found(text)
    assert not any(r[:3] == ("Danish Trust", "supports", "Kraus Foundation") for r in records), records


@pytest.mark.parametrize("text", [
    "The Vidal Estate pays the abbot's way. The Vidal Estate is a 9,000-hectare holding spread over six provinces. "
    "It meets the bills of the abbot's official and family life - neither Anna, nor Bo and Cy, receive state money "
    "from the Norland Trust.",
    "The Vidal Fund pays the abbot's way. The Vidal Fund owns farmland in six provinces and also holds warehouses, "
    "bonds and shares. It was founded in 1544 by Queen Maria to keep her heirs. It meets the bills of the abbot's "
    "official and family life - neither Anna, nor Bo and Cy, receive state money from the Norland Trust.",
])
def test_a_joined_bare_verb_has_not_a_third_person_subject(text):
    records = found(text)
    assert not any(r[:2] == ("Norland Trust", "supports") for r in records), records


@pytest.mark.parametrize("sentence", [
    "Peru criticises Chile and supports Bolivia.",
    "Peru and Chile meet in Lima and sign a treaty with Bolivia.",
])
def test_joined_verbs_of_one_number_share_the_subject(sentence):
    records = found(sentence)
    assert any(r[0] == "Peru" and r[2] == "Bolivia" and not r[3] for r in records), records


def test_a_reflexive_in_what_no_actor_says_keeps_the_nearest_subject():
    records = found("Ann Hale has attacked a shop steward who claimed that a feud between herself and Tony Reed was "
                    "damaging the council.")
    assert ("Ann Hale", "criticizes", "Tony Reed", False, "possible") in records, records


@pytest.mark.parametrize("sentence, record", [
    ("Mrs Ortiz rejected claims Mr Ashby-Cole attacked the Greens.", ("criticizes", "Greens")),
    ("Mrs Ortiz rejected the idea Mr Bryce-Lane posed a threat to the Greens.", ("threatens", "Greens")),
    ("Mr Hume rejected claims Mr Ashby-Cole had met Mayor Ruth Ames.", ("meets", "Ruth Ames")),
])
def test_a_rejected_claim_misparsed_is_still_denied(sentence, record):
    records = found(sentence)
    assert any(r[1:3] == record and r[3] and r[4] == "possible" for r in records), records
    assert not any(r[1:3] == record and not r[3] for r in records), records

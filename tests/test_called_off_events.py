"""An event a verb calls off (kg:Cancelled) or puts off (kg:Postponing) as its object or passive subject: "called
off her visit to Y" and "abandoned plans to meet Y" are negated, "postponed her visit to Y" and "talks with Y were
delayed" are to come (future); a standing relation called off ended ("scrapped its alliance with Y": past). When the
calling off is denied or refused, the event goes ahead ("refused to cancel her trip to Y"). Names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def records(sentence: str, relation: str) -> list[tuple[str, str, bool, str]]:
    return [(r.subject.label, r.object.label, r.negated, r.modality) for r in extract(sentence)
            if r.relation == relation]


@pytest.mark.parametrize(("sentence", "relation", "expected"), [
    ("Rosa Lind called off her visit to Chile.", "visits", ("Rosa Lind", "Chile", True, "asserted")),
    ("Rosa Lind called off talks with Omar Vance.", "meets", ("Rosa Lind", "Omar Vance", True, "asserted")),
    ("Rosa Lind abandoned plans to meet Omar Vance.", "meets", ("Rosa Lind", "Omar Vance", True, "intended")),
    ("Rosa Lind shelved plans to visit Chile.", "visits", ("Rosa Lind", "Chile", True, "intended")),
])
def test_an_event_called_off_is_negated(sentence, relation, expected):
    assert records(sentence, relation) == [expected]


@pytest.mark.parametrize(("sentence", "relation", "expected"), [
    ("Rosa Lind postponed her visit to Chile.", "visits", ("Rosa Lind", "Chile", False, "future")),
    ("Rosa Lind put off her trip to Chile until May.", "visits", ("Rosa Lind", "Chile", False, "future")),
    ("Rosa Lind delayed her meeting with Omar Vance.", "meets", ("Rosa Lind", "Omar Vance", False, "future")),
    ("Talks between Rosa Lind and Omar Vance were delayed.", "meets",
     ("Rosa Lind", "Omar Vance", False, "future")),
    ("Rosa Lind may postpone her visit to Chile.", "visits", ("Rosa Lind", "Chile", False, "possible")),
])
def test_an_event_put_off_is_to_come(sentence, relation, expected):
    assert records(sentence, relation) == [expected]


@pytest.mark.parametrize(("sentence", "relation", "expected"), [
    ("Rosa Lind refused to cancel her trip to Chile.", "visits", ("Rosa Lind", "Chile", False, "asserted")),
    ("Rosa Lind refused to postpone her visit to Chile.", "visits", ("Rosa Lind", "Chile", False, "asserted")),
    ("Rosa Lind did not cancel her trip to Chile.", "visits", ("Rosa Lind", "Chile", False, "asserted")),
])
def test_an_event_not_called_off_goes_ahead(sentence, relation, expected):
    assert records(sentence, relation) == [expected]


@pytest.mark.parametrize(("sentence", "relation", "expected"), [
    ("Rosa Lind scrapped her alliance with Omar Vance.", "cooperatesWith", ("Rosa Lind", "Omar Vance", False, "past")),
    ("The European Union scrapped its sanctions on Peru.", "sanctions", ("European Union", "Peru", False, "past")),
    ("Chile abandoned its blockade of Peru in 2010.", "attacks", ("Chile", "Peru", False, "past")),
])
def test_what_went_on_and_was_scrapped_ended(sentence, relation, expected):
    assert records(sentence, relation) == [expected]


def test_an_attack_pushed_back_is_not_put_off():
    assert all(r.modality != "future" for r in extract("Chilean troops pushed back the Peruvian attack on Arica."))

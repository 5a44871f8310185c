"""Stock phrases of criticism (idioms of kg:Disapproval, written as the lemmas of a verb or the copula and the words
after it: "run out of idea", "be out of touch", "bury head in sand") voiced in reported speech or a quotation: the
speaker criticizes the one the phrase is said of; denied, asked, hedged by a modal or not said done ("risked losing
the voters' trust"), the remark stays a comment.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, facts


def _relations(text: str) -> set[str]:
    """The relations asserted from Arvo Pellik to Tomas Varga or the council of Caldera."""
    return {relation for subject, relation, target, negated, modality in facts(text)
            if subject == "Arvo Pellik" and target in ("Tomas Varga", "Caldera City Council") and not negated
            and modality == "asserted"}


@pytest.mark.parametrize(("said", "unsaid"), [
    ("Arvo Pellik said Tomas Varga had run out of ideas for the harbour.",
     "Arvo Pellik said Tomas Varga had not run out of ideas for the harbour."),
    ("\"Tomas Varga is out of touch with the fishermen,\" said Arvo Pellik.",
     "\"Is Tomas Varga out of touch with the fishermen?\" asked Arvo Pellik."),
    ("Arvo Pellik said Tomas Varga had buried his head in the sand over the ferry tolls.",
     "Arvo Pellik said Tomas Varga might have buried his head in the sand over the ferry tolls."),
    ("Arvo Pellik said Caldera City Council was soft on crime.",
     "Arvo Pellik said Caldera City Council was not soft on crime."),
    ("Arvo Pellik said Tomas Varga had taken voters for fools.",
     "Arvo Pellik said Tomas Varga had never taken voters for fools."),
    ("Arvo Pellik said Tomas Varga has lost the faith of Caldera's dockers.",
     "Arvo Pellik said Tomas Varga has not lost the faith of Caldera's dockers."),
    ("Arvo Pellik said Tomas Varga had lost the voters' trust over the ferry.",
     "Arvo Pellik said Tomas Varga risked losing the voters' trust over the ferry."),
])
def test_an_idiom_of_criticism_criticizes_unless_denied_asked_or_hedged(said, unsaid):
    assert "criticizes" in _relations(said), facts(said)
    assert "criticizes" not in _relations(unsaid), facts(unsaid)


def test_the_record_names_the_idiom_as_written():
    text = "Arvo Pellik said Tomas Varga was asleep at the wheel when the ferry sank."
    found = [r for r in extract(text) if r.relation == "criticizes"]
    assert [r.verb for r in found] == ["was asleep at the wheel"], found


def test_an_idiom_the_one_judged_holds_of_itself_is_no_criticism_by_who_reports_it():
    """"X said Y felt he had lost the voters' trust": Y's own view of itself, which X only reports."""
    text = "Arvo Pellik said Tomas Varga felt he had lost the voters' trust over the ferry."
    assert "criticizes" not in _relations(text), facts(text)
    assert "criticizes" in _relations("Arvo Pellik said Tomas Varga had lost the voters' trust over the ferry.")

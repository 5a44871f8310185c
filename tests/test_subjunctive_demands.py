"""A demand said with a "that" clause in the subjunctive ("demanded that the council withdraw the plan") is a demand
of the clause's subject (demands, CAMEO 100), as a to-infinitive of what the object is to do is; not a passive or a
"be" clause (nothing the subject does), a clause with an auxiliary, nor a plain present or a plural subject a verb
of saying reports ("told Y that the council want more money", "that the rules make it hard" stay briefings).
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def _asserted(sentence: str) -> list[tuple[str, str, str, str | None]]:
    return [(r.subject.label, r.relation, r.object.label, r.cameo_code) for r in extract(sentence) if r.asserted]


@pytest.mark.parametrize(("sentence", "speaker", "target"), [
    ("The Harbour Party demanded that the Andean Trade Union publish its accounts.", "Harbour Party",
     "Andean Trade Union"),
    ("The Harbour Party is demanding that Tomas Reyes explain which clinics he would close.", "Harbour Party",
     "Tomas Reyes"),
    ("Senator Ilse Varga demanded that Governor Paul Okoro withdraw the levy.", "Ilse Varga", "Paul Okoro"),
])
def test_a_subjunctive_clause_is_a_demand_of_its_subject(sentence, speaker, target):
    assert (speaker, "demands", target, "100") in _asserted(sentence)


@pytest.mark.parametrize("sentence", [
    "Senator Ilse Varga demanded that Governor Paul Okoro be sacked.",
    "Senator Ilse Varga demanded to know why Governor Paul Okoro had left.",
    "Senator Ilse Varga told Tomas Reyes that the harbour board want more money.",
    "Senator Ilse Varga told the Harbour Council that the new rules \"make it hard to build\".",
    "Varga wants Okoro recall Senator Ilse Varga believes the coach must recall Paul Okoro for the final.",
])
def test_no_bid_of_one_who_is_to_do_nothing(sentence):
    found = _asserted(sentence)
    assert not any(relation in ("demands", "appealsTo") for _, relation, _, _ in found), found

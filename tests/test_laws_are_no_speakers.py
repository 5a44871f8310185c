"""A law said to say something ("Chile's Banking Act says that ...", "Chile's banking law says ...") is no statement
of the country that made it (kg:RecordNoun); a ministry of the country still speaks for it. Sentences and names of
our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

LAWS = ("Chile's Banking Act says that Velcorp must pay the fine.",
        "Chile's banking law says that Velcorp must pay the fine.")


@pytest.mark.parametrize("sentence", LAWS)
def test_a_law_is_no_statement_of_its_country(sentence):
    assert not [r for r in extract(sentence) if r.subject.label == "Chile"]


def test_a_ministry_still_speaks_for_the_country():
    assert ("Chile", "demands", "Velcorp") in triples(extract("Chile's finance ministry says that Velcorp must pay "
                                                              "the fine."))

"""A court that backs what an actor holds rules in its favour: no praise of it (actor class court of
ontology/lexicon/senses.yaml), while anyone else who backs an actor's plan endorses it. Sentences and names of our
own."""

from __future__ import annotations

from tests.conftest import extract, triples


def test_a_court_backing_a_ministrys_powers_does_not_praise_it():
    found = triples(extract("The Norland Court of Appeal backed the Ministry of Harbours' powers to close the port."))
    assert ("Norland Court of Appeal", "praises", "Ministry of Harbours") not in found


def test_a_senator_backing_a_ministrys_plan_still_praises_it():
    """Guard (passes on main too)."""
    found = triples(extract("Senator Ana Ruiz backed the Ministry of Harbours' plan to close the port."))
    assert ("Ana Ruiz", "praises", "Ministry of Harbours") in found

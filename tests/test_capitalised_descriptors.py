"""A common noun capitalised only because it opens a sentence or a headline is no name nor part of one (issue 14):
"Winemaker rejects bid" run into the text, "Miner Ridge Gold said" where the same article writes "miner Delta Zinc";
an organisation word that opens a name ("Network Rail") stays in it."""

from __future__ import annotations

import pytest

from graph_builder.build import process
from graph_builder.records import Document


def labels(text: str) -> set[str]:
    """The labels of every entity the pipeline finds in ``text``."""
    return {e.label for r in process([Document(id="c", text=text, source="<test>")]) for e in r.entities}


@pytest.mark.parametrize(("text", "name", "wrong"), [
    # a headline's first word, which the text writes in lowercase before a name
    ("Winemaker rejects Corvan bid Danish winemaker Holmfirth has rejected a takeover offer from Corvan Group.",
     "Holmfirth", "Winemaker"),
    # a sentence's first word before a name, written in lowercase before another name further on
    ("Prices of zinc fell. Miner Ridge Gold said it regretted the decision, while Acme, a large investor, declined "
     "to comment. Other firms such as miner Delta Zinc were hit too.", "Ridge Gold", "Miner Ridge Gold"),
    ("Insurer Velmont said on Monday that the deal with the insurer Harbourside had collapsed.", "Velmont",
     "Insurer Velmont"),
])
def test_a_capitalised_common_noun_opening_a_sentence_is_no_name(text, name, wrong):
    found = labels(text)
    assert name in found, found
    assert wrong not in found, found


def test_an_organisation_word_opening_a_name_stays():
    found = labels("Network Rail said the rail network needed repairs, and the watchdog Ofrail agreed.")
    assert "Network Rail" in found, found

"""A head title of a company's part in a place or a region ("Velcorp Europe president X", "its UK chief executive
X", "the Asia president of Velcorp") makes its holder a member of the company, not its leader; a nationality word
("the French president of Velcorp") or a place that says where the company is ("London-based Velcorp chief
executive X") does not. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

REGIONAL = ["Velcorp said its Europe president Carl Brandt would leave in May.",
            "Velcorp said its UK chief executive Carl Brandt would leave in May.",
            "Sales were weak, said Carl Brandt, the Asia president of Velcorp.",
            "Sales were weak, said Carl Brandt, the UK president of Velcorp."]
WHOLE = ["Sales were weak, said Carl Brandt, the French president of Velcorp.",
         "Sales were weak, said London-based Velcorp chief executive Carl Brandt.",
         "Sales were weak, said Velcorp chief executive Carl Brandt."]


@pytest.mark.parametrize("sentence", REGIONAL + WHOLE)
def test_a_regional_head_is_a_member(sentence):
    relation = "memberOf" if sentence in REGIONAL else "leaderOf"
    found = triples(extract(sentence))
    assert ("Carl Brandt", relation, "Velcorp") in found, found

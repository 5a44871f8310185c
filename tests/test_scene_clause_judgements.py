"""A judging phrase in an adverbial clause that grants a point (kg:ConcessiveConjunction: "even though", "although",
"while") or tells a time (kg:SequenceConjunction: "when") sets the scene for the sentence and judges no one: the
speaker who says "even though Y made a mistake, he deserves a chance" stands by Y. Said in the main clause, the same
words still criticize Y. Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "judged"), [
    ("\"Even though Osric Dell made a mistake he deserves a second chance,\" said Mara Fenwick.", "Osric Dell"),
    ("Mara Fenwick said that although Osric Dell had made a mistake, he should stay on the board.", "Osric Dell"),
    ("\"Although Osric Dell made a serious blunder, he is still a fine harbourmaster,\" said Mara Fenwick.",
     "Osric Dell"),
    ("\"The idea was to sit in the pack, but when Osric Dell made the mistake of breaking early that was it,\" "
     "said Mara Fenwick.", "Osric Dell"),
    ("Mara Fenwick said: \"The idea was to sit in the pack until the last lap, but when Osric Dell made the "
     "mistake we were gone.\"", "Osric Dell"),
])
def test_a_judgement_granted_or_dated_criticizes_no_one(text, judged):
    assert ("Mara Fenwick", "criticizes", judged) not in triples(extract(text))


@pytest.mark.parametrize("text", [
    "Mara Fenwick said Osric Dell had made a serious mistake when he closed the ferry pier.",
    "\"Osric Dell made a huge blunder with the tolls,\" said Mara Fenwick.",
])
def test_the_same_judgement_in_the_main_clause_still_criticizes(text):
    assert ("Mara Fenwick", "criticizes", "Osric Dell") in triples(extract(text))

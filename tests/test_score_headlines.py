"""A result headline (two sides' names around a score) run into the first sentence with no punctuation ("Kelby 0-4
Dunmore Dunmore brushed aside Kelby ...") ends where the lead begins: the lead says a side's name again or opens
with a determiner or a number. The score's sides and the lead's first name are no one actor ("Kelby 0-4 Dunmore
Dunmore"). Sentences and names of our own."""

from __future__ import annotations

import pytest

from graph_builder.nlp import DEFAULT_MODEL, load_pipeline


@pytest.fixture(scope="module")
def nlp(lexicon):
    return load_pipeline(DEFAULT_MODEL, lexicon)


@pytest.mark.parametrize(("text", "lead"), [
    ("Kilmory 0-4 Dunmore Dunmore brushed aside Kilmory to reach the semi-final of the cup.", "Dunmore brushed"),
    ("Port Vale 2-1 New Lanark Port Vale came from behind to beat New Lanark at home.", "Port Vale came"),
    ("Kelby 10-38 South Africa South Africa eased past a young Kelby team in the rain.",
     "South Africa eased"),
    ("Arnby 1-1 Kelby Town A penalty from Tom Reed in stoppage time rescued a point for Arnby.", "A penalty"),
])
def test_the_lead_after_a_score_headline_starts_a_sentence(nlp, text, lead):
    doc = nlp(text)
    assert text.index(lead) in [sent.start_char for sent in doc.sents]


@pytest.mark.parametrize("text", [
    "Tom Reed beat Ana Ruiz 6-4 in the final at Kelby on Sunday.",
    "Dunmore 2-1 Kelby was the score when Tom Reed scored again.",
    "Kelby Town 1-0 Arnby Rovers is the result Tom Reed wanted.",
])
def test_a_score_with_no_side_said_again_starts_no_sentence(nlp, text):
    assert len(list(nlp(text).sents)) == 1

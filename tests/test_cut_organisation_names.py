"""An organisation's name the model cut after its first words ("Group" of "Velcorp Group's director X") is the whole
name the document gives it elsewhere, not an organisation of the last word alone. Docs built by hand (the model cuts
such names now and then, not at will); names of our own."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from graph_builder.entities.mentions import named_in_full

WORDS = ["Velcorp", "Group", "says", "so", ".", "Velcorp", "Group", "'s", "director", "Ann", "Lee", "spoke", "."]
POS = ["PROPN", "PROPN", "VERB", "ADV", "PUNCT", "PROPN", "PROPN", "PART", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"]


def cut_doc(first: list[str], second: list[str]) -> Doc:
    return Doc(Vocab(), words=WORDS, pos=POS, ents=[*first, "O", "O", "O", *second, "O", "O", "B-PERSON", "I-PERSON",
                                                    "O", "O"])


@pytest.mark.parametrize(("first", "second", "name"), [
    (["B-ORG", "I-ORG"], ["O", "B-ORG"], "Velcorp Group"),  # named in full before: the cut span is widened
    (["B-ORG", "O"], ["O", "B-ORG"], "Group"),  # named in full nowhere: left as it is
    (["B-ORG", "I-ORG"], ["B-PERSON", "B-ORG"], "Group"),  # a word the model tagged is no part of it
])
def test_a_cut_organisation_name_is_the_name_given_in_full(first, second, name):
    doc = cut_doc(first, second)
    span = next(e for e in doc.ents if e.start == 6)
    assert named_in_full(span).text == name

"""A surname alone is the person the article names in full (issue 14): a record's end is "Jonas Varrow", never the
bare "Varrow", when the article names him, also where another name opens with the surname or a generational
suffix ends his full name."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from graph_builder.entities.coreference import clustered
from graph_builder.entities.tokens import Tokens
from graph_builder.vocab import load_lexicon
from tests.conftest import extract, triples


def test_a_surname_read_as_a_persons_is_the_person_not_a_name_it_only_opens():
    # a headline's last word run into the text: "Varrow England" is one name to the model, opening with the surname
    words = ["Varrow", "England", "forward", "Marten", "Corry", "says", "Jonas", "Varrow", "is", "right", ".",
             "Corry", "backed", "Varrow", "."]
    doc = Doc(Vocab(), words=words)
    names = [Span(doc, 0, 2, "ORG"), Span(doc, 3, 5, "PERSON"), Span(doc, 6, 8, "PERSON"),
             Span(doc, 11, 12, "PERSON"), Span(doc, 13, 14, "PERSON")]
    lexicon = load_lexicon()
    clusters = clustered(names, Tokens.of(doc), lexicon.titles, lexicon.gazetteer)
    varrow = next(c for c in clusters if c.full == ("Jonas", "Varrow"))
    assert [s.start for s in varrow.spans] == [6, 13], [(c.full, [s.text for s in c.spans]) for c in clusters]


@pytest.mark.parametrize("text", [
    "Singer Tomas Varrow Jr will star in a new musical in Caldera. The producer, Arvo Pellik, said Varrow was a "
    "wonderful singer. Pellik praised Varrow on Monday.",
    # after a courtesy title
    "Producer Tomas Varrow Jr has been left off the list of nominees in Caldera. Mr Varrow sued the studio in 2001. "
    "Arvo Pellik praised Mr Varrow on Monday.",
])
def test_a_surname_alone_is_the_person_whose_full_name_ends_in_a_generational_suffix(text):
    records = triples(extract(text))
    assert ("Arvo Pellik", "praises", "Tomas Varrow Jr") in records, records
    assert not any("Varrow" == end for record in records for end in record), records

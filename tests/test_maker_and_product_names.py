"""A name, no person's, whose first words name a maker and whose other words the document writes as a name of their
own ("Dorvex Corp Kasmo" beside "the Kasmo") names the maker's product: the maker written alone ("Dorvex Corp
ruled the market") is the maker, no short form of the product (coreference._maker_of_named). A short form of a
name whose other words are never written alone ("Kestrel" of "Kestrel Holdings") stays that actor.

Sentences and names of our own."""

from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from graph_builder.entities.coreference import _not_persons_names
from graph_builder.entities.naming import name_key
from graph_builder.entities.tokens import Tokens
from tests.conftest import extract, triples


def test_a_maker_written_alone_is_no_short_form_of_its_product():
    records = triples(extract('Dorvex Corp Kasmo mini gets warm welcome. Sales of the Kasmo were strong, analysts '
                              'said. "Dorvex Corp ruled the market for years," said Tom Reed.', date="2026-01-05"))
    assert ("Tom Reed", "commentsOn", "Dorvex Corp") in records, records
    assert not any("Dorvex Corp Kasmo" in (r[0], r[2]) for r in records), records


def test_a_short_form_of_a_company_stays_the_company():
    records = triples(extract("Kestrel Holdings said profits rose. Kestrel said it would cut jobs. Tom Reed said "
                              "Kestrel had misled its workers.", date="2026-01-05"))
    assert ("Tom Reed", "criticizes", "Kestrel Holdings") in records, records


def test_the_names_never_a_persons_are_keyed_once_from_the_documents_tokens():
    doc = Doc(Vocab(), words=["Philip", "Hale", "met", "Philip", "Hale", "of", "Dorvex", "Corp", "Kasmo", "."])
    tokens = Tokens.of(doc)
    names = [Span(doc, 0, 2, "PERSON"), Span(doc, 3, 5, "ORG"), Span(doc, 6, 9, "ORG")]
    keyed = [(name_key(tokens.text(span.start, span.end)), span) for span in names]
    assert _not_persons_names(keyed) == {("Dorvex", "Corp", "Kasmo")}

"""A company named before the longer name of its unit is the parent, not the unit (issue 14): in "Velcor is to close
a plant. ... Velcor will shut the Velcor Engines plant" Velcor stays Velcor; a longer name written first still takes
the short name that follows as its own ("Harlow Group ... Harlow said"), and so does a headline's short name run into
the sentence that names the company in full. The spans are the organisations' names as the model reads them."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from graph_builder.entities.coreference import clustered
from graph_builder.entities.tokens import Tokens
from graph_builder.nlp import DEFAULT_MODEL, load_pipeline
from graph_builder.vocab import load_lexicon


def clusters(text: str, names: list[str], labels: tuple[str, ...] = ("ORG", "ORG")) -> list[set[str]]:
    """The names of each cluster of the names ``names`` (each wherever it is written in ``text``), the model's
    ``labels`` on them (organisations' by default)."""
    lexicon = load_lexicon()
    doc = load_pipeline(DEFAULT_MODEL, lexicon)(text)
    words, spans, taken = [t.text for t in doc], [], set()
    for name, label in zip(names, labels, strict=True):  # the longer name first
        size = len(name.split())
        for i in range(len(doc)):
            if words[i:i + size] == name.split() and not taken & set(range(i, i + size)):
                spans.append(Span(doc, i, i + size, label=label))
                taken.update(range(i, i + size))
    found = clustered(spans, Tokens.of(doc), lexicon.titles, lexicon.gazetteer)
    return [{s.text for s in cluster.spans} for cluster in found]


def test_a_company_named_before_its_units_name_is_the_parent():
    found = clusters("Velcor is to close its engine plant. The unions say Velcor will shut the Velcor Engines plant "
                     "near Tarn. Velcor chairman Tom Reed met union leaders.", ["Velcor Engines", "Velcor"])
    assert {"Velcor"} in found and {"Velcor Engines"} in found, found


@pytest.mark.parametrize("text", [
    # the full name first
    "Harlow Group has reported record profits. Harlow said its bankers had a good year.",
    # a headline's short name run into the sentence that names the company in full
    "Harlow profits soar Harlow Group has reported record profits. Harlow said its bankers had a good year.",
])
def test_a_short_name_after_or_beside_the_full_name_is_that_company(text):
    assert clusters(text, ["Harlow Group", "Harlow"]) == [{"Harlow Group", "Harlow"}]


def test_a_town_the_model_took_for_a_person_may_stand_for_the_longer_name():
    found = clusters("Voters in Tarnby backed the plan. Mr Dorn suspended Tarnby's association. The Tarnby "
                     "Conservative Association said it would fight on.", ["Tarnby Conservative Association", "Tarnby"],
                     ("ORG", "PERSON"))
    assert len(found) == 1, found

"""Misdeeds charged in reported speech (issue 14): a statement whose clause says its subject did or is doing a
misdeed with no word of sentiment (kg:MisdeedVerb: "X said Y had broken the law", "X said Y was surrendering its
rights") criticizes Y; a misdeed that needs its object is one only with such an object ("broke
the law", not "broke the record"), and a misdeed denied, to come, asked or on a condition stays a comment. Sentences
and names of our own."""

from __future__ import annotations

import pytest

from graph_builder.vocab import load_lexicon
from tests.conftest import extract


def _relations(text: str) -> set[str]:
    """The relations from Nell Brandt to Oskar Weir."""
    return {r.relation for r in extract(text) if r.subject.label == "Nell Brandt" and r.object.label == "Oskar Weir"}


@pytest.mark.parametrize("text", [
    "Councillor Nell Brandt said Mayor Oskar Weir was surrendering the island's fishing rights.",
    "Councillor Nell Brandt said Mayor Oskar Weir had hidden the cost of the new depot.",
    "Councillor Nell Brandt said Mayor Oskar Weir had broken the law on street trading.",
    "Councillor Nell Brandt said Mayor Oskar Weir had ignored the warnings of the fire brigade.",
    "Councillor Nell Brandt said the warnings of the nurses had been ignored by Mayor Oskar Weir.",
    "Councillor Nell Brandt said Mayor Oskar Weir had abandoned the pensioners of Fenmouth.",
    "Councillor Nell Brandt said Mayor Oskar Weir had fiddled the figures on school places.",
    '"Oskar Weir has reneged on the deal with the dockers," said Nell Brandt, a councillor.',
    # a verb joined to a neutral one, and a sentence of a quotation
    "Councillor Nell Brandt said Mayor Oskar Weir had cut the bus fares and ignored the advice of his own officials.",
    'Councillor Nell Brandt said: "The ferry is late again. Oskar Weir has flouted the planning rules."',
])
def test_a_misdeed_said_of_an_actor_criticizes_it(text):
    assert "criticizes" in _relations(text)


@pytest.mark.parametrize("text", [
    # a neutral act
    "Councillor Nell Brandt said Mayor Oskar Weir had cut the parking charges.",
    # an object that makes no misdeed
    "Councillor Nell Brandt said Mayor Oskar Weir had broken the town's swimming record.",
    "Councillor Nell Brandt said Mayor Oskar Weir had abandoned the plan for a second bridge.",
    "Councillor Nell Brandt said Mayor Oskar Weir had ignored the rain and finished the fun run.",
    # denied, to come, asked, on a condition
    "Councillor Nell Brandt said Mayor Oskar Weir had not broken any rules.",
    "Councillor Nell Brandt said Mayor Oskar Weir had never broken the law.",
    "Councillor Nell Brandt denied that Mayor Oskar Weir had broken the law.",
    "Councillor Nell Brandt said Mayor Oskar Weir would surrender the island's fishing rights.",
    "Councillor Nell Brandt said Mayor Oskar Weir had surrendered to the police on Friday.",
    "Councillor Nell Brandt said Mayor Oskar Weir is going to ignore the warnings of the fire brigade.",
    "Councillor Nell Brandt asked whether Mayor Oskar Weir had broken the law on street trading.",
    "Councillor Nell Brandt said that if Mayor Oskar Weir broke the rules he would have to go.",
])
def test_no_misdeed_said_stays_a_comment(text):
    relations = _relations(text)
    assert "criticizes" not in relations
    assert "accuses" not in relations


def test_the_misdeed_of_another_is_no_charge_against_the_subject():
    """The subject of the statement is not the one the inner clause charges."""
    text = "Councillor Nell Brandt said Mayor Oskar Weir had learnt that the Fenmouth Harbour Board broke the rules."
    assert "criticizes" not in _relations(text)


def test_no_misdeed_repeats_a_word_of_disapproval():
    """A verb of kg:Disapproval ("betray", "break promise") judges already; kg:MisdeedVerb holds the others."""
    cues = load_lexicon().cues
    assert cues["MisdeedVerb"] and not cues["MisdeedVerb"] & cues["Disapproval"]

"""Disapproval voiced by pejorative words about an actor, criticised by the speaker of the quotation or the reporter of
the clause: a noun of a vice (kg:Vice: brutality, savagery, barbarism, cruelty, ...) the actor shows, through a
possessor ("the Black Lotus's brutality") or "of" ("the barbarism of Y"); an adjective of contempt (kg:Pejorative:
corrupt, vile, brutal, ...; or of kg:Disapproval) on the actor's name ("the brutal Y"), on the noun that stands for it
("the corrupt regime of Y"), on a noun of its kind before its name ("the vile movement Y"), or on a thing of its own
("Y's repressive policy"). No speaker (the article's own voice), a vice the actor suffers ("the brutality suffered by
Y", "brutality against Y"), one denied, or contempt for what is no actor ("the brutal winter") judges nobody.
Sentences and names of our own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "critic", "target"), [
    ("Mayor Ida Brandt said the Black Lotus's brutality had emptied the hill villages.", "Ida Brandt", "Black Lotus"),
    ('"We will shield the farmers from the Black Lotus\'s savagery," said Colonel Rui Osei.', "Rui Osei",
     "Black Lotus"),
    ("Mayor Ida Brandt told reporters the barbarism of the Black Lotus had to end.", "Ida Brandt", "Black Lotus"),
    ('"The cruelty of Karl Wendt has no limit," Mayor Ida Brandt said.', "Ida Brandt", "Karl Wendt"),
    ('"The vile movement Black Lotus recruits children," said Mayor Ida Brandt.', "Ida Brandt", "Black Lotus"),
    ("Mayor Ida Brandt said the brutal Black Lotus had burned the hill villages.", "Ida Brandt", "Black Lotus"),
    ("Mayor Ida Brandt said the corrupt regime of Karl Wendt had sold the harbour.", "Ida Brandt",
     "regime led by Karl Wendt"),
    ("Mayor Ida Brandt said Karl Wendt's repressive policy had emptied the valley.", "Ida Brandt", "Karl Wendt"),
])
def test_a_pejorative_word_about_an_actor_voiced_by_a_speaker_criticizes_it(text, critic, target):
    assert (critic, "criticizes", target) in triples(extract(text))


@pytest.mark.parametrize("text", [
    "The Black Lotus's brutality had emptied the hill villages.",
    "Mayor Ida Brandt said the brutality suffered by the Black Lotus had shocked her.",
    "Mayor Ida Brandt said brutality against the Black Lotus had to stop.",
    "Mayor Ida Brandt said there was no cruelty by the Black Lotus in the hill villages.",
    "The corrupt regime of Karl Wendt fell in May.",
    "Mayor Ida Brandt said the brutal winter had hit the Black Lotus.",
    "Mayor Ida Brandt said the Black Lotus was not corrupt.",
    '"We knew the dangerous Tomas Vidal would score in the second half," said coach Anton Brek.',
    "Karl Wendt said the Black Lotus's savagery was a myth.",
    '"Our brutal past must not return," Karl Wendt of the Black Lotus said.',
])
def test_a_pejorative_word_unvoiced_suffered_denied_or_for_no_actor_criticizes_no_one(text):
    """Guards (pass on main too)."""
    assert not [r for r in extract(text) if r.relation == "criticizes"]


@pytest.mark.parametrize("text", [
    "Mayor Ida Brandt condemned the barbarism of the Black Lotus.",
    "Mayor Ida Brandt denounced the cruelty of the Black Lotus in the hill villages.",
])
def test_a_verb_of_criticism_on_the_vice_of_an_actor_criticizes_the_actor(text):
    """"of" under a noun of kg:Vice names its owner, as a possessor does ("the Black Lotus's barbarism")."""
    assert ("Ida Brandt", "criticizes", "Black Lotus") in triples(extract(text))


@pytest.mark.parametrize("text", [
    "Colonel Rui Osei shielded the farmers from the Black Lotus's savagery.",
    "Colonel Rui Osei resisted the cruelty of the Black Lotus for ten years.",
    "Colonel Rui Osei guarded the hill villages against the barbarism of the Black Lotus.",
])
def test_acting_against_the_vice_of_an_actor_criticizes_the_actor(text):
    """The subject of a verb of kg:Opposing whose object is an actor's vice disapproves of the actor."""
    assert ("Rui Osei", "criticizes", "Black Lotus") in triples(extract(text))


@pytest.mark.parametrize("text", [
    "Colonel Rui Osei witnessed the brutality of the Black Lotus in the hill villages.",
    "Colonel Rui Osei shielded the farmers from the brutal winter.",
    "Ola Berg saved Kelso Rovers from Karl Wendt's blunder in the second half.",
])
def test_an_act_about_a_vice_or_against_no_actors_vice_criticizes_no_one(text):
    """Guards (pass on main too)."""
    assert not [r for r in extract(text) if r.relation == "criticizes"]


@pytest.mark.parametrize(("text", "target"), [
    ('Mayor Ida Brandt said: "The Black Lotus is blatantly recruiting children."', "Black Lotus"),
    ('"Karl Wendt has shamelessly abandoned the valley," said Mayor Ida Brandt.', "Karl Wendt"),
    ("Mayor Ida Brandt said Karl Wendt had cynically exploited the floods.", "Karl Wendt"),
])
def test_an_adverb_of_reproach_voiced_by_a_speaker_criticizes_the_doer(text, target):
    """kg:Reproach adverbs on a verb judge its subject, as kg:Disapproval words do."""
    assert ("Ida Brandt", "criticizes", target) in triples(extract(text))


@pytest.mark.parametrize("text", [
    "Mayor Ida Brandt said Karl Wendt had not cynically exploited the floods.",
    "Karl Wendt blatantly ignored the floods.",
    "Mayor Ida Brandt said the floods had cruelly hit Karl Wendt.",
    '"Karl Wendt was shamelessly abandoned by Ola Berg," said Mayor Ida Brandt.',
    '"Kelso Rovers were cruelly beaten by Tarbury Athletic," said Ida Brandt.',
    "Mayor Ida Brandt said the lawlessness of Tarbury was a threat to the valley.",
])
def test_an_adverb_of_reproach_denied_unvoiced_or_on_no_actor_criticizes_no_one(text):
    """Guards (pass on main too)."""
    assert not [r for r in extract(text) if r.relation == "criticizes"]

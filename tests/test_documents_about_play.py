"""Documents about play (senses.yaml's competitor class, play_documents): in a game report or a transfer story, where
nouns of play make a share of the words, the teams and players need not be named as such for their meetings, visits
and subduing to be play ("Redford will meet Kelso Rovers", "Tom Vale will meet Rudi Kent next"); the officials the
document names (a chairman, an owner, a manager) still meet, and the same sentences in a page of politics stay
events. Sentences and names of our own."""

from __future__ import annotations

import shutil

import pytest
import yaml

from graph_builder.errors import OntologyError
from graph_builder.vocab import load_lexicon
from tests.conftest import extract, triples

# a report of play: season, games, striker, match, league, half, goal, title, club ...
REPORT = ("The club have won six games this season and their striker scored twice in the last match, a goal in each "
          "half, to keep the title race in the league alive. ")


@pytest.mark.parametrize("sentence, relation", [
    ("Redford will meet Kelso Rovers on Saturday.", "meets"),
    ("Tom Vale will meet Rudi Kent next.", "meets"),
    ("Arno Town subdued Brackley after the break.", "coerces"),
    ("Anna Bell met Carla Ruiz in the semi-final in Cardiff last year.", "meets"),
])
def test_play_in_a_document_about_play_is_no_event(sentence, relation):
    records = triples(extract(REPORT + sentence, date="2026-01-05"), asserted_only=False)
    assert not [r for r in records if r[1] == relation], records


@pytest.mark.parametrize("text, expected", [
    # officials named as such meet as people do, in a report of play too
    (REPORT + "Redford chairman Ben Hale met Kelso Rovers owner Sam Pike to discuss the transfer.",
     ("Ben Hale", "meets", "Sam Pike")),
    # the same sentences with no play around them are meetings
    ("Minister Tom Vale will meet Governor Rudi Kent next week to discuss the budget.",
     ("Tom Vale", "meets", "Rudi Kent")),
    ("Anna Bell met Carla Ruiz in Cardiff last year to sign the fisheries accord.",
     ("Anna Bell", "meets", "Carla Ruiz")),
    # one sentence naming a match makes no document about play
    ("Minister Ann Hale met Governor Jim Dale after the match.", ("Ann Hale", "meets", "Jim Dale")),
])
def test_meetings_outside_play_stay(text, expected):
    records = triples(extract(text, date="2026-01-05"), asserted_only=False)
    assert expected in records, records


def test_a_share_outside_zero_and_one_is_refused(tmp_path):
    ontology = tmp_path / "ontology"
    shutil.copytree(load_lexicon().folder, ontology, ignore=shutil.ignore_patterns("__pycache__", "__init__.py"))
    path = ontology / "lexicon" / "senses.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["actor_classes"]["competitor"]["play_documents"]["share"] = 2.0
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(OntologyError, match="play_documents"):
        load_lexicon(ontology)

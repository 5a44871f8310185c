"""Senses: the object's noun and the actors' kinds decide what an ambiguous verb means ("attack a plan" criticizes
its owner, "attack a convoy" attacks; "hit the market" and "beat a rival team" are no event between actors), and the
lexicon loader reads the senses as data."""

from __future__ import annotations

import shutil

import pytest
import yaml

from graph_builder.errors import OntologyError
from graph_builder.vocab import load_lexicon
from tests.conftest import extract, triples

SENSES = [
    # a plan, a budget, a record: the criticism is of whoever owns it
    ("Senator Ilse Varga attacked the Conservative budget.", ("Ilse Varga", "criticizes", "Conservative Party"),
     "attacks"),
    ("The Conservatives blasted Labour's tax record.", ("Conservative Party", "criticizes", "Labour Party"), None),
    ("Senator Ilse Varga's attack on Governor Tomas Reyes's school plans surprised voters.",
     ("Ilse Varga", "criticizes", "Tomas Reyes"), "attacks"),
    # between politicians and parties an attack is verbal
    ("Senator Ilse Varga attacked Governor Tomas Reyes over the closures.", ("Ilse Varga", "criticizes", "Tomas Reyes"),
     "attacks"),
    ("Senator Ilse Varga's attack on Governor Tomas Reyes surprised voters.",
     ("Ilse Varga", "criticizes", "Tomas Reyes"), "attacks"),
    ("Labour hammered the Conservatives over pensions.", ("Labour Party", "criticizes", "Conservative Party"),
     "attacks"),
    ("Senator Ilse Varga hit back at the Liberal Democrats.", ("Ilse Varga", "criticizes", "Liberal Democrats"), None),
    # a scathing or personal attack is made of words, whoever makes it
    ("Cameroon's stinging attack on Gabon surprised diplomats.", ("Cameroon", "criticizes", "Gabon"), "attacks"),
    ("Senator Ilse Varga launched a personal attack on Governor Tomas Reyes.",
     ("Ilse Varga", "criticizes", "Tomas Reyes"), "attacks"),
    # between states and armed actors it is a fight
    ("Cameroon attacked Gabon.", ("Cameroon", "attacks", "Gabon"), "criticizes"),
    ("Chadian troops attacked a Libyan convoy.", ("armed forces of Chad", "attacks", "Libya"), "criticizes"),
    ("Cameroon's attack on Gabon began at dawn.", ("Cameroon", "attacks", "Gabon"), "criticizes"),
    ("Cameroonian jets struck Gabonese positions.", ("Cameroon", "attacks", "Gabon"), "criticizes"),
    ("Armenian artillery hammered Azerbaijani villages.", ("Armenia", "attacks", "Azerbaijan"), "criticizes"),
    ("Nigerian gunmen fired at Cameroonian soldiers.", ("militants of Nigeria", "attacks", "armed forces of Cameroon"),
     None),
    ("Peruvian police beat protesters.", ("police of Peru", "assaults", "protesters"), None),
    ("Cameroon carried out strikes against Gabon.", ("Cameroon", "attacks", "Gabon"), "criticizes"),
    ("The rebels launched a fierce attack on Bamako.", ("rebels", "attacks", "Bamako"), "criticizes"),
    # a suicide, rocket or terrorist attack is violence whoever carries it out, never words
    ("Al-Shabaab carried out suicide attacks against Kenya.", ("Al-Shabaab", "attacks", "Kenya"), "criticizes"),
    # defeat, destroy and crush: by states, governments and troops, of groups that are neither states nor parties
    ("Kenya defeated al-Shabaab fighters near Kismayo.", ("Kenya", "attacks", "al-Shabaab"), None),
    # warned alone, a threat; warned to do something, an appeal
    ("Gabon warned Cameroon over the border posts.", ("Gabon", "threatens", "Cameroon"), "appealsTo"),
    ("Gabon warned Cameroon not to move troops to the border.", ("Gabon", "appealsTo", "Cameroon"), "threatens"),
    # an ultimatum says what follows if the bid is not met: a threat
    ("Gabon warned Cameroon to withdraw its troops or face sanctions.", ("Gabon", "threatens", "Cameroon"), None),
    # told to do something, or not to, an appeal; told that something is so, a briefing
    ("Gabon told Cameroon not to move troops to the border.", ("Gabon", "appealsTo", "Cameroon"), "briefs"),
    ("Senator Ilse Varga told Governor Tomas Reyes to resign.", ("Ilse Varga", "appealsTo", "Tomas Reyes"), "briefs"),
    ("Senator Ilse Varga told Governor Tomas Reyes that the plan would fail.", ("Ilse Varga", "briefs", "Tomas Reyes"),
     "appealsTo"),
    ("Governor Tomas Reyes was told by Senator Ilse Varga to resign.", ("Ilse Varga", "appealsTo", "Tomas Reyes"),
     "briefs"),
    # a unit named as one is armed: a wing, a division, a guard
    ("The Kandor Coast Guard defeated the Red Hand Brigade.", ("Kandor Coast Guard", "attacks", "Red Hand Brigade"),
     None),
    ("The 3rd Infantry Division defeated the Red Hand Brigade.",
     ("3rd Infantry Division", "attacks", "Red Hand Brigade"), None),
    # a gathering is its organiser's; a party told is the audience briefed, not commented on
    ("Senator Ilse Varga told a Green Party rally that the plan would fail.",
     ("Ilse Varga", "briefs", "Green Party"), "commentsOn"),
    # armed actors bombard with force
    ("Peruvian artillery bombarded rebel positions near the border.", ("Peru", "attacks", "rebels"), None),
    # a deal struck is an agreement, never a blow
    ("Gabon struck a deal with Cameroon.", ("Gabon", "cooperatesWith", "Cameroon"), "attacks"),
]

NOTHING = [
    # markets, sport and shows are no event between actors
    ("Nokia's new phone hit the Indian market.", ("Nokia", "India")),
    ("Portugal beat Spain in the final.", ("Portugal", "Spain")),
    ("The Liberal Democrats targeted Conservative seats in Devon.", ("Liberal Democrats", "Conservative Party")),
    ("Strike action by the Andean Trade Union hit Chilean ports.", ("Andean Trade Union", "Chile")),
    ("The Swedish film was a box-office hit in Norway.", ("Sweden", "Norway")),
    # elections, votes and finals are won, not fought
    ("Labour defeated the Conservatives in the election.", ("Labour Party", "Conservative Party")),
    ("Brazil crushed Argentina in the final.", ("Brazil", "Argentina")),
    ("Senator Ilse Varga vowed to destroy the Green Party at the polls.", ("Ilse Varga", "Green Party")),
    # politicians bombard each other with words, not shells
    ("Senator Ilse Varga bombarded Governor Tomas Reyes with letters.", ("Ilse Varga", "Tomas Reyes")),
    ("MPs bombarded Health Minister Tom Reyes with questions about the closures.", ("legislators", "Tom Reyes")),
    # warned that something may happen, or about it, is cautioned, not threatened: a briefing
    # (tests/test_recall_constructions.py, test_warned_of_a_danger_is_briefed_not_threatened)
    # telling a newspaper or a programme is an interview
    ("Senator Ilse Varga told the Daily Courier that the plan would fail.", ("Ilse Varga", "Daily Courier")),
    ("Senator Ilse Varga told BBC Radio Kent that the plan would fail.", ("Ilse Varga", "BBC")),
    ("Senator Ilse Varga told the Daily Courier to expect a statement on Monday.", ("Ilse Varga", "Daily Courier")),
    # a place beside a gathering says where it was, not who was told
    ("Senator Ilse Varga told a Paris news conference that the plan would fail.", ("Ilse Varga", "France")),
    # going to a university or a school is studying there, not a visit
    ("Senator Ilse Varga went to Halden University to study law.", ("Ilse Varga", "Halden University")),
    ("Tomas Reyes grew up in Chile. From there he went to Marlow College, where he met his wife.",
     ("Tomas Reyes", "Marlow College")),
    # money that comes or goes is no actor, whoever's it is
    ("He said less EU fishing money came to Portugal.", ("European Union", "Portugal")),
]


@pytest.mark.parametrize(("sentence", "expected", "not_also"), SENSES, ids=[s for s, *_ in SENSES])
def test_the_sense_the_arguments_give(sentence, expected, not_also):
    found = triples(extract(sentence))
    assert expected in found, found
    if not_also:
        assert (expected[0], not_also, expected[2]) not in found


@pytest.mark.parametrize(("sentence", "pair"), NOTHING, ids=[s for s, _ in NOTHING])
def test_business_sport_and_shows_give_nothing_between_the_actors(sentence, pair):
    found = {(r.subject.label, r.object.label) for r in extract(sentence)}
    assert pair not in found, found


def _lexicon_with(tmp_path, families: str, senses: str | None = None):
    copy = tmp_path / "ontology"
    shutil.copytree(load_lexicon().folder, copy, ignore=shutil.ignore_patterns("__pycache__", "__init__.py"))
    (copy / "lexicon" / "zz_test.yaml").write_text(families, encoding="utf-8")
    if senses is not None:
        (copy / "lexicon" / "senses.yaml").write_text(senses, encoding="utf-8")
    return load_lexicon(copy)


FAMILY = """
  - relation: {relation}
    {sense}
    patterns: [A zap B]
    example: "Chad zapped Niger."
    expect: [Chad, Niger]
"""


def _families(*pairs: tuple[str, str]) -> str:
    return "families:" + "".join(FAMILY.format(relation=r, sense=s) for r, s in pairs)


def test_the_same_words_in_two_senses_are_read(tmp_path):
    lexicon = _lexicon_with(tmp_path, _families(("criticizes", "object_class: discourse"),
                                                ("attacks", "subject_types: [armed, Country]")))
    senses = [(p.relation, p.sense) for p in lexicon.verb_patterns["zap"]]
    assert [r for r, _ in senses] == ["criticizes", "attacks"]
    assert senses[0][1].object_class == {"discourse"} and senses[1][1].subject_types == {"armed", "Country"}


@pytest.mark.parametrize("pairs", [
    (("criticizes", "object_class: discourse"), ("attacks", "object_class: discourse")),  # the same sense twice
    (("criticizes", "object_class: discourse"), ("attacks", "note: no sense")),  # one without a sense
], ids=["same sense", "no sense"])
def test_the_same_words_without_a_sense_of_their_own_are_refused(tmp_path, pairs):
    with pytest.raises(OntologyError, match="zap.*written twice"):
        _lexicon_with(tmp_path, _families(*pairs))


@pytest.mark.parametrize(("sense", "message"), [
    ("object_class: weather", "unknown noun classes"),
    ("subject_types: [pirates]", "unknown actor types"),
    ("object_class: {discourse: 1}", "object_class is a name or a list"),
])
def test_a_sense_naming_an_unknown_class_is_refused(tmp_path, sense, message):
    with pytest.raises(OntologyError, match=message):
        _lexicon_with(tmp_path, _families(("criticizes", sense)))


def test_classes_are_data(tmp_path):
    """A new noun class in senses.yaml is usable by a family at once."""
    data = yaml.safe_load((load_lexicon().folder / "lexicon" / "senses.yaml").read_text(encoding="utf-8"))
    data["noun_classes"]["weather"] = ["storm", "rain"]
    data["actor_classes"]["pirates"] = {"label_words": ["corsair"]}
    sense = "not_object_class: weather\n    subject_types: pirates"
    lexicon = _lexicon_with(tmp_path, _families(("criticizes", sense)), yaml.safe_dump(data))
    assert lexicon.senses.classes_of("storm") == {"weather"}
    assert lexicon.verb_patterns["zap"][0].sense.not_object_class == {"weather"}


def test_reacting_relations_are_data(tmp_path):
    data = yaml.safe_load((load_lexicon().folder / "lexicon" / "senses.yaml").read_text(encoding="utf-8"))
    assert "criticizes" in data["reacting_relations"] and "meets" not in data["reacting_relations"]
    data["reacting_relations"].append("gossipsAbout")
    with pytest.raises(OntologyError, match="gossipsAbout"):
        _lexicon_with(tmp_path, "families: []\n", yaml.safe_dump(data))


def test_an_actor_class_the_extractors_read_by_name_is_required(tmp_path):
    """A senses.yaml without the newspapers' class would silently keep their reports as comments: it is refused."""
    data = yaml.safe_load((load_lexicon().folder / "lexicon" / "senses.yaml").read_text(encoding="utf-8"))
    del data["actor_classes"]["news"]
    with pytest.raises(OntologyError, match=r"actor classes \['news'\] are missing"):
        _lexicon_with(tmp_path, "families: []\n", yaml.safe_dump(data))


def test_a_place_told_is_a_stations_name_cut_short():
    found = {(r.subject.label, r.relation) for r in extract("Senator Ilse Varga told BBC Radio Sheffield that the "
                                                              "plan would fail.")}
    assert ("Ilse Varga", "briefs") not in found, found


def test_an_appeal_not_to_act_is_asserted():
    """Told not to act: the appeal is made, only the act asked is negated."""
    found = [r for r in extract("Gabon told Cameroon not to move troops to the border.") if r.relation == "appealsTo"]
    assert found and not found[0].negated, found

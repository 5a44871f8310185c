"""What a question, a participle the parser misread and a relation that ended commit to.

Every sentence here is written for these rules (invented names): a yes/no question asserts nothing, a wh-question
presupposes its event; "Y's plan, branded a shambles by X, was dropped" is X's criticism of Y; a standing relation
that is the subject of a verb ending it is past.
"""

from __future__ import annotations

import pytest

from tests.conftest import extract

READINGS = [
    # a yes/no question, in a headline or a quotation too, asks; the answer is not given
    ("Did Ivor Hatton condemn Tom Dorn over the port tax?", ("Ivor Hatton", "criticizes", "Tom Dorn"), "possible"),
    ("Has Chad threatened Niger again?", ("Chad", "threatens", "Niger"), "possible"),
    ("Is Chad set to attack Niger?", ("Chad", "attacks", "Niger"), "possible"),
    ("'Did Ivor Hatton criticise Tom Dorn?' Lena Kask asked.", ("Ivor Hatton", "criticizes", "Tom Dorn"),
     "possible"),
    ("Did Lena Kask urge Tom Dorn to resign?", ("Lena Kask", "appealsTo", "Tom Dorn"), "possible"),
    ("Will the talks between Chad and Niger go ahead?", ("Chad", "meets", "Niger"), "possible"),
    # a wh-question takes its event as done, and so does a statement
    ("Why did Ivor Hatton condemn Tom Dorn over the port tax?", ("Ivor Hatton", "criticizes", "Tom Dorn"),
     "asserted"),
    ("Ivor Hatton condemned Tom Dorn over the port tax.", ("Ivor Hatton", "criticizes", "Tom Dorn"), "asserted"),
    # a relation as the subject of a verb that ends it held before and no longer
    ("The warm relations between Chad and Niger ended in March.", ("Chad", "cooperatesWith", "Niger"), "past"),
    ("The close cooperation between Chad and Niger ended in 2003.", ("Chad", "cooperatesWith", "Niger"), "past"),
    ("The ceasefire between Chad and Niger collapsed last week.", ("Chad", "yieldsTo", "Niger"), "past"),
    ("The warm relations between Chad and Niger resumed in March.", ("Chad", "cooperatesWith", "Niger"), "asserted"),
    # talks that ended, or defences that collapsed, took place
    ("The talks between Chad and Niger collapsed last week.", ("Chad", "meets", "Niger"), "asserted"),
]


def _status(sentence: str, triple: tuple[str, str, str]) -> list[str]:
    return [r.status for r in extract(sentence) if (r.subject.label, r.relation, r.object.label) == triple]


@pytest.mark.parametrize("sentence, triple, status", READINGS, ids=[s for s, *_ in READINGS])
def test_the_sentence_commits_to_what_it_says(sentence, triple, status):
    assert _status(sentence, triple) == [status]


@pytest.mark.parametrize("sentence, critic, target", [
    ("Tom Dorn's port tax plan, branded a shambles by Lena Kask, was dropped.", "Lena Kask", "Tom Dorn"),
    ("Ivor Hatton's road levy, branded a farce by Tom Dorn, was abandoned.", "Tom Dorn", "Ivor Hatton"),
])
def test_a_participle_read_as_a_verb_keeps_its_doer_in_the_by_phrase(sentence, critic, target):
    found = {(r.subject.label, r.object.label) for r in extract(sentence) if r.relation == "criticizes"}
    assert found == {(critic, target)}


def test_the_ending_verbs_are_data(lexicon):
    assert {"collapse", "break down"} <= lexicon.cues["EndingVerb"]
    assert {"alliance", "ceasefire"} <= lexicon.cues["StandingRelation"]
